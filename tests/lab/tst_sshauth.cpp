#include "ssh/CommandLog.h"
#include "tests/SshWait.h"
#include "ssh/SshConnection.h"
#include "ssh/SshJob.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace hadesk::ssh;

namespace {

const QByteArray kPassword = "Secret-pw1";
const QByteArray kPassphrase = "key-passphrase";

QByteArray runTool(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    QProcess process;
    process.start(program, args);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return process.readAllStandardOutput();
}

void writeFile(const QString& path, const QByteArray& text, QFile::Permissions permissions = {})
{
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(text);
    file.close();
    if (permissions)
        file.setPermissions(permissions);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

// A new ed25519 key pair at path (and path.pub).
void makeKey(const QString& path, const QByteArray& passphrase = {})
{
    runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                           QStringLiteral("-N"), QString::fromUtf8(passphrase),
                                           QStringLiteral("-f"), path});
}

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// An sshd of the test's own on a loopback port, with users that exist only for it: it runs in
// a private mount namespace where /etc/passwd, shadow, group, sudoers and the PAM stack are the
// test's copies.
class DedicatedSshd
{
public:
    static constexpr char kSudoers[] = "Defaults !lecture\nroot ALL=(ALL:ALL) ALL\nhadesk-pw ALL=(ALL:ALL) ALL\n"
                                       "hadesk-nopw ALL=(ALL:ALL) NOPASSWD: ALL\n";

    explicit DedicatedSshd(const QString& extraConfig, const QByteArray& sudoers = kSudoers)
        : m_port(freePort())
    {
        const QString d = m_dir.path();
        // sshd reads authorized_keys as the user logging in.
        QFile(d).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        makeKey(d + QLatin1String("/hostkey"));
        const QByteArray hash = runTool(QStringLiteral("openssl"), {QStringLiteral("passwd"), QStringLiteral("-6"),
                                                                     QStringLiteral("-stdin")},
                                        kPassword)
                                    .trimmed();
        writeFile(d + QLatin1String("/passwd"),
                  readFile(QStringLiteral("/etc/passwd")) +
                      "hadesk-pw:x:4101:4101::/tmp:/bin/sh\nhadesk-nopw:x:4102:4102::/tmp:/bin/sh\n");
        writeFile(d + QLatin1String("/group"),
                  readFile(QStringLiteral("/etc/group")) + "hadesk-pw:x:4101:\nhadesk-nopw:x:4102:\n");
        writeFile(d + QLatin1String("/shadow"),
                  readFile(QStringLiteral("/etc/shadow")) + "hadesk-pw:" + hash +
                      ":20000:0:99999:7:::\nhadesk-nopw:*:20000:0:99999:7:::\n",
                  QFile::ReadOwner | QFile::WriteOwner);
        writeFile(d + QLatin1String("/sudoers"), sudoers, QFile::ReadOwner | QFile::ReadGroup);
        const QByteArray pam = "auth required pam_unix.so\naccount required pam_unix.so\n"
                               "session required pam_permit.so\n";
        QDir().mkpath(d + QLatin1String("/pam.d"));
        writeFile(d + QLatin1String("/pam.d/sshd"), pam);
        writeFile(d + QLatin1String("/pam.d/sudo"), pam);
        QDir().mkpath(d + QLatin1String("/keys"));
        writeFile(d + QLatin1String("/sshd_config"),
                  QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2/hostkey\n"
                                 "AuthorizedKeysFile %2/keys/%u\nPidFile %2/sshd.pid\nStrictModes no\n"
                                 "PermitRootLogin no\nUsePAM yes\n%3\n")
                      .arg(m_port)
                      .arg(d, extraConfig)
                      .toUtf8());
        const QString script =
            QStringLiteral("set -e; for f in passwd group shadow sudoers; do mount --bind %1/$f /etc/$f; done; "
                           "mount --bind %1/pam.d/sshd /etc/pam.d/sshd; mount --bind %1/pam.d/sudo /etc/pam.d/sudo; "
                           "mount -t tmpfs tmpfs /run; mkdir -p /run/sshd; exec /usr/sbin/sshd -D -e -f %1/sshd_config")
                .arg(d);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("unshare"), {QStringLiteral("--mount"), QStringLiteral("--propagation"),
                                                    QStringLiteral("private"), QStringLiteral("sh"),
                                                    QStringLiteral("-c"), script});
        writeFile(d + QLatin1String("/known_hosts"),
                  "[127.0.0.1]:" + QByteArray::number(m_port) + ' ' + readFile(d + QLatin1String("/hostkey.pub")));
    }

    ~DedicatedSshd()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }

    bool waitUntilListening()
    {
        const bool listening = QTest::qWaitFor(
            [this] {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
                return probe.waitForConnected(100) || m_process.state() == QProcess::NotRunning;
            },
            10000);
        if (m_process.state() == QProcess::NotRunning) {
            qWarning("sshd exited: %s", m_process.readAll().constData());
            return false;
        }
        return listening;
    }

    void authorize(const QString& user, const QString& publicKeyFile)
    {
        writeFile(m_dir.filePath(QStringLiteral("keys/") + user), readFile(publicKeyFile));
    }

    QString clientConfig(const QString& user, const QString& extra = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("ssh_config_%1").arg(m_configs++));
        writeFile(path, QStringLiteral("Host sshd\n  HostName 127.0.0.1\n  Port %1\n  User %2\n"
                                       "  UserKnownHostsFile %3/known_hosts\n  GlobalKnownHostsFile /dev/null\n"
                                       "  IdentityFile %3/no-such-key\n  IdentitiesOnly yes\n%4\n")
                            .arg(m_port)
                            .arg(user, m_dir.path(), extra)
                            .toUtf8());
        return path;
    }

    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    int m_port;
    int m_configs = 0;
    QProcess m_process;
};

// Answers prompts from a script and remembers what was asked.
struct Answers
{
    QList<Prompt> asked;
    QHash<Prompt::Kind, QByteArray> secrets;
    QSet<Prompt::Kind> hold; // asked, left unanswered in held
    QList<Prompt> held;

    void attach(SshConnection& connection)
    {
        QObject::connect(&connection, &SshConnection::promptRequested, &connection,
                         [this, &connection](const Prompt& prompt) {
                             asked << prompt;
                             if (hold.contains(prompt.kind)) {
                                 held << prompt;
                                 return;
                             }
                             const bool known = secrets.contains(prompt.kind);
                             connection.answerPrompt(prompt.id, {known, secrets.value(prompt.kind)});
                         });
    }
};

QByteArray output(SshJob* job)
{
    if (!waitForFinished(*job, 60000))
        return "<timed out>";
    if (!job->errorString().isEmpty())
        return "<error: " + job->errorString().toUtf8() + '>';
    return job->allStdout();
}

} // namespace

class TestSshAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Keys in the tester's own agent or ~/.ssh must not decide these tests.
        qunsetenv("SSH_AUTH_SOCK");
    }

    void passwordAuthentication()
    {
        DedicatedSshd sshd(QStringLiteral("PasswordAuthentication yes\nKbdInteractiveAuthentication no"));
        QVERIFY(sshd.waitUntilListening());
        SshConnection connection({QStringLiteral("sshd"), sshd.clientConfig(QStringLiteral("hadesk-pw"))});
        Answers answers;
        answers.secrets.insert(Prompt::Kind::Password, kPassword);
        answers.attach(connection);
        QCOMPARE(output(connection.run({QStringLiteral("whoami")})), QByteArray("hadesk-pw\n"));
        QCOMPARE(answers.asked.size(), 1);
        QVERIFY(answers.asked.at(0).kind == Prompt::Kind::Password);
    }

    void wrongPasswordIsRefused()
    {
        DedicatedSshd sshd(QStringLiteral("PasswordAuthentication yes\nKbdInteractiveAuthentication no"));
        QVERIFY(sshd.waitUntilListening());
        SshConnection connection({QStringLiteral("sshd"), sshd.clientConfig(QStringLiteral("hadesk-pw"))});
        Answers answers;
        answers.secrets.insert(Prompt::Kind::Password, "wrong");
        answers.attach(connection);
        const QByteArray result = output(connection.run({QStringLiteral("whoami")}));
        QVERIFY2(result.contains("permission denied"), result.constData());
        QCOMPARE(connection.state(), ConnectionState::Failed);
    }

    void keyboardInteractive()
    {
        DedicatedSshd sshd(QStringLiteral("PasswordAuthentication no\nKbdInteractiveAuthentication yes"));
        QVERIFY(sshd.waitUntilListening());
        SshConnection connection({QStringLiteral("sshd"), sshd.clientConfig(QStringLiteral("hadesk-pw"))});
        Answers answers;
        answers.secrets.insert(Prompt::Kind::KeyboardInteractive, kPassword);
        answers.attach(connection);
        QCOMPARE(output(connection.run({QStringLiteral("whoami")})), QByteArray("hadesk-pw\n"));
        QVERIFY(!answers.asked.isEmpty());
        QVERIFY(answers.asked.at(0).kind == Prompt::Kind::KeyboardInteractive);
        QVERIFY(!answers.asked.at(0).echo);
    }

    void agentAuthentication()
    {
        DedicatedSshd sshd(QStringLiteral("PasswordAuthentication no\nKbdInteractiveAuthentication no"));
        QVERIFY(sshd.waitUntilListening());
        const QString key = sshd.dir() + QLatin1String("/agent_key");
        makeKey(key);
        sshd.authorize(QStringLiteral("hadesk-nopw"), key + QLatin1String(".pub"));
        const QString socket = sshd.dir() + QLatin1String("/agent.sock");
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 5000);
        QProcess add;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
        add.setProcessEnvironment(env);
        add.start(QStringLiteral("ssh-add"), {key});
        QVERIFY(add.waitForFinished(10000));
        QCOMPARE(add.exitCode(), 0);
        QFile::remove(key); // from now on, only the agent has it
        qputenv("SSH_AUTH_SOCK", socket.toUtf8());
        SshConnection connection({QStringLiteral("sshd"), sshd.clientConfig(QStringLiteral("hadesk-nopw"))});
        Answers answers;
        answers.attach(connection);
        const QByteArray result = output(connection.run({QStringLiteral("whoami")}));
        qunsetenv("SSH_AUTH_SOCK");
        agent.terminate();
        agent.waitForFinished(5000);
        QCOMPARE(result, QByteArray("hadesk-nopw\n"));
        QVERIFY(answers.asked.isEmpty());
    }

    void keyFileWithPassphrase()
    {
        DedicatedSshd sshd(QStringLiteral("PasswordAuthentication no\nKbdInteractiveAuthentication no"));
        QVERIFY(sshd.waitUntilListening());
        const QString key = sshd.dir() + QLatin1String("/locked_key");
        makeKey(key, kPassphrase);
        sshd.authorize(QStringLiteral("hadesk-nopw"), key + QLatin1String(".pub"));
        SshConnection connection(
            {QStringLiteral("sshd"),
             sshd.clientConfig(QStringLiteral("hadesk-nopw"), QStringLiteral("  IdentityFile ") + key)});
        Answers answers;
        answers.secrets.insert(Prompt::Kind::Passphrase, kPassphrase);
        answers.attach(connection);
        QCOMPARE(output(connection.run({QStringLiteral("whoami")})), QByteArray("hadesk-nopw\n"));
        QVERIFY(!answers.asked.isEmpty());
        QVERIFY(answers.asked.at(0).kind == Prompt::Kind::Passphrase);
    }

    void passwordChoiceOffersNoKey()
    {
        // The key would log in by itself; "PubkeyAuthentication no" (what the Add Cluster
        // dialog writes for "Password") must leave it unused and ask for the password. libssh
        // reads that option itself; this keeps it from changing under us.
        DedicatedSshd sshd(QStringLiteral("PasswordAuthentication yes\nKbdInteractiveAuthentication no"));
        QVERIFY(sshd.waitUntilListening());
        const QString key = sshd.dir() + QLatin1String("/unused_key");
        makeKey(key);
        sshd.authorize(QStringLiteral("hadesk-pw"), key + QLatin1String(".pub"));
        SshConnection connection(
            {QStringLiteral("sshd"),
             sshd.clientConfig(QStringLiteral("hadesk-pw"),
                               QStringLiteral("  IdentityFile %1\n  PubkeyAuthentication no").arg(key))});
        Answers answers;
        answers.secrets.insert(Prompt::Kind::Password, kPassword);
        answers.attach(connection);
        QCOMPARE(output(connection.run({QStringLiteral("whoami")})), QByteArray("hadesk-pw\n"));
        QCOMPARE(answers.asked.size(), 1);
        QVERIFY(answers.asked.at(0).kind == Prompt::Kind::Password);
    }

    void sudoWithoutPassword()
    {
        DedicatedSshd sshd(QStringLiteral("PasswordAuthentication no\nKbdInteractiveAuthentication no"));
        QVERIFY(sshd.waitUntilListening());
        const QString key = sshd.dir() + QLatin1String("/key");
        makeKey(key);
        sshd.authorize(QStringLiteral("hadesk-nopw"), key + QLatin1String(".pub"));
        SshConnection connection(
            {QStringLiteral("sshd"),
             sshd.clientConfig(QStringLiteral("hadesk-nopw"), QStringLiteral("  IdentityFile ") + key)});
        Answers answers;
        answers.attach(connection);
        JobOptions asRoot;
        asRoot.asRoot = true;
        QCOMPARE(output(connection.run({QStringLiteral("id"), QStringLiteral("-u")}, asRoot)), QByteArray("0\n"));
        QVERIFY(answers.asked.isEmpty());
        QCOMPARE(CommandLog::instance()->entries().last().argv.mid(0, 5),
                 (QStringList{QStringLiteral("env"), QStringLiteral("LC_ALL=C"), QStringLiteral("sudo"),
                              QStringLiteral("-n"), QStringLiteral("--")}));
    }

    void sudoPasswordGoesToStdinOnly()
    {
        DedicatedSshd sshd(QStringLiteral("PasswordAuthentication yes\nKbdInteractiveAuthentication no"));
        QVERIFY(sshd.waitUntilListening());
        SshConnection connection({QStringLiteral("sshd"), sshd.clientConfig(QStringLiteral("hadesk-pw"))});
        Answers answers;
        answers.secrets.insert(Prompt::Kind::Password, kPassword);
        answers.secrets.insert(Prompt::Kind::SudoPassword, kPassword);
        answers.attach(connection);
        JobOptions asRoot;
        asRoot.asRoot = true;
        SshJob* job = connection.run({QStringLiteral("id"), QStringLiteral("-u")}, asRoot);
        QCOMPARE(output(job), QByteArray("0\n"));
        QVERIFY2(!job->allStderr().contains("password"), job->allStderr().constData());
        // Asked once; the second command reuses it from memory.
        QCOMPARE(output(connection.run({QStringLiteral("id"), QStringLiteral("-u")}, asRoot)), QByteArray("0\n"));
        int sudoPrompts = 0;
        for (const Prompt& prompt : std::as_const(answers.asked))
            sudoPrompts += prompt.kind == Prompt::Kind::SudoPassword;
        QCOMPARE(sudoPrompts, 1);
        // The command log has the commands, never the password.
        const auto entries = CommandLog::instance()->entries();
        for (const CommandRecord& record : entries)
            QVERIFY(!record.argv.join(u' ').contains(QString::fromUtf8(kPassword)));
        // The command went to sudo -S (once sudo -n was refused); whether the second one needs the
        // password again depends on sudo's time stamp, so any of them will do.
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const CommandRecord& record) {
            return record.argv.mid(0, 4) == QStringList{QStringLiteral("env"), QStringLiteral("LC_ALL=C"),
                                                        QStringLiteral("sudo"), QStringLiteral("-S")} &&
                   record.argv.endsWith(QStringLiteral("-u"));
        }));
    }

    // Where sudo does not ask (a NOPASSWD rule for that command), a password it was told earlier
    // must not become the first line of the command's input, or of an uploaded file.
    void sudoPasswordNeverReachesTheCommand()
    {
        DedicatedSshd sshd(QStringLiteral("PasswordAuthentication yes\nKbdInteractiveAuthentication no"),
                           "Defaults !lecture\nroot ALL=(ALL:ALL) ALL\nhadesk-pw ALL=(ALL:ALL) ALL\n"
                           "hadesk-pw ALL=(ALL:ALL) NOPASSWD: /usr/bin/cat, /bin/cat, /usr/bin/sh, /bin/sh\n");
        QVERIFY(sshd.waitUntilListening());
        SshConnection connection({QStringLiteral("sshd"), sshd.clientConfig(QStringLiteral("hadesk-pw"))});
        Answers answers;
        answers.secrets.insert(Prompt::Kind::Password, kPassword);
        answers.secrets.insert(Prompt::Kind::SudoPassword, kPassword);
        answers.attach(connection);
        JobOptions asRoot;
        asRoot.asRoot = true;
        // A command that needs the password: now it is known.
        QCOMPARE(output(connection.run({QStringLiteral("id"), QStringLiteral("-u")}, asRoot)), QByteArray("0\n"));

        const QByteArray input = QByteArray("first line\nsecond line\n") + QByteArray(100000, 'x') + "\nend";
        JobOptions withInput = asRoot;
        withInput.stdinData = input;
        // cat needs no password: its input must be exactly ours.
        QCOMPARE(output(connection.run({QStringLiteral("cat")}, withInput)), input);
        // tee needs one: the password goes to sudo, the input to tee.
        QCOMPARE(output(connection.run({QStringLiteral("tee")}, withInput)), input);

        // An upload as root (sh -c ... under NOPASSWD) writes the bytes and nothing else.
        QTemporaryDir target(QStringLiteral("/tmp/hadesk-sudo-upload-XXXXXX"));
        const QString path = target.filePath(QStringLiteral("uploaded"));
        UploadOptions rootUpload;
        rootUpload.asRoot = true;
        rootUpload.backup = false;
        SshJob* upload = connection.upload(input, path, rootUpload);
        QVERIFY2(waitForFinished(*upload, 60000) && upload->succeeded(), qPrintable(upload->failureText()));
        QCOMPARE(readFile(path), input);
        QCOMPARE(output(connection.download(path, true)), input);

        int sudoPrompts = 0;
        for (const Prompt& prompt : std::as_const(answers.asked))
            sudoPrompts += prompt.kind == Prompt::Kind::SudoPassword;
        QCOMPARE(sudoPrompts, 1);
    }

    // A node whose sudo speaks German: its refusal of -n and its prompt are still understood.
    void sudoInAnotherLanguage()
    {
        DedicatedSshd sshd(QStringLiteral("PasswordAuthentication yes\nKbdInteractiveAuthentication no\n"
                                          "SetEnv LANG=de_DE.UTF-8 LANGUAGE=de"));
        QVERIFY(sshd.waitUntilListening());
        SshConnection connection({QStringLiteral("sshd"), sshd.clientConfig(QStringLiteral("hadesk-pw"))});
        Answers answers;
        answers.secrets.insert(Prompt::Kind::Password, kPassword);
        answers.secrets.insert(Prompt::Kind::SudoPassword, kPassword);
        answers.attach(connection);
        // The node does speak German (scripts/install-deps makes the locale).
        const QByteArray said = output(connection.run(
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sudo -n true 2>&1; true")}));
        QVERIFY2(said.contains("Passwort"), said.constData());

        JobOptions asRoot;
        asRoot.asRoot = true;
        answers.hold << Prompt::Kind::SudoPassword;
        SshJob* id = connection.run({QStringLiteral("id"), QStringLiteral("-u")}, asRoot);
        QTRY_COMPARE_WITH_TIMEOUT(answers.held.size(), 1, 30000);
        // While the operator has not answered, the connection's other channels go on.
        QCOMPARE(output(connection.run({QStringLiteral("echo"), QStringLiteral("live")})), QByteArray("live\n"));
        QVERIFY(!id->isFinished());
        connection.answerPrompt(answers.held.constFirst().id, {true, kPassword});
        QCOMPARE(output(id), QByteArray("0\n"));
    }

    void wrongSudoPasswordIsAskedAgainThenRefused()
    {
        DedicatedSshd sshd(QStringLiteral("PasswordAuthentication yes\nKbdInteractiveAuthentication no\n"
                                          "SetEnv LANG=de_DE.UTF-8 LANGUAGE=de"));
        QVERIFY(sshd.waitUntilListening());
        SshConnection connection({QStringLiteral("sshd"), sshd.clientConfig(QStringLiteral("hadesk-pw"))});
        Answers answers;
        answers.secrets.insert(Prompt::Kind::Password, kPassword);
        answers.secrets.insert(Prompt::Kind::SudoPassword, "not-the-password");
        answers.attach(connection);
        JobOptions withInput;
        withInput.asRoot = true;
        withInput.stdinData = "must not be taken for a password\n";
        SshJob* sudo = connection.run({QStringLiteral("tee")}, withInput);
        QVERIFY(waitForFinished(*sudo, 60000));
        QVERIFY(!sudo->succeeded());
        QVERIFY2(sudo->errorString().contains(QLatin1String("refused the password 3 times")),
                 qPrintable(sudo->failureText()));
        QVERIFY(sudo->allStdout().isEmpty());
        int sudoPrompts = 0;
        for (const Prompt& prompt : std::as_const(answers.asked))
            sudoPrompts += prompt.kind == Prompt::Kind::SudoPassword;
        QCOMPARE(sudoPrompts, 3);
    }
};

QTEST_GUILESS_MAIN(TestSshAuth)
#include "tst_sshauth.moc"
