// The drill engine's pure parts: outage figures from probe streams, plans, faults made concrete
// on a captured cluster, the safety checks, the report; and the probes themselves against local
// servers that answer, refuse, fail and hang.
#include "NetworkFixtures.h"
#include "PacemakerFixtures.h"
#include "backend/drbd/DrbdOverview.h"
#include "backend/drills/DrillChecks.h"
#include "backend/haproxy/RuntimeState.h"
#include "backend/drills/DrillFaults.h"
#include "backend/drills/DrillPlan.h"
#include "backend/drills/DrillReport.h"
#include "backend/drills/DrillRun.h"
#include "backend/drills/NodeEvents.h"
#include "backend/drills/NodeProbes.h"
#include "backend/drills/OutageAnalysis.h"
#include "backend/drills/Probes.h"
#include "backend/drills/WriteCheck.h"
#include "backend/network/NetworkModel.h"
#include "backend/pacemaker/ClusterOperation.h"

#include <QDomDocument>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace hadesk;
using namespace hadesk::drills;

namespace {

constexpr qint64 kMs = 1000000;

// Probes every 20 ms from t = 0: 'o' ok, 'x' failed.
QList<ProbeResult> stream(const char* pattern)
{
    QList<ProbeResult> results;
    for (qint64 i = 0; pattern[i]; ++i)
        results.append({i * 20 * kMs, 2 * kMs, pattern[i] == 'o' ? ProbeOutcome::Ok : ProbeOutcome::Timeout});
    return results;
}

net::NetworkPicture labPicture(const pcmk::ClusterState& state)
{
    QList<net::NodeInterfaces> nodes;
    for (const char* node : {"node1", "node2", "node3"}) {
        net::NodeInterfaces read{QLatin1String(node), {}};
        QString error;
        const QString prefix = QStringLiteral("network/healthy.") + QLatin1String(node);
        net::NetworkReader::readAddresses(Fixtures::file(prefix + QLatin1String(".ip-addr.json")), &read.interfaces, &error);
        nodes << read;
    }
    const QMap<QString, SegmentLabel> roles{
        {QStringLiteral("198.19.0.0/24"), {QStringLiteral("public"), QStringLiteral("external")}},
        {QStringLiteral("198.18.0.0/24"), {QStringLiteral("data"), QStringLiteral("internal")}}};
    return net::NetworkModel::build(nodes, state, roles, NetworkFixtures::services(QStringLiteral("healthy")));
}

// A node tap's recorded lines (tests/fixtures/drills/node-events.*.tap: NODE, a tab, the line)
// fed to a tap, and the events it gave.
// alsoReadBy: nodes whose taps read the same lines (nodes sharing one alert file).
QList<DrillEvent> tapEvents(const QString& fixture, qint64 zeroWallMs, const QList<ClockOffset>& offsets,
                            const QStringList& alsoReadBy = {})
{
    NodeEventParser parser(zeroWallMs, {{QStringLiteral("198.19.0.100"), QStringLiteral("vip-ext")}},
                           {QStringLiteral("vip-ext"), QStringLiteral("vip-int")});
    NodeEventTap tap(parser, 60);
    QList<DrillEvent> events;
    QObject::connect(&tap, &NodeEventTap::eventSeen, [&events](const DrillEvent& e) { events << e; });
    tap.start({}, [](const QString&) { return nullptr; }, offsets);
    for (const QByteArray& line : Fixtures::file(fixture).split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype tab = line.indexOf('\t');
        tap.feed(QString::fromUtf8(line.left(tab)), line.mid(tab + 1));
        if (line.mid(tab + 1).startsWith("pcmk\t"))
            for (const QString& node : alsoReadBy)
                tap.feed(node, line.mid(tab + 1));
    }
    return events;
}

FaultSpec faultOf(FaultSpec::Kind kind, const QString& resource = {}, const QString& node = {})
{
    FaultSpec spec;
    spec.kind = kind;
    spec.resource = resource;
    spec.node = node;
    return spec;
}

// Answers each connection as asked: an HTTP status, or nothing at all (a hung service).
class LocalServer : public QTcpServer
{
public:
    explicit LocalServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    if (!m_answer.isEmpty()) {
                        socket->write(m_answer);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        listen(QHostAddress::LocalHost);
    }

private:
    QByteArray m_answer;
};

// A store over HTTP as the write check expects one (PUT, GET, DELETE), which can be told to
// acknowledge a record and forget it: a lost write.
class LocalStore : public QTcpServer
{
public:
    LocalStore()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_pending[socket] += socket->readAll();
                    const QByteArray& data = m_pending[socket];
                    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
                    if (headerEnd < 0)
                        return;
                    const QList<QByteArray> lines = data.left(headerEnd).split('\n');
                    const QList<QByteArray> request = lines.first().trimmed().split(' ');
                    qsizetype length = 0;
                    for (const QByteArray& line : lines)
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    if (data.size() < headerEnd + 4 + length)
                        return;
                    const QByteArray body = data.mid(headerEnd + 4, length);
                    const QByteArray verb = request.value(0), path = request.value(1);
                    m_pending.remove(socket);
                    QByteArray answer;
                    if (verb == "PUT") {
                        if (!path.endsWith(forget))
                            records.insert(path, body);
                        answer = "HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n";
                    } else if (verb == "GET" && records.contains(path)) {
                        answer = "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(records.value(path).size()) +
                                 "\r\n\r\n" + records.value(path);
                    } else if (verb == "DELETE") {
                        records.remove(path);
                        answer = "HTTP/1.1 204 No Content\r\n\r\n";
                    } else {
                        answer = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n";
                    }
                    socket->write(answer);
                    socket->disconnectFromHost();
                });
            }
        });
        listen(QHostAddress::LocalHost);
    }

    QMap<QByteArray, QByteArray> records;
    QByteArray forget; // a record whose path ends so is acknowledged and not kept

private:
    QHash<QTcpSocket*, QByteArray> m_pending;
};

} // namespace

class TestDrills : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A blip shorter than k is a flap, not an outage; a success inside an outage shorter than m
    // does not end it; the bracket holds the measured outage.
    void outageRunsAndBrackets()
    {
        //                                   0    5    10   15   20   25
        const ServiceFigures f = analyse(stream("ooooxxoooooxxxxxxoxxooooo"), {3, 3});
        QCOMPARE(f.probes, 25);
        QCOMPARE(f.outages.size(), 1);
        const Outage& o = f.outages.first();
        QCOMPARE(o.startNs, 11 * 20 * kMs); // the first of the six failures
        QCOMPARE(o.endNs, 20 * 20 * kMs);   // the first of the five successes
        QCOMPARE(o.lowNs, (19 - 11) * 20 * kMs);  // first to last failure
        QCOMPARE(o.highNs, (20 - 10) * 20 * kMs); // last ok before to first ok after
        QVERIFY(o.lowNs <= o.durationNs() && o.durationNs() <= o.highNs);
        QCOMPARE(o.failedProbes, 8);
        QCOMPARE(f.failedProbes, 10);
        QCOMPARE(f.flaps, 1);
        QCOMPARE(f.outageNs, 9 * 20 * kMs);
        QVERIFY(f.recovered);
        QCOMPARE(f.timeToRecoverNs(5 * 20 * kMs), 15 * 20 * kMs);
        QCOMPARE(f.timeToRecoverNs(21 * 20 * kMs), qint64(-1)); // no outage after that
    }

    void outageThatNeverEnds()
    {
        const ServiceFigures f = analyse(stream("oooxxxxxoo"), {3, 3});
        QCOMPARE(f.outages.size(), 1);
        QVERIFY(!f.recovered);
        QCOMPARE(f.outages.first().endNs, 9 * 20 * kMs);
        QCOMPARE(analyse(stream("oooooo")).outages.size(), 0);
        QCOMPARE(analyse(stream("oooooo")).failedProbes, 0);
        QCOMPARE(analyse({}).probes, 0);
    }

    void plansAreValidated_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("no faults") << QByteArray(R"({"name":"x","faults":[]})") << QStringLiteral("at least one fault");
        QTest::newRow("unknown kind") << QByteArray(R"({"name":"x","faults":[{"kind":"meteor"}]})") << QStringLiteral("unknown kind");
        QTest::newRow("id with a shell") << QByteArray(R"({"name":"x","faults":[{"kind":"switchover","resource":"api; reboot"}]})")
                                         << QStringLiteral("resource must be a resource id");
        QTest::newRow("command as a line") << QByteArray(R"({"name":"x","faults":[{"kind":"command","inject":"ipmitool power off","undo":["true"]}]})")
                                           << QStringLiteral("never a shell line");
        QTest::newRow("segment") << QByteArray(R"({"name":"x","faults":[{"kind":"partition","node":"node1","segment":"storage"}]})")
                                 << QStringLiteral("segment must be internal, external, all or a subnet");
        QTest::newRow("interval") << QByteArray(R"({"name":"x","faults":[{"kind":"switchover","resource":"api"}],"probes":{"tcp_interval_ms":0}})")
                                  << QStringLiteral("tcp_interval_ms must be a whole number from 5");
        QTest::newRow("extra probe") << QByteArray(R"({"name":"x","faults":[{"kind":"switchover","resource":"api"}],"probes":{"extra":[{"name":"db","address":"db:3306"}]}})")
                                     << QStringLiteral("an address IP:PORT");
        QTest::newRow("skip not a list") << QByteArray(R"({"name":"x","faults":[{"kind":"switchover","resource":"api"}],"probes":{"skip":"web-ext"}})")
                                         << QStringLiteral("probes.skip must be a list");
        QTest::newRow("probe from a shell") << QByteArray(R"({"name":"x","faults":[{"kind":"switchover","resource":"api"}],"probes":{"from_nodes":["node3;reboot"]}})")
                                            << QStringLiteral("from_nodes: each must be a node's name");
        QTest::newRow("probe from twice") << QByteArray(R"({"name":"x","faults":[{"kind":"switchover","resource":"api"}],"probes":{"from_nodes":["node3","node3"]}})")
                                          << QStringLiteral("once");
        QTest::newRow("extra probe from") << QByteArray(R"({"name":"x","faults":[{"kind":"switchover","resource":"api"}],"probes":{"extra":[{"name":"db","address":"198.18.0.5:3306","from":"node 1"}]}})")
                                          << QStringLiteral("from must be a node's name");
    }
    void plansAreValidated()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, refusal);
        QString error;
        QVERIFY(!DrillPlan::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(refusal), qPrintable(error));
    }

    // Every ready-made drill builds a plan that survives its own JSON.
    void readyMadeDrillsRoundTrip()
    {
        const QMap<QString, QString> parameters{{QStringLiteral("resource"), QStringLiteral("api")},
                                                {QStringLiteral("node"), QStringLiteral("node2")},
                                                {QStringLiteral("segment"), QStringLiteral("internal")},
                                                {QStringLiteral("drbd"), QStringLiteral("hafs")}};
        const QMap<QString, QStringList> commands{{QStringLiteral("inject"), {QStringLiteral("/bin/true"), QStringLiteral("a b")}},
                                                  {QStringLiteral("undo"), {QStringLiteral("/bin/true")}}};
        QCOMPARE(DrillLibrary::entries().size(), 8);
        for (const DrillLibrary::Entry& e : DrillLibrary::entries()) {
            QString error;
            const auto plan = DrillLibrary::build(e.name, parameters, commands, &error);
            QVERIFY2(plan, qPrintable(e.name + u": " + error));
            const auto again = DrillPlan::fromJson(plan->toJson(), &error);
            QVERIFY2(again, qPrintable(error));
            QCOMPARE(again->toJson(), plan->toJson());
            QCOMPARE(plan->destructive(), e.name != u"switchover");
        }
        QString error;
        auto plan = DrillLibrary::build(QStringLiteral("switchover"), parameters, {}, &error);
        plan->probeFrom = QStringList{QStringLiteral("node3")};
        plan->extraProbes.append({QStringLiteral("db"), QStringLiteral("198.18.0.5:3306"), false, QStringLiteral("/"), QStringLiteral("node1")});
        const auto again = DrillPlan::fromJson(plan->toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->probeFrom, QStringList{QStringLiteral("node3")});
        QCOMPARE(again->extraProbes.first().from, QStringLiteral("node1"));
        QVERIFY(!DrillLibrary::build(QStringLiteral("switchover"), {}, {}, &error));
        QVERIFY(!DrillLibrary::build(QStringLiteral("nonsense"), {}, {}, &error));
    }

    // The faults on the lab as captured: the node each hits, and the exact commands.
    void faultsOnTheLab()
    {
        const pcmk::ClusterState state = PacemakerFixtures::state(QStringLiteral("healthy"), QStringLiteral("network"));
        const net::NetworkPicture picture = labPicture(state);
        const QString api = state.resource(QStringLiteral("api"))->activeOn.value(0);
        QVERIFY(!api.isEmpty());
        QString error;

        auto f = FaultResolver::resolve(faultOf(FaultSpec::Kind::Switchover, QStringLiteral("api")), state, picture, {},
                                        QStringLiteral("node1"), 300, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->target, api);
        QCOMPARE(f->inject.first().argv,
                 (QStringList{QStringLiteral("crm_attribute"), QStringLiteral("--node"), api, QStringLiteral("--name"),
                              QStringLiteral("standby"), QStringLiteral("--lifetime"), QStringLiteral("reboot"),
                              QStringLiteral("--update"), QStringLiteral("on")}));
        QCOMPARE(f->undo.first().argv.last(), QStringLiteral("--delete"));

        f = FaultResolver::resolve(faultOf(FaultSpec::Kind::ServiceKill, QStringLiteral("api")), state, picture, {},
                                   QStringLiteral("node1"), 300, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->inject.first().node, api);
        const QString pattern = f->inject.first().argv.last();
        QVERIFY2(pattern.startsWith(QLatin1String("^/usr/bin/python3 ")) && pattern.endsWith(QLatin1String("/labhttpd\\.py --service api --port 5001")),
                 qPrintable(pattern));
        QCOMPARE(f->simulateArgs, (QStringList{QStringLiteral("--op-fail"), QStringLiteral("api_monitor_10000@%1=7").arg(api)}));

        f = FaultResolver::resolve(faultOf(FaultSpec::Kind::NodeCrash, QStringLiteral("api")), state, picture, {}, api, 300, &error);
        QVERIFY2(f, qPrintable(error));
        QVERIFY(f->fences);
        QVERIFY2(f->inject.first().node != api, "a node is not fenced from itself");
        QCOMPARE(f->simulateArgs, (QStringList{QStringLiteral("--node-fail"), api}));

        // A command that takes a node down (its power cut from outside): simulated as the node
        // failing, its fence expected, fencing itself not needed by the drill.
        FaultSpec power = faultOf(FaultSpec::Kind::Command, {}, QStringLiteral("node2"));
        power.inject = QStringList{QStringLiteral("pdu"), QStringLiteral("off"), QStringLiteral("2")};
        power.undo = QStringList{QStringLiteral("pdu"), QStringLiteral("on"), QStringLiteral("2")};
        f = FaultResolver::resolve(power, state, picture, {}, QStringLiteral("node1"), 300, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->target, QStringLiteral("node2"));
        QCOMPARE(f->simulateArgs, (QStringList{QStringLiteral("--node-fail"), QStringLiteral("node2")}));
        QVERIFY(f->takesNodeDown && !f->fences);
        QVERIFY(f->inject.first().node.isEmpty()); // on the console's machine
        power.node = QStringLiteral("node9");
        QVERIFY(!FaultResolver::resolve(power, state, picture, {}, QStringLiteral("node1"), 300, &error));
        QVERIFY(error.contains(u"node9"));

        FaultSpec cut = faultOf(FaultSpec::Kind::Partition, {}, QStringLiteral("node3"));
        cut.segment = QStringLiteral("internal");
        f = FaultResolver::resolve(cut, state, picture, {}, QStringLiteral("node1"), 300, &error);
        QVERIFY2(f, qPrintable(error));
        QVERIFY(f->cutsConsoleOff);
        QCOMPARE(f->inject.first().argv.mid(4), (QStringList{QStringLiteral("300"), QStringLiteral("int0")}));
        QCOMPARE(f->undo.first().argv.last(), QStringLiteral("int0"));
        QVERIFY(!f->noSimulation.isEmpty());
        cut.segment = QStringLiteral("198.18.0.0/24"); // the subnet itself, where roles are not named
        f = FaultResolver::resolve(cut, state, picture, {}, QStringLiteral("node1"), 300, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->undo.first().argv.last(), QStringLiteral("int0"));

        f = FaultResolver::resolve(faultOf(FaultSpec::Kind::HaproxyLoss, {}, QStringLiteral("node2")), state, picture, {},
                                   QStringLiteral("node1"), 300, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->cleanup, QStringList{QStringLiteral("haproxy")});
        QCOMPARE(f->simulateArgs.last(), QStringLiteral("haproxy_monitor_10000@node2=7"));

        QVERIFY(!FaultResolver::resolve(faultOf(FaultSpec::Kind::Switchover, QStringLiteral("nothere")), state, picture, {},
                                        QStringLiteral("node1"), 300, &error));
        QVERIFY2(error.contains(QLatin1String("no resource nothere")), qPrintable(error));
        QCOMPARE(FaultResolver::intervalMs(QStringLiteral("10s")), 10000);
        QCOMPARE(FaultResolver::intervalMs(QStringLiteral("1min")), 60000);
        QCOMPARE(FaultResolver::intervalMs(QStringLiteral("500ms")), 500);
        QCOMPARE(FaultResolver::intervalMs(QStringLiteral("20")), 20000);
        QCOMPARE(FaultResolver::intervalMs(QStringLiteral("soon")), -1);
    }

    // The lab passes; a failed action, a standby node or no node to take over refuse.
    void safetyChecks()
    {
        pcmk::ClusterState state = PacemakerFixtures::state(QStringLiteral("healthy"), QStringLiteral("network"));
        const net::NetworkPicture picture = labPicture(state);
        QString error;
        const auto fault = FaultResolver::resolve(faultOf(FaultSpec::Kind::NodeCrash, QStringLiteral("api")), state, picture, {},
                                                  QStringLiteral("node1"), 300, &error);
        QVERIFY(fault);
        QList<SafetyCheck> checks = DrillChecks::run({*fault}, state, {}, {});
        for (const SafetyCheck& c : checks)
            QVERIFY2(c.passed, qPrintable(c.name + u": " + c.detail));
        QVERIFY(std::any_of(checks.cbegin(), checks.cend(), [](const SafetyCheck& c) { return c.name == u"fencing"; }));

        pcmk::FailedAction failure;
        failure.resource = QStringLiteral("web");
        failure.node = QStringLiteral("node2");
        failure.operation = QStringLiteral("monitor");
        state.failures.append(failure);
        state.properties.insert(QStringLiteral("stonith-enabled"), QStringLiteral("false"));
        for (pcmk::Node& n : state.nodes)
            if (n.name != fault->target)
                n.standby = true;
        checks = DrillChecks::run({*fault}, state, {}, {});
        QVERIFY(!DrillChecks::allPassed(checks));
        QStringList failed;
        for (const SafetyCheck& c : checks)
            if (!c.passed)
                failed << c.name;
        QCOMPARE(failed, (QStringList{QStringLiteral("no failed actions"), QStringLiteral("every node online"),
                                      QStringLiteral("fencing"), QStringLiteral("a node to take over from %1").arg(fault->target)}));
    }

    // The report's JSON has the documented keys, its HTML holds its own timeline and nothing
    // from outside, its PDF is a PDF.
    void reportHasEveryPart()
    {
        DrillRecord record;
        record.plan = *DrillLibrary::build(QStringLiteral("switchover"), {{QStringLiteral("resource"), QStringLiteral("api")}}, {}, nullptr);
        record.plan.expectations.append({QStringLiteral("api-int"), 1500, {}, false});
        record.cluster = QStringLiteral("lab");
        record.startedAt = QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00Z"), Qt::ISODate);
        record.faultNs = 20 * 20 * kMs;
        record.recoveryNs = 60 * 20 * kMs;
        record.settledNs = 70 * 20 * kMs;
        record.endNs = 80 * 20 * kMs;
        ProbeTarget target{QStringLiteral("api-int"), QStringLiteral("vip-int"), QHostAddress(QStringLiteral("198.18.0.100")), 5000};
        const QByteArray pattern = QByteArray(23, 'o') + QByteArray(50, 'x') + QByteArray(10, 'o');
        record.probes.append({target, stream(pattern.constData())});
        record.events.append({21 * 20 * kMs, QStringLiteral("node2"), QStringLiteral("pacemaker"), QStringLiteral("api stopped on node2"),
                              QStringLiteral("stop"), QStringLiteral("api")});
        record.events.append({40 * 20 * kMs, QStringLiteral("node3"), QStringLiteral("pacemaker"), QStringLiteral("vip-int started on node3"),
                              QStringLiteral("vip"), QStringLiteral("vip-int")});
        record.offsetsBefore.append({QStringLiteral("node1"), 1.5, 0.4, true});
        record.proofRan = record.configRestored = true;
        record.expectations = DrillReport::judge(record);
        QCOMPARE(record.expectations.size(), 1);
        QVERIFY(record.expectations.first().passed); // 1000 ms of outage against 1500
        const QJsonObject json = DrillReport::toJson(record);
        for (const char* key : {"drill", "cluster", "started_at", "result", "services", "events", "clock_offsets",
                                "prediction", "config_restored"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        const QJsonObject api = json.value(QLatin1String("services")).toArray().first().toObject();
        QCOMPARE(api.value(QLatin1String("address")).toString(), QStringLiteral("198.18.0.100:5000"));
        QCOMPARE(api.value(QLatin1String("outage_ms")).toInteger(), (73 - 23) * 20);
        QCOMPARE(api.value(QLatin1String("ttr_ms")).toInteger(), (73 - 20) * 20);
        QCOMPARE(api.value(QLatin1String("ttd_ms")).toInteger(), 20);
        const QJsonArray bracket = api.value(QLatin1String("outage_bracket_ms")).toArray();
        QVERIFY(bracket.at(0).toInteger() <= 1000 && 1000 <= bracket.at(1).toInteger());
        QStringList phases;
        for (const QJsonValue& p : api.value(QLatin1String("phases")).toArray())
            phases << p.toObject().value(QLatin1String("name")).toString();
        QCOMPARE(phases, (QStringList{QStringLiteral("detect"), QStringLiteral("VIP up"), QStringLiteral("first ok probe")}));
        QCOMPARE(json.value(QLatin1String("events")).toArray().first().toObject().value(QLatin1String("t_ms")).toInteger(), 20);

        const QString html = DrillReport::toHtml(record);
        QVERIFY(html.contains(QLatin1String("<svg")));
        QSvgRenderer timeline(DrillReport::timelineSvg(record).toUtf8()); // the PDF draws it too
        QVERIFY(timeline.isValid());
        QCOMPARE(timeline.defaultSize().width(), 960);
        QVERIFY(!html.contains(QLatin1String("src=")) && !html.contains(QLatin1String("href=")));
        // Whether the cluster was put back, up front.
        QVERIFY(html.contains(QLatin1String("Cluster restored")));
        DrillRecord broken = record;
        broken.notRunning = QStringList{QStringLiteral("api")};
        QVERIFY(DrillReport::toHtml(broken).contains(QLatin1String("Cluster NOT restored")));
        // For QTextDocument, which draws no SVG: the timeline an image, no style sheet.
        const QString rich = DrillReport::richText(html, QStringLiteral("timeline"));
        QVERIFY(!rich.contains(QLatin1String("<svg")) && !rich.contains(QLatin1String("<style>")));
        QVERIFY(rich.contains(QLatin1String("<p><img src=\"timeline\"></p>")));
        QCOMPARE(DrillReport::timelineImage(record, 800).width(), 800);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(DrillReport::write(record, dir.path(), &error), qPrintable(error));
        QFile pdf(dir.filePath(QStringLiteral("report.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("report.json"))).size() > 500);
    }

    // Node timestamps in the forms the sources print, to the nanosecond since the epoch.
    void nodeTimestamps()
    {
        QCOMPARE(NodeEventParser::epochNs(u"1796179686.564898"), std::optional<qint64>(1796179686564898000LL));
        QCOMPARE(NodeEventParser::epochNs(u"1796179686"), std::optional<qint64>(1796179686000000000LL));
        QCOMPARE(NodeEventParser::epochNs(u"2026-12-02T02:48:06.834017"), std::optional<qint64>(1796179686834017000LL));
        QCOMPARE(NodeEventParser::epochNs(u"2026-12-02T03:48:06.834017+01:00"), std::optional<qint64>(1796179686834017000LL));
        QCOMPARE(NodeEventParser::epochNs(u"2026-12-02T02:48:06Z"), std::optional<qint64>(1796179686000000000LL));
        QVERIFY(!NodeEventParser::epochNs(u"02:48:06.834017"));
        QVERIFY(!NodeEventParser::epochNs(u"yesterday"));
        QVERIFY(!NodeEventParser::epochNs(u""));
    }

    // node3 fenced on the lab: the fence and the membership loss, which every node reports, are
    // kept once; each event is put on the console's clock by its node's offset; monitors that
    // found what they expected are no events; the VIP's start is a VIP event, and so is the
    // address appearing on node1.
    void nodeEventsOfAFence()
    {
        const qint64 zero = 1796179729000LL; // the drill's clock zero, on the console's wall clock
        const QList<DrillEvent> events = tapEvents(QStringLiteral("drills/node-events.fence.tap"), zero,
                                                   {{QStringLiteral("node1"), 250.0, 0.4, true},
                                                    {QStringLiteral("node2"), 0, 0, false}});
        QStringList said;
        for (const DrillEvent& e : events)
            said << e.source + u' ' + e.kind + u' ' + e.subject;
        QCOMPARE(said, (QStringList{QStringLiteral("pacemaker fencing node3"), QStringLiteral("pacemaker node node3"),
                                    QStringLiteral("pacemaker start fence-node2"), QStringLiteral("pacemaker vip vip-ext"),
                                    QStringLiteral("address vip vip-ext")}));
        // node1's 729.992900 less its 250 ms ahead of the console.
        QCOMPARE(events.at(0).tNs, 742900000LL);
        QVERIFY(events.at(0).nodeClock);
        QCOMPARE(events.at(0).errorMs, 0.4);
        QVERIFY(events.at(0).text.contains(u"node3"));
        QCOMPARE(events.at(4).node, QStringLiteral("node1"));
        QCOMPARE(events.at(4).tNs, 1131052000LL); // 02:48:50.381052 on node1, less 250 ms, from 729.000
        QVERIFY(events.at(4).text.contains(u"198.19.0.100"));
        // The same alert read again (a tap restarted after its node came back) is not new.
        NodeEventParser parser(zero, {}, {});
        NodeEventTap tap(parser, 60);
        QSignalSpy seen(&tap, &NodeEventTap::eventSeen);
        const QByteArray line = "pcmk\t1796179730.360900\tresource\tnode1\tfence-node2\tstart\t0\t0\t0\t0\tok";
        tap.feed(QStringLiteral("node1"), line);
        tap.feed(QStringLiteral("node1"), line);
        QCOMPARE(seen.size(), 1);
        // Before the drill (an earlier drill's file): nothing.
        tap.feed(QStringLiteral("node1"), "pcmk\t1796179700.000000\tresource\tnode1\tweb\tstart\t0\t0\t0\t0\tok");
        QCOMPARE(seen.size(), 1);
    }

    // node1 in standby: every stop on node1 and the starts elsewhere; cancelled monitors are
    // nothing; the VIP leaves node1 and comes up on node3 by their addresses.
    void nodeEventsOfAStandby()
    {
        const QList<DrillEvent> events =
            tapEvents(QStringLiteral("drills/node-events.standby.tap"), 1796179686000LL, {});
        QMap<QString, int> kinds;
        for (const DrillEvent& e : events)
            ++kinds[e.source + u' ' + e.kind];
        QCOMPARE(kinds.value(QStringLiteral("pacemaker stop")), 5);
        QCOMPARE(kinds.value(QStringLiteral("pacemaker start")), 4);
        QCOMPARE(kinds.value(QStringLiteral("pacemaker vip")), 1);
        QCOMPARE(kinds.value(QStringLiteral("address vip-down")), 1);
        QCOMPARE(kinds.value(QStringLiteral("address vip")), 1);
        QCOMPARE(events.size(), 12);
        const auto down = std::find_if(events.cbegin(), events.cend(), [](const DrillEvent& e) { return e.kind == u"vip-down"; });
        QCOMPARE(down->node, QStringLiteral("node1"));
        QCOMPARE(down->tNs, 834017000LL);
        QVERIFY(!down->text.isEmpty());
        for (const DrillEvent& e : events)
            QCOMPARE(e.errorMs, -1.0); // no offsets measured: said so
        // The lab's nodes share one filesystem, so every tap reads every alert: each is one event.
        QCOMPARE(tapEvents(QStringLiteral("drills/node-events.standby.tap"), 1796179686000LL, {},
                           {QStringLiteral("node2"), QStringLiteral("node3")}).size(),
                 12);
    }

    // The survivor of a DRBD power cut: the state it found ("exists") and the helpers DRBD calls
    // are no events; the peer lost, the promotion (on the node's clock), the peer back and the
    // resync are.
    void nodeEventsOfADrbdFailover()
    {
        const qint64 zero = 1796182400000LL; // 2026-12-02T03:33:20Z
        const QList<DrillEvent> events = tapEvents(QStringLiteral("drills/node-events.drbd-power.tap"), zero,
                                                   {{QStringLiteral("drbd2"), -129.5, 114.9, true}});
        QCOMPARE(events.size(), 10);
        const auto promoted = std::find_if(events.cbegin(), events.cend(), [](const DrillEvent& e) { return e.kind == u"promote"; });
        QVERIFY(promoted != events.cend());
        QCOMPARE(promoted->node, QStringLiteral("drbd2"));
        QCOMPARE(promoted->subject, QStringLiteral("hafs"));
        QCOMPARE(promoted->tNs, 37360862000LL + 129500000LL); // 03:33:57.360862 on a clock 129.5 ms behind
        QCOMPARE(promoted->errorMs, 114.9);
        QCOMPARE(std::count_if(events.cbegin(), events.cend(), [](const DrillEvent& e) { return e.kind == u"drbd"; }), 9);
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const DrillEvent& e) { return e.text.contains(u"SyncSource"); }));
        QVERIFY(std::none_of(events.cbegin(), events.cend(), [](const DrillEvent& e) { return e.text.contains(u"helper"); }));
    }

    // HAProxy's servers as the watcher on each node read them (captured on the lab: node2 in
    // standby, HAProxy killed on node3): each change on the drill's clock at the middle of the
    // two reads that told it, its bound the clock's plus half their distance; HAProxy gone and
    // back; the nodes that watched, known.
    void nodeEventsOfHaproxy()
    {
        const qint64 zero = 1796196060000LL;
        NodeEventParser parser(zero, {}, {});
        NodeEventTap tap(parser, 60);
        QList<DrillEvent> events;
        QObject::connect(&tap, &NodeEventTap::eventSeen, [&events](const DrillEvent& e) { events << e; });
        tap.start({}, [](const QString&) { return nullptr; }, {{QStringLiteral("node1"), 2.0, 1.0, true}});
        for (const QByteArray& line : Fixtures::file(QStringLiteral("drills/node-events.haproxy.tap")).split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const qsizetype tab = line.indexOf('\t');
            tap.feed(QString::fromUtf8(line.left(tab)), line.mid(tab + 1));
        }
        tap.feed(QStringLiteral("node1"), "haproxy\tchange\tsoon\t5\tapi/node1\tUP\tDOWN");
        QCOMPARE(tap.haproxyWatched(), (QSet<QString>{QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")}));
        QCOMPARE(events.size(), 17);
        const DrillEvent& first = events.first();
        QCOMPARE(first.node, QStringLiteral("node1"));
        QCOMPARE(first.source, QStringLiteral("haproxy"));
        QCOMPARE(first.kind, QStringLiteral("server-up"));
        QCOMPARE(first.subject, QStringLiteral("api/node3"));
        QCOMPARE(first.tNs, 10338622036LL); // node1's clock is 2 ms ahead
        QVERIFY(first.nodeClock);
        QCOMPARE(first.errorMs, 1.0 + 50.312579);
        QCOMPARE(first.text, QStringLiteral("api/node3 on node1: DOWN → UP (L7OK)"));
        const auto count = [&events](const char* kind) {
            return std::count_if(events.cbegin(), events.cend(), [kind](const DrillEvent& e) { return e.kind == QLatin1String(kind); });
        };
        QCOMPARE(count("server-up"), 4);
        QCOMPARE(count("server-down"), 9);
        QCOMPARE(count("haproxy-down"), 2);
        QCOMPARE(count("haproxy-up"), 2);
        const auto gone = std::find_if(events.cbegin(), events.cend(), [](const DrillEvent& e) {
            return e.kind == u"haproxy-down" && e.node == u"node3";
        });
        QVERIFY(gone != events.cend());
        QCOMPARE(gone->text, QStringLiteral("HAProxy on node3 stopped answering"));
        QCOMPARE(gone->errorMs, -1.0); // node3's clock was not measured: no bound
    }

    // Pacemaker's prediction of a node failure (crm_simulate --node-fail on the lab), in words:
    // the fence first, then what stops and moves.
    void predictionInWords()
    {
        QList<pcmk::PlannedAction> actions;
        QString error;
        QVERIFY2(pcmk::OperationRunner::readSimulation(Fixtures::file(QStringLiteral("pacemaker/node-fail.simulate.xml")), &actions, &error),
                 qPrintable(error));
        QStringList words;
        for (const pcmk::PlannedAction& a : actions)
            words << a.inWords();
        QCOMPARE(words, (QStringList{QStringLiteral("node2 is fenced (reboot)"), QStringLiteral("haproxy:2 stops on node2"),
                                     QStringLiteral("web:2 stops on node2")}));
        QCOMPARE((pcmk::PlannedAction{QStringLiteral("move"), QStringLiteral("api"), {}, QStringLiteral("node2"), QStringLiteral("node3")}.inWords()),
                 QStringLiteral("api moves node2 → node3"));
    }

    // What the cluster's event timeline shows of a drill: on the console's wall clock, DRBD's as
    // DRBD's, the rest as the drill's, saying whose clock timed it; a fault is a problem.
    void drillEventsOnTheTimeline()
    {
        const qint64 zero = 1796196060000LL;
        const pcmk::ClusterEvent drbd = DrillRun::timelineEvent(
            {2500 * kMs, QStringLiteral("drbd2"), QStringLiteral("drbd"), QStringLiteral("DRBD hafs resource: role Primary"),
             QStringLiteral("promote"), QStringLiteral("hafs"), true, 3.25},
            zero);
        QCOMPARE(drbd.kind, pcmk::ClusterEvent::Kind::Drbd);
        QCOMPARE(drbd.time, QDateTime::fromMSecsSinceEpoch(zero + 2500, Qt::UTC));
        QCOMPARE(drbd.subject, QStringLiteral("hafs"));
        QCOMPARE(drbd.text, QStringLiteral("drbd: DRBD hafs resource: role Primary (drbd2's clock, ±3.3 ms)"));
        QVERIFY(!drbd.problem);
        const pcmk::ClusterEvent fault = DrillRun::timelineEvent(
            {0, {}, QStringLiteral("drill"), QStringLiteral("fault: standby node2 (runs api)"), QStringLiteral("fault")}, zero);
        QCOMPARE(fault.kind, pcmk::ClusterEvent::Kind::Drill);
        QCOMPARE(fault.text, QStringLiteral("fault: standby node2 (runs api)"));
        QVERIFY(fault.problem);
        QCOMPARE(pcmk::EventModel::kindText(fault.kind), QStringLiteral("drill"));
    }

    // The drill's alert: XML the CIB takes, removed by its id, its agent a shell script.
    void drillAlertCommands()
    {
        const QStringList add = DrillAlert::addArgv();
        QCOMPARE(add.first(), QStringLiteral("cibadmin"));
        QDomDocument xml;
        QVERIFY(xml.setContent(add.last()));
        const QDomElement alert = xml.documentElement().firstChildElement().firstChildElement();
        QCOMPARE(alert.attribute(QStringLiteral("id")), QLatin1String(DrillAlert::kId));
        QVERIFY(alert.attribute(QStringLiteral("path")).startsWith(QLatin1String(DrillAlert::kDirectory)));
        QVERIFY(add.last().contains(u"%s.%06N"));
        QVERIFY(DrillAlert::removeArgv().last().contains(QLatin1String(DrillAlert::kId)));
        QVERIFY(DrillAlert::agentScript().startsWith(u"#!/bin/sh\n"));
        QCOMPARE(DrillAlert::cleanupArgv().last(), QLatin1String(DrillAlert::kDirectory));
    }

    // A service's "VIP up" phase is its own VIP's, not another VIP's that moved later.
    void phasesUseTheServicesOwnVip()
    {
        DrillRecord record;
        record.faultNs = 1000 * kMs;
        record.events = {{1100 * kMs, QStringLiteral("node1"), QStringLiteral("address"), QStringLiteral("down"),
                          QStringLiteral("vip-down"), QStringLiteral("vip-ext")},
                         {1500 * kMs, QStringLiteral("node3"), QStringLiteral("address"), QStringLiteral("up"),
                          QStringLiteral("vip"), QStringLiteral("vip-ext")},
                         {1900 * kMs, QStringLiteral("node2"), QStringLiteral("address"), QStringLiteral("up"),
                          QStringLiteral("vip"), QStringLiteral("vip-int")}};
        Outage outage;
        outage.startNs = 1050 * kMs;
        outage.endNs = 2000 * kMs;
        const auto names = [](const QList<Phase>& phases) {
            QMap<QString, qint64> out;
            for (const Phase& p : phases)
                out.insert(p.name, p.toNs);
            return out;
        };
        QCOMPARE(names(DrillReport::phasesOf(record, outage, QStringLiteral("vip-ext"))).value(QStringLiteral("VIP up")), 1500 * kMs);
        QCOMPARE(names(DrillReport::phasesOf(record, outage, QStringLiteral("vip-int"))).value(QStringLiteral("VIP up")), 1900 * kMs);
        QCOMPARE(names(DrillReport::phasesOf(record, outage)).value(QStringLiteral("VIP up")), 1900 * kMs);
        QVERIFY(!names(DrillReport::phasesOf(record, outage)).contains(QStringLiteral("backend up")));
        // HAProxy finding the server again, after the VIP: the health checks' share.
        record.events.append({1950 * kMs, QStringLiteral("node3"), QStringLiteral("haproxy"), QStringLiteral("api/node3 on node3: DOWN → UP"),
                              QStringLiteral("server-up"), QStringLiteral("api/node3")});
        const QList<Phase> phases = DrillReport::phasesOf(record, outage, QStringLiteral("vip-int"));
        QCOMPARE(phases.at(phases.size() - 2).name, QStringLiteral("backend up"));
        QCOMPARE(phases.at(phases.size() - 2).fromNs, 1900 * kMs);
        QCOMPARE(phases.at(phases.size() - 2).toNs, 1950 * kMs);
    }

    // HAProxy's watcher reads its servers every 100 ms: a server found up is timed at the middle
    // of two reads. The first ok probe can come before that middle, yet the server came up
    // before it: within its bound, the server's coming up is still a phase, ending by the probe.
    void aBoundedEventJustAfterTheRecoveryIsStillAPhase()
    {
        DrillRecord record;
        record.faultNs = 1000 * kMs;
        DrillEvent up{2030 * kMs, QStringLiteral("node3"), QStringLiteral("haproxy"), QStringLiteral("api/node3 on node3: DOWN → UP"),
                      QStringLiteral("server-up"), QStringLiteral("api/node3"), true, 60};
        record.events = {{1900 * kMs, QStringLiteral("node2"), QStringLiteral("address"), QStringLiteral("up"),
                          QStringLiteral("vip"), QStringLiteral("vip-int")},
                         up};
        Outage outage;
        outage.startNs = 1050 * kMs;
        outage.endNs = 2000 * kMs;
        QList<Phase> phases = DrillReport::phasesOf(record, outage, QStringLiteral("vip-int"));
        QCOMPARE(phases.at(phases.size() - 2).name, QStringLiteral("backend up"));
        // Between 1970 ms (its earliest) and 2000 ms (the probe that needed it): 1985 ms.
        QCOMPARE(phases.at(phases.size() - 2).toNs, 1985 * kMs);
        QCOMPARE(phases.last().name, QStringLiteral("first ok probe"));
        QCOMPARE(phases.last().toNs, 2000 * kMs);
        // Beyond its bound it came after the recovery: no phase of this outage.
        record.events.last().tNs = 2070 * kMs;
        phases = DrillReport::phasesOf(record, outage, QStringLiteral("vip-int"));
        QCOMPARE(phases.at(phases.size() - 2).name, QStringLiteral("VIP up"));
        // An event timed by the console has no bound to stretch.
        record.events.last() = {2010 * kMs, QStringLiteral("node3"), QStringLiteral("haproxy"), QStringLiteral("x"),
                                QStringLiteral("server-up"), QStringLiteral("api/node3")};
        phases = DrillReport::phasesOf(record, outage, QStringLiteral("vip-int"));
        QCOMPARE(phases.at(phases.size() - 2).name, QStringLiteral("VIP up"));
    }

    // Numbered records written one at a time, each acknowledged one read back: the one the store
    // acknowledged and forgot is lost, and said by its number; every record is deleted after.
    // A store that cannot be reached acknowledges nothing.
    void writeCheckFindsALostWrite()
    {
        LocalStore store;
        store.forget = "/3";
        DrillClock clock;
        WriteTarget target;
        target.name = QStringLiteral("store");
        target.url = QUrl(QStringLiteral("http://127.0.0.1:%1/writes/").arg(store.serverPort()));
        target.intervalMs = 10;
        WriteCheck check(target, &clock, QStringLiteral("run1"));
        check.start();
        QTRY_VERIFY_WITH_TIMEOUT(check.result().acknowledged() >= 6, 10000);
        check.stop();
        QTRY_VERIFY(check.idle());
        QCOMPARE(check.recordUrl(3).path(), QStringLiteral("/writes/run1/3"));
        QVERIFY(store.records.value("/writes/run1/1") == WriteCheck::content(QStringLiteral("run1"), 1));
        QSignalSpy verified(&check, &WriteCheck::verified);
        check.verify();
        QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 10000);
        const WriteCheckResult& r = check.result();
        QVERIFY(r.verified);
        QCOMPARE(r.failed(), 0);
        QCOMPARE(r.lost(), 1);
        QCOMPARE(r.lostSeqs(), QList<int>{3});
        QVERIFY(store.records.isEmpty());
        for (qsizetype i = 1; i < r.records.size(); ++i)
            QVERIFY(r.records.at(i).sentNs >= r.records.at(i - 1).answeredNs); // one at a time

        DrillRecord record;
        QString error;
        record.plan = *DrillLibrary::build(QStringLiteral("switchover"), {{QStringLiteral("resource"), QStringLiteral("api")}}, {}, &error);
        record.writes << r;
        const QList<ExpectationResult> judged = DrillReport::judge(record);
        QCOMPARE(judged.size(), 1);
        QVERIFY(!judged.first().passed);
        QVERIFY(judged.first().measured.startsWith(u"1 of "));
        // Raw and back: the same verdict.
        const auto again = DrillReport::fromRawJson(DrillReport::rawJson(record), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->writes.size(), 1);
        QCOMPARE(again->writes.first().lostSeqs(), QList<int>{3});
        QCOMPARE(again->writes.first().acknowledged(), r.acknowledged());

        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost);
        target.url = QUrl(QStringLiteral("http://127.0.0.1:%1/writes/").arg(closed.serverPort()));
        closed.close();
        WriteCheck nowhere(target, &clock, QStringLiteral("run2"));
        nowhere.start();
        QTRY_VERIFY(nowhere.result().failed() >= 3);
        QCOMPARE(nowhere.result().acknowledged(), 0);
    }

    // A power-cut peer that comes back split-brained, or still resyncing, leaves one copy of the
    // data: the drill has not put the cluster back until replication is whole again.
    void settledWaitsForReplication()
    {
        drbd::ResourceOverview whole;
        whole.name = QStringLiteral("hafs");
        whole.replicas = {{QStringLiteral("drbd1"), QStringLiteral("Primary"), {QStringLiteral("UpToDate")}, QStringLiteral("no"), false},
                          {QStringLiteral("drbd2"), QStringLiteral("Secondary"), {QStringLiteral("UpToDate")}, QStringLiteral("no"), false}};
        drbd::Link link;
        link.nodeA = QStringLiteral("drbd1");
        link.nodeB = QStringLiteral("drbd2");
        link.stateA = link.stateB = QStringLiteral("Connected");
        whole.links = {link};
        QString why;
        QVERIFY2(DrillChecks::replicationSettled({whole}, {whole}, &why), qPrintable(why));
        drbd::ResourceOverview now = whole;
        now.replicas[1].disks = {QStringLiteral("Inconsistent")};
        QVERIFY(!DrillChecks::replicationSettled({whole}, {now}, &why));
        QVERIFY2(why.contains(u"UpToDate"), qPrintable(why));
        now = whole;
        now.replicas[0].splitBrain = true;
        now.links[0].stateA = QStringLiteral("StandAlone");
        QVERIFY(!DrillChecks::replicationSettled({whole}, {now}, &why));
        QVERIFY2(why.contains(u"split brain on drbd1"), qPrintable(why));
        now = whole;
        now.links[0].stateB = QStringLiteral("WFConnection");
        QVERIFY(!DrillChecks::replicationSettled({whole}, {now}, &why));
        QVERIFY(!DrillChecks::replicationSettled({whole}, {}, &why));
        // Not whole before the drill: not the drill's to make whole.
        drbd::ResourceOverview degraded = now;
        degraded.replicas[1].disks = {QStringLiteral("Outdated")};
        QVERIFY2(DrillChecks::replicationSettled({degraded}, {degraded}, &why), qPrintable(why));
    }

    // Settled means every resource back, a group's members one by one: a group whose VIP is
    // still stopped (a member restarting after its node came back) counts as running, and is not.
    void settledLooksIntoGroups()
    {
        const pcmk::ClusterState before = PacemakerFixtures::state(QStringLiteral("healthy"), QStringLiteral("network"));
        QString why;
        QVERIFY2(DrillChecks::settled(before, before, &why), qPrintable(why));
        // vip-int and api as the members of one group, the VIP stopped, the group "running".
        QVERIFY(before.resource(QStringLiteral("vip-int")) && before.resource(QStringLiteral("api")));
        pcmk::Resource group;
        group.id = QStringLiteral("stack");
        group.kind = pcmk::ResourceKind::Group;
        group.children = {QStringLiteral("api"), QStringLiteral("vip-int")};
        group.activeOn = before.resource(QStringLiteral("api"))->activeOn;
        pcmk::ClusterState was = before;
        was.resources << group;
        for (pcmk::Resource& r : was.resources)
            if (group.children.contains(r.id))
                r.parent = group.id;
        QVERIFY2(DrillChecks::settled(was, was, &why), qPrintable(why));
        pcmk::ClusterState now = was;
        for (pcmk::Resource& r : now.resources)
            if (r.id == u"vip-int")
                r.activeOn.clear();
        QVERIFY(!DrillChecks::settled(was, now, &why));
        QVERIFY2(why.contains(u"vip-int"), qPrintable(why));
    }

    // The proof compares what the operator configures: what the DC writes when it is elected (a
    // configuration replaced by hand has none until then; a drill that moves the DC adds them),
    // the alerts wrapper the drill's alert leaves and the last refresh are not differences; a
    // property the drill leaves behind is.
    void configurationProofIgnoresWhatPacemakerWrites()
    {
        const QByteArray before = R"(<configuration><crm_config><cluster_property_set id="cib-bootstrap-options">
  <nvpair id="opt-stonith-enabled" name="stonith-enabled" value="false"/>
</cluster_property_set></crm_config><resources/></configuration>)";
        const QByteArray after = R"(<configuration><crm_config><cluster_property_set id="cib-bootstrap-options">
  <nvpair id="opt-stonith-enabled" name="stonith-enabled" value="false"/>
  <nvpair id="cib-bootstrap-options-have-watchdog" name="have-watchdog" value="false"/>
  <nvpair id="cib-bootstrap-options-dc-version" name="dc-version" value="2.1.5-a3f44794f94"/>
  <nvpair id="cib-bootstrap-options-cluster-infrastructure" name="cluster-infrastructure" value="corosync"/>
  <nvpair id="cib-bootstrap-options-cluster-name" name="cluster-name" value="hafs"/>
  <nvpair id="cib-bootstrap-options-last-lrm-refresh" name="last-lrm-refresh" value="1796182400"/>
</cluster_property_set></crm_config><resources/><alerts/></configuration>)";
        QCOMPARE(DrillChecks::configurationDifference(before, after), QStringList());
        QByteArray planted = after;
        planted.replace("<resources/>", "<resources/><rsc_defaults/>");
        planted.replace(R"(value="false"/>)", R"(value="true"/>)");
        const QStringList difference = DrillChecks::configurationDifference(before, planted);
        QVERIFY2(difference.contains(QStringLiteral("+<rsc_defaults/>")), qPrintable(difference.join(u'\n')));
        QVERIFY(difference.contains(QStringLiteral("-<nvpair id=\"opt-stonith-enabled\" name=\"stonith-enabled\" value=\"false\"/>")));
    }

    // Streams recorded from real drills on the lab (tests/fixtures/drills, written by hadeskctl
    // drill): read back raw, they give the figures the engine reported at the time.
    void recordedDrillsGiveTheirFigures_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("switchover") << QStringLiteral("switchover");
        QTest::newRow("service-kill") << QStringLiteral("service-kill");
        // The DRBD VMs' HAFS stack with its VM's power cut, explained by node-timed events.
        QTest::newRow("drbd-power") << QStringLiteral("drbd-power");
    }
    void recordedDrillsGiveTheirFigures()
    {
        QFETCH(QString, name);
        QString error;
        const auto record = DrillReport::fromRawJson(
            QJsonDocument::fromJson(Fixtures::file(QStringLiteral("drills/%1.probes.json").arg(name))).object(), &error);
        QVERIFY2(record, qPrintable(error));
        const QJsonObject reported = QJsonDocument::fromJson(Fixtures::file(QStringLiteral("drills/%1.report.json").arg(name))).object();
        const QJsonArray again = DrillReport::toJson(*record).value(QLatin1String("services")).toArray();
        const QJsonArray then = reported.value(QLatin1String("services")).toArray();
        QCOMPARE(again.size(), then.size());
        for (qsizetype i = 0; i < then.size(); ++i) {
            const QJsonObject a = again.at(i).toObject(), t = then.at(i).toObject();
            for (const char* key : {"name", "probe", "address", "outage_ms", "outage_bracket_ms", "ttd_ms", "ttr_ms",
                                    "failed_probes", "flaps", "probes", "phases"})
                QVERIFY2(a.value(QLatin1String(key)) == t.value(QLatin1String(key)),
                         qPrintable(QStringLiteral("%1 %2: %3").arg(t.value(QLatin1String("name")).toString(), QLatin1String(key),
                                                                  QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("now"), a.value(QLatin1String(key))},
                                                                                                             {QStringLiteral("then"), t.value(QLatin1String(key))}})
                                                                                        .toJson(QJsonDocument::Compact)))));
        }
        QCOMPARE(reported.value(QLatin1String("result")).toString(), QStringLiteral("passed"));
        if (name == u"drbd-power") {
            // The outage explained by the survivor's own events, and every acknowledged write
            // read back: the same verdict from the raw record.
            QStringList phases;
            for (const QJsonValue& p : then.first().toObject().value(QLatin1String("phases")).toArray())
                phases << p.toObject().value(QLatin1String("name")).toString();
            QVERIFY2(phases.contains(QStringLiteral("DRBD promote")) && phases.contains(QStringLiteral("VIP up")), qPrintable(phases.join(u',')));
            QCOMPARE(record->writes.size(), 1);
            const QJsonObject writes = reported.value(QLatin1String("writes")).toArray().first().toObject();
            QCOMPARE(record->writes.first().acknowledged(), writes.value(QLatin1String("acknowledged")).toInt());
            QVERIFY(record->writes.first().verified && record->writes.first().lost() == 0);
            const QList<ExpectationResult> judged = DrillReport::judge(*record);
            QVERIFY(!judged.isEmpty());
            QVERIFY(std::all_of(judged.cbegin(), judged.cend(), [](const ExpectationResult& e) { return e.passed; }));
            return;
        }
        // What a client of api saw: an HTTP outage of seconds, told apart from TCP, which
        // HAProxy keeps accepting.
        const auto api = std::find_if(then.begin(), then.end(), [](const QJsonValue& v) {
            return v.toObject().value(QLatin1String("name")).toString() == u"api-int" &&
                   v.toObject().value(QLatin1String("probe")).toString() == u"http";
        });
        QVERIFY(api != then.end());
        QVERIFY(api->toObject().value(QLatin1String("outage_ms")).toInteger() > 1000);
    }

    // Real sockets: an answering HTTP service, a 503, a closed port and a service that accepts
    // and never answers, each with its outcome and the send time on the drill's clock.
    void probesSeeWhatAClientSees()
    {
        LocalServer ok("HTTP/1.0 200 OK\r\nContent-Length: 3\r\n\r\nok\n");
        LocalServer unavailable("HTTP/1.0 503 Service Unavailable\r\n\r\n");
        LocalServer hung({});
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 closedPort = closed.serverPort();
        closed.close();
        DrillClock clock;
        const auto run = [&](quint16 port, ProbeKind kind) {
            ProbeStream probes({QStringLiteral("t"), {}, QHostAddress::LocalHost, port, kind, QStringLiteral("/"), 20, 300}, &clock);
            QSignalSpy stopped(&probes, &ProbeStream::stopped);
            probes.start();
            // Five probes ended, however long each takes (the hung server's end by their deadline).
            const bool ended = QTest::qWaitFor([&probes] { return probes.results().size() >= 5; }, 10000);
            probes.stop();
            if (!ended)
                return QList<ProbeResult>{};
            if (stopped.isEmpty())
                stopped.wait(2000);
            return probes.results();
        };
        const auto outcomes = [](const QList<ProbeResult>& results) {
            QSet<ProbeOutcome> set;
            for (const ProbeResult& r : results)
                set.insert(r.outcome);
            return set;
        };
        QList<ProbeResult> r = run(ok.serverPort(), ProbeKind::Http);
        QVERIFY(r.size() >= 5);
        QCOMPARE(outcomes(r), QSet<ProbeOutcome>{ProbeOutcome::Ok});
        for (qsizetype i = 1; i < r.size(); ++i)
            QVERIFY(r.at(i).sentNs > r.at(i - 1).sentNs);
        QCOMPARE(outcomes(run(unavailable.serverPort(), ProbeKind::Http)), QSet<ProbeOutcome>{ProbeOutcome::Wrong});
        QCOMPARE(outcomes(run(closedPort, ProbeKind::Tcp)), QSet<ProbeOutcome>{ProbeOutcome::Refused});
        r = run(hung.serverPort(), ProbeKind::Http);
        QCOMPARE(outcomes(r), QSet<ProbeOutcome>{ProbeOutcome::Timeout});
        QVERIFY(r.first().latencyNs >= 300 * kMs);
        QCOMPARE(outcomes(run(hung.serverPort(), ProbeKind::Tcp)), QSet<ProbeOutcome>{ProbeOutcome::Ok}); // it accepts
    }

    // The agent a node runs for its probes, run here exactly as a node would run it, against the
    // same servers: the same outcomes as the console's own probes, in the order sent, on the
    // drill's clock.
    void nodeProbesSeeWhatTheConsoleSees()
    {
        // python3 is one of the build's dependencies (scripts/install-deps): no skipping.
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty(), "python3 is not installed");
        LocalServer ok("HTTP/1.0 200 OK\r\nContent-Length: 3\r\n\r\nok\n");
        LocalServer unavailable("HTTP/1.0 503 Service Unavailable\r\n\r\n");
        LocalServer hung({});
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 closedPort = closed.serverPort();
        closed.close();
        DrillClock clock;
        const auto run = [&](quint16 port, ProbeKind kind) {
            const ProbeTarget target{QStringLiteral("t"), {}, QHostAddress::LocalHost, port, kind, QStringLiteral("/"), 20, 300,
                                     QStringLiteral("here")};
            NodeProbeStream probes(target, nullptr, clock.zeroWallMs(), 2);
            const QStringList argv = probes.argv();
            QProcess agent;
            QObject::connect(&agent, &QProcess::readyReadStandardOutput, &agent, [&] {
                while (agent.canReadLine())
                    probes.feed(agent.readLine());
            });
            agent.start(argv.first(), argv.mid(1));
            const bool five = QTest::qWaitFor([&probes] { return probes.results().size() >= 5; }, 10000);
            agent.kill();
            agent.waitForFinished(2000);
            return five && probes.ready() ? probes.results() : QList<ProbeResult>{};
        };
        const auto outcomes = [](const QList<ProbeResult>& results) {
            QSet<ProbeOutcome> set;
            for (const ProbeResult& r : results)
                set.insert(r.outcome);
            return set;
        };
        QList<ProbeResult> r = run(ok.serverPort(), ProbeKind::Http);
        QVERIFY(r.size() >= 5);
        QCOMPARE(outcomes(r), QSet<ProbeOutcome>{ProbeOutcome::Ok});
        for (qsizetype i = 1; i < r.size(); ++i) {
            QVERIFY(r.at(i).sentNs > r.at(i - 1).sentNs);
            QVERIFY(r.at(i).sentNs - r.at(i - 1).sentNs < 200 * kMs); // on its pace, 20 ms apart
        }
        // The node's wall clock, put on the drill's: within the run, give or take a millisecond
        // (the drill's zero is kept to the millisecond).
        QVERIFY(r.first().sentNs > -2 * kMs);
        QVERIFY(r.last().sentNs < clock.nowNs() + 2 * kMs);
        QCOMPARE(outcomes(run(unavailable.serverPort(), ProbeKind::Http)), QSet<ProbeOutcome>{ProbeOutcome::Wrong});
        QCOMPARE(outcomes(run(closedPort, ProbeKind::Tcp)), QSet<ProbeOutcome>{ProbeOutcome::Refused});
        r = run(hung.serverPort(), ProbeKind::Http);
        QCOMPARE(outcomes(r), QSet<ProbeOutcome>{ProbeOutcome::Timeout});
        QVERIFY(r.first().latencyNs >= 300 * kMs);
        QCOMPARE(outcomes(run(hung.serverPort(), ProbeKind::Tcp)), QSet<ProbeOutcome>{ProbeOutcome::Ok});
    }

    // What a node's agent prints, on the drill's clock: the node's time less its offset; what
    // is not the agent's, and a restarted agent's repeat of the past, are not probes.
    void nodeProbeResultsOnTheDrillClock()
    {
        const qint64 zeroWallMs = 1796195317000;
        NodeProbeStream probes({QStringLiteral("api-int"), QStringLiteral("vip-int"), QHostAddress(QStringLiteral("198.18.0.100")),
                                5000, ProbeKind::Http, QStringLiteral("/"), 50, 1000, QStringLiteral("node3")},
                               nullptr, zeroWallMs, 60);
        probes.setClockOffset({QStringLiteral("node3"), 250.0, 1.5, true}); // node3 is 250 ms ahead
        QVERIFY(probes.argv().contains(QStringLiteral("198.18.0.100")));
        QVERIFY(!probes.ready());
        probes.feed("ready 1796195317816873161\n");
        QVERIFY(probes.ready());
        probes.feed("p 1796195318250000000 2729829 ok\n");
        probes.feed("Last login: yesterday\n");
        probes.feed("p 1796195318300000000 1000000000 timeout\n");
        probes.feed("p 1796195318350000000 1000 bogus\n");
        probes.feed("p 1796195318200000000 1000 ok\n"); // before the last: a replay
        probes.feed("p 1796195318400000000 812000 refused\n");
        const QList<ProbeResult> r = probes.results();
        QCOMPARE(r.size(), 3);
        QCOMPARE(r.at(0), (ProbeResult{1000 * kMs, 2729829, ProbeOutcome::Ok}));
        QCOMPARE(r.at(1), (ProbeResult{1050 * kMs, 1000 * kMs, ProbeOutcome::Timeout}));
        QCOMPARE(r.at(2).outcome, ProbeOutcome::Refused);
        QCOMPARE(probes.last()->sentNs, 1150 * kMs);
        QCOMPARE(probes.target().id(), QStringLiteral("api-int http from node3"));
        // A probe from a node is its own stream in the report, saying where it ran from.
        DrillRecord record;
        QString buildError;
        record.plan = *DrillLibrary::build(QStringLiteral("switchover"), {{QStringLiteral("resource"), QStringLiteral("api")}}, {}, &buildError);
        record.probes.append({probes.target(), r});
        const QJsonObject raw = DrillReport::rawJson(record);
        QCOMPARE(raw.value(QLatin1String("streams")).toArray().first().toObject().value(QLatin1String("from")).toString(),
                 QStringLiteral("node3"));
        QString error;
        const auto again = DrillReport::fromRawJson(raw, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->probes.first().target.from, QStringLiteral("node3"));
        QCOMPARE(DrillReport::toJson(record).value(QLatin1String("services")).toArray().first().toObject().value(QLatin1String("from")).toString(),
                 QStringLiteral("node3"));
    }
};

QTEST_MAIN(TestDrills) // the report's PDF draws text: fonts need a QGuiApplication
#include "tst_drills.moc"
