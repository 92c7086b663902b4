#include "ssh/SshJob.h"

#include "ssh/HostConnection.h"

#include <QMetaMethod>

namespace hadesk::ssh {

SshJob::SshJob(HostConnection* connection, quint64 id, QStringList argv, bool keepOutput)
    : QObject(connection)
    , m_connection(connection)
    , m_id(id)
    , m_argv(std::move(argv))
    , m_keepOutput(keepOutput)
{
}

SshJob::~SshJob()
{
    if (!m_finished)
        m_connection->cancelJob(m_id);
}

void SshJob::cancel()
{
    if (!m_finished)
        m_connection->cancelJob(m_id);
}

QString SshJob::failureText() const
{
    if (!m_error.isEmpty())
        return m_error;
    const QString stderrText = QString::fromUtf8(m_stderr).trimmed();
    return QStringLiteral("%1 exited with %2%3")
        .arg(m_argv.value(0))
        .arg(m_exitCode)
        .arg(stderrText.isEmpty() ? QString() : QLatin1String(": ") + stderrText);
}

void SshJob::addOutput(const QByteArray& data, bool isStderr)
{
    if (isStderr) {
        if (m_keepOutput)
            m_stderr += data;
        Q_EMIT stderrData(data);
        return;
    }
    if (m_keepOutput)
        m_stdout += data;
    Q_EMIT stdoutData(data);
    if (!isSignalConnected(QMetaMethod::fromSignal(&SshJob::stdoutLine)))
        return;
    m_partialLine += data;
    qsizetype start = 0;
    for (qsizetype nl = m_partialLine.indexOf('\n'); nl >= 0; nl = m_partialLine.indexOf('\n', start)) {
        Q_EMIT stdoutLine(m_partialLine.mid(start, nl - start));
        start = nl + 1;
    }
    m_partialLine.remove(0, start);
}

void SshJob::finish(int exitCode, const QString& error)
{
    if (m_finished)
        return;
    if (!m_partialLine.isEmpty())
        Q_EMIT stdoutLine(std::exchange(m_partialLine, {}));
    m_finished = true;
    m_exitCode = error.isEmpty() ? exitCode : -1;
    m_error = error;
    Q_EMIT finished();
}

} // namespace hadesk::ssh
