#pragma once

#include "backend/setup/SetupRun.h"
#include "ssh/SshTypes.h"

#include <QObject>

#include <map>
#include <memory>

namespace hadesk::ssh {
class SshConnection;
}

namespace hadesk::setup {

// The connections a setup reaches its plan's nodes through, one per node, opened at once: what
// hadeskctl setup and the console's wizard share. A host key or password question is passed on
// as a prompt for the caller to answer (a terminal, a dialog).
class SetupHosts final : public QObject
{
    Q_OBJECT

public:
    SetupHosts(const SetupPlan& plan, const QString& sshConfig, QObject* parent = nullptr);
    ~SetupHosts() override;

    // For SetupRun: null for a node the plan does not name, or once these connections are gone.
    SetupRun::Lookup lookup() const;
    ssh::SshConnection* connection(const QString& node) const;
    QStringList nodes() const;
    void answerPrompt(quint64 promptId, const ssh::PromptAnswer& answer);

Q_SIGNALS:
    void promptRequested(const hadesk::ssh::Prompt& prompt);

private:
    std::map<QString, std::unique_ptr<ssh::SshConnection>> m_connections;
    std::map<quint64, ssh::SshConnection*> m_promptOwners;
};

} // namespace hadesk::setup
