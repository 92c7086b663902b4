#include "backend/drbd/DrbdActionJob.h"

#include "ssh/HostConnection.h"
#include "ssh/SshJob.h"

#include <QJsonArray>

namespace hadesk::drbd {

ssh::JobOptions asRoot(int timeoutMs)
{
    ssh::JobOptions options;
    options.asRoot = true;
    options.timeoutMs = timeoutMs;
    return options;
}

namespace {

bool changesConnection(Action action)
{
    return action == Action::Connect || action == Action::Disconnect;
}

// After a failed connect or disconnect: done after all when the connection state is what the
// command was for.
void judgeByConnectionState(jobs::StepContext step, const DrbdAction& action, ssh::HostConnection* node,
                            const QString& failure, int timeoutMs)
{
    const QStringList cstate{QStringLiteral("drbdadm"), QStringLiteral("cstate"), QStringLiteral("--"), action.resource};
    step.run(node, cstate, asRoot(timeoutMs), [step, action, failure](ssh::SshJob& state) mutable {
        const QString now = QString::fromUtf8(state.allStdout()).trimmed();
        if (state.succeeded() && !now.isEmpty() && (now == u"StandAlone") == (action.action == Action::Disconnect))
            step.succeed(DrbdActionJob::tr("already %1").arg(now));
        else
            step.fail(failure);
    });
}

} // namespace

DrbdActionJob::DrbdActionJob(const QString& title, const QList<DrbdAction>& actions, const ConnectionOf& connectionOf,
                             const QString& cluster, int timeoutMs, QObject* parent)
    : Job(title, cluster, parent)
{
    for (const DrbdAction& action : actions) {
        addStep({action.summary, action.node, true,
                 [action, connectionOf, timeoutMs](jobs::StepContext& step) {
                     if (!action.refusal.isEmpty()) {
                         step.fail(action.refusal);
                         return;
                     }
                     ssh::HostConnection* node = step.reach(connectionOf(action.node));
                     if (!node)
                         return;
                     // The audit names the action, not the state read that may follow it.
                     step.setAudit({{QStringLiteral("command"), QJsonArray::fromStringList(action.argv)}});
                     step.run(node, action.argv, asRoot(timeoutMs),
                              [step, action, connectionOf, timeoutMs](ssh::SshJob& job) mutable {
                                  if (job.succeeded()) {
                                      step.succeed(QString::fromUtf8(job.allStdout()).trimmed());
                                      return;
                                  }
                                  // drbdadm refused (an exit code): the state may say it was moot.
                                  ssh::HostConnection* again = connectionOf(action.node);
                                  if (changesConnection(action.action) && job.errorString().isEmpty() && again)
                                      judgeByConnectionState(step, action, again, job.failureText(), timeoutMs);
                                  else
                                      step.fail(job.failureText());
                              });
                 },
                 {}});
    }
}

} // namespace hadesk::drbd
