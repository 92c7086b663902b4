#include "backend/pacemaker/StatusJson.h"

#include <QJsonArray>

namespace hadesk::pcmk {
namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject stringMap(const QMap<QString, QString>& values)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

QJsonObject statusJson(const ClusterState& state)
{
    QJsonArray nodes;
    for (const Node& node : state.nodes)
        nodes.append(QJsonObject{{QStringLiteral("name"), node.name},
                                 {QStringLiteral("online"), node.online},
                                 {QStringLiteral("standby"), node.standby},
                                 {QStringLiteral("maintenance"), node.maintenance},
                                 {QStringLiteral("type"), node.type},
                                 {QStringLiteral("dc"), node.isDc},
                                 {QStringLiteral("unclean"), node.unclean},
                                 {QStringLiteral("connection"), orNull(node.connectionResource)},
                                 {QStringLiteral("address"), orNull(node.address)},
                                 {QStringLiteral("transient_attributes"), stringMap(node.transientAttributes)}});
    QJsonArray resources;
    for (const Resource& resource : state.resources)
        resources.append(QJsonObject{{QStringLiteral("id"), resource.id},
                                     {QStringLiteral("kind"), kindName(resource.kind)},
                                     {QStringLiteral("agent"), orNull(resource.agent())},
                                     {QStringLiteral("parent"), orNull(resource.parent)},
                                     {QStringLiteral("role"), resource.role},
                                     {QStringLiteral("active_on"), QJsonArray::fromStringList(resource.activeOn)},
                                     {QStringLiteral("failed"), resource.failed},
                                     {QStringLiteral("managed"), resource.managed},
                                     {QStringLiteral("target_role"), orNull(resource.targetRole())},
                                     {QStringLiteral("orphaned"), resource.orphaned},
                                     {QStringLiteral("implicit"), resource.implicit}});
    QJsonArray constraints;
    for (const Constraint& constraint : state.constraints) {
        // What a script needs to tell a ban from a preference: the node, the score with its sign,
        // the role, the lifetime; and the constraint in words.
        const bool location = constraint.kind == ConstraintKind::Location;
        const QString score = location ? constraint.locationScore() : constraint.attributes.value(QStringLiteral("score"));
        const QString role = constraint.attributes.value(QStringLiteral("role"), constraint.attributes.value(QStringLiteral("rsc-role")));
        constraints.append(QJsonObject{{QStringLiteral("id"), constraint.id},
                                       {QStringLiteral("kind"), kindName(constraint.kind)},
                                       {QStringLiteral("resources"), QJsonArray::fromStringList(constraint.resources)},
                                       {QStringLiteral("node"), orNull(location ? constraint.locationNode() : QString())},
                                       {QStringLiteral("score"), orNull(score)},
                                       {QStringLiteral("role"), orNull(role)},
                                       {QStringLiteral("from_move_or_ban"), constraint.isFromMoveOrBan()},
                                       {QStringLiteral("expires"), orNull(constraint.expires)},
                                       {QStringLiteral("words"), constraint.inWords()}});
    }
    QJsonArray failures;
    for (const FailedAction& failure : state.failures)
        failures.append(QJsonObject{{QStringLiteral("resource"), failure.resource},
                                    {QStringLiteral("node"), failure.node},
                                    {QStringLiteral("operation"), failure.operation},
                                    {QStringLiteral("exit_code"), failure.exitCode},
                                    {QStringLiteral("exit_reason"), failure.exitReason},
                                    {QStringLiteral("last_change"), failure.lastChange}});
    QJsonArray fencing;
    for (const FenceEvent& event : state.fencing)
        fencing.append(QJsonObject{{QStringLiteral("target"), event.target},
                                   {QStringLiteral("action"), event.action},
                                   {QStringLiteral("status"), event.status},
                                   {QStringLiteral("delegate"), event.delegate},
                                   {QStringLiteral("completed"), event.completed}});
    QJsonArray failCounts;
    for (const FailCount& failCount : state.failCounts)
        failCounts.append(QJsonObject{{QStringLiteral("resource"), failCount.resource},
                                      {QStringLiteral("node"), failCount.node},
                                      {QStringLiteral("count"), failCount.count},
                                      {QStringLiteral("last_failure"), orNull(failCount.lastFailure)}});
    QJsonArray pending;
    for (const PendingAction& action : state.pending)
        pending.append(QJsonObject{{QStringLiteral("resource"), action.resource},
                                   {QStringLiteral("node"), action.node},
                                   {QStringLiteral("operation"), action.operation},
                                   {QStringLiteral("interval_ms"), action.intervalMs},
                                   {QStringLiteral("since"), action.sinceEpoch}});
    QJsonArray tickets;
    for (const Ticket& ticket : state.tickets)
        tickets.append(QJsonObject{{QStringLiteral("id"), ticket.id},
                                   {QStringLiteral("granted"), ticket.granted},
                                   {QStringLiteral("standby"), ticket.standby}});
    QJsonArray alerts;
    for (const Alert& alert : state.alerts)
        alerts.append(QJsonObject{{QStringLiteral("id"), alert.id},
                                  {QStringLiteral("path"), alert.path},
                                  {QStringLiteral("recipients"), QJsonArray::fromStringList(alert.recipients)}});
    const QJsonObject cluster{{QStringLiteral("name"), orNull(state.clusterName)},
                              {QStringLiteral("dc"), orNull(state.dc)},
                              {QStringLiteral("quorum"), state.hasQuorum},
                              {QStringLiteral("version"), state.version()}};
    return {{QStringLiteral("cluster"), cluster},     {QStringLiteral("nodes"), nodes},
            {QStringLiteral("resources"), resources}, {QStringLiteral("constraints"), constraints},
            {QStringLiteral("failures"), failures},   {QStringLiteral("fencing"), fencing},
            {QStringLiteral("fail_counts"), failCounts}, {QStringLiteral("pending"), pending},
            {QStringLiteral("tickets"), tickets},     {QStringLiteral("alerts"), alerts}};
}

} // namespace hadesk::pcmk
