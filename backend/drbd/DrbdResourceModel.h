#pragma once

#include "backend/drbd/DrbdOverview.h"

#include <QAbstractItemModel>

namespace hadesk::drbd {

// The DRBD resources as a tree for a view: a row per resource (its link, progress, warnings and
// what Pacemaker does with it), under it a row per node (role, disks, its side of the link).
// A new overview with the same resources and nodes changes the rows in place, so a selection
// and the expanded rows survive a progress update.
class DrbdResourceModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, DiskColumn, ConnectionColumn, ReplicationColumn, ClusterColumn, SyncColumn, ColumnCount };
    enum Roles {
        ResourceRole = Qt::UserRole + 1, // the DRBD resource's name, on every row
        NodeRole,                        // the node, on node rows; empty on resource rows
        ProgressRole,                    // percent of a running resync or verify, -1 when none
        ProblemRole,                     // true when the resource has warnings
    };

    explicit DrbdResourceModel(QObject* parent = nullptr);

    void setResources(const QList<ResourceOverview>& resources);
    const QList<ResourceOverview>& resources() const { return m_resources; }
    const ResourceOverview* resourceAt(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& resource, const QString& node = {}) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The running resync or verify of a resource (the first link that has one).
    static const Link* syncingLink(const ResourceOverview& resource);

private:
    QVariant resourceData(const ResourceOverview& r, int column, int role) const;
    QVariant nodeData(const ResourceOverview& r, const Replica& replica, int column, int role) const;
    static QString shapeOf(const QList<ResourceOverview>& resources);

    QList<ResourceOverview> m_resources;
};

} // namespace hadesk::drbd
