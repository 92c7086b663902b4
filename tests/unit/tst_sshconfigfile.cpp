#include "ssh/SshConfigFile.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using hadesk::ssh::SshConfigFile;
using hadesk::ssh::SshHostEntry;

namespace {

const QString kFixtures = QStringLiteral(HADESK_FIXTURES "/ssh");

// What OpenSSH itself makes of a host under a configuration: "ssh -G" prints the options in effect.
QMap<QString, QString> openSshView(const QString& configPath, const QString& host)
{
    QProcess ssh;
    ssh.start(QStringLiteral("ssh"), {QStringLiteral("-G"), QStringLiteral("-F"), configPath, host});
    if (!ssh.waitForFinished(10000) || ssh.exitCode() != 0)
        return {};
    QMap<QString, QString> options;
    const QStringList lines = QString::fromUtf8(ssh.readAllStandardOutput()).split(u'\n');
    for (const QString& line : lines) {
        const QString key = line.section(u' ', 0, 0).toLower();
        if (!options.contains(key))
            options.insert(key, line.section(u' ', 1));
    }
    return options;
}

} // namespace

class TestSshConfigFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_patternsPath;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty());
        // The pattern fixture includes its conf.d by absolute path, as ssh needs.
        QFile in(kFixtures + QLatin1String("/patterns_ssh_config"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        m_patternsPath = m_dir.filePath(QStringLiteral("patterns_ssh_config"));
        QFile out(m_patternsPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.readAll().replace("@FIXTURES@", kFixtures.toUtf8()));
    }

    void readsTheLabConfiguration()
    {
        const auto result = SshConfigFile::parse(kFixtures + QLatin1String("/lab_ssh_config"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.hosts.size(), 3);
        const SshHostEntry& node2 = result.hosts.at(1);
        QCOMPARE(node2.alias, QStringLiteral("node2"));
        QCOMPARE(node2.hostName, QStringLiteral("198.19.0.12"));
        QCOMPARE(node2.user, QStringLiteral("root"));
        QCOMPARE(node2.port, 22);
        QCOMPARE(node2.connectTimeoutSeconds, 5);
        QCOMPARE(node2.identityFiles, QStringList{QStringLiteral("/var/tmp/hadesk-lab/ssh/id_ed25519")});
        QCOMPARE(node2.knownHostsFiles,
                 QStringList{QStringLiteral("/var/tmp/hadesk-lab/ssh/known_hosts")});
    }

    void systemDefaultsNameNoHosts()
    {
        const auto result = SshConfigFile::parse(kFixtures + QLatin1String("/debian_ssh_config"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.hosts.isEmpty());
    }

    void listsConcreteHostsInFileOrder()
    {
        const auto result = SshConfigFile::parse(m_patternsPath);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QStringList aliases;
        for (const SshHostEntry& host : result.hosts)
            aliases << host.alias;
        QCOMPARE(aliases, (QStringList{QStringLiteral("bastion"), QStringLiteral("db1"),
                                       QStringLiteral("db2"), QStringLiteral("db3"),
                                       QStringLiteral("web1"), QStringLiteral("web9"),
                                       QStringLiteral("web10")}));
    }

    void agreesWithOpenSsh_data()
    {
        QTest::addColumn<QString>("config");
        QTest::newRow("lab") << kFixtures + QLatin1String("/lab_ssh_config");
        QTest::newRow("patterns") << m_patternsPath;
    }

    void agreesWithOpenSsh()
    {
        QFETCH(QString, config);
        const auto result = SshConfigFile::parse(config);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!result.hosts.isEmpty());
        for (const SshHostEntry& host : result.hosts) {
            const auto expected = openSshView(config, host.alias);
            QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("ssh -G failed for ") + host.alias));
            QCOMPARE(host.hostName, expected.value(QStringLiteral("hostname")));
            QCOMPARE(host.user, expected.value(QStringLiteral("user")));
            QCOMPARE(QString::number(host.port), expected.value(QStringLiteral("port")));
            QCOMPARE(host.connectTimeoutSeconds ? QString::number(host.connectTimeoutSeconds) : QStringLiteral("none"),
                     expected.value(QStringLiteral("connecttimeout")));
        }
    }

    void rejectsWhatOpenSshRejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("unbalanced quotes") << QByteArray("Host a\n  HostName \"10.0.0.1\n")
                                           << QStringLiteral(":2: unbalanced quotes");
        QTest::newRow("bad port") << QByteArray("Host a\n  Port eighty\n")
                                  << QStringLiteral("invalid port 'eighty'");
        QTest::newRow("port out of range") << QByteArray("Host a\n  Port 70000\n")
                                           << QStringLiteral("invalid port '70000'");
        QTest::newRow("bad connect timeout") << QByteArray("Host a\n  ConnectTimeout soon\n")
                                             << QStringLiteral("invalid ConnectTimeout 'soon'");
        QTest::newRow("missing value") << QByteArray("Host a\n  User\n")
                                       << QStringLiteral(":2: 'user' needs a value");
    }

    void rejectsWhatOpenSshRejects()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, errorPart);
        const QString path = m_dir.filePath(QStringLiteral("bad_config"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();
        const auto result = SshConfigFile::parse(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
        QVERIFY(result.hosts.isEmpty());
        QVERIFY(openSshView(path, QStringLiteral("a")).isEmpty());
    }

    void unreadableFileIsAnError()
    {
        const auto result = SshConfigFile::parse(m_dir.filePath(QStringLiteral("missing")));
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(QLatin1String("missing")));
    }

    void patternsFollowSshConfigRules_data()
    {
        QTest::addColumn<QString>("patterns");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("matches");
        QTest::newRow("star") << "*" << "anything" << true;
        QTest::newRow("question") << "web?" << "web1" << true;
        QTest::newRow("question is one character") << "web?" << "web10" << false;
        QTest::newRow("negation wins") << "web* !web9" << "web9" << false;
        QTest::newRow("negation alone matches nothing") << "!web9" << "web1" << false;
        QTest::newRow("case-sensitive host") << "node1" << "NODE1" << false;
        QTest::newRow("case-sensitive pattern") << "NODE1" << "node1" << false;
        QTest::newRow("suffix") << "*.example" << "db.example" << true;
    }

    void patternsFollowSshConfigRules()
    {
        QFETCH(QString, patterns);
        QFETCH(QString, host);
        QFETCH(bool, matches);
        QCOMPARE(SshConfigFile::hostMatches(patterns.split(u' '), host), matches);
        // Cross-check with ssh: a block with these patterns sets the port only if it matches.
        const QString path = m_dir.filePath(QStringLiteral("match_config"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QStringLiteral("Host %1\n  Port 2345\n").arg(patterns).toUtf8());
        file.close();
        QCOMPARE(openSshView(path, host).value(QStringLiteral("port")) == u"2345", matches);
    }
};

QTEST_GUILESS_MAIN(TestSshConfigFile)
#include "tst_sshconfigfile.moc"
