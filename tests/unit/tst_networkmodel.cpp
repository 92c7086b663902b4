// The network picture from what the lab's nodes said ("ip -j addr show", sysfs speeds) and the
// cluster state of the same moment (tests/fixtures/network/capture.sh).
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
