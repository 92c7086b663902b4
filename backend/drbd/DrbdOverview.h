#pragma once

#include "backend/drbd/DrbdState.h"
#include "backend/pacemaker/ClusterState.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QPointF>

namespace hadesk::drbd {

// How far a resync or verify is, from successive samples of one peer device.
struct Progress
{
    bool verify = false;
    bool paused = false;
    double percent = -1;     // -1: not known yet
    qint64 remainingKiB = 0; // still out of sync (resync) or still to compare (verify)
    double rateKiBs = -1;    // -1: fewer than two samples yet
    qint64 etaSeconds = -1;

    bool operator==(const Progress&) const = default;
};

// Remembers each syncing peer device's samples (seconds, remaining KiB) to tell its rate and
// ETA, and keeps the rate's history for a chart. Keys are "node/resource/peer/volume".
class SyncTracker
{
public:
    // Adds a sample; the progress it makes of this and the earlier ones.
    Progress sample(const QString& key, const PeerDevice& peer, qint64 deviceSizeKiB, double seconds);
    // The rate over time (seconds, KiB/s) of a key, newest last; kept while it syncs and after.
    QList<QPointF> history(const QString& key) const { return m_tracks.value(key).history; }
    QStringList keys() const { return m_tracks.keys(); }
    void forget(const QString& key) { m_tracks.remove(key); }

private:
    struct Track
    {
        QList<QPointF> samples; // seconds, remaining KiB: the last few, for the rate
        QList<QPointF> history; // seconds, KiB/s
        qint64 startKiB = 0;    // the most out of sync seen in this resync: its 0 %
        std::optional<double> lastDone; // DRBD's own figure, when a status has given one
        double lastRate = -1;
        bool verify = false;
        bool active = false;
    };
    QHash<QString, Track> m_tracks;
};

// One node's part in a DRBD resource.
struct Replica
{
    QString node;
    QString role;       // Primary, Secondary, Unknown
    QStringList disks;  // per volume
    QString suspended;  // "no", or why I/O is frozen
    bool splitBrain = false;

    bool operator==(const Replica&) const = default;
};

// The replication between two nodes, as each side sees it.
struct Link
{
    QString nodeA, nodeB;
    QString stateA, stateB;             // connection states; empty: that side has no connection
    QString replicationA, replicationB; // of volume 0, "Off" when not connected
    QString peerDiskA;                  // B's disk as A sees it
    QString peerDiskB;
    std::optional<Progress> progress;   // during a resync or verify
    QString progressKey;                // for SyncTracker::history
    QString sourceNode;                 // who sends, during a resync or verify
    // Out of sync outside a resync: what the last verify found (DRBD resyncs it on the next connect).
    qint64 outOfSyncKiB = 0;

    bool connected() const { return stateA == u"Connected" && stateB == u"Connected"; }
    bool operator==(const Link&) const = default;
};

struct ResourceOverview
{
    QString name;
    QList<Replica> replicas;
    QList<Link> links;
    QStringList warnings;
    QString clusterResource; // the Pacemaker promotable clone that runs it, if one does
    QString clusterPrimitive;
    QString promotedNode;    // where Pacemaker has promoted it
    QStringList stacked;     // resources colocated with its promoted side (the filesystem and what is on it)

    bool operator==(const ResourceOverview&) const = default;

    const Replica* replica(const QString& node) const;
    // Nodes whose disk (every volume) is UpToDate, but for except.
    QStringList upToDateNodes(const QString& except = {}) const;
    // Replicated: two replicas or more, every one UpToDate.
    bool whole() const { return replicas.size() >= 2 && upToDateNodes().size() == replicas.size(); }
};

// The DRBD resources of a cluster: each node's view put together, with what Pacemaker does with
// them, and what an operator should know.
class DrbdOverview
{
    Q_DECLARE_TR_FUNCTIONS(DrbdOverview)

public:
    // nodes: node name -> its state. The tracker takes this moment's samples (seconds since any
    // fixed start).
    static QList<ResourceOverview> build(const QMap<QString, NodeState>& nodes, const pcmk::ClusterState& cluster,
                                         SyncTracker& tracker, double seconds);
    // The primitive running ocf:linbit:drbd for a DRBD resource, and its promotable clone.
    static std::pair<QString, QString> clusterResourceOf(const pcmk::ClusterState& cluster, const QString& drbdResource);

    // "resync from drbd1: 42.0 %, 3.9 MiB/s, ETA 0:12" for a link with progress.
    static QString progressText(const Link& link);
    // The same, short, for a progress bar: "42.0 % · 3.9 MiB/s · ETA 0:12".
    static QString progressBarText(const Progress& progress);
    static QString rateText(double kiBs);
    static QString etaText(qint64 seconds);
};

} // namespace hadesk::drbd
