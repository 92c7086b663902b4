#include "backend/pacemaker/PlacementModel.h"

#include "backend/pacemaker/ClusterModels.h"

#include <QColor>

namespace hadesk::pcmk {

QString PlacementModel::problemOf(const ClusterState& state, const Resource& resource)
{
    QStringList problems;
    if (resource.failed)
        problems << tr("failed");
    if (resource.blocked)
        problems << tr("blocked");
    if (!resource.managed)
        problems << tr("unmanaged");
    if (resource.orphaned)
        problems << tr("orphaned");
    const QString target = resource.targetRole();
    bool meantToStop = target == u"Stopped";
    for (const Resource* p = state.resource(resource.parent); p && !meantToStop; p = state.resource(p->parent))
        meantToStop = p->targetRole() == u"Stopped";
    if (resource.activeOn.isEmpty() && !meantToStop)
        problems << tr("not running");
    int failures = 0;
    for (const FailCount& count : state.failCountsOf(resource.id))
        failures += count.count;
    if (failures > 0)
        problems << tr("%n failure(s) counted", nullptr, failures);
    // A move or ban left behind keeps steering the resource (its own, or its group's or clone's).
    QStringList owners{resource.id};
    for (const Resource* p = state.resource(resource.parent); p; p = state.resource(p->parent))
        owners << p->id;
    for (const Constraint& c : state.constraints)
        if (c.isFromMoveOrBan() && std::any_of(owners.cbegin(), owners.cend(), [&c](const QString& id) { return c.resources.contains(id); }))
            problems << tr("%1 left behind").arg(c.id);
    return problems.join(QLatin1String(", "));
}

void PlacementModel::setState(const ClusterState& state)
{
    QStringList nodes;
    QStringList marks;
    for (const Node& node : state.nodes) {
        nodes << node.name;
        // What keeps a node from running resources, on its column.
        marks << (!node.online          ? tr("offline")
                  : node.unclean        ? tr("unclean")
                  : node.maintenance    ? tr("maintenance")
                  : node.standby        ? tr("standby")
                                        : QString());
    }
    const bool marksChanged = marks != m_nodeMarks;
    m_nodeMarks = marks;
    QList<Row> rows;
    for (const Resource& resource : state.resources) {
        if (resource.kind != ResourceKind::Primitive || resource.implicit)
            continue;
        Row row{resource.id, resource.parent.isEmpty() ? resource.id : resource.parent + u'/' + resource.id,
                resource.roleOn, {}, problemOf(state, resource)};
        for (const FailedAction& failure : state.failures) {
            if (failure.resource == resource.id && !row.failedOn.contains(failure.node))
                row.failedOn << failure.node;
        }
        rows << row;
    }
    const bool sameShape = nodes == m_nodes && sameKeys(m_rows, rows, [](const Row& r) { return r.id; });
    if (sameShape) {
        m_rows = rows;
        if (marksChanged && !m_nodes.isEmpty())
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_nodes.size()) - 1);
        if (!m_rows.isEmpty() && !m_nodes.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_nodes.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_nodes = nodes;
    endResetModel();
}

int PlacementModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlacementModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

QVariant PlacementModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows.at(index.row());
    const QString& node = m_nodes.at(index.column());
    const bool failedHere = row.failedOn.contains(node);
    const QString here = row.roleOn.value(node);
    switch (role) {
    case Qt::DisplayRole:
        if (failedHere)
            return here.isEmpty() ? tr("failed") : tr("%1, failed").arg(here);
        return here;
    case Qt::ToolTipRole: return row.problem.isEmpty() ? QVariant() : QVariant(row.problem);
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        // Translucent, so the same colours read on light and dark palettes.
        if (failedHere)
            return QColor(220, 40, 40, 110);
        if (here == u"Promoted")
            return QColor(40, 110, 230, 110);
        if (here == u"Unpromoted")
            return QColor(40, 110, 230, 45);
        if (!here.isEmpty())
            return QColor(40, 170, 70, 90);
        return {};
    case ResourceIdRole: return row.id;
    case NodeNameRole: return node;
    case CellRoleRole: return here;
    case ProblemRole: return !row.problem.isEmpty();
    case ProblemTextRole: return row.problem;
    }
    return {};
}

QVariant PlacementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section < m_nodes.size()) {
        const QString& mark = m_nodeMarks.value(section);
        if (role == Qt::DisplayRole)
            return mark.isEmpty() ? m_nodes.at(section) : QStringLiteral("%1\n(%2)").arg(m_nodes.at(section), mark);
        if (role == Qt::ForegroundRole && !mark.isEmpty())
            return QColor(208, 144, 32);
        if (role == NodeNameRole)
            return m_nodes.at(section);
        if (role == NodeMarkRole)
            return mark;
    }
    if (orientation == Qt::Vertical && section < m_rows.size()) {
        if (role == Qt::DisplayRole)
            return m_rows.at(section).label;
        if (role == Qt::ToolTipRole && !m_rows.at(section).problem.isEmpty())
            return m_rows.at(section).problem;
        if (role == Qt::ForegroundRole && !m_rows.at(section).problem.isEmpty())
            return QColor(200, 30, 30);
    }
    return {};
}

} // namespace hadesk::pcmk
