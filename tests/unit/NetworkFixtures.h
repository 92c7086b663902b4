#pragma once

#include "Fixtures.h"
#include "backend/network/NodeServices.h"

#include <QFileInfo>

// What the services script reads on a lab node, from the captures under tests/fixtures/network
// (state: healthy, duplicate, misplaced; Corosync's link status where it was captured).
namespace NetworkFixtures {

inline QByteArray optionalFile(const QString& path)
{
    return QFileInfo::exists(QStringLiteral(HADESK_FIXTURES "/") + path) ? Fixtures::file(path) : QByteArray();
}

inline hadesk::net::NodeServices services(const QString& state, const QString& node, const QString& knetState = {})
{
    using hadesk::net::ServiceReader;
    const QString prefix = QStringLiteral("network/") + state + u'.' + node;
    const QString knet = QStringLiteral("network/") + (knetState.isEmpty() ? state : knetState) + u'.' + node;
    const QByteArray cmap = Fixtures::file(prefix + QLatin1String(".cmap.txt"));
    return {node,
            ServiceReader::readListeners(Fixtures::file(prefix + QLatin1String(".ss.txt"))),
            ServiceReader::readClusterLinks(cmap),
            ServiceReader::readFrontends(Fixtures::file(prefix + QLatin1String(".haproxy.cfg"))),
            {},
            ServiceReader::readLinkStatuses(node, optionalFile(knet + QLatin1String(".knet.txt")), cmap),
            ServiceReader::readCorosyncVersion(optionalFile(knet + QLatin1String(".corosync-version.txt"))),
            ServiceReader::readPacemakerVersion(optionalFile(knet + QLatin1String(".pacemaker-version.txt")))};
}

inline QList<hadesk::net::NodeServices> services(const QString& state)
{
    QList<hadesk::net::NodeServices> nodes;
    for (const char* node : {"node1", "node2", "node3"})
        nodes << services(state, QLatin1String(node));
    return nodes;
}

} // namespace NetworkFixtures
