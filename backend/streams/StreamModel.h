#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace hadesk::streams {

class NodeStream;

// Every live stream of an open cluster (one per watcher and node): what it follows, its state,
// why it is unavailable or restarting, how often it was restarted. The Jobs tab shows it, with
// Read Again for the selected one.
class StreamModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NodeColumn, WhatColumn, StateColumn, RestartsColumn, ReasonColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // Follows the stream until it is destroyed; a stream tracked already is left alone.
    void track(NodeStream* stream);
    NodeStream* stream(int row) const;
    void readAgain(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QPointer<NodeStream>> m_streams;
};

} // namespace hadesk::streams
