#include "backend/pacemaker/ClusterModels.h"

#include <QRegularExpression>

namespace hadesk::pcmk {
// ------------------------------------------------------------------ nodes

QList<Attention> needsAttention(const ClusterState& state)
{
    QList<Attention> items;
    const auto property = [&state](const char* name, const char* fallback) {
        return state.properties.value(QLatin1String(name), QLatin1String(fallback));
    };
    if (!state.hasQuorum)
        items.append({NodeTableModel::tr("The cluster has no quorum: it runs no resources"), QStringLiteral("overview"), {}});
    if (property("stonith-enabled", "true") == u"false")
        items.append({NodeTableModel::tr("Fencing is disabled: a node that fails cannot be fenced"), QStringLiteral("overview"), {}});
    if (property("maintenance-mode", "false") == u"true")
        items.append({NodeTableModel::tr("The cluster is in maintenance mode: nothing is started, stopped or monitored"),
                      QStringLiteral("overview"), {}});
    for (const Node& node : state.nodes) {
        if (node.type == u"bundle")
            continue; // a replica's node comes and goes with its container
        QString text;
        if (node.unclean)
            text = NodeTableModel::tr("%1 is unclean: it must be fenced").arg(node.name);
        else if (!node.online)
            text = NodeTableModel::tr("%1 is offline").arg(node.name);
        else if (node.maintenance)
            text = NodeTableModel::tr("%1 is in maintenance: its resources are left alone").arg(node.name);
        else if (node.standby)
            text = NodeTableModel::tr("%1 is in standby: it runs no resources").arg(node.name);
        if (!text.isEmpty())
            items.append({text, QStringLiteral("overview"), node.name});
    }
    for (const Resource& r : state.resources) {
        if (!r.parent.isEmpty() || r.implicit)
            continue;
        bool meantToStop = r.targetRole() == u"Stopped";
        if (r.activeOn.isEmpty() && !meantToStop)
            items.append({NodeTableModel::tr("%1 is not running").arg(r.id), QStringLiteral("placement"), r.id});
        else if (r.instances > 0 && r.instancesActive < r.instances && r.instancesActive > 0)
            items.append({NodeTableModel::tr("%1 runs %2 of %3 instances").arg(r.id).arg(r.instancesActive).arg(r.instances),
                          QStringLiteral("graph"), r.id});
        if (!r.managed)
            items.append({NodeTableModel::tr("%1 is unmanaged: the cluster does not act on it").arg(r.id), QStringLiteral("graph"), r.id});
    }
    for (const FailCount& count : state.failCounts) {
        const int threshold = count.migrationThreshold.toInt();
        items.append({threshold > 0 && threshold < 1000000
                          ? NodeTableModel::tr("%1 failed %n time(s) on %2; it moves away at %3", nullptr, count.count)
                                .arg(count.resource, count.node)
                                .arg(threshold)
                          : NodeTableModel::tr("%1 failed %n time(s) on %2", nullptr, count.count).arg(count.resource, count.node),
                      QStringLiteral("placement"), count.resource});
    }
    return items;
}

QList<NodeTableModel::Group> NodeTableModel::groupsOf(const ClusterState& state)
{
    static const QRegularExpression numbered(QStringLiteral("^(.*[^-_.0-9])[-_.]?[0-9]+$"));
    QList<Group> byPrefix;
    Group remote{tr("Remote nodes"), {}}, guest{tr("Guest nodes"), {}}, replicas{tr("Bundle replicas"), {}};
    for (const Node& node : state.nodes) {
        if (node.type == u"remote") {
            remote.nodes << node.name;
        } else if (node.type == u"guest") {
            guest.nodes << node.name;
        } else if (node.type == u"bundle") {
            replicas.nodes << node.name;
        } else {
            const QRegularExpressionMatch match = numbered.match(node.name);
            const QString prefix = match.hasMatch() ? match.captured(1) : node.name;
            auto group = std::find_if(byPrefix.begin(), byPrefix.end(), [&](const Group& g) { return g.title == prefix; });
            if (group == byPrefix.end())
                byPrefix.append({prefix, {node.name}});
            else
                group->nodes << node.name;
        }
    }
    // Prefixes mean something only when several nodes share them: else one group of nodes.
    const bool meaningful = byPrefix.size() > 1 && std::all_of(byPrefix.cbegin(), byPrefix.cend(), [](const Group& g) {
        return g.nodes.size() > 1;
    });
    QList<Group> groups;
    if (meaningful) {
        groups = byPrefix;
    } else {
        Group members{tr("Cluster nodes"), {}};
        for (const Group& g : std::as_const(byPrefix))
            members.nodes << g.nodes;
        if (!members.nodes.isEmpty())
            groups << members;
    }
    for (const Group& g : {remote, guest, replicas})
        if (!g.nodes.isEmpty())
            groups << g;
    return groups;
}

QString NodeTableModel::stateText(const Node& node)
{
    if (node.unclean)
        return tr("UNCLEAN");
    if (!node.online)
        return node.pending ? tr("pending") : tr("offline");
    if (node.maintenance)
        return tr("maintenance");
    if (node.standby)
        return node.standbyOnFail ? tr("standby (on fail)") : tr("standby");
    return tr("online");
}

void NodeTableModel::setState(const ClusterState& state)
{
    if (sameKeys(m_nodes, state.nodes, [](const Node& n) { return n.name; })) {
        m_nodes = state.nodes;
        if (!m_nodes.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_nodes.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_nodes = state.nodes;
    endResetModel();
}

int NodeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int NodeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodeTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const Node& node = m_nodes.at(index.row());
    switch (index.column()) {
    case NameColumn: return node.isDc ? tr("%1 (DC)").arg(node.name) : node.name;
    case StateColumn: return stateText(node);
    case TypeColumn: return node.type;
    case ResourcesColumn: return node.resourcesRunning;
    }
    return {};
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Node");
    case StateColumn: return tr("State");
    case TypeColumn: return tr("Type");
    case ResourcesColumn: return tr("Resources");
    }
    return {};
}

// ------------------------------------------------------------------ resources

void ResourceTreeModel::setState(const ClusterState& state)
{
    QList<Row> rows;
    QList<int> topLevel;
    QHash<QString, int> rowOf;
    for (const Resource& resource : state.resources) {
        Row row{resource, -1, {}};
        rowOf.insert(resource.id, int(rows.size()));
        rows << row;
    }
    for (int i = 0; i < rows.size(); ++i) {
        const int parentRow = rowOf.value(rows.at(i).resource.parent, -1);
        rows[i].parentRow = parentRow;
        if (parentRow >= 0)
            rows[parentRow].childRows << i;
        else
            topLevel << i;
    }
    const auto shape = [](const Row& r) -> QString { return r.resource.id + u'/' + r.resource.parent; };
    if (sameKeys(m_rows, rows, shape)) {
        m_rows = rows;
        for (int i = 0; i < m_rows.size(); ++i) {
            const int parentRow = m_rows.at(i).parentRow;
            const int position = int((parentRow < 0 ? m_topLevel : m_rows.at(parentRow).childRows).indexOf(i));
            Q_EMIT dataChanged(createIndex(position, 0, quintptr(i)), createIndex(position, ColumnCount - 1, quintptr(i)));
        }
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_topLevel = topLevel;
    endResetModel();
}

QList<int> ResourceTreeModel::childrenOf(int row) const
{
    return row < 0 ? m_topLevel : m_rows.at(row).childRows;
}

QModelIndex ResourceTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<int> children = childrenOf(parent.isValid() ? int(parent.internalId()) : -1);
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex ResourceTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int parentRow = m_rows.at(int(child.internalId())).parentRow;
    if (parentRow < 0)
        return {};
    const int grandparent = m_rows.at(parentRow).parentRow;
    return createIndex(int(childrenOf(grandparent).indexOf(parentRow)), 0, quintptr(parentRow));
}

int ResourceTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int ResourceTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ResourceTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Resource& resource = m_rows.at(int(index.internalId())).resource;
    if (role == ResourceIdRole)
        return resource.id;
    if (role == FailedRole)
        return resource.failed;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn: return resource.id;
    case AgentColumn: return resource.kind == ResourceKind::Primitive ? resource.agent() : kindName(resource.kind);
    case RoleColumn: return resource.failed ? tr("%1 (failed)").arg(resource.role) : resource.role;
    case ActiveOnColumn: return resource.activeOn.join(QLatin1String(", "));
    }
    return {};
}

QVariant ResourceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Resource");
    case AgentColumn: return tr("Agent");
    case RoleColumn: return tr("Role");
    case ActiveOnColumn: return tr("Active on");
    }
    return {};
}

// ------------------------------------------------------------------ constraints

void ConstraintTableModel::setState(const ClusterState& state)
{
    if (sameKeys(m_constraints, state.constraints, [](const Constraint& c) { return c.id; })) {
        m_constraints = state.constraints;
        if (!m_constraints.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_constraints.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_constraints = state.constraints;
    endResetModel();
}

int ConstraintTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_constraints.size());
}

int ConstraintTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConstraintTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const Constraint& constraint = m_constraints.at(index.row());
    switch (index.column()) {
    case IdColumn: return constraint.id;
    case KindColumn: return kindName(constraint.kind);
    case ResourcesColumn: return constraint.resources.join(QLatin1String(", "));
    case DetailColumn: {
        QStringList detail;
        if (constraint.attributes.contains(QStringLiteral("score")))
            detail << tr("score %1").arg(constraint.attributes.value(QStringLiteral("score")));
        if (constraint.attributes.contains(QStringLiteral("node")))
            detail << tr("node %1").arg(constraint.attributes.value(QStringLiteral("node")));
        if (constraint.hasRules)
            detail << tr("rules");
        if (constraint.hasResourceSets)
            detail << tr("resource sets");
        if (!constraint.expires.isEmpty())
            detail << tr("until %1").arg(constraint.expires);
        return detail.join(QLatin1String(", "));
    }
    }
    return {};
}

QVariant ConstraintTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Constraint");
    case KindColumn: return tr("Kind");
    case ResourcesColumn: return tr("Resources");
    case DetailColumn: return tr("Details");
    }
    return {};
}

} // namespace hadesk::pcmk
