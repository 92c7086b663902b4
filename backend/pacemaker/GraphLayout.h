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
    // The shape (width / height) of the window the graph is shown in: the node frames fill it
    // in rows and columns.
    double aspect = 1.6;
    // Node frames per row; 0 chooses for the aspect. A view keeps the count it was given first,
    // so the frames keep their places when resources move.
    int columns = 0;
    // The smallest frames: a view passes the last layout's sizes, so frames only ever grow in place.
    double minimumFrameWidth = 0;
    QList<double> minimumRowHeights;
};

// Where the resource graph's pieces go: cluster nodes as frames in rows and columns, always in
// the cluster's order of nodes, each holding what runs there (laid out by Graphviz's dot,
// libgvc): groups as frames inside them, an instance of each clone or bundle running there;
// below them what runs nowhere in particular (the clones and bundles as a whole, stopped
// resources, DRBD boxes). Colocation and order constraints are edges, and location constraints
// (moves, bans, preferences) edges to their node's frame when asked. Coordinates are in points,
// y down.
struct GraphLayout
{
    using Options = GraphLayoutOptions;
    enum class ItemKind { Primitive, Collection, Replication, Instance };
    struct Item
    {
        // A resource id; for a Replication item "drbd:" and the DRBD resource; for an Instance
        // instanceItem(collection, node).
        QString id;
        ItemKind kind = ItemKind::Primitive;
        QString host; // the node it runs on, or empty (stopped, or a collection spread over nodes)
        QRectF rect;
        QString resource; // the resource it stands for (an Instance's clone or bundle)
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
    int columns = 1; // node frames per row
    double frameWidth = 0;    // every node's frame is this wide
    QList<double> rowHeights; // and as tall as the others in its row
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
    // A clone's or bundle's instance on a node ("COLLECTION@NODE": no Pacemaker id has an @).
    static QString instanceItem(const QString& collection, const QString& node);
    // The nodes drawn as frames: a bundle's replicas are drawn where their containers run.
    static bool hasFrame(const Node& node) { return node.type != u"bundle"; }
};

} // namespace hadesk::pcmk
