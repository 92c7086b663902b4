#include "backend/drills/NodeProbes.h"

#include "backend/streams/NodeStream.h"
#include "ssh/SshJob.h"
#include "ssh/SshTypes.h"

namespace hadesk::drills {
namespace {

// Run as: sh -c WRAPPER hadesk-drill-probe AGENT LIMIT_S KIND HOST PORT PATH INTERVAL_MS
// TIMEOUT_MS. Python is on every distribution's server install, under one of two names.
constexpr char kWrapper[] = R"sh(for p in python3 /usr/libexec/platform-python; do
    if command -v "$p" >/dev/null 2>&1; then exec "$p" -c "$@"; fi
done
echo "python3 is not installed" >&2
exit 127
)sh";

// The probes, as ProbeStream sends them: one connection per probe on a fixed pace, several in
// flight, each ended by its outcome or its deadline; printed in the order sent as
// "p SENT_EPOCH_NS LATENCY_NS OUTCOME". It ends by itself after LIMIT_S, or when the console
// stops reading (the next write fails).
constexpr char kAgent[] = R"py(import errno, select, socket, sys, time
from collections import deque

limit_s, kind, host, port, path, interval_ms, timeout_ms = sys.argv[1:8]
port = int(port)
interval = int(interval_ms) * 1000000
timeout = int(timeout_ms) * 1000000
family = socket.AF_INET6 if ":" in host else socket.AF_INET
request = ("GET %s HTTP/1.0\r\nHost: %s\r\nUser-Agent: hadesk-drill\r\nConnection: close\r\n\r\n"
           % (path, host)).encode()
poller = select.poll()
in_order = deque()
live = {}


def end(p, outcome):
    p["latency"] = time.monotonic_ns() - p["mono"]
    p["outcome"] = outcome
    fd = p["sock"].fileno()
    if live.pop(fd, None) is not None:
        poller.unregister(fd)
    p["sock"].close()


def send():
    s = socket.socket(family, socket.SOCK_STREAM)
    s.setblocking(False)
    now = time.monotonic_ns()
    p = {"wall": time.time_ns(), "mono": now, "deadline": now + timeout, "sock": s,
         "outcome": None, "answer": b"", "asked": False}
    in_order.append(p)
    err = s.connect_ex((host, port))
    if err in (0, errno.EINPROGRESS):
        live[s.fileno()] = p
        poller.register(s, select.POLLOUT)
    else:
        end(p, "refused" if err == errno.ECONNREFUSED else "error")


def connected(p):
    err = p["sock"].getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
    if err:
        end(p, "refused" if err == errno.ECONNREFUSED else "error")
    elif kind == "tcp":
        end(p, "ok")
    else:
        try:
            p["sock"].send(request)
        except OSError:
            end(p, "error")
            return
        p["asked"] = True
        poller.modify(p["sock"], select.POLLIN)


def answered(p):
    try:
        chunk = p["sock"].recv(4096)
    except BlockingIOError:
        return
    except ConnectionResetError:
        end(p, "wrong")
        return
    except OSError:
        end(p, "error")
        return
    if not chunk:  # closed before a status line: not the service's answer
        end(p, "wrong")
        return
    p["answer"] += chunk
    eol = p["answer"].find(b"\r\n")
    if eol < 0 and len(p["answer"]) < 256:
        return
    words = p["answer"][:eol].split(b" ")
    ok = (len(words) > 1 and words[0].startswith(b"HTTP/") and words[1].isdigit()
          and 100 <= int(words[1]) < 500)
    end(p, "ok" if ok else "wrong")


def main():
    stop_at = time.monotonic_ns() + int(limit_s) * 1000000000
    next_send = time.monotonic_ns()
    sys.stdout.write("ready %d\n" % time.time_ns())
    sys.stdout.flush()
    while time.monotonic_ns() < stop_at:
        now = time.monotonic_ns()
        if now >= next_send:
            send()
            next_send += interval
            if next_send < now:  # after a stall, the pace again rather than a burst
                next_send = now + interval
        wake = min([next_send] + [p["deadline"] for p in live.values()])
        for fd, _ in poller.poll(max(0, (wake - time.monotonic_ns() + 999999) // 1000000)):
            p = live.get(fd)
            if p is not None:
                answered(p) if p["asked"] else connected(p)
        now = time.monotonic_ns()
        for p in [p for p in live.values() if p["deadline"] <= now]:
            end(p, "timeout")
        lines = []
        while in_order and in_order[0]["outcome"] is not None:
            p = in_order.popleft()
            lines.append("p %d %d %s\n" % (p["wall"], p["latency"], p["outcome"]))
        if lines:
            sys.stdout.write("".join(lines))
            sys.stdout.flush()


try:
    main()
except (BrokenPipeError, KeyboardInterrupt):
    pass
)py";

std::optional<ProbeOutcome> outcomeNamed(const QByteArray& name)
{
    for (const ProbeOutcome o : {ProbeOutcome::Ok, ProbeOutcome::Refused, ProbeOutcome::Timeout, ProbeOutcome::Wrong, ProbeOutcome::Error})
        if (outcomeName(o).toLatin1() == name)
            return o;
    return std::nullopt;
}

} // namespace

NodeProbeStream::NodeProbeStream(ProbeTarget target, ssh::HostConnection* connection, qint64 zeroWallMs, int limitS,
                                 QObject* parent)
    : ProbeSource(std::move(target), parent)
    , m_connection(connection)
    , m_zeroWallMs(zeroWallMs)
    , m_limitS(limitS)
{
}

NodeProbeStream::~NodeProbeStream() = default; // the stream stops the agent

QString NodeProbeStream::agentScript()
{
    return QString::fromLatin1(kAgent);
}

QStringList NodeProbeStream::argv() const
{
    return {QStringLiteral("sh"),
            QStringLiteral("-c"),
            QString::fromLatin1(kWrapper),
            QStringLiteral("hadesk-drill-probe"),
            agentScript(),
            QString::number(m_limitS),
            m_target.kind == ProbeKind::Http ? QStringLiteral("http") : QStringLiteral("tcp"),
            m_target.address.toString(),
            QString::number(m_target.port),
            m_target.path,
            QString::number(m_target.intervalMs),
            QString::number(m_target.timeoutMs)};
}

void NodeProbeStream::start()
{
    if (!m_connection) {
        m_unavailable = tr("%1 is not connected").arg(m_target.from);
        return;
    }
    ssh::JobOptions options;
    options.keepOutput = false;
    options.background = true;
    m_stream = std::make_unique<streams::NodeStream>(tr("drill probes"), m_target.from, m_connection, argv(), options);
    m_stream->setEndJudge([this](const ssh::SshJob& ended, bool, const QByteArray&) {
        return ended.exitCode() == 127 ? tr("probes from %1 need python3, which the node lacks").arg(m_target.from) : QString();
    });
    connect(m_stream.get(), &streams::NodeStream::line, this, &NodeProbeStream::feed);
    connect(m_stream.get(), &streams::NodeStream::statusChanged, this,
            [this](streams::NodeStream::Status status, const QString& reason) {
                if (status == streams::NodeStream::Status::Unavailable)
                    m_unavailable = reason;
            });
    m_running = true;
    m_stream->start();
}

void NodeProbeStream::stop()
{
    // The agent is stopped with its channel: what it still had in flight is not reported, as a
    // probe the console stops waiting for is not.
    if (m_stream)
        m_stream->stop();
    const bool wasRunning = m_running;
    m_running = false;
    if (wasRunning)
        Q_EMIT stopped();
}

void NodeProbeStream::feed(const QByteArray& line)
{
    const QList<QByteArray> words = line.trimmed().split(' ');
    if (words.value(0) == "ready") {
        m_ready = true;
        m_unavailable.clear();
        return;
    }
    bool sentOk = false, latencyOk = false;
    const qint64 sentEpochNs = words.value(1).toLongLong(&sentOk);
    const qint64 latencyNs = words.value(2).toLongLong(&latencyOk);
    const std::optional<ProbeOutcome> outcome = outcomeNamed(words.value(3));
    if (words.size() != 4 || words.at(0) != "p" || !sentOk || !latencyOk || latencyNs < 0 || !outcome)
        return; // not the agent's (a login banner, say)
    const qint64 offsetNs = m_offset.measured ? qint64(m_offset.offsetMs * 1e6) : 0;
    const ProbeResult result{sentEpochNs - offsetNs - m_zeroWallMs * 1000000LL, latencyNs, *outcome};
    // A restarted agent (the node came back) goes on after what was reported; the order holds.
    if (!m_results.isEmpty() && result.sentNs < m_results.constLast().sentNs)
        return;
    m_results.append(result);
}

} // namespace hadesk::drills
