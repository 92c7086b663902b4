#pragma once

#include "backend/drills/DrillReport.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace hadesk::ssh {
class HostConnection;
}
namespace hadesk::streams {
class NodeStream;
}

namespace hadesk::drills {

// One line of a node's event tap ("pcmk", "ip", "drbd" or "haproxy", a tab, then what the source printed)
// made a drill event on the drill's clock: the node's own timestamp, less the node's clock
// offset, becomes a time on the console's clock. Lines that say nothing about a failover (a
// recurring monitor's ok, a cancelled monitor, an address that is no VIP, DRBD's initial
// "exists" lines) give nothing.
class NodeEventParser
{
    Q_DECLARE_TR_FUNCTIONS(hadesk::drills::NodeEventParser)

public:
    // vipByAddress: each VIP's address and the resource that holds it; vipResources: the IPaddr2
    // resources, whose start is a VIP coming up.
    NodeEventParser(qint64 zeroWallMs, QHash<QString, QString> vipByAddress, QSet<QString> vipResources);

    std::optional<DrillEvent> parse(const QString& node, const QByteArray& line, const ClockOffset& offset) const;

    // The node's wall-clock time in ns since the epoch, from "1796179686.564898" (Pacemaker's
    // timestamp-format %s.%06N) or ISO 8601 with a fraction and an optional zone
    // ("2026-12-02T02:48:06.834017", "…+01:00"); a time without a zone is UTC (the tap sets TZ).
    static std::optional<qint64> epochNs(QStringView text);

private:
    std::optional<DrillEvent> fromAlert(const QString& node, const QString& line) const;
    std::optional<DrillEvent> fromAddress(const QString& node, const QString& line) const;
    std::optional<DrillEvent> fromDrbd(const QString& node, const QString& line) const;
    std::optional<DrillEvent> fromHaproxy(const QString& node, const QString& line) const;
    qint64 onDrillClock(qint64 nodeEpochNs, const ClockOffset& offset) const;

    qint64 m_zeroWallMs;
    QHash<QString, QString> m_vipByAddress;
    QSet<QString> m_vipResources;
};

// The drill's own Pacemaker alert: an agent written on every node that appends each alert, with
// its microsecond timestamp, to a file the node's tap follows. Added to the CIB after the
// configuration is saved and removed before it is compared, so the proof is untouched by it.
struct DrillAlert
{
    static constexpr char kId[] = "hadesk-drill-alert";
    static constexpr char kDirectory[] = "/var/lib/hadesk-drill";
    static QStringList addArgv();
    static QStringList removeArgv();
    static QStringList cleanupArgv(); // the agent and its file off a node
    static QString agentScript();
};

// Every node's events during a drill: one long-lived command per node (Pacemaker alerts through
// the drill's agent, `ip -ts monitor address`, `drbdsetup events2 --timestamps` where DRBD is),
// restarted when its connection comes back (a fenced node), each line parsed on the drill's
// clock. Node and fencing alerts, which every node sends, are kept once.
class NodeEventTap : public QObject
{
    Q_OBJECT

public:
    using Lookup = std::function<ssh::HostConnection*(const QString& host)>;
    // limitS bounds every command on the nodes: they end by themselves if the console never
    // stops them.
    NodeEventTap(NodeEventParser parser, int limitS, QObject* parent = nullptr);
    ~NodeEventTap() override;

    // haproxySockets: each node's HAProxy admin socket, whose servers' states are followed too.
    void start(const QStringList& hosts, const Lookup& lookup, const QList<ClockOffset>& offsets,
               const QHash<QString, QString>& haproxySockets = {});
    void stop();
    // The nodes whose tap has begun (the agent written, the sources running).
    const QSet<QString>& ready() const { return m_ready; }
    // Why a node has no tap; empty while it may still begin or once it has.
    QString whyUnavailable(const QString& node) const;
    // The nodes whose HAProxy's servers are followed on the node.
    const QSet<QString>& haproxyWatched() const { return m_haproxyWatched; }
    // The command one node runs.
    QStringList argv(const QString& haproxySocket = {}) const;
    static QString haproxyWatcherScript();
    // One line of a node's tap (what the node's command printed; a test feeds recorded ones).
    void feed(const QString& node, const QByteArray& line);

Q_SIGNALS:
    void nodeReady(const QString& node);
    void nodeUnavailable(const QString& node, const QString& reason);
    void eventSeen(const hadesk::drills::DrillEvent& event);

private:
    NodeEventParser m_parser;
    int m_limitS;
    std::map<QString, std::unique_ptr<streams::NodeStream>> m_streams;
    QHash<QString, ClockOffset> m_offsets;
    QSet<QString> m_ready;
    QSet<QString> m_haproxyWatched;
    QHash<QString, QString> m_unavailable;
    QSet<QByteArray> m_seenAlerts;
    QHash<QString, qint64> m_seenEvents;          // cluster-wide alerts, by what they say
};

} // namespace hadesk::drills
