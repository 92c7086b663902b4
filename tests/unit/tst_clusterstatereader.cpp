#include "backend/pacemaker/ClusterStateReader.h"
#include "backend/pacemaker/StatusJson.h"
#include "PacemakerFixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace hadesk::pcmk;

namespace {

QByteArray fixture(const QString& name)
{
    return PacemakerFixtures::file(name);
}

ClusterState load(const QString& state)
{
    return PacemakerFixtures::state(state);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestClusterStateReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthyLab()
    {
        const ClusterState state = load(QStringLiteral("healthy"));
        QCOMPARE(state.clusterName, QStringLiteral("hadesk-lab"));
        QVERIFY(state.hasQuorum);
        QVERIFY(!state.dc.isEmpty());
        QCOMPARE(state.nodes.size(), 3);
        for (const Node& node : state.nodes) {
            QVERIFY(node.online);
            QVERIFY(!node.standby);
            QCOMPARE(node.isDc, node.name == state.dc);
        }
        QCOMPARE(state.properties.value(QStringLiteral("stonith-enabled")), QStringLiteral("true"));
        QVERIFY(state.epoch > 0);

        QCOMPARE(state.resources.size(), 12 - 6 + 2 + 2); // 6 clone instances are 2 primitives + 2 clones
        const Resource* vip = state.resource(QStringLiteral("vip-ext"));
        QVERIFY(vip);
        QCOMPARE(vip->agent(), QStringLiteral("ocf:heartbeat:IPaddr2"));
        QCOMPARE(vip->instanceAttributes.value(QStringLiteral("ip")), QStringLiteral("198.19.0.100"));
        QCOMPARE(vip->operations.size(), 1);
        QCOMPARE(vip->operations.at(0).interval, QStringLiteral("10s"));
        QCOMPARE(vip->role, QStringLiteral("Started"));
        QCOMPARE(vip->activeOn.size(), 1);

        const Resource* clone = state.resource(QStringLiteral("haproxy-clone"));
        QCOMPARE(clone->kind, ResourceKind::Clone);
        QCOMPARE(clone->children, QStringList{QStringLiteral("haproxy")});
        QCOMPARE(sorted(clone->activeOn), (QStringList{QStringLiteral("node1"), QStringLiteral("node2"),
                                                       QStringLiteral("node3")}));
        QCOMPARE(state.resource(QStringLiteral("haproxy"))->parent, QStringLiteral("haproxy-clone"));
        QCOMPARE(state.resource(QStringLiteral("haproxy"))->agent(), QStringLiteral("lsb:haproxy"));
        QCOMPARE(state.resource(QStringLiteral("fence-node1"))->agent(), QStringLiteral("stonith:fence_hadesk_lab"));

        QCOMPARE(state.constraints.size(), 12);
        int locations = 0;
        for (const Constraint& constraint : state.constraints)
            locations += constraint.kind == ConstraintKind::Location;
        QCOMPARE(locations, 5);
        QVERIFY(state.failures.isEmpty());
    }

    void nodeInStandby()
    {
        const ClusterState state = load(QStringLiteral("standby"));
        const Node* node2 = state.node(QStringLiteral("node2"));
        QVERIFY(node2->standby);
        QVERIFY(node2->online);
        QCOMPARE(node2->attributes.value(QStringLiteral("standby")), QStringLiteral("on"));
        for (const Resource& resource : state.resources)
            QVERIFY2(!resource.activeOn.contains(QStringLiteral("node2")), qPrintable(resource.id));
    }

    void failedMonitor()
    {
        const ClusterState state = load(QStringLiteral("failure"));
        QCOMPARE(state.failures.size(), 1);
        const FailedAction& failure = state.failures.at(0);
        QCOMPARE(failure.resource, QStringLiteral("web"));
        QCOMPARE(failure.node, QStringLiteral("node3"));
        QCOMPARE(failure.operation, QStringLiteral("monitor"));
        QCOMPARE(failure.intervalMs, 10000);
        QCOMPARE(failure.exitCode, 1);
    }

    void movesAndBansLeaveConstraints()
    {
        const ClusterState state = load(QStringLiteral("moved"));
        const auto find = [&](const QString& id) {
            return std::find_if(state.constraints.cbegin(), state.constraints.cend(),
                                [&](const Constraint& c) { return c.id == id; });
        };
        const auto prefer = find(QStringLiteral("cli-prefer-vip-ext"));
        QVERIFY(prefer != state.constraints.cend());
        QVERIFY(prefer->isFromMoveOrBan());
        QCOMPARE(prefer->attributes.value(QStringLiteral("node")), QStringLiteral("node2"));
        QVERIFY(prefer->expires.isEmpty());
        const auto ban = find(QStringLiteral("cli-ban-api-on-node3"));
        QVERIFY(ban != state.constraints.cend());
        QVERIFY(ban->hasRules);
        QVERIFY(!ban->expires.isEmpty());
        QCOMPARE(ban->resources, QStringList{QStringLiteral("api")});
        QCOMPARE(ban->ruleNode, QStringLiteral("node3"));
        QCOMPARE(state.resource(QStringLiteral("vip-ext"))->activeOn, QStringList{QStringLiteral("node2")});
        QVERIFY(!state.resource(QStringLiteral("api"))->activeOn.contains(QStringLiteral("node3")));
    }

    void fencingHistory()
    {
        const ClusterState state = load(QStringLiteral("fenced"));
        const bool found = std::any_of(state.fencing.cbegin(), state.fencing.cend(), [](const FenceEvent& e) {
            return e.target == u"node3" && e.action == u"reboot" && e.status == u"success";
        });
        QVERIFY(found);
    }

    void groupsAndPromotableClones()
    {
        const ClusterState state = load(QStringLiteral("promotable"));
        const Resource* clone = state.resource(QStringLiteral("stateful-clone"));
        QCOMPARE(clone->kind, ResourceKind::Promotable);
        QCOMPARE(clone->role, QStringLiteral("Promoted"));
        QCOMPARE(clone->activeOn.size(), 3);
        QCOMPARE(state.resource(QStringLiteral("stateful"))->role, QStringLiteral("Promoted"));
        const Resource* group = state.resource(QStringLiteral("db-group"));
        QCOMPARE(group->kind, ResourceKind::Group);
        QCOMPARE(group->children, (QStringList{QStringLiteral("db-fs"), QStringLiteral("db")}));
        QCOMPARE(group->role, QStringLiteral("Started"));
        QCOMPARE(group->activeOn, QStringList{QStringLiteral("node1")}); // with the promoted instance
        QCOMPARE(state.resource(QStringLiteral("db"))->parent, QStringLiteral("db-group"));
        QCOMPARE(state.resource(QStringLiteral("db"))->instanceAttributes.value(QStringLiteral("state")),
                 QStringLiteral("/run/db.state"));
    }

    void failCountsFromTheNodeHistory()
    {
        const ClusterState state = load(QStringLiteral("failure"));
        const QList<FailCount> counts = state.failCountsOf(QStringLiteral("web"));
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.at(0).node, QStringLiteral("node3"));
        QCOMPARE(counts.at(0).count, 1);
        QVERIFY(!counts.at(0).lastFailure.isEmpty());
        QVERIFY(load(QStringLiteral("healthy")).failCounts.isEmpty());

        // Per operation, from node3's transient attributes: what a cleanup of that operation forgets.
        const QList<OperationFailCount> perOperation = state.operationFailCountsOf(QStringLiteral("web"));
        QCOMPARE(perOperation.size(), 1);
        QCOMPARE(perOperation.at(0).node, QStringLiteral("node3"));
        QCOMPARE(perOperation.at(0).operation, QStringLiteral("monitor"));
        QCOMPARE(perOperation.at(0).intervalMs, 10000);
        QCOMPARE(perOperation.at(0).count, 1);
        QCOMPARE(perOperation.at(0).lastFailureEpoch, 1795241395);
        QVERIFY(state.operationFailCountsOf(QStringLiteral("api")).isEmpty());
        // A clone instance's counts are its primitive's; names with underscores, INFINITY.
        ClusterState instances = state;
        instances.nodes[0].transientAttributes = {{QStringLiteral("fail-count-web:1#migrate_to_0"), QStringLiteral("INFINITY")},
                                                  {QStringLiteral("fail-count-webby#monitor_10000"), QStringLiteral("2")}};
        const QList<OperationFailCount> more = instances.operationFailCountsOf(QStringLiteral("web"));
        QCOMPARE(more.size(), 2);
        QCOMPARE(more.at(0).operation, QStringLiteral("migrate_to"));
        QCOMPARE(more.at(0).intervalMs, 0);
        QCOMPARE(more.at(0).count, 1000000);
    }

    void pendingStartAndTransientAttributes()
    {
        const ClusterState state = load(QStringLiteral("pending"));
        QCOMPARE(state.pending.size(), 1);
        const PendingAction& pending = state.pending.at(0);
        QCOMPARE(pending.resource, QStringLiteral("slow"));
        QCOMPARE(pending.operation, QStringLiteral("start"));
        QCOMPARE(pending.node, state.resource(QStringLiteral("slow"))->activeOn.value(0));
        QVERIFY(pending.sinceEpoch > 1'700'000'000);
        QCOMPARE(state.resource(QStringLiteral("slow"))->role, QStringLiteral("Starting"));
        QCOMPARE(state.node(QStringLiteral("node2"))->transientAttributes.value(QStringLiteral("hadesk-probe")),
                 QStringLiteral("42"));
        QVERIFY(!state.node(QStringLiteral("node1"))->transientAttributes.contains(QStringLiteral("hadesk-probe")));
        QVERIFY(load(QStringLiteral("healthy")).pending.isEmpty());
    }

    void bundlesAndTheirImplicitResources()
    {
        const ClusterState state = load(QStringLiteral("features"));
        const Resource* bundle = state.resource(QStringLiteral("registry-bundle"));
        QVERIFY(bundle);
        QCOMPARE(bundle->kind, ResourceKind::Bundle);
        QCOMPARE(bundle->role, QStringLiteral("Started"));
        const Resource* inside = state.resource(QStringLiteral("registry"));
        QCOMPARE(inside->parent, QStringLiteral("registry-bundle"));
        QCOMPARE(inside->activeOn, (QStringList{QStringLiteral("registry-bundle-0"), QStringLiteral("registry-bundle-1")}));
        const Resource* container = state.resource(QStringLiteral("registry-bundle-podman-0"));
        QVERIFY(container);
        QVERIFY(container->implicit);
        QVERIFY(!container->orphaned);
        QCOMPARE(container->parent, QStringLiteral("registry-bundle"));
        QCOMPARE(container->agent(), QStringLiteral("ocf:heartbeat:podman"));
        QVERIFY(bundle->children.contains(QStringLiteral("registry-bundle-podman-1")));
        // The bundle is active where its containers run and on its own replica nodes.
        QVERIFY(bundle->activeOn.contains(container->activeOn.value(0)));
        QVERIFY(bundle->activeOn.contains(QStringLiteral("registry-bundle-0")));
        QVERIFY(!state.resource(QStringLiteral("vip-ext"))->implicit);
    }

    void remoteGuestAndBundleNodes()
    {
        const ClusterState state = load(QStringLiteral("features"));
        const Node* remote = state.node(QStringLiteral("remote1"));
        QCOMPARE(remote->type, QStringLiteral("remote"));
        QCOMPARE(remote->connectionResource, QStringLiteral("remote1"));
        QCOMPARE(remote->address, QStringLiteral("198.18.0.21"));
        QVERIFY(remote->online);
        const Node* guest = state.node(QStringLiteral("guest1"));
        QCOMPARE(guest->type, QStringLiteral("guest"));
        QCOMPARE(guest->connectionResource, QStringLiteral("vm-guest1"));
        QCOMPARE(guest->address, QStringLiteral("198.18.0.31"));
        QVERIFY(state.resource(QStringLiteral("guest1"))->implicit);
        const Node* replica = state.node(QStringLiteral("registry-bundle-1"));
        QCOMPARE(replica->type, QStringLiteral("bundle"));
        QCOMPARE(replica->connectionResource, QStringLiteral("registry-bundle-podman-1"));
        QVERIFY(state.node(QStringLiteral("node1"))->isClusterMember());
        QCOMPARE(state.node(QStringLiteral("node3"))->transientAttributes.value(QStringLiteral("hadesk-probe")),
                 QStringLiteral("7"));
    }

    void ticketsRulesSetsAndAlerts()
    {
        const ClusterState state = load(QStringLiteral("features"));
        const auto constraint = [&](const QString& id) -> const Constraint& {
            const auto it = std::find_if(state.constraints.cbegin(), state.constraints.cend(),
                                         [&](const Constraint& c) { return c.id == id; });
            if (it == state.constraints.cend())
                qFatal("no constraint %s", qPrintable(id));
            return *it;
        };
        const Constraint& ticket = constraint(QStringLiteral("db-replica-needs-site-a"));
        QCOMPARE(ticket.kind, ConstraintKind::Ticket);
        QCOMPARE(ticket.resources, QStringList{QStringLiteral("db-replica")});
        QCOMPARE(ticket.attributes.value(QStringLiteral("ticket")), QStringLiteral("site-a"));
        const Constraint& rule = constraint(QStringLiteral("cache-a-weekdays"));
        QVERIFY(rule.hasRules);
        QVERIFY(rule.expires.isEmpty()); // a date_spec is a schedule, not a lifetime
        const Constraint& together = constraint(QStringLiteral("caches-together"));
        QVERIFY(together.hasResourceSets);
        QCOMPARE(together.resources, (QStringList{QStringLiteral("cache-a"), QStringLiteral("cache-b")}));
        const Constraint& order = constraint(QStringLiteral("vip-then-caches"));
        QCOMPARE(order.kind, ConstraintKind::Order);
        QCOMPARE(order.resources, (QStringList{QStringLiteral("vip-int"), QStringLiteral("cache-a"), QStringLiteral("cache-b")}));
        QCOMPARE(state.constraintsOf(QStringLiteral("cache-b")).size(), 2);

        QCOMPARE(state.tickets.size(), 2);
        for (const Ticket& t : state.tickets) {
            QVERIFY(t.granted);
            QCOMPARE(t.standby, t.id == u"site-b");
        }
        QCOMPARE(state.alerts.size(), 1);
        const Alert& alert = state.alerts.at(0);
        QCOMPARE(alert.id, QStringLiteral("alert-file"));
        QCOMPARE(alert.path, QStringLiteral("/usr/share/pacemaker/alerts/alert_file.sh.sample"));
        QCOMPARE(alert.recipients, QStringList{QStringLiteral("/var/log/pacemaker/alerts.log")});
        QCOMPARE(alert.selects, (QStringList{QStringLiteral("nodes"), QStringLiteral("fencing"), QStringLiteral("resources")}));
        QCOMPARE(alert.metaAttributes.value(QStringLiteral("timeout")), QStringLiteral("15s"));
    }

    void jsonFollowsTheSchema()
    {
        const QJsonObject json = statusJson(load(QStringLiteral("promotable")));
        const QJsonArray resources = json.value(QStringLiteral("resources")).toArray();
        QJsonObject db, group;
        for (const QJsonValue& value : resources) {
            if (value[QStringLiteral("id")].toString() == u"db")
                db = value.toObject();
            if (value[QStringLiteral("id")].toString() == u"db-group")
                group = value.toObject();
        }
        QCOMPARE(db.value(QStringLiteral("kind")).toString(), QStringLiteral("primitive"));
        QCOMPARE(db.value(QStringLiteral("agent")).toString(), QStringLiteral("ocf:pacemaker:Dummy"));
        QCOMPARE(db.value(QStringLiteral("parent")).toString(), QStringLiteral("db-group"));
        QVERIFY(group.value(QStringLiteral("agent")).isNull());
        QVERIFY(group.value(QStringLiteral("parent")).isNull());
        QCOMPARE(group.value(QStringLiteral("active_on")).toArray(), QJsonArray{QStringLiteral("node1")});
        QCOMPARE(json.value(QStringLiteral("nodes")).toArray().size(), 3);
        QVERIFY(json.value(QStringLiteral("nodes")).toArray().at(0).toObject().contains(QStringLiteral("maintenance")));
        QCOMPARE(json.value(QStringLiteral("constraints")).toArray().at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("location"));
    }

    void jsonCarriesRemoteNodesPendingAndTickets()
    {
        const QJsonObject features = statusJson(load(QStringLiteral("features")));
        QJsonObject guest;
        for (const QJsonValue& node : features.value(QStringLiteral("nodes")).toArray()) {
            if (node[QStringLiteral("name")].toString() == u"guest1")
                guest = node.toObject();
        }
        QCOMPARE(guest.value(QStringLiteral("type")).toString(), QStringLiteral("guest"));
        QCOMPARE(guest.value(QStringLiteral("connection")).toString(), QStringLiteral("vm-guest1"));
        QCOMPARE(features.value(QStringLiteral("tickets")).toArray().size(), 2);
        QCOMPARE(features.value(QStringLiteral("alerts")).toArray().size(), 1);
        const QJsonArray pending = statusJson(load(QStringLiteral("pending"))).value(QStringLiteral("pending")).toArray();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0)[QStringLiteral("operation")].toString(), QStringLiteral("start"));
        const QJsonArray failCounts = statusJson(load(QStringLiteral("failure"))).value(QStringLiteral("fail_counts")).toArray();
        QCOMPARE(failCounts.size(), 1);
        QCOMPARE(failCounts.at(0)[QStringLiteral("count")].toInt(), 1);
    }

    void hostileXmlIsRefused_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("Premature end");
        QTest::newRow("truncated") << fixture(QStringLiteral("healthy.cib.xml")).left(5000)
                                   << QStringLiteral("line");
        QTest::newRow("not a cib") << QByteArray("<html><body/></html>") << QStringLiteral("not a CIB");
        QTest::newRow("billion laughs")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE cib [<!ENTITY a \"aaaaaaaaaa\">"
                          "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                          "<cib epoch=\"&c;\"><configuration/></cib>")
            << QStringLiteral("entity declarations");
        QTest::newRow("external entity")
            << QByteArray("<!DOCTYPE cib [<!ENTITY x SYSTEM \"file:///etc/shadow\">]><cib>&x;</cib>")
            << QStringLiteral("entity declarations");
        QByteArray deep;
        for (int i = 0; i < 100000; ++i)
            deep += "<x>";
        QTest::newRow("deep nesting") << deep << QStringLiteral("nested deeper");
        QTest::newRow("two roots") << QByteArray("<cib/><cib/>") << QStringLiteral("line");
    }

    void hostileXmlIsRefused()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, errorPart);
        ClusterState state;
        QString error;
        QVERIFY(!ClusterStateReader::readCib(xml, &state, &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY(!ClusterStateReader::readCrmMon(xml, &state, &error));
    }

    void hugeAttributesAreReadOrRefusedWithoutHarm()
    {
        const QByteArray huge = "<cib epoch=\"1\"><configuration><crm_config><cluster_property_set id=\"p\">"
                                "<nvpair id=\"n\" name=\"big\" value=\"" +
                                QByteArray(32 * 1024 * 1024, 'x') + "\"/></cluster_property_set></crm_config></configuration></cib>";
        ClusterState state;
        QString error;
        QVERIFY2(ClusterStateReader::readCib(huge, &state, &error), qPrintable(error));
        QCOMPARE(state.properties.value(QStringLiteral("big")).size(), 32 * 1024 * 1024);
    }

    void crmMonErrorsAreReported()
    {
        ClusterState state;
        QString error;
        QVERIFY(!ClusterStateReader::readCrmMon(
            "<pacemaker-result api-version=\"2.25\" request=\"crm_mon\"><status code=\"102\" "
            "message=\"Not connected\"/></pacemaker-result>",
            &state, &error));
        QVERIFY2(error.contains(QLatin1String("Not connected")), qPrintable(error));
    }

    // Found by fuzz_pacemaker_xml: one flipped bit took a resource's id attribute away.
    void resourcesWithoutAnIdAreSkipped()
    {
        QByteArray cib = PacemakerFixtures::file(QStringLiteral("healthy.cib.xml"));
        QByteArray monitor = PacemakerFixtures::file(QStringLiteral("healthy.crm_mon.xml"));
        QVERIFY(cib.contains("<primitive id=\"api\""));
        QVERIFY(monitor.contains("<resource id=\"api\""));
        cib.replace("<primitive id=\"api\"", "<primitive hd=\"api\"");
        monitor.replace("<resource id=\"api\"", "<resource hd=\"api\"");
        ClusterState state;
        QString error;
        QVERIFY2(ClusterStateReader::readCib(cib, &state, &error), qPrintable(error));
        QVERIFY2(ClusterStateReader::readCrmMon(monitor, &state, &error), qPrintable(error));
        QVERIFY(!state.resource(QStringLiteral("api")));
        QVERIFY(!state.resource(QString()));
        QVERIFY(state.resource(QStringLiteral("vip-int")));
    }
};

QTEST_GUILESS_MAIN(TestClusterStateReader)
#include "tst_clusterstatereader.moc"
