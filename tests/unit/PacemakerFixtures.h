#pragma once

#include "Fixtures.h"
#include "backend/pacemaker/ClusterStateReader.h"

// The Pacemaker fixtures (tests/fixtures/pacemaker, captured by its capture.sh), for unit tests.
namespace PacemakerFixtures {

inline QByteArray file(const QString& name)
{
    return Fixtures::file(QLatin1String("pacemaker/") + name);
}

// A state's CIB and crm_mon XML, read as the console reads a live cluster. Other captures keep
// the cluster of their moment in their own folder (network/).
inline hadesk::pcmk::ClusterState state(const QString& name, const QString& folder = QStringLiteral("pacemaker"))
{
    hadesk::pcmk::ClusterState cluster;
    QString error;
    const QString base = folder + u'/' + name;
    if (!hadesk::pcmk::ClusterStateReader::readCib(Fixtures::file(base + QLatin1String(".cib.xml")), &cluster, &error) ||
        !hadesk::pcmk::ClusterStateReader::readCrmMon(Fixtures::file(base + QLatin1String(".crm_mon.xml")), &cluster, &error))
        qFatal("%s: %s", qPrintable(name), qPrintable(error));
    return cluster;
}

} // namespace PacemakerFixtures
