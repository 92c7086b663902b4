#include "backend/haproxy/RuntimeCommandJob.h"

#include "backend/haproxy/RuntimeApi.h"
#include "backend/pacemaker/AuditLog.h"
#include "ssh/HostConnection.h"
#include "ssh/SshJob.h"

#include <QJsonArray>

namespace hadesk::haproxy {

RuntimeCommandJob::RuntimeCommandJob(QList<RuntimeTarget> targets, QStringList commands, const QString& what,
                                     const QString& cluster, QObject* parent)
    : Job(what, cluster, parent)
    , m_targets(std::move(targets))
    , m_commands(std::move(commands))
{
    QStringList nodes;
    for (const RuntimeTarget& target : std::as_const(m_targets))
        nodes << target.node;
    addStep({tr("send to the HAProxy of %1").arg(nodes.join(QLatin1String(", "))), nodes.join(u','), true,
             [this, what, cluster](jobs::StepContext& step) {
                 if (m_targets.isEmpty() || m_commands.isEmpty()) {
                     step.fail(tr("no HAProxy to send to"));
                     return;
                 }
                 m_pending = int(m_targets.size() * m_commands.size());
                 // Each command is audited per node as its answer comes; the step's own entry says
                 // how the whole ended (a stop among them), so it names no command again.
                 step.setAudit({{QStringLiteral("command"), QJsonArray{QStringLiteral("haproxy-runtime")}}});
                 for (const RuntimeTarget& target : std::as_const(m_targets)) {
                     for (const QString& command : std::as_const(m_commands)) {
                         step.run(target.connection, RuntimeApi::clientArgv(target.socket), RuntimeApi::clientOptions(command),
                                  [=, this](ssh::SshJob& job) mutable {
                                      // HAProxy answers a success with nothing, a refusal in words.
                                      const QString answer = QString::fromUtf8(job.allStdout()).trimmed();
                                      const bool ok = job.succeeded() && answer.isEmpty();
                                      const QString message = job.succeeded() ? answer : job.failureText();
                                      QString auditError;
                                      pcmk::AuditLog::append(
                                          {{QStringLiteral("cluster"), cluster},
                                           {QStringLiteral("host"), target.node},
                                           {QStringLiteral("operation"), what},
                                           {QStringLiteral("command"),
                                            QJsonArray{QStringLiteral("haproxy-runtime"), command}},
                                           {QStringLiteral("result"), ok ? QStringLiteral("applied") : QStringLiteral("failed")},
                                           {QStringLiteral("message"), message}},
                                          &auditError);
                                      if (!auditError.isEmpty())
                                          m_refusals << auditError;
                                      if (!ok)
                                          m_refusals << tr("%1: HAProxy refused \"%2\": %3").arg(target.node, command, message);
                                      step.setFraction(1.0 - double(m_pending - 1) / (m_targets.size() * m_commands.size()));
                                      if (--m_pending > 0)
                                          return;
                                      if (m_refusals.isEmpty())
                                          step.succeed(tr("taken by %n HAProxy(s)", nullptr, int(m_targets.size())));
                                      else
                                          step.fail(m_refusals.join(u'\n'));
                                  });
                     }
                 }
             },
             {}});
}

} // namespace hadesk::haproxy
