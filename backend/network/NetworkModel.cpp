#include "backend/network/NetworkModel.h"

#include "backend/pacemaker/ClusterState.h"

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

QString segmentOf(const QList<Segment>& segments, const QString& address)
{
    for (const Segment& segment : segments) {
        if (inSubnet(address, segment.subnet))
            return segment.subnet;
    }
    return {};
}

const Segment* findSegment(const QList<Segment>& segments, const QString& subnet)
{
    const auto it = std::find_if(segments.cbegin(), segments.cend(), [&](const Segment& s) { return s.subnet == subnet; });
    return it == segments.cend() ? nullptr : &*it;
}

bool accepts(const Listener& listener, const QString& address, int port)
{
    if (listener.port != port)
        return false;
    if (!listener.bindsEveryAddress())
        return QHostAddress(listener.address) == QHostAddress(address);
    // "0.0.0.0" takes IPv4 only; "::" takes both unless the socket is v6only, which ss does not say.
    return true;
}

// The top-level resource that runs a process: a primitive whose agent type names it ("haproxy"
// for lsb:haproxy or systemd:haproxy, "mysql" for mysqld), or the clone or group around it.
QString resourceRunning(const pcmk::ClusterState& cluster, const QString& process)
{
    if (process.isEmpty())
        return {};
    for (const pcmk::Resource& r : cluster.resources) {
        if (r.kind != pcmk::ResourceKind::Primitive || r.type.size() < 3 || !process.startsWith(r.type))
            continue;
        const pcmk::Resource* top = &r;
        while (!top->parent.isEmpty()) {
            const pcmk::Resource* parent = cluster.resource(top->parent);
            if (!parent)
                break;
            top = parent;
        }
        return top->id;
    }
    return {};
}

// Whether a colocation ties two resources together, either way round, through their members too.
bool colocatedWith(const pcmk::ClusterState& cluster, const QString& a, const QString& b)
{
    QStringList family{b};
    if (const pcmk::Resource* r = cluster.resource(b))
        family << r->children;
    return std::any_of(cluster.constraints.cbegin(), cluster.constraints.cend(), [&](const pcmk::Constraint& c) {
        return c.kind == pcmk::ConstraintKind::Colocation && c.resources.contains(a) &&
               std::any_of(family.cbegin(), family.cend(), [&](const QString& id) { return c.resources.contains(id); });
    });
}

bool isInsideRole(const QString& role)
{
    return role == u"internal" || role == u"storage" || role == u"replication" || role == u"management";
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

const Vip* NetworkPicture::vip(const QString& resource) const
{
    const auto it = std::find_if(vips.cbegin(), vips.cend(), [&](const Vip& v) { return v.resource == resource; });
    return it == vips.cend() ? nullptr : &*it;
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
                                   const QMap<QString, SegmentLabel>& labels, const QList<NodeServices>& services)
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
        vip.segment = segmentOf(picture.segments, vip.address);
        for (const NodeInterfaces& node : nodes) {
            if (carriers.contains(QHostAddress(vip.address), node.node))
                vip.seenOn << node.node;
        }
    }
    picture.services = servicesOf(picture, services, cluster);
    // Every node's Corosync knows the whole nodelist, and every DRBD node the resources' peers:
    // one node's view is the cluster's.
    for (const NodeServices& node : services) {
        picture.servicesReadOn.insert(node.node);
        if (picture.clusterLinks.isEmpty())
            picture.clusterLinks = node.clusterLinks;
        if (picture.replicationLinks.isEmpty())
            picture.replicationLinks = node.replicationLinks;
        picture.linkStatuses += node.linkStatuses;
        if (!node.corosyncVersion.isEmpty())
            picture.corosyncVersions.insert(node.node, node.corosyncVersion);
        if (!node.pacemakerVersion.isEmpty())
            picture.pacemakerVersions.insert(node.node, node.pacemakerVersion);
    }
    picture.warnings = lint(picture, cluster);
    return picture;
}

QList<Service> NetworkModel::servicesOf(const NetworkPicture& picture, const QList<NodeServices>& services,
                                        const pcmk::ClusterState& cluster)
{
    QList<Service> found;
    const auto serviceAt = [&found](const Vip& vip, int port) -> Service& {
        for (Service& service : found) {
            if (service.vip == vip.resource && service.port == port)
                return service;
        }
        found.append({{}, {}, vip.resource, vip.address, port, vip.segment, {}, {}, {}, {}});
        return found.last();
    };
    for (const Vip& vip : picture.vips) {
        const QHostAddress address(vip.address);
        // What HAProxy is configured to bind on it; every node's configuration counts, as a
        // frontend missing from the holder's file is still meant to be there.
        for (const NodeServices& node : services) {
            for (const ProxyFrontend& frontend : node.frontends) {
                for (const Endpoint& bind : frontend.binds) {
                    if (bind.address.isEmpty() || QHostAddress(bind.address) != address)
                        continue;
                    Service& service = serviceAt(vip, bind.port);
                    service.name = frontend.name;
                    for (const QString& backend : frontend.backends)
                        if (!service.backends.contains(backend))
                            service.backends << backend;
                    for (const QString& server : frontend.serverAddresses) {
                        const QString subnet = segmentOf(picture.segments, server);
                        if (!subnet.isEmpty() && !service.serverSegments.contains(subnet))
                            service.serverSegments << subnet;
                    }
                }
            }
        }
        // What listens on it by name, configured or not.
        for (const NodeServices& node : services) {
            for (const Listener& listener : node.listeners) {
                if (!listener.bindsEveryAddress() && QHostAddress(listener.address) == address)
                    serviceAt(vip, listener.port);
            }
        }
    }
    for (Service& service : found) {
        const Vip* vip = picture.vip(service.vip);
        for (const NodeServices& node : services) {
            for (const Listener& listener : node.listeners) {
                if (!accepts(listener, service.address, service.port))
                    continue;
                if (!service.listeningOn.contains(node.node))
                    service.listeningOn << node.node;
                // The process that answers is the holder's.
                if (service.process.isEmpty() || (vip && vip->seenOn.contains(node.node)))
                    service.process = listener.process;
            }
        }
        if (service.name.isEmpty())
            service.name = service.process.isEmpty() ? tr("port %1").arg(service.port) : service.process;
        service.resource = resourceRunning(cluster, service.process);
    }
    return found;
}

QList<Warning> NetworkModel::lintServices(const NetworkPicture& picture, const pcmk::ClusterState& cluster)
{
    QList<Warning> warnings;
    for (const Service& service : picture.services) {
        const Vip* vip = picture.vip(service.vip);
        for (const QString& holder : vip ? vip->seenOn : QStringList()) {
            if (picture.servicesReadOn.contains(holder) && !service.listeningOn.contains(holder))
                warnings.append({service.vip, tr("%1 is meant to listen on %2:%3, but nothing listens there on %4, "
                                                 "which holds the address")
                                                  .arg(service.name, service.address)
                                                  .arg(service.port)
                                                  .arg(holder)});
        }
        if (!service.resource.isEmpty() && !colocatedWith(cluster, service.vip, service.resource))
            warnings.append({service.vip, tr("%1 is served by %2 (%3), but not colocated with it: the cluster "
                                             "may put the address where %3 does not run")
                                              .arg(service.vip, service.name, service.resource)});
        const Segment* segment = findSegment(picture.segments, service.segment);
        const auto known = ServiceReader::knownService(service.port);
        if (!segment || !known || segment->role.isEmpty())
            continue;
        const QString where = segment->name.isEmpty() ? segment->subnet : segment->name;
        if (known->role == u"internal" && segment->role == u"external")
            warnings.append({service.vip, tr("%1 on port %2 is %3, an internal service, but %4 puts it on the "
                                             "external segment %5")
                                              .arg(service.name)
                                              .arg(service.port)
                                              .arg(known->name, service.vip, where)});
        else if (known->role == u"external" && isInsideRole(segment->role))
            warnings.append({service.vip, tr("%1 on port %2 is %3, which outside clients use, but %4 puts it on "
                                             "the %5 segment %6")
                                              .arg(service.name)
                                              .arg(service.port)
                                              .arg(known->name, service.vip, segment->role, where)});
    }

    warnings += lintLinks(picture);
    return warnings;
}

// Corosync's links and DRBD's replication belong on the inside: on the external segment they share
// the public network's traffic and fail with it.
QList<Warning> NetworkModel::lintLinks(const NetworkPicture& picture)
{
    QList<Warning> warnings;
    const auto externalSegment = [&picture](const QString& address) -> const Segment* {
        const Segment* segment = findSegment(picture.segments, segmentOf(picture.segments, address));
        return segment && segment->role == u"external" ? segment : nullptr;
    };
    const auto shownName = [](const Segment* segment) { return segment->name.isEmpty() ? segment->subnet : segment->name; };

    QMap<int, QStringList> externalLinks; // link -> "node address"
    QMap<int, const Segment*> linkSegment;
    for (const ClusterLink& link : picture.clusterLinks) {
        if (const Segment* segment = externalSegment(link.address)) {
            externalLinks[link.link] << QStringLiteral("%1 %2").arg(link.node, link.address);
            linkSegment.insert(link.link, segment);
        }
    }
    for (auto it = externalLinks.cbegin(); it != externalLinks.cend(); ++it) {
        const Segment* segment = linkSegment.value(it.key());
        warnings.append({segment->subnet,
                         tr("Corosync link %1 runs over the external segment %2 (%3): cluster traffic shares the "
                            "public network and fails with it")
                             .arg(it.key())
                             .arg(shownName(segment), it.value().join(QLatin1String(", ")))});
    }

    QMap<QString, QStringList> externalReplication; // resource -> "node address:port"
    QMap<QString, const Segment*> replicationSegment;
    for (const ReplicationLink& link : picture.replicationLinks) {
        if (const Segment* segment = externalSegment(link.address)) {
            externalReplication[link.resource] << QStringLiteral("%1 %2:%3").arg(link.node, link.address).arg(link.port);
            replicationSegment.insert(link.resource, segment);
        }
    }
    for (auto it = externalReplication.cbegin(); it != externalReplication.cend(); ++it) {
        const Segment* segment = replicationSegment.value(it.key());
        warnings.append({segment->subnet, tr("DRBD resource %1 replicates over the external segment %2 (%3): every "
                                             "write crosses the public network")
                                              .arg(it.key(), shownName(segment), it.value().join(QLatin1String(", ")))});
    }
    return warnings;
}

QString LostLink::text() const
{
    return bothWays ? NetworkModel::tr("link %1 between %2 and %3").arg(link).arg(from, to)
                    : NetworkModel::tr("link %1 from %2 to %3").arg(link).arg(from, to);
}

QList<LostLink> NetworkPicture::lostLinks() const
{
    const auto down = [this](const QString& from, const QString& to, int link) {
        return std::any_of(linkStatuses.cbegin(), linkStatuses.cend(), [&](const LinkStatus& s) {
            return s.node == from && s.peer == to && s.link == link && !s.connected;
        });
    };
    QList<LostLink> lost;
    QSet<QString> said;
    for (const LinkStatus& s : linkStatuses) {
        const QString& first = std::min(s.node, s.peer);
        const QString& second = std::max(s.node, s.peer);
        const QString pair = QStringLiteral("%1 %2 %3").arg(first, second).arg(s.link);
        if (s.connected || said.contains(pair))
            continue;
        said.insert(pair);
        const bool bothWays = down(s.peer, s.node, s.link);
        lost.append({s.link, bothWays ? first : s.node, bothWays ? second : s.peer, bothWays, s.localAddress});
    }
    return lost;
}

// A lost link is redundancy gone: the cluster still runs on the others, and a second loss splits it.
QList<Warning> NetworkModel::lintLinkStatuses(const NetworkPicture& picture)
{
    QList<Warning> warnings;
    for (const LostLink& lost : picture.lostLinks()) {
        // Shown on the segment that carries the link.
        const QString subnet = segmentOf(picture.segments, lost.address);
        warnings.append({subnet.isEmpty() ? QStringLiteral("corosync") : subnet,
                         tr("Corosync %1 is down: the cluster runs on its other links").arg(lost.text())});
    }
    return warnings;
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
        const Segment* segment = findSegment(picture.segments, vip.segment);
        if (!segment) {
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
        const bool served = std::any_of(picture.services.cbegin(), picture.services.cend(), [&](const Service& s) {
            return s.vip == vip.resource && !s.resource.isEmpty();
        });
        // A VIP with a known service is judged against that service (below).
        if (!served && !colocated(vip.resource))
            warnings.append({vip.resource, tr("%1 is colocated with no service: it can move away from what "
                                              "binds it")
                                               .arg(vip.resource)});
    }
    return warnings + lintServices(picture, cluster) + lintLinkStatuses(picture);
}

} // namespace hadesk::net
