// HAProxy's runtime API answers, captured from the lab's HAProxy 2.6 (tests/fixtures/haproxy/
// capture.sh), read into the model; malformed and refused answers give errors, not guesses.
#include "Fixtures.h"
#include "backend/haproxy/HaproxyMonitor.h"
#include "backend/haproxy/RuntimeApi.h"
#include "backend/haproxy/RuntimeState.h"

#include <QColor>
#include <QFile>
#include <QTest>

using namespace hadesk::haproxy;

namespace {

QByteArray fixture(const QString& name)
{
    return Fixtures::file(QLatin1String("haproxy/") + name);
}

RuntimeState captured(const QString& state)
{
    RuntimeState runtime;
    QString error;
    if (!RuntimeReader::readInfo(fixture(state + QLatin1String(".info.txt")), &runtime, &error) ||
        !RuntimeReader::readStat(fixture(state + QLatin1String(".stat.csv")), &runtime, &error) ||
        !RuntimeReader::readServersState(fixture(state + QLatin1String(".servers-state.txt")), &runtime, &error))
        qFatal("%s: %s", qPrintable(state), qPrintable(error));
    return runtime;
}

} // namespace

class TestHaproxyRuntime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRequestTotals()
    {
        const RuntimeState state = captured(QStringLiteral("traffic"));
        QCOMPARE(state.backend(QStringLiteral("web"))->totalRequests, 12);
        QCOMPARE(state.backend(QStringLiteral("api"))->totalRequests, 0);
        QCOMPARE(state.frontends.at(0).totalRequests, 12);
        QCOMPARE(captured(QStringLiteral("healthy")).backend(QStringLiteral("web"))->totalRequests, 0);
    }

    void readsTheHealthyLab()
    {
        const RuntimeState state = captured(QStringLiteral("healthy"));
        QCOMPARE(state.info.value(QStringLiteral("Name")), QStringLiteral("HAProxy"));
        QVERIFY(state.info.value(QStringLiteral("Version")).startsWith(QLatin1String("2.6")));
        QStringList frontends;
        for (const Proxy& p : state.frontends)
            frontends << p.name;
        QCOMPARE(frontends, (QStringList{QStringLiteral("web-ext"), QStringLiteral("api-int"), QStringLiteral("stats")}));
        const Proxy* web = state.backend(QStringLiteral("web"));
        QVERIFY(web);
        QCOMPARE(web->status, QStringLiteral("UP"));
        QCOMPARE(web->servers.size(), 3);
        const Server& node2 = web->servers.at(1);
        QCOMPARE(node2.name, QStringLiteral("node2"));
        QCOMPARE(node2.address, QStringLiteral("198.18.0.12:8080"));
        QCOMPARE(node2.status, QStringLiteral("UP"));
        QCOMPARE(node2.checkStatus, QStringLiteral("L7OK"));
        QCOMPARE(node2.weight, 1);
        QCOMPARE(node2.adminState, 0);
        QCOMPARE(node2.adminText(), QStringLiteral("ready"));
        QVERIFY(node2.checksEnabled());
        QVERIFY(node2.lastChangeSeconds >= 0);
    }

    void readsADrainedNode()
    {
        const RuntimeState state = captured(QStringLiteral("drained"));
        const Server* web = state.server(QStringLiteral("web"), QStringLiteral("node2"));
        QVERIFY(web);
        QCOMPARE(web->status, QStringLiteral("DRAIN"));
        QVERIFY(web->draining());
        QCOMPARE(web->adminText(), QStringLiteral("drain"));
        // The api server on node2 is down (the api runs elsewhere), drained all the same: the
        // admin state says so where the status cannot.
        const Server* api = state.server(QStringLiteral("api"), QStringLiteral("node2"));
        QCOMPARE(api->status, QStringLiteral("DOWN"));
        QVERIFY(api->draining());
        QVERIFY(!state.server(QStringLiteral("web"), QStringLiteral("node1"))->draining());
    }

    // Two nodes' HAProxies side by side: a drain sent to one of them only is told apart.
    void comparesServersAcrossNodes()
    {
        QMap<QString, RuntimeState> states{{QStringLiteral("node1"), captured(QStringLiteral("healthy"))},
                                           {QStringLiteral("node2"), captured(QStringLiteral("drained"))},
                                           {QStringLiteral("node3"), captured(QStringLiteral("healthy"))}};
        const QList<ServerAcrossNodes> across = serversAcrossNodes(states);
        const auto find = [&](const QString& backend, const QString& server) {
            return std::find_if(across.cbegin(), across.cend(),
                                [&](const ServerAcrossNodes& a) { return a.backend == backend && a.server == server; });
        };
        const auto drained = find(QStringLiteral("web"), QStringLiteral("node2"));
        QVERIFY(drained != across.cend());
        QVERIFY(drained->differs());
        QCOMPARE(drained->admin.value(QStringLiteral("node2")), QStringLiteral("drain"));
        QCOMPARE(drained->text(), QStringLiteral("drain on node2; ready on node1, node3"));
        QVERIFY(!find(QStringLiteral("web"), QStringLiteral("node1"))->differs());
        ServerTableModel model;
        model.setState(states.value(QStringLiteral("node1")), across);
        const int row = model.rowOf(QStringLiteral("web"), QStringLiteral("node2"));
        QVERIFY(row >= 0);
        QVERIFY(model.index(row, ServerTableModel::AdminColumn).data().toString() == u"ready"); // node1's own
        QVERIFY(model.index(row, ServerTableModel::EveryNodeColumn).data().toString().contains(QLatin1String("drain on node2")));
        QVERIFY(model.index(row, 0).data(ServerTableModel::DiffersRole).toBool());
        const int same = model.rowOf(QStringLiteral("web"), QStringLiteral("node1"));
        QCOMPARE(model.index(same, ServerTableModel::EveryNodeColumn).data().toString(), QStringLiteral("same on all 3"));
    }

    void durationsReadAsAnOperatorSaysThem()
    {
        QCOMPARE(durationText(42), QStringLiteral("42 s"));
        QCOMPARE(durationText(7 * 60 + 5), QStringLiteral("7 min"));
        QCOMPARE(durationText(2 * 3600 + 5 * 60), QStringLiteral("2 h 5 min"));
        QCOMPARE(durationText(3600), QStringLiteral("1 h"));
        QCOMPARE(durationText(3 * 86400 + 4 * 3600 + 7), QStringLiteral("3 d 4 h"));
        ServerTableModel model;
        model.setState(captured(QStringLiteral("drained")));
        const int row = model.rowOf(QStringLiteral("web"), QStringLiteral("node2"));
        QVERIFY(model.index(row, ServerTableModel::AdminColumn).data(Qt::BackgroundRole).value<QColor>().isValid());
        QVERIFY(!model.index(model.rowOf(QStringLiteral("web"), QStringLiteral("node1")), ServerTableModel::AdminColumn)
                     .data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(row, ServerTableModel::ChangedColumn).data().toString().endsWith(QLatin1String(" ago")));
    }

    void readsMaintenanceWeightAndDisabledChecks()
    {
        const RuntimeState state = captured(QStringLiteral("mixed"));
        const Server* node3 = state.server(QStringLiteral("web"), QStringLiteral("node3"));
        QCOMPARE(node3->status, QStringLiteral("MAINT"));
        QVERIFY(node3->inMaintenance());
        QCOMPARE(node3->adminText(), QStringLiteral("maint"));
        QCOMPARE(state.server(QStringLiteral("web"), QStringLiteral("node1"))->weight, 50);
        QVERIFY(!state.server(QStringLiteral("api"), QStringLiteral("node2"))->checksEnabled());
        QVERIFY(state.server(QStringLiteral("api"), QStringLiteral("node1"))->checksEnabled());
    }

    void readsADownServer()
    {
        const RuntimeState state = captured(QStringLiteral("down"));
        const Server* node3 = state.server(QStringLiteral("web"), QStringLiteral("node3"));
        QCOMPARE(node3->status, QStringLiteral("DOWN"));
        QCOMPARE(node3->checkStatus, QStringLiteral("L4CON"));
        QCOMPARE(node3->adminText(), QStringLiteral("ready"));
        QVERIFY(node3->downtimeSeconds >= 0);
        QCOMPARE(state.backend(QStringLiteral("web"))->status, QStringLiteral("UP")); // two still up
    }

    void refusalsAndGarbageAreErrors_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("expected");
        const QByteArray stat = fixture(QStringLiteral("healthy.stat.csv"));
        const QByteArray servers = fixture(QStringLiteral("healthy.servers-state.txt"));
        QTest::newRow("permission") << "stat" << QByteArray("Permission denied\n") << "Permission denied";
        QTest::newRow("empty stat") << "stat" << QByteArray() << "an empty reply";
        QTest::newRow("no status column") << "stat" << QByteArray("# pxname,svname,scur,type\nweb,node1,0,2\n") << "no column status";
        QTest::newRow("bad type") << "stat" << QByteArray(stat).replace(",OPEN,,,,,,,,,1,2,0,,,,0,", ",OPEN,,,,,,,,,1,2,0,,,,x,") << "malformed line 2";
        QTest::newRow("orphan server") << "stat" << stat.left(stat.indexOf("web,BACKEND")) << "of no backend";
        QTest::newRow("info refused") << "info" << QByteArray("Unknown command\n") << "Unknown command";
        QTest::newRow("servers no version") << "servers" << servers.mid(2) << "show servers state";
        QTest::newRow("servers short line") << "servers" << servers + "4 web\n" << "malformed line";
    }

    void refusalsAndGarbageAreErrors()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, reply);
        QFETCH(QString, expected);
        RuntimeState state = captured(QStringLiteral("healthy"));
        const RuntimeState before = state;
        QString error;
        bool ok = true;
        if (command == u"stat")
            ok = RuntimeReader::readStat(reply, &state, &error);
        else if (command == u"info")
            ok = RuntimeReader::readInfo(reply, &state, &error);
        else
            ok = RuntimeReader::readServersState(reply, &state, &error);
        QVERIFY(!ok);
        QVERIFY2(error.contains(expected), qPrintable(error));
        if (command != u"servers") // a stat or info failure leaves what was read before
            QCOMPARE(state.backends.size(), before.backends.size());
    }

    // A drain sent to every node is one event naming the nodes; a server going DOWN on one node
    // is a problem; a node first heard of gives none.
    void serverChangesAreEvents()
    {
        const RuntimeState healthy = captured(QStringLiteral("healthy"));
        const RuntimeState drained = captured(QStringLiteral("drained"));
        const RuntimeState down = captured(QStringLiteral("down"));
        const QMap<QString, RuntimeState> before{{QStringLiteral("node1"), healthy}, {QStringLiteral("node2"), healthy}};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList texts;
        for (const hadesk::pcmk::ClusterEvent& e : haproxyEventsBetween(before, {{QStringLiteral("node1"), drained}, {QStringLiteral("node2"), drained},
                                                                          {QStringLiteral("node3"), down}}, now))
            texts << e.subject + u": " + e.text;
        QVERIFY2(texts.contains(QStringLiteral("web/node2: ready → drain on node1, node2's HAProxy")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("api/node2: ready → drain on node1, node2's HAProxy")), qPrintable(texts.join(u'|')));
        const QList<hadesk::pcmk::ClusterEvent> failed = haproxyEventsBetween(before, {{QStringLiteral("node1"), down}}, now);
        QVERIFY(std::any_of(failed.cbegin(), failed.cend(), [](const hadesk::pcmk::ClusterEvent& e) {
            return e.subject == u"web/node3" && e.text == u"UP → DOWN on node1's HAProxy" && e.problem &&
                   e.kind == hadesk::pcmk::ClusterEvent::Kind::Balancer;
        }));
        QVERIFY(haproxyEventsBetween(before, before, now).isEmpty());
    }

    void commandsAreBuiltFromCheckedNames()
    {
        QString error;
        QCOMPARE(*RuntimeApi::setState(QStringLiteral("web"), QStringLiteral("node2"), RuntimeApi::ServerState::Drain, &error),
                 QStringLiteral("set server web/node2 state drain"));
        QCOMPARE(*RuntimeApi::setWeight(QStringLiteral("web"), QStringLiteral("node1"), 50, &error),
                 QStringLiteral("set server web/node1 weight 50"));
        QCOMPARE(*RuntimeApi::setHealthChecks(QStringLiteral("api"), QStringLiteral("node2"), false, &error),
                 QStringLiteral("disable health api/node2"));
        QVERIFY(!RuntimeApi::setState(QStringLiteral("web;shutdown sessions"), QStringLiteral("x"),
                                      RuntimeApi::ServerState::Ready, &error));
        QVERIFY(error.contains(QLatin1String("not a valid")));
        QVERIFY(!RuntimeApi::setState(QStringLiteral("web"), QStringLiteral("node1\nshow info"),
                                      RuntimeApi::ServerState::Ready, &error));
        QVERIFY(!RuntimeApi::setWeight(QStringLiteral("web"), QStringLiteral("node1"), 257, &error));
        QVERIFY(!RuntimeApi::serverStateNamed(QStringLiteral("up")));
        QCOMPARE(*RuntimeApi::serverStateNamed(QStringLiteral("maint")), RuntimeApi::ServerState::Maint);
    }

    void findsANodesServers()
    {
        const RuntimeState state = captured(QStringLiteral("healthy"));
        QStringList byName;
        for (const Server& s : RuntimeApi::serversOfNode(state, QStringLiteral("node2")))
            byName << s.backend + u'/' + s.name;
        QCOMPARE(byName, (QStringList{QStringLiteral("web/node2"), QStringLiteral("api/node2")}));
        // A server named otherwise, found by the node's address.
        QCOMPARE(RuntimeApi::serversOfNode(state, QStringLiteral("ctl3"), {QStringLiteral("198.18.0.13")}).size(), 2);
        QVERIFY(RuntimeApi::serversOfNode(state, QStringLiteral("node9")).isEmpty());
    }

    void findsTheAdminSocket()
    {
        QFile lab(QStringLiteral(HADESK_SOURCE_DIR "/tests/lab/haproxy.cfg.in"));
        QVERIFY(lab.open(QIODevice::ReadOnly));
        QCOMPARE(RuntimeApi::socketFromConfig(QString::fromUtf8(lab.readAll())), QStringLiteral("/run/haproxy/admin.sock"));
        QCOMPARE(RuntimeApi::socketFromConfig(QStringLiteral(
                     "global\n  stats socket ipv4@127.0.0.1:9999 level admin\n"
                     "  stats socket /run/ro.sock mode 600 level user\n"
                     "  # stats socket /run/commented.sock level admin\n"
                     "  stats socket unix@/run/admin.sock mode 600 level admin\n")),
                 QStringLiteral("/run/admin.sock"));
        QCOMPARE(RuntimeApi::socketFromConfig(QStringLiteral("global\n  stats socket /run/ro.sock\n")),
                 QStringLiteral("/run/ro.sock"));
        QVERIFY(RuntimeApi::socketFromConfig(QStringLiteral("global\n  daemon\n")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHaproxyRuntime)
#include "tst_haproxyruntime.moc"
