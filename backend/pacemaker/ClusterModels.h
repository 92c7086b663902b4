#pragma once

#include "backend/pacemaker/ClusterState.h"

#include <QAbstractItemModel>
#include <QAbstractTableModel>

namespace hadesk::pcmk {

// Item models over a ClusterState for the views. setState() keeps rows in place when the shape
// is unchanged (only dataChanged), so selections and expanded branches survive live updates.

// Whether two row lists have the same keys in the same order: the models' test for "same shape".
template<typename T, typename Key>
bool sameKeys(const QList<T>& a, const QList<T>& b, Key key)
{
    return a.size() == b.size() &&
           std::equal(a.cbegin(), a.cend(), b.cbegin(), [&](const T& x, const T& y) { return key(x) == key(y); });
}

// Something in the cluster the operator should look at, in words, and the view to act on it in.
struct Attention
{
    QString text;
    QString view;    // placement, graph, overview, ...
    QString subject; // the resource or node it is about
};
// What needs attention, worst first: no quorum, fencing off, maintenance, nodes that cannot run
// resources, resources not running, clones short of instances, failures nearing the
// migration-threshold, unmanaged resources. (Failed actions and moves left behind have tables of
// their own.)
QList<Attention> needsAttention(const ClusterState& state);

class NodeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, TypeColumn, ResourcesColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setState(const ClusterState& state);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(const Node& node);

    // The nodes in groups to show them by: cluster nodes by name prefix when they have several
    // (controller-0..2, database-0..2, ...), then remote nodes, guest nodes, bundle replicas.
    struct Group
    {
        QString title;
        QStringList nodes;
    };
    static QList<Group> groupsOf(const ClusterState& state);

private:
    QList<Node> m_nodes;
};

class ResourceTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, AgentColumn, RoleColumn, ActiveOnColumn, ColumnCount };
    enum Role { ResourceIdRole = Qt::UserRole + 1, FailedRole };
    using QAbstractItemModel::QAbstractItemModel;

    void setState(const ClusterState& state);
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Rows are resources; each knows its parent row and its children rows (-1: top level).
    struct Row
    {
        Resource resource;
        int parentRow = -1;
        QList<int> childRows;
    };
    QList<int> childrenOf(int row) const;
    QList<Row> m_rows;
    QList<int> m_topLevel;
};

class ConstraintTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, KindColumn, ResourcesColumn, DetailColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setState(const ClusterState& state);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Constraint> m_constraints;
};

} // namespace hadesk::pcmk
