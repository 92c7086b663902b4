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
    ssh::JobOptions asRoot;
    asRoot.asRoot = true;
    std::unique_ptr<ssh::SshJob> cib(node.run({QStringLiteral("cibadmin"), QStringLiteral("--query")}, asRoot));
    std::unique_ptr<ssh::SshJob> monitor(node.run(crmMonArguments(), asRoot));
    if (!cib->waitForFinished(timeoutMs) || !monitor->waitForFinished(timeoutMs)) {
        *error = QStringLiteral("no answer from %1 within %2 ms").arg(node.target().host).arg(timeoutMs);
        return std::nullopt;
    }
    return fromJobs(*cib, *monitor, error);
}

std::optional<ClusterState> ClusterFetch::fromJobs(const ssh::SshJob& cib, const ssh::SshJob& monitor, QString* error)
{
    if (!cib.succeeded()) {
        *error = cib.failureText();
        return std::nullopt;
    }
    ClusterState state;
    if (!ClusterStateReader::readCib(cib.allStdout(), &state, error))
        return std::nullopt;
    // crm_mon exits non-zero when the cluster is not running; its XML still says why.
    if (!ClusterStateReader::readCrmMon(monitor.allStdout(), &state, error)) {
        if (!monitor.succeeded())
            *error = monitor.failureText();
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
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CIB_file"), cibFile);
    process.setProcessEnvironment(environment);
    // Offline there is no fencer to ask for history.
    process.start(crmMon, {QStringLiteral("--one-shot"), QStringLiteral("--output-as=xml"), QStringLiteral("--inactive")});
    if (!process.waitForFinished(60000)) {
        *error = QStringLiteral("crm_mon did not finish reading %1").arg(cibFile);
        return std::nullopt;
    }
    if (!ClusterStateReader::readCrmMon(process.readAllStandardOutput(), &state, error))
        return std::nullopt;
    return state;
}

} // namespace hadesk::pcmk
