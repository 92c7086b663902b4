#pragma once

#include "ssh/SshTypes.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace hadesk::ssh {
class HostConnection;
class SshJob;
} // namespace hadesk::ssh

namespace hadesk::streams {

// A long-lived command on a node whose output means something changed (crm_mon, drbdsetup
// events2, ip monitor): started, restarted with a growing pause when it ends (1 s, doubling to
// 30 s; back to 1 s once it prints again), its lines debounced into one changed() per burst. It
// is unavailable, with the reason, when the command is missing on the node, this user may not
// run it, or the connection is gone; the first two are not retried until someone asks
// (readAgain()), the last is retried. The Pacemaker, DRBD and network watchers are built on it.
class NodeStream : public QObject
{
    Q_OBJECT

public:
    enum class Status { Stopped, Running, Restarting, Unavailable };
    Q_ENUM(Status)

    // What a command's end means beyond the usual (a node with drbd-utils but no module, say):
    // a reason makes the stream unavailable for good; empty leaves the decision to the stream.
    using EndJudge = std::function<QString(const ssh::SshJob& ended, bool printedAnything, const QByteArray& stderrTail)>;

    NodeStream(QString what, QString node, ssh::HostConnection* connection, QStringList argv,
               ssh::JobOptions options, QObject* parent = nullptr);
    ~NodeStream() override;

    static constexpr int kFirstRestartMs = 1000;
    static constexpr int kLastRestartMs = 30000;

    void setDebounce(int ms) { m_debounce.setInterval(ms); }
    void setEndJudge(EndJudge judge) { m_judge = std::move(judge); }

    void start();
    void stop();
    // The operator's (or a view's) request: what it watches is read again now, and a stream that
    // stopped or was unavailable is started again.
    void readAgain();

    const QString& what() const { return m_what; }
    const QString& node() const { return m_node; }
    Status status() const { return m_status; }
    static QString statusName(Status status);
    // Why it is unavailable or restarting; empty while it runs.
    const QString& reason() const { return m_reason; }
    int restarts() const { return m_restarts; }
    const QStringList& argv() const { return m_argv; }

Q_SIGNALS:
    void line(const QByteArray& line);
    // Once per burst of lines, and after readAgain(): what it watches should be read.
    void changed();
    // The command began (again): whatever changed while it was not running should be read.
    void started();
    void statusChanged(hadesk::streams::NodeStream::Status status, const QString& reason);

private:
    void run();
    void onEnded();
    void setStatus(Status status, const QString& reason);

    QString m_what;
    QString m_node;
    QPointer<ssh::HostConnection> m_connection;
    QStringList m_argv;
    ssh::JobOptions m_options;
    EndJudge m_judge;
    QPointer<ssh::SshJob> m_job;
    QByteArray m_stderr; // the command's last words
    bool m_printed = false;
    Status m_status = Status::Stopped;
    QString m_reason;
    int m_restarts = 0;
    int m_nextRestartMs = kFirstRestartMs;
    QTimer m_debounce;
    QTimer m_restart;
};

} // namespace hadesk::streams
