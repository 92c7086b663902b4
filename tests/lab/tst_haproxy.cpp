// HAProxy's runtime API through the backend against the lab's real HAProxy clone: read, drain a
// node on every HAProxy, see it in "show servers state", and see real requests through the VIP
// stop reaching it; then ready again. Also refusals: an unknown server, and a socket that is not
// there. And the configuration: a broken one is rejected with the running HAProxy untouched, one
// whose reload fails is rolled back on every node, a stale read is refused, a good one goes live.
#include "LabFixture.h"
#include "LabJobs.h"
#include "backend/haproxy/ConfigJobs.h"
#include "backend/haproxy/RuntimeApi.h"
#include "backend/pacemaker/ClusterFetch.h"
#include "ssh/SshConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

using namespace hadesk;
using namespace hadesk::haproxy;

namespace {

const QStringList kNodes{QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")};

// The node that answered one request through the external VIP (a new connection each time, so
// round robin spreads them); empty if none answered.
QString servedBy()
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("198.19.0.100"), 80);
    if (!socket.waitForConnected(3000))
        return {};
    socket.write("GET / HTTP/1.0\r\nHost: lab\r\n\r\n");
    QByteArray reply;
    while (socket.waitForReadyRead(3000))
        reply += socket.readAll();
    reply += socket.readAll();
    const QByteArray body = reply.mid(reply.indexOf("\r\n\r\n") + 4);
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("node")).toString();
}

QSet<QString> nodesServing(int requests)
{
    QSet<QString> seen;
    for (int i = 0; i < requests; ++i)
        seen.insert(servedBy());
    return seen;
}

} // namespace

class TestHaproxy : public QObject
{
    Q_OBJECT

    std::map<QString, std::unique_ptr<ssh::SshConnection>> m_connections;
    QString m_socket;
    QByteArray m_originalConfig;

    ssh::SshConnection& on(const QString& node)
    {
        auto& connection = m_connections[node];
        if (!connection)
            connection = std::make_unique<ssh::SshConnection>(ssh::SshTarget{node, LabFixture::sshConfig()});
        return *connection;
    }

    // Every HAProxy of the clone: wherever the VIP goes, the server stays drained.
    void applyEverywhere(const QList<Server>& servers, RuntimeApi::ServerState state)
    {
        QStringList commands;
        QString error;
        for (const Server& s : servers)
            commands << *RuntimeApi::setState(s.backend, s.name, state, &error);
        for (const QString& node : kNodes)
            QVERIFY2(LabJobs::sendHaproxy(on(node), m_socket, commands, &error), qPrintable(error));
    }

    QList<ConfigNode> everyNode(const QByteArray& expected)
    {
        QList<ConfigNode> nodes;
        for (const QString& node : kNodes)
            nodes.append({node, &on(node), expected, m_socket});
        return nodes;
    }

    // The configuration jobs as the console runs them.
    std::optional<ConfigSnapshot> readConfig(const QString& node, QString* error)
    {
        ConfigReadJob job({{node, &on(node), {}, m_socket}}, QStringLiteral("lab"));
        if (!LabJobs::succeeds(job, error))
            return std::nullopt;
        return job.snapshots().first().second;
    }
    bool check(const QString& node, const QByteArray& text, QString* report)
    {
        ConfigCheckJob job({node, &on(node), {}, m_socket}, text, QStringLiteral("lab"));
        QString error;
        const bool ok = LabJobs::succeeds(job, &error);
        *report = job.report().isEmpty() ? error : job.report();
        return ok;
    }
    static RolloutResult rollOut(const QList<ConfigNode>& nodes, const QByteArray& text)
    {
        ConfigRolloutJob job(nodes, text, QStringLiteral("lab"));
        LabJobs::finish(job);
        return job.result();
    }

    // Which HAProxy process answers on each node, and the digest of each node's file. A node that
    // does not answer is asked again for a while (and said so in the log): what the tests compare
    // is which process answers, not whether one SSH round trip went through.
    QStringList processesAndFiles()
    {
        QStringList seen;
        QString error;
        for (const QString& node : kNodes) {
            const bool answered = QTest::qWaitFor(
                [&] {
                    const auto state = LabJobs::haproxyState(on(node), m_socket, &error);
                    const auto file = readConfig(node, &error);
                    if (state && file)
                        seen << node + u' ' + state->info.value(QStringLiteral("Pid")) + u' ' +
                                    QString::fromLatin1(file->sha256);
                    else
                        qWarning("%s did not answer: %s", qPrintable(node), qPrintable(error));
                    return state && file;
                },
                15000);
            if (!answered)
                return {node + QStringLiteral(": ") + error};
        }
        return seen;
    }

private Q_SLOTS:
    void initTestCase()
    {
        LabFixture::run({QStringLiteral("reset")});
        QString error;
        m_socket = LabJobs::haproxySocket(on(QStringLiteral("node1")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_socket, QStringLiteral("/run/haproxy/admin.sock"));
    }

    void cleanupTestCase()
    {
        if (!m_originalConfig.isEmpty())
            rollOut(everyNode({}), m_originalConfig);
        m_connections.clear();
        LabFixture::run({QStringLiteral("reset")});
    }

    void readsEveryNodesHaproxy()
    {
        for (const QString& node : kNodes) {
            QString error;
            const auto state = LabJobs::haproxyState(on(node), m_socket, &error);
            QVERIFY2(state, qPrintable(error));
            QVERIFY(state->info.value(QStringLiteral("Version")).startsWith(QLatin1String("2.")));
            const Proxy* web = state->backend(QStringLiteral("web"));
            QVERIFY(web);
            QCOMPARE(web->servers.size(), 3);
            QVERIFY(state->backend(QStringLiteral("api")));
            QTRY_VERIFY_WITH_TIMEOUT(LabJobs::haproxyState(on(node), m_socket, &error)
                                         ->server(QStringLiteral("web"), QStringLiteral("node2"))
                                         ->status == u"UP",
                                     20000);
        }
    }

    void drainingANodeStopsItsTraffic()
    {
        QString error;
        // Traffic reaches node2 to begin with, or the test would prove nothing.
        QTRY_VERIFY_WITH_TIMEOUT(nodesServing(9).contains(QStringLiteral("node2")), 20000);
        const auto before = LabJobs::haproxyState(on(QStringLiteral("node1")), m_socket, &error);
        QVERIFY2(before, qPrintable(error));
        const QList<Server> node2 = RuntimeApi::serversOfNode(*before, QStringLiteral("node2"));
        QCOMPARE(node2.size(), 2); // web and api
        applyEverywhere(node2, RuntimeApi::ServerState::Drain);

        const auto state = LabJobs::clusterState(on(QStringLiteral("node1")), 60000, &error);
        QVERIFY2(state, qPrintable(error));
        const QString holder = state->resource(QStringLiteral("vip-ext"))->activeOn.value(0);
        const auto drained = LabJobs::haproxyState(on(holder), m_socket, &error);
        QVERIFY2(drained, qPrintable(error));
        for (const char* backend : {"web", "api"}) {
            const Server* server = drained->server(QLatin1String(backend), QStringLiteral("node2"));
            QVERIFY(server->draining());
            QCOMPARE(server->adminText(), QStringLiteral("drain"));
        }
        QCOMPARE(drained->server(QStringLiteral("web"), QStringLiteral("node2"))->status, QStringLiteral("DRAIN"));
        const QSet<QString> serving = nodesServing(12);
        QVERIFY2(!serving.contains(QStringLiteral("node2")), qPrintable(QStringList(serving.values()).join(u' ')));
        QVERIFY(serving.contains(QStringLiteral("node1")) || serving.contains(QStringLiteral("node3")));

        applyEverywhere(node2, RuntimeApi::ServerState::Ready);
        QTRY_VERIFY_WITH_TIMEOUT(nodesServing(9).contains(QStringLiteral("node2")), 20000);
    }

    void refusalsAreReported()
    {
        QString error;
        QVERIFY(!LabJobs::sendHaproxy(on(QStringLiteral("node1")), m_socket,
                                      {*RuntimeApi::setState(QStringLiteral("web"), QStringLiteral("node9"),
                                                             RuntimeApi::ServerState::Drain, &error)},
                                      &error));
        QVERIFY2(error.contains(QLatin1String("refused")) && error.contains(QLatin1String("node9")), qPrintable(error));
        QVERIFY(!LabJobs::haproxyState(on(QStringLiteral("node1")), QStringLiteral("/run/haproxy/no-such.sock"), &error));
        QVERIFY2(error.contains(QLatin1String("show")), qPrintable(error));
    }

    void brokenConfigurationIsRejectedAndNothingChanges()
    {
        QString error;
        const auto snapshot = readConfig(QStringLiteral("node1"), &error);
        QVERIFY2(snapshot, qPrintable(error));
        m_originalConfig = snapshot->text;
        QVERIFY(m_originalConfig.contains("balance roundrobin"));
        const QStringList before = processesAndFiles();
        QVERIFY2(before.size() == 3, qPrintable(before.join(u'\n')));

        QByteArray broken = m_originalConfig;
        broken.replace("balance roundrobin", "balance roundrobbin");
        QString report;
        QVERIFY(!check(QStringLiteral("node2"), broken, &report));
        QVERIFY2(report.contains(QLatin1String("balance")), qPrintable(report));

        const RolloutResult result = rollOut(everyNode(snapshot->sha256), broken);
        QVERIFY(!result.installed);
        QCOMPARE(result.perNode.size(), 1);
        QCOMPARE(result.perNode.first().second.outcome, InstallResult::Outcome::Rejected);
        QVERIFY2(result.summary.contains(QLatin1String("no node was changed")), qPrintable(result.summary));
        QCOMPARE(processesAndFiles(), before);
        QVERIFY(!nodesServing(3).contains(QString()));
    }

    void failedReloadIsRolledBackEverywhere()
    {
        // Valid to haproxy -c, but the port is sshd's: the reload cannot bind it.
        const QByteArray clash = m_originalConfig + "\nfrontend clash\n\tbind *:22\n\tdefault_backend web\n";
        QString report;
        QVERIFY2(check(QStringLiteral("node1"), clash, &report), qPrintable(report));
        const QByteArray digest = ConfigFile::digest(m_originalConfig);
        const RolloutResult result = rollOut(everyNode(digest), clash);
        QVERIFY(!result.installed);
        QCOMPARE(result.perNode.first().first, QStringLiteral("node1"));
        QCOMPARE(result.perNode.first().second.outcome, InstallResult::Outcome::RolledBack);
        QVERIFY2(result.perNode.first().second.detail.contains(QLatin1String("Address already in use")),
                 qPrintable(result.perNode.first().second.detail));
        // Every node has its old file, and a runtime API that answers.
        const QStringList after = processesAndFiles();
        QCOMPARE(after.size(), 3);
        for (const QString& line : after)
            QVERIFY2(line.endsWith(QString::fromLatin1(digest)), qPrintable(line));
        QVERIFY(!nodesServing(3).contains(QString()));
    }

    void staleReadIsRefused()
    {
        QByteArray edited = m_originalConfig;
        edited.replace("timeout client 30s", "timeout client 31s");
        const QStringList before = processesAndFiles();
        const RolloutResult result = rollOut(everyNode(ConfigFile::digest("someone else's version")), edited);
        QVERIFY(!result.installed);
        QCOMPARE(result.perNode.first().second.outcome, InstallResult::Outcome::Changed);
        QCOMPARE(processesAndFiles(), before);
    }

    void goodConfigurationGoesLiveOnEveryNode()
    {
        QByteArray edited = m_originalConfig;
        edited.replace("timeout client 30s", "timeout client 31s");
        QVERIFY(edited != m_originalConfig);
        const QStringList before = processesAndFiles();
        const RolloutResult result = rollOut(everyNode(ConfigFile::digest(m_originalConfig)), edited);
        QVERIFY2(result.installed, qPrintable(result.summary));
        const QStringList after = processesAndFiles();
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(after.at(i).endsWith(QString::fromLatin1(ConfigFile::digest(edited))), qPrintable(after.at(i)));
            QVERIFY2(after.at(i).section(u' ', 1, 1) != before.at(i).section(u' ', 1, 1), qPrintable(after.at(i)));
        }
        QVERIFY(!nodesServing(3).contains(QString()));
        // And back, through the same path.
        QVERIFY(rollOut(everyNode(ConfigFile::digest(edited)), m_originalConfig).installed);
    }
};

QTEST_GUILESS_MAIN(TestHaproxy)
#include "tst_haproxy.moc"
