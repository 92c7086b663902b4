#include "backend/network/NetworkModel.h"

#include "backend/pacemaker/ClusterState.h"
#include "ssh/SshConnection.h"
#include "ssh/SshJob.h"

#include <QHostAddress>
#include <QMultiHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace hadesk::net {
namespace {

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

bool inSubnet(const QString& address, const QString& subnet)
{
    const QHostAddress host(address);
    const auto [network, prefix] = QHostAddress::parseSubnet(subnet);
    return !host.isNull() && !network.isNull() && host.isInSubnet(network, prefix);
}

} // namespace

bool NetworkReader::readAddresses(const QByteArray& json, QList<Interface>* interfaces, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isArray()) {
        setError(error, parseError.error != QJsonParseError::NoError
                            ? tr("\"ip -j addr\" gave no JSON: %1").arg(parseError.errorString())
                            : tr("\"ip -j addr\" gave no list of interfaces"));
        return false;
    }
    QList<Interface> read;
    for (const QJsonValue& value : document.array()) {
        const QJsonObject link = value.toObject();
        Interface interface;
        interface.name = link.value(QStringLiteral("ifname")).toString();
        if (interface.name.isEmpty()) {
            setError(error, tr("\"ip -j addr\" lists an interface without a name"));
            return false;
        }
        interface.state = link.value(QStringLiteral("operstate")).toString();
        interface.mtu = link.value(QStringLiteral("mtu")).toInt();
        interface.mac = link.value(QStringLiteral("address")).toString();
        for (const QJsonValue& info : link.value(QStringLiteral("addr_info")).toArray()) {
            const QJsonObject address = info.toObject();
            if (address.value(QStringLiteral("scope")).toString() != u"global")
                continue; // loopback and link-local say nothing about the cluster's networks
            interface.addresses.append({address.value(QStringLiteral("local")).toString(),
                                        address.value(QStringLiteral("prefixlen")).toInt()});
        }
        read.append(interface);
    }
    *interfaces = read;
    return true;
}

void NetworkReader::readSpeeds(const QByteArray& text, QList<Interface>* interfaces)
{
    for (const QByteArray& line : text.split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() != 2)
            continue;
        bool ok = false;
        const int speed = words.at(1).toInt(&ok);
        for (Interface& interface : *interfaces) {
            if (interface.name == QString::fromUtf8(words.at(0)))
                interface.speedMbps = ok && speed > 0 ? speed : -1;
        }
    }
}

QString NetworkReader::speedScript()
{
    return QStringLiteral(
        R"sh(for d in /sys/class/net/*; do printf '%s %s\n' "${d##*/}" "$(cat "$d/speed" 2>/dev/null || echo -1)"; done)sh");
}

QStringList NetworkPicture::addressesOf(const QString& node) const
{
    QStringList addresses;
    for (const NodeInterfaces& n : nodes) {
        if (n.node != node)
            continue;
        for (const Interface& i : n.interfaces)
            for (const InterfaceAddress& a : i.addresses)
                addresses << a.address;
    }
    return addresses;
}

QStringList NetworkReader::addressesCommand()
{
    return {QStringLiteral("ip"), QStringLiteral("-j"), QStringLiteral("addr"), QStringLiteral("show")};
}

QStringList NetworkReader::speedsCommand()
{
    return {QStringLiteral("sh"), QStringLiteral("-c"), speedScript()};
}

std::optional<NodeInterfaces> NetworkReader::read(const QString& node, const QByteArray& addressesJson,
                                                  const QByteArray& speedsText, QString* error)
{
    NodeInterfaces read{node, {}};
    QString why;
    if (!readAddresses(addressesJson, &read.interfaces, &why)) {
        setError(error, tr("%1: %2").arg(node, why));
        return std::nullopt;
    }
    readSpeeds(speedsText, &read.interfaces);
    return read;
}

std::optional<NodeInterfaces> NetworkReader::fetch(ssh::SshConnection& connection, const QString& node,
                                                  int timeoutMs, QString* error)
{
    std::unique_ptr<ssh::SshJob> addresses(connection.run(addressesCommand()));
    std::unique_ptr<ssh::SshJob> speeds(connection.run(speedsCommand()));
    for (ssh::SshJob* job : {addresses.get(), speeds.get()}) {
        if (!job->waitForFinished(timeoutMs) || !job->succeeded()) {
            setError(error, tr("%1: %2").arg(node, job->isFinished() ? job->failureText() : tr("no answer in time")));
            return std::nullopt;
        }
    }
    return read(node, addresses->allStdout(), speeds->allStdout(), error);
}

QString NetworkModel::subnetOf(const QString& address, int prefix)
{
    const QHostAddress host(address);
    if (host.isNull() || prefix < 0)
        return {};
    if (host.protocol() == QAbstractSocket::IPv4Protocol) {
        if (prefix > 32)
            return {};
        const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
        return QStringLiteral("%1/%2").arg(QHostAddress(host.toIPv4Address() & mask).toString()).arg(prefix);
    }
    if (prefix > 128)
        return {};
    Q_IPV6ADDR bytes = host.toIPv6Address();
    for (int i = 0; i < 16; ++i) {
        const int keep = qBound(0, prefix - i * 8, 8);
        bytes[i] &= quint8(0xff00 >> keep);
    }
    return QStringLiteral("%1/%2").arg(QHostAddress(bytes).toString()).arg(prefix);
}

bool NetworkModel::isVipAgent(const QString& type)
{
    return type == u"IPaddr2" || type == u"IPaddr" || type == u"IPsrcaddr";
}

NetworkPicture NetworkModel::build(const QList<NodeInterfaces>& nodes, const pcmk::ClusterState& cluster,
                                   const QMap<QString, SegmentLabel>& labels)
{
    NetworkPicture picture;
    picture.nodes = nodes;

    // VIPs first: their addresses sit on interfaces too, but do not make segments of their own.
    for (const pcmk::Resource& r : cluster.resources) {
        if (r.kind != pcmk::ResourceKind::Primitive || r.agentClass != u"ocf" || !isVipAgent(r.type))
            continue;
        Vip vip;
        vip.resource = r.id;
        vip.address = r.instanceAttributes.value(r.type == u"IPsrcaddr" ? QStringLiteral("ipaddress") : QStringLiteral("ip"));
        bool ok = false;
        const int prefix = r.instanceAttributes.value(QStringLiteral("cidr_netmask")).toInt(&ok);
        vip.prefix = ok ? prefix : -1;
        vip.nic = r.instanceAttributes.value(QStringLiteral("nic"));
        vip.activeOn = r.activeOn;
        picture.vips.append(vip);
    }
    QSet<QHostAddress> vipAddresses;
    for (const Vip& vip : std::as_const(picture.vips))
        vipAddresses.insert(QHostAddress(vip.address));

    QMap<QString, Segment> segments;
    QMultiHash<QHostAddress, QString> carriers; // address -> the nodes whose interfaces carry it
    for (const NodeInterfaces& node : nodes) {
        for (const Interface& interface : node.interfaces) {
            for (const InterfaceAddress& address : interface.addresses) {
                const QHostAddress host(address.address);
                carriers.insert(host, node.node);
                const QString subnet = subnetOf(address.address, address.prefix);
                // A VIP or a host route says where an address is, not that a network is there.
                if (vipAddresses.contains(host) || subnet.isEmpty() || address.prefix == 32 || address.prefix == 128)
                    continue;
                Segment& segment = segments[subnet];
                segment.subnet = subnet;
                segment.name = labels.value(subnet).name;
                segment.role = labels.value(subnet).role;
                segment.interfaceOn.insert(node.node, interface.name);
            }
        }
    }
    picture.segments = segments.values();

    for (Vip& vip : picture.vips) {
        for (const Segment& segment : std::as_const(picture.segments)) {
            if (inSubnet(vip.address, segment.subnet))
                vip.segment = segment.subnet;
        }
        for (const NodeInterfaces& node : nodes) {
            if (carriers.contains(QHostAddress(vip.address), node.node))
                vip.seenOn << node.node;
        }
    }
    picture.warnings = lint(picture, cluster);
    return picture;
}

QList<Warning> NetworkModel::lint(const NetworkPicture& picture, const pcmk::ClusterState& cluster)
{
    QSet<QString> reported; // nodes that told their interfaces: only they can be judged
    for (const NodeInterfaces& node : picture.nodes)
        reported.insert(node.node);
    const auto banned = [&cluster](const QString& resource, const QString& node) {
        return std::any_of(cluster.constraints.cbegin(), cluster.constraints.cend(), [&](const pcmk::Constraint& c) {
            return c.kind == pcmk::ConstraintKind::Location && c.resources.contains(resource) &&
                   c.locationNode() == node && c.locationScore() == u"-INFINITY";
        });
    };
    const auto colocated = [&cluster](const QString& resource) {
        return std::any_of(cluster.constraints.cbegin(), cluster.constraints.cend(), [&](const pcmk::Constraint& c) {
            return c.kind == pcmk::ConstraintKind::Colocation && c.resources.contains(resource);
        });
    };

    QList<Warning> warnings;
    for (const Vip& vip : picture.vips) {
        const auto segment = std::find_if(picture.segments.cbegin(), picture.segments.cend(),
                                          [&](const Segment& s) { return s.subnet == vip.segment; });
        if (segment == picture.segments.cend()) {
            warnings.append({vip.resource, tr("%1 (%2) is in no subnet of the nodes' interfaces: no node can "
                                              "carry it")
                                               .arg(vip.resource, vip.address)});
        } else {
            for (auto it = segment->interfaceOn.cbegin(); it != segment->interfaceOn.cend(); ++it) {
                if (!vip.nic.isEmpty() && it.value() != vip.nic)
                    warnings.append({vip.resource, tr("%1 is put on interface %2, but %3 reaches %4 through %5: "
                                                      "the address is on the wrong segment there")
                                                       .arg(vip.resource, vip.nic, it.key(), vip.segment, it.value())});
            }
            for (const pcmk::Node& node : cluster.nodes) {
                if (reported.contains(node.name) && !banned(vip.resource, node.name) &&
                    !segment->interfaceOn.contains(node.name))
                    warnings.append({vip.resource, tr("%1 may run on %2, which has no interface on %3")
                                                       .arg(vip.resource, node.name, vip.segment)});
            }
        }
        if (vip.seenOn.size() > 1)
            warnings.append({vip.resource, tr("%1's address %2 is configured on %3 at once")
                                               .arg(vip.resource, vip.address, vip.seenOn.join(QLatin1String(", ")))});
        for (const QString& node : vip.activeOn) {
            if (reported.contains(node) && !vip.seenOn.contains(node))
                warnings.append({vip.resource, tr("the cluster runs %1 on %2, but %2 does not carry %3")
                                                   .arg(vip.resource, node, vip.address)});
        }
        if (!colocated(vip.resource))
            warnings.append({vip.resource, tr("%1 is colocated with no service: it can move away from what "
                                              "binds it")
                                               .arg(vip.resource)});
    }
    return warnings;
}

} // namespace hadesk::net
