#pragma once

#include "backend/pacemaker/ClusterState.h"

#include <QAbstractTableModel>

namespace hadesk::pcmk {

// The placement grid: primitives down, nodes across, the role each has on each node. What the
// operator reads at a glance; ProblemRole on any cell says whether its row needs attention.
class PlacementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { ResourceIdRole = Qt::UserRole + 1, NodeNameRole, CellRoleRole, ProblemRole, ProblemTextRole,
                NodeMarkRole }; // NodeMarkRole, on a column's header: standby, maintenance, offline...
    using QAbstractTableModel::QAbstractTableModel;

    void setState(const ClusterState& state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Why a resource needs attention, or empty: failed, blocked, unmanaged, stopped though it
    // should run, failures counted.
    static QString problemOf(const ClusterState& state, const Resource& resource);

private:
    struct Row
    {
        QString id;
        QString label; // parent/id for members of collections
        QMap<QString, QString> roleOn;
        QStringList failedOn;
        QString problem;
    };
    QList<Row> m_rows;
    QStringList m_nodes;
    QStringList m_nodeMarks; // by column
};

} // namespace hadesk::pcmk
