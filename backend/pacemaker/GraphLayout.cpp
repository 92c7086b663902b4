#include "backend/pacemaker/GraphLayout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QHash>
#include <QMutex>

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
    for (const Resource& resource : state.resources) {
        if (!resource.parent.isEmpty() || resource.implicit)
            continue;
        if (resource.kind == ResourceKind::Primitive) {
            pieces.items.append({resource.id, GraphLayout::ItemKind::Primitive, hostOf(resource), {}});
        } else if (resource.kind == ResourceKind::Group) {
            const QString host = hostOf(resource);
            pieces.groupsOnHost.append({resource.id, host});
            for (const QString& member : resource.children) {
                pieces.items.append({member, GraphLayout::ItemKind::Primitive, host, {}});
                pieces.groupOf.insert(member, resource.id);
            }
        } else {
            pieces.items.append({resource.id, GraphLayout::ItemKind::Collection, {}, {}});
        }
    }
    for (auto it = options.drbdOf.cbegin(); it != options.drbdOf.cend(); ++it) {
        const Resource* clone = state.resource(it.key());
        if (!clone || !clone->parent.isEmpty() || clone->kind == ResourceKind::Primitive)
            continue;
        const QString id = GraphLayout::replicationItem(it.value());
        pieces.items.append({id, GraphLayout::ItemKind::Replication, {}, {}});
        GraphLayout::Edge edge{{}, ConstraintKind::Colocation, it.key(), id, {}, {}, {}};
        edge.replication = true;
        pieces.edges.append(edge);
    }
    const auto endpoint = [&](const QString& id) { return GraphLayout::itemFor(state, id); };
    for (const Constraint& c : state.constraints) {
        if (c.kind == ConstraintKind::Location && options.locations && !c.hasResourceSets) {
            const QString from = endpoint(c.attributes.value(QStringLiteral("rsc")));
            const QString node = c.locationNode();
            if (!from.isEmpty() && !node.isEmpty() && state.node(node))
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

std::optional<GraphLayout> GraphLayout::compute(const ClusterState& state, const Options& options, QString* error)
{
    Pieces pieces = piecesOf(state, options);
    const QMutexLocker lock(&graphvizLock);
    GVC_t* gvc = graphviz();
    QByteArray name("resources");
    graph_t* graph = agopen(name.data(), Agdirected, nullptr);
    set(graph, "rankdir", QStringLiteral("LR"));
    set(graph, "nodesep", QStringLiteral("0.25"));
    set(graph, "ranksep", QStringLiteral("0.6"));
    QHash<QString, graph_t*> hostGraph;
    QHash<QString, Agnode_t*> anchors;
    QByteArray storage;
    for (const Node& node : state.nodes) {
        graph_t* cluster = agsubg(graph, text(storage, QStringLiteral("cluster_node_") + node.name), 1);
        set(cluster, "label", node.name);
        set(cluster, "margin", QStringLiteral("14"));
        // dot drops empty clusters; a node that runs nothing of its own still gets its frame.
        Agnode_t* anchor = agnode(cluster, text(storage, QStringLiteral("\x1fanchor-") + node.name), 1);
        set(anchor, "style", QStringLiteral("invis"));
        set(anchor, "width", QStringLiteral("1.1"));
        set(anchor, "height", QStringLiteral("0.2"));
        set(anchor, "fixedsize", QStringLiteral("true"));
        set(anchor, "label", QString());
        hostGraph.insert(node.name, cluster);
        anchors.insert(node.name, anchor);
    }
    QHash<QString, graph_t*> groupGraph;
    for (const auto& [group, host] : std::as_const(pieces.groupsOnHost)) {
        graph_t* parent = hostGraph.value(host, graph);
        graph_t* cluster = agsubg(parent, text(storage, QStringLiteral("cluster_group_") + group), 1);
        set(cluster, "label", group);
        groupGraph.insert(group, cluster);
    }
    QHash<QString, Agnode_t*> nodes;
    for (const Item& item : std::as_const(pieces.items)) {
        graph_t* owner = pieces.groupOf.contains(item.id) ? groupGraph.value(pieces.groupOf.value(item.id))
                                                          : hostGraph.value(item.host, graph);
        Agnode_t* n = agnode(owner, text(storage, item.id), 1);
        set(n, "shape", QStringLiteral("box"));
        // Sized for the view's label; dot only needs the box.
        // Room for the id and the state's glyph in front of it.
        // A DRBD box also says its disks' states: "UpToDate ⇄ UpToDate".
        const double width = qMax(item.kind == ItemKind::Replication ? 1.7 : 1.1, 0.1 + 0.085 * double(item.id.size() + 2));
        set(n, "width", QString::number(width, 'f', 2));
        set(n, "height", QString::number(item.kind == ItemKind::Primitive ? 0.42 : 0.62, 'f', 2));
        set(n, "fixedsize", QStringLiteral("true"));
        set(n, "label", QString());
        nodes.insert(item.id, n);
    }
    QList<Agedge_t*> edges;
    for (const Edge& edge : std::as_const(pieces.edges)) {
        Agnode_t* tail = nodes.value(edge.from);
        // A location points at its node's frame, through the frame's invisible anchor.
        Agnode_t* head = edge.kind == ConstraintKind::Location ? anchors.value(edge.to) : nodes.value(edge.to);
        if (!tail || !head) {
            edges.append(nullptr);
            continue;
        }
        Agedge_t* e = agedge(graph, tail, head, nullptr, 1);
        // dot keeps room for a label and says where it goes. Not for a location: dot 2.42 frees
        // the label of a flat edge (same rank) twice, and these edges do not rank anything.
        if (edge.replication) {
            // Beside its clone: the same rank, one above the other.
            graph_t* rank = agsubg(graph, text(storage, QStringLiteral("rank_") + edge.to), 1);
            set(rank, "rank", QStringLiteral("same"));
            agsubnode(rank, tail, 1);
            agsubnode(rank, head, 1);
        } else if (edge.kind != ConstraintKind::Location) {
            set(e, "label", edge.label);
        }
        set(e, "fontsize", QStringLiteral("10"));
        if (edge.kind != ConstraintKind::Order)
            set(e, "constraint", QStringLiteral("false")); // order decides the ranks
        edges.append(e);
    }
    if (gvLayout(gvc, graph, "dot") != 0) {
        *error = QStringLiteral("Graphviz could not lay out the graph (is the dot layout plugin installed?)");
        agclose(graph);
        return std::nullopt;
    }
    GraphLayout layout;
    const boxf bb = GD_bb(graph);
    const double height = bb.UR.y;
    layout.bounds = QRectF(0, 0, bb.UR.x, bb.UR.y);
    for (auto it = hostGraph.cbegin(); it != hostGraph.cend(); ++it)
        layout.frames.append({it.key(), true, boxOf(GD_bb(it.value()), height)});
    for (auto it = groupGraph.cbegin(); it != groupGraph.cend(); ++it)
        layout.frames.append({it.key(), false, boxOf(GD_bb(it.value()), height)});
    std::sort(layout.frames.begin(), layout.frames.end(),
              [](const Frame& a, const Frame& b) { return a.isNode > b.isNode || (a.isNode == b.isNode && a.id < b.id); });
    for (Item item : std::as_const(pieces.items)) {
        Agnode_t* n = nodes.value(item.id);
        const pointf centre = ND_coord(n);
        const double w = ND_width(n) * kPointsPerInch, h = ND_height(n) * kPointsPerInch;
        item.rect = QRectF(centre.x - w / 2, height - centre.y - h / 2, w, h);
        layout.items.append(item);
    }
    for (qsizetype i = 0; i < pieces.edges.size(); ++i) {
        Agedge_t* e = edges.at(i);
        if (!e)
            continue;
        Edge edge = pieces.edges.at(i);
        if (const splines* spl = ED_spl(e); spl && spl->size > 0) {
            const bezier& curve = spl->list[0];
            for (int p = 0; p < curve.size; ++p)
                edge.path << QPointF(curve.list[p].x, height - curve.list[p].y);
            if (curve.eflag)
                edge.path << QPointF(curve.ep.x, height - curve.ep.y);
        }
        if (const textlabel_t* label = ED_label(e))
            edge.labelAt = QPointF(label->pos.x, height - label->pos.y);
        else if (!edge.path.isEmpty())
            edge.labelAt = edge.path.at(edge.path.size() / 2);
        layout.edges.append(edge);
    }
    layout.structure = signatureOf(state, pieces);
    gvFreeLayout(gvc, graph);
    agclose(graph);
    return layout;
}

} // namespace hadesk::pcmk
