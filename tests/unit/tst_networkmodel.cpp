// The network picture from what the lab's nodes said ("ip -j addr show", sysfs speeds, "ss -Hltnp",
// Corosync's nodelist, HAProxy's configuration) and the cluster state of the same moment
// (tests/fixtures/network/capture.sh).
#include "DrbdFixtures.h"
#include "NetworkFixtures.h"
#include "backend/ServiceHealth.h"
#include "backend/drbd/DrbdOverview.h"
#include "backend/haproxy/RuntimeState.h"
#include "PacemakerFixtures.h"
#include "backend/network/NetworkModel.h"

#include <QTest>

using namespace hadesk;
using namespace hadesk::net;

namespace {

QByteArray fixture(const QString& name)
{
    return Fixtures::file(QLatin1String("network/") + name);
}

QList<NodeInterfaces> interfaces(const QString& state)
{
    QList<NodeInterfaces> nodes;
    for (const char* node : {"node1", "node2", "node3"}) {
        NodeInterfaces read{QLatin1String(node), {}};
        QString error;
        const QString prefix = state + u'.' + QLatin1String(node);
        if (!NetworkReader::readAddresses(fixture(prefix + QLatin1String(".ip-addr.json")), &read.interfaces, &error))
            qFatal("%s: %s", qPrintable(prefix), qPrintable(error));
        NetworkReader::readSpeeds(fixture(prefix + QLatin1String(".speed.txt")), &read.interfaces);
        nodes << read;
    }
    return nodes;
}

pcmk::ClusterState cluster(const QString& state)
{
    return PacemakerFixtures::state(state, QStringLiteral("network"));
}

QList<NodeServices> services(const QString& state)
{
    return NetworkFixtures::services(state);
}

const QMap<QString, SegmentLabel> kLabRoles{
    {QStringLiteral("198.19.0.0/24"), {QStringLiteral("public"), QStringLiteral("external")}},
    {QStringLiteral("198.18.0.0/24"), {QStringLiteral("data"), QStringLiteral("internal")}}};

NetworkPicture pictureOf(const QString& state, const QMap<QString, SegmentLabel>& labels = kLabRoles)
{
    return NetworkModel::build(interfaces(state), cluster(state), labels, services(state));
}

const Service* serviceOn(const NetworkPicture& picture, const QString& vip, int port)
{
    for (const Service& s : picture.services) {
        if (s.vip == vip && s.port == port)
            return &s;
    }
    return nullptr;
}


const Vip* vipOf(const NetworkPicture& picture, const QString& resource)
{
    for (const Vip& vip : picture.vips) {
        if (vip.resource == resource)
            return &vip;
    }
    return nullptr;
}

QStringList warningsAbout(const NetworkPicture& picture, const QString& subject)
{
    QStringList texts;
    for (const Warning& w : picture.warnings) {
        if (w.subject == subject)
            texts << w.text;
    }
    return texts;
}

} // namespace

class TestNetworkModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsInterfacesAndSpeeds()
    {
        const QList<NodeInterfaces> nodes = interfaces(QStringLiteral("healthy"));
        const QList<Interface>& node2 = nodes.at(1).interfaces;
        QStringList names;
        for (const Interface& i : node2)
            names << i.name;
        QVERIFY(names.contains(QStringLiteral("ext0")) && names.contains(QStringLiteral("int0")));
        for (const Interface& i : node2) {
            if (i.name == u"lo") {
                QVERIFY(i.addresses.isEmpty()); // host scope: not a network of the cluster
                QCOMPARE(i.speedMbps, -1);
            }
            if (i.name == u"ext0") {
                QCOMPARE(i.state, QStringLiteral("UP"));
                QCOMPARE(i.speedMbps, 10000);
                QVERIFY(i.addresses.contains(InterfaceAddress{QStringLiteral("198.19.0.12"), 24}));
                QCOMPARE(i.addresses.size(), 1); // no link-local
            }
        }
    }

    void findsTheSegmentsAndWhereEachVipIs()
    {
        const NetworkPicture picture = NetworkModel::build(
            interfaces(QStringLiteral("healthy")), cluster(QStringLiteral("healthy")),
            {{QStringLiteral("198.19.0.0/24"), {QStringLiteral("public"), QStringLiteral("external")}}});
        QStringList subnets;
        for (const Segment& s : picture.segments)
            subnets << s.subnet;
        QCOMPARE(subnets, (QStringList{QStringLiteral("198.18.0.0/24"), QStringLiteral("198.19.0.0/24")}));
        const Segment& external = picture.segments.at(1);
        QCOMPARE(external.role, QStringLiteral("external"));
        QCOMPARE(external.name, QStringLiteral("public"));
        QCOMPARE(external.interfaceOn.value(QStringLiteral("node3")), QStringLiteral("ext0"));
        QCOMPARE(picture.segments.at(0).interfaceOn.size(), 3);

        for (const auto& [resource, address, segment] :
             {std::tuple{"vip-ext", "198.19.0.100", "198.19.0.0/24"}, std::tuple{"vip-int", "198.18.0.100", "198.18.0.0/24"}}) {
            const Vip* vip = vipOf(picture, QLatin1String(resource));
            QVERIFY(vip);
            QCOMPARE(vip->address, QLatin1String(address));
            QCOMPARE(vip->segment, QLatin1String(segment));
            QCOMPARE(vip->activeOn.size(), 1);
            QCOMPARE(vip->seenOn, vip->activeOn); // the node the cluster names carries it
        }
        QVERIFY2(picture.warnings.isEmpty(), qPrintable(picture.warnings.value(0).text));
    }

    void warnsOfAnAddressOnTwoNodes()
    {
        const NetworkPicture picture =
            NetworkModel::build(interfaces(QStringLiteral("duplicate")), cluster(QStringLiteral("duplicate")));
        QCOMPARE(vipOf(picture, QStringLiteral("vip-ext"))->seenOn.size(), 2);
        const QStringList warnings = warningsAbout(picture, QStringLiteral("vip-ext"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.at(0).contains(QLatin1String("at once")), qPrintable(warnings.at(0)));
        QVERIFY(warningsAbout(picture, QStringLiteral("vip-int")).isEmpty());
    }

    void warnsOfAVipOnTheWrongSegment()
    {
        pcmk::ClusterState state = cluster(QStringLiteral("healthy"));
        for (pcmk::Resource& r : state.resources) {
            if (r.id == u"vip-int")
                r.instanceAttributes[QStringLiteral("ip")] = QStringLiteral("10.99.0.5");
        }
        const NetworkPicture picture = NetworkModel::build(interfaces(QStringLiteral("healthy")), state);
        const QStringList warnings = warningsAbout(picture, QStringLiteral("vip-int"));
        QVERIFY(std::any_of(warnings.cbegin(), warnings.cend(),
                            [](const QString& w) { return w.contains(QLatin1String("in no subnet")); }));
        QVERIFY(std::any_of(warnings.cbegin(), warnings.cend(),
                            [](const QString& w) { return w.contains(QLatin1String("does not carry 10.99.0.5")); }));
    }

    void warnsOfANodeWithoutTheVipsSegment()
    {
        QList<NodeInterfaces> nodes = interfaces(QStringLiteral("healthy"));
        nodes[2].interfaces.removeIf([](const Interface& i) { return i.name == u"int0"; });
        const NetworkPicture picture = NetworkModel::build(nodes, cluster(QStringLiteral("healthy")));
        QCOMPARE(warningsAbout(picture, QStringLiteral("vip-int")),
                 QStringList{QStringLiteral("vip-int may run on node3, which has no interface on 198.18.0.0/24")});
    }

    void warnsOfAVipColocatedWithNothing()
    {
        pcmk::ClusterState state = cluster(QStringLiteral("healthy"));
        state.constraints.removeIf([](const pcmk::Constraint& c) {
            return c.kind == pcmk::ConstraintKind::Colocation && c.resources.contains(QStringLiteral("vip-ext"));
        });
        const NetworkPicture picture = NetworkModel::build(interfaces(QStringLiteral("healthy")), state);
        QVERIFY(warningsAbout(picture, QStringLiteral("vip-ext")).value(0).contains(QLatin1String("colocated with no service")));
    }

    void readsListenersLinksAndFrontends()
    {
        const QList<NodeServices> nodes = services(QStringLiteral("healthy"));
        const NodeServices& node2 = nodes.at(1);
        const auto has = [&](const QString& address, int port, const QString& process) {
            return std::any_of(node2.listeners.cbegin(), node2.listeners.cend(), [&](const Listener& l) {
                return l.address == address && l.port == port && l.process == process;
            });
        };
        QVERIFY(has(QStringLiteral("198.19.0.100"), 80, QStringLiteral("haproxy"))); // ip_nonlocal_bind
        QVERIFY(has(QStringLiteral("198.18.0.100"), 5000, QStringLiteral("haproxy")));
        QVERIFY(has({}, 8404, QStringLiteral("haproxy")));
        QVERIFY(has({}, 22, QStringLiteral("sshd"))); // 0.0.0.0 and [::] alike
        QVERIFY(has({}, 8080, QStringLiteral("python3")));

        QCOMPARE(node2.clusterLinks.size(), 6); // three nodes, two links each
        for (const ClusterLink& link : node2.clusterLinks) {
            if (link.node == u"node3")
                QCOMPARE(link.address, link.link == 0 ? QStringLiteral("198.18.0.13") : QStringLiteral("198.19.0.13"));
        }

        QStringList names;
        for (const ProxyFrontend& f : node2.frontends)
            names << f.name;
        QCOMPARE(names, (QStringList{QStringLiteral("web-ext"), QStringLiteral("api-int"), QStringLiteral("stats")}));
        const ProxyFrontend& web = node2.frontends.at(0);
        QCOMPARE(web.binds, (QList<Endpoint>{{QStringLiteral("198.19.0.100"), 80}}));
        QCOMPARE(web.serverAddresses, (QStringList{QStringLiteral("198.18.0.11"), QStringLiteral("198.18.0.12"),
                                                   QStringLiteral("198.18.0.13")}));
        QCOMPARE(node2.frontends.at(2).binds, (QList<Endpoint>{{QString(), 8404}}));
    }

    void readsTheSectionsOfOneReply()
    {
        const QByteArray ss = fixture(QStringLiteral("healthy.node1.ss.txt"));
        const QByteArray cmap = fixture(QStringLiteral("healthy.node1.cmap.txt"));
        const QByteArray cfg = fixture(QStringLiteral("healthy.node1.haproxy.cfg"));
        const QByteArray knet = fixture(QStringLiteral("healthy.node1.knet.txt"));
        const QByteArray version = fixture(QStringLiteral("healthy.node1.corosync-version.txt"));
        const NodeServices read = ServiceReader::read(QStringLiteral("node1"), "@@hadesk listeners\n" + ss +
                                                                                   "@@hadesk corosync\n" + cmap +
                                                                                   "@@hadesk haproxy\n" + cfg +
                                                                                   "@@hadesk drbd\n@@hadesk knet\n" + knet +
                                                                                   "@@hadesk corosync-version\n" + version);
        QCOMPARE(read.listeners.size(), ServiceReader::readListeners(ss).size());
        QCOMPARE(read.clusterLinks.size(), 6);
        QCOMPARE(read.frontends.size(), 3);
        QCOMPARE(read.linkStatuses.size(), 4); // two peers, two links each
        QCOMPARE(read.corosyncVersion, QStringLiteral("3.1.7"));
        // A node without Corosync or HAProxy: empty sections, nothing made up.
        const NodeServices bare = ServiceReader::read(QStringLiteral("node1"), "@@hadesk listeners\n" + ss +
                                                                                   "@@hadesk corosync\n@@hadesk haproxy\n");
        QVERIFY(bare.clusterLinks.isEmpty() && bare.frontends.isEmpty());
        QVERIFY(!bare.listeners.isEmpty());
    }

    // "corosync-cfgtool -n" as node1 and node3 told it, healthy and with node3's external
    // interface down.
    void readsEachCorosyncLinksState()
    {
        const QList<LinkStatus> healthy = NetworkFixtures::services(QStringLiteral("healthy"), QStringLiteral("node1")).linkStatuses;
        QCOMPARE(healthy.size(), 4);
        const LinkStatus& first = healthy.at(0);
        QCOMPARE(first.node, QStringLiteral("node1"));
        QCOMPARE(first.peer, QStringLiteral("node2"));
        QCOMPARE(first.link, 0);
        QCOMPARE(first.localAddress, QStringLiteral("198.18.0.11"));
        QCOMPARE(first.peerAddress, QStringLiteral("198.18.0.12"));
        QVERIFY(std::all_of(healthy.cbegin(), healthy.cend(), [](const LinkStatus& l) { return l.enabled && l.connected; }));

        const QList<LinkStatus> cut = NetworkFixtures::services(QStringLiteral("healthy"), QStringLiteral("node3"), QStringLiteral("linkdown")).linkStatuses;
        QStringList down;
        for (const LinkStatus& l : cut)
            if (!l.connected)
                down << QStringLiteral("%1 %2->%3").arg(l.link).arg(l.localAddress, l.peerAddress);
        QCOMPARE(down, (QStringList{QStringLiteral("1 198.19.0.13->198.19.0.11"), QStringLiteral("1 198.19.0.13->198.19.0.12")}));
        QVERIFY(std::all_of(cut.cbegin(), cut.cend(), [](const LinkStatus& l) { return l.enabled; }));

        // Corosync not running, or an older cfgtool: nothing made up.
        QVERIFY(ServiceReader::readLinkStatuses(QStringLiteral("node1"), "Can't initialise cfg: CS_ERR_LIBRARY\n", {}).isEmpty());
        QVERIFY(ServiceReader::readCorosyncVersion("").isEmpty());
    }

    // Node1 and node3 both see link 1 between them down; node3 sees its link 1 to node2 down while
    // node2 (captured healthy) does not: one end only.
    void warnsOfEachLostCorosyncLinkOnce()
    {
        const NetworkPicture healthy = pictureOf(QStringLiteral("healthy"));
        QVERIFY(healthy.lostLinks().isEmpty());
        QCOMPARE(healthy.corosyncVersions.value(QStringLiteral("node2")), QStringLiteral("3.1.7"));
        QCOMPARE(healthy.corosyncVersions.size(), 3);
        QCOMPARE(healthy.pacemakerVersions.value(QStringLiteral("node3")), QStringLiteral("2.1.5"));
        QList<NodeServices> nodes = services(QStringLiteral("healthy"));
        nodes[0] = NetworkFixtures::services(QStringLiteral("healthy"), QStringLiteral("node1"), QStringLiteral("linkdown"));
        nodes[2] = NetworkFixtures::services(QStringLiteral("healthy"), QStringLiteral("node3"), QStringLiteral("linkdown"));
        const NetworkPicture picture =
            NetworkModel::build(interfaces(QStringLiteral("healthy")), cluster(QStringLiteral("healthy")), kLabRoles, nodes);
        QStringList lost;
        for (const LostLink& l : picture.lostLinks())
            lost << l.text();
        QCOMPARE(lost, (QStringList{QStringLiteral("link 1 between node1 and node3"), QStringLiteral("link 1 from node3 to node2")}));
        QCOMPARE(warningsAbout(picture, QStringLiteral("198.19.0.0/24")),
                 (QStringList{QStringLiteral("Corosync link 1 runs over the external segment public (node1 198.19.0.11, node2 "
                                             "198.19.0.12, node3 198.19.0.13): cluster traffic shares the public network and "
                                             "fails with it"),
                              QStringLiteral("Corosync link 1 between node1 and node3 is down: the cluster runs on its other links"),
                              QStringLiteral("Corosync link 1 from node3 to node2 is down: the cluster runs on its other links")}));
    }

    // A line per VIP with what clients reach on it, counted on the holder's HAProxy, and one per
    // DRBD resource.
    void tellsEachServicesHealth()
    {
        const NetworkPicture picture = pictureOf(QStringLiteral("healthy"));
        const QString ext = picture.vip(QStringLiteral("vip-ext"))->activeOn.value(0);
        const QString in = picture.vip(QStringLiteral("vip-int"))->activeOn.value(0);
        const auto haproxy = [](const char* name) {
            const QString prefix = QStringLiteral("haproxy/") + QLatin1String(name);
            QString error;
            const auto state = haproxy::RuntimeReader::readAll(Fixtures::file(prefix + QStringLiteral(".info.txt")),
                                                               Fixtures::file(prefix + QStringLiteral(".stat.csv")),
                                                               Fixtures::file(prefix + QStringLiteral(".servers-state.txt")), &error);
            if (!state)
                qFatal("%s", qPrintable(error));
            return *state;
        };
        // Not read yet: said, not counted.
        QList<ServiceHealthLine> lines = ServiceHealth::build(picture, {}, {});
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).text, QStringLiteral("vip-ext 198.19.0.100 on %1: web-ext :80 (web: not read)").arg(ext));

        // web/node2 drained on the holder of vip-ext: 2 of 3 serve, and the line leads to HAProxy.
        QMap<QString, haproxy::RuntimeState> byNode{{ext, haproxy("drained")}};
        if (in != ext)
            byNode.insert(in, haproxy("healthy"));
        lines = ServiceHealth::build(picture, byNode, {});
        QCOMPARE(lines.at(0).text, QStringLiteral("vip-ext 198.19.0.100 on %1: web-ext :80 (web: 2/3 servers up)").arg(ext));
        QCOMPARE(lines.at(0).view, QStringLiteral("haproxy"));
        QVERIFY(lines.at(0).healthy); // still served
        // The lab's api runs on one node (the others' servers are DOWN in every capture).
        QCOMPARE(lines.at(1).text, QStringLiteral("vip-int 198.18.0.100 on %1: api-int :5000 (api: 1/3 servers up)").arg(in));
        QCOMPARE(lines.at(1).view, QStringLiteral("haproxy"));

        // Every server down: unhealthy.
        haproxy::RuntimeState down = haproxy("healthy");
        for (haproxy::Proxy& backend : down.backends)
            for (haproxy::Server& server : backend.servers)
                server.status = QStringLiteral("DOWN");
        lines = ServiceHealth::build(picture, {{ext, down}, {in, down}}, {});
        QVERIFY(!lines.at(0).healthy);
        QVERIFY(lines.at(0).text.endsWith(QLatin1String("(web: 0/3 servers up)")));

        // DRBD: both replicas UpToDate and one Primary; a disk gone is unhealthy.
        const auto drbd = [](const char* name) {
            drbd::SyncTracker tracker;
            return drbd::DrbdOverview::build(DrbdFixtures::states(QLatin1String(name)), {}, tracker, 0);
        };
        lines = ServiceHealth::build({}, {}, drbd("connected"));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.at(0).text.startsWith(QLatin1String("DRBD hafs: 2/2 replicas UpToDate, Primary on ")), qPrintable(lines.at(0).text));
        QVERIFY(lines.at(0).healthy);
        QCOMPARE(lines.at(0).view, QStringLiteral("drbd"));
        lines = ServiceHealth::build({}, {}, drbd("diskless"));
        QVERIFY2(lines.at(0).text.startsWith(QLatin1String("DRBD hafs: 1/2 replicas UpToDate")), qPrintable(lines.at(0).text));
        QVERIFY(!lines.at(0).healthy);
    }

    // The holder's services not read yet (they come after its interfaces): the line says so and
    // nothing warns; it does not claim that nothing listens there.
    void holderNotReadIsNotAClaim()
    {
        const QString holder = pictureOf(QStringLiteral("healthy")).vip(QStringLiteral("vip-ext"))->activeOn.value(0);
        QList<NodeServices> others = services(QStringLiteral("healthy"));
        others.removeIf([&](const NodeServices& node) { return node.node == holder; });
        QCOMPARE(others.size(), 2);
        const NetworkPicture picture = NetworkModel::build(interfaces(QStringLiteral("healthy")),
                                                           cluster(QStringLiteral("healthy")), kLabRoles, others);
        QVERIFY(!picture.servicesReadOn.contains(holder));
        const QList<ServiceHealthLine> lines = ServiceHealth::build(picture, {}, {});
        QVERIFY2(lines.at(0).text.contains(QStringLiteral("web-ext :80 (%1 not read yet)").arg(holder)),
                 qPrintable(lines.at(0).text));
        QVERIFY(!lines.at(0).text.contains(QLatin1String("nothing listens")));
        QVERIFY(!lines.at(0).healthy);
        for (const Warning& w : picture.warnings)
            QVERIFY2(!w.text.contains(QLatin1String("nothing listens")), qPrintable(w.text));
    }

    void findsTheServicesOnEachVip()
    {
        const NetworkPicture picture = pictureOf(QStringLiteral("healthy"));
        QCOMPARE(picture.services.size(), 2);
        const Service* web = serviceOn(picture, QStringLiteral("vip-ext"), 80);
        QVERIFY(web);
        QCOMPARE(web->name, QStringLiteral("web-ext"));
        QCOMPARE(web->process, QStringLiteral("haproxy"));
        QCOMPARE(web->resource, QStringLiteral("haproxy-clone"));
        QCOMPARE(web->segment, QStringLiteral("198.19.0.0/24"));
        QCOMPARE(web->serverSegments, QStringList{QStringLiteral("198.18.0.0/24")}); // backends on the inside
        QCOMPARE(web->listeningOn.size(), 3); // every HAProxy binds it, only the holder gets its traffic
        const Service* api = serviceOn(picture, QStringLiteral("vip-int"), 5000);
        QVERIFY(api);
        QCOMPARE(api->name, QStringLiteral("api-int"));
        QCOMPARE(api->segment, QStringLiteral("198.18.0.0/24"));

        // The lab runs Corosync's second link over the external segment: said once, about it.
        QCOMPARE(picture.warnings.size(), 1);
        QCOMPARE(picture.warnings.at(0).subject, QStringLiteral("198.19.0.0/24"));
        QVERIFY2(picture.warnings.at(0).text.contains(QLatin1String("Corosync link 1 runs over the external segment "
                                                                     "public")),
                 qPrintable(picture.warnings.at(0).text));
        QVERIFY(picture.warnings.at(0).text.contains(QLatin1String("node2 198.19.0.12")));
        // Without roles there is nothing to judge them by.
        QVERIFY(pictureOf(QStringLiteral("healthy"), {}).warnings.isEmpty());
    }

    void warnsOfAnInternalServiceOnTheExternalVip()
    {
        const NetworkPicture picture = pictureOf(QStringLiteral("misplaced"));
        const Service* galera = serviceOn(picture, QStringLiteral("vip-ext"), 3306);
        QVERIFY(galera);
        QCOMPARE(galera->name, QStringLiteral("galera"));
        QCOMPARE(warningsAbout(picture, QStringLiteral("vip-ext")),
                 QStringList{QStringLiteral("galera on port 3306 is MySQL/Galera, an internal service, but vip-ext "
                                            "puts it on the external segment public")});
    }

    void warnsOfAnExternalServiceOnAnInsideVip()
    {
        // The same lab with the roles the other way round.
        const NetworkPicture picture = pictureOf(
            QStringLiteral("healthy"), {{QStringLiteral("198.19.0.0/24"), {QString(), QStringLiteral("management")}},
                                        {QStringLiteral("198.18.0.0/24"), {QString(), QStringLiteral("external")}}});
        QCOMPARE(warningsAbout(picture, QStringLiteral("vip-ext")),
                 QStringList{QStringLiteral("web-ext on port 80 is HTTP (dashboard), which outside clients use, but "
                                            "vip-ext puts it on the management segment 198.19.0.0/24")});
        QVERIFY(warningsAbout(picture, QStringLiteral("198.18.0.0/24")).value(0).contains(QLatin1String("Corosync link 0")));
    }

    void warnsOfAVipNotColocatedWithItsService()
    {
        pcmk::ClusterState state = cluster(QStringLiteral("healthy"));
        state.constraints.removeIf([](const pcmk::Constraint& c) { return c.id == u"col-vip-ext-with-haproxy"; });
        const NetworkPicture picture =
            NetworkModel::build(interfaces(QStringLiteral("healthy")), state, {}, services(QStringLiteral("healthy")));
        QCOMPARE(warningsAbout(picture, QStringLiteral("vip-ext")),
                 QStringList{QStringLiteral("vip-ext is served by web-ext (haproxy-clone), but not colocated with it: "
                                            "the cluster may put the address where haproxy-clone does not run")});
        QVERIFY(warningsAbout(picture, QStringLiteral("vip-int")).isEmpty());
    }

    void warnsOfAHolderWhereNothingListens()
    {
        const NetworkPicture healthy = pictureOf(QStringLiteral("healthy"), {});
        const QString holder = healthy.vip(QStringLiteral("vip-int"))->seenOn.value(0);
        QList<NodeServices> nodes = services(QStringLiteral("healthy"));
        for (NodeServices& node : nodes) {
            if (node.node == holder)
                node.listeners.removeIf([](const Listener& l) { return l.port == 5000; });
        }
        const NetworkPicture picture = NetworkModel::build(interfaces(QStringLiteral("healthy")),
                                                           cluster(QStringLiteral("healthy")), {}, nodes);
        QCOMPARE(warningsAbout(picture, QStringLiteral("vip-int")),
                 QStringList{QStringLiteral("api-int is meant to listen on 198.18.0.100:5000, but nothing listens "
                                            "there on %1, which holds the address")
                                 .arg(holder)});
    }

    void warnsOfDrbdReplicatingOverTheExternalSegment()
    {
        const QList<ReplicationLink> links = ServiceReader::readReplicationLinks(fixture(QStringLiteral("drbd.dump.xml")));
        QCOMPARE(links.size(), 4); // two resources, two hosts each; <connection> repeats them
        QCOMPARE(links.at(0).resource, QStringLiteral("hafs"));
        QCOMPARE(links.at(0).node, QStringLiteral("node1"));
        QCOMPARE(links.at(0).address, QStringLiteral("198.18.0.11"));
        QCOMPARE(links.at(0).port, 7789);
        QCOMPARE(links.at(3).address, QStringLiteral("198.19.0.12"));

        QList<NodeServices> nodes = services(QStringLiteral("healthy"));
        nodes[0].replicationLinks = links;
        const NetworkPicture picture = NetworkModel::build(interfaces(QStringLiteral("healthy")),
                                                           cluster(QStringLiteral("healthy")), kLabRoles, nodes);
        const QStringList warnings = warningsAbout(picture, QStringLiteral("198.19.0.0/24"));
        QCOMPARE(warnings.size(), 2); // Corosync's link 1, and "logs"; "hafs" is on the inside
        QCOMPARE(warnings.at(1), QStringLiteral("DRBD resource logs replicates over the external segment public "
                                                "(node1 198.19.0.11:7790, node2 198.19.0.12:7790): every write "
                                                "crosses the public network"));
        QVERIFY(ServiceReader::readReplicationLinks(fixture(QStringLiteral("drbd.dump.xml")).left(400)).isEmpty());
        QVERIFY(ServiceReader::readReplicationLinks("no resources defined!\n").isEmpty());
    }

    void oddServiceOutputIsSkipped()
    {
        QCOMPARE(ServiceReader::readListeners("State Recv-Q\ngarbage\nLISTEN 0 5 nowhere 0.0.0.0:*\n"
                                              "LISTEN 0 5 127.0.0.53%lo:53 0.0.0.0:*\n")
                     .size(),
                 1);
        QVERIFY(ServiceReader::readClusterLinks("Failed to initialize the cmap API. Error CS_ERR_LIBRARY\n").isEmpty());
        const QList<ProxyFrontend> frontends = ServiceReader::readFrontends(
            fixture(QStringLiteral("healthy.node1.haproxy.cfg")).left(600) + "\nfrontend odd\n bind unix@/run/x.sock\n"
                                                                             " bind :443,ipv6@[::1]:8443 ssl crt x\n");
        QCOMPARE(frontends.last().name, QStringLiteral("odd"));
        QCOMPARE(frontends.last().binds,
                 (QList<Endpoint>{{QString(), 443}, {QStringLiteral("::1"), 8443}}));
    }

    void malformedOutputIsAnError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << fixture(QStringLiteral("healthy.node1.ip-addr.json")).left(300) << "no JSON";
        QTest::newRow("object") << QByteArray("{\"ifname\":\"eth0\"}") << "no list";
        QTest::newRow("refused") << QByteArray("Object \"addr\" is unknown, try \"ip help\".\n") << "no JSON";
        QTest::newRow("nameless") << QByteArray("[{\"operstate\":\"UP\"}]") << "without a name";
    }

    void malformedOutputIsAnError()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QList<Interface> read{Interface{QStringLiteral("kept"), {}, -1, 0, {}, {}}};
        QString error;
        QVERIFY(!NetworkReader::readAddresses(json, &read, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(read.size(), 1); // what was there stays
    }

    void subnets()
    {
        QCOMPARE(NetworkModel::subnetOf(QStringLiteral("198.19.0.77"), 24), QStringLiteral("198.19.0.0/24"));
        QCOMPARE(NetworkModel::subnetOf(QStringLiteral("10.1.2.3"), 12), QStringLiteral("10.0.0.0/12"));
        QCOMPARE(NetworkModel::subnetOf(QStringLiteral("2001:db8:1:2::5"), 64), QStringLiteral("2001:db8:1:2::/64"));
        QCOMPARE(NetworkModel::subnetOf(QStringLiteral("2001:db8:ffff::1"), 36), QStringLiteral("2001:db8:f000::/36"));
        QVERIFY(NetworkModel::subnetOf(QStringLiteral("node1"), 24).isEmpty());
        QVERIFY(NetworkModel::subnetOf(QStringLiteral("10.0.0.1"), 33).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNetworkModel)
#include "tst_networkmodel.moc"
