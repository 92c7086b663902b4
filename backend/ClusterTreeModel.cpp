#include "backend/ClusterTreeModel.h"

#include "backend/ClusterStore.h"

namespace hadesk {
namespace {

// A node's index carries its cluster's row + 1; a cluster's index carries 0.
constexpr quintptr kClusterId = 0;

} // namespace

ClusterTreeModel::ClusterTreeModel(ClusterStore* store, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(store, &ClusterStore::clusterAboutToBeAdded, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(store, &ClusterStore::clusterAdded, this, [this] { endInsertRows(); });
    connect(store, &ClusterStore::clusterAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(store, &ClusterStore::clusterRemoved, this, [this] { endRemoveRows(); });
    connect(store, &ClusterStore::reset, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

QModelIndex ClusterTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kClusterId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ClusterTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kClusterId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kClusterId);
}

int ClusterTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_store->clusters().size());
    if (parent.internalId() == kClusterId && parent.column() == 0)
        return int(m_store->clusters().at(parent.row()).nodes.size());
    return 0;
}

int ClusterTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ClusterTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isNode = index.internalId() != kClusterId;
    const int clusterRow = isNode ? int(index.internalId() - 1) : index.row();
    const ClusterProfile& cluster = m_store->clusters().at(clusterRow);
    if (role == ClusterNameRole)
        return cluster.name;
    if (role == IsNodeRole)
        return isNode;
    if (!isNode) {
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return cluster.name;
        if (role == Qt::DisplayRole && index.column() == AddressColumn)
            return tr("%n node(s)", nullptr, int(cluster.nodes.size()));
        if (role == Qt::ToolTipRole)
            return tr("Reached through %1").arg(cluster.sshConfigPath);
        return {};
    }
    const ClusterNode& node = cluster.nodes.at(index.row());
    if (role == Qt::DisplayRole && index.column() == NameColumn)
        return node.sshHost;
    if (role == Qt::DisplayRole && index.column() == AddressColumn)
        return node.port == 22 ? node.address : QStringLiteral("%1:%2").arg(node.address).arg(node.port);
    if (role == Qt::ToolTipRole)
        return node.user.isEmpty() ? node.address : node.user + u'@' + node.address;
    return {};
}

QVariant ClusterTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AddressColumn:
        return tr("Address");
    default:
        return {};
    }
}

} // namespace hadesk
