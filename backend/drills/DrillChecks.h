#pragma once

#include "backend/drills/DrillFaults.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace hadesk::pcmk {
struct ClusterState;
}
namespace hadesk::haproxy {
struct RuntimeState;
}

namespace hadesk::drills {

struct SafetyCheck
{
    QString name;   // "quorum"
    bool passed = false;
    QString detail; // the reason, in words
};

// What must hold before a fault is injected. Pure: the same cluster gives the same answers.
class DrillChecks
{
    Q_DECLARE_TR_FUNCTIONS(hadesk::drills::DrillChecks)

public:
    static QList<SafetyCheck> run(const QList<ResolvedFault>& faults, const pcmk::ClusterState& state,
                                  const QList<drbd::ResourceOverview>& drbd,
                                  const QMap<QString, haproxy::RuntimeState>& haproxyByNode);
    static bool allPassed(const QList<SafetyCheck>& checks);
    // The cluster back in the state the drill found it in: nothing pending, every node that was
    // online online again, every resource (each member of a group too) running on as many nodes
    // as before, no failed action. Where not, why.
    static bool settled(const pcmk::ClusterState& before, const pcmk::ClusterState& now, QString* why);
    // DRBD's replication back as the drill found it: a resource every replica of which was
    // UpToDate is so again, connected on every link, with no split brain. Where not, why.
    static bool replicationSettled(const QList<drbd::ResourceOverview>& before, const QList<drbd::ResourceOverview>& now,
                                   QString* why);
    // The configuration section as lines to compare, without what Pacemaker writes by itself.
    static QStringList configurationLines(const QByteArray& xml);
    // What differs between two configuration sections, as "-" (before only) and "+" (after only)
    // lines: empty when the cluster is configured as it was.
    static QStringList configurationDifference(const QByteArray& before, const QByteArray& after);
};

} // namespace hadesk::drills
