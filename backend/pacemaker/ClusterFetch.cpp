#include "backend/pacemaker/ClusterFetch.h"

#include "backend/pacemaker/ClusterStateReader.h"
#include "ssh/SshConnection.h"
#include "ssh/SshJob.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace hadesk::pcmk {
QStringList ClusterFetch::crmMonArguments()
{
    return {QStringLiteral("crm_mon"), QStringLiteral("--one-shot"), QStringLiteral("--output-as=xml"),
            QStringLiteral("--inactive"), QStringLiteral("--fence-history=2")};
}

std::optional<ClusterState> ClusterFetch::live(ssh::SshConnection& node, int timeoutMs, QString* error)
{
    const Jobs jobs = start(node, timeoutMs);
    const std::unique_ptr<ssh::SshJob> cib(jobs.cib), monitor(jobs.monitor);
    if (!cib->waitForFinished(timeoutMs) || !monitor->waitForFinished(timeoutMs)) {
        *error = QStringLiteral("no answer from %1 within %2 ms").arg(node.target().host).arg(timeoutMs);
        return std::nullopt;
    }
    return parse(Output::of(*cib, *monitor), error);
}

ClusterFetch::Jobs ClusterFetch::start(ssh::SshConnection& node, int timeoutMs, bool background)
{
    ssh::JobOptions asRoot;
    asRoot.asRoot = true;
    asRoot.timeoutMs = timeoutMs;
    asRoot.background = background;
    return {node.run({QStringLiteral("cibadmin"), QStringLiteral("--query")}, asRoot),
            node.run(crmMonArguments(), asRoot)};
}

ClusterFetch::Output ClusterFetch::Output::of(const ssh::SshJob& cib, const ssh::SshJob& monitor)
{
    return {cib.allStdout(), monitor.allStdout(), cib.succeeded(), monitor.succeeded(),
            cib.succeeded() ? QString() : cib.failureText(), monitor.succeeded() ? QString() : monitor.failureText()};
}

std::optional<ClusterState> ClusterFetch::parse(const Output& output, QString* error)
{
    if (!output.cibSucceeded) {
        *error = output.cibFailure;
        return std::nullopt;
    }
    ClusterState state;
    if (!ClusterStateReader::readCib(output.cib, &state, error))
        return std::nullopt;
    // crm_mon exits non-zero when the cluster is not running; its XML still says why.
    if (!ClusterStateReader::readCrmMon(output.monitor, &state, error)) {
        if (!output.monitorSucceeded)
            *error = output.monitorFailure;
        return std::nullopt;
    }
    return state;
}

std::optional<ClusterState> ClusterFetch::fromFile(const QString& cibFile, QString* error, QString* note)
{
    QFile file(cibFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(cibFile, file.errorString());
        return std::nullopt;
    }
    ClusterState state;
    if (!ClusterStateReader::readCib(file.readAll(), &state, error))
        return std::nullopt;
    const QString crmMon = QStandardPaths::findExecutable(QStringLiteral("crm_mon"));
    if (crmMon.isEmpty()) {
        *note = QStringLiteral("crm_mon is not installed here: this is the configuration only, "
                               "without the runtime state (install pacemaker-cli-utils to see it)");
        return state;
    }
    QByteArray xml;
    if (!crmMonOnFile(crmMon, cibFile, &xml, error) || !ClusterStateReader::readCrmMon(xml, &state, error))
        return std::nullopt;
    return state;
}

bool ClusterFetch::crmMonOnFile(const QString& crmMon, const QString& cibFile, QByteArray* xml, QString* error)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CIB_file"), cibFile);
    process.setProcessEnvironment(environment);
    // Offline there is no fencer to ask for history.
    process.start(crmMon, {QStringLiteral("--one-shot"), QStringLiteral("--output-as=xml"), QStringLiteral("--inactive")});
    if (!process.waitForFinished(600000)) {
        *error = QStringLiteral("crm_mon did not finish reading %1").arg(cibFile);
        return false;
    }
    *xml = process.readAllStandardOutput();
    return true;
}

} // namespace hadesk::pcmk
