#include "app/BenchParse.h"

#include "app/BenchArgs.h"
#include "app/RunJob.h"
#include "app/TerminalPrompter.h"

#include "backend/pacemaker/ClusterFetch.h"
#include "backend/pacemaker/ClusterStateReader.h"
#include "backend/pacemaker/GraphLayout.h"
#include "ssh/ShellQuote.h"
#include "ssh/SshConnection.h"
#include "ssh/SshJob.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>


namespace hadesk {

int runBenchParse(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const BenchArgs bench = BenchArgs::parse(args, 10);
    const QString& file = bench.target;
    const int rounds = bench.rounds;
    const bool json = bench.json;
    QFile cibFile(file);
    if (file.isEmpty() || !cibFile.open(QIODevice::ReadOnly)) {
        err << "usage: hadeskctl bench parse CIB_FILE [-n N] [--json]" << Qt::endl;
        return 2;
    }
    const QByteArray cib = cibFile.readAll();
    const QString crmMon = QStandardPaths::findExecutable(QStringLiteral("crm_mon"));
    if (crmMon.isEmpty()) {
        err << "hadeskctl: crm_mon is not installed here; it is what this compares against" << Qt::endl;
        return 1;
    }
    QByteArray monitorXml;
    QList<double> crmMonMs;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer clock;
        clock.start();
        QString error;
        // Timed as an operator runs it: crm_mon reading the file through CIB_file.
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CIB_file"), file);
        process.setProcessEnvironment(environment);
        process.start(crmMon, pcmk::ClusterFetch::crmMonOnFileArguments());
        if (!process.waitForFinished(600000)) {
            err << "hadeskctl: crm_mon did not finish reading " << file << Qt::endl;
            return 1;
        }
        monitorXml = process.readAllStandardOutput();
        crmMonMs << double(clock.nsecsElapsed()) / 1e6;
    }
    QList<double> hadeskMs, graphMs;
    qsizetype resources = 0, nodes = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer clock;
        clock.start();
        pcmk::ClusterState state;
        QString error;
        if (!pcmk::ClusterStateReader::readCib(cib, &state, &error) ||
            !pcmk::ClusterStateReader::readCrmMon(monitorXml, &state, &error)) {
            err << "hadeskctl: " << error << Qt::endl;
            return 1;
        }
        hadeskMs << double(clock.nsecsElapsed()) / 1e6;
        resources = state.resources.size();
        nodes = state.nodes.size();
        // The resource graph's layout of the same state, as the console computes it.
        clock.restart();
        if (!pcmk::GraphLayout::compute(state, {}, &error)) {
            err << "hadeskctl: " << error << Qt::endl;
            return 1;
        }
        graphMs << double(clock.nsecsElapsed()) / 1e6;
    }
    const double ours = percentile(hadeskMs, 50), theirs = percentile(crmMonMs, 50);
    if (json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("nodes"), nodes},
                                         {QStringLiteral("resources"), resources},
                                         {QStringLiteral("hadesk_model_ms"), ours},
                                         {QStringLiteral("crm_mon_ms"), theirs},
                                         {QStringLiteral("graph_layout_ms"), percentile(graphMs, 50)}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
        return 0;
    }
    out << QStringLiteral("%1 nodes, %2 resources (CIB %3 KiB, crm_mon XML %4 KiB)")
               .arg(nodes)
               .arg(resources)
               .arg(cib.size() / 1024)
               .arg(monitorXml.size() / 1024)
        << Qt::endl
        << QStringLiteral("HAdesk model from CIB + crm_mon XML: median %1 ms").arg(ours, 0, 'f', 1) << Qt::endl
        << QStringLiteral("crm_mon --output-as=xml (CIB_file):  median %1 ms").arg(theirs, 0, 'f', 1) << Qt::endl
        << QStringLiteral("resource graph layout (Graphviz dot):  median %1 ms").arg(percentile(graphMs, 50), 0, 'f', 1)
        << Qt::endl;
    return 0;
}

int runBenchStatus(const SshCommandOptions& options, const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const BenchArgs bench = BenchArgs::parse(args, 20);
    const QString& host = bench.target;
    const int rounds = bench.rounds;
    const bool json = bench.json;
    if (host.isEmpty()) {
        err << "usage: hadeskctl [--ssh-config FILE] bench status HOST [-n N] [--json]" << Qt::endl;
        return 2;
    }
    ssh::SshConnection connection({host, options.sshConfig});
    TerminalPrompter prompter(&connection, options.acceptNew);
    QString error;
    if (!readClusterState(connection, 60000, &error)) { // connects, and warms up
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    QList<double> refresh;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer clock;
        clock.start();
        if (!readClusterState(connection, 60000, &error)) {
            err << "hadeskctl: " << error << Qt::endl;
            return 1;
        }
        refresh << double(clock.nsecsElapsed()) / 1e6;
    }
    // crm_mon timed on the node, by the node's own clock: no network in this figure.
    // The same crm_mon command the refresh runs.
    const QString script = QStringLiteral(
        "for i in $(seq %1); do s=$(date +%s%N); %2 >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000 )); done")
                               .arg(rounds)
                               .arg(QString::fromUtf8(ssh::ShellQuote::join(pcmk::ClusterFetch::crmMonArguments())));
    std::unique_ptr<ssh::SshJob> job(connection.run({QStringLiteral("sh"), QStringLiteral("-c"), script}));
    if (!waitFor(*job, 600000) || !job->succeeded()) {
        err << "hadeskctl: timing crm_mon on the node failed: " << job->errorString() << Qt::endl;
        return 1;
    }
    QList<double> onNode;
    const QList<QByteArray> lines = job->allStdout().split('\n');
    for (const QByteArray& line : lines) {
        if (!line.isEmpty())
            onNode << line.toDouble() / 1000.0;
    }
    const double ours = percentile(refresh, 50), theirs = percentile(onNode, 50);
    if (json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("held_refresh_ms"), ours},
                                         {QStringLiteral("crm_mon_on_node_ms"), theirs}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
        return 0;
    }
    out << QStringLiteral("full refresh over the held session (cibadmin + crm_mon, parsed): median %1 ms")
               .arg(ours, 0, 'f', 1)
        << Qt::endl
        << QStringLiteral("crm_mon --output-as=xml on the node itself:                  median %1 ms")
               .arg(theirs, 0, 'f', 1)
        << Qt::endl
        << QStringLiteral("ratio %1x").arg(ours / theirs, 0, 'f', 2) << Qt::endl;
    return 0;
}

} // namespace hadesk
