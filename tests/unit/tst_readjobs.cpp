// The jobs that read and replace what a node has, against fake hosts replaying the lab's
// captures: the cluster's state, HAProxy's runtime state (its socket found in the
// configuration), an offline CIB parsed off the GUI thread, and the HAProxy configuration's
// rollout (checked everywhere first, undone on the nodes done when one fails, a Stop that lets
// the node being installed finish and then restores).
#include "FakeHost.h"
#include "Fixtures.h"
#include "backend/haproxy/ConfigJobs.h"
#include "backend/haproxy/RuntimeReadJob.h"
#include "backend/pacemaker/AuditLog.h"
#include "backend/pacemaker/ClusterFetch.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hadesk;
using jobs::JobState;

namespace {

bool runToEnd(jobs::Job& job)
{
    QSignalSpy finished(&job, &jobs::Job::finished);
    job.start();
    return finished.wait(10000) && finished.size() == 1;
}

FakeHost::Reply out(const QByteArray& data)
{
    return {data, {}, 0, false};
}

// The configuration script's mode, for a fake to answer by.
QString modeOf(const QStringList& argv)
{
    return argv.value(3) == u"hadesk-haproxy-config" ? argv.value(4) : QString();
}

} // namespace

class TestReadJobs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { pcmk::AuditLog::setPath(m_dir.filePath(QStringLiteral("audit.jsonl"))); }

    void clusterStateFromBothCommands()
    {
        FakeHost node(QStringLiteral("node1"));
        node.reply({QStringLiteral("cibadmin")}, out(Fixtures::file(QStringLiteral("pacemaker/healthy.cib.xml"))));
        node.reply({QStringLiteral("crm_mon")}, out(Fixtures::file(QStringLiteral("pacemaker/healthy.crm_mon.xml"))));
        pcmk::ClusterReadJob job(&node);
        QVERIFY(runToEnd(job));
        QVERIFY2(job.state() == JobState::Succeeded, qPrintable(job.outcomeText()));
        QVERIFY(job.clusterState());
        QCOMPARE(job.clusterState()->nodes.size(), 3);
        QCOMPARE(node.ran.size(), 2);
    }

    void clusterStateNotRunning()
    {
        FakeHost node(QStringLiteral("node1"));
        node.reply({QStringLiteral("cibadmin")}, {{}, "Could not connect to the CIB: Transport endpoint is not connected\n", 102});
        node.reply({QStringLiteral("crm_mon")}, {{}, {}, 102});
        pcmk::ClusterReadJob job(&node);
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Failed);
        QVERIFY2(job.error().contains(u"Could not connect to the CIB"), qPrintable(job.error()));
        QVERIFY(!job.clusterState());
    }

    void haproxyStateWithItsSocket()
    {
        FakeHost node(QStringLiteral("node1"));
        node.reply({QStringLiteral("cat"), QStringLiteral("--"), QStringLiteral("/etc/haproxy/haproxy.cfg")},
                   out("global\n    stats socket /run/haproxy/lab.sock mode 660 level admin\n"));
        node.rule([](const QStringList& argv, const QByteArray& stdinData) -> std::optional<FakeHost::Reply> {
            if (argv.value(3) != u"hadesk-haproxy" || argv.value(4) != u"/run/haproxy/lab.sock")
                return std::nullopt;
            if (stdinData == "show info\n")
                return out(Fixtures::file(QStringLiteral("haproxy/drained.info.txt")));
            if (stdinData == "show stat\n")
                return out(Fixtures::file(QStringLiteral("haproxy/drained.stat.csv")));
            if (stdinData == "show servers state\n")
                return out(Fixtures::file(QStringLiteral("haproxy/drained.servers-state.txt")));
            return std::nullopt;
        });
        haproxy::RuntimeReadJob job(&node);
        QVERIFY(runToEnd(job));
        QVERIFY2(job.state() == JobState::Succeeded, qPrintable(job.outcomeText()));
        QCOMPARE(job.socket(), QStringLiteral("/run/haproxy/lab.sock"));
        QVERIFY(job.runtimeState() && !job.runtimeState()->backends.isEmpty());
        QVERIFY(!job.runtimeState()->info.value(QStringLiteral("Pid")).isEmpty());
    }

    // A file is read off the GUI thread; without a crm_mon on this machine its note says so.
    void cibFileOffTheGuiThread()
    {
        pcmk::CibFileJob job(QStringLiteral(HADESK_FIXTURES "/pacemaker/healthy.cib.xml"));
        QVERIFY(runToEnd(job));
        QVERIFY2(job.state() == JobState::Succeeded, qPrintable(job.outcomeText()));
        QVERIFY(job.clusterState() && !job.clusterState()->resources.isEmpty());

        pcmk::CibFileJob missing(m_dir.filePath(QStringLiteral("no-such.xml")));
        QVERIFY(runToEnd(missing));
        QCOMPARE(missing.state(), JobState::Failed);
        QVERIFY2(missing.error().contains(u"cannot read"), qPrintable(missing.error()));
    }

    // node2 refuses the text: no node is installed, and the summary says so.
    void rolloutCheckedEverywhereFirst()
    {
        FakeHost node1(QStringLiteral("node1")), node2(QStringLiteral("node2"));
        node1.rule([](const QStringList&, const QByteArray&) { return std::optional(FakeHost::Reply{}); });
        node2.rule([](const QStringList& argv, const QByteArray&) -> std::optional<FakeHost::Reply> {
            if (modeOf(argv) == u"check")
                return FakeHost::Reply{"[ALERT] config : parsing [/etc/haproxy/haproxy.cfg.hadesk-new:12] : unknown keyword 'balanse'\n", {}, 4};
            return FakeHost::Reply{};
        });
        haproxy::ConfigRolloutJob job({{QStringLiteral("node1"), &node1, {}, {}}, {QStringLiteral("node2"), &node2, {}, {}}},
                                      "text", QStringLiteral("lab"));
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Failed);
        QVERIFY(!job.result().installed);
        QVERIFY2(job.result().summary.contains(u"node2 rejected the configuration; no node was changed"),
                 qPrintable(job.result().summary));
        QCOMPARE(job.result().perNode.size(), 1);
        QCOMPARE(job.result().perNode.first().second.outcome, haproxy::InstallResult::Outcome::Rejected);
        for (const QStringList& argv : node1.ran + node2.ran)
            QCOMPARE(modeOf(argv), QStringLiteral("check"));
    }

    // node2's reload fails (its script put its own file back): node1 gets its previous file back.
    void failedInstallRestoresTheNodesDone()
    {
        FakeHost node1(QStringLiteral("node1")), node2(QStringLiteral("node2"));
        node1.rule([](const QStringList&, const QByteArray&) { return std::optional(FakeHost::Reply{}); });
        node2.rule([](const QStringList& argv, const QByteArray&) -> std::optional<FakeHost::Reply> {
            if (modeOf(argv) == u"install")
                return FakeHost::Reply{{}, "the reload failed; the previous configuration is back in place and running\n", 5};
            return FakeHost::Reply{};
        });
        haproxy::ConfigRolloutJob job({{QStringLiteral("node1"), &node1, {}, {}}, {QStringLiteral("node2"), &node2, {}, {}}},
                                      "text", QStringLiteral("lab"));
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Failed);
        QStringList modes;
        for (const QStringList& argv : node1.ran)
            modes << modeOf(argv);
        QCOMPARE(modes, QStringList({QStringLiteral("check"), QStringLiteral("install"), QStringLiteral("restore")}));
        QVERIFY2(job.result().summary.contains(u"previous configuration restored on node1"), qPrintable(job.result().summary));
        QCOMPARE(job.result().perNode.at(1).second.outcome, haproxy::InstallResult::Outcome::RolledBack);
    }

    // A Stop while node1 installs lets it finish (a file replaced but not reloaded would be
    // worse), then restores it; node2 is not touched.
    void stopDuringInstallFinishesThenRestores()
    {
        FakeHost node1(QStringLiteral("node1")), node2(QStringLiteral("node2"));
        bool stopped = false;
        haproxy::ConfigRolloutJob* running = nullptr;
        node1.rule([&](const QStringList& argv, const QByteArray&) -> std::optional<FakeHost::Reply> {
            if (modeOf(argv) == u"install" && !stopped) {
                stopped = true;
                running->cancel(); // while the install is under way on node1
            }
            return FakeHost::Reply{};
        });
        node2.rule([](const QStringList&, const QByteArray&) { return std::optional(FakeHost::Reply{}); });
        haproxy::ConfigRolloutJob job({{QStringLiteral("node1"), &node1, {}, {}}, {QStringLiteral("node2"), &node2, {}, {}}},
                                      "text", QStringLiteral("lab"));
        running = &job;
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Cancelled);
        QVERIFY(node1.cancelled.isEmpty());
        QStringList modes;
        for (const QStringList& argv : node1.ran)
            modes << modeOf(argv);
        QCOMPARE(modes, QStringList({QStringLiteral("check"), QStringLiteral("install"), QStringLiteral("restore")}));
        for (const QStringList& argv : node2.ran)
            QCOMPARE(modeOf(argv), QStringLiteral("check"));
    }
};

QTEST_GUILESS_MAIN(TestReadJobs)
#include "tst_readjobs.moc"
