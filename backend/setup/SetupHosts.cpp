#include "backend/setup/SetupHosts.h"

#include "ssh/SshConnection.h"

#include <QPointer>

namespace hadesk::setup {

SetupHosts::SetupHosts(const SetupPlan& plan, const QString& sshConfig, QObject* parent)
    : QObject(parent)
{
    for (const PlanNode& node : plan.nodes) {
        auto connection = std::make_unique<ssh::SshConnection>(ssh::SshTarget{node.sshHost(), sshConfig});
        ssh::SshConnection* raw = connection.get();
        connect(raw, &ssh::SshConnection::promptRequested, this, [this, raw](const ssh::Prompt& prompt) {
            m_promptOwners[prompt.id] = raw;
            Q_EMIT promptRequested(prompt);
        });
        m_connections.emplace(node.name, std::move(connection));
    }
    for (auto& [name, connection] : m_connections)
        connection->open();
}

SetupHosts::~SetupHosts() = default;

SetupRun::Lookup SetupHosts::lookup() const
{
    // Runs may outlive the connections (a job still in the list): they find none then.
    return [self = QPointer<SetupHosts>(const_cast<SetupHosts*>(this))](const QString& node) -> ssh::HostConnection* {
        return self ? self->connection(node) : nullptr;
    };
}

ssh::SshConnection* SetupHosts::connection(const QString& node) const
{
    const auto it = m_connections.find(node);
    return it == m_connections.end() ? nullptr : it->second.get();
}

QStringList SetupHosts::nodes() const
{
    QStringList names;
    for (const auto& [name, connection] : m_connections)
        names << name;
    return names;
}

void SetupHosts::answerPrompt(quint64 promptId, const ssh::PromptAnswer& answer)
{
    const auto it = m_promptOwners.find(promptId);
    if (it == m_promptOwners.end())
        return;
    ssh::SshConnection* owner = it->second;
    m_promptOwners.erase(it);
    owner->answerPrompt(promptId, answer);
}

} // namespace hadesk::setup
