#include "backend/pacemaker/ClusterOperation.h"

#include "backend/pacemaker/AgentMetadata.h"
#include "backend/pacemaker/ClusterState.h"
#include "backend/pacemaker/ClusterStateReader.h"
#include "backend/pacemaker/ResourceSection.h"
#include "backend/pacemaker/XmlTree.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <memory>

namespace hadesk::pcmk {
namespace {

// 10000 -> "10s", 90000 -> "90s", 1500 -> "1500ms": as an operator writes an interval.
QString intervalText(int intervalMs)
{
    return intervalMs % 1000 == 0 ? QStringLiteral("%1s").arg(intervalMs / 1000) : QStringLiteral("%1ms").arg(intervalMs);
}

} // namespace

bool ClusterOperation::isValidId(const QString& id)
{
    // Pacemaker ids are XML IDs: a letter or '_' first, no spaces.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.:-]{0,254}$"));
    return pattern.match(id).hasMatch();
}

bool ClusterOperation::isValidNodeName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,252}$"));
    return pattern.match(name).hasMatch();
}

bool ClusterOperation::isValidLifetime(const QString& lifetime)
{
    static const QRegularExpression pattern(
        QStringLiteral("^P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$"));
    return pattern.match(lifetime).hasMatch();
}

std::optional<ClusterOperation> ClusterOperation::forResource(const QString& action, const QString& resource,
                                                              const QString& node, const QString& lifetime,
                                                              QString* error)
{
    if (!isValidId(resource)) {
        *error = QStringLiteral("'%1' is not a resource id").arg(resource);
        return std::nullopt;
    }
    if (!node.isEmpty() && !isValidNodeName(node)) {
        *error = QStringLiteral("'%1' is not a node name").arg(node);
        return std::nullopt;
    }
    if (!lifetime.isEmpty() && !isValidLifetime(lifetime)) {
        *error = QStringLiteral("'%1' is not an ISO 8601 duration such as PT30M or P1D").arg(lifetime);
        return std::nullopt;
    }
    ClusterOperation op;
    op.resourceAction = action;
    op.resource = resource;
    op.node = node;
    op.lifetime = lifetime;
    const QString crmResource = QStringLiteral("crm_resource");
    const QStringList target{QStringLiteral("--resource"), resource};
    const QStringList onNode = node.isEmpty() ? QStringList{} : QStringList{QStringLiteral("--node"), node};
    const QStringList forLifetime =
        lifetime.isEmpty() ? QStringList{} : QStringList{QStringLiteral("--lifetime"), lifetime};
    if (action == u"start" || action == u"stop") {
        op.argv = QStringList{crmResource, QStringLiteral("--meta")} + target +
                  QStringList{QStringLiteral("--set-parameter"), QStringLiteral("target-role"),
                              QStringLiteral("--parameter-value"),
                              action == u"start" ? QStringLiteral("Started") : QStringLiteral("Stopped")};
        op.summary = QStringLiteral("%1 %2").arg(action, resource);
    } else if (action == u"move" || action == u"ban") {
        if (action == u"ban" && node.isEmpty()) {
            *error = QStringLiteral("ban needs the node to keep %1 away from").arg(resource);
            return std::nullopt;
        }
        op.argv = QStringList{crmResource, QLatin1String("--") + action} + target + onNode + forLifetime;
        op.summary = action == u"move"
                         ? (node.isEmpty() ? QStringLiteral("move %1 away from where it runs").arg(resource)
                                           : QStringLiteral("move %1 to %2").arg(resource, node))
                         : QStringLiteral("ban %1 from %2").arg(resource, node);
        if (!lifetime.isEmpty())
            op.summary += QStringLiteral(" for %1").arg(lifetime);
    } else if (action == u"promote") {
        // A promotable clone's promoted role moves like a resource: a location preference for
        // the Promoted role on that node; Pacemaker demotes the old side first.
        if (node.isEmpty()) {
            *error = QStringLiteral("promote needs the node to promote %1 on").arg(resource);
            return std::nullopt;
        }
        op.argv = QStringList{crmResource, QStringLiteral("--move"), QStringLiteral("--promoted")} + target + onNode +
                  forLifetime;
        op.summary = QStringLiteral("promote %1 on %2 (move its promoted role there)").arg(resource, node);
        if (!lifetime.isEmpty())
            op.summary += QStringLiteral(" for %1").arg(lifetime);
    } else if (action == u"clear") {
        op.argv = QStringList{crmResource, QStringLiteral("--clear")} + target + onNode;
        op.summary = QStringLiteral("clear the moves and bans of %1").arg(resource);
    } else if (action == u"manage" || action == u"unmanage" || action == u"maintenance" || action == u"ready") {
        const bool isMaintenance = action == u"maintenance" || action == u"ready";
        const bool on = action == u"unmanage" || action == u"maintenance";
        op.argv = QStringList{crmResource, QStringLiteral("--meta")} + target +
                  QStringList{QStringLiteral("--set-parameter"),
                              isMaintenance ? QStringLiteral("maintenance") : QStringLiteral("is-managed"),
                              QStringLiteral("--parameter-value"),
                              (isMaintenance ? on : !on) ? QStringLiteral("true") : QStringLiteral("false")};
        op.summary = isMaintenance ? QStringLiteral("%1: maintenance %2").arg(resource, on ? QStringLiteral("on") : QStringLiteral("off"))
                                   : QStringLiteral("%1 %2").arg(action, resource);
    } else if (action == u"restart") {
        op.argv = QStringList{crmResource, QStringLiteral("--restart")} + target + onNode;
        op.summary = QStringLiteral("restart %1").arg(resource);
        op.previewable = false; // a stop then a start that leave the configuration as it was
    } else if (action == u"cleanup") {
        op.argv = QStringList{crmResource, QStringLiteral("--cleanup")} + target + onNode;
        op.summary = node.isEmpty() ? QStringLiteral("clean up %1's failures on every node").arg(resource)
                                    : QStringLiteral("clean up %1's failures on %2").arg(resource, node);
        op.previewable = false; // the fail history is status, not configuration: nothing to simulate
    } else {
        *error = QStringLiteral("unknown resource action '%1' (start, stop, restart, move, ban, clear, cleanup, "
                                "manage, unmanage, maintenance, ready)")
                     .arg(action);
        return std::nullopt;
    }
    return op;
}

std::optional<ClusterOperation> ClusterOperation::cleanupOf(const QString& resource, const QString& node,
                                                                   const QString& operation, int intervalMs, QString* error)
{
    static const QRegularExpression operationName(QStringLiteral("^[a-z][a-z0-9_-]{0,31}$"));
    if (node.isEmpty() || !operationName.match(operation).hasMatch() || intervalMs < 0) {
        *error = QStringLiteral("cleaning up one operation needs its node, its name (monitor, start, ...) and its interval");
        return std::nullopt;
    }
    auto op = forResource(QStringLiteral("cleanup"), resource, node, {}, error);
    if (!op)
        return std::nullopt;
    op->argv << QStringLiteral("--operation") << operation << QStringLiteral("--interval")
             << QStringLiteral("%1ms").arg(intervalMs);
    const QString what = intervalMs > 0 ? QStringLiteral("%1 every %2").arg(operation, intervalText(intervalMs)) : operation;
    op->summary = QStringLiteral("clean up %1's %2 failures on %3").arg(resource, what, node);
    op->cleanupOperation = operation;
    op->cleanupIntervalMs = intervalMs;
    return op;
}

std::optional<ClusterOperation> ClusterOperation::forNode(const QString& action, const QString& node, QString* error)
{
    if (!isValidNodeName(node)) {
        *error = QStringLiteral("'%1' is not a node name").arg(node);
        return std::nullopt;
    }
    QString attribute, value;
    if (action == u"standby" || action == u"online") {
        attribute = QStringLiteral("standby");
        value = action == u"standby" ? QStringLiteral("on") : QStringLiteral("off");
    } else if (action == u"maintenance" || action == u"ready") {
        attribute = QStringLiteral("maintenance");
        value = action == u"maintenance" ? QStringLiteral("on") : QStringLiteral("off");
    } else {
        *error = QStringLiteral("unknown node action '%1' (standby, online, maintenance, ready)").arg(action);
        return std::nullopt;
    }
    ClusterOperation op;
    op.argv = {QStringLiteral("crm_attribute"), QStringLiteral("--node"), node, QStringLiteral("--name"),
               attribute, QStringLiteral("--update"), value};
    // Both ways of each pair in the same words, the node first.
    op.summary = action == u"standby"       ? QStringLiteral("%1: into standby (its resources move away)").arg(node)
               : action == u"online"        ? QStringLiteral("%1: out of standby (it may run resources again)").arg(node)
               : action == u"maintenance"   ? QStringLiteral("%1: into maintenance (its resources are left alone)").arg(node)
                                            : QStringLiteral("%1: out of maintenance (the cluster manages its resources again)").arg(node);
    return op;
}

bool ClusterOperation::isValidScore(const QString& score)
{
    static const QRegularExpression pattern(QStringLiteral("^([+-]?INFINITY|[+-]?[0-9]{1,9})$"));
    return pattern.match(score).hasMatch();
}

namespace {

std::optional<ClusterOperation> createConstraint(const QString& element, const QList<std::pair<QString, QString>>& attributes,
                                                 const QString& summary)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartElement(element);
    for (const auto& [name, value] : attributes)
        writer.writeAttribute(name, value);
    writer.writeEndElement();
    ClusterOperation op;
    op.argv = {QStringLiteral("cibadmin"), QStringLiteral("--create"), QStringLiteral("--scope"),
               QStringLiteral("constraints"), QStringLiteral("--xml-text"), xml};
    op.summary = summary;
    return op;
}

bool checkIds(const QStringList& ids, QString* error)
{
    for (const QString& id : ids) {
        if (!ClusterOperation::isValidId(id)) {
            *error = QStringLiteral("'%1' is not a valid id").arg(id);
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<ClusterOperation> ClusterOperation::addLocation(const QString& id, const QString& resource,
                                                              const QString& node, const QString& score, QString* error)
{
    if (!checkIds({id, resource}, error))
        return std::nullopt;
    if (!isValidNodeName(node) || !isValidScore(score)) {
        *error = QStringLiteral("a location needs a node name and a score (an integer or INFINITY)");
        return std::nullopt;
    }
    return createConstraint(QStringLiteral("rsc_location"),
                            {{QStringLiteral("id"), id}, {QStringLiteral("rsc"), resource},
                             {QStringLiteral("node"), node}, {QStringLiteral("score"), score}},
                            QStringLiteral("add location %1: %2 on %3 scores %4").arg(id, resource, node, score));
}

std::optional<ClusterOperation> ClusterOperation::addColocation(const QString& id, const QString& resource,
                                                                const QString& withResource, const QString& score,
                                                                QString* error)
{
    if (!checkIds({id, resource, withResource}, error))
        return std::nullopt;
    if (!isValidScore(score)) {
        *error = QStringLiteral("'%1' is not a score (an integer or INFINITY)").arg(score);
        return std::nullopt;
    }
    return createConstraint(QStringLiteral("rsc_colocation"),
                            {{QStringLiteral("id"), id}, {QStringLiteral("rsc"), resource},
                             {QStringLiteral("with-rsc"), withResource}, {QStringLiteral("score"), score}},
                            QStringLiteral("add colocation %1: %2 with %3 (%4)").arg(id, resource, withResource, score));
}

std::optional<ClusterOperation> ClusterOperation::addOrder(const QString& id, const QString& first, const QString& then,
                                                           const QString& kind, QString* error)
{
    if (!checkIds({id, first, then}, error))
        return std::nullopt;
    const QString orderKind = kind.isEmpty() ? QStringLiteral("Mandatory") : kind;
    if (orderKind != u"Mandatory" && orderKind != u"Optional" && orderKind != u"Serialize") {
        *error = QStringLiteral("'%1' is not an order kind (Mandatory, Optional, Serialize)").arg(kind);
        return std::nullopt;
    }
    return createConstraint(QStringLiteral("rsc_order"),
                            {{QStringLiteral("id"), id}, {QStringLiteral("first"), first},
                             {QStringLiteral("then"), then}, {QStringLiteral("kind"), orderKind}},
                            QStringLiteral("add order %1: %2 then %3 (%4)").arg(id, first, then, orderKind));
}

std::optional<ClusterOperation> ClusterOperation::removeConstraint(const QString& id, QString* error)
{
    if (!checkIds({id}, error))
        return std::nullopt;
    ClusterOperation op;
    // The id is checked above: no quote can end the XPath string early.
    op.argv = {QStringLiteral("cibadmin"), QStringLiteral("--delete"), QStringLiteral("--xpath"),
               QStringLiteral("/cib/configuration/constraints/*[@id='%1']").arg(id)};
    op.summary = QStringLiteral("remove constraint %1").arg(id);
    return op;
}

std::optional<ClusterOperation> ClusterOperation::createPrimitive(const QString& id, const AgentMetadata& metadata,
                                                                  const QMap<QString, QString>& values, QString* error)
{
    if (!checkIds({id}, error))
        return std::nullopt;
    if (!AgentMetadata::isValidAgent(metadata.agent)) {
        *error = QStringLiteral("'%1' is not an agent name such as ocf:heartbeat:IPaddr2").arg(metadata.agent);
        return std::nullopt;
    }
    if (const QStringList problems = metadata.problems(values); !problems.isEmpty()) {
        *error = problems.join(QLatin1String("; "));
        return std::nullopt;
    }
    const QStringList agent = metadata.agent.split(u':');
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartElement(QStringLiteral("primitive"));
    writer.writeAttribute(QStringLiteral("id"), id);
    writer.writeAttribute(QStringLiteral("class"), agent.at(0));
    if (agent.size() == 3)
        writer.writeAttribute(QStringLiteral("provider"), agent.at(1));
    writer.writeAttribute(QStringLiteral("type"), agent.constLast());
    if (!values.isEmpty()) {
        writer.writeStartElement(QStringLiteral("instance_attributes"));
        writer.writeAttribute(QStringLiteral("id"), id + QLatin1String("-instance_attributes"));
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            writer.writeStartElement(QStringLiteral("nvpair"));
            writer.writeAttribute(QStringLiteral("id"), id + QLatin1String("-instance_attributes-") + it.key());
            writer.writeAttribute(QStringLiteral("name"), it.key());
            writer.writeAttribute(QStringLiteral("value"), it.value());
            writer.writeEndElement();
        }
        writer.writeEndElement();
    }
    if (metadata.actions.contains(QStringLiteral("monitor"))) {
        writer.writeStartElement(QStringLiteral("operations"));
        writer.writeStartElement(QStringLiteral("op"));
        writer.writeAttribute(QStringLiteral("id"), id + QLatin1String("-monitor-interval-10s"));
        writer.writeAttribute(QStringLiteral("name"), QStringLiteral("monitor"));
        writer.writeAttribute(QStringLiteral("interval"), QStringLiteral("10s"));
        writer.writeEndElement();
        writer.writeEndElement();
    }
    writer.writeEndElement();
    ClusterOperation op;
    op.argv = {QStringLiteral("cibadmin"), QStringLiteral("--create"), QStringLiteral("--scope"),
               QStringLiteral("resources"), QStringLiteral("--xml-text"), xml};
    op.summary = QStringLiteral("create %1 (%2)").arg(id, metadata.agent);
    return op;
}

std::optional<ClusterOperation> ClusterOperation::deleteResource(const ClusterState& state, const QString& id,
                                                                QString* error)
{
    const Resource* resource = state.resource(id);
    if (!resource) {
        *error = QStringLiteral("there is no resource '%1'").arg(id);
        return std::nullopt;
    }
    // A clone, bundle or group cannot be left empty.
    if (const Resource* parent = state.resource(resource->parent);
        parent && (parent->kind != ResourceKind::Group || parent->children.size() == 1)) {
        *error = QStringLiteral("%1 is the only member of %2 %3: delete %3 instead")
                     .arg(id, kindName(parent->kind), parent->id);
        return std::nullopt;
    }
    // The resource and everything inside it (a group's members, a clone's resource).
    QStringList inside{id};
    for (qsizetype i = 0; i < inside.size(); ++i) {
        if (const Resource* r = state.resource(inside.at(i)))
            inside << r->children;
    }
    QStringList naming;
    for (const Constraint& c : state.constraints) {
        if (std::any_of(inside.cbegin(), inside.cend(), [&](const QString& r) { return c.resources.contains(r); }))
            naming << c.id;
    }
    if (!naming.isEmpty()) {
        *error = QStringLiteral("constraints still name %1; remove them first: %2").arg(id, naming.join(QLatin1String(", ")));
        return std::nullopt;
    }
    return deleteResource(id, error);
}

std::optional<ClusterOperation> ClusterOperation::deleteResource(const QString& id, QString* error)
{
    if (!checkIds({id}, error))
        return std::nullopt;
    ClusterOperation op;
    op.argv = {QStringLiteral("cibadmin"), QStringLiteral("--delete"), QStringLiteral("--xpath"),
               QStringLiteral("/cib/configuration/resources//*[@id='%1']").arg(id)};
    op.summary = QStringLiteral("delete resource %1").arg(id);
    return op;
}

namespace {

// The rearranged section replaces the old one in one cibadmin call, on the CIB version it came from.
std::optional<ClusterOperation> replaceResources(const ResourceSection& section, const QString& summary)
{
    ClusterOperation op;
    op.argv = {QStringLiteral("cibadmin"), QStringLiteral("--replace"), QStringLiteral("--scope"),
               QStringLiteral("resources"), QStringLiteral("--xml-pipe")};
    op.input = section.toXml();
    op.builtOnAdminEpoch = section.adminEpoch();
    op.builtOnEpoch = section.epoch();
    op.summary = summary;
    return op;
}

} // namespace

std::optional<ClusterOperation> ClusterOperation::group(const QByteArray& cib, const QString& groupId,
                                                        const QStringList& members, QString* error)
{
    if (!checkIds(QStringList{groupId} + members, error))
        return std::nullopt;
    auto section = ResourceSection::fromCib(cib, error);
    if (!section || !section->group(groupId, members, error))
        return std::nullopt;
    return replaceResources(*section, QStringLiteral("group %1 into %2").arg(members.join(QLatin1String(", ")), groupId));
}

std::optional<ClusterOperation> ClusterOperation::clone(const QByteArray& cib, const QString& resource,
                                                        const QString& cloneId, bool promotable, QString* error)
{
    const QString id = cloneId.isEmpty() ? resource + QLatin1String("-clone") : cloneId;
    if (!checkIds({resource, id}, error))
        return std::nullopt;
    auto section = ResourceSection::fromCib(cib, error);
    if (!section || !section->clone(resource, id, promotable, error))
        return std::nullopt;
    return replaceResources(*section, QStringLiteral("clone %1 as %2%3")
                                          .arg(resource, id, promotable ? QStringLiteral(" (promotable)") : QString()));
}

std::optional<ClusterOperation> ClusterOperation::ungroup(const QByteArray& cib, const QString& groupId, QString* error)
{
    if (!checkIds({groupId}, error))
        return std::nullopt;
    auto section = ResourceSection::fromCib(cib, error);
    if (!section || !section->ungroup(groupId, error))
        return std::nullopt;
    return replaceResources(*section, QStringLiteral("ungroup %1").arg(groupId));
}

std::optional<ClusterOperation> ClusterOperation::unclone(const QByteArray& cib, const QString& cloneId, QString* error)
{
    if (!checkIds({cloneId}, error))
        return std::nullopt;
    auto section = ResourceSection::fromCib(cib, error);
    if (!section || !section->unclone(cloneId, error))
        return std::nullopt;
    return replaceResources(*section, QStringLiteral("unclone %1").arg(cloneId));
}

std::optional<ClusterOperation> ClusterOperation::editConstraint(const Constraint& current,
                                                                 const QMap<QString, QString>& changes, QString* error)
{
    if (!checkIds({current.id}, error))
        return std::nullopt;
    if (changes.isEmpty()) {
        *error = QStringLiteral("nothing to change in %1").arg(current.id);
        return std::nullopt;
    }
    enum class Check { Id, Node, Score, Role, OrderKind, Boolean, Action, LossPolicy };
    static const QMap<ConstraintKind, QMap<QString, Check>> editable{
        {ConstraintKind::Location,
         {{QStringLiteral("rsc"), Check::Id}, {QStringLiteral("node"), Check::Node},
          {QStringLiteral("score"), Check::Score}, {QStringLiteral("role"), Check::Role},
          {QStringLiteral("resource-discovery"), Check::Action}}},
        {ConstraintKind::Colocation,
         {{QStringLiteral("rsc"), Check::Id}, {QStringLiteral("with-rsc"), Check::Id},
          {QStringLiteral("score"), Check::Score}, {QStringLiteral("rsc-role"), Check::Role},
          {QStringLiteral("with-rsc-role"), Check::Role}, {QStringLiteral("influence"), Check::Boolean}}},
        {ConstraintKind::Order,
         {{QStringLiteral("first"), Check::Id}, {QStringLiteral("then"), Check::Id},
          {QStringLiteral("kind"), Check::OrderKind}, {QStringLiteral("symmetrical"), Check::Boolean},
          {QStringLiteral("first-action"), Check::Action}, {QStringLiteral("then-action"), Check::Action}}},
        {ConstraintKind::Ticket,
         {{QStringLiteral("rsc"), Check::Id}, {QStringLiteral("ticket"), Check::Id},
          {QStringLiteral("rsc-role"), Check::Role}, {QStringLiteral("loss-policy"), Check::LossPolicy}}}};
    static const QStringList roles{QStringLiteral("Started"), QStringLiteral("Promoted"), QStringLiteral("Unpromoted"),
                                   QStringLiteral("Stopped")};
    static const QStringList actions{QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("promote"),
                                     QStringLiteral("demote"), QStringLiteral("always"), QStringLiteral("never"),
                                     QStringLiteral("exclusive")};
    const QMap<QString, Check> allowed = editable.value(current.kind);
    QStringList set;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!allowed.contains(it.key())) {
            *error = QStringLiteral("%1 is not an attribute HAdesk edits on a %2 constraint (%3)")
                         .arg(it.key(), kindName(current.kind), allowed.keys().join(QLatin1String(", ")));
            return std::nullopt;
        }
        const QString& value = it.value();
        if (value.isEmpty()) {
            // cibadmin --modify only sets attributes; taking one away is a replacement of the
            // element, which would drop its rules and sets: refuse rather than lose them.
            *error = QStringLiteral("removing %1 from a constraint is not supported: remove and add the constraint")
                         .arg(it.key());
            return std::nullopt;
        }
        bool valid = false;
        switch (allowed.value(it.key())) {
        case Check::Id: valid = isValidId(value); break;
        case Check::Node: valid = isValidNodeName(value); break;
        case Check::Score: valid = isValidScore(value); break;
        case Check::Role: valid = roles.contains(value); break;
        case Check::OrderKind:
            valid = value == u"Mandatory" || value == u"Optional" || value == u"Serialize";
            break;
        case Check::Boolean: valid = value == u"true" || value == u"false"; break;
        case Check::Action: valid = actions.contains(value); break;
        case Check::LossPolicy:
            valid = value == u"stop" || value == u"demote" || value == u"fence" || value == u"freeze";
            break;
        }
        if (!valid) {
            *error = QStringLiteral("'%1' is not a valid %2").arg(value, it.key());
            return std::nullopt;
        }
        set << it.key() + u'=' + value;
    }
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartElement(QLatin1String("rsc_") + kindName(current.kind)); // rsc_location, ...
    writer.writeAttribute(QStringLiteral("id"), current.id);
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        writer.writeAttribute(it.key(), it.value());
    writer.writeEndElement();
    ClusterOperation op;
    op.argv = {QStringLiteral("cibadmin"), QStringLiteral("--modify"), QStringLiteral("--scope"),
               QStringLiteral("constraints"), QStringLiteral("--xml-text"), xml};
    op.summary = QStringLiteral("edit constraint %1: %2").arg(current.id, set.join(QLatin1String(", ")));
    return op;
}

std::optional<ClusterOperation> ClusterOperation::setResourceAttribute(const QString& resource, const QString& name,
                                                                       const QString& value, bool meta, QString* error)
{
    static const QRegularExpression attributeName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,127}$"));
    if (!checkIds({resource}, error))
        return std::nullopt;
    if (!attributeName.match(name).hasMatch()) {
        *error = QStringLiteral("'%1' is not an attribute name").arg(name);
        return std::nullopt;
    }
    ClusterOperation op;
    op.argv = {QStringLiteral("crm_resource"), QStringLiteral("--resource"), resource};
    if (meta)
        op.argv << QStringLiteral("--meta");
    if (value.isEmpty()) {
        op.argv << QStringLiteral("--delete-parameter") << name;
        op.summary = QStringLiteral("%1: remove %2%3").arg(resource, meta ? QStringLiteral("meta ") : QString(), name);
    } else {
        op.argv << QStringLiteral("--set-parameter") << name << QStringLiteral("--parameter-value") << value;
        op.summary = QStringLiteral("%1: %2%3=%4").arg(resource, meta ? QStringLiteral("meta ") : QString(), name, value);
    }
    return op;
}

std::optional<ClusterOperation> ClusterOperation::forCluster(const QString& action, QString* error)
{
    ClusterOperation op;
    if (action == u"maintenance" || action == u"ready") {
        const QString value = action == u"maintenance" ? QStringLiteral("true") : QStringLiteral("false");
        op.argv = {QStringLiteral("crm_attribute"), QStringLiteral("--type"), QStringLiteral("crm_config"),
                   QStringLiteral("--name"), QStringLiteral("maintenance-mode"), QStringLiteral("--update"), value};
        op.summary = QStringLiteral("cluster maintenance-mode=%1").arg(value);
    } else if (action == u"clear-expired") {
        op.argv = {QStringLiteral("crm_resource"), QStringLiteral("--clear"), QStringLiteral("--expired")};
        op.summary = QStringLiteral("clear the moves and bans whose lifetime has ended");
    } else {
        *error = QStringLiteral("unknown cluster action '%1' (maintenance, ready, clear-expired)").arg(action);
        return std::nullopt;
    }
    return op;
}

QString PlannedAction::text() const
{
    if (resource.isEmpty()) // the node's own: a fence
        return QStringLiteral("%1 %2").arg(action, node);
    if (!source.isEmpty() && dest.isEmpty()) // restart, reload: in place
        return QStringLiteral("%1 %2 on %3").arg(action, resource, source);
    if (!source.isEmpty() || !dest.isEmpty())
        return QStringLiteral("%1 %2 (%3 -> %4)").arg(action, resource, source, dest);
    return node.isEmpty() ? QStringLiteral("%1 %2").arg(action, resource)
                          : QStringLiteral("%1 %2 on %3").arg(action, resource, node);
}

QString PlannedAction::inWords() const
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("hadesk::pcmk::PlannedAction", text); };
    if (resource.isEmpty()) {
        const QString how = action.section(u'(', 1).section(u')', 0, 0);
        return how.isEmpty() ? tr("%1 is fenced").arg(node) : tr("%1 is fenced (%2)").arg(node, how);
    }
    if (action == u"move" || action == u"migrate")
        return tr("%1 moves %2 → %3").arg(resource, source, dest);
    const QString where = node.isEmpty() ? source : node;
    if (action == u"start")
        return tr("%1 starts on %2").arg(resource, where);
    if (action == u"stop")
        return tr("%1 stops on %2").arg(resource, where);
    if (action == u"promote")
        return tr("%1 is promoted on %2").arg(resource, where);
    if (action == u"demote")
        return tr("%1 is demoted on %2").arg(resource, where);
    if (action == u"restart")
        return tr("%1 restarts on %2").arg(resource, where);
    if (action == u"reload")
        return tr("%1 reloads its parameters on %2").arg(resource, where);
    if (action == u"recover")
        return tr("%1 is recovered on %2").arg(resource, where);
    return tr("%1: %2 on %3").arg(resource, action, where);
}

bool OperationRunner::readSimulation(const QByteArray& xml, QList<PlannedAction>* actions, QString* error)
{
    const auto root = XmlTree::parse(xml, error);
    if (!root)
        return false;
    if (root->name != u"pacemaker-result") {
        *error = QStringLiteral("not crm_simulate XML: <%1>").arg(root->name);
        return false;
    }
    actions->clear();
    if (const XmlElement* summary = root->child(QStringLiteral("actions"))) {
        for (const XmlElement* action : summary->childrenNamed(QStringLiteral("rsc_action")))
            actions->append({action->attr(QStringLiteral("action")), action->attr(QStringLiteral("resource")),
                             action->attr(QStringLiteral("node")), action->attr(QStringLiteral("source")),
                             action->attr(QStringLiteral("dest"))});
        // "Fence (reboot)" of a node the change takes away: said first, it comes first.
        qsizetype fences = 0;
        for (const XmlElement* action : summary->childrenNamed(QStringLiteral("node_action")))
            actions->insert(fences++, {action->attr(QStringLiteral("task")).toLower(), {}, action->attr(QStringLiteral("node")), {}, {}});
    }
    return true;
}

void OperationEffects::describe(const QList<Constraint>& before, const QList<Constraint>& after,
                                const ClusterOperation& operation, Preview* preview)
{
    QHash<QString, const Constraint*> was, now;
    for (const Constraint& c : before)
        was.insert(c.id, &c);
    for (const Constraint& c : after)
        now.insert(c.id, &c);
    for (const Constraint& c : after) {
        const Constraint* old = was.value(c.id);
        if (!old) {
            preview->effects << QStringLiteral("creates %1: %2, %3").arg(c.id, c.inWords(), c.lifetimeInWords());
            if (c.isFromMoveOrBan())
                preview->leftBehind << c.id;
        } else if (old->attributes != c.attributes || old->expires != c.expires || old->ruleNode != c.ruleNode ||
                   old->ruleScore != c.ruleScore) {
            preview->effects << QStringLiteral("changes %1: now %2, %3").arg(c.id, c.inWords(), c.lifetimeInWords());
            if (c.isFromMoveOrBan())
                preview->leftBehind << c.id;
        }
    }
    QStringList freed; // resources a removed move or ban no longer holds
    for (const Constraint& c : before) {
        if (now.contains(c.id))
            continue;
        preview->effects << QStringLiteral("removes %1 (%2)").arg(c.id, c.inWords());
        if (c.isFromMoveOrBan())
            freed << c.resources;
    }
    // A clear lets the cluster place the resource again: it may well stay where it is.
    freed.removeDuplicates();
    for (const QString& resource : std::as_const(freed)) {
        const bool moves = std::any_of(preview->actions.cbegin(), preview->actions.cend(), [&](const PlannedAction& a) {
            return a.resource == resource || a.resource.startsWith(resource + u':');
        });
        if (!moves)
            preview->effects << QStringLiteral("%1 stays where it is: Pacemaker plans no move (stickiness keeps it where it runs)")
                                    .arg(resource);
    }
    if (operation.resourceAction == u"cleanup" && !operation.cleanupOperation.isEmpty())
        preview->effects << QStringLiteral("forgets the failures and fail count of %1's %2 on %3; its other operations' stay")
                                .arg(operation.resource,
                                     operation.cleanupIntervalMs > 0
                                         ? QStringLiteral("%1 every %2").arg(operation.cleanupOperation, intervalText(operation.cleanupIntervalMs))
                                         : operation.cleanupOperation,
                                     operation.node);
    else if (operation.resourceAction == u"cleanup")
        preview->effects << (operation.node.isEmpty()
                                 ? QStringLiteral("forgets %1's failures and fail counts on every node; Pacemaker probes it again")
                                       .arg(operation.resource)
                                 : QStringLiteral("forgets %1's failures and fail counts on %2; Pacemaker probes it there again")
                                       .arg(operation.resource, operation.node));
}

} // namespace hadesk::pcmk
