#include "backend/pacemaker/AgentCatalog.h"
#include "backend/pacemaker/AgentMetadata.h"
#include "backend/pacemaker/ClusterOperation.h"

#include <QFile>
#include <QTest>

using namespace hadesk::pcmk;

namespace {

AgentMetadata load(const QString& agent)
{
    QFile file(QStringLiteral(HADESK_FIXTURES "/pacemaker/metadata/") + QString(agent).replace(u':', u'_') +
               QLatin1String(".xml"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing metadata fixture");
    QString error;
    const auto metadata = AgentMetadata::parse(file.readAll(), agent, &error);
    if (!metadata)
        qFatal("%s", qPrintable(error));
    return *metadata;
}

QByteArray agentList(const QString& name)
{
    QFile file(QStringLiteral(HADESK_FIXTURES "/pacemaker/agents/") + name + QLatin1String(".xml"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing agent list fixture");
    return file.readAll();
}

} // namespace

class TestAgentMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTypedParameters()
    {
        const AgentMetadata ip = load(QStringLiteral("ocf:heartbeat:IPaddr2"));
        QCOMPARE(ip.parameters.size(), 23);
        const AgentParameter* address = ip.parameter(QStringLiteral("ip"));
        QVERIFY(address && address->required && address->unique);
        QCOMPARE(address->shortDescription, QStringLiteral("IPv4 or IPv6 address"));
        QCOMPARE(ip.parameter(QStringLiteral("cidr_netmask"))->type, QStringLiteral("string"));
        QVERIFY(ip.actions.contains(QStringLiteral("monitor")));
        QVERIFY(!ip.shortDescription.isEmpty());
    }

    void checksValuesBeforeAnythingIsSent()
    {
        const AgentMetadata ip = load(QStringLiteral("ocf:heartbeat:IPaddr2"));
        QStringList problems = ip.problems({{QStringLiteral("cidr_netmask"), QStringLiteral("24")}});
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.at(0).contains(QLatin1String("'ip'")));
        QVERIFY(ip.problems({{QStringLiteral("ip"), QStringLiteral("198.19.0.50")}}).isEmpty());
        problems = ip.problems({{QStringLiteral("ip"), QStringLiteral("x")}, {QStringLiteral("nonsense"), QStringLiteral("1")}});
        QVERIFY(problems.join(u' ').contains(QLatin1String("no parameter 'nonsense'")));
        // Typed parameters: IPaddr2's lvs_support is a boolean, arp_count an integer.
        problems = ip.problems({{QStringLiteral("ip"), QStringLiteral("x")}, {QStringLiteral("arp_count"), QStringLiteral("many")},
                                {QStringLiteral("lvs_support"), QStringLiteral("maybe")}});
        QCOMPARE(problems.size(), 2);
        // A fence device's target is the fencer's business.
        const AgentMetadata fence = load(QStringLiteral("stonith:fence_hadesk_lab"));
        QVERIFY(fence.problems({{QStringLiteral("ipaddr"), QStringLiteral("198.18.0.1")}}).isEmpty());
    }

    void createdPrimitiveIsEscapedXml()
    {
        QString error;
        const auto op = ClusterOperation::createPrimitive(
            QStringLiteral("vip-test"), load(QStringLiteral("ocf:heartbeat:IPaddr2")),
            {{QStringLiteral("ip"), QStringLiteral("198.19.0.50\"/><primitive id=\"evil")}}, &error);
        QVERIFY2(op, qPrintable(error));
        const QString xml = op->argv.constLast();
        QVERIFY(xml.startsWith(QLatin1String("<primitive id=\"vip-test\" class=\"ocf\" provider=\"heartbeat\" type=\"IPaddr2\">")));
        QVERIFY(xml.contains(QLatin1String("&quot;/&gt;&lt;primitive")));
        QCOMPARE(xml.count(QLatin1String("<primitive")), 1);
        QVERIFY(!ClusterOperation::createPrimitive(QStringLiteral("1bad"), load(QStringLiteral("ocf:pacemaker:Dummy")), {}, &error));
        QVERIFY(!AgentMetadata::isValidAgent(QStringLiteral("ocf:heartbeat:IPaddr2;reboot")));
        QVERIFY(AgentMetadata::isValidAgent(QStringLiteral("systemd:haproxy@web")));
    }

    void readsCrmResourceLists()
    {
        QString error;
        const auto standards = AgentCatalog::readList(agentList(QStringLiteral("standards")), &error);
        QVERIFY2(standards, qPrintable(error));
        QCOMPARE(*standards, (QStringList{QStringLiteral("ocf"), QStringLiteral("lsb"), QStringLiteral("service"),
                                          QStringLiteral("stonith")}));
        const auto providers = AgentCatalog::readList(agentList(QStringLiteral("ocf-providers")), &error);
        QVERIFY2(providers, qPrintable(error));
        QCOMPARE(AgentCatalog::classesFrom(*standards, *providers),
                 (QStringList{QStringLiteral("ocf:heartbeat"), QStringLiteral("ocf:pacemaker"), QStringLiteral("lsb"),
                              QStringLiteral("service"), QStringLiteral("stonith")}));
        const auto agents = AgentCatalog::readList(agentList(QStringLiteral("ocf_pacemaker")), &error);
        QVERIFY2(agents, qPrintable(error));
        QVERIFY(agents->contains(QStringLiteral("Dummy")));
        QVERIFY(agents->contains(QStringLiteral("Stateful")));
        // cluster-glue plugins are listed as "external/NAME", which no resource can be.
        const auto fencing = AgentCatalog::readList(agentList(QStringLiteral("stonith")), &error);
        QVERIFY2(fencing, qPrintable(error));
        QVERIFY(fencing->contains(QStringLiteral("external/drac5")));
        QVERIFY(!AgentMetadata::isValidAgent(QStringLiteral("stonith:external/drac5")));
    }

    void refusedOrBrokenListsSayWhy()
    {
        QString error;
        QVERIFY(!AgentCatalog::readList(agentList(QStringLiteral("ocf_nosuch")), &error));
        QVERIFY2(error.contains(QLatin1String("No agents found for standard 'ocf' and provider 'nosuch'")),
                 qPrintable(error));
        const QByteArray whole = agentList(QStringLiteral("ocf_pacemaker"));
        QVERIFY(!AgentCatalog::readList(whole.left(whole.size() / 2), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!AgentCatalog::readList("<pacemaker-result/>", &error));
        QVERIFY(error.contains(QLatin1String("no status")));
        QVERIFY(!AgentCatalog::readList("", &error));
    }
};

QTEST_GUILESS_MAIN(TestAgentMetadata)
#include "tst_agentmetadata.moc"
