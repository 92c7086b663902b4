#pragma once

#include "backend/jobs/Job.h"

namespace hadesk::ssh {
class HostConnection;
}

namespace hadesk::haproxy {

// Where a node's HAProxy listens for runtime commands.
struct RuntimeTarget
{
    QString node;
    ssh::HostConnection* connection = nullptr;
    QString socket;
};

// Runtime commands (each for a different server) sent to every node's HAProxy at once: a drain
// must reach every balancer, or a client keeps being sent to the server through the others. Each
// answer is written to the audit log as it comes; a refusal anywhere fails the job, naming the
// node and HAProxy's words. The console's HAProxy actions and hadeskctl haproxy are this job.
class RuntimeCommandJob final : public jobs::Job
{
    Q_OBJECT

public:
    RuntimeCommandJob(QList<RuntimeTarget> targets, QStringList commands, const QString& what,
                      const QString& cluster, QObject* parent = nullptr);

private:
    QList<RuntimeTarget> m_targets;
    QStringList m_commands;
    QStringList m_refusals;
    int m_pending = 0;
};

} // namespace hadesk::haproxy
