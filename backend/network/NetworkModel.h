#pragma once

#include "backend/ClusterProfile.h"
#include "backend/network/NodeServices.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace hadesk::pcmk {
struct ClusterState;
}

namespace hadesk::ssh {
class SshConnection;
}

namespace hadesk::net {

struct InterfaceAddress
{
    QString address;
    int prefix = 0;
    bool operator==(const InterfaceAddress&) const = default;
};

// A network interface of a node, as "ip -j addr show" and sysfs tell it.
struct Interface
{
    QString name;
    QString state;       // operstate: UP, DOWN, UNKNOWN, LOWERLAYERDOWN, ...
    int speedMbps = -1;  // /sys/class/net/NAME/speed; -1 when the link has none (down, virtual)
    int mtu = 0;
    QString mac;
    QList<InterfaceAddress> addresses; // global scope only: no loopback, no link-local
};

struct NodeInterfaces
{
    QString node;
    QList<Interface> interfaces;
};

// A subnet found on the nodes' interfaces, with the interface that reaches it on each node.
struct Segment
{
    QString subnet;                     // 198.19.0.0/24
    QString name;                       // as the operator named it, else empty
    QString role;                       // external, internal, storage, replication, management
    QMap<QString, QString> interfaceOn; // node -> interface
};

// An address the cluster moves between nodes (IPaddr2, IPaddr, IPsrcaddr).
struct Vip
{
    QString resource;
    QString address;
    int prefix = -1; // cidr_netmask, if given
    QString nic;     // if given
    QString segment; // the subnet it is in, if any
    QStringList activeOn; // where the cluster says it runs
    QStringList seenOn;   // the nodes whose interfaces carry the address
};

// What clients reach on a VIP: a HAProxy frontend bound to it (by the configuration), or a process
// listening on it (by ss).
struct Service
{
    QString name;    // the frontend, else the listening process
    QString process; // what listens on the holder: haproxy, mysqld, ... (empty if nothing does)
    QString vip;     // the VIP resource
    QString address;
    int port = 0;
    QString segment;            // the subnet clients reach it on
    QStringList serverSegments; // where a frontend sends its traffic
    QStringList listeningOn;    // nodes with a socket that accepts it (bound to it, or to every address)
    QString resource;           // the cluster resource that runs the process, if one does
    QStringList backends;       // a HAProxy frontend's backends
};

// A Corosync link lost between two nodes: seen from both ends (both ways), or from one only.
struct LostLink
{
    int link = 0;
    QString from, to;  // both ways: in name order
    bool bothWays = false;
    QString address;   // from's end of the link
    QString text() const; // "link 1 between node1 and node3", "link 1 from node1 to node3"
};

struct Warning
{
    QString subject; // the resource, segment or node it concerns
    QString text;
};

struct NetworkPicture
{
    QList<NodeInterfaces> nodes;
    QList<Segment> segments;
    QList<Vip> vips;
    QList<Service> services;
    QList<ClusterLink> clusterLinks;
    QList<ReplicationLink> replicationLinks;
    QList<LinkStatus> linkStatuses; // every node's view of its Corosync links
    QMap<QString, QString> corosyncVersions; // node -> Corosync's version there
    QMap<QString, QString> pacemakerVersions;
    QSet<QString> servicesReadOn; // the nodes whose services were read: a service not seen elsewhere is unknown
    QList<Warning> warnings;

    // The Corosync links lost, each once.
    QList<LostLink> lostLinks() const;
    // Every address the node's interfaces carry.
    QStringList addressesOf(const QString& node) const;
    const Vip* vip(const QString& resource) const;
};

// Reads what nodes say about their interfaces.
class NetworkReader
{
    Q_DECLARE_TR_FUNCTIONS(hadesk::net::NetworkReader)

public:
    // "ip -j addr show" (iproute2's JSON).
    static bool readAddresses(const QByteArray& json, QList<Interface>* interfaces, QString* error);
    // "NAME SPEED" lines, one per interface, as the speed script prints them.
    static void readSpeeds(const QByteArray& text, QList<Interface>* interfaces);
    // The remote command that prints those lines: constant, no arguments.
    static QString speedScript();
    // The two outputs together: what a node's interfaces are.
    static std::optional<NodeInterfaces> read(const QString& node, const QByteArray& addressesJson,
                                              const QByteArray& speedsText, QString* error);
    static QStringList addressesCommand();
    static QStringList speedsCommand();
};

// The picture of a cluster's networks: segments, VIPs and where they are, and what looks wrong.
class NetworkModel
{
    Q_DECLARE_TR_FUNCTIONS(hadesk::net::NetworkModel)

public:
    using SegmentLabel = hadesk::SegmentLabel;
    static NetworkPicture build(const QList<NodeInterfaces>& nodes, const pcmk::ClusterState& cluster,
                                const QMap<QString, SegmentLabel>& labels = {},
                                const QList<NodeServices>& services = {});
    // "198.19.0.7", 24 -> "198.19.0.0/24"; empty for what is not an address.
    static QString subnetOf(const QString& address, int prefix);
    static bool isVipAgent(const QString& type);

private:
    static QList<Service> servicesOf(const NetworkPicture& picture, const QList<NodeServices>& services,
                                     const pcmk::ClusterState& cluster);
    // What looks wrong, with the reason.
    static QList<Warning> lint(const NetworkPicture& picture, const pcmk::ClusterState& cluster);
    static QList<Warning> lintLinks(const NetworkPicture& picture);
    static QList<Warning> lintLinkStatuses(const NetworkPicture& picture);
    static QList<Warning> lintServices(const NetworkPicture& picture, const pcmk::ClusterState& cluster);
};

} // namespace hadesk::net
