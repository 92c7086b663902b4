#include "backend/drbd/DrbdOverview.h"

#include <algorithm>

namespace hadesk::drbd {
namespace {

// The rate is the remaining amount's slope over this window: long enough to smooth DRBD's
// bursts, short enough to follow a changed resync-rate.
constexpr double kRateWindowSeconds = 10;
constexpr qsizetype kHistoryPoints = 3600;
constexpr double kStallSeconds = 2;

// 8.4 names every connection "peer": with two replicas, the peer is the other node.
QString peerNodeOf(const QString& node, const Connection& c, const QStringList& holders)
{
    if (holders.contains(c.name))
        return c.name;
    if (holders.size() == 2)
        return holders.at(holders.first() == node ? 1 : 0);
    return c.name.isEmpty() ? QStringLiteral("peer %1").arg(c.peerNodeId) : c.name;
}

const PeerDevice* firstPeerDevice(const Connection* c)
{
    return c && !c->peerDevices.isEmpty() ? &c->peerDevices.first() : nullptr;
}

bool isPromotedRole(const QString& role)
{
    return role == u"Promoted" || role == u"Master";
}

} // namespace

Progress SyncTracker::sample(const QString& key, const PeerDevice& peer, qint64 deviceSizeKiB, double seconds)
{
    Track& track = m_tracks[key];
    const bool verify = peer.isVerify();
    if (!peer.isResync() && !verify) {
        track.active = false;
        return {};
    }
    if (!track.active || track.verify != verify) {
        track = {};
        track.active = true;
        track.verify = verify;
    }
    // Once DRBD has said how far it is, its figure stands until it says more: a status read that
    // lands just after the end, without "done:", must not swap in an estimate.
    if (peer.donePercent)
        track.lastDone = peer.donePercent;
    // A verify compares the whole device; DRBD says how far (status "done:"), or nothing is known.
    const qint64 remaining = verify ? qint64(deviceSizeKiB * (1.0 - track.lastDone.value_or(0) / 100.0))
                                    : peer.outOfSyncKiB;
    track.startKiB = std::max(track.startKiB, remaining);
    // More to do than before (a resync's bitmap still being set as it starts, or writes landing
    // on blocks not yet synced): the samples before say nothing of the rate from here on.
    if (!track.samples.isEmpty() && double(remaining) > track.samples.last().y())
        track.samples.clear();
    // The overview is rebuilt for any reason (a cluster change, another node's news): an
    // unchanged amount counts as a sample only once it has stood for a while, or a stall.
    // Nothing left (a verify waits for its last answers at 100 %) is no stall either.
    const bool added = track.samples.isEmpty() || track.samples.last().y() != double(remaining)
                       || (remaining > 0 && seconds - track.samples.last().x() >= kStallSeconds);
    if (added)
        track.samples.append({seconds, double(remaining)});
    while (track.samples.size() > 2 && seconds - track.samples.first().x() > kRateWindowSeconds)
        track.samples.removeFirst();

    Progress p;
    p.verify = verify;
    p.paused = peer.isPaused();
    p.remainingKiB = remaining;
    if (track.lastDone)
        p.percent = *track.lastDone;
    else if (!verify && track.startKiB > 0)
        p.percent = 100.0 * double(track.startKiB - remaining) / double(track.startKiB);
    if (track.samples.size() >= 2 && (!verify || track.lastDone)) {
        const QPointF first = track.samples.first(), last = track.samples.last();
        const double dt = last.x() - first.x();
        if (dt > 0) {
            p.rateKiBs = p.paused ? 0 : std::max(0.0, (first.y() - last.y()) / dt);
            if (added)
                track.history.append({seconds, p.rateKiBs});
            if (track.history.size() > kHistoryPoints)
                track.history.removeFirst();
        }
    }
    // Samples dropped because the amount grew: the last rate stands until there are new ones.
    if (p.rateKiBs >= 0)
        track.lastRate = p.rateKiBs;
    else if (!p.paused)
        p.rateKiBs = track.lastRate;
    if (p.rateKiBs > 0)
        p.etaSeconds = qint64(double(remaining) / p.rateKiBs + 0.5);
    return p;
}

const Replica* ResourceOverview::replica(const QString& node) const
{
    for (const Replica& r : replicas)
        if (r.node == node)
            return &r;
    return nullptr;
}

QStringList ResourceOverview::upToDateNodes(const QString& except) const
{
    QStringList nodes;
    for (const Replica& r : replicas)
        if (r.node != except && !r.disks.isEmpty() && std::all_of(r.disks.begin(), r.disks.end(), [](const QString& d) { return d == u"UpToDate"; }))
            nodes << r.node;
    return nodes;
}

std::pair<QString, QString> DrbdOverview::clusterResourceOf(const pcmk::ClusterState& cluster, const QString& drbdResource)
{
    for (const pcmk::Resource& r : cluster.resources) {
        if (r.kind != pcmk::ResourceKind::Primitive || r.provider != u"linbit" || r.type != u"drbd" ||
            r.instanceAttributes.value(QStringLiteral("drbd_resource")) != drbdResource)
            continue;
        const pcmk::Resource* parent = cluster.resource(r.parent);
        const bool promotable = parent && parent->kind == pcmk::ResourceKind::Promotable;
        return {r.id, promotable ? parent->id : QString()};
    }
    return {};
}

QList<ResourceOverview> DrbdOverview::build(const QMap<QString, NodeState>& nodes, const pcmk::ClusterState& cluster,
                                            SyncTracker& tracker, double seconds)
{
    QStringList names;
    for (const NodeState& state : nodes)
        for (const Resource& r : state.resources)
            if (!names.contains(r.name))
                names << r.name;
    std::sort(names.begin(), names.end());

    QList<ResourceOverview> overviews;
    for (const QString& name : std::as_const(names)) {
        ResourceOverview o;
        o.name = name;
        QStringList holders;
        for (auto it = nodes.begin(); it != nodes.end(); ++it)
            if (it->resource(name))
                holders << it.key();
        for (const QString& node : std::as_const(holders)) {
            const Resource& r = *nodes.value(node).resource(name);
            Replica replica{node, r.role, {}, r.suspended, r.splitBrain};
            for (const Device& d : r.devices)
                replica.disks << d.disk;
            o.replicas << replica;
        }

        // Links: one per pair of nodes, each side filled from that side's view.
        QMap<std::pair<QString, QString>, Link> links;
        // Per link, each side that reports a resync or verify: only one of them is sampled.
        struct Runner
        {
            QString node, peer, key;
            const PeerDevice* peerDevice;
            qint64 sizeKiB;
        };
        QMap<std::pair<QString, QString>, QList<Runner>> runners;
        for (const QString& node : std::as_const(holders)) {
            const Resource& r = *nodes.value(node).resource(name);
            QStringList peers;
            for (const Connection& c : r.connections)
                peers << peerNodeOf(node, c, holders);
            // 8.4 drops a StandAlone connection from the stream: the pair still exists.
            if (r.connections.isEmpty())
                for (const QString& other : std::as_const(holders))
                    if (other != node)
                        peers << other;
            for (qsizetype i = 0; i < peers.size(); ++i) {
                const Connection* c = i < r.connections.size() ? &r.connections.at(i) : nullptr;
                const QString& peer = peers.at(i);
                const bool first = node < peer;
                const std::pair pair = first ? std::pair{node, peer} : std::pair{peer, node};
                Link& link = links[pair];
                link.nodeA = pair.first;
                link.nodeB = pair.second;
                const PeerDevice* p = firstPeerDevice(c);
                (first ? link.stateA : link.stateB) = c ? c->state : QStringLiteral("StandAlone");
                (first ? link.replicationA : link.replicationB) = p ? p->replication : QStringLiteral("Off");
                (first ? link.peerDiskA : link.peerDiskB) = p ? p->peerDisk : QStringLiteral("DUnknown");
                if (p && !p->isResync())
                    link.outOfSyncKiB = std::max(link.outOfSyncKiB, p->outOfSyncKiB);
                if (p && (p->isResync() || p->isVerify())) {
                    const Device* d = r.device(p->volume);
                    runners[pair].append({node, peer, QStringLiteral("%1/%2/%3/%4").arg(node, name).arg(c->peerNodeId).arg(p->volume),
                                          p, d ? d->sizeKiB : 0});
                }
            }
        }
        // The sending side's numbers drive the progress (so one key follows one run); the other
        // side's only while the sender does not say it sends yet.
        for (auto it = runners.cbegin(); it != runners.cend(); ++it) {
            const auto sender = std::find_if(it->cbegin(), it->cend(), [](const Runner& r) { return r.peerDevice->isSource(); });
            const Runner& chosen = sender != it->cend() ? *sender : it->constFirst();
            for (const Runner& other : *it)
                if (other.key != chosen.key)
                    tracker.forget(other.key);
            Link& link = links[it.key()];
            link.progress = tracker.sample(chosen.key, *chosen.peerDevice, chosen.sizeKiB, seconds);
            link.progressKey = chosen.key;
            link.sourceNode = chosen.peerDevice->isSource() ? chosen.node : chosen.peer;
        }
        o.links = links.values();

        const auto [primitive, clone] = clusterResourceOf(cluster, name);
        o.clusterPrimitive = primitive;
        o.clusterResource = clone;
        if (const pcmk::Resource* p = cluster.resource(primitive))
            for (auto it = p->roleOn.begin(); it != p->roleOn.end(); ++it)
                if (isPromotedRole(it.value()))
                    o.promotedNode = it.key();
        for (const pcmk::Constraint& c : cluster.constraints) {
            if (c.kind != pcmk::ConstraintKind::Colocation || clone.isEmpty() ||
                c.attributes.value(QStringLiteral("with-rsc")) != clone)
                continue;
            const QString rsc = c.attributes.value(QStringLiteral("rsc"));
            o.stacked << rsc;
            if (const pcmk::Resource* group = cluster.resource(rsc))
                o.stacked << group->children;
        }

        // What an operator should know, worst first.
        QStringList primaries;
        for (const Replica& r : std::as_const(o.replicas)) {
            if (r.splitBrain)
                o.warnings << tr("Split brain on %1: its data and its peer's have diverged; choose the node whose "
                                 "changes are discarded and reconnect")
                                  .arg(r.node);
            if (r.suspended != u"no" && !r.suspended.isEmpty())
                o.warnings << tr("I/O is suspended on %1 (%2): writes wait until it is resumed").arg(r.node, r.suspended);
            if (r.role == u"Primary")
                primaries << r.node;
        }
        if (primaries.size() > 1)
            o.warnings << tr("Primary on %1 at once").arg(primaries.join(QStringLiteral(", ")));
        for (const Link& link : std::as_const(o.links)) {
            for (const auto& [node, state, peer] : {std::tuple{link.nodeA, link.stateA, link.nodeB},
                                                     std::tuple{link.nodeB, link.stateB, link.nodeA}})
                if (state == u"StandAlone")
                    o.warnings << tr("%1 is StandAlone: it does not replicate to %2 until connected again").arg(node, peer);
            if (link.progress && link.progress->paused)
                o.warnings << tr("The resync between %1 and %2 is paused").arg(link.nodeA, link.nodeB);
            if (link.connected() && !link.progress && link.outOfSyncKiB > 0)
                o.warnings << tr("%1 KiB differ between %2 and %3 (found by a verify): disconnect and connect to "
                                 "resync them")
                                  .arg(link.outOfSyncKiB)
                                  .arg(link.nodeA, link.nodeB);
        }
        bool syncing = false;
        for (const Link& link : std::as_const(o.links))
            syncing = syncing || (link.progress && !link.progress->verify);
        for (const Replica& r : std::as_const(o.replicas)) {
            if (r.disks.contains(QStringLiteral("Diskless")))
                o.warnings << tr("%1 has no disk (Diskless): it reads and writes through its peer").arg(r.node);
            if (r.disks.contains(QStringLiteral("Outdated")))
                o.warnings << tr("%1's data is Outdated: it cannot take over until it has resynced").arg(r.node);
            if (r.disks.contains(QStringLiteral("Inconsistent")) && !syncing)
                o.warnings << tr("%1's data is Inconsistent and no resync runs").arg(r.node);
        }
        const QStringList upToDate = o.upToDateNodes();
        if (o.replicas.size() > 1 && upToDate.size() == 1)
            o.warnings << tr("Only %1 holds UpToDate data").arg(upToDate.first());
        else if (!o.replicas.isEmpty() && upToDate.isEmpty())
            o.warnings << tr("No node holds UpToDate data");
        overviews << o;
    }
    return overviews;
}

QString DrbdOverview::rateText(double kiBs)
{
    return kiBs < 0 ? QStringLiteral("?") : tr("%1 MiB/s").arg(kiBs / 1024.0, 0, 'f', 1);
}

QString DrbdOverview::etaText(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("?");
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString DrbdOverview::progressBarText(const Progress& p)
{
    const QString percent = p.percent < 0 ? QStringLiteral("?") : QString::number(p.percent, 'f', 1);
    QString text = tr("%1 % · %2 · ETA %3").arg(percent, rateText(p.rateKiBs), etaText(p.etaSeconds));
    if (p.verify)
        text = tr("verify %1").arg(text);
    return p.paused ? tr("%1 (paused)").arg(text) : text;
}

QString DrbdOverview::progressText(const Link& link)
{
    const Progress& p = *link.progress;
    const QString percent = p.percent < 0 ? QStringLiteral("?") : QString::number(p.percent, 'f', 1);
    QString text = p.verify ? tr("verify from %1: %2 %, %3, ETA %4") : tr("resync from %1: %2 %, %3, ETA %4");
    text = text.arg(link.sourceNode, percent, rateText(p.rateKiBs), etaText(p.etaSeconds));
    return p.paused ? tr("%1 (paused)").arg(text) : text;
}

} // namespace hadesk::drbd
