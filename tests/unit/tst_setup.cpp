// The setup engine's pure parts: the plan and its refusals, the files and CIB it generates (each
// accepted by the real tool: corosync -t, haproxy -c, crm_verify), the host checks' verdicts, and
// the agent itself run here for real on files in a temporary folder and on loopback UDP.
#include "backend/setup/HostChecks.h"
#include "backend/setup/LinkTest.h"
#include "backend/setup/SetupConfigs.h"
#include "backend/setup/SetupPlan.h"
#include "backend/setup/SetupRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace hadesk::setup;

namespace {

QByteArray labPlanText()
{
    QFile file(QStringLiteral(HADESK_SOURCE_DIR "/docs/examples/lab-setup.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no lab plan");
    return file.readAll();
}

SetupPlan labPlan()
{
    QList<Refusal> refusals;
    const std::optional<SetupPlan> plan = SetupPlan::fromJson(labPlanText(), &refusals);
    if (!plan)
        qFatal("the lab plan is refused: %s", qPrintable(refusals.value(0).toString()));
    return *plan;
}

// The lab plan with an edit applied to its JSON.
QList<Refusal> refusalsOf(const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = labPlan().toJson();
    edit(root);
    QList<Refusal> refusals;
    const std::optional<SetupPlan> plan = SetupPlan::fromJson(QJsonDocument(root).toJson(), &refusals);
    if (plan)
        return {};
    return refusals;
}

QString joined(const QList<Refusal>& refusals)
{
    QStringList said;
    for (const Refusal& r : refusals)
        said << r.toString();
    return said.join(QStringLiteral(" | "));
}

SetupPlan planWithNodes(int count, const QString& timing)
{
    QJsonObject root = labPlan().toJson();
    QJsonArray nodes;
    QJsonObject devices;
    for (int i = 1; i <= count; ++i) {
        const QString name = QStringLiteral("node%1").arg(i);
        // corosync -t looks for this machine in the nodelist: node1 is it, on loopback.
        const QString link0 = i == 1 ? QStringLiteral("127.0.0.1") : QStringLiteral("10.1.0.%1").arg(i);
        nodes << QJsonObject{{QStringLiteral("name"), name},
                             {QStringLiteral("links"), QJsonArray{link0, QStringLiteral("10.2.0.%1").arg(i)}}};
        devices.insert(name, QJsonObject{{QStringLiteral("plug"), name}});
    }
    QJsonObject cluster = root.value(u"cluster").toObject();
    cluster.insert(QStringLiteral("nodes"), nodes);
    cluster.insert(QStringLiteral("timing"), timing);
    root.insert(QStringLiteral("cluster"), cluster);
    QJsonObject fencing = root.value(u"fencing").toObject();
    fencing.insert(QStringLiteral("devices"), devices);
    fencing.insert(QStringLiteral("test"), QStringLiteral("node2"));
    root.insert(QStringLiteral("fencing"), fencing);
    QList<Refusal> refusals;
    const std::optional<SetupPlan> plan = SetupPlan::fromJson(QJsonDocument(root).toJson(), &refusals);
    if (!plan)
        qFatal("refused: %s", qPrintable(joined(refusals)));
    return *plan;
}

// Runs a tool on a file with these contents; its exit code, output in *said.
int runTool(const QString& program, QStringList args, const QByteArray& contents, QString* said)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(contents);
    file.close();
    args.replaceInStrings(QStringLiteral("{}"), path);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForFinished(60000))
        return -1;
    *said = QString::fromUtf8(process.readAll());
    return process.exitCode();
}

// The agent exactly as the nodes run it: the boot line, the agent on stdin's first line, then the request.
QList<QJsonObject> runAgent(const QJsonObject& request, int* exitCode = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("python3"),
                  {QStringLiteral("-c"), QStringLiteral("import sys, json\nexec(compile(json.loads(sys.stdin.readline()), "
                                                        "\"hadesk-setup-agent\", \"exec\"), {\"__name__\": \"__main__\"})")});
    process.write(QJsonDocument(QJsonArray{SetupRun::agentScript()}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + '\n');
    process.write(QJsonDocument(request).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("the agent did not end");
    if (exitCode)
        *exitCode = process.exitCode();
    QList<QJsonObject> lines;
    for (const QByteArray& line : process.readAllStandardOutput().split('\n'))
        if (!line.isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    if (lines.isEmpty())
        qWarning("agent: %s", process.readAllStandardError().constData());
    return lines;
}

HostFacts labFacts(const QString& node, int index)
{
    HostFacts f;
    f.node = node;
    f.hostname = node;
    f.osId = QStringLiteral("debian");
    f.osVersion = QStringLiteral("12");
    f.osName = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    for (const QString& p : {QStringLiteral("corosync"), QStringLiteral("pacemaker"), QStringLiteral("resource-agents"), QStringLiteral("haproxy")})
        f.versions.insert(p, QStringLiteral("1.0"));
    f.firewall = QStringLiteral("none");
    f.addresses = {{QStringLiteral("lo"), QStringLiteral("127.0.0.1"), 8, 65536},
                   {QStringLiteral("int0"), QStringLiteral("198.18.0.1%1").arg(index), 24, 1500},
                   {QStringLiteral("ext0"), QStringLiteral("198.19.0.1%1").arg(index), 24, 1500}};
    for (int i = 1; i <= 3; ++i)
        f.resolves.insert(QStringLiteral("node%1").arg(i), {QStringLiteral("198.18.0.1%1").arg(i)});
    f.tools = {{QStringLiteral("systemctl"), true}, {QStringLiteral("apt-get"), true}};
    f.fenceAgents = {QStringLiteral("fence_hadesk_lab")};
    f.clockMeasured = true;
    f.clockOffsetMs = 3;
    return f;
}

QList<HostFacts> labHosts()
{
    return {labFacts(QStringLiteral("node1"), 1), labFacts(QStringLiteral("node2"), 2), labFacts(QStringLiteral("node3"), 3)};
}

} // namespace

class TestSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labPlanReadsBack()
    {
        const SetupPlan plan = labPlan();
        QCOMPARE(plan.nodes.size(), 3);
        QCOMPARE(plan.linkCount(), 2);
        QCOMPARE(plan.fencing.testNode, QStringLiteral("node3"));
        QCOMPARE(plan.services.size(), 2);
        QCOMPARE(plan.services.at(1).kind, PlanService::Template::ActiveActive);
        // The plan's own JSON reads back to the same plan (the wizard saves it this way).
        QList<Refusal> refusals;
        const std::optional<SetupPlan> again = SetupPlan::fromJson(QJsonDocument(plan.toJson()).toJson(), &refusals);
        QVERIFY2(again, qPrintable(joined(refusals)));
        QCOMPARE(again->digest(), plan.digest());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one node") << "one-node" << "at least two nodes";
        QTest::newRow("node twice") << "node-twice" << "listed twice";
        QTest::newRow("links differ") << "links-differ" << "the same links";
        QTest::newRow("shell in a name") << "shell-name" << "not a node name";
        QTest::newRow("vip twice") << "vip-twice" << "already used";
        QTest::newRow("frontend without vip") << "frontend-vip" << "no VIP vip-nowhere";
        QTest::newRow("no test fence") << "no-test" << "test-fence";
        QTest::newRow("device missing") << "device-missing" << "node2 has no fence device";
        QTest::newRow("storage") << "storage" << "not supported yet";
        QTest::newRow("unknown key") << "unknown" << "unknown key";
        QTest::newRow("bad timing") << "timing" << "not a timing profile";
        QTest::newRow("reserved id") << "reserved" << "HAProxy's clone";
        QTest::newRow("active-active with vip") << "aa-vip" << "through a frontend";
    }
    void refusals()
    {
        QFETCH(QString, edit);
        QFETCH(QString, expected);
        const QList<Refusal> refusals = refusalsOf([&edit](QJsonObject& root) {
            QJsonObject cluster = root.value(u"cluster").toObject();
            QJsonArray nodes = cluster.value(u"nodes").toArray();
            QJsonObject fencing = root.value(u"fencing").toObject();
            QJsonArray vips = root.value(u"vips").toArray();
            QJsonObject haproxy = root.value(u"haproxy").toObject();
            QJsonArray services = root.value(u"services").toArray();
            if (edit == u"one-node")
                nodes = QJsonArray{nodes.first()};
            if (edit == u"node-twice")
                nodes.append(nodes.first());
            if (edit == u"links-differ") {
                QJsonObject n = nodes.at(1).toObject();
                n.insert(QStringLiteral("links"), QJsonArray{QStringLiteral("198.18.0.12")});
                nodes.replace(1, n);
            }
            if (edit == u"shell-name") {
                QJsonObject n = nodes.at(0).toObject();
                n.insert(QStringLiteral("name"), QStringLiteral("node1; rm -rf /"));
                nodes.replace(0, n);
            }
            if (edit == u"vip-twice") {
                QJsonObject v = vips.at(0).toObject();
                v.insert(QStringLiteral("id"), QStringLiteral("vip-again"));
                vips.append(v);
            }
            if (edit == u"frontend-vip") {
                QJsonArray frontends = haproxy.value(u"frontends").toArray();
                QJsonObject f = frontends.at(0).toObject();
                f.insert(QStringLiteral("vip"), QStringLiteral("vip-nowhere"));
                frontends.replace(0, f);
                haproxy.insert(QStringLiteral("frontends"), frontends);
            }
            if (edit == u"no-test")
                fencing.remove(QStringLiteral("test"));
            if (edit == u"device-missing") {
                QJsonObject devices = fencing.value(u"devices").toObject();
                devices.remove(QStringLiteral("node2"));
                fencing.insert(QStringLiteral("devices"), devices);
            }
            if (edit == u"storage")
                root.insert(QStringLiteral("storage"), QJsonObject{{QStringLiteral("drbd"), QStringLiteral("r0")}});
            if (edit == u"unknown")
                root.insert(QStringLiteral("extras"), true);
            if (edit == u"timing")
                cluster.insert(QStringLiteral("timing"), QStringLiteral("ludicrous"));
            if (edit == u"reserved") {
                QJsonObject s = services.at(0).toObject();
                s.insert(QStringLiteral("name"), QStringLiteral("haproxy"));
                services.replace(0, s);
                QJsonArray frontends = haproxy.value(u"frontends").toArray();
                QJsonObject f = frontends.at(1).toObject();
                f.insert(QStringLiteral("service"), QStringLiteral("haproxy"));
                frontends.replace(1, f);
                haproxy.insert(QStringLiteral("frontends"), frontends);
            }
            if (edit == u"aa-vip") {
                QJsonObject s = services.at(1).toObject();
                s.insert(QStringLiteral("vip"), QStringLiteral("vip-ext"));
                services.replace(1, s);
            }
            cluster.insert(QStringLiteral("nodes"), nodes);
            root.insert(QStringLiteral("cluster"), cluster);
            root.insert(QStringLiteral("fencing"), fencing);
            root.insert(QStringLiteral("vips"), vips);
            root.insert(QStringLiteral("haproxy"), haproxy);
            root.insert(QStringLiteral("services"), services);
        });
        QVERIFY2(!refusals.isEmpty(), "the plan was accepted");
        QVERIFY2(joined(refusals).contains(expected), qPrintable(joined(refusals)));
    }

    void notJsonIsRefusedWithWhere()
    {
        QList<Refusal> refusals;
        QVERIFY(!SetupPlan::fromJson("{\"cluster\": ", &refusals));
        QVERIFY2(joined(refusals).contains(QStringLiteral("not JSON")), qPrintable(joined(refusals)));
    }

    void exampleIsAPlanOnceFilledIn()
    {
        QByteArray example = SetupPlan::example({QStringLiteral("alpha.example.org"), QStringLiteral("beta.example.org")});
        QVERIFY(example.startsWith("//"));
        QList<Refusal> refusals;
        QVERIFY(!SetupPlan::fromJson(example, &refusals)); // placeholders are not addresses
        QVERIFY2(joined(refusals).contains(QStringLiteral("LINK0-ADDRESS")), qPrintable(joined(refusals)));
        // Filled in: each node's two link addresses.
        QByteArray json;
        for (const QByteArray& line : example.split('\n'))
            if (!line.trimmed().startsWith("//"))
                json += line + '\n';
        QJsonObject root = QJsonDocument::fromJson(json).object();
        QJsonObject cluster = root.value(u"cluster").toObject();
        QJsonArray nodes = cluster.value(u"nodes").toArray();
        for (int i = 0; i < nodes.size(); ++i) {
            QJsonObject node = nodes.at(i).toObject();
            node.insert(QStringLiteral("links"), QJsonArray{QStringLiteral("10.0.0.%1").arg(i + 1), QStringLiteral("10.1.0.%1").arg(i + 1)});
            nodes.replace(i, node);
        }
        cluster.insert(QStringLiteral("nodes"), nodes);
        root.insert(QStringLiteral("cluster"), cluster);
        example = QJsonDocument(root).toJson();
        refusals.clear();
        const std::optional<SetupPlan> plan = SetupPlan::fromJson(example, &refusals);
        QVERIFY2(plan, qPrintable(joined(refusals)));
        QCOMPARE(plan->nodes.at(0).name, QStringLiteral("alpha"));
        QCOMPARE(plan->services.at(0).agent, QStringLiteral("systemd:keystone")); // the preset's
    }

    void corosyncAcceptsTheConfiguration_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<QString>("timing");
        for (int n : {2, 3, 5})
            for (const char* timing : {"default", "fast"})
                QTest::addRow("%d nodes, %s", n, timing) << n << QString::fromLatin1(timing);
    }
    void corosyncAcceptsTheConfiguration()
    {
        QFETCH(int, nodes);
        QFETCH(QString, timing);
        const SetupPlan plan = planWithNodes(nodes, timing);
        const QByteArray conf = SetupConfigs(plan, {}).corosyncConf();
        QString said;
        // corosync's own parser, as corosync reads it at start (-t: test the configuration, exit).
        // With crypto on it reads the key too: one made here, named by corosync's own keyfile option.
        QTemporaryDir keys;
        const QString key = keys.filePath(QStringLiteral("authkey"));
        QVERIFY(QProcess::execute(QStringLiteral("corosync-keygen"), {QStringLiteral("-k"), key}) == 0);
        QByteArray tested = conf;
        tested.replace(QByteArray("crypto_hash: sha256\n"), QByteArray("crypto_hash: sha256\n    keyfile: " + key.toUtf8() + "\n"));
        const int code = runTool(QStringLiteral("corosync"), {QStringLiteral("-t"), QStringLiteral("-c"), QStringLiteral("{}")}, tested, &said);
        QVERIFY2(code == 0, qPrintable(said + QString::fromUtf8(conf)));
        QCOMPARE(conf.contains("two_node: 1"), nodes == 2);
        QVERIFY(conf.contains(timing == u"fast" ? "token: 1000" : "token: 3000"));
        QCOMPARE(conf.count("node {"), nodes);
        // Link 0 is preferred: the highest priority in knet's passive mode.
        QVERIFY(conf.contains("linknumber: 0\n        knet_link_priority: 2"));
        QVERIFY(conf.contains("ring1_addr: 10.2.0.1"));
    }

    void aRemovedNodeLeavesTheOthersTheirIds()
    {
        // corosync refuses a reload that renumbers nodes: node3 stays nodeid 3 without node2.
        const SetupPlan plan = SetupRun::without(labPlan(), QStringLiteral("node2"));
        QCOMPARE(plan.nodeNames(), (QStringList{QStringLiteral("node1"), QStringLiteral("node3")}));
        const QByteArray conf = SetupConfigs(plan, {}).corosyncConf();
        QVERIFY2(conf.contains("name: node3\n        nodeid: 3\n"), conf.constData());
        QVERIFY(conf.contains("two_node: 1"));
        QVERIFY(!plan.fencing.devices.contains(QStringLiteral("node2")));
        // The saved plan keeps the ids that are not their place, and reads back to them.
        QList<Refusal> refusals;
        const std::optional<SetupPlan> again = SetupPlan::fromJson(QJsonDocument(plan.toJson()).toJson(), &refusals);
        QVERIFY2(again, qPrintable(joined(refusals)));
        QCOMPARE(again->nodes.at(1).nodeId, 3);
    }

    void timingFollowsFromTheProfile()
    {
        const SetupPlan two = planWithNodes(2, QStringLiteral("fast"));
        const QList<CibElement> fencing = SetupConfigs(two, {}).fencingElements();
        QVERIFY(fencing.first().xml.contains(QStringLiteral("name=\"pcmk_delay_max\" value=\"5s\"")));
        const SetupPlan three = planWithNodes(3, QStringLiteral("default"));
        QVERIFY(!SetupConfigs(three, {}).fencingElements().first().xml.contains(QStringLiteral("pcmk_delay_max")));
        QCOMPARE(three.profile().effectiveTokenMs(3), 3650);
        QVERIFY(SetupConfigs(three, {}).timingInWords().contains(QStringLiteral("8.0 s")));
        bool stonithTimeout = false;
        for (const ClusterOption& o : SetupConfigs(two, {}).options())
            stonithTimeout = stonithTimeout || (o.name == u"stonith-timeout" && o.value == u"30s");
        QVERIFY(stonithTimeout);
    }

    void haproxyAcceptsTheConfiguration()
    {
        const QByteArray cfg = SetupConfigs(labPlan(), {}).haproxyCfg();
        QString said;
        const int code = runTool(QStringLiteral("haproxy"), {QStringLiteral("-c"), QStringLiteral("-f"), QStringLiteral("{}")}, cfg, &said);
        QVERIFY2(code == 0, qPrintable(said + QString::fromUtf8(cfg)));
        QVERIFY(cfg.contains("bind 198.18.0.100:5000"));
        QVERIFY(cfg.contains("server node3 198.18.0.13:8080 check"));
        QVERIFY(cfg.contains("option httpchk GET /health"));
        // Every retry goes to another server: with three servers, one of four tries reaches the one up.
        QVERIFY(cfg.contains("\tretries 3\n\toption redispatch 1\n"));
    }

    void pacemakerAcceptsTheConfiguration()
    {
        const SetupConfigs configs(labPlan(), {{QStringLiteral("vip-ext"), QStringLiteral("ext0")}, {QStringLiteral("vip-int"), QStringLiteral("int0")}});
        const QByteArray cib = configs.cibConfiguration();
        QString said;
        const int code = runTool(QStringLiteral("crm_verify"), {QStringLiteral("-V"), QStringLiteral("--xml-file"), QStringLiteral("{}")}, cib, &said);
        QVERIFY2(code == 0, qPrintable(said + QString::fromUtf8(cib)));
        QVERIFY(cib.contains("<rsc_colocation id=\"col-api-with-vip-int\" rsc=\"api\" with-rsc=\"vip-int\" score=\"INFINITY\"/>"));
        QVERIFY(cib.contains("<rsc_order id=\"ord-haproxy-then-vip-ext\" first=\"haproxy-clone\" then=\"vip-ext\""));
        QVERIFY(cib.contains("<clone id=\"web-clone\">"));
        QVERIFY(cib.contains("name=\"nic\" value=\"int0\""));
        QVERIFY(cib.contains("<rsc_location id=\"loc-fence-node2-avoid\" rsc=\"fence-node2\" node=\"node2\" score=\"-INFINITY\"/>"));
        QCOMPARE(configs.resourceIds(), (QStringList{QStringLiteral("fence-node1"), QStringLiteral("fence-node2"), QStringLiteral("fence-node3"),
                                                      QStringLiteral("vip-ext"), QStringLiteral("vip-int"), QStringLiteral("haproxy-clone"),
                                                      QStringLiteral("api"), QStringLiteral("web-clone")}));
        // Pacemaker's scheduler places everything with all nodes up.
        const int simulated = runTool(QStringLiteral("crm_simulate"),
                                      {QStringLiteral("--simulate"), QStringLiteral("--xml-file"), QStringLiteral("{}"), QStringLiteral("--node-up"),
                                       QStringLiteral("node1"), QStringLiteral("--node-up"), QStringLiteral("node2"), QStringLiteral("--node-up"),
                                       QStringLiteral("node3")},
                                      cib, &said);
        QVERIFY2(simulated == 0, qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("api")) && said.contains(QStringLiteral("Start")), qPrintable(said));
    }

    // A node joining a running cluster is held in standby by its CIB entry: Pacemaker's
    // scheduler reads it so and places nothing there, not even a clone's instance.
    void aJoiningNodeIsHeldInStandby()
    {
        const SetupPlan plan = labPlan();
        const SetupConfigs configs(plan, {{QStringLiteral("vip-ext"), QStringLiteral("ext0")}, {QStringLiteral("vip-int"), QStringLiteral("int0")}});
        const CibElement held = configs.standbyNode(*plan.node(QStringLiteral("node3")));
        QCOMPARE(held.scope, QStringLiteral("nodes"));
        QCOMPARE(held.id, QStringLiteral("3"));
        QByteArray cib = configs.cibConfiguration();
        const QByteArray entry = "<node id=\"3\" uname=\"node3\"/>";
        QVERIFY(cib.contains(entry));
        cib.replace(entry, held.xml.toUtf8());
        QString said;
        const int simulated = runTool(QStringLiteral("crm_simulate"),
                                      {QStringLiteral("--simulate"), QStringLiteral("--xml-file"), QStringLiteral("{}"), QStringLiteral("--node-up"),
                                       QStringLiteral("node1"), QStringLiteral("--node-up"), QStringLiteral("node2"), QStringLiteral("--node-up"),
                                       QStringLiteral("node3")},
                                      cib, &said);
        QVERIFY2(simulated == 0, qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Node node3: standby")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("( node1 )")) && !said.contains(QStringLiteral("( node3 )")), qPrintable(said));
    }

    void hostChecksPassOnTheLab()
    {
        const HostVerdict verdict = HostChecks::check(labPlan(), labHosts());
        QVERIFY2(verdict.refusals.isEmpty(), qPrintable(joined(verdict.refusals)));
        QCOMPARE(verdict.vipInterfaces.value(QStringLiteral("vip-int")), QStringLiteral("int0"));
        QCOMPARE(verdict.vipInterfaces.value(QStringLiteral("vip-ext")), QStringLiteral("ext0"));
        QVERIFY(verdict.missingPackages.isEmpty());
        QVERIFY(!verdict.resumes);
    }

    void hostChecksRefuse_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("expected");
        QTest::newRow("debian's hosts line") << "hosts" << "resolves node2 to 127.0.1.1";
        QTest::newRow("clock") << "clock" << "its clock is 120.0 s ahead of";
        QTest::newRow("vip outside") << "vip" << "outside every segment";
        QTest::newRow("versions") << "versions" << "every node needs the same version";
        QTest::newRow("member") << "member" << "belongs to a cluster already";
        QTest::newRow("other journal") << "journal" << "for cluster \"other\"";
        QTest::newRow("host name") << "hostname" << "its host name is \"localhost\"";
        QTest::newRow("link address") << "link" << "not on any of its interfaces";
        QTest::newRow("nftables") << "nftables" << "open 5405/udp, 3121/tcp, 80/tcp, 5000/tcp, 5001/tcp, 8080/tcp";
    }
    void hostChecksRefuse()
    {
        QFETCH(QString, fault);
        QFETCH(QString, expected);
        SetupPlan plan = labPlan();
        QList<HostFacts> hosts = labHosts();
        HostFacts& node2 = hosts[1];
        if (fault == u"hosts")
            node2.resolves.insert(QStringLiteral("node2"), {QStringLiteral("127.0.1.1"), QStringLiteral("198.18.0.12")});
        if (fault == u"clock")
            node2.clockOffsetMs = 120000;
        if (fault == u"vip")
            plan.vips[0].address = QHostAddress(QStringLiteral("10.99.0.100"));
        if (fault == u"versions")
            node2.versions.insert(QStringLiteral("pacemaker"), QStringLiteral("2.0"));
        if (fault == u"member")
            node2.membership = {QStringLiteral("corosync.conf (cluster \"prod\", 3 nodes)"), QStringLiteral("authkey")};
        if (fault == u"journal")
            node2.journal = {QJsonObject{{QStringLiteral("cluster"), QStringLiteral("other")}, {QStringLiteral("op"), QStringLiteral("file")}}};
        if (fault == u"hostname")
            node2.hostname = QStringLiteral("localhost");
        if (fault == u"link")
            node2.addresses.removeLast();
        if (fault == u"nftables")
            node2.firewall = QStringLiteral("nftables");
        const HostVerdict verdict = HostChecks::check(plan, hosts);
        QVERIFY2(joined(verdict.refusals).contains(expected), qPrintable(joined(verdict.refusals)));
    }

    void hostChecksKnowTheirOwnClusterAndWhatIsMissing()
    {
        QList<HostFacts> hosts = labHosts();
        // A half-built run of this plan: its VIP is up, its key is there; that is no refusal.
        hosts[0].journal = {QJsonObject{{QStringLiteral("cluster"), QStringLiteral("hadesk-lab")}, {QStringLiteral("op"), QStringLiteral("step-done")},
                                        {QStringLiteral("step"), QStringLiteral("corosync")}}};
        hosts[0].membership = {QStringLiteral("authkey"), QStringLiteral("corosync running")};
        hosts[0].addresses << HostFacts::Address{QStringLiteral("int0"), QStringLiteral("198.18.0.100"), 24, 1500};
        hosts[2].versions.remove(QStringLiteral("haproxy"));
        hosts[2].fenceAgents.clear();
        const HostVerdict verdict = HostChecks::check(labPlan(), hosts);
        QVERIFY2(verdict.refusals.isEmpty(), qPrintable(joined(verdict.refusals)));
        QVERIFY(verdict.resumes);
        QCOMPARE(hosts[0].lastStepDone(), QStringLiteral("corosync"));
        QCOMPARE(verdict.missingPackages.value(QStringLiteral("node3")),
                 (QStringList{QStringLiteral("fence-agents"), QStringLiteral("haproxy")}));
        // Unresolved names are a warning, not a refusal: corosync uses the addresses.
        hosts[1].resolves.clear();
        QVERIFY(!HostChecks::check(labPlan(), hosts).warnings.filter(QStringLiteral("does not resolve the name node1")).isEmpty());
    }

    void anAdditionNeedsTheClusterRunningAndABareNode()
    {
        const SetupPlan plan = labPlan();
        const QString added = QStringLiteral("node3");
        const QJsonObject ours{{QStringLiteral("cluster"), QStringLiteral("hadesk-lab")}, {QStringLiteral("op"), QStringLiteral("step-done")},
                               {QStringLiteral("step"), QStringLiteral("online")}};
        QList<HostFacts> hosts = labHosts();
        // Bare hosts: nothing to add to.
        QList<Refusal> refusals = HostChecks::additionRefusals(plan, hosts, added);
        QCOMPARE(refusals.size(), 2);
        QVERIFY2(joined(refusals).contains(QStringLiteral("node1: it does not run hadesk-lab as HAdesk built it")), qPrintable(joined(refusals)));
        // node1 and node2 run the cluster HAdesk built, node3 is bare: an addition.
        for (int i : {0, 1}) {
            hosts[i].journal = {ours};
            hosts[i].membership = {QStringLiteral("authkey"), QStringLiteral("corosync running")};
        }
        QVERIFY2(HostChecks::additionRefusals(plan, hosts, added).isEmpty(), qPrintable(joined(HostChecks::additionRefusals(plan, hosts, added))));
        // A cluster running there without HAdesk's journal is not one HAdesk built.
        QList<HostFacts> foreign = hosts;
        foreign[1].journal = {};
        QVERIFY(joined(HostChecks::additionRefusals(plan, foreign, added)).contains(QStringLiteral("node2: it does not run hadesk-lab")));
        // node3 in another cluster is refused; node3 part-way into this one is carried on.
        hosts[2].membership = {QStringLiteral("corosync running")};
        QVERIFY(joined(HostChecks::additionRefusals(plan, hosts, added)).contains(QStringLiteral("node3: it is in a cluster already")));
        hosts[2].journal = {ours};
        QVERIFY(HostChecks::additionRefusals(plan, hosts, added).isEmpty());
    }

    void agentChangesFilesOnceAndUndoesThem()
    {
        QTemporaryDir dir;
        const QString existing = dir.filePath(QStringLiteral("etc/existing.conf"));
        const QString created = dir.filePath(QStringLiteral("etc/new.conf"));
        QDir().mkpath(dir.filePath(QStringLiteral("etc")));
        QFile old(existing);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the host's own\n");
        old.close();
        const QJsonArray actions{
            QJsonObject{{QStringLiteral("op"), QStringLiteral("file")}, {QStringLiteral("path"), existing},
                        {QStringLiteral("b64"), QString::fromLatin1(QByteArray("HAdesk's\n").toBase64())}, {QStringLiteral("mode"), QStringLiteral("0644")}},
            QJsonObject{{QStringLiteral("op"), QStringLiteral("file")}, {QStringLiteral("path"), created},
                        {QStringLiteral("b64"), QString::fromLatin1(QByteArray("new\n").toBase64())}, {QStringLiteral("mode"), QStringLiteral("0600")}}};
        auto ask = [&](const QString& mode) {
            return QJsonObject{{QStringLiteral("mode"), mode}, {QStringLiteral("journal"), dir.filePath(QStringLiteral("journal"))},
                               {QStringLiteral("step"), QStringLiteral("files")}, {QStringLiteral("cluster"), QStringLiteral("test")},
                               {QStringLiteral("actions"), actions}};
        };
        QList<QJsonObject> review = runAgent(ask(QStringLiteral("review")));
        QCOMPARE(review.size(), 3);
        QCOMPARE(review.at(0).value(u"result").toString(), QStringLiteral("would-change"));
        QVERIFY(review.at(0).value(u"diff").toString().contains(QStringLiteral("-the host's own\n+HAdesk's")));
        QVERIFY(!QFile::exists(created)); // a review changes nothing

        QList<QJsonObject> applied = runAgent(ask(QStringLiteral("apply")));
        QCOMPARE(applied.last().value(u"changed").toInt(), 2);
        QFile check(existing);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("HAdesk's\n"));
        QCOMPARE(QFile(created).permissions() & QFileDevice::ReadOther, QFileDevice::Permissions());

        QList<QJsonObject> again = runAgent(ask(QStringLiteral("apply")));
        QCOMPARE(again.last().value(u"changed").toInt(), 0); // done already: left alone

        // What the journal holds (remove-node's review reads it): the entries, then an end line.
        const QList<QJsonObject> journal = runAgent({{QStringLiteral("mode"), QStringLiteral("journal")},
                                                     {QStringLiteral("journal"), dir.filePath(QStringLiteral("journal"))}});
        QCOMPARE(journal.size(), 2);
        const QJsonArray entries = journal.first().value(u"entries").toArray();
        QCOMPARE(int(std::count_if(entries.begin(), entries.end(), [](const QJsonValue& e) { return e.toObject().value(u"op").toString() == u"file"; })), 2);
        QCOMPARE(journal.last().value(u"kind").toString(), QStringLiteral("end"));
        QCOMPARE(journal.last().value(u"result").toString(), QStringLiteral("ok"));

        int code = -1;
        QList<QJsonObject> undone = runAgent({{QStringLiteral("mode"), QStringLiteral("undo")},
                                              {QStringLiteral("journal"), dir.filePath(QStringLiteral("journal"))},
                                              {QStringLiteral("cluster"), QStringLiteral("test")}},
                                             &code);
        QCOMPARE(code, 0);
        QCOMPARE(undone.last().value(u"result").toString(), QStringLiteral("ok"));
        QVERIFY(!QFile::exists(created));
        check.close();
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("the host's own\n"));
        QVERIFY(!QDir(dir.filePath(QStringLiteral("journal"))).exists());
    }

    void aFailingStepUndoesItsOwnChanges()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.conf"));
        const QJsonArray actions{
            QJsonObject{{QStringLiteral("op"), QStringLiteral("file")}, {QStringLiteral("path"), first},
                        {QStringLiteral("b64"), QString::fromLatin1(QByteArray("one\n").toBase64())}, {QStringLiteral("mode"), QStringLiteral("0644")}},
            // A checker that refuses: the file is not installed, and the step's first change is taken back.
            QJsonObject{{QStringLiteral("op"), QStringLiteral("file")}, {QStringLiteral("path"), dir.filePath(QStringLiteral("second.conf"))},
                        {QStringLiteral("b64"), QString::fromLatin1(QByteArray("two\n").toBase64())}, {QStringLiteral("mode"), QStringLiteral("0644")},
                        {QStringLiteral("check"), QJsonArray{QStringLiteral("false"), QStringLiteral("{}")}}}};
        int code = 0;
        const QList<QJsonObject> lines = runAgent({{QStringLiteral("mode"), QStringLiteral("apply")}, {QStringLiteral("journal"), dir.filePath(QStringLiteral("j"))},
                                                   {QStringLiteral("step"), QStringLiteral("s")}, {QStringLiteral("cluster"), QStringLiteral("test")},
                                                   {QStringLiteral("actions"), actions}},
                                                  &code);
        QCOMPARE(code, 1);
        QCOMPARE(lines.last().value(u"result").toString(), QStringLiteral("failed"));
        QVERIFY2(lines.last().value(u"detail").toString().contains(QStringLiteral("false refused the new")), qPrintable(lines.last().value(u"detail").toString()));
        QVERIFY(!QFile::exists(first));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("second.conf"))));
    }

    void aFailingStepPutsBackTheVersionBeforeIt()
    {
        // Found in review: the one backup per path held the host's own file, so a later step's
        // failure put back the package's file instead of the cluster's.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cluster.conf"));
        QFile original(path);
        QVERIFY(original.open(QIODevice::WriteOnly));
        original.write("the host's own\n");
        original.close();
        auto write = [&](const QByteArray& contents, bool failAfter) {
            QJsonArray actions{QJsonObject{{QStringLiteral("op"), QStringLiteral("file")}, {QStringLiteral("path"), path},
                                           {QStringLiteral("b64"), QString::fromLatin1(contents.toBase64())}, {QStringLiteral("mode"), QStringLiteral("0644")}}};
            if (failAfter)
                actions << QJsonObject{{QStringLiteral("op"), QStringLiteral("check")}, {QStringLiteral("what"), QStringLiteral("a check that fails")},
                                       {QStringLiteral("argv"), QJsonArray{QStringLiteral("false")}}};
            return runAgent({{QStringLiteral("mode"), QStringLiteral("apply")}, {QStringLiteral("journal"), dir.filePath(QStringLiteral("j"))},
                             {QStringLiteral("step"), failAfter ? QStringLiteral("two") : QStringLiteral("one")},
                             {QStringLiteral("cluster"), QStringLiteral("test")}, {QStringLiteral("actions"), actions}});
        };
        auto contents = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        };
        QCOMPARE(write("first\n", false).last().value(u"result").toString(), QStringLiteral("ok"));
        QCOMPARE(write("second\n", true).last().value(u"result").toString(), QStringLiteral("failed"));
        QCOMPARE(contents(), QByteArray("first\n"));
        // Everything undone, newest first, ends with the host's own file.
        QCOMPARE(write("second\n", false).last().value(u"result").toString(), QStringLiteral("ok"));
        const QList<QJsonObject> undone = runAgent({{QStringLiteral("mode"), QStringLiteral("undo")},
                                                    {QStringLiteral("journal"), dir.filePath(QStringLiteral("j"))},
                                                    {QStringLiteral("cluster"), QStringLiteral("test")}});
        QCOMPARE(undone.last().value(u"result").toString(), QStringLiteral("ok"));
        QCOMPARE(contents(), QByteArray("the host's own\n"));
    }

    void agentSurvivesWhatAKillLeaves()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("j")));
        QFile journal(dir.filePath(QStringLiteral("j/journal.jsonl")));
        QVERIFY(journal.open(QIODevice::WriteOnly));
        const QString made = dir.filePath(QStringLiteral("made.conf"));
        QFile(made).open(QIODevice::WriteOnly);
        journal.write(QJsonDocument(QJsonObject{{QStringLiteral("op"), QStringLiteral("file")}, {QStringLiteral("path"), made},
                                                {QStringLiteral("backup"), QJsonValue::Null}, {QStringLiteral("cluster"), QStringLiteral("test")}})
                          .toJson(QJsonDocument::Compact)
                      + "\n{\"op\": \"fi");
        journal.close();
        const QList<QJsonObject> undone = runAgent({{QStringLiteral("mode"), QStringLiteral("undo")},
                                                    {QStringLiteral("journal"), dir.filePath(QStringLiteral("j"))},
                                                    {QStringLiteral("cluster"), QStringLiteral("test")}});
        QCOMPARE(undone.last().value(u"result").toString(), QStringLiteral("ok"));
        QVERIFY(!QFile::exists(made));
        // A request it does not know is refused with an end line, never taken for an apply.
        const QList<QJsonObject> unknown = runAgent({{QStringLiteral("mode"), QStringLiteral("destroy")}});
        QCOMPARE(unknown.last().value(u"result").toString(), QStringLiteral("failed"));
        const QList<QJsonObject> broken = runAgent({{QStringLiteral("nothing"), true}});
        QVERIFY(broken.last().value(u"detail").toString().contains(QStringLiteral("KeyError")));
        // A test fence some node's journal has already is not done again.
        const QList<QJsonObject> fence = runAgent({{QStringLiteral("mode"), QStringLiteral("apply")}, {QStringLiteral("journal"), dir.filePath(QStringLiteral("k"))},
                                                   {QStringLiteral("step"), QStringLiteral("fence-test")}, {QStringLiteral("cluster"), QStringLiteral("test")},
                                                   {QStringLiteral("actions"), QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("fence")},
                                                                                                      {QStringLiteral("node"), QStringLiteral("node3")},
                                                                                                      {QStringLiteral("timeout_s"), 1},
                                                                                                      {QStringLiteral("back_timeout_s"), 1},
                                                                                                      {QStringLiteral("done"), true}}}}});
        QCOMPARE(fence.first().value(u"result").toString(), QStringLiteral("unchanged"));
    }

    void derivedIdsAreTaken()
    {
        // Found in review: a service "web-clone" beside the active/active "web" replaced web's clone.
        const QList<Refusal> refusals = refusalsOf([](QJsonObject& root) {
            QJsonArray services = root.value(u"services").toArray();
            QJsonObject s = services.at(0).toObject();
            s.insert(QStringLiteral("name"), QStringLiteral("web-clone"));
            services.replace(0, s);
            root.insert(QStringLiteral("services"), services);
            QJsonObject haproxy = root.value(u"haproxy").toObject();
            QJsonArray frontends = haproxy.value(u"frontends").toArray();
            QJsonObject f = frontends.at(1).toObject();
            f.insert(QStringLiteral("service"), QStringLiteral("web-clone"));
            frontends.replace(1, f);
            haproxy.insert(QStringLiteral("frontends"), frontends);
            root.insert(QStringLiteral("haproxy"), haproxy);
        });
        QVERIFY2(joined(refusals).contains(QStringLiteral("web-clone is used twice")), qPrintable(joined(refusals)));
        const QList<Refusal> fence = refusalsOf([](QJsonObject& root) {
            QJsonArray vips = root.value(u"vips").toArray();
            QJsonObject v = vips.at(0).toObject();
            v.insert(QStringLiteral("id"), QStringLiteral("fence-node1"));
            vips.replace(0, v);
            root.insert(QStringLiteral("vips"), vips);
            QJsonObject haproxy = root.value(u"haproxy").toObject();
            QJsonArray frontends = haproxy.value(u"frontends").toArray();
            QJsonObject f = frontends.at(0).toObject();
            f.insert(QStringLiteral("vip"), QStringLiteral("fence-node1"));
            frontends.replace(0, f);
            haproxy.insert(QStringLiteral("frontends"), frontends);
            root.insert(QStringLiteral("haproxy"), haproxy);
        });
        QVERIFY2(joined(fence).contains(QStringLiteral("fence-node1 is used twice")), qPrintable(joined(fence)));
    }

    void agentMeasuresALink()
    {
        // A real UDP echo over loopback, through the agent's own server and prober.
        QUdpSocket probe;
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        const int port = probe.localPort();
        probe.close();
        const QJsonObject ask{{QStringLiteral("mode"), QStringLiteral("links")},
                              {QStringLiteral("port"), port},
                              {QStringLiteral("duration_s"), 6},
                              {QStringLiteral("start_after_s"), 0.5},
                              {QStringLiteral("listen"), QJsonArray{QStringLiteral("127.0.0.1")}},
                              {QStringLiteral("probes"), QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("a")},
                                                                                {QStringLiteral("to"), QStringLiteral("b")},
                                                                                {QStringLiteral("link"), 0},
                                                                                {QStringLiteral("local"), QStringLiteral("127.0.0.1")},
                                                                                {QStringLiteral("remote"), QStringLiteral("127.0.0.1")}}}}};
        QByteArray output;
        for (const QJsonObject& line : runAgent(ask))
            output += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
        QStringList errors;
        const QList<LinkResult> results = LinkTest::parse(QStringLiteral("a"), output, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().ok, qPrintable(results.first().error));
        QCOMPARE(results.first().lost, 0);
        QVERIFY(results.first().rttMaxMs >= results.first().rttMinMs);
        QCOMPARE(results.first().mtu, 9000); // loopback carries the largest probe
        // A link nobody answers on is a refusal, said with where.
        const LinkResult dead{QStringLiteral("node1"), QStringLiteral("node2"), 1, QStringLiteral("198.19.0.11"), QStringLiteral("198.19.0.12"),
                              false, QStringLiteral("no UDP echo from 198.19.0.12:5405")};
        SetupPlan two = planWithNodes(2, QStringLiteral("default"));
        const LinkVerdict verdict = LinkTest::judge(two, {dead});
        QVERIFY(joined(verdict.refusals).contains(QStringLiteral("node1 → node2 link 1")));
        QCOMPARE(verdict.suggestedTiming, QStringLiteral("default"));
    }

    void aRunningClusterIsNotMeasured()
    {
        // Every node runs corosync already (a run to continue): no round trip to speak of.
        const SetupPlan plan = labPlan();
        const LinkVerdict verdict = LinkTest::judge(plan, {}, plan.nodeNames());
        QVERIFY2(verdict.refusals.isEmpty(), qPrintable(joined(verdict.refusals)));
        QCOMPARE(verdict.summary, QStringLiteral("nothing to measure"));
    }
};

QTEST_GUILESS_MAIN(TestSetup)
#include "tst_setup.moc"
