#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hadesk::ssh {
class SshConnection;
struct JobOptions;
} // namespace hadesk::ssh

namespace hadesk::net {

// A listening TCP socket, as "ss -Hltnp" shows it.
struct Listener
{
    QString address; // empty for every address (0.0.0.0, ::, *)
    int port = 0;
    QString process; // the command name, if ss could tell (it needs root for other users' sockets)

    bool bindsEveryAddress() const { return address.isEmpty(); }

    bool operator==(const Listener&) const = default;
};

// One Corosync link of one node: the address its cluster traffic leaves from.
struct ClusterLink
{
    QString node;
    int link = 0;
    QString address;

    bool operator==(const ClusterLink&) const = default;
};

// One Corosync link from one node to a peer as the node's Corosync sees it ("corosync-cfgtool -n"):
// a link down shows on both ends, a link down one way on one.
struct LinkStatus
{
    QString node; // whose view it is
    QString peer; // the peer's name (its node id when the nodelist has no name for it)
    int link = 0;
    QString localAddress, peerAddress;
    bool enabled = false;
    bool connected = false;

    bool operator==(const LinkStatus&) const = default;
};

// One node's end of a DRBD resource's replication link, as drbdadm's configuration says.
struct ReplicationLink
{
    QString resource;
    QString node;
    QString address;
    int port = 0;

    bool operator==(const ReplicationLink&) const = default;
};

struct Endpoint
{
    QString address; // empty for every address
    int port = 0;
    bool operator==(const Endpoint&) const = default;
};

// A HAProxy frontend (or listen section): where clients reach it and where it sends them.
struct ProxyFrontend
{
    QString name;
    QList<Endpoint> binds;
    QStringList serverAddresses; // of the backends it can use, as written (addresses or names)
    QStringList backends;        // default_backend and use_backend, or its own name for a listen section

    bool operator==(const ProxyFrontend&) const = default;
};

// What one node runs that the network picture needs: its listening sockets, the cluster's links
// as its Corosync knows them, and its HAProxy's frontends.
struct NodeServices
{
    QString node;
    QList<Listener> listeners;
    QList<ClusterLink> clusterLinks;
    QList<ProxyFrontend> frontends;
    QList<ReplicationLink> replicationLinks;
    QList<LinkStatus> linkStatuses;
    QString corosyncVersion; // "3.1.7", empty when Corosync does not run there
    QString pacemakerVersion; // "2.1.5", empty when Pacemaker is not installed

    bool operator==(const NodeServices&) const = default;
};

// A port whose service is known, with the segment role it belongs on.
struct KnownService
{
    QString name;
    QString role; // external or internal
};

class ServiceReader
{
    Q_DECLARE_TR_FUNCTIONS(hadesk::net::ServiceReader)

public:
    static QList<Listener> readListeners(const QByteArray& ssOutput);
    // "corosync-cmapctl -b nodelist".
    static QList<ClusterLink> readClusterLinks(const QByteArray& cmapOutput);
    // "corosync-cfgtool -n" on node, peers named from the nodelist "corosync-cmapctl -b nodelist" gives.
    static QList<LinkStatus> readLinkStatuses(const QString& node, const QByteArray& cfgtoolOutput,
                                              const QByteArray& cmapOutput);
    // "corosync -v", "pacemakerd --version": the version each names.
    static QString readCorosyncVersion(const QByteArray& output);
    static QString readPacemakerVersion(const QByteArray& output);
    static QList<ProxyFrontend> readFrontends(const QByteArray& haproxyConfig);
    // "drbdadm dump-xml": every resource's hosts and their addresses.
    static QList<ReplicationLink> readReplicationLinks(const QByteArray& dumpXml);

    // The remote command: one constant script printing the sections (as root: ss names the
    // processes of other users' sockets only for root).
    static QStringList command();
    static ssh::JobOptions jobOptions();
    static NodeServices read(const QString& node, const QByteArray& output);

    // The well-known ports of an OpenStack control plane and what it sits beside.
    static std::optional<KnownService> knownService(int port);
};

} // namespace hadesk::net
