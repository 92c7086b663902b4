#pragma once

#include "backend/haproxy/RuntimeState.h"
#include "backend/jobs/Job.h"

#include <QPointer>

#include <optional>

namespace hadesk::ssh {
class HostConnection;
}

namespace hadesk::haproxy {

// One node's HAProxy runtime state, read once: the admin socket found in its configuration
// (unless given), then "show info", "show stat" and "show servers state" asked at once.
class RuntimeReadJob final : public jobs::Job
{
    Q_OBJECT

public:
    RuntimeReadJob(ssh::HostConnection* node, const QString& socket = {}, const QString& cluster = {},
                   QObject* parent = nullptr);

    const QString& socket() const { return m_socket; }
    const std::optional<RuntimeState>& runtimeState() const { return m_state; }

private:
    void findSocket(jobs::StepContext& step);
    void read(jobs::StepContext& step);

    QPointer<ssh::HostConnection> m_node;
    QString m_socket;
    std::optional<RuntimeState> m_state;
};

} // namespace hadesk::haproxy
