#include "backend/pacemaker/ClusterStateReader.h"

#include "backend/pacemaker/XmlTree.h"

#include <QXmlStreamReader>


namespace hadesk::pcmk {
namespace {

QMap<QString, QString> nvpairs(const XmlElement* set)
{
    QMap<QString, QString> values;
    if (!set)
        return values;
    for (const XmlElement* pair : set->childrenNamed(QStringLiteral("nvpair")))
        values.insert(pair->attr(QStringLiteral("name")), pair->attr(QStringLiteral("value")));
    return values;
}

// All sets of one kind (instance_attributes, meta_attributes) merged; the first value wins.
QMap<QString, QString> mergedSets(const XmlElement& element, const QString& setName)
{
    QMap<QString, QString> values;
    for (const XmlElement* set : element.childrenNamed(setName)) {
        const auto pairs = nvpairs(set);
        for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
            if (!values.contains(it.key()))
                values.insert(it.key(), it.value());
        }
    }
    return values;
}

void readResource(const XmlElement& element, const QString& parent, ClusterState* state)
{
    Resource resource;
    resource.id = element.attr(QStringLiteral("id"));
    resource.parent = parent;
    resource.instanceAttributes = mergedSets(element, QStringLiteral("instance_attributes"));
    resource.metaAttributes = mergedSets(element, QStringLiteral("meta_attributes"));
    const QString& tag = element.name;
    if (tag == u"primitive") {
        resource.kind = ResourceKind::Primitive;
        resource.agentClass = element.attr(QStringLiteral("class"));
        resource.provider = element.attr(QStringLiteral("provider"));
        resource.type = element.attr(QStringLiteral("type"));
        if (const XmlElement* ops = element.child(QStringLiteral("operations"))) {
            for (const XmlElement* op : ops->childrenNamed(QStringLiteral("op")))
                resource.operations.append({op->attr(QStringLiteral("id")), op->attr(QStringLiteral("name")),
                                            op->attr(QStringLiteral("interval")), op->attr(QStringLiteral("timeout")),
                                            op->attr(QStringLiteral("role"))});
        }
    } else if (tag == u"group") {
        resource.kind = ResourceKind::Group;
    } else if (tag == u"clone" || tag == u"master") {
        const QString promotable = resource.metaAttributes.value(QStringLiteral("promotable")).toLower();
        resource.kind = (tag == u"master" || promotable == u"true" || promotable == u"yes" || promotable == u"1")
                            ? ResourceKind::Promotable
                            : ResourceKind::Clone;
    } else if (tag == u"bundle") {
        resource.kind = ResourceKind::Bundle;
    } else {
        return;
    }
    if (resource.id.isEmpty())
        return; // the schema requires one; without it nothing could refer to the resource
    const qsizetype index = state->resources.size();
    state->addResource(resource);
    for (const XmlElement& child : element.children) {
        if (child.name == u"primitive" || child.name == u"group" || child.name == u"clone" ||
            child.name == u"master" || child.name == u"bundle") {
            state->resources[index].children << child.attr(QStringLiteral("id"));
            readResource(child, resource.id, state);
        }
    }
}

Constraint readConstraint(const XmlElement& element)
{
    Constraint constraint;
    constraint.id = element.attr(QStringLiteral("id"));
    static const QMap<QString, ConstraintKind> kinds{
        {QStringLiteral("rsc_location"), ConstraintKind::Location},
        {QStringLiteral("rsc_colocation"), ConstraintKind::Colocation},
        {QStringLiteral("rsc_order"), ConstraintKind::Order},
        {QStringLiteral("rsc_ticket"), ConstraintKind::Ticket}};
    constraint.kind = kinds.value(element.name);
    for (const auto& [name, value] : element.attributes)
        constraint.attributes.insert(name, value);
    for (const char* key : {"rsc", "with-rsc", "first", "then"}) {
        const QString id = element.attr(QLatin1String(key));
        if (!id.isEmpty() && !constraint.resources.contains(id))
            constraint.resources << id;
    }
    for (const XmlElement* set : element.childrenNamed(QStringLiteral("resource_set"))) {
        constraint.hasResourceSets = true;
        for (const XmlElement* ref : set->childrenNamed(QStringLiteral("resource_ref")))
            constraint.resources << ref->attr(QStringLiteral("id"));
    }
    for (const XmlElement* rule : element.childrenNamed(QStringLiteral("rule"))) {
        constraint.hasRules = true;
        for (const XmlElement* expression : rule->childrenNamed(QStringLiteral("expression"))) {
            if (expression->attr(QStringLiteral("attribute")) == u"#uname" &&
                expression->attr(QStringLiteral("operation")) == u"eq") {
                constraint.ruleNode = expression->attr(QStringLiteral("value"));
                constraint.ruleScore = rule->attr(QStringLiteral("score"));
            }
        }
        for (const XmlElement* date : rule->childrenNamed(QStringLiteral("date_expression"))) {
            if (date->attr(QStringLiteral("operation")) == u"lt")
                constraint.expires = date->attr(QStringLiteral("end"));
        }
    }
    return constraint;
}

int roleRank(const QString& role)
{
    if (role == u"Promoted" || role == u"Master")
        return 4;
    if (role == u"Started")
        return 3;
    if (role == u"Unpromoted" || role == u"Slave")
        return 2;
    if (role.isEmpty() || role == u"Stopped" || role == u"Unknown")
        return 0;
    return 1; // Starting, Stopping, Promoting, Demoting, Migrating
}

QString baseId(const QString& instanceId)
{
    const qsizetype colon = instanceId.indexOf(u':');
    return colon < 0 ? instanceId : instanceId.left(colon);
}

void addActive(ClusterState* state, const QString& id, const QString& node)
{
    for (Resource* r = state->resource(id); r; r = r->parent.isEmpty() ? nullptr : state->resource(r->parent)) {
        if (!r->activeOn.contains(node))
            r->activeOn << node;
    }
}

void readRuntimeResource(const XmlElement& element, const QString& collection, ClusterState* state)
{
    const QString id = baseId(element.attr(QStringLiteral("id")));
    if (id.isEmpty())
        return; // crm_mon always names a resource: this is not its output
    Resource* resource = state->resource(id);
    if (!resource) {
        // In crm_mon but not in the configuration: an orphan still running somewhere, or one
        // Pacemaker made itself (a bundle's container and connection, a guest's connection).
        Resource unlisted;
        unlisted.id = id;
        unlisted.parent = collection;
        const QStringList agent = element.attr(QStringLiteral("resource_agent")).split(u':');
        unlisted.agentClass = agent.value(0);
        unlisted.provider = agent.size() == 3 ? agent.value(1) : QString();
        unlisted.type = agent.constLast();
        unlisted.orphaned = element.flag(QStringLiteral("orphaned"));
        unlisted.implicit = !unlisted.orphaned;
        state->addResource(unlisted);
        if (Resource* parent = collection.isEmpty() ? nullptr : state->resource(collection))
            parent->children << id;
        resource = state->resource(id);
    }
    const QString role = element.attr(QStringLiteral("role"));
    if (roleRank(role) > roleRank(resource->role) || resource->role.isEmpty())
        resource->role = role;
    resource->failed |= element.flag(QStringLiteral("failed"));
    resource->blocked |= element.flag(QStringLiteral("blocked"));
    resource->managed = element.attr(QStringLiteral("managed"), QStringLiteral("true")) == u"true";
    if (element.flag(QStringLiteral("active"))) {
        for (const XmlElement* node : element.childrenNamed(QStringLiteral("node"))) {
            const QString name = node->attr(QStringLiteral("name"));
            addActive(state, id, name);
            // Two instances on one node (a unique clone) keep the better role.
            QString& there = resource->roleOn[name];
            if (roleRank(role) >= roleRank(there))
                there = role;
        }
    }
}

// An instance of a clone (a resource or a group) or a bundle's replica runs when anything in it does.
bool anyActive(const XmlElement& element)
{
    if (element.name == u"resource")
        return element.flag(QStringLiteral("active"));
    return std::any_of(element.children.begin(), element.children.end(), [](const XmlElement& c) { return anyActive(c); });
}

// owner: the bundle a <replica> belongs to (a replica's own id is only its number).
void readRuntimeCollection(const XmlElement& element, ClusterState* state, const QString& owner = {})
{
    const QString id = owner.isEmpty() ? element.attr(QStringLiteral("id")) : owner;
    if (Resource* collection = state->resource(id); collection && owner.isEmpty()) {
        collection->failed |= element.flag(QStringLiteral("failed"));
        collection->managed = element.attr(QStringLiteral("managed"), QStringLiteral("true")) == u"true";
        if (element.name == u"clone" || element.name == u"bundle") {
            for (const XmlElement& instance : element.children) {
                if (instance.name != u"resource" && instance.name != u"group" && instance.name != u"replica")
                    continue;
                ++collection->instances;
                collection->instancesActive += anyActive(instance) ? 1 : 0;
            }
        }
    }
    for (const XmlElement& child : element.children) {
        if (child.name == u"resource")
            readRuntimeResource(child, id, state);
        else if (child.name == u"group" || child.name == u"clone" || child.name == u"bundle")
            readRuntimeCollection(child, state);
        else if (child.name == u"replica")
            readRuntimeCollection(child, state, id);
    }
}

// A collection's role is its best member's: Promoted if any member is, Started if any runs.
void summariseCollections(ClusterState* state)
{
    for (qsizetype i = state->resources.size() - 1; i >= 0; --i) {
        Resource& resource = state->resources[i];
        if (resource.kind == ResourceKind::Primitive)
            continue;
        int best = 0;
        for (const QString& childId : std::as_const(resource.children)) {
            if (const Resource* child = state->resource(childId)) {
                best = qMax(best, roleRank(child->role));
                resource.failed |= child->failed;
            }
        }
        resource.role = best >= 4 ? QStringLiteral("Promoted")
                        : resource.activeOn.isEmpty() ? QStringLiteral("Stopped")
                                                      : QStringLiteral("Started");
    }
}

FailedAction readFailure(const XmlElement& element)
{
    FailedAction failure;
    const QString opKey = element.attr(QStringLiteral("op_key"));
    failure.operation = element.attr(QStringLiteral("task"));
    failure.intervalMs = element.attr(QStringLiteral("interval")).toInt();
    // op_key is RESOURCE_TASK_INTERVAL; resource ids may contain '_' themselves.
    const QString suffix = QStringLiteral("_%1_%2").arg(failure.operation).arg(failure.intervalMs);
    failure.resource = baseId(opKey.endsWith(suffix) ? opKey.chopped(suffix.size()) : opKey);
    failure.node = element.attr(QStringLiteral("node"));
    failure.exitCode = element.attr(QStringLiteral("exitcode")).toInt();
    failure.exitStatus = element.attr(QStringLiteral("exitstatus"));
    failure.exitReason = element.attr(QStringLiteral("exitreason"));
    failure.status = element.attr(QStringLiteral("status"));
    failure.lastChange = element.attr(QStringLiteral("last-rc-change"));
    return failure;
}

Alert readAlert(const XmlElement& element)
{
    Alert alert;
    alert.id = element.attr(QStringLiteral("id"));
    alert.path = element.attr(QStringLiteral("path"));
    alert.metaAttributes = mergedSets(element, QStringLiteral("meta_attributes"));
    alert.instanceAttributes = mergedSets(element, QStringLiteral("instance_attributes"));
    for (const XmlElement* recipient : element.childrenNamed(QStringLiteral("recipient")))
        alert.recipients << recipient->attr(QStringLiteral("value"));
    if (const XmlElement* select = element.child(QStringLiteral("select"))) {
        for (const XmlElement& kind : select->children)
            alert.selects << kind.name.mid(int(sizeof("select_") - 1));
    }
    return alert;
}

// The CIB's status section: transient node attributes, and operations still running (op-status
// -1, which Pacemaker records by default: record-pending).
void readStatus(const XmlElement& status, ClusterState* state)
{
    for (const XmlElement* nodeState : status.childrenNamed(QStringLiteral("node_state"))) {
        const QString name = nodeState->attr(QStringLiteral("uname"), nodeState->attr(QStringLiteral("id")));
        if (const XmlElement* transient = nodeState->child(QStringLiteral("transient_attributes"))) {
            Node* node = state->node(name);
            if (!node) {
                state->nodes.append(Node{});
                node = &state->nodes.last();
                node->name = name;
            }
            node->transientAttributes = mergedSets(*transient, QStringLiteral("instance_attributes"));
        }
        const XmlElement* lrm = nodeState->child(QStringLiteral("lrm"));
        const XmlElement* lrmResources = lrm ? lrm->child(QStringLiteral("lrm_resources")) : nullptr;
        if (!lrmResources)
            continue;
        for (const XmlElement* lrmResource : lrmResources->childrenNamed(QStringLiteral("lrm_resource"))) {
            for (const XmlElement* op : lrmResource->childrenNamed(QStringLiteral("lrm_rsc_op"))) {
                if (op->attr(QStringLiteral("op-status")) != u"-1") {
                    state->history << OperationRecord{baseId(lrmResource->attr(QStringLiteral("id"))), name,
                                                      op->attr(QStringLiteral("operation")),
                                                      op->attr(QStringLiteral("interval")).toInt(),
                                                      op->attr(QStringLiteral("rc-code")).toInt(),
                                                      op->attr(QStringLiteral("id")).contains(QLatin1String("_last_failure_")),
                                                      op->attr(QStringLiteral("last-rc-change")).toLongLong(),
                                                      op->attr(QStringLiteral("exec-time")).toInt()};
                    continue;
                }
                state->pending << PendingAction{baseId(lrmResource->attr(QStringLiteral("id"))), name,
                                                op->attr(QStringLiteral("operation")),
                                                op->attr(QStringLiteral("interval")).toInt(),
                                                op->attr(QStringLiteral("last-rc-change")).toLongLong()};
            }
        }
    }
}

// crm_mon lists remote, guest and bundle nodes all as type "remote"; the configuration tells them
// apart, and says where Pacemaker reaches them.
void describeRemoteNodes(ClusterState* state)
{
    for (Node& node : state->nodes) {
        // A bundle's replica is a guest node named after the connection Pacemaker made for it,
        // whatever crm_mon calls it (a simulation lists them as members).
        // So is a remote node named after its ocf:pacemaker:remote connection.
        const Resource* own = state->resource(node.name);
        const bool replica = own && own->implicit && !own->parent.isEmpty();
        const bool remote = own && own->agent() == u"ocf:pacemaker:remote";
        if (node.type != u"remote" && !replica && !remote)
            continue;
        node.type = QStringLiteral("remote");
        if (node.connectionResource.isEmpty())
            node.connectionResource = node.name;
        const Resource* connection = state->resource(node.connectionResource);
        const Resource* guestHost = nullptr;
        for (const Resource& resource : std::as_const(state->resources)) {
            if (resource.metaAttributes.value(QStringLiteral("remote-node")) == node.name)
                guestHost = &resource;
        }
        if (guestHost) {
            node.type = QStringLiteral("guest");
            node.connectionResource = guestHost->id;
            node.address = guestHost->metaAttributes.value(QStringLiteral("remote-addr"), node.name);
        } else if (connection && connection->implicit && !connection->parent.isEmpty()) {
            node.type = QStringLiteral("bundle");
        } else if (connection) {
            node.address = connection->instanceAttributes.value(QStringLiteral("server"), node.name);
        }
    }
}

void readNodeHistory(const XmlElement& history, ClusterState* state)
{
    for (const XmlElement* node : history.childrenNamed(QStringLiteral("node"))) {
        for (const XmlElement* resource : node->childrenNamed(QStringLiteral("resource_history"))) {
            const int count = resource->attr(QStringLiteral("fail-count")).toInt();
            if (count <= 0)
                continue;
            state->failCounts << FailCount{baseId(resource->attr(QStringLiteral("id"))),
                                           node->attr(QStringLiteral("name")), count,
                                           resource->attr(QStringLiteral("last-failure")),
                                           resource->attr(QStringLiteral("migration-threshold"))};
        }
    }
}

} // namespace

bool ClusterStateReader::readCib(const QByteArray& cibXml, ClusterState* state, QString* error)
{
    QString parseError;
    const auto root = XmlTree::parse(cibXml, &parseError);
    if (!root) {
        *error = QStringLiteral("the CIB is not readable XML: %1").arg(parseError);
        return false;
    }
    if (root->name != u"cib") {
        *error = QStringLiteral("not a CIB: the document is <%1>, not <cib>").arg(root->name);
        return false;
    }
    const XmlElement* configuration = root->child(QStringLiteral("configuration"));
    if (!configuration) {
        *error = QStringLiteral("the CIB has no <configuration>");
        return false;
    }
    ClusterState fresh;
    if (!readCibVersion(cibXml, &fresh, error))
        return false;
    if (const XmlElement* crmConfig = configuration->child(QStringLiteral("crm_config")))
        fresh.properties = mergedSets(*crmConfig, QStringLiteral("cluster_property_set"));
    fresh.clusterName = fresh.properties.value(QStringLiteral("cluster-name"));
    if (const XmlElement* nodes = configuration->child(QStringLiteral("nodes"))) {
        for (const XmlElement* element : nodes->childrenNamed(QStringLiteral("node"))) {
            Node node;
            node.id = element->attr(QStringLiteral("id"));
            node.name = element->attr(QStringLiteral("uname"));
            node.attributes = mergedSets(*element, QStringLiteral("instance_attributes"));
            node.standby = node.attributes.value(QStringLiteral("standby")) == u"on";
            fresh.nodes << node;
        }
    }
    if (const XmlElement* resources = configuration->child(QStringLiteral("resources"))) {
        for (const XmlElement& element : resources->children)
            readResource(element, {}, &fresh);
    }
    if (const XmlElement* constraints = configuration->child(QStringLiteral("constraints"))) {
        for (const XmlElement& element : constraints->children) {
            if (element.name.startsWith(QLatin1String("rsc_")))
                fresh.constraints << readConstraint(element);
        }
    }
    if (const XmlElement* alerts = configuration->child(QStringLiteral("alerts"))) {
        for (const XmlElement* element : alerts->childrenNamed(QStringLiteral("alert")))
            fresh.alerts << readAlert(*element);
    }
    if (const XmlElement* status = root->child(QStringLiteral("status")))
        readStatus(*status, &fresh);
    *state = fresh;
    return true;
}

bool ClusterStateReader::readConstraints(const QByteArray& constraintsXml, QList<Constraint>* constraints, QString* error)
{
    const auto root = XmlTree::parse(constraintsXml, error);
    if (!root)
        return false;
    if (root->name != u"constraints") {
        *error = QStringLiteral("not a <constraints> section: <%1>").arg(root->name);
        return false;
    }
    constraints->clear();
    for (const XmlElement& element : root->children)
        if (element.name.startsWith(QLatin1String("rsc_")))
            constraints->append(readConstraint(element));
    return true;
}

bool ClusterStateReader::readCibVersion(const QByteArray& cib, ClusterState* state, QString* error)
{
    // Only the root element's attributes: stop there, so a whole CIB costs no more than its head
    // (and the head alone, "<cib ...>" left open by cibadmin --no-children, reads as well).
    QXmlStreamReader reader(cib);
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            *error = QStringLiteral("a DTD where a CIB was expected: refused");
            return false;
        case QXmlStreamReader::StartElement: {
            if (reader.name() != u"cib") {
                *error = QStringLiteral("not a <cib> element but <%1>").arg(reader.name());
                return false;
            }
            const QXmlStreamAttributes attributes = reader.attributes();
            state->adminEpoch = attributes.value(QStringLiteral("admin_epoch")).toLongLong();
            state->epoch = attributes.value(QStringLiteral("epoch")).toLongLong();
            state->numUpdates = attributes.value(QStringLiteral("num_updates")).toLongLong();
            return true;
        }
        default: break;
        }
    }
    *error = QStringLiteral("no <cib> element: %1").arg(reader.errorString());
    return false;
}

bool ClusterStateReader::readCrmMon(const QByteArray& crmMonXml, ClusterState* state, QString* error)
{
    QString parseError;
    const auto root = XmlTree::parse(crmMonXml, &parseError);
    if (!root) {
        *error = QStringLiteral("crm_mon's output is not readable XML: %1").arg(parseError);
        return false;
    }
    // crm_mon 2.x wraps its answer in <pacemaker-result>; 1.x answered with <crm_mon>.
    if (root->name != u"pacemaker-result" && root->name != u"crm_mon") {
        *error = QStringLiteral("not crm_mon XML: the document is <%1>").arg(root->name);
        return false;
    }
    if (const XmlElement* status = root->child(QStringLiteral("status"));
        status && status->attr(QStringLiteral("code")) != u"0") {
        *error = QStringLiteral("crm_mon failed: %1").arg(status->attr(QStringLiteral("message")));
        return false;
    }
    if (const XmlElement* summary = root->child(QStringLiteral("summary"))) {
        if (const XmlElement* dc = summary->child(QStringLiteral("current_dc"))) {
            state->dc = dc->flag(QStringLiteral("present")) ? dc->attr(QStringLiteral("name")) : QString();
            state->hasQuorum = dc->flag(QStringLiteral("with_quorum"));
            state->pacemakerVersion = dc->attr(QStringLiteral("version"));
        }
        if (const XmlElement* change = summary->child(QStringLiteral("last_change"))) {
            state->lastChange = change->attr(QStringLiteral("time"));
            QStringList by;
            if (const QString user = change->attr(QStringLiteral("user")); !user.isEmpty())
                by << user;
            if (const QString client = change->attr(QStringLiteral("client")); !client.isEmpty())
                by << QStringLiteral("via ") + client;
            if (const QString origin = change->attr(QStringLiteral("origin")); !origin.isEmpty())
                by << QStringLiteral("on ") + origin;
            state->lastChangeBy = by.join(u' ');
        }
    }
    if (const XmlElement* nodes = root->child(QStringLiteral("nodes"))) {
        for (const XmlElement* element : nodes->childrenNamed(QStringLiteral("node"))) {
            const QString name = element->attr(QStringLiteral("name"));
            auto it = std::find_if(state->nodes.begin(), state->nodes.end(),
                                   [&](const Node& n) { return n.name == name; });
            if (it == state->nodes.end()) {
                state->nodes.append(Node{});
                it = std::prev(state->nodes.end());
                it->name = name;
            }
            it->id = element->attr(QStringLiteral("id"), it->id);
            it->type = element->attr(QStringLiteral("type"), QStringLiteral("member"));
            it->online = element->flag(QStringLiteral("online"));
            it->standby = element->flag(QStringLiteral("standby"));
            it->standbyOnFail = element->flag(QStringLiteral("standby_onfail"));
            it->maintenance = element->flag(QStringLiteral("maintenance"));
            it->pending = element->flag(QStringLiteral("pending"));
            it->unclean = element->flag(QStringLiteral("unclean"));
            it->shutdown = element->flag(QStringLiteral("shutdown"));
            it->isDc = element->flag(QStringLiteral("is_dc"));
            it->resourcesRunning = element->attr(QStringLiteral("resources_running")).toInt();
            it->connectionResource = element->attr(QStringLiteral("id_as_resource"));
        }
    }
    for (Resource& resource : state->resources) {
        resource.activeOn.clear();
        resource.roleOn.clear();
        resource.role.clear();
        resource.failed = false;
    }
    if (const XmlElement* resources = root->child(QStringLiteral("resources"))) {
        for (const XmlElement& element : resources->children) {
            if (element.name == u"resource")
                readRuntimeResource(element, {}, state);
            else
                readRuntimeCollection(element, state);
        }
    }
    summariseCollections(state);
    // Stable output whatever order the CIB and crm_mon list things in.
    std::sort(state->nodes.begin(), state->nodes.end(), [](const Node& a, const Node& b) { return a.name < b.name; });
    for (Resource& resource : state->resources)
        resource.activeOn.sort();
    for (Resource& resource : state->resources) {
        if (resource.role.isEmpty())
            resource.role = QStringLiteral("Stopped");
    }
    state->failures.clear();
    if (const XmlElement* failures = root->child(QStringLiteral("failures"))) {
        for (const XmlElement* element : failures->childrenNamed(QStringLiteral("failure")))
            state->failures << readFailure(*element);
    }
    state->fencing.clear();
    if (const XmlElement* history = root->child(QStringLiteral("fence_history"))) {
        for (const XmlElement* event : history->childrenNamed(QStringLiteral("fence_event")))
            state->fencing << FenceEvent{event->attr(QStringLiteral("target")), event->attr(QStringLiteral("action")),
                                         event->attr(QStringLiteral("status")), event->attr(QStringLiteral("delegate")),
                                         event->attr(QStringLiteral("origin")), event->attr(QStringLiteral("client")),
                                         event->attr(QStringLiteral("completed"))};
    }
    state->tickets.clear();
    if (const XmlElement* tickets = root->child(QStringLiteral("tickets"))) {
        for (const XmlElement* ticket : tickets->childrenNamed(QStringLiteral("ticket")))
            state->tickets << Ticket{ticket->attr(QStringLiteral("id")),
                                     ticket->attr(QStringLiteral("status")) == u"granted",
                                     ticket->flag(QStringLiteral("standby")),
                                     ticket->attr(QStringLiteral("last-granted"))};
    }
    state->failCounts.clear();
    if (const XmlElement* history = root->child(QStringLiteral("node_history")))
        readNodeHistory(*history, state);
    describeRemoteNodes(state);
    return true;
}

} // namespace hadesk::pcmk
