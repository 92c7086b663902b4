#include "backend/ClusterStore.h"
#include "backend/ClusterTreeModel.h"
#include "ssh/SshConfigFile.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hadesk;

namespace {

const QString kLabConfig = QStringLiteral(HADESK_FIXTURES "/ssh/lab_ssh_config");

ClusterProfile labCluster(const QString& name, const QStringList& hosts = {})
{
    QString error;
    const auto cluster = ClusterStore::fromSshConfig(name, kLabConfig, hosts, &error);
    if (!cluster)
        qFatal("lab fixture did not load: %s", qPrintable(error));
    return *cluster;
}

} // namespace

class TestClusterStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("clusters%1.ini").arg(++m_files)); }

    static void writeFile(const QString& path, const QByteArray& text)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }

private Q_SLOTS:
    void suggestsANameFromTheHosts()
    {
        const auto suggested = [](const QStringList& hosts, const QStringList& taken = {}) {
            return ClusterProfile::suggestedName(hosts, taken);
        };
        QCOMPARE(suggested({QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")}), QStringLiteral("node"));
        QCOMPARE(suggested({QStringLiteral("controller-0.prod.example.com"), QStringLiteral("controller-1.prod.example.com")}),
                 QStringLiteral("controller"));
        QCOMPARE(suggested({QStringLiteral("node1"), QStringLiteral("node2")}, {QStringLiteral("node"), QStringLiteral("node-2")}),
                 QStringLiteral("node-3"));
        QVERIFY(suggested({QStringLiteral("198.19.0.11"), QStringLiteral("198.19.0.12")}).isEmpty());
        QVERIFY(suggested({QStringLiteral("alpha"), QStringLiteral("beta")}).isEmpty());
        QVERIFY(suggested({}).isEmpty());
    }

    void initTestCase()
    {
        // The configuration written for nodes added by address includes ~/.ssh/config: make
        // that the test's own.
        qputenv("HOME", m_dir.filePath(QStringLiteral("home")).toUtf8());
        writeFile(m_dir.filePath(QStringLiteral("home/.ssh/config")),
                  "Host alias1\n    HostName 192.0.2.7\n    User fromconfig\n    Port 2222\n"
                  "Host *\n    User everyone\n");
        writeFile(m_dir.filePath(QStringLiteral("home/.ssh/id_test")), "not really a key\n");
    }

    void keepsSegmentLabelsWithTheCluster()
    {
        const QString path = freshPath();
        ClusterStore store(path);
        QString error;
        QVERIFY2(store.addByAddresses(QStringLiteral("net"), {QStringLiteral("192.0.2.11")}, NodeLogin{}, &error),
                 qPrintable(error));
        const QMap<QString, SegmentLabel> labels{
            {QStringLiteral("198.19.0.0/24"), {QStringLiteral("public 1G"), QStringLiteral("external")}},
            {QStringLiteral("198.18.0.0/24"), {QStringLiteral("data 10G"), QStringLiteral("internal")}}};
        QVERIFY2(store.setSegmentLabels(QStringLiteral("net"), labels, &error), qPrintable(error));
        ClusterStore reread(path);
        QVERIFY2(reread.load(&error), qPrintable(error));
        QCOMPARE(reread.clusters().at(0).segmentLabels, labels);

        // Refused, and nothing of it saved: a bad subnet, an unknown role, a name with a line break.
        for (const auto& [subnet, label] : std::initializer_list<std::pair<QString, SegmentLabel>>{
                 {QStringLiteral("198.19.0.0"), {QStringLiteral("x"), QStringLiteral("external")}},
                 {QStringLiteral("198.20.0.0/24"), {QStringLiteral("x"), QStringLiteral("dmz")}},
                 {QStringLiteral("198.20.0.0/24"), {QStringLiteral("a\nb"), QStringLiteral("storage")}}}) {
            QMap<QString, SegmentLabel> bad = labels;
            bad.insert(subnet, label);
            error.clear();
            QVERIFY(!reread.setSegmentLabels(QStringLiteral("net"), bad, &error));
            QVERIFY(!error.isEmpty());
        }
        ClusterStore again(path);
        QVERIFY(again.load(&error));
        QCOMPARE(again.clusters().at(0).segmentLabels, labels);
    }

    void addsNodesByAddressWithTheChosenLogin()
    {
        ClusterStore store(freshPath());
        NodeLogin login;
        login.user = QStringLiteral("root");
        login.auth = NodeLogin::Auth::KeyFile;
        login.keyFile = QStringLiteral("~/.ssh/id_test");
        QString error;
        QVERIFY2(store.addByAddresses(QStringLiteral("byaddr"),
                                      NodeAddressConfig::split(QStringLiteral(" 192.0.2.11, alias1\n")),
                                      login, &error),
                 qPrintable(error));
        const ClusterProfile& cluster = store.clusters().at(0);
        QVERIFY(cluster.sshConfigPath.startsWith(store.generatedConfigDir() + u'/'));
        // The chosen user wins over ~/.ssh/config; what is not chosen (an alias's address and
        // port) comes from it.
        QCOMPARE(cluster.nodes, (QList<ClusterNode>{
                                    {QStringLiteral("192.0.2.11"), QStringLiteral("192.0.2.11"), QStringLiteral("root"), 22},
                                    {QStringLiteral("alias1"), QStringLiteral("192.0.2.7"), QStringLiteral("root"), 2222}}));
        QString configError;
        const ssh::SshHostEntry entry =
            ssh::SshConfigFile::resolve(cluster.sshConfigPath, QStringLiteral("192.0.2.11"), &configError);
        QVERIFY2(configError.isEmpty(), qPrintable(configError));
        QCOMPARE(entry.identityFiles.value(0), m_dir.filePath(QStringLiteral("home/.ssh/id_test")));

        // Removing the cluster removes what was written for it.
        QVERIFY(QFile::exists(cluster.sshConfigPath));
        const QString written = cluster.sshConfigPath;
        QVERIFY(store.remove(QStringLiteral("byaddr"), &error));
        QVERIFY(!QFile::exists(written));
    }

    void passwordLoginOffersNoKeys()
    {
        ClusterStore store(freshPath());
        NodeLogin login;
        login.auth = NodeLogin::Auth::Password;
        login.port = 2022;
        QString error;
        QVERIFY2(store.addByAddresses(QStringLiteral("pw"), {QStringLiteral("node-a.example")}, login, &error),
                 qPrintable(error));
        QString configError;
        const QString path = store.clusters().at(0).sshConfigPath;
        const ssh::SshHostEntry entry = ssh::SshConfigFile::resolve(path, QStringLiteral("node-a.example"), &configError);
        // libssh honours it (tst_sshauth's passwordChoiceOffersNoKey).
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\n    PubkeyAuthentication no\n"));
        QCOMPARE(entry.port, 2022);
        QCOMPARE(entry.user, QStringLiteral("everyone")); // none chosen: ~/.ssh/config's
    }

    void addressProblemsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("auth");
        QTest::addColumn<QString>("keyFile");
        QTest::addColumn<QString>("problem");
        const int agent = int(NodeLogin::Auth::AgentOrDefaultKeys);
        const int key = int(NodeLogin::Auth::KeyFile);
        QTest::newRow("none") << QStringList{} << QString() << agent << QString() << "at least one";
        QTest::newRow("pattern") << QStringList{QStringLiteral("node*")} << QString() << agent << QString() << "node*";
        QTest::newRow("option") << QStringList{QStringLiteral("-oProxyCommand=x")} << QString() << agent << QString() << "not a host";
        QTest::newRow("twice") << QStringList{QStringLiteral("a"), QStringLiteral("a")} << QString() << agent << QString() << "twice";
        QTest::newRow("user") << QStringList{QStringLiteral("a")} << QStringLiteral("root\nHost b") << agent << QString() << "user name";
        QTest::newRow("no key") << QStringList{QStringLiteral("a")} << QString() << key << QString() << "key file";
        QTest::newRow("missing key") << QStringList{QStringLiteral("a")} << QString() << key << QStringLiteral("/no/such/key") << "/no/such/key";
        QTest::newRow("quote") << QStringList{QStringLiteral("a")} << QString() << key << QStringLiteral("/tmp/a\"b") << "quotes";
    }

    void addressProblemsWriteNothing()
    {
        QFETCH(QStringList, addresses);
        QFETCH(QString, user);
        QFETCH(int, auth);
        QFETCH(QString, keyFile);
        QFETCH(QString, problem);
        ClusterStore store(freshPath());
        NodeLogin login;
        login.user = user;
        login.auth = NodeLogin::Auth(auth);
        login.keyFile = keyFile;
        QString error;
        QVERIFY(!store.addByAddresses(QStringLiteral("bad"), addresses, login, &error));
        QVERIFY2(error.contains(problem), qPrintable(error));
        QVERIFY(store.clusters().isEmpty());
        QVERIFY(!QFile::exists(store.generatedConfigDir() + QLatin1String("/bad.ssh_config")));
    }

    void aTakenNameKeepsItsConfiguration()
    {
        ClusterStore store(freshPath());
        QString error;
        QVERIFY(store.addByAddresses(QStringLiteral("taken"), {QStringLiteral("first")}, {}, &error));
        const QString path = store.clusters().at(0).sshConfigPath;
        QVERIFY(!store.addByAddresses(QStringLiteral("taken"), {QStringLiteral("second")}, {}, &error));
        QVERIFY(error.contains(QLatin1String("already exists")));
        QCOMPARE(ssh::SshConfigFile::parse(path).hosts.value(0).alias, QStringLiteral("first"));
    }

    void importsNodesFromSshConfig()
    {
        const ClusterProfile cluster = labCluster(QStringLiteral("lab"));
        QCOMPARE(cluster.nodes.size(), 3);
        QCOMPARE(cluster.nodes.at(0), (ClusterNode{QStringLiteral("node1"),
                                                   QStringLiteral("198.19.0.11"),
                                                   QStringLiteral("root"), 22}));
        QCOMPARE(cluster.sshConfigPath, kLabConfig);
    }

    void importsOnlyTheNamedHosts()
    {
        const ClusterProfile cluster =
            labCluster(QStringLiteral("pair"), {QStringLiteral("node1"), QStringLiteral("node3")});
        QCOMPARE(cluster.nodes.size(), 2);
        QCOMPARE(cluster.nodes.at(1).sshHost, QStringLiteral("node3"));

        QString error;
        QVERIFY(!ClusterStore::fromSshConfig(QStringLiteral("x"), kLabConfig,
                                             {QStringLiteral("node9")}, &error));
        QVERIFY2(error.contains(QLatin1String("node9")), qPrintable(error));
    }

    void persistsAcrossInstances()
    {
        const QString path = freshPath();
        {
            ClusterStore store(path);
            QString error;
            QVERIFY(store.load(&error));
            QVERIFY2(store.add(labCluster(QStringLiteral("lab")), &error), qPrintable(error));
            QVERIFY(store.add(labCluster(QStringLiteral("lab-b"), {QStringLiteral("node2")}), &error));
        }
        ClusterStore reloaded(path);
        QString error;
        QVERIFY2(reloaded.load(&error), qPrintable(error));
        QCOMPARE(reloaded.clusters().size(), 2);
        QCOMPARE(reloaded.clusters().at(0), labCluster(QStringLiteral("lab")));
        QCOMPARE(reloaded.clusters().at(1).nodes.size(), 1);

        QVERIFY(reloaded.remove(QStringLiteral("lab"), &error));
        ClusterStore again(path);
        QVERIFY(again.load(&error));
        QCOMPARE(again.clusters().size(), 1);
        QCOMPARE(again.clusters().at(0).name, QStringLiteral("lab-b"));
    }

    void rejectsBadNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("leading dash") << QStringLiteral("-lab");
        QTest::newRow("space") << QStringLiteral("my lab");
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("parent folder") << QStringLiteral("../lab");
        QTest::newRow("shell") << QStringLiteral("lab;rm");
        QTest::newRow("too long") << QString(64, u'a');
    }

    void rejectsBadNames()
    {
        QFETCH(QString, name);
        ClusterStore store(freshPath());
        ClusterProfile cluster = labCluster(QStringLiteral("lab"));
        cluster.name = name;
        QString error;
        QVERIFY(!store.add(cluster, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(store.clusters().isEmpty());
    }

    void rejectsDuplicatesAndUnknowns()
    {
        ClusterStore store(freshPath());
        QString error;
        QVERIFY(store.add(labCluster(QStringLiteral("lab")), &error));
        QVERIFY(!store.add(labCluster(QStringLiteral("lab")), &error));
        QVERIFY(error.contains(QLatin1String("already exists")));
        QVERIFY(!store.remove(QStringLiteral("other"), &error));
        QCOMPARE(store.clusters().size(), 1);
    }

    void failedSaveChangesNothing()
    {
        // A folder where the file should be: the write fails, and the list stays as it was.
        const QString path = freshPath();
        QVERIFY(QDir().mkpath(path));
        ClusterStore store(path);
        QSignalSpy added(&store, &ClusterStore::clusterAdded);
        QString error;
        QVERIFY(!store.add(labCluster(QStringLiteral("lab")), &error));
        QVERIFY(error.contains(path));
        QVERIFY(store.clusters().isEmpty());
    }

    void skipsUnreadableEntriesButKeepsTheRest()
    {
        const QString path = freshPath();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[clusters]\n"
                       "1\\name=good\n1\\sshConfig=/x\n"
                       "1\\nodes\\1\\sshHost=n1\n1\\nodes\\1\\address=10.0.0.1\n1\\nodes\\size=1\n"
                       "2\\name=bad name\n2\\sshConfig=/x\n"
                       "2\\nodes\\1\\sshHost=n1\n2\\nodes\\size=1\n"
                       "3\\name=empty\n3\\sshConfig=/x\n3\\nodes\\size=0\n"
                       "size=3\n");
        }
        ClusterStore store(path);
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY2(error.contains(QLatin1String("bad name")) && error.contains(QLatin1String("empty")),
                 qPrintable(error));
        QCOMPARE(store.clusters().size(), 1);
        QCOMPARE(store.clusters().at(0).nodes.at(0).address, QStringLiteral("10.0.0.1"));
    }

    void treeModelFollowsTheStore()
    {
        ClusterStore store(freshPath());
        ClusterTreeModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QString error;
        QVERIFY(store.add(labCluster(QStringLiteral("lab")), &error));
        QVERIFY(store.add(labCluster(QStringLiteral("pair"), {QStringLiteral("node1"),
                                                              QStringLiteral("node2")}),
                          &error));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex pair = model.index(1, ClusterTreeModel::NameColumn);
        QCOMPARE(pair.data().toString(), QStringLiteral("pair"));
        QCOMPARE(model.rowCount(pair), 2);
        const QModelIndex node2 = model.index(1, ClusterTreeModel::AddressColumn, pair);
        QCOMPARE(node2.data().toString(), QStringLiteral("198.19.0.12"));
        QCOMPARE(node2.data(ClusterTreeModel::ClusterNameRole).toString(), QStringLiteral("pair"));
        QCOMPARE(node2.parent(), pair);
        QVERIFY(store.remove(QStringLiteral("lab"), &error));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("pair"));
    }
};

QTEST_GUILESS_MAIN(TestClusterStore)
#include "tst_clusterstore.moc"
