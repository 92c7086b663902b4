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
};

// One Corosync link of one node: the address its cluster traffic leaves from.
struct ClusterLink
{
    QString node;
    int link = 0;
    QString address;
};

// One node's end of a DRBD resource's replication link, as drbdadm's configuration says.
struct ReplicationLink
{
    QString resource;
    QString node;
    QString address;
    int port = 0;
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
    static QList<ProxyFrontend> readFrontends(const QByteArray& haproxyConfig);
    // "drbdadm dump-xml": every resource's hosts and their addresses.
    static QList<ReplicationLink> readReplicationLinks(const QByteArray& dumpXml);

    // The remote command: one constant script printing the four sections (as root: ss names the
    // processes of other users' sockets only for root).
    static QStringList command();
    static ssh::JobOptions jobOptions();
    static NodeServices read(const QString& node, const QByteArray& output);

    // The well-known ports of an OpenStack control plane and what it sits beside.
    static std::optional<KnownService> knownService(int port);
};

} // namespace hadesk::net
