#include "DrbdFixtures.h"
#include "PacemakerFixtures.h"
#include "backend/drbd/DrbdOverview.h"
#include "backend/drbd/DrbdResourceModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <QTest>

using namespace hadesk::drbd;

namespace {

QMap<QString, NodeState> states(const QString& name, bool withStatistics = true)
{
    return DrbdFixtures::states(name, withStatistics);
}

ResourceOverview overviewOf(const QMap<QString, NodeState>& nodes, const hadesk::pcmk::ClusterState& cluster = {})
{
    SyncTracker tracker;
    const QList<ResourceOverview> all = DrbdOverview::build(nodes, cluster, tracker, 0);
    if (all.size() != 1)
        qFatal("expected one resource");
    return all.first();
}

bool warns(const ResourceOverview& o, const QString& text)
{
    return o.warnings.join(u'\n').contains(text);
}

PeerDevice resyncing(qint64 outOfSync, const QString& replication = QStringLiteral("SyncSource"))
{
    PeerDevice p;
    p.replication = replication;
    p.outOfSyncKiB = outOfSync;
    return p;
}

} // namespace

class TestDrbdOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connected()
    {
        const ResourceOverview o = overviewOf(states(QStringLiteral("connected")));
        QCOMPARE(o.name, QStringLiteral("hafs"));
        QCOMPARE(o.replicas.size(), 2);
        QCOMPARE(o.replica(QStringLiteral("drbd1"))->role, QStringLiteral("Secondary"));
        QCOMPARE(o.replica(QStringLiteral("drbd2"))->role, QStringLiteral("Primary"));
        QCOMPARE(o.upToDateNodes(), (QStringList{QStringLiteral("drbd1"), QStringLiteral("drbd2")}));
        // 8.4 calls the connection "peer" on both sides: one link, between the two nodes.
        QCOMPARE(o.links.size(), 1);
        const Link& link = o.links.first();
        QCOMPARE(link.nodeA, QStringLiteral("drbd1"));
        QCOMPARE(link.nodeB, QStringLiteral("drbd2"));
        QCOMPARE(link.stateA, QStringLiteral("Connected"));
        QCOMPARE(link.stateB, QStringLiteral("Connected"));
        QCOMPARE(link.replicationA, QStringLiteral("Established"));
        QVERIFY(!link.progress);
        QVERIFY2(o.warnings.isEmpty(), qPrintable(o.warnings.join(u'\n')));
    }

    void syncing()
    {
        const ResourceOverview o = overviewOf(states(QStringLiteral("syncing")));
        const Link& link = o.links.first();
        QVERIFY(link.progress);
        QCOMPARE(link.sourceNode, QStringLiteral("drbd2"));
        QVERIFY(!link.progress->verify && !link.progress->paused);
        // DRBD's own "done:" from the status, on the sending side.
        QCOMPARE(link.progress->percent, 42.15);
        QCOMPARE(link.progress->remainingKiB, 37892);
        QCOMPARE(link.progress->rateKiBs, -1.0); // one sample: no rate yet
        QVERIFY(warns(o, QStringLiteral("Only drbd2 holds UpToDate data")));
        QVERIFY(!warns(o, QStringLiteral("no resync runs")));
    }

    void paused()
    {
        const ResourceOverview o = overviewOf(states(QStringLiteral("paused")));
        QVERIFY(o.links.first().progress->paused);
        QVERIFY(warns(o, QStringLiteral("The resync between drbd1 and drbd2 is paused")));
    }

    void verify()
    {
        const ResourceOverview o = overviewOf(states(QStringLiteral("verify")));
        QVERIFY(o.links.first().progress);
        QVERIFY(o.links.first().progress->verify);
        QVERIFY(o.links.first().progress->percent >= 0);
        QVERIFY2(o.warnings.isEmpty(), qPrintable(o.warnings.join(u'\n')));
    }

    void standAlone()
    {
        const ResourceOverview o = overviewOf(states(QStringLiteral("standalone")));
        QCOMPARE(o.links.size(), 1);
        QCOMPARE(o.links.first().stateA, QStringLiteral("StandAlone"));
        QCOMPARE(o.links.first().stateB, QStringLiteral("Connecting"));
        QVERIFY(warns(o, QStringLiteral("drbd1 is StandAlone: it does not replicate to drbd2")));
        QVERIFY(!warns(o, QStringLiteral("Split brain")));
    }

    void diskless()
    {
        const ResourceOverview o = overviewOf(states(QStringLiteral("diskless")));
        QVERIFY(warns(o, QStringLiteral("drbd1 has no disk (Diskless)")));
        QVERIFY(warns(o, QStringLiteral("Only drbd2 holds UpToDate data")));
    }

    // What the watcher folds in from the kernel log on a StandAlone snapshot.
    void splitBrain()
    {
        QMap<QString, NodeState> nodes = states(QStringLiteral("splitbrain"));
        for (auto it = nodes.begin(); it != nodes.end(); ++it) {
            const QByteArray log = Fixtures::file(QStringLiteral("drbd/splitbrain.%1.dmesg.txt").arg(it.key()));
            for (Resource& r : it->resources)
                r.splitBrain = Events2Parser::unresolvedSplitBrains(log, *it).contains(r.name);
        }
        const ResourceOverview o = overviewOf(nodes);
        QVERIFY(warns(o, QStringLiteral("Split brain on drbd1")));
        QVERIFY(warns(o, QStringLiteral("Split brain on drbd2")));
        QVERIFY(warns(o, QStringLiteral("drbd1 is StandAlone")));
    }

    // The HAFS stack as the VMs' cluster runs it: the clone, where it is promoted, what sits on top.
    void pacemaker()
    {
        const auto cluster = PacemakerFixtures::state(QStringLiteral("hafs"), QStringLiteral("drbd"));
        const ResourceOverview o = overviewOf(states(QStringLiteral("connected")), cluster);
        QCOMPARE(o.clusterPrimitive, QStringLiteral("hafs-drbd"));
        QCOMPARE(o.clusterResource, QStringLiteral("hafs-drbd-clone"));
        QCOMPARE(o.promotedNode, QStringLiteral("drbd2"));
        QVERIFY(o.stacked.contains(QStringLiteral("hafs-stack")));
        QVERIFY(o.stacked.contains(QStringLiteral("hafs-fs")));
        QVERIFY(o.stacked.contains(QStringLiteral("hafs-vip")));
        QCOMPARE(DrbdOverview::clusterResourceOf(cluster, QStringLiteral("other")), (std::pair<QString, QString>{}));
    }

    void rateAndEta()
    {
        SyncTracker tracker;
        const QString key = QStringLiteral("a/r/0/0");
        Progress p = tracker.sample(key, resyncing(10000), 65536, 0);
        QCOMPARE(p.rateKiBs, -1.0);
        QCOMPARE(p.percent, 0.0); // 8.4's events2 alone: measured against the first sample
        p = tracker.sample(key, resyncing(8000), 65536, 1);
        QCOMPARE(p.rateKiBs, 2000.0);
        QCOMPARE(p.etaSeconds, 4);
        QCOMPARE(p.percent, 20.0);
        // A rebuild for another reason, soon after, with the same numbers, is no sample.
        p = tracker.sample(key, resyncing(8000), 65536, 1.5);
        QCOMPARE(p.rateKiBs, 2000.0);
        p = tracker.sample(key, resyncing(6000), 65536, 2);
        QCOMPARE(p.rateKiBs, 2000.0);
        QCOMPARE(tracker.history(key).size(), 2);
        // A stall: the same amount, long enough, lowers the rate.
        p = tracker.sample(key, resyncing(6000), 65536, 6);
        QCOMPARE(p.rateKiBs, 4000.0 / 6);
        // Paused: nothing moves, no ETA.
        PeerDevice paused = resyncing(6000, QStringLiteral("PausedSyncS"));
        p = tracker.sample(key, paused, 65536, 7);
        QVERIFY(p.paused);
        QCOMPARE(p.rateKiBs, 0.0);
        QCOMPARE(p.etaSeconds, -1);
        // Done: the next resync starts from scratch.
        QCOMPARE(tracker.sample(key, resyncing(0, QStringLiteral("Established")), 65536, 8).percent, -1.0);
        p = tracker.sample(key, resyncing(500), 65536, 9);
        QCOMPARE(p.percent, 0.0);
        QCOMPARE(p.rateKiBs, -1.0);
        QVERIFY(tracker.history(key).isEmpty());
    }

    // As the lab's full resync starts, the sender reports 0 out of sync before its bitmap is
    // set: the rate counts from the full amount, not from that 0 (it stayed 0 for a whole window).
    void rateAfterTheAmountGrows()
    {
        SyncTracker tracker;
        const QString key = QStringLiteral("a/r/0/0");
        tracker.sample(key, resyncing(0), 65536, 0);
        Progress p = tracker.sample(key, resyncing(65496), 65536, 0.5);
        QCOMPARE(p.rateKiBs, -1.0); // one sample of this amount yet
        p = tracker.sample(key, resyncing(61496), 65536, 1.5);
        QCOMPARE(p.rateKiBs, 4000.0);
        QCOMPARE(p.etaSeconds, 15);
        // Writes during the resync add blocks: the rate starts over from there too.
        p = tracker.sample(key, resyncing(62000), 65536, 2.5);
        QCOMPARE(p.rateKiBs, 4000.0);
        p = tracker.sample(key, resyncing(59000), 65536, 3.5);
        QCOMPARE(p.rateKiBs, 3000.0);
    }

    // DRBD's own figure, once given, is not replaced by the estimate when a read lacks it.
    void doneFigureStands()
    {
        SyncTracker tracker;
        const QString key = QStringLiteral("a/r/0/0");
        PeerDevice p = resyncing(6000);
        p.donePercent = 40;
        QCOMPARE(tracker.sample(key, p, 65536, 0).percent, 40.0);
        p.donePercent.reset();
        p.outOfSyncKiB = 5000;
        QCOMPARE(tracker.sample(key, p, 65536, 1).percent, 40.0);
        p.donePercent = 55;
        QCOMPARE(tracker.sample(key, p, 65536, 2).percent, 55.0);
    }

    void verifyProgress()
    {
        SyncTracker tracker;
        const QString key = QStringLiteral("a/r/0/0");
        PeerDevice v = resyncing(0, QStringLiteral("VerifyS"));
        v.donePercent = 10;
        Progress p = tracker.sample(key, v, 100000, 0);
        QVERIFY(p.verify);
        QCOMPARE(p.percent, 10.0);
        QCOMPARE(p.remainingKiB, 90000);
        v.donePercent = 30;
        p = tracker.sample(key, v, 100000, 2);
        QCOMPARE(p.rateKiBs, 10000.0);
        QCOMPARE(p.etaSeconds, 7);
        // No "done:" (8.4's events2 alone): how far is unknown, and no rate is made up.
        PeerDevice blind = resyncing(0, QStringLiteral("VerifyT"));
        p = tracker.sample(QStringLiteral("b/r/0/0"), blind, 100000, 0);
        QCOMPARE(p.percent, -1.0);
        p = tracker.sample(QStringLiteral("b/r/0/0"), blind, 100000, 1);
        QCOMPARE(p.rateKiBs, -1.0);
    }

    // The view's tree: a resource row with its link and progress, a row per node under it.
    void model()
    {
        const auto cluster = PacemakerFixtures::state(QStringLiteral("hafs"), QStringLiteral("drbd"));
        DrbdResourceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResources({overviewOf(states(QStringLiteral("connected")), cluster)});
        const QModelIndex hafs = model.indexOf(QStringLiteral("hafs"));
        QVERIFY(hafs.isValid());
        QCOMPARE(model.rowCount(hafs), 2);
        const auto cell = [&](const QModelIndex& row, int column) { return row.siblingAtColumn(column).data().toString(); };
        QCOMPARE(cell(hafs, DrbdResourceModel::RoleColumn), QStringLiteral("Primary on drbd2"));
        QCOMPARE(cell(hafs, DrbdResourceModel::DiskColumn), QStringLiteral("UpToDate / UpToDate"));
        QCOMPARE(cell(hafs, DrbdResourceModel::ConnectionColumn), QStringLiteral("Connected"));
        QCOMPARE(cell(hafs, DrbdResourceModel::ClusterColumn), QStringLiteral("hafs-drbd-clone"));
        QCOMPARE(hafs.data(DrbdResourceModel::ProgressRole).toDouble(), -1.0);
        QCOMPARE(hafs.data(DrbdResourceModel::ProblemRole).toBool(), false);
        const QModelIndex drbd1 = model.indexOf(QStringLiteral("hafs"), QStringLiteral("drbd1"));
        QCOMPARE(drbd1.parent(), hafs);
        QCOMPARE(drbd1.data(DrbdResourceModel::NodeRole).toString(), QStringLiteral("drbd1"));
        QCOMPARE(cell(drbd1, DrbdResourceModel::RoleColumn), QStringLiteral("Secondary"));
        QCOMPARE(cell(drbd1, DrbdResourceModel::ConnectionColumn), QStringLiteral("Connected to drbd2"));
        QCOMPARE(cell(drbd1, DrbdResourceModel::ClusterColumn), QStringLiteral("not promoted"));

        // A resync changes the rows in place: no reset, so selection and expansion stay.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setResources({overviewOf(states(QStringLiteral("syncing")), cluster)});
        QCOMPARE(resets.size(), 0);
        QVERIFY(changes.size() >= 1);
        QCOMPARE(hafs.data(DrbdResourceModel::ProgressRole).toDouble(), 42.15);
        QCOMPARE(cell(hafs, DrbdResourceModel::SyncColumn), QStringLiteral("42.1 % · ? · ETA ?")); // one sample: no rate yet
        QVERIFY(hafs.siblingAtColumn(DrbdResourceModel::SyncColumn).data(Qt::ToolTipRole).toString().startsWith(u"resync from drbd2: 42.1"));
        QCOMPARE(cell(hafs, DrbdResourceModel::ReplicationColumn), QStringLiteral("SyncTarget / SyncSource"));
        QCOMPARE(hafs.data(DrbdResourceModel::ProblemRole).toBool(), true); // one UpToDate copy
        QVERIFY(cell(hafs, DrbdResourceModel::NameColumn).startsWith(u"⚠"));
        QVERIFY(hafs.data(Qt::ToolTipRole).toString().contains(u"Only drbd2 holds UpToDate data"));

        // StandAlone: each side's connection as it sees it.
        model.setResources({overviewOf(states(QStringLiteral("standalone")))});
        QCOMPARE(cell(hafs, DrbdResourceModel::ConnectionColumn), QStringLiteral("StandAlone / Connecting"));
        QCOMPARE(cell(hafs, DrbdResourceModel::ClusterColumn), QStringLiteral("not run by Pacemaker"));

        // Another set of resources is a new tree.
        model.setResources({});
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.indexOf(QStringLiteral("hafs")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestDrbdOverview)
#include "tst_drbdoverview.moc"
