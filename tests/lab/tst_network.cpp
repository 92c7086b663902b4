// The live network picture against the lab: ip monitor on every node and the cluster's own state.
// Both segments and both VIPs with their holders; a VIP the cluster moves is seen on its new node
// (the delay from the kernel adding the address to the picture showing it is printed); a VIP put
// on the wrong segment is warned about.
#include "LabFixture.h"
#include "backend/network/NetworkMonitor.h"
#include "backend/pacemaker/ClusterWatcher.h"
#include "ssh/SshConnection.h"

#include <QElapsedTimer>
#include <QTest>

#include <map>
#include <memory>

using namespace hadesk;
using namespace hadesk::net;

namespace {

const QStringList kNodes{QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")};
const QString kVipExt = QStringLiteral("198.19.0.100");

const Vip* vipNamed(const NetworkPicture& picture, const QString& resource)
{
    for (const Vip& vip : picture.vips)
        if (vip.resource == resource)
            return &vip;
    return nullptr;
}

QByteArray onNode1(const QStringList& command)
{
    return LabFixture::run(QStringList{QStringLiteral("exec"), QStringLiteral("node1")} + command);
}

} // namespace

class TestNetwork : public QObject
{
    Q_OBJECT

    std::map<QString, std::unique_ptr<ssh::SshConnection>> m_connections;
    std::unique_ptr<pcmk::ClusterWatcher> m_watcher;
    std::unique_ptr<NetworkMonitor> m_monitor;

    bool holdsOnly(const QString& resource, const QString& node) const
    {
        const Vip* vip = vipNamed(m_monitor->picture(), resource);
        return vip && vip->seenOn == QStringList{node} && vip->activeOn == QStringList{node};
    }

private Q_SLOTS:
    void initTestCase()
    {
        LabFixture::run({QStringLiteral("reset")});
        m_monitor = std::make_unique<NetworkMonitor>();
        m_monitor->setLabels({{QStringLiteral("198.19.0.0/24"), {QStringLiteral("public"), QStringLiteral("external")}},
                              {QStringLiteral("198.18.0.0/24"), {QStringLiteral("data"), QStringLiteral("internal")}}});
        for (const QString& node : kNodes) {
            auto& connection = m_connections[node];
            connection = std::make_unique<ssh::SshConnection>(ssh::SshTarget{node, LabFixture::sshConfig()});
            m_monitor->watch(node, connection.get());
        }
        m_watcher = std::make_unique<pcmk::ClusterWatcher>(m_connections.at(QStringLiteral("node1")).get());
        connect(m_watcher.get(), &pcmk::ClusterWatcher::stateChanged, m_monitor.get(),
                &NetworkMonitor::setClusterState);
        m_watcher->start();
    }

    void cleanupTestCase()
    {
        m_watcher.reset();
        m_monitor.reset();
        m_connections.clear();
        LabFixture::run({QStringLiteral("reset")});
    }

    void findsSegmentsAndVipsWithTheirHolders()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_monitor->picture().segments.size() == 2 && m_monitor->picture().nodes.size() == 3 &&
                                     vipNamed(m_monitor->picture(), QStringLiteral("vip-ext")) &&
                                     !vipNamed(m_monitor->picture(), QStringLiteral("vip-ext"))->seenOn.isEmpty() &&
                                     !vipNamed(m_monitor->picture(), QStringLiteral("vip-int"))->seenOn.isEmpty(),
                                 30000);
        const NetworkPicture& picture = m_monitor->picture();
        for (const Segment& segment : picture.segments) {
            QCOMPARE(segment.interfaceOn.keys(), kNodes);
            QCOMPARE(segment.name, segment.subnet.startsWith(QLatin1String("198.19.")) ? QStringLiteral("public")
                                                                                       : QStringLiteral("data"));
        }
        for (const QString& resource : {QStringLiteral("vip-ext"), QStringLiteral("vip-int")}) {
            const Vip* vip = vipNamed(picture, resource);
            QCOMPARE(vip->seenOn, vip->activeOn);
            QCOMPARE(vip->seenOn.size(), 1);
        }
        QCOMPARE(vipNamed(picture, QStringLiteral("vip-ext"))->segment, QStringLiteral("198.19.0.0/24"));
        QCOMPARE(vipNamed(picture, QStringLiteral("vip-int"))->segment, QStringLiteral("198.18.0.0/24"));
        // HAProxy's frontends on the VIPs, read from every node's configuration and sockets (the
        // services come with their own read, after the interfaces).
        const auto servedOnHolders = [&picture] {
            return std::all_of(picture.vips.cbegin(), picture.vips.cend(), [&](const Vip& vip) {
                return std::any_of(picture.services.cbegin(), picture.services.cend(), [&](const Service& s) {
                    return s.vip == vip.resource && s.listeningOn.contains(vip.seenOn.value(0));
                });
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(servedOnHolders(), 30000);
        for (const auto& [resource, frontend, port] : {std::tuple{"vip-ext", "web-ext", 80}, std::tuple{"vip-int", "api-int", 5000}}) {
            const auto service = std::find_if(picture.services.cbegin(), picture.services.cend(),
                                              [&](const Service& s) { return s.vip == QLatin1String(resource); });
            QVERIFY(service != picture.services.cend());
            QCOMPARE(service->name, QLatin1String(frontend));
            QCOMPARE(service->port, port);
            QCOMPARE(service->resource, QStringLiteral("haproxy-clone"));
            QVERIFY(service->listeningOn.contains(vipNamed(picture, QLatin1String(resource))->seenOn.value(0)));
        }
        // The one thing wrong by the roles given: the lab's second Corosync link is external.
        QCOMPARE(picture.warnings.size(), 1);
        QVERIFY2(picture.warnings.at(0).text.startsWith(QLatin1String("Corosync link 1 runs over the external segment")),
                 qPrintable(picture.warnings.at(0).text));
        QVERIFY(m_monitor->errors().isEmpty());
    }

    void seesAMovedVipOnItsNewNode()
    {
        const QString holder = vipNamed(m_monitor->picture(), QStringLiteral("vip-ext"))->seenOn.value(0);
        const QString target = holder == u"node3" ? QStringLiteral("node2") : QStringLiteral("node3");

        // The kernel's own word on when the address arrived: ip monitor in the target's namespace.
        // It says "listening" as it execs ip, which subscribes at once; the move takes far longer.
        QProcess kernel;
        kernel.start(LabFixture::labctl(),
                     {QStringLiteral("exec"), target, QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("echo listening; exec stdbuf -oL ip -o monitor address")});
        QVERIFY(kernel.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        qint64 added = -1, pictured = -1;
        bool listening = false;
        connect(&kernel, &QProcess::readyReadStandardOutput, this, [&] {
            while (kernel.canReadLine()) {
                const QByteArray line = kernel.readLine();
                listening = listening || line.startsWith("listening");
                if (added < 0 && line.contains(kVipExt.toLatin1()) && !line.startsWith("Deleted"))
                    added = clock.elapsed();
            }
        });
        const auto connection = connect(m_monitor.get(), &NetworkMonitor::pictureChanged, this, [&] {
            const Vip* vip = vipNamed(m_monitor->picture(), QStringLiteral("vip-ext"));
            if (pictured < 0 && vip && vip->seenOn == QStringList{target})
                pictured = clock.elapsed();
        });
        QTRY_VERIFY_WITH_TIMEOUT(listening, 10000);

        onNode1({QStringLiteral("crm_resource"), QStringLiteral("--move"), QStringLiteral("--resource"),
                 QStringLiteral("vip-ext"), QStringLiteral("--node"), target});
        QTRY_VERIFY_WITH_TIMEOUT(pictured >= 0 && added >= 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(holdsOnly(QStringLiteral("vip-ext"), target), 30000);
        disconnect(connection);
        kernel.kill();
        kernel.waitForFinished();
        qInfo("vip-ext on %s: the picture showed it %lld ms after the kernel added the address", qPrintable(target),
              pictured - added);
        QVERIFY(!vipNamed(m_monitor->picture(), QStringLiteral("vip-ext"))->seenOn.contains(holder));
        onNode1({QStringLiteral("crm_resource"), QStringLiteral("--clear"), QStringLiteral("--resource"),
                 QStringLiteral("vip-ext")});
    }

    void warnsAboutAVipOnTheWrongSegment()
    {
        // An internal-subnet address put on the external interface: IPaddr2 does as it is told.
        const QString primitive = QStringLiteral(
            "<primitive id=\"vip-wrong\" class=\"ocf\" provider=\"heartbeat\" type=\"IPaddr2\">"
            "<instance_attributes id=\"vip-wrong-ia\">"
            "<nvpair id=\"vip-wrong-ip\" name=\"ip\" value=\"198.18.0.150\"/>"
            "<nvpair id=\"vip-wrong-mask\" name=\"cidr_netmask\" value=\"24\"/>"
            "<nvpair id=\"vip-wrong-nic\" name=\"nic\" value=\"ext0\"/></instance_attributes>"
            "<operations><op id=\"vip-wrong-monitor\" name=\"monitor\" interval=\"10s\"/></operations></primitive>");
        int exitCode = -1;
        const QByteArray output = LabFixture::run({QStringLiteral("exec"), QStringLiteral("node1"),
                                                   QStringLiteral("cibadmin"), QStringLiteral("--create"),
                                                   QStringLiteral("-o"), QStringLiteral("resources"),
                                                   QStringLiteral("-X"), primitive},
                                                  &exitCode);
        QVERIFY2(exitCode == 0, output.constData());
        const auto wrongSegment = [this] {
            for (const Warning& warning : m_monitor->picture().warnings)
                if (warning.subject == u"vip-wrong" && warning.text.contains(QLatin1String("wrong segment")))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(wrongSegment(), 30000);
        const Vip* vip = vipNamed(m_monitor->picture(), QStringLiteral("vip-wrong"));
        QCOMPARE(vip->segment, QStringLiteral("198.18.0.0/24"));
        QCOMPARE(vip->nic, QStringLiteral("ext0"));
    }
};

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
