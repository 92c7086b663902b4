#include "backend/pacemaker/ClusterEvents.h"
#include "backend/pacemaker/ClusterModels.h"
#include "backend/pacemaker/ClusterStateReader.h"
#include "backend/pacemaker/PlacementModel.h"
#include "PacemakerFixtures.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hadesk::pcmk;

namespace {

ClusterState load(const QString& name)
{
    return PacemakerFixtures::state(name);
}

} // namespace

class TestClusterModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nodes()
    {
        NodeTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setState(load(QStringLiteral("healthy")));
        QCOMPARE(model.rowCount(), 3);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setState(load(QStringLiteral("standby")));
        QCOMPARE(resets.size(), 0); // same nodes: updated in place
        QCOMPARE(model.index(1, NodeTableModel::StateColumn).data().toString(), QStringLiteral("standby"));
    }

    void resourcesAsATree()
    {
        ResourceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setState(load(QStringLiteral("healthy")));
        QCOMPARE(model.rowCount(), 8); // 3 fence devices, 2 VIPs, 2 clones, api
        QModelIndex clone;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == u"web-clone")
                clone = model.index(row, 0);
        }
        QVERIFY(clone.isValid());
        QCOMPARE(model.rowCount(clone), 1);
        const QModelIndex web = model.index(0, ResourceTreeModel::AgentColumn, clone);
        QCOMPARE(web.data().toString(), QStringLiteral("ocf:heartbeat:anything"));
        QCOMPARE(web.parent(), clone);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setState(load(QStringLiteral("moved"))); // same resources, new places
        QCOMPARE(resets.size(), 0);
        model.setState(load(QStringLiteral("promotable"))); // new resources: a new shape
        QCOMPARE(resets.size(), 1);
        QModelIndex group;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == u"db-group")
                group = model.index(row, 0);
        }
        QCOMPARE(model.rowCount(group), 2);
        QCOMPARE(model.index(1, 0, group).data(ResourceTreeModel::ResourceIdRole).toString(), QStringLiteral("db"));
    }

    void constraints()
    {
        ConstraintTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setState(load(QStringLiteral("moved")));
        bool foundBan = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == u"cli-ban-api-on-node3") {
                foundBan = true;
                QVERIFY(model.index(row, ConstraintTableModel::DetailColumn).data().toString().contains(QLatin1String("until")));
            }
        }
        QVERIFY(foundBan);
        model.setState(load(QStringLiteral("healthy")));
        QCOMPARE(model.rowCount(), 12);
    }
    void placementGrid()
    {
        PlacementModel model;
        QAbstractItemModelTester tester(&model);
        model.setState(load(QStringLiteral("healthy")));
        QCOMPARE(model.columnCount(), 3);
        const auto cell = [&](const QString& resource, const QString& node) -> QModelIndex {
            for (int row = 0; row < model.rowCount(); ++row) {
                for (int column = 0; column < model.columnCount(); ++column) {
                    const QModelIndex index = model.index(row, column);
                    if (index.data(PlacementModel::ResourceIdRole) == resource &&
                        index.data(PlacementModel::NodeNameRole) == node)
                        return index;
                }
            }
            return {};
        };
        QVERIFY(!cell(QStringLiteral("web"), QStringLiteral("node3")).data(PlacementModel::ProblemRole).toBool());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setState(load(QStringLiteral("failure"))); // same resources and nodes: updated in place
        QCOMPARE(reset.size(), 0);
        const QModelIndex failed = cell(QStringLiteral("web"), QStringLiteral("node3"));
        QVERIFY(failed.data().toString().contains(QLatin1String("failed")));
        QVERIFY(failed.data(PlacementModel::ProblemTextRole).toString().contains(QLatin1String("1 failure")));
        QVERIFY(!cell(QStringLiteral("api"), QStringLiteral("node1")).data(PlacementModel::ProblemRole).toBool());
        model.setState(load(QStringLiteral("promotable")));
        QCOMPARE(cell(QStringLiteral("stateful"), QStringLiteral("node1")).data().toString(), QStringLiteral("Promoted"));
        QCOMPARE(cell(QStringLiteral("stateful"), QStringLiteral("node2")).data().toString(), QStringLiteral("Unpromoted"));
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("fence-node1"));
        // A node in standby is marked on its column; a move or ban left behind is a problem.
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        model.setState(load(QStringLiteral("healthy")));
        model.setState(load(QStringLiteral("standby")));
        QCOMPARE(model.headerData(1, Qt::Horizontal, PlacementModel::NodeMarkRole).toString(), QStringLiteral("standby"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("node2\n(standby)"));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("node1"));
        QVERIFY(headers.size() >= 1);
        model.setState(load(QStringLiteral("moved")));
        QVERIFY2(cell(QStringLiteral("vip-ext"), QStringLiteral("node1")).data(PlacementModel::ProblemTextRole).toString()
                     .contains(QLatin1String("cli-prefer-vip-ext left behind")),
                 qPrintable(cell(QStringLiteral("vip-ext"), QStringLiteral("node1")).data(PlacementModel::ProblemTextRole).toString()));
        QVERIFY(cell(QStringLiteral("api"), QStringLiteral("node1")).data(PlacementModel::ProblemRole).toBool());
        QVERIFY(!cell(QStringLiteral("vip-int"), QStringLiteral("node1")).data(PlacementModel::ProblemRole).toBool());
    }

    // The Overview's attention items, against what crm_mon says of the same state.
    void needsAttentionSaysWhatCrmMonShows()
    {
        const auto texts = [](const QString& fixture) {
            QStringList found;
            for (const Attention& a : needsAttention(load(fixture)))
                found << a.text;
            return found;
        };
        QCOMPARE(texts(QStringLiteral("healthy")), QStringList());
        const QStringList standby = texts(QStringLiteral("standby"));
        QVERIFY2(standby.contains(QStringLiteral("node2 is in standby: it runs no resources")), qPrintable(standby.join(u'\n')));
        QVERIFY2(standby.contains(QStringLiteral("haproxy-clone runs 2 of 3 instances")), qPrintable(standby.join(u'\n')));
        const QStringList failure = texts(QStringLiteral("failure"));
        QVERIFY2(std::any_of(failure.cbegin(), failure.cend(),
                             [](const QString& t) { return t.startsWith(QLatin1String("web failed 1 time")) && t.contains(QLatin1String("on node3")); }),
                 qPrintable(failure.join(u'\n')));
        const QStringList fenced = texts(QStringLiteral("fenced"));
        QVERIFY2(fenced.isEmpty() || !fenced.contains(QStringLiteral("The cluster has no quorum: it runs no resources")),
                 qPrintable(fenced.join(u'\n')));
        const QList<Attention> plane = needsAttention(load(QStringLiteral("controlplane")));
        QVERIFY(std::any_of(plane.cbegin(), plane.cend(), [](const Attention& a) { return a.text == u"compute-0 is offline"; }));
        QVERIFY(std::none_of(plane.cbegin(), plane.cend(), [](const Attention& a) { return a.subject == u"galera-bundle-0"; }));
    }

    // Events are kept across restarts in a bounded file per cluster; older ones show their date.
    void eventsAreKeptAcrossRestarts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events/lab.jsonl"));
        const QDateTime yesterday = QDateTime::currentDateTime().addDays(-1);
        {
            EventModel model;
            model.setJournal(path);
            model.add({{yesterday, ClusterEvent::Kind::Resource, QStringLiteral("api"), QStringLiteral("moved node1 → node2"), false},
                       {yesterday.addSecs(5), ClusterEvent::Kind::Failure, QStringLiteral("web"), QStringLiteral("monitor failed"), true}});
        }
        EventModel again;
        QAbstractItemModelTester tester(&again);
        again.setJournal(path);
        QCOMPARE(again.rowCount(), 2);
        QCOMPARE(again.events().constFirst().subject, QStringLiteral("web")); // newest first
        QVERIFY(again.events().constFirst().problem);
        QCOMPARE(again.index(1, EventModel::TimeColumn).data().toString(), yesterday.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        // Bounded: after many more, the file holds at most twice what is kept, the newest last.
        QList<ClusterEvent> many;
        for (int i = 0; i < 2 * EventModel::kJournalKept + 10; ++i)
            many.append({QDateTime::currentDateTime(), ClusterEvent::Kind::Node, QStringLiteral("node%1").arg(i), QStringLiteral("x"), false});
        again.add(many);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QVERIFY2(lines.size() <= 2 * EventModel::kJournalKept, qPrintable(QString::number(lines.size())));
        QVERIFY(lines.constLast().contains(QStringLiteral("node%1").arg(2 * EventModel::kJournalKept + 9).toUtf8()));
    }

    // A move seen in two states (stopped, then started elsewhere) is one move, in the model and
    // in the journal read back; a start long after, or on the same node, is not.
    void aMoveSeenInTwoStepsIsOneMove()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events/lab.jsonl"));
        const QDateTime t = QDateTime::currentDateTimeUtc();
        const auto change = [](const QDateTime& when, ClusterEvent::Change what, const char* node) {
            const QString name = QLatin1String(node);
            return ClusterEvent{when, ClusterEvent::Kind::Resource, QStringLiteral("api"),
                                (what == ClusterEvent::Change::Started ? QStringLiteral("started on ") : QStringLiteral("stopped on ")) + name,
                                false, what, name};
        };
        {
            EventModel model;
            QAbstractItemModelTester tester(&model);
            model.setJournal(path);
            model.add({change(t, ClusterEvent::Change::Stopped, "node1")});
            model.add({change(t.addSecs(3), ClusterEvent::Change::Started, "node2")});
            QCOMPARE(model.rowCount(), 1);
            QCOMPARE(model.events().constFirst().text, QStringLiteral("moved node1 → node2"));
            // Stopped again and started where it was, or much later: a stop and a start.
            model.add({change(t.addSecs(10), ClusterEvent::Change::Stopped, "node2")});
            model.add({change(t.addSecs(12), ClusterEvent::Change::Started, "node2")});
            model.add({change(t.addSecs(20), ClusterEvent::Change::Stopped, "node2")});
            model.add({change(t.addSecs(20 + EventModel::kMoveSeconds + 1), ClusterEvent::Change::Started, "node3")});
            QCOMPARE(model.rowCount(), 5);
        }
        EventModel again;
        again.setJournal(path);
        QCOMPARE(again.rowCount(), 5);
        QCOMPARE(again.events().constLast().text, QStringLiteral("moved node1 → node2"));
    }

    // A failure cleaned up while the resource runs is an event of its own.
    void aCleanedFailureIsAnEvent()
    {
        const auto events = eventsBetween(load(QStringLiteral("failure")), load(QStringLiteral("healthy")), QDateTime::currentDateTimeUtc());
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const ClusterEvent& e) {
            return e.subject == u"web" && e.text.startsWith(QLatin1String("monitor failure on node3 cleared"));
        }));
    }

    void eventsBetweenStates()
    {
        const ClusterState healthy = load(QStringLiteral("healthy"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto texts = [](const QList<ClusterEvent>& events) {
            QStringList found;
            for (const ClusterEvent& e : events)
                found << e.subject + QLatin1String(": ") + e.text;
            return found;
        };
        QVERIFY(eventsBetween(healthy, healthy, now).isEmpty());

        const QStringList standby = texts(eventsBetween(healthy, load(QStringLiteral("standby")), now));
        QVERIFY2(standby.contains(QStringLiteral("node2: put in standby (by root via crm_attribute on node1)")), qPrintable(standby.join(u'|')));

        const ClusterState moved = load(QStringLiteral("moved"));
        const QStringList moves = texts(eventsBetween(healthy, moved, now));
        QVERIFY2(moves.contains(QStringLiteral("vip-ext: moved node1 → node2")), qPrintable(moves.join(u'|')));
        // Who made the change, as Pacemaker recorded it; a resource's move is the cluster's doing.
        QVERIFY2(moves.contains(QStringLiteral("cli-prefer-vip-ext: location constraint added (by root via crm_resource on node1)")),
                 qPrintable(moves.join(u'|')));
        QVERIFY(texts(eventsBetween(moved, healthy, now)).contains(QStringLiteral("cli-ban-api-on-node3: location constraint removed (by root via cibadmin on node1)")));

        const QList<ClusterEvent> failure = eventsBetween(healthy, load(QStringLiteral("failure")), now);
        QVERIFY(std::any_of(failure.cbegin(), failure.cend(), [](const ClusterEvent& e) {
            return e.kind == ClusterEvent::Kind::Failure && e.subject == u"web" && e.problem;
        }));

        const QList<ClusterEvent> fenced = eventsBetween(healthy, load(QStringLiteral("fenced")), now);
        // When the fence completed, as the fencer recorded it: a drill tells an old fence reread from a new one.
        QVERIFY(std::any_of(fenced.cbegin(), fenced.cend(), [](const ClusterEvent& e) {
            return e.kind == ClusterEvent::Kind::Fencing && e.happened.isValid() && e.happened.timeSpec() == Qt::UTC
                   && e.happened.date().year() == 2026;
        }));
        QVERIFY(std::any_of(fenced.cbegin(), fenced.cend(), [](const ClusterEvent& e) {
            return e.kind == ClusterEvent::Kind::Fencing && e.subject == u"node3" && e.problem;
        }));

        const QStringList promoted = texts(eventsBetween(healthy, load(QStringLiteral("promotable")), now));
        QVERIFY2(promoted.contains(QStringLiteral("db-group: created")), qPrintable(promoted.join(u'|'))); // same last change: nobody named

        EventModel model;
        QAbstractItemModelTester tester(&model);
        model.add(failure);
        model.add(fenced);
        QCOMPARE(model.rowCount(), failure.size() + fenced.size());
        QCOMPARE(model.index(0, EventModel::SubjectColumn).data().toString(), fenced.constLast().subject); // newest first
    }
};

QTEST_GUILESS_MAIN(TestClusterModels)
#include "tst_clustermodels.moc"
