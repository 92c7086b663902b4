// The DRBD jobs against fake hosts: an action judged by the connection state after drbdadm
// refuses, a refusal that runs nothing, a creation undone in reverse when a step fails or the
// operator stops it (the wait ended on the node), a removal that brings a node up again.
#include "FakeHost.h"
#include "backend/drbd/DrbdActionJob.h"
#include "backend/drbd/DrbdOperations.h"
#include "backend/drbd/DrbdResourceCreator.h"
#include "backend/pacemaker/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hadesk;
using drbd::Action;
using jobs::JobState;
using jobs::StepState;

namespace {

bool runToEnd(jobs::Job& job)
{
    QSignalSpy finished(&job, &jobs::Job::finished);
    job.start();
    return finished.wait(5000) && finished.size() == 1;
}

// What a command is, by the script or words it runs.
QString kindOf(const QStringList& argv)
{
    if (argv.value(0) == u"drbdadm")
        return argv.mid(1, argv.indexOf(QStringLiteral("--")) - 1).join(u' ');
    const QString script = argv.value(2);
    if (argv.value(3) == u"hadesk-upload")
        return QStringLiteral("upload");
    if (script.contains(u"is not a block device"))
        return QStringLiteral("check");
    if (script.contains(u"mktemp /tmp/hadesk-drbd"))
        return QStringLiteral("validate");
    if (script.startsWith(u"ln "))
        return QStringLiteral("install");
    if (script.contains(u"Connected ]; do"))
        return QStringLiteral("wait");
    if (script.contains(u"not written by HAdesk"))
        return script.contains(u"rm -f") ? QStringLiteral("uninstall") : QStringLiteral("mine");
    if (script == u"rm -f \"$1\"")
        return QStringLiteral("unstage");
    return argv.join(u' ');
}

QStringList names(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list << QString::fromUtf8(text);
    return list;
}

drbd::NewResource spare()
{
    drbd::NewResource r;
    r.name = QStringLiteral("spare");
    r.minor = 1;
    r.port = 7790;
    r.disk = QStringLiteral("/dev/vdd");
    r.nodes = {{QStringLiteral("drbd1"), QStringLiteral("198.18.0.21")}, {QStringLiteral("drbd2"), QStringLiteral("198.18.0.22")}};
    r.initialPrimary = QStringLiteral("drbd1");
    return r;
}

} // namespace

class TestDrbdJobs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeHost> m_drbd1, m_drbd2;
    QStringList m_ran; // "node: kind", in the order the commands started
    // Commands of these kinds ("node: kind") fail or hang.
    QStringList m_failing, m_hanging;

    FakeHost* host(const QString& name) { return name == u"drbd1" ? m_drbd1.get() : m_drbd2.get(); }
    drbd::ConnectionOf connections()
    {
        return [this](const QString& node) -> ssh::HostConnection* { return host(node); };
    }
    void answerEverything(FakeHost* node)
    {
        node->rule([this, node](const QStringList& argv, const QByteArray&) -> std::optional<FakeHost::Reply> {
            const QString what = node->host() + QStringLiteral(": ") + kindOf(argv);
            m_ran << what;
            if (m_hanging.contains(what))
                return FakeHost::Reply{{}, {}, 0, true};
            if (m_failing.contains(what))
                return FakeHost::Reply{{}, "drbdadm said no\n", 10, false};
            return FakeHost::Reply{};
        });
    }
    QList<QJsonObject> audit() const
    {
        QFile file(m_dir.filePath(QStringLiteral("audit.jsonl")));
        QList<QJsonObject> entries;
        if (file.open(QIODevice::ReadOnly))
            for (const QByteArray& line : file.readAll().split('\n'))
                if (!line.isEmpty())
                    entries << QJsonDocument::fromJson(line).object();
        return entries;
    }

private Q_SLOTS:
    void initTestCase() { pcmk::AuditLog::setPath(m_dir.filePath(QStringLiteral("audit.jsonl"))); }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("audit.jsonl")));
        m_drbd1 = std::make_unique<FakeHost>(QStringLiteral("drbd1"));
        m_drbd2 = std::make_unique<FakeHost>(QStringLiteral("drbd2"));
        m_ran.clear();
        m_failing.clear();
        m_hanging.clear();
    }

    // Connecting what is already connecting is done, not failed; the audit names the connect.
    void connectOfAConnectingSideIsDone()
    {
        m_drbd1->reply({QStringLiteral("drbdadm"), QStringLiteral("connect")}, {{}, "hafs: Failure: (102) Local address(port) already in use.\n", 10});
        m_drbd1->reply({QStringLiteral("drbdadm"), QStringLiteral("cstate")}, {"WFConnection\n", {}, 0});
        QString error;
        const auto connect = drbd::DrbdOperations::command(Action::Connect, QStringLiteral("drbd1"), QStringLiteral("hafs"), &error);
        QVERIFY(connect);
        drbd::DrbdActionJob job(connect->summary, {*connect}, connections(), QStringLiteral("lab"));
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Succeeded);
        QCOMPARE(job.steps().first().detail, QStringLiteral("already WFConnection"));
        const QList<QJsonObject> entries = audit();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().value(QStringLiteral("command")).toArray(), QJsonArray::fromStringList(connect->argv));
        QCOMPARE(entries.first().value(QStringLiteral("host")).toString(), QStringLiteral("drbd1"));
    }

    // A disconnect that drbdadm refuses while the link is still up has failed, with its words.
    void refusedDisconnectOfAConnectedSideFails()
    {
        m_drbd1->reply({QStringLiteral("drbdadm"), QStringLiteral("disconnect")}, {{}, "State change failed\n", 11});
        m_drbd1->reply({QStringLiteral("drbdadm"), QStringLiteral("cstate")}, {"Connected\n", {}, 0});
        QString error;
        const auto step = drbd::DrbdOperations::command(Action::Disconnect, QStringLiteral("drbd1"), QStringLiteral("hafs"), &error);
        drbd::DrbdActionJob job(step->summary, {*step}, connections(), QStringLiteral("lab"));
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Failed);
        QVERIFY2(job.error().contains(u"State change failed"), qPrintable(job.error()));
        QCOMPARE(audit().value(0).value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
    }

    // A refused action and a node not connected run nothing; the steps after them are skipped.
    void refusalRunsNothing()
    {
        QString error;
        auto promote = drbd::DrbdOperations::command(Action::Primary, QStringLiteral("drbd1"), QStringLiteral("hafs"), &error);
        promote->refusal = QStringLiteral("Pacemaker runs hafs");
        const auto connect = drbd::DrbdOperations::command(Action::Connect, QStringLiteral("drbd2"), QStringLiteral("hafs"), &error);
        drbd::DrbdActionJob job(QStringLiteral("t"), {*promote, *connect}, connections(), QStringLiteral("lab"));
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Failed);
        QCOMPARE(job.error(), promote->refusal);
        QCOMPARE(job.steps().at(1).state, StepState::Skipped);
        QVERIFY(m_drbd1->ran.isEmpty() && m_drbd2->ran.isEmpty());

        drbd::DrbdActionJob gone(QStringLiteral("t"), {*connect}, [](const QString&) { return nullptr; }, QStringLiteral("lab"));
        QVERIFY(runToEnd(gone));
        QCOMPARE(gone.state(), JobState::Failed);
        QVERIFY2(gone.error().contains(u"drbd2 is not connected"), qPrintable(gone.error()));
    }

    // Every node checked before anything changes; then staged, validated, installed, metadata,
    // up, connected, the initial sync from the chosen node.
    void creationRunsInOrder()
    {
        answerEverything(m_drbd1.get());
        answerEverything(m_drbd2.get());
        drbd::DrbdCreateJob job(spare(), connections(), QStringLiteral("lab"));
        QVERIFY(runToEnd(job));
        QVERIFY2(job.state() == JobState::Succeeded, qPrintable(job.outcomeText()));
        const QStringList expected = names({
            "drbd1: check", "drbd2: check", "drbd1: upload", "drbd1: validate", "drbd2: upload", "drbd2: validate",
            "drbd1: install", "drbd2: install", "drbd1: create-md", "drbd2: create-md", "drbd1: up", "drbd2: up",
            "drbd1: wait", "drbd1: primary --force"});
        QCOMPARE(m_ran, expected);
        // The checks and the wait change nothing: the rest is in the audit log, one entry each.
        QCOMPARE(audit().size(), expected.size() - 5);
        QVERIFY(m_drbd1->ran.at(1).value(3) == u"hadesk-upload");
        QCOMPARE(m_drbd1->ran.at(1).value(4), QStringLiteral("/etc/drbd.d/.spare.res.hadesk-new"));
    }

    // drbdadm's dry run refuses on drbd2: what was staged is removed on both, nothing installed.
    void failedValidationRemovesTheStagedFiles()
    {
        answerEverything(m_drbd1.get());
        answerEverything(m_drbd2.get());
        m_failing << QStringLiteral("drbd2: validate");
        drbd::DrbdCreateJob job(spare(), connections(), QStringLiteral("lab"));
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Failed);
        QVERIFY2(job.error().contains(u"drbdadm said no"), qPrintable(job.error()));
        QCOMPARE(m_ran.mid(6), names({"drbd2: unstage", "drbd1: unstage"}));
    }

    // Stopped while waiting for the nodes to connect: the wait is ended on the node, the
    // resource taken down and its file removed on both nodes, in reverse order; the metadata
    // stays, and the end state says what was undone.
    void stopWhileWaitingUndoesInReverse()
    {
        answerEverything(m_drbd1.get());
        answerEverything(m_drbd2.get());
        m_hanging << QStringLiteral("drbd1: wait");
        drbd::DrbdCreateJob job(spare(), connections(), QStringLiteral("lab"));
        QSignalSpy finished(&job, &jobs::Job::finished);
        connect(&job, &jobs::Job::stepChanged, this, [&job](int index) {
            if (job.steps().at(index).title.endsWith(u"wait for the nodes to connect") &&
                job.steps().at(index).state == StepState::Running)
                QTimer::singleShot(0, &job, &jobs::Job::cancel);
        });
        job.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(job.state(), JobState::Cancelled);
        QCOMPARE(m_drbd1->cancelled.size(), 1);
        QCOMPARE(kindOf(m_drbd1->cancelled.first()), QStringLiteral("wait"));
        QCOMPARE(m_ran.mid(13), names({"drbd2: down", "drbd1: down", "drbd2: uninstall", "drbd1: uninstall",
                                             "drbd2: unstage", "drbd1: unstage"}));
        const QString undone = job.outcomeText().section(QStringLiteral("undone: "), 1);
        QVERIFY2(undone.contains(u"drbd2: bring spare up") && undone.contains(u"drbd1: install"), qPrintable(job.outcomeText()));
    }

    // A resource in use on drbd2: drbd1, already taken down, is brought up again; no file goes.
    void refusedRemovalBringsTheOtherNodeBack()
    {
        answerEverything(m_drbd1.get());
        answerEverything(m_drbd2.get());
        m_failing << QStringLiteral("drbd2: down");
        drbd::DrbdRemoveJob job(QStringLiteral("spare"), {QStringLiteral("drbd1"), QStringLiteral("drbd2")}, connections(),
                                QStringLiteral("lab"));
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Failed);
        QCOMPARE(m_ran, names({"drbd1: mine", "drbd2: mine", "drbd1: down", "drbd2: down", "drbd1: up"}));
    }

    // An invalid resource fails at once, on no node.
    void invalidResourceRunsNothing()
    {
        drbd::NewResource r = spare();
        r.name = QStringLiteral("spare; reboot");
        drbd::DrbdCreateJob job(r, connections(), QStringLiteral("lab"));
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Failed);
        QVERIFY(m_drbd1->ran.isEmpty() && m_drbd2->ran.isEmpty());
        drbd::DrbdRemoveJob remove(QStringLiteral("../etc"), {QStringLiteral("drbd1")}, connections(), QStringLiteral("lab"));
        QVERIFY(runToEnd(remove));
        QCOMPARE(remove.state(), JobState::Failed);
        QVERIFY(m_drbd1->ran.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDrbdJobs)
#include "tst_drbdjobs.moc"
