#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <vector>

class QTcpSocket;

namespace hadesk::drills {

// The drill's one clock: nanoseconds since the drill began, on the console's monotonic clock.
// Every probe and every event (a node's, once its clock offset is applied) is placed on it.
class DrillClock
{
public:
    DrillClock();
    qint64 nowNs() const { return m_monotonic.nsecsElapsed(); }
    // The wall-clock time (ms since the epoch) at clock zero: a node's timestamp, corrected by
    // its offset, becomes a time on this clock.
    qint64 zeroWallMs() const { return m_zeroWallMs; }
    qint64 fromWallUs(qint64 wallUs) const { return wallUs * 1000 - m_zeroWallMs * 1000000; }

private:
    QElapsedTimer m_monotonic;
    qint64 m_zeroWallMs;
};

enum class ProbeKind { Tcp, Http };
// A probe's end: "wrong" is an answer that is not the service's (an HTTP status 5xx, a reply
// that is not HTTP); "error" a network error other than a refusal (reset, unreachable).
enum class ProbeOutcome { Ok, Refused, Timeout, Wrong, Error };

QString outcomeName(ProbeOutcome outcome);

struct ProbeTarget
{
    QString service; // "web-ext", the name the report uses
    QString vip;     // the VIP resource it goes through, if any
    QHostAddress address;
    int port = 0;
    ProbeKind kind = ProbeKind::Tcp;
    QString path = QStringLiteral("/"); // HTTP only
    int intervalMs = 20;
    int timeoutMs = 1000;

    QString id() const; // "web-ext tcp" / "web-ext http"
    QString endpoint() const; // "198.19.0.100:80"
};

struct ProbeResult
{
    qint64 sentNs = 0;    // on the drill's clock
    qint64 latencyNs = 0; // until the outcome was known
    ProbeOutcome outcome = ProbeOutcome::Ok;

    bool ok() const { return outcome == ProbeOutcome::Ok; }
    bool operator==(const ProbeResult&) const = default;
};

// Sends one target's probes on a precise timer, several in flight when the service is slow, each
// ended by its own deadline; results are kept in the order probes were sent.
class ProbeStream : public QObject
{
    Q_OBJECT

public:
    ProbeStream(ProbeTarget target, const DrillClock* clock, QObject* parent = nullptr);
    ~ProbeStream() override;

    const ProbeTarget& target() const { return m_target; }
    void start();
    // No new probes; those in flight end by their deadline.
    void stop();
    bool idle() const { return !m_timer.isActive() && m_inFlight.empty(); }
    // Ended probes, in the order sent (a probe still in flight holds back those after it).
    QList<ProbeResult> results() const;
    // The newest ended probe, if any.
    const ProbeResult* last() const;

Q_SIGNALS:
    void stopped(); // stop() asked and every probe in flight ended

private:
    struct InFlight
    {
        QTcpSocket* socket;
        qsizetype slot; // index in m_results
        qint64 deadlineNs;
        QByteArray answer;
    };
    void send();
    void end(QTcpSocket* socket, ProbeOutcome outcome);
    void sweep();
    void onConnected(QTcpSocket* socket);
    void onReadyRead(QTcpSocket* socket);
    void onError(QTcpSocket* socket);
    InFlight* find(QTcpSocket* socket);

    ProbeTarget m_target;
    const DrillClock* m_clock;
    QTimer m_timer;
    QTimer m_sweep; // ends probes past their deadline
    std::vector<InFlight> m_inFlight;
    QList<ProbeResult> m_results; // slots, in send order; pending ones have latencyNs -1
    qsizetype m_lastEnded = -1;
};

} // namespace hadesk::drills
