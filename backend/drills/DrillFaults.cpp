#include "backend/drills/DrillFaults.h"

#include "backend/drbd/DrbdOverview.h"
#include "backend/network/NetworkModel.h"
#include "backend/pacemaker/ClusterState.h"

#include <QRegularExpression>

namespace hadesk::drills {
namespace {

// Run as: sh -c SCRIPT hadesk-partition SECONDS INTERFACE...: arms the dead-man timer first (it
// heals the node after SECONDS whatever happens to the console), then drops every packet in and
// out of the interfaces (iptables, and ip6tables where the node has IPv6 filtering) a moment
// later in the background, so that this command's answer leaves before the cut does.
constexpr char kPartitionScript[] = R"sh(set -eu
seconds=$1
shift
for i in "$@"; do ip link show dev "$i" >/dev/null; done
command -v iptables >/dev/null || { echo "iptables is not installed on this node" >&2; exit 1; }
heal='for t in iptables ip6tables; do command -v $t >/dev/null || continue
$t -w -D INPUT -j hadesk-drill-in; $t -w -D FORWARD -j hadesk-drill-in; $t -w -D OUTPUT -j hadesk-drill-out
$t -w -F hadesk-drill-in; $t -w -X hadesk-drill-in; $t -w -F hadesk-drill-out; $t -w -X hadesk-drill-out
done 2>/dev/null; rm -f /run/hadesk-drill-deadman.pid'
chains() {
  $1 -w -N hadesk-drill-in && $1 -w -N hadesk-drill-out || return 1
  for i in "$@"; do
    [ "$i" = "$1" ] && continue
    $1 -w -A hadesk-drill-in -i "$i" -j DROP && $1 -w -A hadesk-drill-out -o "$i" -j DROP || return 1
  done
}
sh -c "$heal" # what an earlier drill may have left
setsid sh -c "sleep \"\$0\"; $heal" "$seconds" </dev/null >/dev/null 2>&1 &
echo $! >/run/hadesk-drill-deadman.pid
chains iptables "$@" || { sh -c "$heal"; exit 1; }
ipv6=no
if command -v ip6tables >/dev/null && chains ip6tables "$@" 2>/dev/null; then ipv6=yes; fi
setsid sh -c 'sleep 0.3
for t in iptables ip6tables; do
  [ "$t" = ip6tables ] && [ "$0" = no ] && continue
  $t -w -I INPUT 1 -j hadesk-drill-in; $t -w -I FORWARD 1 -j hadesk-drill-in; $t -w -I OUTPUT 1 -j hadesk-drill-out
done' "$ipv6" </dev/null >/dev/null 2>&1 &
echo "cut in 0.3 s; heals by itself in $seconds s"
)sh";

// Run as: sh -c SCRIPT hadesk-heal INTERFACE...
constexpr char kHealScript[] = R"sh(for t in iptables ip6tables; do command -v $t >/dev/null || continue
$t -w -D INPUT -j hadesk-drill-in; $t -w -D FORWARD -j hadesk-drill-in; $t -w -D OUTPUT -j hadesk-drill-out
$t -w -F hadesk-drill-in; $t -w -X hadesk-drill-in; $t -w -F hadesk-drill-out; $t -w -X hadesk-drill-out
done 2>/dev/null
if [ -f /run/hadesk-drill-deadman.pid ]; then kill "$(cat /run/hadesk-drill-deadman.pid)" 2>/dev/null; rm -f /run/hadesk-drill-deadman.pid; fi
if iptables -w -S hadesk-drill-in >/dev/null 2>&1; then echo "the filter is still there" >&2; exit 1; fi
true
)sh";

QString holderOf(const pcmk::ClusterState& state, const QString& resource, QString* error)
{
    const pcmk::Resource* r = state.resource(resource);
    if (!r) {
        *error = FaultResolver::tr("the cluster has no resource %1").arg(resource);
        return {};
    }
    if (r->activeOn.isEmpty()) {
        *error = FaultResolver::tr("%1 runs nowhere: there is nothing to fail over").arg(resource);
        return {};
    }
    // A promotable clone's promoted instance is the one clients depend on.
    for (const QString& child : r->children) {
        const pcmk::Resource* c = state.resource(child);
        if (c && c->role == u"Promoted" && !c->activeOn.isEmpty())
            return c->activeOn.first();
    }
    return r->activeOn.first();
}

// The primitive whose monitor a failure is injected into: the resource itself, or a clone's or
// group's first primitive.
const pcmk::Resource* primitiveOf(const pcmk::ClusterState& state, const QString& resource)
{
    const pcmk::Resource* r = state.resource(resource);
    while (r && r->kind != pcmk::ResourceKind::Primitive && !r->children.isEmpty())
        r = state.resource(r->children.first());
    return r && r->kind == pcmk::ResourceKind::Primitive ? r : nullptr;
}

QString monitorFailure(const pcmk::ClusterState& state, const QString& resource, const QString& node, int rc)
{
    const pcmk::Resource* primitive = primitiveOf(state, resource);
    if (!primitive)
        return {};
    for (const pcmk::Operation& op : primitive->operations) {
        const qint64 ms = FaultResolver::intervalMs(op.interval);
        if (op.name == u"monitor" && ms > 0 && op.role != u"Promoted" && op.role != u"Master")
            return QStringLiteral("%1_monitor_%2@%3=%4").arg(primitive->id).arg(ms).arg(node).arg(rc);
    }
    return {};
}

FaultCommand cleanupOn(const QString& actor, const QString& resource, const QString& node)
{
    return {actor,
            {QStringLiteral("crm_resource"), QStringLiteral("--cleanup"), QStringLiteral("--resource"), resource,
             QStringLiteral("--node"), node},
            true};
}

// A member node, online and not in standby, other than the one given.
QString otherActiveNode(const pcmk::ClusterState& state, const QString& besides)
{
    for (const pcmk::Node& n : state.nodes)
        if (n.isClusterMember() && n.online && !n.standby && !n.unclean && n.name != besides)
            return n.name;
    return {};
}

// For pkill's POSIX extended regular expression: only its own special characters are escaped
// (QRegularExpression::escape's "\/" and "\ " are undefined there).
QString ereEscape(const QString& text)
{
    static const QString special = QStringLiteral(".[]()*+?{}|^$\\");
    QString out;
    for (const QChar c : text) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

} // namespace

qint64 FaultResolver::intervalMs(const QString& interval)
{
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d+)\\s*(ms|msec|s|sec|m|min|h|hr)?\\s*$"));
    const QRegularExpressionMatch match = form.match(interval);
    if (!match.hasMatch())
        return -1;
    const qint64 value = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    if (unit.startsWith(u'm') && unit != u"m" && unit != u"min")
        return value;
    if (unit == u"m" || unit == u"min")
        return value * 60000;
    if (unit.startsWith(u'h'))
        return value * 3600000;
    return value * 1000;
}

QString FaultResolver::processPatternOf(const pcmk::ClusterState& state, const QString& resource)
{
    const pcmk::Resource* primitive = primitiveOf(state, resource);
    if (!primitive)
        return {};
    if (primitive->type == u"anything") {
        const QString binfile = primitive->instanceAttributes.value(QStringLiteral("binfile"));
        const QString options = primitive->instanceAttributes.value(QStringLiteral("cmdline_options"));
        if (binfile.isEmpty())
            return {};
        return u'^' + ereEscape(options.isEmpty() ? binfile : binfile + u' ' + options);
    }
    if (primitive->agentClass == u"lsb" || primitive->agentClass == u"systemd" || primitive->agentClass == u"service")
        return QStringLiteral("(^|/)%1( |$)").arg(ereEscape(primitive->type));
    return {};
}

std::optional<ResolvedFault> FaultResolver::resolve(const FaultSpec& spec, const pcmk::ClusterState& state,
                                                    const net::NetworkPicture& network,
                                                    const QList<drbd::ResourceOverview>& drbd, const QString& actor,
                                                    int deadManSeconds, QString* error)
{
    using K = FaultSpec::Kind;
    ResolvedFault fault;
    fault.spec = spec;
    const auto nodeKnown = [&](const QString& node) {
        const pcmk::Node* n = state.node(node);
        if (!n || !n->isClusterMember()) {
            *error = tr("the cluster has no node %1").arg(node);
            return false;
        }
        return true;
    };
    switch (spec.kind) {
    case K::Switchover: {
        fault.target = holderOf(state, spec.resource, error);
        if (fault.target.isEmpty())
            return std::nullopt;
        const QStringList standby{QStringLiteral("crm_attribute"), QStringLiteral("--node"), fault.target,
                                  QStringLiteral("--name"), QStringLiteral("standby"), QStringLiteral("--lifetime"),
                                  QStringLiteral("reboot")};
        fault.title = tr("standby %1 (runs %2)").arg(fault.target, spec.resource);
        // Until the node's next reboot only: a drill never leaves a standby in the configuration.
        fault.inject = {{actor, standby + QStringList{QStringLiteral("--update"), QStringLiteral("on")}}};
        fault.undo = {{actor, standby + QStringList{QStringLiteral("--delete")}, true}};
        fault.simulateEdit = standby + QStringList{QStringLiteral("--update"), QStringLiteral("on")};
        break;
    }
    case K::NodeCrash: {
        fault.target = holderOf(state, spec.resource, error);
        if (fault.target.isEmpty())
            return std::nullopt;
        const QString fencer = actor != fault.target ? actor : otherActiveNode(state, fault.target);
        if (fencer.isEmpty()) {
            *error = tr("no other node is left to fence %1 from").arg(fault.target);
            return std::nullopt;
        }
        fault.title = tr("fence %1 (runs %2)").arg(fault.target, spec.resource);
        fault.inject = {{fencer, {QStringLiteral("stonith_admin"), QStringLiteral("--reboot"), fault.target,
                                  QStringLiteral("--timeout"), QStringLiteral("120")}}};
        fault.simulateArgs = {QStringLiteral("--node-fail"), fault.target};
        fault.fences = true;
        fault.takesNodeDown = true;
        break;
    }
    case K::Partition: {
        if (!nodeKnown(spec.node))
            return std::nullopt;
        fault.target = spec.node;
        QStringList interfaces;
        for (const net::Segment& segment : network.segments) {
            if (spec.segment != u"all" && segment.role != spec.segment && segment.subnet != spec.segment)
                continue;
            const QString interface = segment.interfaceOn.value(spec.node);
            if (!interface.isEmpty() && !interfaces.contains(interface))
                interfaces << interface;
        }
        if (interfaces.isEmpty()) {
            *error = spec.segment == u"all"
                         ? tr("%1 has no interface on any segment the console knows").arg(spec.node)
                         : tr("%1 has no interface on a segment with the role %2 (name the segments' roles first)")
                               .arg(spec.node, spec.segment);
            return std::nullopt;
        }
        interfaces.sort();
        fault.title = tr("cut %1 off %2 (%3)").arg(spec.node, spec.segment, interfaces.join(QStringLiteral(", ")));
        fault.inject = {{spec.node,
                         QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kPartitionScript),
                                     QStringLiteral("hadesk-partition"), QString::number(deadManSeconds)} +
                             interfaces}};
        fault.undo = {{spec.node,
                       QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kHealScript),
                                   QStringLiteral("hadesk-heal")} +
                           interfaces}};
        fault.cutsConsoleOff = true;
        fault.fences = spec.segment == u"all";
        if (spec.segment == u"all")
            fault.simulateArgs = {QStringLiteral("--node-fail"), spec.node};
        else
            fault.noSimulation = tr("Pacemaker's simulator cannot cut one link: Corosync decides whether the node "
                                    "stays a member over its other links");
        break;
    }
    case K::ServiceKill: {
        fault.target = holderOf(state, spec.resource, error);
        if (fault.target.isEmpty())
            return std::nullopt;
        const QString pattern = spec.process.isEmpty() ? processPatternOf(state, spec.resource) : spec.process;
        if (pattern.isEmpty()) {
            *error = tr("cannot tell which process is %1's from its agent: give the process (a pkill -f pattern)")
                         .arg(spec.resource);
            return std::nullopt;
        }
        fault.title = tr("kill -9 %1's process on %2").arg(spec.resource, fault.target);
        fault.inject = {{fault.target, {QStringLiteral("pkill"), QStringLiteral("--signal"), QStringLiteral("KILL"),
                                        QStringLiteral("--full"), QStringLiteral("--"), pattern}}};
        fault.undo = {cleanupOn(actor, spec.resource, fault.target)};
        fault.cleanup = {spec.resource};
        fault.simulateArgs = {QStringLiteral("--op-fail"), monitorFailure(state, spec.resource, fault.target, 7)};
        break;
    }
    case K::MonitorFail: {
        fault.target = holderOf(state, spec.resource, error);
        if (fault.target.isEmpty())
            return std::nullopt;
        fault.title = tr("fail %1's monitor on %2").arg(spec.resource, fault.target);
        fault.inject = {{actor, {QStringLiteral("crm_resource"), QStringLiteral("--fail"), QStringLiteral("--resource"),
                                 spec.resource, QStringLiteral("--node"), fault.target}}};
        fault.undo = {cleanupOn(actor, spec.resource, fault.target)};
        fault.cleanup = {spec.resource};
        fault.simulateArgs = {QStringLiteral("--op-fail"), monitorFailure(state, spec.resource, fault.target, 1)};
        break;
    }
    case K::HaproxyLoss: {
        if (!nodeKnown(spec.node))
            return std::nullopt;
        fault.target = spec.node;
        QString resource;
        for (const pcmk::Resource& r : state.resources)
            if (r.kind == pcmk::ResourceKind::Primitive && r.type == u"haproxy" && r.activeOn.contains(spec.node))
                resource = r.id;
        fault.title = tr("stop HAProxy on %1").arg(spec.node);
        // SIGTERM is HAProxy's hard stop: what an operator's "stop" or a crash leaves clients with.
        fault.inject = {{spec.node, {QStringLiteral("pkill"), QStringLiteral("--signal"), QStringLiteral("TERM"),
                                     QStringLiteral("--exact"), QStringLiteral("haproxy")}}};
        if (!resource.isEmpty()) {
            fault.undo = {cleanupOn(actor, resource, spec.node)};
            fault.cleanup = {resource};
            fault.simulateArgs = {QStringLiteral("--op-fail"), monitorFailure(state, resource, spec.node, 7)};
        } else {
            // Not the cluster's: started again by hand.
            fault.undo = {{spec.node, {QStringLiteral("systemctl"), QStringLiteral("start"), QStringLiteral("haproxy")}}};
            fault.noSimulation = tr("HAProxy on %1 is not a cluster resource").arg(spec.node);
        }
        break;
    }
    case K::DrbdDisconnect: {
        const auto it = std::find_if(drbd.cbegin(), drbd.cend(),
                                     [&](const drbd::ResourceOverview& r) { return r.name == spec.drbd; });
        if (it == drbd.cend() || it->replicas.isEmpty()) {
            *error = tr("no node reports the DRBD resource %1").arg(spec.drbd);
            return std::nullopt;
        }
        fault.target = spec.node.isEmpty() ? it->replicas.first().node : spec.node;
        fault.title = tr("disconnect DRBD %1 on %2").arg(spec.drbd, fault.target);
        fault.inject = {{fault.target, {QStringLiteral("drbdadm"), QStringLiteral("disconnect"), spec.drbd}}};
        fault.undo = {{fault.target, {QStringLiteral("drbdadm"), QStringLiteral("connect"), spec.drbd}}};
        fault.noSimulation = tr("a replication link is DRBD's, not Pacemaker's: nothing to simulate");
        break;
    }
    case K::Command:
        fault.title = tr("run %1").arg(spec.inject.join(u' '));
        fault.inject = {{{}, spec.inject}};
        fault.undo = {{{}, spec.undo}};
        fault.fences = false;
        if (spec.node.isEmpty()) {
            fault.noSimulation = tr("a command run on the console's machine: Pacemaker cannot know what it does");
            break;
        }
        // The node the command takes down (its power cut, say): simulated as that node failing,
        // and the cluster may fence it.
        if (!state.node(spec.node) || !state.node(spec.node)->isClusterMember()) {
            *error = tr("%1 is not a node of the cluster").arg(spec.node);
            return std::nullopt;
        }
        fault.target = spec.node;
        fault.title = tr("run %1 (takes %2 down)").arg(spec.inject.join(u' '), spec.node);
        fault.simulateArgs = {QStringLiteral("--node-fail"), spec.node};
        fault.takesNodeDown = true;
        break;
    }
    if (!fault.simulateArgs.isEmpty() && fault.simulateArgs.last().isEmpty()) {
        fault.simulateArgs.clear();
        fault.noSimulation = tr("%1 has no monitor to fail").arg(spec.resource);
    }
    return fault;
}

} // namespace hadesk::drills
