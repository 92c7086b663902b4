// The console's DRBD tab and the resource graph's DRBD box against the lab's real DRBD
// (labctl up --with-drbd): drbd1 and drbd2 replicate hafs under their own Pacemaker. Offscreen.
#include "LabFixture.h"
#include "tests/SshWait.h"
#include "LabJobs.h"
#include "backend/ClusterSession.h"
#include "backend/ClusterStore.h"
#include "backend/drbd/DrbdMonitor.h"
#include "backend/drbd/DrbdResourceCreator.h"
#include "backend/drbd/DrbdResourceModel.h"
#include "backend/pacemaker/AuditLog.h"
#include "views/ClusterPage.h"
#include "views/DrbdCreateDialog.h"
#include "views/DrbdView.h"
#include "views/MainWindow.h"
#include "views/ResourceGraphView.h"
#include "ssh/SshConnection.h"
#include "ssh/SshJob.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QLabel>
#include <QLineSeries>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <memory>

using namespace hadesk;
using drbd::Action;
using drbd::DrbdResourceModel;
using views::DrbdView;

namespace {

const QString kResource = QStringLiteral("hafs");

QString cell(const QModelIndex& row, int column)
{
    return row.siblingAtColumn(column).data().toString();
}

} // namespace

class TestDrbdView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ClusterStore> m_store;
    std::unique_ptr<views::MainWindow> m_window;
    views::ClusterPage* m_page = nullptr;

    DrbdView* view() const { return m_page->drbd(); }
    QAbstractItemModel* model() const { return view()->tree()->model(); }
    const drbd::ResourceOverview* hafs() const { return m_page->session()->drbd()->resource(kResource); }
    QModelIndex row(const QString& node = {}) const
    {
        return static_cast<DrbdResourceModel*>(model())->indexOf(kResource, node);
    }

    bool inSync() const
    {
        const drbd::ResourceOverview* o = hafs();
        return o && o->upToDateNodes().size() == 2 && o->links.size() == 1 && !o->links.first().progress &&
               o->links.first().stateA == u"Connected" && o->links.first().stateB == u"Connected";
    }

    QString primaryNode() const
    {
        for (const drbd::Replica& r : hafs()->replicas)
            if (r.role == u"Primary")
                return r.node;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        pcmk::AuditLog::setPath(m_dir.filePath(QStringLiteral("audit.jsonl")));
        m_store = std::make_unique<ClusterStore>(m_dir.filePath(QStringLiteral("clusters.ini")));
        QString error;
        const auto vms = ClusterStore::fromSshConfig(QStringLiteral("drbd-lab"), LabFixture::sshConfig(),
                                                     {QStringLiteral("drbd1"), QStringLiteral("drbd2")}, &error);
        QVERIFY2(vms && m_store->add(*vms, &error), qPrintable(error));
        m_window = std::make_unique<views::MainWindow>(m_store.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_page = m_window->openCluster(QStringLiteral("drbd-lab"));
        QVERIFY(m_page);
        QVERIFY(m_page->showView(QStringLiteral("drbd")));
        view()->setConfirmation(false);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->session()->hasState(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(inSync(), 120000);
    }

    void cleanupTestCase() { m_window.reset(); }

    // Each node with its role and disk under the resource, the link, and what Pacemaker runs.
    void showsTheResourceItsNodesAndPacemaker()
    {
        QAbstractItemModelTester tester(model());
        const QModelIndex resource = row();
        QVERIFY(resource.isValid());
        QCOMPARE(model()->rowCount(resource), 2);
        QTRY_VERIFY(view()->tree()->isExpanded(resource));
        const QString primary = primaryNode();
        QVERIFY(!primary.isEmpty());
        QCOMPARE(cell(resource, DrbdResourceModel::RoleColumn), QStringLiteral("Primary on %1").arg(primary));
        QCOMPARE(cell(resource, DrbdResourceModel::DiskColumn), QStringLiteral("UpToDate / UpToDate"));
        QCOMPARE(cell(resource, DrbdResourceModel::ConnectionColumn), QStringLiteral("Connected"));
        QCOMPARE(cell(resource, DrbdResourceModel::ReplicationColumn), QStringLiteral("Established"));
        QCOMPARE(cell(resource, DrbdResourceModel::ClusterColumn), QStringLiteral("hafs-drbd-clone"));
        for (const QString& node : {QStringLiteral("drbd1"), QStringLiteral("drbd2")}) {
            const QModelIndex replica = row(node);
            QVERIFY(replica.isValid());
            QCOMPARE(cell(replica, DrbdResourceModel::RoleColumn), node == primary ? QStringLiteral("Primary") : QStringLiteral("Secondary"));
            QCOMPARE(cell(replica, DrbdResourceModel::DiskColumn), QStringLiteral("UpToDate"));
            QCOMPARE(cell(replica, DrbdResourceModel::ClusterColumn), node == primary ? QStringLiteral("promoted") : QStringLiteral("not promoted"));
        }
        view()->select(kResource);
        QVERIFY2(view()->details()->toPlainText().contains(u"hafs-drbd-clone"), qPrintable(view()->details()->toPlainText()));
        QVERIFY(view()->summary()->text().contains(u"drbd1"));
    }

    // The graph draws the DRBD resource beside the clone that runs it, with its disks.
    void graphShowsDrbdBesideItsClone()
    {
        QVERIFY(m_page->showView(QStringLiteral("graph")));
        views::ResourceGraphView* graph = m_page->graph();
        QTRY_VERIFY(!graph->replicationPosition(kResource).isNull());
        QTRY_VERIFY(!graph->isGliding());
        QTRY_VERIFY2(graph->replicationText(kResource).contains(u"UpToDate ⇄ UpToDate"), qPrintable(graph->replicationText(kResource)));
        const QPoint clone = graph->itemPosition(QStringLiteral("hafs-drbd-clone"));
        const QPoint drbd = graph->replicationPosition(kResource);
        QVERIFY(!clone.isNull());
        // Below the node frames, side by side in one row. The clone's stack-of-cards shadow
        // shifts its bounding centre by a few pixels.
        QVERIFY2(std::abs(clone.y() - drbd.y()) < 20 && std::abs(clone.x() - drbd.x()) > 40,
                 qPrintable(QStringLiteral("the DRBD box (%1,%2) is not beside the clone (%3,%4)")
                                .arg(drbd.x()).arg(drbd.y()).arg(clone.x()).arg(clone.y())));
        QVERIFY(m_page->showView(QStringLiteral("drbd")));
    }

    // drbdadm behind Pacemaker's back is refused, with the way to do it said.
    void promotionBehindPacemakerIsRefused()
    {
        const QString secondary = primaryNode() == u"drbd1" ? QStringLiteral("drbd2") : QStringLiteral("drbd1");
        QVERIFY(!view()->runAction(Action::Primary, secondary, kResource));
        QVERIFY2(view()->lastMessage().contains(u"hafs-drbd-clone"), qPrintable(view()->lastMessage()));
        QCOMPARE(row(secondary).siblingAtColumn(DrbdResourceModel::RoleColumn).data().toString(), QStringLiteral("Secondary"));
    }

    // A full resync started from the view: the progress bar's figure rises, the rate chart draws
    // it, the graph's box shows the sync, and everything ends UpToDate.
    void resyncShowsProgressRateAndChart()
    {
        view()->select(kResource);
        const QString primary = primaryNode();
        QList<double> percents;
        QStringList texts;
        QObject context;
        connect(m_page->session()->drbd(), &drbd::DrbdMonitor::changed, &context, [&] {
            const double p = row().data(DrbdResourceModel::ProgressRole).toDouble();
            if (p >= 0 && (percents.isEmpty() || percents.constLast() != p)) {
                percents << p;
                texts << cell(row(), DrbdResourceModel::SyncColumn);
            }
        });
        const QPointer<jobs::Job> job = view()->runAction(Action::InvalidateRemote, primary, kResource);
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 60000);
        QVERIFY2(job->state() == jobs::JobState::Succeeded, qPrintable(job->outcomeText()));
        QVERIFY2(view()->lastMessage().isEmpty(), qPrintable(view()->lastMessage())); // the refusal before is not this one's
        QTRY_VERIFY_WITH_TIMEOUT(row().data(DrbdResourceModel::ProgressRole).toDouble() >= 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(cell(row(), DrbdResourceModel::SyncColumn).contains(u"MiB/s"), 30000);
        const QString tip = row().siblingAtColumn(DrbdResourceModel::SyncColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QStringLiteral("resync from %1").arg(primary)), qPrintable(tip));
        QTRY_VERIFY2(m_page->graph()->replicationText(kResource).contains(u"Inconsistent"),
                     qPrintable(m_page->graph()->replicationText(kResource)));
        QTRY_VERIFY_WITH_TIMEOUT(inSync(), 180000);
        QVERIFY2(percents.size() >= 3, qPrintable(QStringLiteral("%1 progress figures seen").arg(percents.size())));
        // The bar says a real rate and an ETA while it runs (the lab syncs at about 4 MiB/s).
        QVERIFY2(std::any_of(texts.cbegin(), texts.cend(), [](const QString& t) {
                     return t.contains(QRegularExpression(QStringLiteral("[1-9][0-9.]* MiB/s"))) &&
                            t.contains(QRegularExpression(QStringLiteral("ETA [0-9]+:[0-9]{2}")));
                 }),
                 qPrintable(texts.join(u'\n')));
        for (qsizetype i = 1; i < percents.size(); ++i)
            QVERIFY2(percents.at(i) >= percents.at(i - 1), "the progress went back");
        QVERIFY(cell(row(), DrbdResourceModel::SyncColumn).isEmpty());
        // The chart keeps the run's rate: one series, sending node to its peer, above zero.
        const QList<QAbstractSeries*> series = view()->rateChart()->series();
        QCOMPARE(series.size(), 1);
        auto* line = static_cast<QLineSeries*>(series.first());
        QVERIFY2(line->name().startsWith(primary), qPrintable(line->name()));
        QVERIFY(line->count() >= 2);
        QVERIFY(std::any_of(line->points().cbegin(), line->points().cend(), [](const QPointF& p) { return p.y() > 0; }));
        QTRY_VERIFY(m_page->graph()->replicationText(kResource).contains(u"UpToDate ⇄ UpToDate"));
    }

    // The New Resource dialog: a bad name is refused in the dialog; a resource on the VMs' blank
    // spare disk, created without a sync (the operator says the disks are empty), appears in the
    // tree UpToDate on both nodes. Removed and the disk wiped afterwards for the other tests.
    void createsAResourceFromTheDialog()
    {
        ClusterSession* session = m_page->session();
        views::DrbdCreateDialog dialog(session, view());
        dialog.setConfirmation(false);
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("drbdAddress-drbd1"))->text(), QStringLiteral("198.18.0.21"));
        dialog.nameEdit()->setText(QStringLiteral("spare; reboot"));
        dialog.diskEdit()->setText(QStringLiteral("/dev/vdd"));
        QVERIFY(!dialog.create());
        QVERIFY2(dialog.message()->text().contains(u"resource name"), qPrintable(dialog.message()->text()));
        dialog.nameEdit()->setText(QStringLiteral("spare"));
        dialog.initialSync()->setCurrentIndex(dialog.initialSync()->count() - 1); // no sync: empty disks
        QCOMPARE(dialog.resource().minor, 1);
        const QPointer<jobs::Job> job = dialog.create();
        QVERIFY2(job, qPrintable(dialog.message()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 120000);
        QVERIFY2(job->state() == jobs::JobState::Succeeded,
                 qPrintable(dialog.message()->text() + u'\n' + dialog.log()->toPlainText()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.log()->toPlainText().contains(u"drbd2: bring spare up"));
        QTRY_VERIFY_WITH_TIMEOUT(static_cast<DrbdResourceModel*>(model())->indexOf(QStringLiteral("spare")).isValid(), 30000);
        const QModelIndex spare = static_cast<DrbdResourceModel*>(model())->indexOf(QStringLiteral("spare"));
        QTRY_COMPARE_WITH_TIMEOUT(cell(spare, DrbdResourceModel::DiskColumn), QStringLiteral("UpToDate / UpToDate"), 30000);
        QCOMPARE(cell(spare, DrbdResourceModel::ClusterColumn), QStringLiteral("not run by Pacemaker"));

        QString error;
        const QStringList vms{QStringLiteral("drbd1"), QStringLiteral("drbd2")};
        drbd::DrbdRemoveJob remove(QStringLiteral("spare"), vms, session->connectionLookup(), QStringLiteral("drbd-lab"));
        QVERIFY2(LabJobs::succeeds(remove, &error), qPrintable(error));
        for (const QString& vm : vms) {
            std::unique_ptr<ssh::SshJob> wipe(session->connectionTo(vm)->run({QStringLiteral("wipefs"), QStringLiteral("-a"), QStringLiteral("/dev/vdd")}));
            QVERIFY(waitForFinished(*wipe, 60000) && wipe->succeeded());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!static_cast<DrbdResourceModel*>(model())->indexOf(QStringLiteral("spare")).isValid(), 30000);
    }

    // The recovery menu names both nodes; a victim that Pacemaker promoted is refused.
    void recoveryOfThePromotedSideIsRefused()
    {
        QVERIFY(!view()->recoverSplitBrain(kResource, primaryNode()));
        // This refusal's own words (an earlier message would not do).
        QVERIFY2(view()->lastMessage().contains(u"where Pacemaker has promoted") &&
                     view()->lastMessage().contains(kResource),
                 qPrintable(view()->lastMessage()));
        QVERIFY(inSync());
    }
};

QTEST_MAIN(TestDrbdView)
#include "tst_drbdview.moc"
