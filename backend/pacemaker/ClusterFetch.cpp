#include "backend/pacemaker/ClusterFetch.h"

#include "backend/pacemaker/ClusterStateReader.h"
#include "ssh/HostConnection.h"
#include "ssh/SshJob.h"

#include <QFile>
#include <QFutureWatcher>
#include <QProcess>
#include <QStandardPaths>
#include <QtConcurrent>

#include <memory>

namespace hadesk::pcmk {

QStringList ClusterFetch::cibArguments()
{
    return {QStringLiteral("cibadmin"), QStringLiteral("--query")};
}

QStringList ClusterFetch::crmMonArguments()
{
    return {QStringLiteral("crm_mon"), QStringLiteral("--one-shot"), QStringLiteral("--output-as=xml"),
            QStringLiteral("--inactive"), QStringLiteral("--fence-history=2")};
}

QStringList ClusterFetch::crmMonOnFileArguments()
{
    return {QStringLiteral("--one-shot"), QStringLiteral("--output-as=xml"), QStringLiteral("--inactive")};
}

ClusterFetch::Jobs ClusterFetch::start(ssh::HostConnection& node, int timeoutMs, bool background)
{
    ssh::JobOptions asRoot;
    asRoot.asRoot = true;
    asRoot.timeoutMs = timeoutMs;
    asRoot.background = background;
    return {node.run(cibArguments(), asRoot),
            node.run(crmMonArguments(), asRoot)};
}

ClusterFetch::Output ClusterFetch::Output::of(const ssh::SshJob& cib, const ssh::SshJob& monitor)
{
    Output output;
    output.takeCib(cib);
    output.takeMonitor(monitor);
    return output;
}

void ClusterFetch::Output::takeCib(const ssh::SshJob& job)
{
    cib = job.allStdout();
    cibSucceeded = job.succeeded();
    cibFailure = job.succeeded() ? QString() : job.failureText();
}

void ClusterFetch::Output::takeMonitor(const ssh::SshJob& job)
{
    monitor = job.allStdout();
    monitorSucceeded = job.succeeded();
    monitorFailure = job.succeeded() ? QString() : job.failureText();
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

// ------------------------------------------------------------------ ClusterReadJob

ClusterReadJob::ClusterReadJob(ssh::HostConnection* node, int timeoutMs, const QString& cluster, QObject* parent)
    : Job(tr("Read the cluster's state"), cluster, parent)
{
    const QPointer<ssh::HostConnection> connection(node);
    addStep({tr("cibadmin --query and crm_mon on %1").arg(node ? node->host() : QString()), node ? node->host() : QString(),
             false,
             [this, connection, timeoutMs](jobs::StepContext& step) {
                 if (!step.reach(connection))
                     return;
                 ssh::JobOptions asRoot;
                 asRoot.asRoot = true;
                 asRoot.timeoutMs = timeoutMs;
                 // Both at once on the one session; parsed once both have answered.
                 auto output = std::make_shared<ClusterFetch::Output>();
                 auto pending = std::make_shared<int>(2);
                 const auto parseWhenBoth = [this, output, pending](jobs::StepContext both) {
                     if (--*pending > 0)
                         return;
                     QString error;
                     m_state = ClusterFetch::parse(*output, &error);
                     m_state ? both.succeed() : both.fail(error);
                 };
                 step.run(connection, ClusterFetch::cibArguments(), asRoot,
                          [output, parseWhenBoth, step](ssh::SshJob& job) {
                              output->takeCib(job);
                              parseWhenBoth(step);
                          });
                 step.run(connection, ClusterFetch::crmMonArguments(), asRoot,
                          [output, parseWhenBoth, step](ssh::SshJob& job) {
                              output->takeMonitor(job);
                              parseWhenBoth(step);
                          });
             },
             {}});
}

// ------------------------------------------------------------------ CibFileJob

namespace {

ParsedCib parseCibFile(const QString& path)
{
    ParsedCib parsed;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        parsed.error = CibFileJob::tr("cannot read %1: %2").arg(path, file.errorString());
        return parsed;
    }
    ClusterState state;
    if (ClusterStateReader::readCib(file.readAll(), &state, &parsed.error))
        parsed.state = std::move(state);
    return parsed;
}

} // namespace

CibFileJob::CibFileJob(const QString& cibFile, QObject* parent)
    : Job(tr("Open %1").arg(cibFile), {}, parent)
    , m_file(cibFile)
{
    addStep({tr("read the CIB in %1").arg(cibFile), {}, false, [this](jobs::StepContext& step) { readFile(step); }, {}});
    addStep({tr("crm_mon on this machine reads its runtime state"), {}, false,
             [this](jobs::StepContext& step) { runCrmMon(step); }, {}});
    // A Stop, or the job going, ends crm_mon here as a Stop ends a command on a node.
    connect(this, &Job::finished, this, [this] {
        if (m_crmMon && m_crmMon->state() != QProcess::NotRunning)
            m_crmMon->kill();
    });
}

void CibFileJob::takeWhenParsed(jobs::StepContext step, QFuture<ParsedCib> parsing)
{
    auto* watcher = new QFutureWatcher<ParsedCib>(this);
    connect(watcher, &QFutureWatcher<ParsedCib>::finished, this, [this, watcher, step]() mutable {
        watcher->deleteLater();
        ParsedCib parsed = watcher->result();
        if (!parsed.state) {
            step.fail(parsed.error);
            return;
        }
        m_state = std::move(parsed.state);
        step.succeed();
    });
    watcher->setFuture(std::move(parsing));
}

void CibFileJob::readFile(jobs::StepContext& step)
{
    takeWhenParsed(step, QtConcurrent::run(parseCibFile, m_file));
}

void CibFileJob::runCrmMon(jobs::StepContext& step)
{
    const QString crmMon = QStandardPaths::findExecutable(QStringLiteral("crm_mon"));
    if (crmMon.isEmpty()) {
        m_note = tr("crm_mon is not installed here: this is the configuration only, "
                    "without the runtime state (install pacemaker-cli-utils to see it)");
        step.succeed(m_note);
        return;
    }
    m_crmMon = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CIB_file"), m_file);
    m_crmMon->setProcessEnvironment(environment);
    connect(m_crmMon, &QProcess::errorOccurred, this, [this, step](QProcess::ProcessError error) mutable {
        if (error == QProcess::FailedToStart)
            step.fail(tr("crm_mon could not be started: %1").arg(m_crmMon->errorString()));
    });
    connect(m_crmMon, &QProcess::finished, this, [this, step]() mutable {
        const QByteArray xml = m_crmMon->readAllStandardOutput();
        // The runtime picture is read into a copy of the state off the GUI thread too: nothing
        // there refers to this job, which may be gone by the time it is done.
        takeWhenParsed(step, QtConcurrent::run([state = *m_state, xml]() mutable {
            ParsedCib parsed;
            if (ClusterStateReader::readCrmMon(xml, &state, &parsed.error))
                parsed.state = std::move(state);
            else if (parsed.error.isEmpty())
                parsed.error = CibFileJob::tr("crm_mon's output could not be read");
            return parsed;
        }));
    });
    m_crmMon->start(crmMon, ClusterFetch::crmMonOnFileArguments());
}

} // namespace hadesk::pcmk
