#pragma once

#include "app/SshCommands.h"
#include "backend/jobs/Job.h"

#include <functional>
#include <memory>
#include <vector>

namespace hadesk {

class ClusterSession;
class TerminalPrompter;

// hadeskctl's way into a cluster: the console's own ClusterSession (connections, watchers, jobs,
// audit), so a command does what the console's action of the same name does. The cluster is the
// one of the console's list that HOST names or has as a node; else the cluster HOST's Pacemaker
// reports, its member nodes reached by their names through the same OpenSSH configuration (HOST
// alone when it runs no cluster). Prompts are answered on the terminal. Everything waits on the
// application's one event loop.
class CtlSession
{
public:
    CtlSession(SshCommandOptions options, QString host);
    ~CtlSession();

    // Finds the cluster, connects every node and starts the watchers.
    bool open(QString* error);
    ClusterSession& session() const { return *m_session; }
    // The node HOST names; the one the session talks through when HOST names a listed cluster.
    QString node() const;

    // Runs the event loop until done() holds (asked whenever the session, its HAProxy or its
    // network picture or its DRBD change) or the time is up; false then, or (when the wait is for the
    // cluster's state) when that could not be read (*error says why).
    enum class OnStateFailure { GiveUp, Wait };
    bool waitUntil(const std::function<bool()>& done, int timeoutMs, QString* error,
                   OnStateFailure onFailure = OnStateFailure::GiveUp);
    // Waits for a job the session runs (preview, apply, sendHaproxy...) to end.
    jobs::JobState finish(jobs::Job* job);

private:
    SshCommandOptions m_options;
    QString m_host;
    std::unique_ptr<ClusterSession> m_session;
    std::vector<std::unique_ptr<TerminalPrompter>> m_prompters;
};

} // namespace hadesk
