#pragma once

#include <QAbstractItemModel>

namespace hadesk {

class ClusterStore;

// Clusters and, below each, its nodes; columns: name, address.
class ClusterTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AddressColumn, ColumnCount };
    enum Role { ClusterNameRole = Qt::UserRole + 1, IsNodeRole };

    explicit ClusterTreeModel(ClusterStore* store, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ClusterStore* m_store;
};

} // namespace hadesk
