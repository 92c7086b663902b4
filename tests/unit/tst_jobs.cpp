// The job model against a fake host that replays the lab's captured output: steps, progress,
// cancel at every step, undo, end states and the audit log.
#include "FakeHost.h"
#include "Fixtures.h"
#include "PacemakerFixtures.h"
#include "backend/jobs/Job.h"
#include "backend/jobs/JobList.h"
#include "backend/haproxy/RuntimeCommandJob.h"
#include "backend/pacemaker/AuditLog.h"
#include "backend/pacemaker/OperationJobs.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hadesk;
using jobs::Job;
using jobs::JobState;
using jobs::JobStep;
using jobs::StepState;
using jobs::stepLine;

namespace {

QList<QJsonObject> auditEntries(const QString& path)
{
    QFile file(path);
    QList<QJsonObject> entries;
    if (file.open(QIODevice::ReadOnly))
        for (const QByteArray& line : file.readAll().split('\n'))
            if (!line.isEmpty())
                entries << QJsonDocument::fromJson(line).object();
    return entries;
}

bool runToEnd(Job& job)
{
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    return finished.wait(5000) && finished.size() == 1;
}

// A step that runs one command and, where asked, one to undo it.
Job::Step commandStep(FakeHost* host, const QString& name, bool undoable)
{
    Job::Step step;
    step.title = name;
    step.host = host->host();
    step.changes = true;
    step.run = [host, name](jobs::StepContext& context) {
        context.run(host, {name}, {}, [context](ssh::SshJob& command) mutable {
            if (command.succeeded())
                context.succeed();
            else
                context.fail(command.failureText());
        });
    };
    if (undoable) {
        step.undo = [host, name](jobs::StepContext& context) {
            context.run(host, {QStringLiteral("undo-") + name}, {}, [context](ssh::SshJob& command) mutable {
                command.succeeded() ? context.succeed() : context.fail(command.failureText());
            });
        };
    }
    return step;
}

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What hadeskctl setup prints and the setup wizard lists for a step.
    void aStepInOneLine()
    {
        JobStep step;
        step.title = QStringLiteral("Check the hosts");
        step.state = StepState::Running;
        QCOMPARE(stepLine(step), QStringLiteral("… Check the hosts"));
        step.state = StepState::Done;
        step.detail = QStringLiteral("3 hosts");
        QCOMPARE(stepLine(step), QStringLiteral("✓ Check the hosts: 3 hosts"));
        step.state = StepState::Cancelled;
        QCOMPARE(stepLine(step), QStringLiteral("✗ Check the hosts: 3 hosts"));
    }

    void init()
    {
        m_dir.emplace();
        m_audit = m_dir->filePath(QStringLiteral("audit.jsonl"));
        pcmk::AuditLog::setPath(m_audit);
    }

    void previewReadsTheCibThenSimulates()
    {
        FakeHost node(QStringLiteral("node1"));
        node.reply({QStringLiteral("cibadmin"), QStringLiteral("--query")},
                   {Fixtures::file(QStringLiteral("pacemaker/healthy.cib.xml")), {}, 0, false});
        node.reply({QStringLiteral("sh"), QStringLiteral("-c")},
                   {Fixtures::file(QStringLiteral("pacemaker/move.simulate.xml")), {}, 0, false});
        QString error;
        const auto move = pcmk::ClusterOperation::forResource(QStringLiteral("move"), QStringLiteral("vip-ext"),
                                                              QStringLiteral("node2"), {}, &error);
        QVERIFY(move);
        pcmk::PreviewJob job(&node, *move, QStringLiteral("lab"));
        QSignalSpy progress(&job, &Job::progressChanged);
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Succeeded);
        QCOMPARE(job.progress(), 1.0);
        QVERIFY(progress.size() >= 2);
        QCOMPARE(job.steps().size(), 2);
        QCOMPARE(job.steps().at(0).state, StepState::Done);
        QCOMPARE(job.steps().at(1).state, StepState::Done);
        // The simulation got the CIB on stdin and the change as its arguments.
        QCOMPARE(node.ran.at(1).mid(4), move->argv);
        QVERIFY(!job.preview().actions.isEmpty());
        const auto moved = std::find_if(job.preview().actions.cbegin(), job.preview().actions.cend(),
                                        [](const pcmk::PlannedAction& a) { return a.resource == u"vip-ext"; });
        QVERIFY(moved != job.preview().actions.cend());
        QVERIFY2(moved->dest == u"node2" || moved->node == u"node2", qPrintable(moved->text()));
        // The whole effect in words: the constraint the move creates, its score, that it has no end.
        QCOMPARE(job.preview().effects,
                 QStringList{QStringLiteral("creates cli-prefer-vip-ext: vip-ext prefers node2 (score INFINITY), with no end: "
                                            "it stays until cleared")});
        QCOMPARE(job.preview().leftBehind, QStringList{QStringLiteral("cli-prefer-vip-ext")});
        // A preview changes nothing: not audited.
        QVERIFY(auditEntries(m_audit).isEmpty());
    }

    // A clear names what it removes and says when the resource stays where it is.
    void previewOfAClearSaysWhatStays()
    {
        FakeHost node(QStringLiteral("node1"));
        node.reply({QStringLiteral("cibadmin"), QStringLiteral("--query")},
                   {Fixtures::file(QStringLiteral("pacemaker/moved.cib.xml")), {}, 0, false});
        node.reply({QStringLiteral("sh"), QStringLiteral("-c")},
                   {Fixtures::file(QStringLiteral("pacemaker/clear.simulate.xml")), {}, 0, false});
        QString error;
        const auto clear = pcmk::ClusterOperation::forResource(QStringLiteral("clear"), QStringLiteral("api"), {}, {}, &error);
        QVERIFY(clear);
        pcmk::PreviewJob job(&node, *clear, QStringLiteral("lab"));
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Succeeded);
        const QStringList& effects = job.preview().effects;
        QCOMPARE(effects.size(), 2);
        QCOMPARE(effects.at(0), QStringLiteral("removes cli-ban-api-on-node3 (api is kept off node3 (score -INFINITY))"));
        QVERIFY2(effects.at(1).startsWith(QLatin1String("api stays ")), qPrintable(effects.at(1)));
        QVERIFY(job.preview().leftBehind.isEmpty());
    }

    // A move to the node the resource runs on is said in plain words, not as crm_resource's
    // "Requested item already exists" behind "sh exited with 108".
    void aMoveToWhereItRunsIsSaidPlainly()
    {
        // The captured refusal: crm_resource's message, then the exit status it ended with.
        const QList<QByteArray> captured = Fixtures::file(QStringLiteral("pacemaker/move-same-node.stderr.txt")).trimmed().split('\n');
        QCOMPARE(captured.size(), 2);
        FakeHost node(QStringLiteral("node1"));
        node.reply({QStringLiteral("cibadmin"), QStringLiteral("--query")},
                   {Fixtures::file(QStringLiteral("pacemaker/healthy.cib.xml")), {}, 0, false});
        node.reply({QStringLiteral("sh"), QStringLiteral("-c")}, {{}, captured.at(0) + '\n', captured.at(1).mid(5).toInt(), false});
        QString error;
        const auto move = pcmk::ClusterOperation::forResource(QStringLiteral("move"), QStringLiteral("vip-ext"),
                                                              QStringLiteral("node1"), {}, &error);
        pcmk::PreviewJob job(&node, *move, QStringLiteral("lab"));
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Failed);
        QCOMPARE(job.error(), QStringLiteral("vip-ext already runs on node1: there is nothing to move"));
    }

    // A move with a lifetime says until when; standby and online speak of the node alike.
    void effectsNameLifetimesAndNodesAlike()
    {
        const pcmk::ClusterState healthy = PacemakerFixtures::state(QStringLiteral("healthy"));
        const pcmk::ClusterState moved = PacemakerFixtures::state(QStringLiteral("moved"));
        pcmk::Preview preview;
        QString error;
        const auto ban = pcmk::ClusterOperation::forResource(QStringLiteral("ban"), QStringLiteral("api"),
                                                             QStringLiteral("node3"), QStringLiteral("PT1H"), &error);
        QVERIFY(ban && ban->takesLifetime());
        pcmk::OperationEffects::describe(healthy.constraints, moved.constraints, *ban, &preview);
        const auto created = std::find_if(preview.effects.cbegin(), preview.effects.cend(), [](const QString& e) {
            return e.startsWith(QLatin1String("creates cli-ban-api-on-node3: api is kept off node3 (score -INFINITY), until "));
        });
        QVERIFY2(created != preview.effects.cend(), qPrintable(preview.effects.join(u'\n')));
        QVERIFY(preview.leftBehind.contains(QStringLiteral("cli-ban-api-on-node3")));
        const auto longer = ban->withLifetime(QStringLiteral("P1D"), &error);
        QVERIFY(longer);
        QVERIFY(longer->argv.contains(QStringLiteral("P1D")));
        QVERIFY(!ban->withLifetime(QStringLiteral("soon"), &error));
        const auto standby = pcmk::ClusterOperation::forNode(QStringLiteral("standby"), QStringLiteral("node2"), &error);
        const auto online = pcmk::ClusterOperation::forNode(QStringLiteral("online"), QStringLiteral("node2"), &error);
        QVERIFY(standby->summary.startsWith(QLatin1String("node2: into standby")));
        QVERIFY(online->summary.startsWith(QLatin1String("node2: out of standby")));
        const auto cleanup = pcmk::ClusterOperation::forResource(QStringLiteral("cleanup"), QStringLiteral("api"),
                                                                 QStringLiteral("node1"), {}, &error);
        QCOMPARE(cleanup->summary, QStringLiteral("clean up api's failures on node1"));
        // One operation's failures: named in the command and the summary; a name that is not an
        // operation's, or no node, is refused.
        const auto monitor = pcmk::ClusterOperation::cleanupOf(QStringLiteral("web"), QStringLiteral("node3"),
                                                               QStringLiteral("monitor"), 10000, &error);
        QVERIFY2(monitor, qPrintable(error));
        QCOMPARE(monitor->argv.mid(monitor->argv.indexOf(QStringLiteral("--cleanup"))),
                 (QStringList{QStringLiteral("--cleanup"), QStringLiteral("--resource"), QStringLiteral("web"), QStringLiteral("--node"),
                              QStringLiteral("node3"), QStringLiteral("--operation"), QStringLiteral("monitor"),
                              QStringLiteral("--interval"), QStringLiteral("10000ms")}));
        QCOMPARE(monitor->summary, QStringLiteral("clean up web's monitor every 10s failures on node3"));
        QVERIFY(!pcmk::ClusterOperation::cleanupOf(QStringLiteral("web"), QStringLiteral("node3"), QStringLiteral("monitor; reboot"), 0, &error));
        QVERIFY(!pcmk::ClusterOperation::cleanupOf(QStringLiteral("web"), {}, QStringLiteral("monitor"), 0, &error));
    }

    void previewRefusesAChangeBuiltOnAnOlderVersion()
    {
        FakeHost node(QStringLiteral("node1"));
        node.reply({QStringLiteral("cibadmin")}, {Fixtures::file(QStringLiteral("pacemaker/healthy.cib.xml")), {}, 0, false});
        pcmk::ClusterOperation stale;
        stale.summary = QStringLiteral("group");
        stale.argv = {QStringLiteral("cibadmin"), QStringLiteral("--replace")};
        stale.builtOnAdminEpoch = 0;
        stale.builtOnEpoch = 1;
        pcmk::PreviewJob job(&node, stale, QStringLiteral("lab"));
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Failed);
        QCOMPARE(job.failedStep(), 0);
        QVERIFY2(job.error().contains(QLatin1String("configuration changed")), qPrintable(job.error()));
        QCOMPARE(job.steps().at(1).state, StepState::Skipped);
        QCOMPARE(node.ran.size(), 1); // no simulation
    }

    void applyOutcomes_data()
    {
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("audited");
        QTest::addColumn<int>("jobState");
        QTest::newRow("applied") << 0 << int(pcmk::ApplyResult::Outcome::Applied) << "applied"
                                 << int(JobState::Succeeded);
        QTest::newRow("stale") << 75 << int(pcmk::ApplyResult::Outcome::Stale) << "refused-stale"
                               << int(JobState::Failed);
        QTest::newRow("failed") << 1 << int(pcmk::ApplyResult::Outcome::Failed) << "failed" << int(JobState::Failed);
    }

    void applyOutcomes()
    {
        QFETCH(int, exitCode);
        QFETCH(int, outcome);
        QFETCH(int, jobState);
        QFETCH(QString, audited);
        FakeHost node(QStringLiteral("node1"));
        node.reply({QStringLiteral("sh"), QStringLiteral("-c")}, {{}, "refused", exitCode, false});
        QString error;
        const auto standby = pcmk::ClusterOperation::forNode(QStringLiteral("standby"), QStringLiteral("node2"), &error);
        pcmk::Preview basis;
        basis.adminEpoch = 0;
        basis.epoch = 42;
        pcmk::ApplyJob job(&node, *standby, basis, QStringLiteral("lab"));
        QVERIFY(runToEnd(job));
        QCOMPARE(int(job.result().outcome), outcome);
        QCOMPARE(int(job.state()), jobState);
        // The apply ran on version 0.42 only.
        QCOMPARE(node.ran.constFirst().mid(4, 2), (QStringList{QStringLiteral("0"), QStringLiteral("42")}));
        const QList<QJsonObject> audit = auditEntries(m_audit);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.constFirst().value(QStringLiteral("result")).toString(), audited);
        QCOMPARE(audit.constFirst().value(QStringLiteral("command")).toVariant().toStringList(), standby->argv);
        QCOMPARE(audit.constFirst().value(QStringLiteral("basis_version")).toString(), QStringLiteral("0.42"));
        QCOMPARE(audit.constFirst().value(QStringLiteral("cluster")).toString(), QStringLiteral("lab"));
    }

    void cancelAtEveryStep_data()
    {
        QTest::addColumn<int>("at");
        for (int at = 0; at < 3; ++at)
            QTest::addRow("step %d", at) << at;
    }

    // The running command is stopped on the node, later steps never start, earlier ones are
    // undone in reverse order, and the job ends cancelled saying so.
    void cancelAtEveryStep()
    {
        QFETCH(int, at);
        FakeHost node(QStringLiteral("node1"));
        const QStringList names{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")};
        node.reply({names.at(at)}, {{}, {}, 0, true});
        node.rule([](const QStringList&, const QByteArray&) { return FakeHost::Reply{}; });
        Job job(QStringLiteral("three steps"), QStringLiteral("lab"));
        for (const QString& name : names)
            job.addStep(commandStep(&node, name, true));
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_COMPARE(node.ran.size(), at + 1);
        QCOMPARE(job.steps().at(at).state, StepState::Running);
        QVERIFY(job.progress() >= 0 && job.progress() < 1);
        job.cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job.state(), JobState::Cancelled);
        QCOMPARE(node.cancelled, (QList<QStringList>{{names.at(at)}}));
        QCOMPARE(job.steps().at(at).state, StepState::Cancelled);
        for (int i = at + 1; i < names.size(); ++i)
            QCOMPARE(job.steps().at(i).state, StepState::Skipped);
        QStringList undone;
        for (int i = at - 1; i >= 0; --i) {
            QCOMPARE(job.steps().at(i).state, StepState::Undone);
            undone << QStringLiteral("undo-") + names.at(i);
        }
        QStringList ran;
        for (const QStringList& argv : std::as_const(node.ran))
            ran << argv.join(u' ');
        QCOMPARE(ran, names.mid(0, at + 1) + undone);
        QVERIFY(job.outcomeText().startsWith(QLatin1String("cancelled")));
        QCOMPARE(node.runningCount(), 0);
        // Each change audited as it ended: done, cancelled, undone.
        QCOMPARE(auditEntries(m_audit).size(), at + 1 + at);
        QCOMPARE(auditEntries(m_audit).at(at).value(QStringLiteral("result")).toString(), QStringLiteral("cancelled"));
    }

    void failureUndoesWhatWasDone()
    {
        FakeHost node(QStringLiteral("node1"));
        node.reply({QStringLiteral("three")}, {{}, "no such device", 2, false});
        node.reply({QStringLiteral("undo-one")}, {{}, "busy", 1, false});
        node.rule([](const QStringList&, const QByteArray&) { return FakeHost::Reply{}; });
        Job job(QStringLiteral("three steps"), QStringLiteral("lab"));
        job.addStep(commandStep(&node, QStringLiteral("one"), true));
        job.addStep(commandStep(&node, QStringLiteral("two"), true));
        job.addStep(commandStep(&node, QStringLiteral("three"), true));
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Failed);
        QCOMPARE(job.failedStep(), 2);
        QVERIFY2(job.error().contains(QLatin1String("no such device")), qPrintable(job.error()));
        QCOMPARE(job.steps().at(1).state, StepState::Undone);
        QCOMPARE(job.steps().at(0).state, StepState::UndoFailed); // said, not hidden
        QVERIFY(job.outcomeText().contains(QLatin1String("failed at \"three\"")));
    }

    void cancelBeforeItStartsRunsNothing()
    {
        FakeHost node(QStringLiteral("node1"));
        Job job(QStringLiteral("never"), QStringLiteral("lab"));
        job.addStep(commandStep(&node, QStringLiteral("one"), false));
        QSignalSpy finished(&job, &Job::finished);
        job.cancel();
        QCOMPARE(finished.size(), 1);
        job.start(); // a job that has ended does not start again
        QCOMPARE(job.state(), JobState::Cancelled);
        QVERIFY(node.ran.isEmpty());
        QCOMPARE(job.steps().at(0).state, StepState::Skipped);
    }

    void aClosedConnectionFailsTheStep()
    {
        auto* node = new FakeHost(QStringLiteral("node1"));
        node->reply({QStringLiteral("one")}, {{}, {}, 0, true});
        Job job(QStringLiteral("one step"), QStringLiteral("lab"));
        job.addStep(commandStep(node, QStringLiteral("one"), false));
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_COMPARE(node->ran.size(), 1);
        delete node; // the session closed: its commands go with it
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job.state(), JobState::Failed);
        QVERIFY2(job.error().contains(QLatin1String("closed")), qPrintable(job.error()));
    }

    // A node whose connection went before its step started: the step fails naming it, and
    // the steps after it do not run.
    void aGoneNodeFailsItsStepByName()
    {
        FakeHost node2(QStringLiteral("node2"));
        Job job(QStringLiteral("two steps"), QStringLiteral("lab"));
        job.addStep({QStringLiteral("on node1"), QStringLiteral("node1"), true,
                     [](jobs::StepContext& step) { step.runToEnd(nullptr, {QStringLiteral("true")}, {}); }, {}});
        job.addStep(commandStep(&node2, QStringLiteral("two"), false));
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Failed);
        QCOMPARE(job.steps().at(0).state, StepState::Failed);
        QCOMPARE(job.steps().at(0).detail, QStringLiteral("node1 is not connected"));
        QCOMPARE(job.steps().at(1).state, StepState::Skipped);
        QVERIFY(node2.ran.isEmpty());
    }

    // A drain reaches every balancer, each answer audited; a refusal on one fails the job and
    // names the node and HAProxy's words.
    void haproxyCommandsGoToEveryNode()
    {
        std::vector<std::unique_ptr<FakeHost>> nodes;
        QList<haproxy::RuntimeTarget> targets;
        for (const QString& name : {QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")}) {
            nodes.push_back(std::make_unique<FakeHost>(name));
            // HAProxy answers a success with an empty line, a refusal in words.
            nodes.back()->rule([name](const QStringList&, const QByteArray& input) -> std::optional<FakeHost::Reply> {
                if (name == u"node3" && input.contains("web/node9"))
                    return FakeHost::Reply{"No such server.\n", {}, 0, false};
                return FakeHost::Reply{"\n", {}, 0, false};
            });
            targets.append({name, nodes.back().get(), QStringLiteral("/run/haproxy/admin.sock")});
        }
        haproxy::RuntimeCommandJob drain(targets, {QStringLiteral("set server web/node2 state drain")},
                                         QStringLiteral("haproxy drain node2"), QStringLiteral("lab"));
        QVERIFY(runToEnd(drain));
        QCOMPARE(drain.state(), JobState::Succeeded);
        for (const auto& node : nodes) {
            QCOMPARE(node->ran.size(), 1);
            QCOMPARE(node->ran.constFirst().last(), QStringLiteral("/run/haproxy/admin.sock"));
        }
        QList<QJsonObject> audit = auditEntries(m_audit);
        QStringList hosts;
        for (const QJsonObject& entry : std::as_const(audit))
            if (entry.value(QStringLiteral("result")).toString() == u"applied")
                hosts << entry.value(QStringLiteral("host")).toString();
        QCOMPARE(hosts, (QStringList{QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")}));
        // One line per node names the command; the job's own line does not name it again.
        QFile file(m_audit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("set server web/node2 state drain"), 3);

        haproxy::RuntimeCommandJob refused(targets, {QStringLiteral("set server web/node9 state drain")},
                                           QStringLiteral("haproxy drain node9"), QStringLiteral("lab"));
        QVERIFY(runToEnd(refused));
        QCOMPARE(refused.state(), JobState::Failed);
        QVERIFY2(refused.error().contains(QLatin1String("node3: HAProxy refused")) &&
                     refused.error().contains(QLatin1String("No such server")),
                 qPrintable(refused.error()));
        audit = auditEntries(m_audit);
        QCOMPARE(std::count_if(audit.cbegin(), audit.cend(),
                               [](const QJsonObject& e) { return e.value(QStringLiteral("result")).toString() == u"failed"; }),
                 2); // node3's answer, and the job's step
    }

    void jobListKeepsARecentFew()
    {
        FakeHost node(QStringLiteral("node1"));
        node.rule([](const QStringList&, const QByteArray&) { return FakeHost::Reply{}; });
        jobs::JobList list;
        QAbstractItemModelTester tester(&list);
        QSignalSpy idle(&list, &jobs::JobList::idle);
        for (int i = 0; i < jobs::JobList::kKeptFinished + 5; ++i) {
            auto* job = new Job(QStringLiteral("job %1").arg(i), QStringLiteral("lab"));
            job->addStep(commandStep(&node, QStringLiteral("one"), false));
            list.add(job);
        }
        QTRY_COMPARE(list.runningCount(), 0);
        QVERIFY(!idle.isEmpty());
        QCOMPARE(list.rowCount(), jobs::JobList::kKeptFinished);
        QCOMPARE(list.data(list.index(0, jobs::JobList::Title)).toString(),
                 QStringLiteral("job %1").arg(jobs::JobList::kKeptFinished + 4));
        QCOMPARE(list.data(list.index(0, jobs::JobList::State)).toString(), QStringLiteral("succeeded"));
    }

    // A job added twice is listed (and started, and deleted) once: hadeskctl once waited on a
    // job the session had listed already by adding it again, and the list deleted it twice.
    void jobAddedTwiceIsListedOnce()
    {
        FakeHost host(QStringLiteral("node1"));
        host.reply({QStringLiteral("true")}, {});
        auto* list = new jobs::JobList;
        auto* job = new Job(QStringLiteral("once"), QStringLiteral("lab"));
        job->addStep({QStringLiteral("step"), {}, false, [&host](jobs::StepContext& step) { step.runToEnd(&host, {QStringLiteral("true")}, {}); }, {}});
        list->add(job);
        list->add(job);
        QCOMPARE(list->rowCount(), 1);
        QTRY_VERIFY(job->isFinished());
        QCOMPARE(host.ran.size(), 1);
        delete list; // deletes the job once
    }

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_audit;
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
