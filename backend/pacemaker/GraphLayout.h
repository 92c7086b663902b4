#pragma once

#include "backend/pacemaker/ClusterState.h"

#include <QPolygonF>
#include <QRectF>

#include <optional>

namespace hadesk::pcmk {

struct GraphLayoutOptions
{
    bool locations = false; // location constraints as edges to their node
    // Promotable clone -> the DRBD resource it runs: drawn as a box beside the clone.
    QMap<QString, QString> drbdOf;
};

// Where the resource graph's pieces go, computed by Graphviz's dot (libgvc): cluster nodes as
// frames holding what runs there, groups as frames inside them, clones and bundles as one item
// beside the nodes, colocation and order constraints as edges, and location constraints (moves,
// bans, preferences) as edges to their node's frame when asked. Coordinates are in points, y down.
struct GraphLayout
{
    using Options = GraphLayoutOptions;
    enum class ItemKind { Primitive, Collection, Replication };
    struct Item
    {
        QString id; // a resource id; for a Replication item "drbd:" and the DRBD resource
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
        QString from, to; // item ids; for a location, `to` is the node
        QString label;    // the score, or "then"
        QPolygonF path;   // from the tail to the head
        QPointF labelAt;  // the label's centre
        bool replication = false; // from a clone to the DRBD resource it runs, not a constraint
    };

    QRectF bounds;
    QList<Frame> frames;
    QList<Item> items;
    QList<Edge> edges;
    QString structure; // equal for two states whose graph has the same pieces in the same places

    static std::optional<GraphLayout> compute(const ClusterState& state, const Options& options, QString* error);
    // The item a resource is drawn as (itself, its clone or bundle), or empty.
    static QString itemFor(const ClusterState& state, const QString& resource);
    static QString structureOf(const ClusterState& state, const Options& options = {});
    // The Replication item's id for a DRBD resource ("drbd:NAME": no Pacemaker id has a colon).
    static QString replicationItem(const QString& drbdResource);
};

} // namespace hadesk::pcmk
