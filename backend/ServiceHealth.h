#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace hadesk::net {
struct NetworkPicture;
}
namespace hadesk::haproxy {
struct RuntimeState;
}
namespace hadesk::drbd {
struct ResourceOverview;
}

namespace hadesk {

// One line of the Overview's service health: what clients reach behind a VIP, or a DRBD
// resource's replicas, in a few words.
struct ServiceHealthLine
{
    QString subject; // the VIP or DRBD resource
    QString view;    // where it is acted on: network, haproxy, drbd
    QString text;    // "vip-ext 198.19.0.100 on node1: web-ext :80 (web: 3/3 servers up)"
    bool healthy = false;

    bool operator==(const ServiceHealthLine&) const = default;
};

// The service health of a cluster from what the console already reads: the network picture
// (VIPs, where they are, what binds them), each node's HAProxy, DRBD's replicas. A source not read
// yet says so instead of a count.
class ServiceHealth
{
    Q_DECLARE_TR_FUNCTIONS(hadesk::ServiceHealth)

public:
    static QList<ServiceHealthLine> build(const net::NetworkPicture& picture,
                                          const QMap<QString, haproxy::RuntimeState>& haproxyByNode,
                                          const QList<drbd::ResourceOverview>& drbd);
};

} // namespace hadesk
