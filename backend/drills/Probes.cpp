#include "backend/drills/Probes.h"

#include <QDateTime>
#include <QTcpSocket>

namespace hadesk::drills {

DrillClock::DrillClock()
    : m_zeroWallMs(QDateTime::currentMSecsSinceEpoch())
{
    m_monotonic.start();
}

QString outcomeName(ProbeOutcome outcome)
{
    switch (outcome) {
    case ProbeOutcome::Ok:
        return QStringLiteral("ok");
    case ProbeOutcome::Refused:
        return QStringLiteral("refused");
    case ProbeOutcome::Timeout:
        return QStringLiteral("timeout");
    case ProbeOutcome::Wrong:
        return QStringLiteral("wrong");
    case ProbeOutcome::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString ProbeTarget::id() const
{
    const QString id = service + (kind == ProbeKind::Http ? QStringLiteral(" http") : QStringLiteral(" tcp"));
    return from.isEmpty() ? id : id + QStringLiteral(" from ") + from;
}

QString ProbeTarget::endpoint() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                            : address.toString();
    return host + u':' + QString::number(port);
}

ProbeSource::ProbeSource(ProbeTarget target, QObject* parent)
    : QObject(parent)
    , m_target(std::move(target))
{
}

ProbeStream::ProbeStream(ProbeTarget target, const DrillClock* clock, QObject* parent)
    : ProbeSource(std::move(target), parent)
    , m_clock(clock)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_target.intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ProbeStream::send);
    m_sweep.setTimerType(Qt::PreciseTimer);
    m_sweep.setInterval(10);
    connect(&m_sweep, &QTimer::timeout, this, &ProbeStream::sweep);
}

ProbeStream::~ProbeStream()
{
    for (InFlight& probe : m_inFlight) {
        probe.socket->disconnect(this);
        probe.socket->abort();
        probe.socket->deleteLater();
    }
}

void ProbeStream::start()
{
    m_timer.start();
    m_sweep.start();
    send();
}

void ProbeStream::stop()
{
    m_timer.stop();
    if (m_inFlight.empty()) {
        m_sweep.stop();
        Q_EMIT stopped();
    }
}

QList<ProbeResult> ProbeStream::results() const
{
    qsizetype ended = 0;
    while (ended < m_results.size() && m_results.at(ended).latencyNs >= 0)
        ++ended;
    return m_results.first(ended);
}

const ProbeResult* ProbeStream::last() const
{
    return m_lastEnded >= 0 ? &m_results.at(m_lastEnded) : nullptr;
}

void ProbeStream::send()
{
    auto* socket = new QTcpSocket(this);
    const qint64 now = m_clock->nowNs();
    m_results.append({now, -1, ProbeOutcome::Ok});
    m_inFlight.push_back({socket, m_results.size() - 1, now + qint64(m_target.timeoutMs) * 1000000, {}});
    connect(socket, &QTcpSocket::connected, this, [this, socket] { onConnected(socket); });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] { onError(socket); });
    socket->connectToHost(m_target.address, quint16(m_target.port));
}

ProbeStream::InFlight* ProbeStream::find(QTcpSocket* socket)
{
    for (InFlight& probe : m_inFlight)
        if (probe.socket == socket)
            return &probe;
    return nullptr;
}

void ProbeStream::onConnected(QTcpSocket* socket)
{
    if (m_target.kind == ProbeKind::Tcp) {
        end(socket, ProbeOutcome::Ok);
        return;
    }
    // HTTP/1.0 with a close: the answer ends with the connection; the status line is enough.
    socket->write("GET " + m_target.path.toUtf8() + " HTTP/1.0\r\nHost: " + m_target.address.toString().toUtf8() +
                  "\r\nUser-Agent: hadesk-drill\r\nConnection: close\r\n\r\n");
}

void ProbeStream::onReadyRead(QTcpSocket* socket)
{
    InFlight* probe = find(socket);
    if (!probe)
        return;
    probe->answer += socket->readAll();
    const qsizetype eol = probe->answer.indexOf("\r\n");
    if (eol < 0 && probe->answer.size() < 256)
        return;
    // "HTTP/1.1 200 OK": a 5xx is the balancer's or the service's own failure (HAProxy's 503 when
    // no server is left).
    const QList<QByteArray> words = probe->answer.left(eol).split(' ');
    bool isNumber = false;
    const int status = words.value(1).toInt(&isNumber);
    const bool ok = words.value(0).startsWith("HTTP/") && isNumber && status >= 100 && status < 500;
    end(socket, ok ? ProbeOutcome::Ok : ProbeOutcome::Wrong);
}

void ProbeStream::onError(QTcpSocket* socket)
{
    switch (socket->error()) {
    case QAbstractSocket::ConnectionRefusedError:
        end(socket, ProbeOutcome::Refused);
        return;
    case QAbstractSocket::RemoteHostClosedError:
        // Closed before a status line (an HTTP probe) is not the service's answer.
        end(socket, m_target.kind == ProbeKind::Http ? ProbeOutcome::Wrong : ProbeOutcome::Error);
        return;
    case QAbstractSocket::SocketTimeoutError:
        end(socket, ProbeOutcome::Timeout);
        return;
    default:
        end(socket, ProbeOutcome::Error);
    }
}

void ProbeStream::end(QTcpSocket* socket, ProbeOutcome outcome)
{
    const auto it = std::find_if(m_inFlight.begin(), m_inFlight.end(),
                                 [socket](const InFlight& probe) { return probe.socket == socket; });
    if (it == m_inFlight.end())
        return;
    ProbeResult& result = m_results[it->slot];
    result.latencyNs = m_clock->nowNs() - result.sentNs;
    result.outcome = outcome;
    if (it->slot > m_lastEnded)
        m_lastEnded = it->slot;
    m_inFlight.erase(it);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    if (m_inFlight.empty() && !m_timer.isActive()) {
        m_sweep.stop();
        Q_EMIT stopped();
    }
}

void ProbeStream::sweep()
{
    const qint64 now = m_clock->nowNs();
    QList<QTcpSocket*> late;
    for (const InFlight& probe : m_inFlight)
        if (probe.deadlineNs <= now)
            late << probe.socket;
    for (QTcpSocket* socket : late)
        end(socket, ProbeOutcome::Timeout);
}

} // namespace hadesk::drills
