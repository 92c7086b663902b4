#include "backend/haproxy/ConfigJobs.h"

#include "ssh/HostConnection.h"
#include "ssh/SshJob.h"

#include <QJsonArray>

namespace hadesk::haproxy {
namespace {

// haproxy -c on the node with the text; then() is told what it said.
void check(jobs::StepContext& step, const ConfigNode& node, const QByteArray& text, const QString& path, int timeoutMs,
           std::function<void(jobs::StepContext&, const InstallResult&)> then)
{
    ssh::HostConnection* connection = step.reach(node.connection);
    if (!connection)
        return;
    step.run(connection, ConfigFile::scriptArgv(ConfigFile::Mode::Check, path, node.socket),
             ConfigFile::scriptOptions(text, timeoutMs), [step, then = std::move(then)](ssh::SshJob& job) mutable {
                 then(step, ConfigFile::resultOf(job));
             });
}

} // namespace

ConfigReadJob::ConfigReadJob(const QList<ConfigNode>& nodes, const QString& cluster, const QString& path,
                             QObject* parent)
    : Job(tr("Read the HAProxy configuration"), cluster, parent)
{
    for (const ConfigNode& node : nodes) {
        addStep({tr("read %1 on %2").arg(path, node.name), node.name, false,
                 [this, node, path](jobs::StepContext& step) {
                     ssh::HostConnection* connection = step.reach(node.connection);
                     if (!connection)
                         return;
                     step.follow(connection->download(path, true), [this, step, name = node.name, path](ssh::SshJob& job) mutable {
                         if (!job.succeeded()) {
                             step.fail(tr("%1 could not be read: %2").arg(path, job.failureText()));
                             return;
                         }
                         m_snapshots.append({name, ConfigSnapshot{job.allStdout(), ConfigFile::digest(job.allStdout())}});
                         step.succeed();
                     });
                 },
                 {}});
    }
}

ConfigCheckJob::ConfigCheckJob(const ConfigNode& node, const QByteArray& text, const QString& cluster,
                               const QString& path, int timeoutMs, QObject* parent)
    : Job(tr("Check the HAProxy configuration"), cluster, parent)
{
    addStep({tr("haproxy -c on %1").arg(node.name), node.name, false,
             [this, node, text, path, timeoutMs](jobs::StepContext& step) {
                 check(step, node, text, path, timeoutMs, [this](jobs::StepContext& done, const InstallResult& result) {
                     m_report = result.detail;
                     result.installed() ? done.succeed() : done.fail(result.detail);
                 });
             },
             {}});
}

ConfigRolloutJob::ConfigRolloutJob(const QList<ConfigNode>& nodes, const QByteArray& text, const QString& cluster,
                                   const QString& path, int timeoutMs, QObject* parent)
    : Job(tr("Install the HAProxy configuration"), cluster, parent)
    , m_nodeCount(int(nodes.size()))
{
    // The job's own handler comes first: whoever else listens sees the summary.
    connect(this, &Job::finished, this, &ConfigRolloutJob::summarise);
    for (const ConfigNode& node : nodes) {
        addStep({tr("haproxy -c on %1").arg(node.name), node.name, false,
                 [this, node, text, path, timeoutMs](jobs::StepContext& step) {
                     check(step, node, text, path, timeoutMs, [this, name = node.name](jobs::StepContext& done, const InstallResult& result) {
                         if (result.installed()) {
                             done.succeed();
                             return;
                         }
                         m_result.perNode.append({name, result});
                         if (result.outcome == InstallResult::Outcome::Rejected)
                             m_rejectedBy = name;
                         done.fail(result.detail);
                     });
                 },
                 {}});
    }
    const QJsonArray command{QStringLiteral("haproxy-config-install"), QString::fromLatin1(ConfigFile::digest(text))};
    for (const ConfigNode& node : nodes) {
        jobs::Job::Step install;
        install.title = tr("install and reload on %1").arg(node.name);
        install.host = node.name;
        install.changes = true;
        install.finishesBeforeStop = true;
        install.run = [this, node, text, path, timeoutMs, command](jobs::StepContext& step) {
            ssh::HostConnection* connection = step.reach(node.connection);
            if (!connection)
                return;
            step.run(connection, ConfigFile::scriptArgv(ConfigFile::Mode::Install, path, node.socket, node.expectedSha256),
                     ConfigFile::scriptOptions(text, timeoutMs), [this, step, name = node.name, command](ssh::SshJob& job) mutable {
                         const InstallResult result = ConfigFile::resultOf(job);
                         m_result.perNode.append({name, result});
                         step.setAudit({{QStringLiteral("command"), command},
                                        {QStringLiteral("result"), result.installed() ? QStringLiteral("applied")
                                                                                       : QStringLiteral("failed")}});
                         result.installed() ? step.succeed(result.detail) : step.fail(result.detail);
                     });
        };
        install.undo = [this, node, path, timeoutMs, command](jobs::StepContext& step) {
            ssh::HostConnection* connection = step.reach(node.connection);
            if (!connection)
                return;
            step.setAudit({{QStringLiteral("command"), command}});
            step.run(connection, ConfigFile::scriptArgv(ConfigFile::Mode::Restore, path, node.socket),
                     ConfigFile::scriptOptions({}, timeoutMs), [this, step, name = node.name](ssh::SshJob& job) mutable {
                         const InstallResult result = ConfigFile::resultOf(job);
                         m_result.perNode.append({name, result});
                         m_restored << (result.installed() ? name : tr("%1 (failed: %2)").arg(name, result.detail));
                         result.installed() ? step.succeed() : step.fail(result.detail);
                     });
        };
        addStep(install);
    }
}

void ConfigRolloutJob::summarise()
{
    m_result.installed = state() == jobs::JobState::Succeeded;
    if (m_result.installed) {
        m_result.summary = tr("installed and reloaded on %n node(s)", nullptr, m_nodeCount);
        return;
    }
    if (!m_rejectedBy.isEmpty()) {
        m_result.summary = tr("%1 rejected the configuration; no node was changed").arg(m_rejectedBy);
        return;
    }
    const int failed = failedStep();
    m_result.summary = failed >= 0 ? tr("%1: %2").arg(steps().at(failed).host, error()) : outcomeText();
    if (!m_restored.isEmpty())
        m_result.summary += u'\n' + tr("previous configuration restored on %1").arg(m_restored.join(QLatin1String(", ")));
}

} // namespace hadesk::haproxy
