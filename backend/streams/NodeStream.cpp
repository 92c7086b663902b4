#include "backend/streams/NodeStream.h"

#include "ssh/HostConnection.h"
#include "ssh/SshJob.h"

namespace hadesk::streams {
namespace {

// What a shell (and sudo) says when the program is missing.
constexpr int kCommandNotFound = 127;

} // namespace

NodeStream::NodeStream(QString what, QString node, ssh::HostConnection* connection, QStringList argv,
                       ssh::JobOptions options, QObject* parent)
    : QObject(parent)
    , m_what(std::move(what))
    , m_node(std::move(node))
    , m_connection(connection)
    , m_argv(std::move(argv))
    , m_options(std::move(options))
{
    m_options.keepOutput = false;
    m_options.background = true;
    m_options.timeoutMs = 0;
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(30);
    connect(&m_debounce, &QTimer::timeout, this, &NodeStream::changed);
    m_restart.setSingleShot(true);
    connect(&m_restart, &QTimer::timeout, this, &NodeStream::run);
}

NodeStream::~NodeStream()
{
    delete m_job; // ends the command on the node
}

QString NodeStream::statusName(Status status)
{
    switch (status) {
    case Status::Stopped: return tr("stopped");
    case Status::Running: return tr("running");
    case Status::Restarting: return tr("restarting");
    case Status::Unavailable: return tr("unavailable");
    }
    return {};
}

void NodeStream::start()
{
    if (!m_job && !m_restart.isActive())
        run();
}

void NodeStream::stop()
{
    m_restart.stop();
    m_debounce.stop();
    delete m_job;
    setStatus(Status::Stopped, {});
}

void NodeStream::readAgain()
{
    if (!m_job) {
        m_restart.stop();
        m_nextRestartMs = kFirstRestartMs;
        run(); // started() asks for the read
        return;
    }
    m_debounce.start();
}

void NodeStream::run()
{
    if (!m_connection) {
        setStatus(Status::Unavailable, tr("the connection to %1 is gone").arg(m_node));
        return;
    }
    m_stderr.clear();
    m_printed = false;
    m_job = m_connection->run(m_argv, m_options);
    connect(m_job, &ssh::SshJob::stdoutLine, this, [this](const QByteArray& text) {
        if (!m_printed) {
            m_printed = true;
            m_nextRestartMs = kFirstRestartMs; // it works: a later drop is retried soon
            setStatus(Status::Running, {});
        }
        Q_EMIT line(text);
        m_debounce.start();
    });
    connect(m_job, &ssh::SshJob::stderrData, this, [this](const QByteArray& data) {
        m_stderr = QByteArray(m_stderr + data).right(2048);
    });
    connect(m_job, &ssh::SshJob::finished, this, &NodeStream::onEnded);
    setStatus(Status::Running, {});
    Q_EMIT started();
}

void NodeStream::onEnded()
{
    ssh::SshJob* job = m_job;
    m_job = nullptr;
    job->deleteLater();
    QString forGood = m_judge ? m_judge(*job, m_printed, m_stderr) : QString();
    const QString lastWords = QString::fromUtf8(m_stderr).trimmed().section(u'\n', -1);
    if (forGood.isEmpty() && job->exitCode() == kCommandNotFound)
        forGood = tr("%1 is not installed on %2").arg(m_argv.value(m_argv.value(0) == u"stdbuf" ? 2 : 0), m_node);
    if (forGood.isEmpty() && job->errorString().contains(u"sudo"))
        forGood = tr("not allowed on %1: %2").arg(m_node, job->errorString());
    if (!forGood.isEmpty()) {
        setStatus(Status::Unavailable, forGood);
        return;
    }
    ++m_restarts;
    const QString why = !job->errorString().isEmpty()
                            ? job->errorString()
                            : (lastWords.isEmpty() ? tr("it ended (exit %1)").arg(job->exitCode()) : lastWords);
    setStatus(Status::Restarting, tr("%1; starting it again in %2 s").arg(why).arg(m_nextRestartMs / 1000.0));
    m_restart.start(m_nextRestartMs);
    m_nextRestartMs = std::min(m_nextRestartMs * 2, kLastRestartMs);
}

void NodeStream::setStatus(Status status, const QString& reason)
{
    if (status == m_status && reason == m_reason)
        return;
    m_status = status;
    m_reason = reason;
    Q_EMIT statusChanged(status, reason);
}

} // namespace hadesk::streams
