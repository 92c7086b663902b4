#pragma once

// Jobs run to their end, for tests that go step by step (a test may wait; the
// program never does).
#include "backend/haproxy/RuntimeCommandJob.h"
#include "backend/haproxy/RuntimeReadJob.h"
#include "backend/pacemaker/AgentMetadata.h"
#include "backend/pacemaker/ClusterFetch.h"
#include "backend/pacemaker/OperationJobs.h"
#include "ssh/HostConnection.h"

#include <QSignalSpy>

#include <optional>

namespace LabJobs {

using namespace hadesk;

inline bool finish(jobs::Job& job)
{
    QSignalSpy finished(&job, &jobs::Job::finished);
    job.start();
    return finished.wait(180000) || job.isFinished();
}

// Runs the job to its end; false with its end state in words when it did not succeed.
inline bool succeeds(jobs::Job& job, QString* error)
{
    if (finish(job) && job.state() == jobs::JobState::Succeeded)
        return true;
    *error = job.outcomeText();
    return false;
}

inline std::optional<pcmk::Preview> preview(ssh::HostConnection& node, const pcmk::ClusterOperation& operation,
                                            QString* error)
{
    pcmk::PreviewJob job(&node, operation, QStringLiteral("lab"));
    if (!finish(job) || job.state() != jobs::JobState::Succeeded) {
        *error = job.error();
        return std::nullopt;
    }
    return job.preview();
}

inline pcmk::ApplyResult apply(ssh::HostConnection& node, const pcmk::ClusterOperation& operation,
                               const pcmk::Preview& basis, const QString& cluster)
{
    pcmk::ApplyJob job(&node, operation, basis, cluster);
    finish(job);
    return job.result();
}

inline std::optional<QByteArray> cib(ssh::HostConnection& node, QString* error)
{
    std::unique_ptr<pcmk::ReadJob> job(pcmk::ReadJob::cib(&node));
    if (!finish(*job) || job->state() != jobs::JobState::Succeeded) {
        *error = job->error();
        return std::nullopt;
    }
    return job->output();
}

inline std::optional<pcmk::AgentMetadata> metadata(ssh::HostConnection& node, const QString& agent, QString* error)
{
    std::unique_ptr<pcmk::ReadJob> job(pcmk::ReadJob::metadata(&node, agent));
    if (!finish(*job) || job->state() != jobs::JobState::Succeeded) {
        *error = job->error();
        return std::nullopt;
    }
    return pcmk::AgentMetadata::parse(job->output(), agent, error);
}

inline std::optional<pcmk::ClusterState> clusterState(ssh::HostConnection& node, int timeoutMs, QString* error)
{
    pcmk::ClusterReadJob job(&node, timeoutMs);
    if (!succeeds(job, error))
        return std::nullopt;
    return job.clusterState();
}

inline std::optional<haproxy::RuntimeState> haproxyState(ssh::HostConnection& node, const QString& socket, QString* error)
{
    haproxy::RuntimeReadJob job(&node, socket);
    if (!succeeds(job, error))
        return std::nullopt;
    return job.runtimeState();
}

inline QString haproxySocket(ssh::HostConnection& node, QString* error)
{
    haproxy::RuntimeReadJob job(&node);
    succeeds(job, error);
    return job.socket();
}

// Runtime commands sent to one node's HAProxy as the console sends them.
inline bool sendHaproxy(ssh::HostConnection& node, const QString& socket, const QStringList& commands, QString* error)
{
    haproxy::RuntimeCommandJob job({{node.host(), &node, socket}}, commands, QStringLiteral("test"), QStringLiteral("lab"));
    return succeeds(job, error);
}

} // namespace LabJobs
