#pragma once

#include "backend/haproxy/RuntimeReadJob.h"
#include "backend/jobs/Job.h"
#include "backend/pacemaker/ClusterFetch.h"

#include "ssh/SshJob.h"

#include <QCoreApplication>
#include <QTimer>

namespace hadesk {

// hadeskctl waits for a job that runs already on the application's event loop, which ends with
// the job (never a nested loop). Returns the job's end state.
inline jobs::JobState waitForEnd(jobs::Job& job)
{
    if (job.isFinished())
        return job.state();
    QObject context; // what is still queued for it when this returns is dropped with it
    QObject::connect(&job, &jobs::Job::finished, &context, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    QCoreApplication::exec();
    return job.state();
}

// Starts the job and waits for its end.
inline jobs::JobState runToEnd(jobs::Job& job)
{
    job.start();
    return waitForEnd(job);
}

// One command, for the few commands hadeskctl runs outside a job; false when the time ran out.
// Runs the application's event loop (never a nested one) until the command ends.
inline bool waitFor(ssh::SshJob& command, int timeoutMs)
{
    if (command.isFinished())
        return true;
    QObject context; // what is still queued for it when this returns is dropped with it
    QObject::connect(&command, &ssh::SshJob::finished, &context, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    QTimer::singleShot(timeoutMs, &context, [] { QCoreApplication::exit(1); });
    QCoreApplication::exec();
    return command.isFinished();
}

// The cluster's state through a node, as a job run to its end; nullopt with the reason.
inline std::optional<pcmk::ClusterState> readClusterState(ssh::HostConnection& node, int timeoutMs, QString* error)
{
    pcmk::ClusterReadJob job(&node, timeoutMs);
    if (runToEnd(job) != jobs::JobState::Succeeded)
        *error = job.error();
    return job.clusterState();
}

// A node's HAProxy state (its socket found first when none is given); nullopt with the reason.
inline std::optional<haproxy::RuntimeState> readHaproxy(ssh::HostConnection& node, QString* socket, QString* error)
{
    haproxy::RuntimeReadJob job(&node, *socket);
    if (runToEnd(job) != jobs::JobState::Succeeded)
        *error = job.error();
    *socket = job.socket();
    return job.runtimeState();
}

} // namespace hadesk
