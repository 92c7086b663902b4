#include "backend/pacemaker/ClusterStateReader.h"
#include "backend/pacemaker/GraphLayout.h"
#include "PacemakerFixtures.h"

#include <QFile>
#include <QTest>

using namespace hadesk::pcmk;

namespace {

ClusterState load(const QString& name)
{
    return PacemakerFixtures::state(name);
}

const GraphLayout::Frame* frame(const GraphLayout& layout, const QString& id)
{
    for (const GraphLayout::Frame& f : layout.frames) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

const GraphLayout::Item* item(const GraphLayout& layout, const QString& id)
{
    for (const GraphLayout::Item& i : layout.items) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resourcesSitInTheirNodes()
    {
        const ClusterState state = load(QStringLiteral("promotable"));
        QString error;
        const auto layout = GraphLayout::compute(state, {}, &error);
        QVERIFY2(layout, qPrintable(error));
        QVERIFY(!layout->bounds.isEmpty());
        for (const char* node : {"node1", "node2", "node3"}) {
            const GraphLayout::Frame* f = frame(*layout, QLatin1String(node));
            QVERIFY(f && f->isNode);
        }
        // api runs on one node: its box is inside that node's frame.
        const QString apiHost = state.resource(QStringLiteral("api"))->activeOn.value(0);
        QVERIFY(frame(*layout, apiHost)->rect.contains(item(*layout, QStringLiteral("api"))->rect));
        // The group is a frame inside its node, holding its members.
        const GraphLayout::Frame* group = frame(*layout, QStringLiteral("db-group"));
        QVERIFY(group && !group->isNode);
        QVERIFY(frame(*layout, QStringLiteral("node1"))->rect.contains(group->rect));
        QVERIFY(group->rect.contains(item(*layout, QStringLiteral("db"))->rect));
        // A clone is one item, outside every node frame.
        const GraphLayout::Item* clone = item(*layout, QStringLiteral("stateful-clone"));
        QVERIFY(clone);
        QCOMPARE(clone->kind, GraphLayout::ItemKind::Collection);
        QVERIFY(!item(*layout, QStringLiteral("stateful")));
        for (const GraphLayout::Frame& f : layout->frames) {
            if (f.isNode)
                QVERIFY(!f.rect.intersects(clone->rect));
        }
        for (const GraphLayout::Item& i : layout->items)
            QVERIFY(layout->bounds.contains(i.rect));
    }

    void constraintsAreEdges()
    {
        QString error;
        const auto layout = GraphLayout::compute(load(QStringLiteral("promotable")), {}, &error);
        QVERIFY(layout);
        const auto edge = [&](const QString& id) -> const GraphLayout::Edge* {
            for (const GraphLayout::Edge& e : layout->edges) {
                if (e.constraint == id)
                    return &e;
            }
            return nullptr;
        };
        const GraphLayout::Edge* colocation = edge(QStringLiteral("col-db-with-promoted"));
        QVERIFY(colocation);
        QCOMPARE(colocation->kind, ConstraintKind::Colocation);
        QCOMPARE(colocation->from, QStringLiteral("db-fs")); // a group is reached through its first member
        // Met by the clone's instance on db's node: drawn to it, inside that node's frame.
        QCOMPARE(colocation->to, GraphLayout::instanceItem(QStringLiteral("stateful-clone"), QStringLiteral("node1")));
        QCOMPARE(colocation->label, QStringLiteral("INFINITY"));
        QVERIFY(colocation->path.size() >= 4);
        const GraphLayout::Edge* order = edge(QStringLiteral("ord-promote-then-db"));
        QVERIFY(order);
        QCOMPARE(order->from, GraphLayout::instanceItem(QStringLiteral("stateful-clone"), QStringLiteral("node1")));
        QCOMPARE(order->label, QStringLiteral("then"));
        QVERIFY(layout->bounds.contains(order->labelAt));
        QVERIFY(!edge(QStringLiteral("loc-promote-on-node1"))); // locations only on demand
    }

    void setsBundlesAndRemoteNodes()
    {
        QString error;
        const auto layout = GraphLayout::compute(load(QStringLiteral("features")), {}, &error);
        QVERIFY2(layout, qPrintable(error));
        QVERIFY(item(*layout, QStringLiteral("registry-bundle")));
        // Every node has its frame, even one that runs nothing of its own; a bundle's guest
        // nodes have none: its replicas are drawn where their containers run.
        for (const Node& node : load(QStringLiteral("features")).nodes) {
            if (node.type == u"bundle")
                QVERIFY2(!frame(*layout, node.name), qPrintable(node.name));
            else
                QVERIFY2(frame(*layout, node.name) && !frame(*layout, node.name)->rect.isEmpty(), qPrintable(node.name));
        }
        QVERIFY(!item(*layout, QStringLiteral("registry-bundle-podman-0"))); // made by Pacemaker: inside the bundle
        const GraphLayout::Item* replica = item(*layout, GraphLayout::instanceItem(QStringLiteral("registry-bundle"), QStringLiteral("node2")));
        QVERIFY(replica);
        QCOMPARE(replica->kind, GraphLayout::ItemKind::Instance);
        QCOMPARE(replica->resource, QStringLiteral("registry-bundle"));
        QVERIFY(frame(*layout, QStringLiteral("node2"))->rect.contains(replica->rect));
        int setEdges = 0;
        for (const GraphLayout::Edge& e : layout->edges)
            setEdges += e.constraint == u"vip-then-caches" ? 1 : 0;
        QCOMPARE(setEdges, 2); // vip-int -> cache-a -> cache-b
    }

    // A clone's instances sit in the frames of the nodes they run on (a node running only clone
    // instances does not look idle); none where it does not run.
    void cloneInstancesSitInTheirNodes()
    {
        const ClusterState state = load(QStringLiteral("standby"));
        QString error;
        const auto layout = GraphLayout::compute(state, {}, &error);
        QVERIFY2(layout, qPrintable(error));
        const Resource* haproxy = state.resource(QStringLiteral("haproxy-clone"));
        QCOMPARE(haproxy->instances, 3);
        QCOMPARE(haproxy->instancesActive, 2);
        for (const QString& node : {QStringLiteral("node1"), QStringLiteral("node3")}) {
            const GraphLayout::Item* instance = item(*layout, GraphLayout::instanceItem(QStringLiteral("haproxy-clone"), node));
            QVERIFY2(instance, qPrintable(node));
            QCOMPARE(instance->host, node);
            QVERIFY(frame(*layout, node)->rect.contains(instance->rect));
        }
        QVERIFY(!item(*layout, GraphLayout::instanceItem(QStringLiteral("haproxy-clone"), QStringLiteral("node2"))));
        // The clone as a whole stays outside the frames, where its constraints meet it.
        QVERIFY(item(*layout, QStringLiteral("haproxy-clone")));
    }

    // Frames in rows and columns for the window's shape, in the cluster's order of nodes.
    void framesFillTheWindowsShape()
    {
        const ClusterState state = load(QStringLiteral("healthy"));
        QString error;
        GraphLayout::Options wide;
        wide.aspect = 4.0;
        const auto row = GraphLayout::compute(state, wide, &error);
        QVERIFY2(row, qPrintable(error));
        QCOMPARE(row->columns, 3);
        GraphLayout::Options tall;
        tall.aspect = 0.3;
        const auto column = GraphLayout::compute(state, tall, &error);
        QCOMPARE(column->columns, 1);
        const QRectF n1 = frame(*row, QStringLiteral("node1"))->rect, n2 = frame(*row, QStringLiteral("node2"))->rect,
                     n3 = frame(*row, QStringLiteral("node3"))->rect;
        QCOMPARE(n1.top(), n2.top());
        QVERIFY(n1.right() < n2.left() && n2.right() < n3.left());
        QVERIFY(frame(*column, QStringLiteral("node1"))->rect.bottom() < frame(*column, QStringLiteral("node2"))->rect.top());
        for (const GraphLayout::Item& i : row->items)
            QVERIFY(row->bounds.contains(i.rect));
    }

    // A move changes what is in the frames, not where the frames are.
    void framesKeepTheirPlacesWhenResourcesMove()
    {
        QString error;
        GraphLayout::Options options;
        options.columns = 2;
        const auto before = GraphLayout::compute(load(QStringLiteral("healthy")), options, &error);
        QVERIFY2(before, qPrintable(error));
        options.minimumFrameWidth = before->frameWidth; // as the view passes them on
        options.minimumRowHeights = before->rowHeights;
        const auto after = GraphLayout::compute(load(QStringLiteral("moved")), options, &error);
        QVERIFY2(before && after, qPrintable(error));
        QVERIFY(before->structure != after->structure);
        QCOMPARE(after->columns, 2);
        for (const QString& node : {QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")})
            QCOMPARE(frame(*after, node)->rect, frame(*before, node)->rect);
    }

    void structureTellsMovesFromRecolouring()
    {
        const ClusterState healthy = load(QStringLiteral("healthy"));
        QCOMPARE(GraphLayout::structureOf(healthy), GraphLayout::structureOf(load(QStringLiteral("failure"))));
        QVERIFY(GraphLayout::structureOf(healthy) != GraphLayout::structureOf(load(QStringLiteral("moved"))));
    }

    void locationsOnDemand()
    {
        const ClusterState moved = load(QStringLiteral("moved"));
        QString error;
        const auto plain = GraphLayout::compute(moved, {}, &error);
        QVERIFY2(plain, qPrintable(error));
        QVERIFY(std::none_of(plain->edges.cbegin(), plain->edges.cend(),
                             [](const GraphLayout::Edge& e) { return e.kind == ConstraintKind::Location; }));
        GraphLayout::Options withLocations;
        withLocations.locations = true;
        const auto layout = GraphLayout::compute(moved, withLocations, &error);
        QVERIFY2(layout, qPrintable(error));
        QHash<QString, const GraphLayout::Edge*> byId;
        for (const GraphLayout::Edge& e : layout->edges)
            byId.insert(e.constraint, &e);
        // The move: a plain node attribute. The ban with a lifetime: a rule naming the node.
        const GraphLayout::Edge* prefer = byId.value(QStringLiteral("cli-prefer-vip-ext"));
        QVERIFY(prefer);
        QCOMPARE(prefer->kind, ConstraintKind::Location);
        QCOMPARE(prefer->from, QStringLiteral("vip-ext"));
        QCOMPARE(prefer->to, QStringLiteral("node2"));
        QCOMPARE(prefer->label, QStringLiteral("INFINITY"));
        const GraphLayout::Edge* ban = byId.value(QStringLiteral("cli-ban-api-on-node3"));
        QVERIFY(ban);
        QCOMPARE(ban->to, QStringLiteral("node3"));
        QCOMPARE(ban->label, QStringLiteral("-INFINITY"));
        // Each ends inside its node's frame.
        const auto frame = std::find_if(layout->frames.cbegin(), layout->frames.cend(),
                                        [](const GraphLayout::Frame& f) { return f.isNode && f.id == u"node2"; });
        QVERIFY(frame != layout->frames.cend());
        QVERIFY(!prefer->path.isEmpty());
        QVERIFY(frame->rect.adjusted(-2, -2, 2, 2).contains(prefer->path.constLast()));
        QVERIFY(GraphLayout::structureOf(moved) != GraphLayout::structureOf(moved, withLocations));
    }

    // The DRBD VMs' HAFS stack: the DRBD resource sits beside the promotable clone running it,
    // joined by a replication edge (not a constraint), and its arrival changes the structure.
    void drbdBesideItsClone()
    {
        const ClusterState hafs = PacemakerFixtures::state(QStringLiteral("hafs"), QStringLiteral("drbd"));
        GraphLayout::Options options;
        options.drbdOf.insert(QStringLiteral("hafs-drbd-clone"), QStringLiteral("hafs"));
        options.drbdOf.insert(QStringLiteral("no-such-clone"), QStringLiteral("other"));
        QVERIFY(GraphLayout::structureOf(hafs) != GraphLayout::structureOf(hafs, options));
        QString error;
        const auto layout = GraphLayout::compute(hafs, options, &error);
        QVERIFY2(layout, qPrintable(error));
        const GraphLayout::Item* clone = item(*layout, QStringLiteral("hafs-drbd-clone"));
        const GraphLayout::Item* drbd = item(*layout, GraphLayout::replicationItem(QStringLiteral("hafs")));
        QVERIFY(clone && drbd);
        QVERIFY(!item(*layout, GraphLayout::replicationItem(QStringLiteral("other"))));
        QCOMPARE(drbd->kind, GraphLayout::ItemKind::Replication);
        // Same rank (below the frames rankdir is TB: the same row), side by side, not overlapping.
        QCOMPARE(qRound(drbd->rect.center().y()), qRound(clone->rect.center().y()));
        QVERIFY(!drbd->rect.intersects(clone->rect));
        const auto edge = std::find_if(layout->edges.cbegin(), layout->edges.cend(),
                                       [](const GraphLayout::Edge& e) { return e.replication; });
        QVERIFY(edge != layout->edges.cend());
        QCOMPARE(edge->from, QStringLiteral("hafs-drbd-clone"));
        QCOMPARE(edge->to, drbd->id);
        QVERIFY(edge->constraint.isEmpty());
        QVERIFY(!edge->path.isEmpty());
        // The filesystem's group still follows the clone through its constraints: to the
        // clone's instance on the group's node.
        QVERIFY(std::any_of(layout->edges.cbegin(), layout->edges.cend(), [](const GraphLayout::Edge& e) {
            return !e.replication && e.to.startsWith(QLatin1String("hafs-drbd-clone@"));
        }));
    }

    void layoutBenchmark()
    {
        const ClusterState state = load(QStringLiteral("features"));
        QString error;
        QBENCHMARK {
            QVERIFY(GraphLayout::compute(state, {}, &error));
        }
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
