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
    QString from{}; // the node the probes run on; empty: the console's machine

    QString id() const; // "web-ext tcp", "web-ext http", "web-ext http from node3"
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

// One target's probes, wherever they run: results on the drill's clock, in the order sent.
class ProbeSource : public QObject
{
    Q_OBJECT

public:
    explicit ProbeSource(ProbeTarget target, QObject* parent = nullptr);

    const ProbeTarget& target() const { return m_target; }
    virtual void start() = 0;
    // No new probes; those in flight end by their deadline.
    virtual void stop() = 0;
    virtual bool idle() const = 0;
    // Ended probes, in the order sent (a probe still in flight holds back those after it).
    virtual QList<ProbeResult> results() const = 0;
    // The newest ended probe, if any.
    virtual const ProbeResult* last() const = 0;
    // Why no probe can run (the node cannot be reached or lacks what the probes need); empty
    // while they run or may still begin.
    virtual QString whyUnavailable() const { return {}; }

Q_SIGNALS:
    void stopped(); // stop() asked and every probe in flight ended

protected:
    ProbeTarget m_target;
};

// Sends one target's probes from the console's machine on a precise timer, several in flight
// when the service is slow, each ended by its own deadline.
class ProbeStream : public ProbeSource
{
    Q_OBJECT

public:
    ProbeStream(ProbeTarget target, const DrillClock* clock, QObject* parent = nullptr);
    ~ProbeStream() override;

    void start() override;
    void stop() override;
    bool idle() const override { return !m_timer.isActive() && m_inFlight.empty(); }
    QList<ProbeResult> results() const override;
    const ProbeResult* last() const override;

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

    const DrillClock* m_clock;
    QTimer m_timer;
    QTimer m_sweep; // ends probes past their deadline
    std::vector<InFlight> m_inFlight;
    QList<ProbeResult> m_results; // slots, in send order; pending ones have latencyNs -1
    qsizetype m_lastEnded = -1;
};

} // namespace hadesk::drills
