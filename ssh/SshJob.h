#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>

namespace hadesk::ssh {

class HostConnection;

// One command on a connection. Output arrives as it comes (stdoutData, stderrData, and
// stdoutLine for streams such as tail -F); finished() comes exactly once, with an exit code, or
// with an error (connection lost, timed out, cancelled, refused) and exitCode() -1.
class SshJob : public QObject
{
    Q_OBJECT

public:
    ~SshJob() override;

    quint64 id() const { return m_id; }
    const QStringList& argv() const { return m_argv; }
    HostConnection* connection() const { return m_connection; }
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }
    QString errorString() const { return m_error; }
    bool succeeded() const { return m_finished && m_error.isEmpty() && m_exitCode == 0; }
    QByteArray allStdout() const { return m_stdout; }
    QByteArray allStderr() const { return m_stderr; }
    // Why it did not succeed, for a message: the error, or "PROGRAM exited with N: stderr".
    QString failureText() const;

    // Stops the remote command (TERM, then the channel is closed); finished() follows.
    void cancel();

Q_SIGNALS:
    void stdoutData(const QByteArray& data);
    void stderrData(const QByteArray& data);
    void stdoutLine(const QByteArray& line);
    void finished();

private:
    friend class HostConnection;
    SshJob(HostConnection* connection, quint64 id, QStringList argv, bool keepOutput);
    void addOutput(const QByteArray& data, bool isStderr);
    void finish(int exitCode, const QString& error);

    HostConnection* m_connection;
    quint64 m_id;
    QStringList m_argv;
    bool m_keepOutput;
    bool m_finished = false;
    int m_exitCode = -1;
    QString m_error;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QByteArray m_partialLine;
};

} // namespace hadesk::ssh
