#include "backend/drills/NodeEvents.h"

#include "backend/streams/NodeStream.h"
#include "ssh/SshTypes.h"

#include <QDateTime>
#include <QRegularExpression>

namespace hadesk::drills {
namespace {

// Run as: sh -c SCRIPT hadesk-drill-tap AGENT LIMIT_S HAPROXY_SOCKET WATCHER. Writes the alert
// agent (not in /run, which systems mount noexec; written again each time, whatever a reboot
// left), then follows the sources, each line tagged with its source; "ready" once they run. The sources stay in the shell's process group (timeout --foreground) and go with it:
// when the console stops reading, the next heartbeat fails and the shell takes them all down.
// Each ends by itself after LIMIT_S besides.
constexpr char kTapScript[] = R"sh(set -u
dir=/var/lib/hadesk-drill
umask 022
mkdir -p "$dir"
printf '%s' "$1" >"$dir/alert.new" && chmod 0755 "$dir/alert.new" && mv -f "$dir/alert.new" "$dir/alert"
[ -e "$dir/alerts.log" ] || : >"$dir/alerts.log"
chown hacluster "$dir/alerts.log" 2>/dev/null || chmod 0666 "$dir/alerts.log"
trap '' PIPE
trap 'trap - EXIT INT TERM HUP; kill 0 2>/dev/null' EXIT INT TERM HUP
TZ=UTC0
export TZ
limit="timeout --foreground $2"
$limit ip -ts -o monitor address 2>/dev/null | sed -u 's/^/ip\t/' &
if command -v drbdsetup >/dev/null 2>&1; then
    $limit drbdsetup events2 --timestamps all 2>/dev/null | sed -u 's/^/drbd\t/' &
fi
$limit tail -n +1 -F "$dir/alerts.log" 2>/dev/null | sed -u 's/^/pcmk\t/' &
if [ -n "$3" ] && [ -S "$3" ]; then
    for py in python3 /usr/libexec/platform-python; do
        if command -v "$py" >/dev/null 2>&1; then
            $limit "$py" -c "$4" "$3" 2>/dev/null | sed -u 's/^/haproxy\t/' &
            break
        fi
    done
fi
printf 'ready\t%s\n' "$(date +%s.%N)"
beats=0
while [ "$beats" -lt "$2" ] && printf 'beat\n'; do
    sleep 1
    beats=$((beats + 1))
done
)sh";

// HAProxy has no event stream: its servers' states are read from its admin socket every 100 ms
// on the node, and a change is timed at the middle of the two reads that tell it, within half
// their distance ("change MID_NS HALF_NS PROXY/SERVER OLD NEW CHECK"). A socket that stops
// answering is HAProxy gone ("gone"), answering again "back"; "watching" once the first read
// worked. Statuses are their first word: "UP 1/3" is still UP, on its way down.
constexpr char kHaproxyWatcher[] = R"py(import socket, sys, time
path = sys.argv[1]


def servers():
    s = socket.socket(socket.AF_UNIX)
    s.settimeout(2)
    try:
        s.connect(path)
        s.sendall(b"show stat\n")
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    finally:
        s.close()
    lines = data.decode("utf-8", "replace").splitlines()
    if not lines or not lines[0].startswith("# "):
        raise OSError("not HAProxy's statistics")
    head = lines[0][2:].split(",")
    px, sv, st = head.index("pxname"), head.index("svname"), head.index("status")
    ck = head.index("check_status") if "check_status" in head else -1
    out = {}
    for line in lines[1:]:
        f = line.split(",")
        if len(f) > st and f[sv] != "FRONTEND":
            word = f[st] if f[st].startswith("no check") else (f[st].split(" ") or [""])[0]
            out[f[px] + "/" + f[sv]] = (word, f[ck] if 0 <= ck < len(f) else "")
    return out


def say(*words):
    sys.stdout.write("\t".join(str(w) for w in words) + "\n")
    sys.stdout.flush()


before, then, gone = None, None, False
while True:
    t0 = time.time_ns()
    try:
        now = servers()
    except (OSError, ValueError):
        now = None
    t = (t0 + time.time_ns()) // 2
    if now is None and before is not None and not gone:
        say("gone", (then + t) // 2, (t - then) // 2)
        gone = True
    elif now is not None:
        if before is None:
            say("watching", len(now))
        elif gone:
            say("back", (then + t) // 2, (t - then) // 2)
        else:
            for key, (status, check) in sorted(now.items()):
                old = before.get(key)
                if old is not None and old[0] != status:
                    say("change", (then + t) // 2, (t - then) // 2, key, old[0], status, check)
        before, gone = now, False
    then = t  # the previous read, answered or not, bounds the next change
    time.sleep(0.1)
)py";

// The agent runs as hacluster for every alert, several at once: one short line each, appended.
constexpr char kAgent[] = R"sh(#!/bin/sh
# Written by HAdesk for a failover drill, removed after it: each Pacemaker alert as one line.
one() { printf '%s' "$1" | tr '\t\r\n' '   '; }
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${CRM_alert_timestamp-}" "${CRM_alert_kind-}" \
    "$(one "${CRM_alert_node-}")" "$(one "${CRM_alert_rsc-}")" "$(one "${CRM_alert_task-}")" \
    "${CRM_alert_interval-}" "${CRM_alert_rc-}" "${CRM_alert_target_rc-}" "${CRM_alert_status-}" \
    "$(one "${CRM_alert_desc-}")" >>/var/lib/hadesk-drill/alerts.log
)sh";

// Pacemaker's status of an operation: 1 is a cancelled recurring monitor.
constexpr int kStatusCancelled = 1;
// OCF return codes a probe may find without anything being wrong.
constexpr int kRunning = 0;
constexpr int kNotRunning = 7;
constexpr int kPromoted = 8;

QString operationKind(const QString& task, bool isVip)
{
    if (task == u"start")
        return isVip ? QStringLiteral("vip") : QStringLiteral("start");
    if (task == u"stop" || task == u"promote" || task == u"demote")
        return task;
    return QStringLiteral("change");
}

} // namespace

NodeEventParser::NodeEventParser(qint64 zeroWallMs, QHash<QString, QString> vipByAddress, QSet<QString> vipResources)
    : m_zeroWallMs(zeroWallMs)
    , m_vipByAddress(std::move(vipByAddress))
    , m_vipResources(std::move(vipResources))
{
}

std::optional<qint64> NodeEventParser::epochNs(QStringView text)
{
    static const QRegularExpression epoch(QStringLiteral(R"(^(\d+)(?:\.(\d{1,9}))?$)"));
    static const QRegularExpression iso(
        QStringLiteral(R"(^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:[.,](\d{1,9}))?(Z|[+-]\d\d:?\d\d)?$)"));
    const auto fraction = [](const QString& digits) {
        return digits.isEmpty() ? qint64(0) : QString(digits + QString(9 - digits.size(), u'0')).toLongLong();
    };
    const QString s = text.trimmed().toString();
    if (const auto m = epoch.match(s); m.hasMatch()) {
        bool ok = false;
        const qint64 seconds = m.captured(1).toLongLong(&ok);
        if (!ok || seconds > 9000000000LL)
            return std::nullopt;
        return seconds * 1000000000LL + fraction(m.captured(2));
    }
    const auto m = iso.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    QDateTime when = QDateTime::fromString(m.captured(1), Qt::ISODate);
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    qint64 zoneS = 0;
    const QString zone = m.captured(3);
    if (zone.size() > 1) {
        const QString digits = QString(zone.mid(1)).remove(u':');
        zoneS = (digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60) * (zone.startsWith(u'-') ? -1 : 1);
    }
    return (when.toSecsSinceEpoch() - zoneS) * 1000000000LL + fraction(m.captured(2));
}

qint64 NodeEventParser::onDrillClock(qint64 nodeEpochNs, const ClockOffset& offset) const
{
    const qint64 offsetNs = offset.measured ? qint64(offset.offsetMs * 1e6) : 0;
    return nodeEpochNs - offsetNs - m_zeroWallMs * 1000000LL;
}

std::optional<DrillEvent> NodeEventParser::parse(const QString& node, const QByteArray& line, const ClockOffset& offset) const
{
    const QString text = QString::fromUtf8(line);
    const qsizetype tab = text.indexOf(u'\t');
    if (tab < 0)
        return std::nullopt;
    const QStringView source = QStringView(text).left(tab);
    const QString rest = text.mid(tab + 1);
    std::optional<DrillEvent> event;
    if (source == u"pcmk")
        event = fromAlert(node, rest);
    else if (source == u"ip")
        event = fromAddress(node, rest);
    else if (source == u"drbd")
        event = fromDrbd(node, rest);
    else if (source == u"haproxy")
        event = fromHaproxy(node, rest);
    if (!event)
        return std::nullopt;
    event->tNs = onDrillClock(event->tNs, offset);
    event->nodeClock = true;
    // A source read in turns (HAProxy's) knows its moment within its own bound, besides the clock's.
    event->errorMs = offset.measured ? offset.errorMs + std::max(0.0, event->errorMs) : -1;
    return event;
}

std::optional<DrillEvent> NodeEventParser::fromAlert(const QString& node, const QString& line) const
{
    const QStringList f = line.split(u'\t');
    if (f.size() < 10)
        return std::nullopt;
    const auto when = epochNs(f.at(0));
    if (!when)
        return std::nullopt;
    const QString& kind = f.at(1);
    const QString& about = f.at(2);
    const QString& desc = f.at(9);
    DrillEvent e;
    e.tNs = *when;
    e.source = QStringLiteral("pacemaker");
    if (kind == u"node") {
        e.node = about;
        e.subject = about;
        e.kind = QStringLiteral("node");
        e.text = desc == u"member" ? tr("%1 joined the cluster").arg(about)
                 : desc == u"lost" ? tr("%1 left the cluster").arg(about)
                                   : tr("%1: %2").arg(about, desc);
        return e;
    }
    if (kind == u"fencing") {
        e.node = about;
        e.subject = about;
        e.kind = QStringLiteral("fencing");
        e.text = tr("fencing of %1: %2").arg(about, desc);
        return e;
    }
    if (kind != u"resource")
        return std::nullopt;
    const QString& rsc = f.at(3);
    const QString& task = f.at(4);
    const int interval = f.at(5).toInt();
    const int rc = f.at(6).toInt();
    const int targetRc = f.at(7).toInt();
    const int status = f.at(8).toInt();
    if (status == kStatusCancelled)
        return std::nullopt;
    const bool asExpected = status == 0 && rc == targetRc;
    // A recurring monitor that finds what it expects is no event, nor is a probe (a one-off
    // monitor, after a cleanup say) that finds the resource running, stopped or promoted.
    const bool probe = task == u"monitor" && interval == 0;
    if (task == u"monitor" && (asExpected || (probe && status == 0 && (rc == kRunning || rc == kNotRunning || rc == kPromoted))))
        return std::nullopt;
    e.node = about.isEmpty() ? node : about;
    e.subject = rsc;
    if (!asExpected) {
        e.kind = QStringLiteral("failure");
        e.text = interval > 0 ? tr("%1: %2 (every %3 s) on %4 failed: %5 (rc %6)")
                                    .arg(rsc, task).arg(interval / 1000).arg(e.node, desc).arg(rc)
                              : tr("%1: %2 on %3 failed: %4 (rc %5)").arg(rsc, task, e.node, desc).arg(rc);
        return e;
    }
    e.kind = operationKind(task, m_vipResources.contains(rsc));
    e.text = tr("%1: %2 on %3 %4").arg(rsc, task, e.node, desc);
    return e;
}

std::optional<DrillEvent> NodeEventParser::fromAddress(const QString& node, const QString& line) const
{
    // [2026-12-02T02:48:06.834017] Deleted 2: ext0    inet 198.19.0.100/24 scope global ...
    static const QRegularExpression address(QStringLiteral(
        R"(^\[([^\]]+)\]\s+(Deleted\s+)?\d+:\s+(\S+)\s+inet6?\s+([0-9A-Fa-f.:]+)/\d+)"));
    const auto m = address.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const QString ip = m.captured(4);
    if (!m_vipByAddress.contains(ip))
        return std::nullopt;
    const auto when = epochNs(m.captured(1));
    if (!when)
        return std::nullopt;
    const bool gone = !m.captured(2).isEmpty();
    const QString vip = m_vipByAddress.value(ip);
    DrillEvent e;
    e.tNs = *when;
    e.node = node;
    e.source = QStringLiteral("address");
    e.subject = vip;
    e.kind = gone ? QStringLiteral("vip-down") : QStringLiteral("vip");
    const QString what = vip.isEmpty() ? ip : tr("%1 (%2)").arg(ip, vip);
    e.text = gone ? tr("VIP %1 left %2 on %3").arg(what, m.captured(3), node)
                  : tr("VIP %1 up on %2 of %3").arg(what, m.captured(3), node);
    return e;
}

std::optional<DrillEvent> NodeEventParser::fromDrbd(const QString& node, const QString& line) const
{
    // 2026-12-02T02:48:06.834017+00:00 change resource name:r0 role:Primary
    const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 3)
        return std::nullopt;
    const QString& verb = words.at(1);
    if (verb != u"change" && verb != u"destroy" && verb != u"create")
        return std::nullopt; // "exists" is the state the tap found, before the drill
    const auto when = epochNs(words.at(0));
    if (!when)
        return std::nullopt;
    const QString& object = words.at(2);
    // Every key:value; what changed is every key but the ones that say which object it is.
    static const QSet<QString> naming{QStringLiteral("name"), QStringLiteral("peer-node-id"), QStringLiteral("conn-name"),
                                      QStringLiteral("volume"), QStringLiteral("minor")};
    QHash<QString, QString> keys;
    QStringList changed;
    for (qsizetype i = 3; i < words.size(); ++i) {
        const qsizetype colon = words.at(i).indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = words.at(i).left(colon), value = words.at(i).mid(colon + 1);
        keys.insert(key, value);
        if (!naming.contains(key))
            changed << key + u' ' + value;
    }
    const QString resource = keys.value(QStringLiteral("name"));
    if (resource.isEmpty())
        return std::nullopt;
    if (changed.isEmpty() && verb == u"change")
        return std::nullopt;
    DrillEvent e;
    e.tNs = *when;
    e.node = node;
    e.source = QStringLiteral("drbd");
    e.subject = resource;
    const QString role = keys.value(QStringLiteral("role"));
    // A resource created Secondary (its node back) is no demotion.
    const bool roleChange = verb == u"change" && object == u"resource";
    e.kind = roleChange && role == u"Primary"     ? QStringLiteral("promote")
             : roleChange && role == u"Secondary" ? QStringLiteral("demote")
                                                  : QStringLiteral("drbd");
    const QString peer = keys.value(QStringLiteral("conn-name"));
    const QString where = peer.isEmpty() ? resource : tr("%1 with %2").arg(resource, peer);
    e.text = verb == u"change" ? tr("DRBD %1 %2: %3").arg(where, object, changed.join(QStringLiteral(", ")))
                               : tr("DRBD %1 %2: %3").arg(where, object, verb);
    return e;
}

std::optional<DrillEvent> NodeEventParser::fromHaproxy(const QString& node, const QString& line) const
{
    const QStringList f = line.split(u'\t');
    const QString& what = f.at(0);
    const bool change = what == u"change" && f.size() >= 6;
    if (!change && !((what == u"gone" || what == u"back") && f.size() >= 3))
        return std::nullopt;
    bool midOk = false, halfOk = false;
    const qint64 mid = f.at(1).toLongLong(&midOk);
    const qint64 half = f.at(2).toLongLong(&halfOk);
    if (!midOk || !halfOk || half < 0)
        return std::nullopt;
    DrillEvent e;
    e.tNs = mid;
    e.errorMs = double(half) / 1e6;
    e.node = node;
    e.source = QStringLiteral("haproxy");
    if (!change) {
        const bool gone = what == u"gone";
        e.kind = gone ? QStringLiteral("haproxy-down") : QStringLiteral("haproxy-up");
        e.subject = QStringLiteral("haproxy");
        e.text = gone ? tr("HAProxy on %1 stopped answering").arg(node) : tr("HAProxy on %1 answers again").arg(node);
        return e;
    }
    const QString& server = f.at(3);
    const QString& now = f.at(5);
    const QString check = f.value(6);
    e.subject = server;
    e.kind = now == u"UP" ? QStringLiteral("server-up") : now == u"DOWN" ? QStringLiteral("server-down") : QStringLiteral("balancer");
    e.text = check.isEmpty() ? tr("%1 on %2: %3 → %4").arg(server, node, f.at(4), now)
                             : tr("%1 on %2: %3 → %4 (%5)").arg(server, node, f.at(4), now, check);
    return e;
}

QStringList DrillAlert::addArgv()
{
    const QString id = QString::fromLatin1(kId);
    const QString dir = QString::fromLatin1(kDirectory);
    // Microseconds since the epoch on the node that sends it: the drill puts it on its clock.
    const QString xml = QStringLiteral(
                            "<configuration><alerts><alert id=\"%1\" path=\"%2/alert\">"
                            "<meta_attributes id=\"%1-meta\">"
                            "<nvpair id=\"%1-timestamp-format\" name=\"timestamp-format\" value=\"%s.%06N\"/>"
                            "<nvpair id=\"%1-timeout\" name=\"timeout\" value=\"10s\"/></meta_attributes>"
                            "<recipient id=\"%1-recipient\" value=\"%2/alerts.log\"/></alert></alerts></configuration>")
                            .arg(id, dir);
    return {QStringLiteral("cibadmin"), QStringLiteral("--modify"), QStringLiteral("--allow-create"),
            QStringLiteral("--scope"), QStringLiteral("configuration"), QStringLiteral("--xml-text"), xml};
}

QStringList DrillAlert::removeArgv()
{
    return {QStringLiteral("cibadmin"), QStringLiteral("--delete"), QStringLiteral("--xml-text"),
            QStringLiteral("<alert id=\"%1\"/>").arg(QString::fromLatin1(kId))};
}

QStringList DrillAlert::cleanupArgv()
{
    return {QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), QString::fromLatin1(kDirectory)};
}

QString DrillAlert::agentScript()
{
    return QString::fromLatin1(kAgent);
}

NodeEventTap::NodeEventTap(NodeEventParser parser, int limitS, QObject* parent)
    : QObject(parent)
    , m_parser(std::move(parser))
    , m_limitS(limitS)
{
}

NodeEventTap::~NodeEventTap() = default; // each stream stops its command

QStringList NodeEventTap::argv(const QString& haproxySocket) const
{
    return {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kTapScript), QStringLiteral("hadesk-drill-tap"),
            DrillAlert::agentScript(), QString::number(m_limitS), haproxySocket, haproxyWatcherScript()};
}

QString NodeEventTap::haproxyWatcherScript()
{
    return QString::fromLatin1(kHaproxyWatcher);
}

void NodeEventTap::start(const QStringList& hosts, const Lookup& lookup, const QList<ClockOffset>& offsets,
                         const QHash<QString, QString>& haproxySockets)
{
    for (const ClockOffset& o : offsets)
        m_offsets.insert(o.node, o);
    ssh::JobOptions options;
    options.asRoot = true;
    options.keepOutput = false;
    options.background = true;
    for (const QString& host : hosts) {
        ssh::HostConnection* connection = lookup(host);
        if (!connection) {
            m_unavailable.insert(host, tr("not connected"));
            Q_EMIT nodeUnavailable(host, m_unavailable.value(host));
            continue;
        }
        auto stream = std::make_unique<streams::NodeStream>(tr("drill events"), host, connection,
                                                            argv(haproxySockets.value(host)), options);
        connect(stream.get(), &streams::NodeStream::line, this, [this, host](const QByteArray& line) { feed(host, line); });
        connect(stream.get(), &streams::NodeStream::statusChanged, this,
                [this, host](streams::NodeStream::Status status, const QString& reason) {
                    if (status != streams::NodeStream::Status::Unavailable)
                        return;
                    m_unavailable.insert(host, reason);
                    Q_EMIT nodeUnavailable(host, reason);
                });
        stream->start();
        m_streams.emplace(host, std::move(stream));
    }
}

void NodeEventTap::stop()
{
    for (auto& [host, stream] : m_streams)
        stream->stop();
}

QString NodeEventTap::whyUnavailable(const QString& node) const
{
    return m_ready.contains(node) ? QString() : m_unavailable.value(node);
}

void NodeEventTap::feed(const QString& node, const QByteArray& line)
{
    if (line.startsWith("ready\t")) {
        m_ready.insert(node);
        m_unavailable.remove(node);
        Q_EMIT nodeReady(node);
        return;
    }
    if (line.startsWith("haproxy\twatching")) {
        m_haproxyWatched.insert(node);
        return;
    }
    if (line.startsWith("pcmk\t")) {
        // One alert is one line, to the microsecond: seen again, it is a restarted tap reading
        // its file from the start, or nodes sharing one file (the lab's namespaces do).
        if (m_seenAlerts.contains(line))
            return;
        m_seenAlerts.insert(line);
    }
    std::optional<DrillEvent> event = m_parser.parse(node, line, m_offsets.value(node, ClockOffset{node, 0, 0, false}));
    if (!event || event->tNs < 0) // before the drill: an earlier drill's alert file
        return;
    if (event->kind == u"node" || event->kind == u"fencing") {
        // Every node sends these: the first to arrive stands for all.
        const QString key = event->kind + u'\n' + event->text;
        const auto it = m_seenEvents.constFind(key);
        if (it != m_seenEvents.cend() && std::abs(*it - event->tNs) < 2000000000LL)
            return;
        m_seenEvents.insert(key, event->tNs);
    }
    Q_EMIT eventSeen(*event);
}

} // namespace hadesk::drills
