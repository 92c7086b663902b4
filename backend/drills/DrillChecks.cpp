#include "backend/drills/DrillChecks.h"

#include "backend/drbd/DrbdOverview.h"
#include "backend/haproxy/RuntimeState.h"
#include "backend/pacemaker/ClusterState.h"

#include <QRegularExpression>

namespace hadesk::drills {

QList<SafetyCheck> DrillChecks::run(const QList<ResolvedFault>& faults, const pcmk::ClusterState& state,
                                    const QList<drbd::ResourceOverview>& drbd,
                                    const QMap<QString, haproxy::RuntimeState>& haproxyByNode)
{
    QList<SafetyCheck> checks;
    checks.append({tr("quorum"), state.hasQuorum,
                   state.hasQuorum ? tr("the partition the console reads has quorum") : tr("the cluster has no quorum")});

    QStringList failures;
    for (const pcmk::FailedAction& f : state.failures)
        failures << tr("%1 %2 on %3").arg(f.resource, f.operation, f.node);
    checks.append({tr("no failed actions"), failures.isEmpty(),
                   failures.isEmpty() ? tr("none") : tr("clean these up first: %1").arg(failures.join(QStringLiteral(", ")))});

    QStringList pending;
    for (const pcmk::PendingAction& p : state.pending)
        pending << tr("%1 %2 on %3").arg(p.resource, p.operation, p.node);
    checks.append({tr("nothing in transition"), pending.isEmpty(),
                   pending.isEmpty() ? tr("no action pending") : tr("still pending: %1").arg(pending.join(QStringLiteral(", ")))});

    QStringList maintenance;
    if (state.properties.value(QStringLiteral("maintenance-mode")) == u"true")
        maintenance << tr("the cluster");
    for (const pcmk::Node& n : state.nodes)
        if (n.maintenance)
            maintenance << n.name;
    checks.append({tr("not in maintenance"), maintenance.isEmpty(),
                   maintenance.isEmpty() ? tr("the cluster manages its resources")
                                         : tr("in maintenance: %1").arg(maintenance.join(QStringLiteral(", ")))});

    QStringList nodesDown;
    for (const pcmk::Node& n : state.nodes)
        if (n.isClusterMember() && (!n.online || n.standby || n.unclean || n.pending))
            nodesDown << n.name;
    checks.append({tr("every node online"), nodesDown.isEmpty(),
                   nodesDown.isEmpty() ? tr("all %1 member nodes online and active").arg(state.nodes.size())
                                       : tr("not online and active: %1").arg(nodesDown.join(QStringLiteral(", ")))});

    const bool fences = std::any_of(faults.cbegin(), faults.cend(), [](const ResolvedFault& f) { return f.fences; });
    if (fences) {
        const bool enabled = state.properties.value(QStringLiteral("stonith-enabled"), QStringLiteral("true")) != u"false";
        const bool device = std::any_of(state.resources.cbegin(), state.resources.cend(), [](const pcmk::Resource& r) {
            return r.agentClass == u"stonith" && !r.activeOn.isEmpty();
        });
        checks.append({tr("fencing"), enabled && device,
                       !enabled  ? tr("stonith-enabled is false: a lost node would not be fenced")
                       : !device ? tr("no fence device runs")
                                 : tr("enabled, with a fence device running")});
    }

    QStringList notUpToDate;
    for (const drbd::ResourceOverview& r : drbd)
        if (!r.whole())
            notUpToDate << r.name;
    if (!drbd.isEmpty())
        checks.append({tr("DRBD peers UpToDate"), notUpToDate.isEmpty(),
                       notUpToDate.isEmpty() ? tr("every replica UpToDate")
                                             : tr("not every replica UpToDate: %1").arg(notUpToDate.join(QStringLiteral(", ")))});

    // What each fault takes away must leave a copy behind.
    for (const ResolvedFault& fault : faults) {
        using K = FaultSpec::Kind;
        const FaultSpec& spec = fault.spec;
        if (spec.kind == K::Switchover || spec.kind == K::NodeCrash || (spec.kind == K::Partition && spec.segment == u"all")) {
            QStringList others;
            for (const pcmk::Node& n : state.nodes)
                if (n.isClusterMember() && n.online && !n.standby && n.name != fault.target)
                    others << n.name;
            checks.append({tr("a node to take over from %1").arg(fault.target), !others.isEmpty(),
                           others.isEmpty() ? tr("no other node is online and active: the services would have no copy")
                                            : tr("%1 can take over").arg(others.join(QStringLiteral(", ")))});
        }
        if (spec.kind == K::HaproxyLoss) {
            QStringList serving;
            for (auto it = haproxyByNode.cbegin(); it != haproxyByNode.cend(); ++it)
                if (it.key() != spec.node && !it->frontends.isEmpty())
                    serving << it.key();
            checks.append({tr("another HAProxy besides %1").arg(spec.node), !serving.isEmpty(),
                           serving.isEmpty() ? tr("no other node's HAProxy answers: the frontends would have no copy")
                                             : tr("HAProxy answers on %1").arg(serving.join(QStringLiteral(", ")))});
        }
        if (spec.kind == K::DrbdDisconnect) {
            const auto it = std::find_if(drbd.cbegin(), drbd.cend(),
                                         [&](const drbd::ResourceOverview& r) { return r.name == spec.drbd; });
            const bool primary = it != drbd.cend() && !it->promotedNode.isEmpty();
            checks.append({tr("%1 has a primary").arg(spec.drbd), primary,
                           primary ? tr("Primary on %1").arg(it->promotedNode) : tr("no node is Primary")});
        }
    }
    return checks;
}

bool DrillChecks::allPassed(const QList<SafetyCheck>& checks)
{
    return std::all_of(checks.cbegin(), checks.cend(), [](const SafetyCheck& c) { return c.passed; });
}

bool DrillChecks::replicationSettled(const QList<drbd::ResourceOverview>& before, const QList<drbd::ResourceOverview>& now,
                                     QString* why)
{
    for (const drbd::ResourceOverview& was : before) {
        if (!was.whole())
            continue; // it was not whole before the drill: the drill cannot be asked to make it so
        const auto it = std::find_if(now.cbegin(), now.cend(), [&](const drbd::ResourceOverview& r) { return r.name == was.name; });
        if (it == now.cend() || it->replicas.size() < was.replicas.size()) {
            *why = tr("DRBD %1 is not seen on every node again").arg(was.name);
            return false;
        }
        for (const drbd::Replica& replica : it->replicas)
            if (replica.splitBrain) {
                *why = tr("DRBD %1: split brain on %2").arg(was.name, replica.node);
                return false;
            }
        for (const drbd::Link& link : it->links)
            if (!link.connected()) {
                *why = tr("DRBD %1 is not connected between %2 and %3").arg(was.name, link.nodeA, link.nodeB);
                return false;
            }
        if (!it->whole()) {
            *why = tr("DRBD %1 is not UpToDate everywhere yet").arg(was.name);
            return false;
        }
    }
    return true;
}

bool DrillChecks::settled(const pcmk::ClusterState& before, const pcmk::ClusterState& now, QString* why)
{
    if (!now.pending.isEmpty()) {
        *why = tr("%n action(s) pending", nullptr, int(now.pending.size()));
        return false;
    }
    for (const pcmk::Node& was : before.nodes) {
        const pcmk::Node* n = now.node(was.name);
        if (was.isClusterMember() && was.online && (!n || !n->online || n->standby || n->unclean)) {
            *why = tr("%1 is not back online").arg(was.name);
            return false;
        }
    }
    // Every resource, a group's members too: a group counts as running while one member does.
    for (const pcmk::Resource& r : before.resources) {
        if (r.activeOn.isEmpty())
            continue;
        const pcmk::Resource* after = now.resource(r.id);
        if (!after || after->activeOn.size() < r.activeOn.size()) {
            *why = tr("%1 does not run everywhere it ran").arg(r.id);
            return false;
        }
    }
    if (!now.failures.isEmpty()) {
        *why = tr("failed actions are left");
        return false;
    }
    return true;
}

// The configuration as lines to compare: the counters Pacemaker bumps by itself are left out.
QStringList DrillChecks::configurationLines(const QByteArray& xml)
{
    QStringList lines;
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    auto it = tag.globalMatch(QString::fromUtf8(xml));
    while (it.hasNext()) {
        const QString t = it.next().captured(0).simplified();
        // What Pacemaker writes by itself: the last refresh, and what the DC records when it is
        // elected (a fresh configuration has none until the first election after it).
        static const QRegularExpression own(QStringLiteral(
            "name=\"(last-lrm-refresh|dc-version|cluster-infrastructure|cluster-name|have-watchdog)\""));
        if (t.startsWith(QLatin1String("<nvpair")) && own.match(t).hasMatch())
            continue;
        // The wrapper the drill's alert needed, left empty when it is removed, says nothing.
        if (t == u"<alerts>" || t == u"</alerts>" || t == u"<alerts/>")
            continue;
        lines << t;
    }
    return lines;
}

namespace {

// What differs, as "-" (before only) and "+" (after only) lines, in the order they appear.
QStringList difference(const QStringList& before, const QStringList& after)
{
    QStringList out;
    QMultiHash<QString, int> inAfter, inBefore;
    for (int i = 0; i < after.size(); ++i)
        inAfter.insert(after.at(i), i);
    for (int i = 0; i < before.size(); ++i)
        inBefore.insert(before.at(i), i);
    QHash<QString, int> seenBefore, seenAfter;
    for (const QString& line : before)
        if (++seenBefore[line] > int(inAfter.count(line)))
            out << u'-' + line;
    for (const QString& line : after)
        if (++seenAfter[line] > int(inBefore.count(line)))
            out << u'+' + line;
    return out;
}

} // namespace

QStringList DrillChecks::configurationDifference(const QByteArray& before, const QByteArray& after)
{
    return difference(configurationLines(before), configurationLines(after));
}

} // namespace hadesk::drills
