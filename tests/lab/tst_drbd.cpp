// The DRBD backend against the lab's real DRBD (labctl up --with-drbd): drbd1 and drbd2 replicate
// hafs (DRBD 8.4 in qemu VMs) and run the HAFS stack under their own Pacemaker.
#include "LabFixture.h"
#include "tests/SshWait.h"
#include "LabJobs.h"
#include "backend/drbd/DrbdActionJob.h"
#include "backend/drbd/DrbdMonitor.h"
#include "backend/drbd/DrbdOperations.h"
#include "backend/drbd/DrbdResourceCreator.h"
#include "backend/pacemaker/AuditLog.h"
#include "backend/pacemaker/ClusterFetch.h"
#include "backend/pacemaker/ClusterOperation.h"
#include "ssh/SshConnection.h"
#include "ssh/SshJob.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hadesk;
using drbd::Action;
using drbd::DrbdOperations;
using drbd::ResourceOverview;

namespace {

const QString kResource = QStringLiteral("hafs");
constexpr int kCommandMs = 60000;

} // namespace

class TestDrbd : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ssh::SshConnection> m_drbd1, m_drbd2;
    std::unique_ptr<drbd::DrbdMonitor> m_monitor;

    ssh::SshConnection& on(const QString& vm) { return vm == u"drbd1" ? *m_drbd1 : *m_drbd2; }
    drbd::ConnectionOf connections()
    {
        return [this](const QString& vm) -> ssh::HostConnection* { return &on(vm); };
    }
    // The actions as the DRBD view runs them.
    bool run(const QList<drbd::DrbdAction>& steps, QString* error)
    {
        drbd::DrbdActionJob job(QStringLiteral("test"), steps, connections(), QStringLiteral("drbd-lab"), kCommandMs);
        return LabJobs::succeeds(job, error);
    }

    // A shell line on a VM (test set-up and checks, not what is tested), as root.
    QByteArray shell(const QString& vm, const QString& script, bool mustSucceed = true)
    {
        std::unique_ptr<ssh::SshJob> job(on(vm).run({QStringLiteral("sh"), QStringLiteral("-c"), script}));
        if (!waitForFinished(*job, kCommandMs) || (mustSucceed && !job->succeeded()))
            qWarning("%s: %s: %s", qPrintable(vm), qPrintable(script), qPrintable(job->failureText()));
        return job->allStdout();
    }

    ResourceOverview hafs() const
    {
        const ResourceOverview* o = m_monitor->resource(kResource);
        return o ? *o : ResourceOverview{};
    }

    void refreshCluster()
    {
        QString error;
        if (const auto cluster = LabJobs::clusterState(*m_drbd1, kCommandMs, &error))
            m_monitor->setClusterState(*cluster);
    }

    QString primaryNode() const
    {
        for (const drbd::Replica& r : hafs().replicas)
            if (r.role == u"Primary")
                return r.node;
        return {};
    }

    static QString other(const QString& vm) { return vm == u"drbd1" ? QStringLiteral("drbd2") : QStringLiteral("drbd1"); }

    bool inSync() const
    {
        const ResourceOverview o = hafs();
        if (o.replicas.size() != 2 || o.links.size() != 1 || o.upToDateNodes().size() != 2)
            return false;
        const drbd::Link& l = o.links.first();
        return l.stateA == u"Connected" && l.stateB == u"Connected" && l.replicationA == u"Established" &&
               l.replicationB == u"Established" && !l.progress;
    }

    void runAction(Action action, const QString& vm, bool risky)
    {
        QString error;
        const ResourceOverview now = hafs();
        const auto step = DrbdOperations::plan(action, vm, kResource, now, &error);
        QVERIFY2(step, qPrintable(error));
        QVERIFY2(step->refusal.isEmpty(), qPrintable(step->refusal));
        QVERIFY2(step->risks.isEmpty() != risky, qPrintable(step->risks.join(u'\n')));
        QVERIFY2(run({*step}, &error), qPrintable(error));
    }

    // The files on the mounted filesystem with their checksums.
    QByteArray checksums(const QString& vm)
    {
        return shell(vm, QStringLiteral("cd /srv/hafs && find . -type f ! -path './lost+found/*' -print0 | sort -z | "
                                        "xargs -0 sha256sum"));
    }

    void setMaintenance(bool on)
    {
        shell(QStringLiteral("drbd1"), on ? QStringLiteral("crm_attribute --type crm_config --name maintenance-mode --update true")
                                          : QStringLiteral("crm_attribute --type crm_config --name maintenance-mode --delete"),
              false);
    }

private Q_SLOTS:
    void initTestCase()
    {
        pcmk::AuditLog::setPath(m_dir.filePath(QStringLiteral("audit.jsonl")));
        const QString config = LabFixture::sshConfig();
        m_drbd1 = std::make_unique<ssh::SshConnection>(ssh::SshTarget{QStringLiteral("drbd1"), config});
        m_drbd2 = std::make_unique<ssh::SshConnection>(ssh::SshTarget{QStringLiteral("drbd2"), config});
        m_monitor = std::make_unique<drbd::DrbdMonitor>();
        refreshCluster();
        m_monitor->watch(QStringLiteral("drbd1"), m_drbd1.get());
        m_monitor->watch(QStringLiteral("drbd2"), m_drbd2.get());
        QTRY_VERIFY_WITH_TIMEOUT(m_monitor->hasAllSnapshots(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(inSync(), 120000);
        QCOMPARE(hafs().clusterResource, QStringLiteral("hafs-drbd-clone"));
    }

    // A failed test leaves no maintenance mode behind for the next.
    void cleanup() { setMaintenance(false); }

    void cleanupTestCase() { m_monitor.reset(); }

    // Stop on a job that follows DRBD's events (a resync watch never ends by itself): the
    // drbdsetup on the VM is gone afterwards, not just the channel. (The monitor's own stream
    // runs the same command: the count goes one up, then back.)
    void stoppedWatchEndsOnTheNode()
    {
        const QString count = QStringLiteral("pgrep -c -x -f 'drbdsetup events2 --statistics all' || true");
        const auto running = [&] { return shell(QStringLiteral("drbd1"), count).trimmed().toInt(); };
        const int before = running();
        jobs::Job job(QStringLiteral("watch the resync"), QStringLiteral("drbd-lab"));
        job.addStep({QStringLiteral("follow hafs"), QStringLiteral("drbd1"), false,
                     [this](jobs::StepContext& step) {
                         ssh::JobOptions asRoot;
                         asRoot.asRoot = true;
                         asRoot.keepOutput = false;
                         step.runToEnd(&on(QStringLiteral("drbd1")), drbd::NodeDrbdWatcher::streamCommand(), asRoot);
                     },
                     {}});
        QSignalSpy finished(&job, &jobs::Job::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(running(), before + 1, 30000);
        job.cancel();
        QVERIFY(finished.wait(30000) || job.isFinished());
        QCOMPARE(job.state(), jobs::JobState::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(running(), before, 30000);
    }

    // What Pacemaker runs is not promoted behind its back.
    void promotionThroughDrbdadmIsRefused()
    {
        QString error;
        const ResourceOverview now = hafs();
        const auto step = DrbdOperations::plan(Action::Primary, other(primaryNode()), kResource, now, &error);
        QVERIFY(step);
        QVERIFY2(step->refusal.contains(u"hafs-drbd-clone"), qPrintable(step->refusal));
        QVERIFY(!run({*step}, &error));
        QVERIFY2(error.contains(step->refusal), qPrintable(error));
        QVERIFY(!DrbdOperations::plan(Action::Connect, QStringLiteral("drbd1"), QStringLiteral("hafs; reboot"), now, &error));
    }

    // A full resync (the whole device, as the initial sync): the model's progress rises to 100 %
    // with a rate and an ETA, and ends with both disks UpToDate.
    void fullResyncProgress()
    {
        setMaintenance(true);
        const QString primary = primaryNode();
        QVERIFY(!primary.isEmpty());
        QList<double> percents;
        bool sawRate = false, sawEta = false;
        QObject listening; // disconnects the lambda however the test ends
        connect(m_monitor.get(), &drbd::DrbdMonitor::changed, &listening, [&] {
            const ResourceOverview o = hafs();
            if (o.links.isEmpty() || !o.links.first().progress || o.links.first().progress->verify)
                return;
            const drbd::Progress& p = *o.links.first().progress;
            if (p.percent >= 0 && (percents.isEmpty() || percents.last() != p.percent))
                percents << p.percent;
            sawRate = sawRate || p.rateKiBs > 0;
            sawEta = sawEta || p.etaSeconds >= 0;
        });
        runAction(Action::InvalidateRemote, primary, true); // leaves one UpToDate copy: a risk
        QTRY_VERIFY_WITH_TIMEOUT(hafs().upToDateNodes() == QStringList{primary}, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(inSync(), 180000);
        QVERIFY2(percents.size() >= 3, qPrintable(QStringLiteral("progress seen: %1 samples").arg(percents.size())));
        for (qsizetype i = 1; i < percents.size(); ++i)
            QVERIFY2(percents.at(i) >= percents.at(i - 1), "the progress went back");
        QVERIFY(percents.last() > 50);
        QVERIFY(sawRate);
        QVERIFY(sawEta);
        QVERIFY(!m_monitor->tracker().keys().isEmpty());

    }

    void disconnectAndReconnect()
    {
        setMaintenance(true);
        const QString secondary = other(primaryNode());
        runAction(Action::Disconnect, secondary, true);
        QTRY_VERIFY_WITH_TIMEOUT(hafs().warnings.join(u'\n').contains(secondary + QStringLiteral(" is StandAlone")), 30000);
        runAction(Action::Connect, secondary, false);
        QTRY_VERIFY_WITH_TIMEOUT(inSync(), 60000);
        QVERIFY2(hafs().warnings.isEmpty(), qPrintable(hafs().warnings.join(u'\n')));

    }

    // Both sides primary and written while apart: the split brain is seen, the secondary's side is
    // discarded through the backend, and the primary's files are intact, on both disks (a verify
    // finds nothing out of sync).
    void splitBrainDetectedAndRecovered()
    {
        setMaintenance(true);
        const QString primary = primaryNode();
        const QString victim = other(primary);
        shell(primary, QStringLiteral("head -c 262144 /dev/urandom >/srv/hafs/before-split && sync"));
        QTRY_VERIFY_WITH_TIMEOUT(inSync(), 60000);

        shell(victim, QStringLiteral("drbdadm disconnect hafs"));
        shell(primary, QStringLiteral("drbdadm disconnect hafs"));
        shell(victim, QStringLiteral("drbdadm primary hafs && mkdir -p /mnt/hafs && mount /dev/drbd0 /mnt/hafs && "
                                     "date >/mnt/hafs/victim-side && umount /mnt/hafs && drbdadm secondary hafs"));
        shell(primary, QStringLiteral("head -c 131072 /dev/urandom >/srv/hafs/after-split && sync"));
        const QByteArray survivingFiles = checksums(primary);
        QVERIFY(survivingFiles.contains("after-split"));
        shell(victim, QStringLiteral("drbdadm connect hafs"));
        shell(primary, QStringLiteral("drbdadm connect hafs"));
        QTRY_VERIFY_WITH_TIMEOUT(hafs().warnings.join(u'\n').contains(QStringLiteral("Split brain on")), 60000);

        QString error;
        const ResourceOverview now = hafs();
        // Pacemaker's promoted side is not given up.
        QCOMPARE(now.promotedNode, primary);
        QVERIFY(!DrbdOperations::splitBrainRecovery(now, primary, &error));
        QVERIFY2(error.contains(u"promoted"), qPrintable(error));
        const auto steps = DrbdOperations::splitBrainRecovery(now, victim, &error);
        QVERIFY2(steps, qPrintable(error));
        const bool discards = std::any_of(steps->begin(), steps->end(), [&](const drbd::DrbdAction& s) {
            return s.action == Action::DiscardMyData && s.node == victim;
        });
        QVERIFY(discards);
        QVERIFY2(run(*steps, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(inSync(), 120000);
        for (const drbd::Replica& r : hafs().replicas)
            QVERIFY(!r.splitBrain);
        QCOMPARE(checksums(primary), survivingFiles);
        QVERIFY(!survivingFiles.contains("victim-side"));

        // Both disks hold the same blocks now: a verify finds nothing to resync.
        runAction(Action::Verify, primary, false);
        QTRY_VERIFY_WITH_TIMEOUT(hafs().links.first().progress && hafs().links.first().progress->verify, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(inSync(), 120000);
        QCOMPARE(hafs().links.first().outOfSyncKiB, 0);
        shell(primary, QStringLiteral("rm -f /srv/hafs/before-split /srv/hafs/after-split"));

    }

    // A new resource on the VMs' blank spare disk (/dev/vdd): refused while it would clash with
    // hafs, then created, its initial sync followed from 0 to both UpToDate, refused a second
    // time, removed; then created again skipping the sync. hafs's configuration is never touched.
    void createdResourceSyncsFromScratch()
    {
        const QString spare = QStringLiteral("spare");
        const QString configFiles = QStringLiteral("sha256sum /etc/drbd.d/*");
        const QByteArray before1 = shell(QStringLiteral("drbd1"), configFiles), before2 = shell(QStringLiteral("drbd2"), configFiles);
        QVERIFY(before1.contains("hafs.res"));
        drbd::NewResource spec;
        spec.name = spare;
        spec.minor = 0; // hafs's
        spec.port = 7790;
        spec.disk = QStringLiteral("/dev/vdd");
        spec.nodes = {{QStringLiteral("drbd1"), QStringLiteral("198.18.0.21")}, {QStringLiteral("drbd2"), QStringLiteral("198.18.0.22")}};
        spec.resyncRate = QStringLiteral("4M");
        spec.initialPrimary = QStringLiteral("drbd1");
        QString error;
        const auto create = [&] {
            drbd::DrbdCreateJob job(spec, connections(), QStringLiteral("drbd-lab"), kCommandMs);
            return LabJobs::succeeds(job, &error);
        };
        const auto remove = [&](const QString& name, const QStringList& vms) {
            drbd::DrbdRemoveJob job(name, vms, connections(), QStringLiteral("drbd-lab"), kCommandMs);
            return LabJobs::succeeds(job, &error);
        };
        QVERIFY(!create());
        QVERIFY2(error.contains(u"conflicting use of device-minor"), qPrintable(error));
        QCOMPARE(shell(QStringLiteral("drbd1"), configFiles), before1); // the staged file is gone too
        QCOMPARE(shell(QStringLiteral("drbd2"), configFiles), before2);
        QVERIFY(shell(QStringLiteral("drbd1"), QStringLiteral("ls -a /etc/drbd.d")).indexOf("spare") < 0);

        spec.minor = 1;
        QList<double> percents;
        QObject context;
        connect(m_monitor.get(), &drbd::DrbdMonitor::changed, &context, [&] {
            const ResourceOverview* o = m_monitor->resource(spare);
            if (o && !o->links.isEmpty() && o->links.first().progress && o->links.first().progress->percent >= 0)
                percents << o->links.first().progress->percent;
        });
        {
            drbd::DrbdCreateJob job(spec, connections(), QStringLiteral("drbd-lab"), kCommandMs);
            QVERIFY2(LabJobs::succeeds(job, &error), qPrintable(error));
            QVERIFY2(job.steps().size() >= 9, qPrintable(job.log().join(u'\n')));
        }
        const auto spareInSync = [&] {
            const ResourceOverview* o = m_monitor->resource(spare);
            return o && o->upToDateNodes().size() == 2 && o->links.size() == 1 && !o->links.first().progress &&
                   o->links.first().replicationA == u"Established" && o->links.first().replicationB == u"Established";
        };
        QTRY_VERIFY_WITH_TIMEOUT(spareInSync(), 120000);
        QVERIFY2(percents.size() >= 3, qPrintable(QStringLiteral("%1 progress figures").arg(percents.size())));
        for (qsizetype i = 1; i < percents.size(); ++i)
            QVERIFY2(percents.at(i) >= percents.at(i - 1), "the progress went back");
        QCOMPARE(m_monitor->resource(spare)->replica(QStringLiteral("drbd1"))->role, QStringLiteral("Primary"));
        QVERIFY(shell(QStringLiteral("drbd2"), QStringLiteral("head -n 1 /etc/drbd.d/spare.res")).startsWith(drbd::DrbdResourceCreator::marker()));
        QVERIFY(inSync()); // hafs went on replicating

        QVERIFY(!create());
        QVERIFY2(error.contains(u"exists already"), qPrintable(error));
        // hafs is not HAdesk's: left alone.
        QVERIFY(!remove(QStringLiteral("hafs"), {QStringLiteral("drbd1")}));
        QVERIFY2(error.contains(u"not written by HAdesk"), qPrintable(error));
        QVERIFY2(remove(spare, {QStringLiteral("drbd1"), QStringLiteral("drbd2")}),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!m_monitor->resource(spare), 30000);
        // Its metadata stays on the disk: a new resource there is refused until it is wiped.
        QVERIFY(!create());
        QVERIFY2(error.contains(u"not empty"), qPrintable(error));

        // Empty disks on request: no sync at all, UpToDate at once.
        for (const QString& vm : {QStringLiteral("drbd1"), QStringLiteral("drbd2")})
            shell(vm, QStringLiteral("wipefs -a /dev/vdd >/dev/null"));
        spec.skipInitialSync = true;
        spec.initialPrimary.clear();
        percents.clear();
        QVERIFY2(create(),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(spareInSync(), 30000);
        QVERIFY2(percents.isEmpty(), "a skipped initial sync ran");
        QVERIFY(remove(spare, {QStringLiteral("drbd1"), QStringLiteral("drbd2")}));
        for (const QString& vm : {QStringLiteral("drbd1"), QStringLiteral("drbd2")})
            shell(vm, QStringLiteral("wipefs -a /dev/vdd >/dev/null"));
        QCOMPARE(shell(QStringLiteral("drbd1"), configFiles), before1);
        QCOMPARE(shell(QStringLiteral("drbd2"), configFiles), before2);
    }

    // Promoting the other side through Pacemaker: DRBD, the filesystem, the service and its VIP
    // follow the promoted role.
    void pacemakerFailover()
    {
        refreshCluster();
        const QString from = hafs().promotedNode;
        QVERIFY(!from.isEmpty());
        const QString to = other(from);
        QString error;
        const auto promote = pcmk::ClusterOperation::forResource(QStringLiteral("promote"), hafs().clusterResource, to, {}, &error);
        QVERIFY2(promote, qPrintable(error));
        const auto preview = LabJobs::preview(*m_drbd1, *promote, &error);
        QVERIFY2(preview, qPrintable(error));
        QStringList planned;
        for (const pcmk::PlannedAction& a : preview->actions)
            planned << a.text();
        QVERIFY2(planned.join(u'\n').contains(u"hafs-fs"), qPrintable(planned.join(u'\n')));
        const auto result = LabJobs::apply(*m_drbd1, *promote, *preview, QStringLiteral("drbd-lab"));
        QVERIFY2(result.outcome == pcmk::ApplyResult::Outcome::Applied, qPrintable(result.message));

        QTRY_VERIFY_WITH_TIMEOUT(primaryNode() == to, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(shell(to, QStringLiteral("findmnt -n -o SOURCE /srv/hafs"), false).trimmed() == "/dev/drbd0", 120000);
        QTRY_VERIFY_WITH_TIMEOUT(shell(to, QStringLiteral("python3 -c 'import urllib.request as u; "
                                                         "print(u.urlopen(\"http://198.18.0.200:8080/\", timeout=5).status, end=\"\")'"),
                                       false) == "200",
                                 120000);
        refreshCluster();
        QCOMPARE(hafs().promotedNode, to);
        QVERIFY(hafs().stacked.contains(QStringLiteral("hafs-fs")));
        QVERIFY(shell(from, QStringLiteral("findmnt -n /srv/hafs || true"), false).trimmed().isEmpty());

        const auto clear = pcmk::ClusterOperation::forResource(QStringLiteral("clear"), hafs().clusterResource, {}, {}, &error);
        const auto clearPreview = LabJobs::preview(*m_drbd1, *clear, &error);
        QVERIFY2(clearPreview, qPrintable(error));
        QVERIFY(LabJobs::apply(*m_drbd1, *clear, *clearPreview, QStringLiteral("drbd-lab")).outcome ==
                pcmk::ApplyResult::Outcome::Applied);
    }
};

QTEST_GUILESS_MAIN(TestDrbd)
#include "tst_drbd.moc"
