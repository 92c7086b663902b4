#pragma once

#include "backend/pacemaker/ClusterState.h"

#include <QPolygonF>
#include <QRectF>

#include <optional>

namespace hadesk::pcmk {

// Where the resource graph's pieces go, computed by Graphviz's dot (libgvc): cluster nodes as
// frames holding what runs there, groups as frames inside them, clones and bundles as one item
// beside the nodes, colocation and order constraints as edges. Coordinates are in points, y down.
struct GraphLayout
{
    enum class ItemKind { Primitive, Collection };
    struct Item
    {
        QString id;
        ItemKind kind = ItemKind::Primitive;
        QString host; // the node it runs on, or empty (stopped, or a collection spread over nodes)
        QRectF rect;
    };
    struct Frame
    {
        QString id;    // a node name, or a group id
        bool isNode = true;
        QRectF rect;
    };
    struct Edge
    {
        QString constraint;
        ConstraintKind kind = ConstraintKind::Colocation;
        QString from, to; // item ids
        QString label;    // the score, or "then"
        QPolygonF path;   // from the tail to the head
        QPointF labelAt;  // the label's centre
    };

    QRectF bounds;
    QList<Frame> frames;
    QList<Item> items;
    QList<Edge> edges;
    QString structure; // equal for two states whose graph has the same pieces in the same places

    static std::optional<GraphLayout> compute(const ClusterState& state, QString* error);
    // The item a resource is drawn as (itself, its clone or bundle), or empty.
    static QString itemFor(const ClusterState& state, const QString& resource);
    static QString structureOf(const ClusterState& state);
};

} // namespace hadesk::pcmk
