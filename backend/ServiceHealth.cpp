#include "backend/ServiceHealth.h"

#include "backend/drbd/DrbdOverview.h"
#include "backend/haproxy/RuntimeState.h"
#include "backend/network/NetworkModel.h"

namespace hadesk {
namespace {

bool serving(const haproxy::Server& server)
{
    return (server.status.startsWith(QLatin1String("UP")) || server.status == u"no check") && !server.draining() &&
           !server.inMaintenance();
}

} // namespace

QList<ServiceHealthLine> ServiceHealth::build(const net::NetworkPicture& picture,
                                              const QMap<QString, haproxy::RuntimeState>& haproxyByNode,
                                              const QList<drbd::ResourceOverview>& drbd)
{
    QList<ServiceHealthLine> lines;
    for (const net::Vip& vip : picture.vips) {
        ServiceHealthLine line{vip.resource, QStringLiteral("network"), {}, !vip.activeOn.isEmpty()};
        const QString holder = vip.activeOn.value(0);
        line.text = holder.isEmpty() ? tr("%1 %2 is not running").arg(vip.resource, vip.address)
                                     : tr("%1 %2 on %3").arg(vip.resource, vip.address, holder);
        QStringList services;
        for (const net::Service& service : picture.services) {
            if (service.vip != vip.resource)
                continue;
            QString text = tr("%1 :%2").arg(service.name).arg(service.port);
            if (!holder.isEmpty() && !picture.servicesReadOn.contains(holder)) {
                text += u' ' + tr("(%1 not read yet)").arg(holder);
                line.healthy = false;
            } else if (!holder.isEmpty() && !service.listeningOn.contains(holder)) {
                text += u' ' + tr("(nothing listens on %1)").arg(holder);
                line.healthy = false;
            }
            // A frontend's backends as the holder's HAProxy (the one clients reach) has them.
            const auto state = haproxyByNode.constFind(holder);
            QStringList backends;
            for (const QString& name : service.backends) {
                const haproxy::Proxy* backend = state != haproxyByNode.cend() ? state->backend(name) : nullptr;
                if (!backend) {
                    backends << tr("%1: not read").arg(name);
                    continue;
                }
                const auto up = std::count_if(backend->servers.cbegin(), backend->servers.cend(), serving);
                backends << tr("%1: %2/%3 servers up").arg(name).arg(up).arg(backend->servers.size());
                line.healthy = line.healthy && up > 0;
                if (up < backend->servers.size())
                    line.view = QStringLiteral("haproxy");
            }
            if (!backends.isEmpty())
                text += QStringLiteral(" (%1)").arg(backends.join(QLatin1String(", ")));
            services << text;
        }
        if (!services.isEmpty())
            line.text += QStringLiteral(": ") + services.join(QLatin1String("; "));
        lines.append(line);
    }
    for (const drbd::ResourceOverview& resource : drbd) {
        const qsizetype upToDate = resource.upToDateNodes().size();
        QString text = tr("DRBD %1: %2/%3 replicas UpToDate").arg(resource.name).arg(upToDate).arg(resource.replicas.size());
        QStringList primaries;
        for (const drbd::Replica& replica : resource.replicas)
            if (replica.role == u"Primary")
                primaries << replica.node;
        if (!primaries.isEmpty())
            text += u", " + tr("Primary on %1").arg(primaries.join(QLatin1String(", ")));
        lines.append({resource.name, QStringLiteral("drbd"), text,
                      upToDate == resource.replicas.size() && resource.warnings.isEmpty() && primaries.size() <= 1});
    }
    return lines;
}

} // namespace hadesk
