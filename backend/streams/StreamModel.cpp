#include "backend/streams/StreamModel.h"

#include "backend/streams/NodeStream.h"

#include <QColor>

namespace hadesk::streams {

void StreamModel::track(NodeStream* stream)
{
    if (m_streams.contains(stream))
        return;
    const int row = int(m_streams.size());
    beginInsertRows({}, row, row);
    m_streams << stream;
    endInsertRows();
    connect(stream, &NodeStream::statusChanged, this, [this, stream] {
        const int at = int(m_streams.indexOf(stream));
        if (at >= 0)
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    });
    connect(stream, &QObject::destroyed, this, [this, stream] {
        // The pointer has gone null by now: find it by what is left.
        for (int i = 0; i < m_streams.size(); ++i) {
            if (m_streams.at(i).isNull() || m_streams.at(i).data() == stream) {
                beginRemoveRows({}, i, i);
                m_streams.removeAt(i);
                endRemoveRows();
                return;
            }
        }
    });
}

NodeStream* StreamModel::stream(int row) const
{
    return row >= 0 && row < m_streams.size() ? m_streams.at(row).data() : nullptr;
}

void StreamModel::readAgain(int row)
{
    if (NodeStream* s = stream(row))
        s->readAgain();
}

int StreamModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_streams.size());
}

int StreamModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StreamModel::data(const QModelIndex& index, int role) const
{
    const NodeStream* s = stream(index.row());
    if (!s)
        return {};
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        switch (s->status()) {
        // Unavailable is often just a node without the tool (no DRBD there): the reason says
        // which; a stream that keeps dropping is what wants attention.
        case NodeStream::Status::Unavailable: return QColor(0x70, 0x70, 0x70);
        case NodeStream::Status::Restarting: return QColor(0xb0, 0x20, 0x20);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == WhatColumn)
        return s->argv().join(u' ');
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NodeColumn: return s->node();
    case WhatColumn: return s->what();
    case StateColumn: return NodeStream::statusName(s->status());
    case RestartsColumn: return s->restarts();
    case ReasonColumn: return s->reason();
    default: return {};
    }
}

QVariant StreamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn: return tr("Node");
    case WhatColumn: return tr("Follows");
    case StateColumn: return tr("State");
    case RestartsColumn: return tr("Restarts");
    case ReasonColumn: return tr("Why");
    default: return {};
    }
}

} // namespace hadesk::streams
