#pragma once

#include "ssh/HostConnection.h"
#include "ssh/SshTypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace hadesk::ssh {

class SshJob;
class SshWorker;

// One persistent SSH connection to one host. libssh runs blocking in the connection's own thread;
// this object lives in the caller's thread and never blocks it. Commands run concurrently on the
// one connection (a channel each); the connection reconnects by itself with backoff after a
// drop, but a command that was running when the link dropped fails and is never re-run.
class SshConnection final : public HostConnection
{
    Q_OBJECT

public:
    explicit SshConnection(SshTarget target, QObject* parent = nullptr);
    ~SshConnection() override;

    const SshTarget& target() const { return m_target; }
    QString host() const override { return m_target.host; }
    ConnectionState state() const { return m_state; }
    QString stateDetail() const { return m_stateDetail; }
    QString user() const override { return m_user; }

    // Starts connecting (run() does too). After Failed, open() tries again.
    void open();
    // The job is a child of this connection; delete it early to stop the command.
    SshJob* run(const QStringList& argv, const JobOptions& options = {}) override;

    void answerPrompt(quint64 promptId, const PromptAnswer& answer);

    // Connection threads of closed connections that are still giving up a connect (closing
    // never waits for them).
    static int workersStillStopping();

Q_SIGNALS:
    void stateChanged(hadesk::ssh::ConnectionState state, const QString& detail);
    void promptRequested(const hadesk::ssh::Prompt& prompt);

private:
    friend class SshWorker;
    void cancelJob(quint64 id) override;
    // Called by the worker, queued into this object's thread.
    void onState(ConnectionState state, const QString& detail, const QString& user);
    void onOutput(quint64 id, const QByteArray& data, bool isStderr);
    // argv as it ran (with the sudo wrapper, if any): that is what the command log records.
    void onFinished(quint64 id, const QStringList& argv, int exitCode, const QString& error,
                    const QDateTime& started, qint64 durationMs);

    SshTarget m_target;
    std::unique_ptr<SshWorker> m_worker;
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_stateDetail;
    QString m_user;
    quint64 m_nextJobId = 1;
    QHash<quint64, QPointer<SshJob>> m_jobs;
    QSet<quint64> m_backgroundJobs;
};

} // namespace hadesk::ssh
