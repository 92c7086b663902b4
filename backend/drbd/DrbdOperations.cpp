#include "backend/drbd/DrbdOperations.h"

#include <QRegularExpression>

namespace hadesk::drbd {
namespace {

struct ActionInfo
{
    Action action;
    const char* name;
    QStringList drbdadm; // the words before the resource
};

const QList<ActionInfo>& actionTable()
{
    static const QList<ActionInfo> table{
        {Action::Primary, "primary", {QStringLiteral("primary")}},
        {Action::ForcePrimary, "force-primary", {QStringLiteral("primary"), QStringLiteral("--force")}},
        {Action::Secondary, "secondary", {QStringLiteral("secondary")}},
        {Action::Connect, "connect", {QStringLiteral("connect")}},
        {Action::Disconnect, "disconnect", {QStringLiteral("disconnect")}},
        {Action::Attach, "attach", {QStringLiteral("attach")}},
        {Action::Detach, "detach", {QStringLiteral("detach")}},
        {Action::Adjust, "adjust", {QStringLiteral("adjust")}},
        {Action::Verify, "verify", {QStringLiteral("verify")}},
        {Action::Invalidate, "invalidate", {QStringLiteral("invalidate")}},
        {Action::InvalidateRemote, "invalidate-remote", {QStringLiteral("invalidate-remote")}},
        {Action::PauseSync, "pause-sync", {QStringLiteral("pause-sync")}},
        {Action::ResumeSync, "resume-sync", {QStringLiteral("resume-sync")}},
        {Action::DiscardMyData, "discard-my-data", {QStringLiteral("connect"), QStringLiteral("--discard-my-data")}},
    };
    return table;
}

const ActionInfo& infoOf(Action action)
{
    for (const ActionInfo& info : actionTable())
        if (info.action == action)
            return info;
    Q_UNREACHABLE();
}

// Who holds UpToDate data once the action is done (as far as can be told beforehand).
QStringList upToDateAfter(Action action, const QString& node, const ResourceOverview& o)
{
    const QStringList now = o.upToDateNodes();
    switch (action) {
    case Action::Detach:
    case Action::Invalidate:
    case Action::DiscardMyData:
        return o.upToDateNodes(node);
    case Action::InvalidateRemote:
        return now.contains(node) ? QStringList{node} : QStringList{};
    case Action::Disconnect: {
        // Writes go on on the primary alone: a secondary's copy falls behind at the next write.
        QStringList primaries;
        for (const Replica& r : o.replicas)
            if (r.role == u"Primary" && now.contains(r.node))
                primaries << r.node;
        if (primaries.isEmpty())
            return now;
        const Replica* self = o.replica(node);
        return self && self->role == u"Primary" ? QStringList{node} : primaries;
    }
    default:
        return now;
    }
}

} // namespace

std::optional<Action> DrbdOperations::actionNamed(const QString& name)
{
    for (const ActionInfo& info : actionTable())
        if (name == QLatin1String(info.name))
            return info.action;
    return std::nullopt;
}

QString DrbdOperations::nameOf(Action action)
{
    return QLatin1String(infoOf(action).name);
}

QStringList DrbdOperations::actionNames()
{
    QStringList names;
    for (const ActionInfo& info : actionTable())
        names << QLatin1String(info.name);
    return names;
}

bool DrbdOperations::isValidResourceName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

std::optional<DrbdAction> DrbdOperations::command(Action action, const QString& node, const QString& resource,
                                                  QString* error)
{
    if (!isValidResourceName(resource)) {
        *error = tr("'%1' is not a DRBD resource name").arg(resource);
        return std::nullopt;
    }
    DrbdAction a;
    a.action = action;
    a.node = node;
    a.resource = resource;
    // "--" ends drbdadm's options: what follows is only ever the resource.
    a.argv = QStringList{QStringLiteral("drbdadm")} + infoOf(action).drbdadm + QStringList{QStringLiteral("--"), resource};
    a.summary = tr("drbdadm %1 %2 on %3").arg(infoOf(action).drbdadm.join(u' '), resource, node);
    return a;
}

std::optional<DrbdAction> DrbdOperations::plan(Action action, const QString& node, const QString& resource,
                                               const ResourceOverview& overview, QString* error)
{
    auto planned = command(action, node, resource, error);
    if (!planned)
        return std::nullopt;
    DrbdAction& a = *planned;
    const Replica* self = overview.replica(node);
    if (!self) {
        *error = tr("%1 has no DRBD resource %2").arg(node, resource);
        return std::nullopt;
    }
    const bool promotion = action == Action::Primary || action == Action::ForcePrimary || action == Action::Secondary;
    if (promotion && !overview.clusterResource.isEmpty()) {
        a.refusal = tr("Pacemaker runs %1 as %2: promote it through the cluster (move the promoted role to the node), "
                       "not with drbdadm behind the cluster's back")
                        .arg(resource, overview.clusterResource);
        return planned;
    }
    if (action == Action::ForcePrimary) {
        a.risks << tr("Forcing %1 primary makes its data the valid copy whatever its state (%2): changes only the "
                      "other nodes have are lost when they connect")
                       .arg(node, self->disks.join(QStringLiteral(", ")));
    }
    if (action == Action::DiscardMyData)
        a.risks << tr("%1's changes since the split are discarded; it resyncs from its peer").arg(node);
    if (!overview.clusterResource.isEmpty() &&
        (action == Action::Disconnect || action == Action::Detach || action == Action::Invalidate))
        a.risks << tr("Pacemaker runs %1 as %2 and may react to this").arg(resource, overview.clusterResource);
    const QStringList before = overview.upToDateNodes();
    const QStringList after = upToDateAfter(action, node, overview);
    if (after.isEmpty() && !before.isEmpty())
        a.risks << tr("No node would hold UpToDate data of %1 afterwards").arg(resource);
    else if (after.size() == 1 && before.size() > 1)
        a.risks << tr("Only %1 would hold UpToDate data of %2 afterwards").arg(after.first(), resource);
    return planned;
}

std::optional<QList<DrbdAction>> DrbdOperations::splitBrainRecovery(const ResourceOverview& overview,
                                                                    const QString& victim, QString* error)
{
    const Replica* self = overview.replica(victim);
    if (!self) {
        *error = tr("%1 has no DRBD resource %2").arg(victim, overview.name);
        return std::nullopt;
    }
    if (!overview.clusterResource.isEmpty() && overview.promotedNode == victim) {
        *error = tr("%1 is where Pacemaker has promoted %2: move the promoted role away before discarding its data")
                     .arg(victim, overview.clusterResource);
        return std::nullopt;
    }
    const QStringList survivors = overview.upToDateNodes(victim);
    if (survivors.isEmpty()) {
        *error = tr("No node but %1 holds UpToDate data of %2: nothing to resync from").arg(victim, overview.name);
        return std::nullopt;
    }
    // Whether a side of a link is StandAlone.
    auto standAlone = [&](const QString& node) {
        for (const Link& l : overview.links)
            if ((l.nodeA == node && l.stateA == u"StandAlone") || (l.nodeB == node && l.stateB == u"StandAlone"))
                return true;
        return false;
    };
    // The recovery as a whole is what the operator confirms: the steps carry no risks of their own.
    QList<std::pair<Action, QString>> order;
    if (!standAlone(victim))
        order.append({Action::Disconnect, victim});
    if (self->role == u"Primary")
        order.append({Action::Secondary, victim});
    order.append({Action::DiscardMyData, victim});
    // The others connect too: a side that was still connecting when this was planned may have
    // gone StandAlone since (connecting one that is connecting already is harmless).
    for (const Replica& r : overview.replicas)
        if (r.node != victim)
            order.append({Action::Connect, r.node});
    QList<DrbdAction> steps;
    for (const auto& [action, node] : std::as_const(order)) {
        const auto step = command(action, node, overview.name, error);
        if (!step)
            return std::nullopt;
        steps << *step;
    }
    return steps;
}

} // namespace hadesk::drbd
