#include "backend/pacemaker/GraphLayout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QHash>
#include <QMutex>
#include <QSet>

#include <cmath>
#include <limits>

namespace hadesk::pcmk {
namespace {

// One Graphviz context for the whole process, used by one layout at a time: freeing a context
// leaves the text-size cache of Graphviz's pango plugin pointing at freed font names (valgrind
// shows the next layout reading them), and Graphviz keeps global state besides.
GVC_t* graphviz()
{
    static GVC_t* const context = gvContext();
    return context;
}
QMutex graphvizLock;

constexpr double kPointsPerInch = 72.0;

// The top-level resource a resource belongs to.
const Resource* topOf(const ClusterState& state, const Resource* resource)
{
    while (resource && !resource->parent.isEmpty()) {
        const Resource* parent = state.resource(resource->parent);
        if (!parent)
            break;
        resource = parent;
    }
    return resource;
}

QString hostOf(const Resource& resource)
{
    return resource.activeOn.size() == 1 ? resource.activeOn.constFirst() : QString();
}

// Graphviz takes char*; these stay alive for the call.
char* text(QByteArray& storage, const QString& value)
{
    storage = value.toUtf8();
    return storage.data();
}

void set(void* object, const char* name, const QString& value)
{
    QByteArray n(name), v = value.toUtf8();
    agsafeset(object, n.data(), v.data(), const_cast<char*>(""));
}

struct Pieces
{
    QList<GraphLayout::Item> items;                 // without rects yet
    QList<std::pair<QString, QString>> groupsOnHost; // group id, host
    QHash<QString, QString> groupOf;                // member item -> group id
    QList<GraphLayout::Edge> edges;
};

Pieces piecesOf(const ClusterState& state, const GraphLayout::Options& options)
{
    Pieces pieces;
    QSet<QString> framed;
    for (const Node& node : state.nodes)
        if (GraphLayout::hasFrame(node))
            framed.insert(node.name);
    // What runs on a node without a frame (a bundle's guest) is drawn with what runs nowhere.
    const auto hostIn = [&framed](const Resource& r) {
        const QString host = hostOf(r);
        return framed.contains(host) ? host : QString();
    };
    for (const Resource& resource : state.resources) {
        if (!resource.parent.isEmpty() || resource.implicit)
            continue;
        if (resource.kind == ResourceKind::Primitive) {
            pieces.items.append({resource.id, GraphLayout::ItemKind::Primitive, hostIn(resource), {}, resource.id});
        } else if (resource.kind == ResourceKind::Group) {
            const QString host = hostIn(resource);
            pieces.groupsOnHost.append({resource.id, host});
            for (const QString& member : resource.children) {
                pieces.items.append({member, GraphLayout::ItemKind::Primitive, host, {}, member});
                pieces.groupOf.insert(member, resource.id);
            }
        } else {
            pieces.items.append({resource.id, GraphLayout::ItemKind::Collection, {}, {}, resource.id});
            // An instance wherever it runs, in the cluster's order of nodes.
            for (const Node& node : state.nodes)
                if (framed.contains(node.name) && resource.activeOn.contains(node.name))
                    pieces.items.append({GraphLayout::instanceItem(resource.id, node.name),
                                         GraphLayout::ItemKind::Instance, node.name, {}, resource.id});
        }
    }
    for (auto it = options.drbdOf.cbegin(); it != options.drbdOf.cend(); ++it) {
        const Resource* clone = state.resource(it.key());
        if (!clone || !clone->parent.isEmpty() || clone->kind == ResourceKind::Primitive)
            continue;
        const QString id = GraphLayout::replicationItem(it.value());
        pieces.items.append({id, GraphLayout::ItemKind::Replication, {}, {}, it.key()});
        GraphLayout::Edge edge{{}, ConstraintKind::Colocation, it.key(), id, {}, {}, {}};
        edge.replication = true;
        pieces.edges.append(edge);
    }
    const auto endpoint = [&](const QString& id) { return GraphLayout::itemFor(state, id); };
    for (const Constraint& c : state.constraints) {
        if (c.kind == ConstraintKind::Location && options.locations && !c.hasResourceSets) {
            const QString from = endpoint(c.attributes.value(QStringLiteral("rsc")));
            const QString node = c.locationNode();
            if (!from.isEmpty() && framed.contains(node))
                pieces.edges.append({c.id, c.kind, from, node, c.locationScore(), {}, {}});
            continue;
        }
        if (c.kind != ConstraintKind::Colocation && c.kind != ConstraintKind::Order)
            continue;
        QString from, to, label;
        if (c.kind == ConstraintKind::Colocation) {
            // Drawn from the dependent resource to the one it follows.
            from = c.attributes.value(QStringLiteral("rsc"));
            to = c.attributes.value(QStringLiteral("with-rsc"));
            label = c.attributes.value(QStringLiteral("score"));
        } else {
            from = c.attributes.value(QStringLiteral("first"));
            to = c.attributes.value(QStringLiteral("then"));
            const QString kind = c.attributes.value(QStringLiteral("kind"));
            label = kind.isEmpty() || kind == u"Mandatory" ? QStringLiteral("then") : kind.toLower();
        }
        if (c.hasResourceSets && c.resources.size() >= 2) {
            // A set: drawn as a chain through its members, in order.
            for (qsizetype i = 0; i + 1 < c.resources.size(); ++i)
                pieces.edges.append({c.id, c.kind, endpoint(c.resources.at(i)), endpoint(c.resources.at(i + 1)),
                                     label + QStringLiteral(" (set)"), {}, {}});
            continue;
        }
        from = endpoint(from);
        to = endpoint(to);
        if (!from.isEmpty() && !to.isEmpty() && from != to)
            pieces.edges.append({c.id, c.kind, from, to, label, {}, {}});
    }
    // A constraint between a resource on a node and a clone or bundle is met by the instance
    // on that node: drawn to it, inside the frame, not across the graph to the whole.
    QHash<QString, QString> hostOfItem;
    QSet<QString> ids;
    for (const GraphLayout::Item& item : std::as_const(pieces.items)) {
        hostOfItem.insert(item.id, item.host);
        ids.insert(item.id);
    }
    for (GraphLayout::Edge& edge : pieces.edges) {
        if (edge.kind == ConstraintKind::Location || edge.replication)
            continue;
        const QString fromHost = hostOfItem.value(edge.from), toHost = hostOfItem.value(edge.to);
        if (!fromHost.isEmpty() && toHost.isEmpty() && ids.contains(GraphLayout::instanceItem(edge.to, fromHost)))
            edge.to = GraphLayout::instanceItem(edge.to, fromHost);
        else if (!toHost.isEmpty() && fromHost.isEmpty() && ids.contains(GraphLayout::instanceItem(edge.from, toHost)))
            edge.from = GraphLayout::instanceItem(edge.from, toHost);
    }
    return pieces;
}

QRectF boxOf(const boxf& box, double height)
{
    return QRectF(QPointF(box.LL.x, height - box.UR.y), QPointF(box.UR.x, height - box.LL.y));
}

QString signatureOf(const ClusterState& state, const Pieces& pieces)
{
    QStringList parts;
    for (const Node& node : state.nodes)
        parts << QStringLiteral("n:") + node.name;
    for (const GraphLayout::Item& item : pieces.items)
        parts << QStringLiteral("i:%1@%2").arg(item.id, item.host);
    for (const GraphLayout::Edge& edge : pieces.edges)
        parts << QStringLiteral("e:%1:%2>%3").arg(edge.constraint, edge.from, edge.to);
    return parts.join(u'|');
}


// One dot layout: a node's contents, or what runs nowhere in particular. Positions are relative
// to the block's top left.
struct Block
{
    QSizeF size;
    QHash<QString, QRectF> items;
    QHash<QString, QRectF> groups;
    QHash<qsizetype, std::pair<QPolygonF, QPointF>> edges; // by index into the pieces' edges: path, label
};

constexpr double kFrameMargin = 14;
constexpr double kFrameTitle = 22;
constexpr double kGap = 28;

// The item's box, sized for the view's label (dot only needs the box): room for the id and the
// state's glyph in front of it; a DRBD box also says its disks' states, "UpToDate ⇄ UpToDate";
// an instance shows its collection's id and its role there.
QSizeF sizeOf(const GraphLayout::Item& item)
{
    const QString& label = item.kind == GraphLayout::ItemKind::Instance ? item.resource : item.id;
    const double minimum = item.kind == GraphLayout::ItemKind::Replication ? 1.7 : 1.1;
    const double width = qMax(minimum, 0.1 + 0.085 * double(label.size() + 2));
    const double height = item.kind == GraphLayout::ItemKind::Primitive ? 0.42
                        : item.kind == GraphLayout::ItemKind::Instance  ? 0.5
                                                                        : 0.62;
    return {width * kPointsPerInch, height * kPointsPerInch};
}

// rankdir: LR inside a node's narrow frame (what is not ordered stacks up), TB below the frames
// (what is not ordered lines up across the width).
std::optional<Block> layOutBlock(const Pieces& pieces, const QList<qsizetype>& itemIndexes,
                                 const QList<qsizetype>& edgeIndexes, const QString& rankdir, QString* error)
{
    Block block;
    if (itemIndexes.isEmpty())
        return block;
    GVC_t* gvc = graphviz();
    QByteArray name("block");
    graph_t* graph = agopen(name.data(), Agdirected, nullptr);
    set(graph, "rankdir", rankdir);
    set(graph, "nodesep", QStringLiteral("0.25"));
    set(graph, "ranksep", QStringLiteral("0.5"));
    QByteArray storage;
    QHash<QString, graph_t*> groupGraph;
    QHash<QString, Agnode_t*> nodes;
    for (qsizetype index : itemIndexes) {
        const GraphLayout::Item& item = pieces.items.at(index);
        graph_t* owner = graph;
        if (const QString group = pieces.groupOf.value(item.id); !group.isEmpty()) {
            if (!groupGraph.contains(group)) {
                graph_t* cluster = agsubg(graph, text(storage, QStringLiteral("cluster_group_") + group), 1);
                set(cluster, "label", group);
                groupGraph.insert(group, cluster);
            }
            owner = groupGraph.value(group);
        }
        Agnode_t* n = agnode(owner, text(storage, item.id), 1);
        const QSizeF size = sizeOf(item);
        set(n, "shape", QStringLiteral("box"));
        set(n, "width", QString::number(size.width() / kPointsPerInch, 'f', 2));
        set(n, "height", QString::number(size.height() / kPointsPerInch, 'f', 2));
        set(n, "fixedsize", QStringLiteral("true"));
        set(n, "label", QString());
        nodes.insert(item.id, n);
    }
    QHash<qsizetype, Agedge_t*> edges;
    for (qsizetype index : edgeIndexes) {
        const GraphLayout::Edge& edge = pieces.edges.at(index);
        Agnode_t* tail = nodes.value(edge.from);
        Agnode_t* head = nodes.value(edge.to);
        if (!tail || !head)
            continue;
        Agedge_t* e = agedge(graph, tail, head, nullptr, 1);
        if (edge.replication) {
            // Beside its clone: the same rank, one above the other.
            graph_t* rank = agsubg(graph, text(storage, QStringLiteral("rank_") + edge.to), 1);
            set(rank, "rank", QStringLiteral("same"));
            agsubnode(rank, tail, 1);
            agsubnode(rank, head, 1);
        } else {
            set(e, "label", edge.label); // dot keeps room for it and says where it goes
        }
        set(e, "fontsize", QStringLiteral("10"));
        if (edge.kind != ConstraintKind::Order)
            set(e, "constraint", QStringLiteral("false")); // order decides the ranks
        edges.insert(index, e);
    }
    if (gvLayout(gvc, graph, "dot") != 0) {
        *error = QStringLiteral("Graphviz could not lay out the graph (is the dot layout plugin installed?)");
        agclose(graph);
        return std::nullopt;
    }
    const boxf bb = GD_bb(graph);
    const double height = bb.UR.y;
    block.size = QSizeF(bb.UR.x, bb.UR.y);
    for (auto it = groupGraph.cbegin(); it != groupGraph.cend(); ++it)
        block.groups.insert(it.key(), boxOf(GD_bb(it.value()), height));
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
        const pointf centre = ND_coord(it.value());
        const double w = ND_width(it.value()) * kPointsPerInch, h = ND_height(it.value()) * kPointsPerInch;
        block.items.insert(it.key(), QRectF(centre.x - w / 2, height - centre.y - h / 2, w, h));
    }
    for (auto it = edges.cbegin(); it != edges.cend(); ++it) {
        QPolygonF path;
        if (const splines* spl = ED_spl(it.value()); spl && spl->size > 0) {
            const bezier& curve = spl->list[0];
            for (int p = 0; p < curve.size; ++p)
                path << QPointF(curve.list[p].x, height - curve.list[p].y);
            if (curve.eflag)
                path << QPointF(curve.ep.x, height - curve.ep.y);
        }
        QPointF labelAt = path.isEmpty() ? QPointF() : path.at(path.size() / 2);
        if (const textlabel_t* label = ED_label(it.value()))
            labelAt = QPointF(label->pos.x, height - label->pos.y);
        block.edges.insert(it.key(), {path, labelAt});
    }
    gvFreeLayout(gvc, graph);
    agclose(graph);
    return block;
}

// Where the line from the rect's centre towards a point leaves the rect.
QPointF borderPoint(const QRectF& rect, const QPointF& towards)
{
    const QPointF c = rect.center();
    const QPointF d = towards - c;
    if (d.isNull())
        return c;
    const double sx = d.x() != 0 ? (rect.width() / 2) / std::abs(d.x()) : 1e9;
    const double sy = d.y() != 0 ? (rect.height() / 2) / std::abs(d.y()) : 1e9;
    return c + d * std::min({sx, sy, 1.0});
}

// An edge between blocks as a cubic Bézier (the form dot gives), from border to border: straight,
// or bowed to one side by `bow` points so that edges between the same two items (a colocation
// and an order, say) and their labels do not lie on top of each other.
QPolygonF straight(const QPointF& from, const QPointF& to, double bow = 0)
{
    const QPointF along = to - from;
    const double length = std::hypot(along.x(), along.y());
    const QPointF side = length > 0 ? QPointF(-along.y(), along.x()) / length * bow : QPointF();
    return QPolygonF{from, from + along / 3 + side * 1.33, from + along * 2 / 3 + side * 1.33, to};
}

// Columns for n frames of about this size, with what runs nowhere in particular below them, so
// that the whole has the window's shape.
int columnsFor(qsizetype n, const QSizeF& frame, const QSizeF& below, double aspect)
{
    int best = 1;
    double bestMiss = std::numeric_limits<double>::max();
    for (int columns = 1; columns <= n; ++columns) {
        const qsizetype rows = (n + columns - 1) / columns;
        const double width = std::max(columns * (frame.width() + kGap), below.width());
        const double height = double(rows) * (frame.height() + kGap) + below.height();
        const double shape = width / height;
        const double miss = std::abs(std::log(shape / aspect));
        if (miss < bestMiss) {
            bestMiss = miss;
            best = columns;
        }
    }
    return best;
}

} // namespace

QString GraphLayout::itemFor(const ClusterState& state, const QString& resource)
{
    const Resource* top = topOf(state, state.resource(resource));
    if (!top)
        return {};
    if (top->kind == ResourceKind::Group)
        return resource == top->id ? top->children.value(0) : resource;
    return top->id; // a primitive itself; a clone or bundle for all it holds
}

QString GraphLayout::replicationItem(const QString& drbdResource)
{
    return QStringLiteral("drbd:") + drbdResource;
}

QString GraphLayout::structureOf(const ClusterState& state, const Options& options)
{
    return signatureOf(state, piecesOf(state, options));
}

QString GraphLayout::instanceItem(const QString& collection, const QString& node)
{
    return collection + u'@' + node;
}

std::optional<GraphLayout> GraphLayout::compute(const ClusterState& state, const Options& options, QString* error)
{
    Pieces pieces = piecesOf(state, options);
    const QMutexLocker lock(&graphvizLock);
    QStringList hosts; // framed nodes, in the cluster's order
    for (const Node& node : state.nodes)
        if (hasFrame(node))
            hosts << node.name;
    // Each item's block: its node's, or (empty host) the one below the frames.
    QHash<QString, QString> blockOf;
    QHash<QString, QList<qsizetype>> itemsOf;
    for (qsizetype i = 0; i < pieces.items.size(); ++i) {
        blockOf.insert(pieces.items.at(i).id, pieces.items.at(i).host);
        itemsOf[pieces.items.at(i).host] << i;
    }
    // An edge within one block is routed by dot; one between blocks is drawn straight.
    QHash<QString, QList<qsizetype>> edgesOf;
    for (qsizetype i = 0; i < pieces.edges.size(); ++i) {
        const Edge& edge = pieces.edges.at(i);
        if (edge.kind != ConstraintKind::Location && blockOf.contains(edge.from) && blockOf.contains(edge.to) &&
            blockOf.value(edge.from) == blockOf.value(edge.to))
            edgesOf[blockOf.value(edge.from)] << i;
    }
    QHash<QString, Block> blocks;
    for (const QString& host : hosts + QStringList{QString()}) {
        const auto block = layOutBlock(pieces, itemsOf.value(host), edgesOf.value(host),
                                       host.isEmpty() ? QStringLiteral("TB") : QStringLiteral("LR"), error);
        if (!block)
            return std::nullopt;
        blocks.insert(host, *block);
    }

    GraphLayout layout;
    // Every frame as wide as the widest, every frame of a row as tall as its tallest: a grid the
    // eye can follow, that keeps its places whatever moves (the view passes the last sizes on,
    // and frames only grow).
    QSizeF cell(0, 0);
    const auto frameOf = [&blocks](const QString& host) {
        const QSizeF content = blocks.value(host).size;
        const double titleWidth = 30 + 7.5 * double(host.size());
        return QSizeF(qMax(content.width() + 2 * kFrameMargin, qMax(140.0, titleWidth)),
                      qMax(70.0, content.height() + 2 * kFrameMargin + kFrameTitle));
    };
    for (const QString& host : std::as_const(hosts))
        cell = cell.expandedTo(frameOf(host));
    cell.setWidth(qMax(cell.width(), options.minimumFrameWidth));
    layout.frameWidth = cell.width();
    layout.columns = hosts.isEmpty() ? 1
                   : options.columns > 0 ? int(qMin<qsizetype>(options.columns, hosts.size()))
                                         : columnsFor(hosts.size(), cell, blocks.value(QString()).size,
                                                      options.aspect > 0 ? options.aspect : 1.6);
    const qsizetype rows = hosts.isEmpty() ? 0 : (hosts.size() + layout.columns - 1) / layout.columns;
    layout.rowHeights = QList<double>(rows, 0.0);
    for (qsizetype i = 0; i < hosts.size(); ++i)
        layout.rowHeights[i / layout.columns] = qMax(layout.rowHeights.at(i / layout.columns), frameOf(hosts.at(i)).height());
    for (qsizetype r = 0; r < rows && r < options.minimumRowHeights.size(); ++r)
        layout.rowHeights[r] = qMax(layout.rowHeights.at(r), options.minimumRowHeights.at(r));
    QList<double> rowTops(rows + 1, 0.0);
    for (qsizetype r = 0; r < rows; ++r)
        rowTops[r + 1] = rowTops.at(r) + layout.rowHeights.at(r) + kGap;
    QHash<QString, QPointF> origin; // where each block's (0, 0) is
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        const qsizetype row = i / layout.columns;
        const QRectF frame(QPointF((i % layout.columns) * (cell.width() + kGap), rowTops.at(row)),
                           QSizeF(cell.width(), layout.rowHeights.at(row)));
        layout.frames.append({hosts.at(i), true, frame});
        const QSizeF content = blocks.value(hosts.at(i)).size;
        origin.insert(hosts.at(i), QPointF(frame.center().x() - content.width() / 2, frame.top() + kFrameTitle + kFrameMargin));
    }
    const double gridBottom = rowTops.at(rows);
    origin.insert(QString(), QPointF(0, hosts.isEmpty() ? 0 : gridBottom));

    for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
        const QPointF at = origin.value(it.key());
        for (auto g = it.value().groups.cbegin(); g != it.value().groups.cend(); ++g)
            layout.frames.append({g.key(), false, g.value().translated(at)});
    }
    std::stable_sort(layout.frames.begin(), layout.frames.end(),
                     [](const Frame& a, const Frame& b) { return a.isNode > b.isNode || (!a.isNode && !b.isNode && a.id < b.id); });
    QHash<QString, QRectF> placed;
    for (Item item : std::as_const(pieces.items)) {
        item.rect = blocks.value(item.host).items.value(item.id).translated(origin.value(item.host));
        placed.insert(item.id, item.rect);
        layout.items.append(item);
    }
    const auto frameRect = [&layout](const QString& node) {
        for (const Frame& f : std::as_const(layout.frames))
            if (f.isNode && f.id == node)
                return f.rect;
        return QRectF();
    };
    QHash<QString, int> between; // edges drawn so far between two items
    for (qsizetype i = 0; i < pieces.edges.size(); ++i) {
        Edge edge = pieces.edges.at(i);
        if (!placed.contains(edge.from))
            continue;
        const QRectF from = placed.value(edge.from);
        if (edge.kind == ConstraintKind::Location) {
            // To its node's frame: its title when the resource sits inside it.
            const QRectF node = frameRect(edge.to);
            if (node.isNull())
                continue;
            const QPointF target = node.contains(from.center()) ? QPointF(node.center().x(), node.top() + kFrameTitle / 2)
                                                                : borderPoint(node, from.center());
            edge.path = straight(borderPoint(from, target), target);
        } else if (!placed.contains(edge.to)) {
            continue;
        } else if (const auto& routes = blocks[blockOf.value(edge.from)].edges; routes.contains(i)) {
            const QPointF at = origin.value(blockOf.value(edge.from));
            edge.path = routes.value(i).first.translated(at);
            edge.labelAt = routes.value(i).second + at;
        } else {
            const QRectF to = placed.value(edge.to);
            // The n-th edge between these two items bows out a little further, alternately.
            const QString pair = edge.from < edge.to ? edge.from + u'\n' + edge.to : edge.to + u'\n' + edge.from;
            const int nth = between[pair]++;
            const double bow = nth == 0 ? 0 : (nth % 2 ? 1 : -1) * 16.0 * ((nth + 1) / 2);
            edge.path = straight(borderPoint(from, to.center()), borderPoint(to, from.center()), bow);
            edge.labelAt = (edge.path.at(1) + edge.path.at(2)) / 2 * 0.75 + (edge.path.constFirst() + edge.path.constLast()) / 2 * 0.25;
        }
        if (edge.labelAt.isNull() && !edge.path.isEmpty())
            edge.labelAt = (edge.path.constFirst() + edge.path.constLast()) / 2;
        layout.edges.append(edge);
    }
    QRectF bounds;
    for (const Frame& f : std::as_const(layout.frames))
        bounds |= f.rect;
    for (const Item& item : std::as_const(layout.items))
        bounds |= item.rect;
    for (const Edge& edge : std::as_const(layout.edges))
        bounds |= edge.path.boundingRect();
    layout.bounds = bounds.isNull() ? QRectF(0, 0, 1, 1) : bounds;
    layout.structure = signatureOf(state, pieces);
    return layout;
}

} // namespace hadesk::pcmk
