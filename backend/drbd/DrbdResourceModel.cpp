#include "backend/drbd/DrbdResourceModel.h"

#include <QColor>

namespace hadesk::drbd {
namespace {

constexpr quintptr kResourceRow = 0;

// Both sides' words as one: "Connected", or "Connected / StandAlone" when they differ.
QString bothSides(const QString& a, const QString& b)
{
    const QString left = a.isEmpty() ? QStringLiteral("—") : a;
    const QString right = b.isEmpty() ? QStringLiteral("—") : b;
    return left == right ? left : left + QStringLiteral(" / ") + right;
}

QColor problemColour()
{
    return QColor(200, 40, 40);
}

} // namespace

DrbdResourceModel::DrbdResourceModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

// Resources and their nodes, in order: what decides whether rows can change in place.
QString DrbdResourceModel::shapeOf(const QList<ResourceOverview>& resources)
{
    QStringList parts;
    for (const ResourceOverview& r : resources) {
        parts << r.name;
        for (const Replica& replica : r.replicas)
            parts << QStringLiteral("/") + replica.node;
    }
    return parts.join(u'\n');
}

void DrbdResourceModel::setResources(const QList<ResourceOverview>& resources)
{
    if (shapeOf(resources) != shapeOf(m_resources)) {
        beginResetModel();
        m_resources = resources;
        endResetModel();
        return;
    }
    m_resources = resources;
    if (m_resources.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_resources.size()) - 1, ColumnCount - 1));
    for (int row = 0; row < m_resources.size(); ++row) {
        const int nodes = int(m_resources.at(row).replicas.size());
        if (nodes > 0)
            Q_EMIT dataChanged(index(0, 0, index(row, 0)), index(nodes - 1, ColumnCount - 1, index(row, 0)));
    }
}

const ResourceOverview* DrbdResourceModel::resourceAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    const int row = index.internalId() == kResourceRow ? index.row() : int(index.internalId() - 1);
    return row >= 0 && row < m_resources.size() ? &m_resources.at(row) : nullptr;
}

QModelIndex DrbdResourceModel::indexOf(const QString& resource, const QString& node) const
{
    for (int row = 0; row < m_resources.size(); ++row) {
        const ResourceOverview& r = m_resources.at(row);
        if (r.name != resource)
            continue;
        if (node.isEmpty())
            return index(row, 0);
        for (int child = 0; child < r.replicas.size(); ++child)
            if (r.replicas.at(child).node == node)
                return index(child, 0, index(row, 0));
    }
    return {};
}

QModelIndex DrbdResourceModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_resources.size() ? createIndex(row, column, kResourceRow) : QModelIndex();
    if (parent.internalId() != kResourceRow || parent.row() >= m_resources.size())
        return {};
    if (row >= m_resources.at(parent.row()).replicas.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex DrbdResourceModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kResourceRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kResourceRow);
}

int DrbdResourceModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_resources.size());
    if (parent.internalId() != kResourceRow || parent.column() != 0 || parent.row() >= m_resources.size())
        return 0;
    return int(m_resources.at(parent.row()).replicas.size());
}

int DrbdResourceModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const Link* DrbdResourceModel::syncingLink(const ResourceOverview& resource)
{
    for (const Link& link : resource.links)
        if (link.progress)
            return &link;
    return nullptr;
}

QVariant DrbdResourceModel::data(const QModelIndex& index, int role) const
{
    const ResourceOverview* r = resourceAt(index);
    if (!r)
        return {};
    if (role == ResourceRole)
        return r->name;
    if (role == ProblemRole)
        return !r->warnings.isEmpty();
    if (index.internalId() == kResourceRow)
        return resourceData(*r, index.column(), role);
    if (index.row() >= r->replicas.size())
        return {};
    return nodeData(*r, r->replicas.at(index.row()), index.column(), role);
}

QVariant DrbdResourceModel::resourceData(const ResourceOverview& r, int column, int role) const
{
    const Link* syncing = syncingLink(r);
    if (role == ProgressRole)
        return syncing && syncing->progress->percent >= 0 ? syncing->progress->percent : -1.0;
    if (role == NodeRole)
        return QString();
    if (role == Qt::ToolTipRole && column == SyncColumn && syncing)
        return DrbdOverview::progressText(*syncing);
    if (role == Qt::ToolTipRole)
        return r.warnings.isEmpty() ? QVariant() : r.warnings.join(u'\n');
    if (role == Qt::ForegroundRole && column == NameColumn && !r.warnings.isEmpty())
        return problemColour();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return r.warnings.isEmpty() ? r.name : QStringLiteral("⚠ ") + r.name;
    case RoleColumn: {
        QStringList primaries;
        for (const Replica& replica : r.replicas)
            if (replica.role == u"Primary")
                primaries << replica.node;
        return primaries.isEmpty() ? tr("Secondary everywhere") : tr("Primary on %1").arg(primaries.join(QLatin1String(", ")));
    }
    case DiskColumn: {
        QStringList disks;
        for (const Replica& replica : r.replicas)
            disks << replica.disks.join(u',');
        return disks.join(QLatin1String(" / "));
    }
    case ConnectionColumn:
    case ReplicationColumn: {
        QStringList parts;
        for (const Link& link : r.links)
            parts << (column == ConnectionColumn ? bothSides(link.stateA, link.stateB)
                                                 : bothSides(link.replicationA, link.replicationB));
        return parts.join(QLatin1String("; "));
    }
    case SyncColumn: {
        if (syncing)
            return DrbdOverview::progressBarText(*syncing->progress);
        for (const Link& link : r.links)
            if (link.outOfSyncKiB > 0)
                return tr("%1 KiB out of sync").arg(link.outOfSyncKiB);
        return QString();
    }
    case ClusterColumn:
        // Where it is promoted shows on the node rows.
        return r.clusterResource.isEmpty() ? tr("not run by Pacemaker") : r.clusterResource;
    default:
        return {};
    }
}

QVariant DrbdResourceModel::nodeData(const ResourceOverview& r, const Replica& replica, int column, int role) const
{
    if (role == NodeRole)
        return replica.node;
    if (role == ProgressRole)
        return -1.0;
    if (role == Qt::ForegroundRole && column == RoleColumn && replica.splitBrain)
        return problemColour();
    if (role != Qt::DisplayRole)
        return {};
    QStringList connections, replications;
    for (const Link& link : r.links) {
        const bool isA = link.nodeA == replica.node;
        if (!isA && link.nodeB != replica.node)
            continue;
        const QString& state = isA ? link.stateA : link.stateB;
        const QString& peer = isA ? link.nodeB : link.nodeA;
        connections << (state.isEmpty() ? tr("no connection to %1").arg(peer) : tr("%1 to %2").arg(state, peer));
        replications << (isA ? link.replicationA : link.replicationB);
    }
    switch (column) {
    case NameColumn:
        return replica.node;
    case RoleColumn:
        return replica.splitBrain ? tr("%1 (split brain)").arg(replica.role) : replica.role;
    case DiskColumn:
        return replica.suspended.isEmpty() || replica.suspended == u"no"
                   ? replica.disks.join(u',')
                   : tr("%1 (I/O suspended: %2)").arg(replica.disks.join(u','), replica.suspended);
    case ConnectionColumn:
        return connections.join(QLatin1String("; "));
    case ReplicationColumn:
        return replications.join(QLatin1String("; "));
    case ClusterColumn:
        if (r.clusterResource.isEmpty())
            return QString();
        return r.promotedNode == replica.node ? tr("promoted") : tr("not promoted");
    default:
        return QString();
    }
}

QVariant DrbdResourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Resource / node");
    case RoleColumn:
        return tr("Role");
    case DiskColumn:
        return tr("Disk");
    case ConnectionColumn:
        return tr("Connection");
    case ReplicationColumn:
        return tr("Replication");
    case SyncColumn:
        return tr("Sync");
    case ClusterColumn:
        return tr("Pacemaker");
    default:
        return {};
    }
}

} // namespace hadesk::drbd
