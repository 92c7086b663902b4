#pragma once

#include "backend/pacemaker/ClusterStateReader.h"

#include <QFile>

// The Pacemaker fixtures (tests/fixtures/pacemaker, captured by its capture.sh), for unit tests.
namespace PacemakerFixtures {

inline QByteArray file(const QString& name)
{
    QFile file(QStringLiteral(HADESK_FIXTURES "/pacemaker/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// A state's CIB and crm_mon XML, read as the console reads a live cluster.
inline hadesk::pcmk::ClusterState state(const QString& name)
{
    hadesk::pcmk::ClusterState cluster;
    QString error;
    if (!hadesk::pcmk::ClusterStateReader::readCib(file(name + QLatin1String(".cib.xml")), &cluster, &error) ||
        !hadesk::pcmk::ClusterStateReader::readCrmMon(file(name + QLatin1String(".crm_mon.xml")), &cluster, &error))
        qFatal("%s: %s", qPrintable(name), qPrintable(error));
    return cluster;
}

} // namespace PacemakerFixtures
