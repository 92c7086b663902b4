#include "LabFixture.h"
#include "tests/SshWait.h"
#include "ssh/CommandLog.h"
#include "ssh/SshConnection.h"
#include "ssh/SshJob.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hadesk::ssh;

namespace hadesk::ssh {
// For QCOMPARE's failure messages.
char* toString(ConnectionState state)
{
    return qstrdup(qPrintable(stateName(state)));
}
} // namespace hadesk::ssh

namespace {

QByteArray runOk(SshConnection& connection, const QStringList& argv, const JobOptions& options = {})
{
    SshJob* job = connection.run(argv, options);
    if (!waitForFinished(*job, 60000))
        return "<timed out>";
    if (!job->errorString().isEmpty())
        return "<error: " + job->errorString().toUtf8() + '>';
    if (job->exitCode() != 0)
        return "<exit " + QByteArray::number(job->exitCode()) + ": " + job->allStderr() + '>';
    return job->allStdout();
}

// A copy of the lab's ssh_config whose known_hosts is the given file.
QString configWithKnownHosts(const QTemporaryDir& dir, const QString& knownHosts)
{
    QFile in(LabFixture::sshConfig());
    in.open(QIODevice::ReadOnly);
    QByteArray text = in.readAll();
    text.replace(LabFixture::knownHosts().toUtf8(), knownHosts.toUtf8());
    const QString path = dir.filePath(QStringLiteral("ssh_config"));
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(text);
    return path;
}

} // namespace

class TestSshConnection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void runsCommandsWithStatusAndStreams()
    {
        SshConnection connection({QStringLiteral("node1"), LabFixture::sshConfig()});
        QCOMPARE(runOk(connection, {QStringLiteral("hostname")}), QByteArray("node1\n"));
        SshJob* job = connection.run({QStringLiteral("sh"), QStringLiteral("-c"),
                                      QStringLiteral("echo out; echo err >&2; exit 7")});
        QVERIFY(waitForFinished(*job, 30000));
        QCOMPARE(job->exitCode(), 7);
        QVERIFY(job->errorString().isEmpty());
        QCOMPARE(job->allStdout(), QByteArray("out\n"));
        QCOMPARE(job->allStderr(), QByteArray("err\n"));
        QCOMPARE(connection.state(), ConnectionState::Connected);
        QCOMPARE(connection.user(), QStringLiteral("root"));
    }

    void argumentsArriveByteForByte()
    {
        SshConnection connection({QStringLiteral("node2"), LabFixture::sshConfig()});
        const QStringList args{QStringLiteral("it's \"quoted\""), QStringLiteral("a  b"),
                               QStringLiteral("$(touch /tmp/pwned)`id`"), QStringLiteral("line1\nline2"),
                               QStringLiteral("클러스터 nodo-è Größe"), QString(), QStringLiteral("*;|&>")};
        QByteArray expected;
        for (const QString& arg : args)
            expected += arg.toUtf8() + '\0';
        QCOMPARE(runOk(connection, QStringList{QStringLiteral("printf"), QStringLiteral("%s\\0")} + args),
                 expected);
        QCOMPARE(runOk(connection, {QStringLiteral("sh"), QStringLiteral("-c"),
                                    QStringLiteral("test -e /tmp/pwned && echo yes || echo no")}),
                 QByteArray("no\n"));
    }

    void fiftyCommandsAtOnceOnOneConnection()
    {
        SshConnection connection({QStringLiteral("node3"), LabFixture::sshConfig()});
        QList<SshJob*> jobs;
        for (int i = 0; i < 50; ++i)
            jobs << connection.run({QStringLiteral("sh"), QStringLiteral("-c"),
                                    QStringLiteral("sleep 0.2; echo $0"), QString::number(i)});
        for (int i = 0; i < 50; ++i) {
            QVERIFY(waitForFinished(*jobs.at(i), 60000));
            QVERIFY2(jobs.at(i)->succeeded(), qPrintable(jobs.at(i)->errorString()));
            QCOMPARE(jobs.at(i)->allStdout(), QByteArray::number(i) + '\n');
        }
        // One connection carried them all: sshd on node3 has one session process for us.
        QVERIFY(connection.state() == ConnectionState::Connected);
    }

    void streamsLinesAsTheyCome()
    {
        SshConnection connection({QStringLiteral("node1"), LabFixture::sshConfig()});
        SshJob* job = connection.run({QStringLiteral("sh"), QStringLiteral("-c"),
                                      QStringLiteral("for i in 1 2 3; do echo line$i; sleep 0.3; done")});
        QSignalSpy lines(job, &SshJob::stdoutLine);
        QVERIFY(lines.wait(10000));
        QVERIFY(!job->isFinished()); // the first line came while the command still ran
        QTRY_COMPARE_WITH_TIMEOUT(lines.size(), 3, 10000);
        QCOMPARE(lines.at(2).at(0).toByteArray(), QByteArray("line3"));
        QVERIFY(waitForFinished(*job, 10000));
    }

    void timeoutAndCancelStopTheRemoteCommand()
    {
        SshConnection connection({QStringLiteral("node1"), LabFixture::sshConfig()});
        JobOptions options;
        options.timeoutMs = 500;
        SshJob* slow = connection.run({QStringLiteral("sleep"), QStringLiteral("31")}, options);
        SshJob* cancelled = connection.run({QStringLiteral("sleep"), QStringLiteral("32")});
        QTRY_VERIFY_WITH_TIMEOUT(connection.state() == ConnectionState::Connected, 20000);
        cancelled->cancel();
        QVERIFY(waitForFinished(*slow, 20000));
        QVERIFY(waitForFinished(*cancelled, 20000));
        QVERIFY2(slow->errorString().contains(QLatin1String("timed out")), qPrintable(slow->errorString()));
        QCOMPARE(cancelled->errorString(), QStringLiteral("cancelled"));
        // TERM went to both: no sleep left on the node.
        QTRY_COMPARE_WITH_TIMEOUT(runOk(connection, {QStringLiteral("sh"), QStringLiteral("-c"),
                                                     QStringLiteral("pgrep -f 'sleep 3[12]' | wc -l")}),
                                  QByteArray("0\n"), 10000);
    }

    void unknownHostKeyIsAskedAndRemembered()
    {
        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts_new"));
        const QString config = configWithKnownHosts(m_dir, knownHosts);
        {
            SshConnection connection({QStringLiteral("node2"), config});
            QSignalSpy prompts(&connection, &SshConnection::promptRequested);
            connect(&connection, &SshConnection::promptRequested, &connection,
                    [&](const Prompt& prompt) { connection.answerPrompt(prompt.id, {false, {}}); });
            SshJob* job = connection.run({QStringLiteral("true")});
            QVERIFY(waitForFinished(*job, 30000));
            QVERIFY2(job->errorString().contains(QLatin1String("not accepted")), qPrintable(job->errorString()));
            QCOMPARE(prompts.size(), 1);
            const Prompt prompt = prompts.at(0).at(0).value<Prompt>();
            QVERIFY(prompt.kind == Prompt::Kind::UnknownHostKey);
            QVERIFY(prompt.fingerprint.startsWith(QLatin1String("SHA256:")));
            QCOMPARE(connection.state(), ConnectionState::Failed);
            QVERIFY(!QFile::exists(knownHosts));
        }
        SshConnection connection({QStringLiteral("node2"), config});
        connect(&connection, &SshConnection::promptRequested, &connection,
                [&](const Prompt& prompt) { connection.answerPrompt(prompt.id, {true, {}}); });
        QCOMPARE(runOk(connection, {QStringLiteral("hostname")}), QByteArray("node2\n"));
        // Remembered in OpenSSH's format: ssh itself now trusts the key without asking.
        QProcess ssh;
        ssh.start(QStringLiteral("ssh"), {QStringLiteral("-F"), config, QStringLiteral("-o"),
                                          QStringLiteral("BatchMode=yes"), QStringLiteral("node2"),
                                          QStringLiteral("true")});
        QVERIFY(ssh.waitForFinished(30000));
        QCOMPARE(ssh.exitCode(), 0);
    }

    void changedHostKeyIsRefusedWithFileAndLine()
    {
        // node1's name with node3's key.
        QFile lab(LabFixture::knownHosts());
        QVERIFY(lab.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = lab.readAll().split('\n');
        const QByteArray forged = "# forged\nnode1 " + lines.at(2).mid(lines.at(2).indexOf(' ') + 1) + '\n';
        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts_forged"));
        QFile out(knownHosts);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(forged);
        out.close();
        SshConnection connection({QStringLiteral("node1"), configWithKnownHosts(m_dir, knownHosts)});
        QSignalSpy prompts(&connection, &SshConnection::promptRequested);
        SshJob* job = connection.run({QStringLiteral("true")});
        QVERIFY(waitForFinished(*job, 30000));
        QVERIFY2(job->errorString().contains(QLatin1String("MISMATCH")) &&
                     job->errorString().contains(knownHosts) &&
                     job->errorString().contains(QLatin1String("line 2")),
                 qPrintable(job->errorString()));
        QCOMPARE(prompts.size(), 0); // never asked: refused outright
        QCOMPARE(connection.state(), ConnectionState::Failed);
    }

    void killedServerFailsTheCommandThenReconnects()
    {
        SshConnection connection({QStringLiteral("node3"), LabFixture::sshConfig()});
        QCOMPARE(runOk(connection, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("rm -f /tmp/runs")}),
                 QByteArray());
        QSignalSpy states(&connection, &SshConnection::stateChanged);
        SshJob* job = connection.run({QStringLiteral("sh"), QStringLiteral("-c"),
                                      QStringLiteral("echo run >> /tmp/runs; sleep 30")});
        const auto ran = [] {
            return LabFixture::run({QStringLiteral("exec"), QStringLiteral("node3"), QStringLiteral("cat"),
                                    QStringLiteral("/tmp/runs")})
                .contains("run");
        };
        QTRY_VERIFY_WITH_TIMEOUT(ran(), 10000);
        LabFixture::run({QStringLiteral("exec"), QStringLiteral("node3"), QStringLiteral("pkill"),
                         QStringLiteral("-KILL"), QStringLiteral("-x"), QStringLiteral("sshd")});
        QVERIFY(waitForFinished(*job, 20000));
        QVERIFY2(job->errorString().contains(QLatin1String("not re-run")), qPrintable(job->errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(connection.state() == ConnectionState::Reconnecting, 20000);
        LabFixture::run({QStringLiteral("exec"), QStringLiteral("node3"), QStringLiteral("systemctl"),
                         QStringLiteral("start"), QStringLiteral("ssh")});
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 60000);
        // The broken command ran once and was not run again by the reconnect.
        QCOMPARE(runOk(connection, {QStringLiteral("cat"), QStringLiteral("/tmp/runs")}), QByteArray("run\n"));
        bool sawLost = false;
        for (const auto& change : std::as_const(states))
            sawLost |= change.at(0).value<ConnectionState>() == ConnectionState::Lost;
        QVERIFY(sawLost);
    }

    void silentPeerIsNoticed()
    {
        SshConnection connection({QStringLiteral("node2"), LabFixture::sshConfig()});
        QCOMPARE(runOk(connection, {QStringLiteral("true")}), QByteArray());
        LabFixture::run({QStringLiteral("link"), QStringLiteral("node2"), QStringLiteral("down")});
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(connection.state() == ConnectionState::Lost ||
                                     connection.state() == ConnectionState::Reconnecting,
                                 40000);
        qInfo("silent peer noticed after %lld ms", clock.elapsed());
        LabFixture::run({QStringLiteral("link"), QStringLiteral("node2"), QStringLiteral("up")});
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 90000);
    }

    void uploadAndDownloadTwentyMebibytes()
    {
        SshConnection connection({QStringLiteral("node1"), LabFixture::sshConfig()});
        const QString dir = QStringLiteral("/var/tmp/hadesk transfer 'test'");
        const QString path = dir + QLatin1String("/blob $(x).bin");
        QCOMPARE(runOk(connection, {QStringLiteral("rm"), QStringLiteral("-rf"), dir}), QByteArray());
        QCOMPARE(runOk(connection, {QStringLiteral("mkdir"), QStringLiteral("-p"), dir}), QByteArray());
        QByteArray first(20 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(first.data()), first.size() / 4);
        const QByteArray firstSum = QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex();

        SshJob* up = connection.upload(first, path);
        QVERIFY(waitForFinished(*up, 120000));
        QVERIFY2(up->succeeded(), qPrintable(up->errorString() + QString::fromUtf8(up->allStderr())));
        QCOMPARE(runOk(connection, {QStringLiteral("sha256sum"), path}).left(64), firstSum);
        QCOMPARE(runOk(connection, {QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a"), path}),
                 QByteArray("644\n"));
        SshJob* down = connection.download(path);
        QVERIFY(waitForFinished(*down, 120000));
        QVERIFY(down->succeeded());
        QCOMPARE(QCryptographicHash::hash(down->allStdout(), QCryptographicHash::Sha256).toHex(), firstSum);

        // Replacing keeps the old file as a backup, keeps its mode, and leaves no temporary file.
        QCOMPARE(runOk(connection, {QStringLiteral("chmod"), QStringLiteral("600"), path}), QByteArray());
        SshJob* again = connection.upload("second version\n", path);
        QVERIFY(waitForFinished(*again, 60000));
        QVERIFY(again->succeeded());
        QCOMPARE(runOk(connection, {QStringLiteral("cat"), path}), QByteArray("second version\n"));
        QCOMPARE(runOk(connection, {QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a"), path}),
                 QByteArray("600\n"));
        QCOMPARE(runOk(connection, {QStringLiteral("sha256sum"), path + QLatin1String(".hadesk-backup")}).left(64),
                 firstSum);
        QCOMPARE(runOk(connection, {QStringLiteral("ls"), QStringLiteral("-A"), dir}),
                 QByteArray("blob $(x).bin\nblob $(x).bin.hadesk-backup\n"));

        // A relative path never reaches the host.
        SshJob* bad = connection.upload("x", QStringLiteral("relative/path"));
        QVERIFY(waitForFinished(*bad, 5000));
        QVERIFY(bad->errorString().contains(QLatin1String("not an absolute")));
        QCOMPARE(runOk(connection, {QStringLiteral("rm"), QStringLiteral("-rf"), dir}), QByteArray());
    }

    void everyCommandIsLogged()
    {
        const qsizetype before = CommandLog::instance()->entries().size();
        SshConnection connection({QStringLiteral("node1"), LabFixture::sshConfig()});
        QCOMPARE(runOk(connection, {QStringLiteral("echo"), QStringLiteral("logged")}), QByteArray("logged\n"));
        const auto entries = CommandLog::instance()->entries();
        QCOMPARE(entries.size(), before + 1);
        const CommandRecord& last = entries.last();
        QCOMPARE(last.host, QStringLiteral("node1"));
        QCOMPARE(last.user, QStringLiteral("root"));
        QCOMPARE(last.argv, (QStringList{QStringLiteral("echo"), QStringLiteral("logged")}));
        QCOMPARE(last.exitCode, 0);
        QVERIFY(last.started.isValid());
    }
};

QTEST_GUILESS_MAIN(TestSshConnection)
#include "tst_sshconnection.moc"
