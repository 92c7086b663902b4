#pragma once

#include "backend/drills/DrillPlan.h"

#include <QCoreApplication>

#include <optional>

namespace hadesk::pcmk {
struct ClusterState;
}
namespace hadesk::net {
struct NetworkPicture;
}
namespace hadesk::drbd {
struct ResourceOverview;
}

namespace hadesk::drills {

// A command of a fault: on a node as root, or (node empty) on the console's machine.
struct FaultCommand
{
    QString node;
    QStringList argv;
    bool mayFail = false; // an undo that finds nothing left to undo
};

// A fault made concrete on the live cluster: the node it hits, the commands that inject and
// undo it, what Pacemaker's simulator is told, and what recovery cleans up.
struct ResolvedFault
{
    FaultSpec spec;
    QString title;             // "standby node2 (runs api)"
    QString target;            // the node it hits, if one
    QList<FaultCommand> inject;
    QList<FaultCommand> undo;
    QStringList simulateEdit;  // argv run on the CIB copy before crm_simulate (CIB_file set)
    QStringList simulateArgs;  // crm_simulate's own injection options
    QString noSimulation;      // why Pacemaker cannot predict it, when it cannot
    QStringList cleanup;       // resources whose failures recovery clears
    bool cutsConsoleOff = false; // a partition: a dead-man timer heals the node by itself
    bool fences = false;         // needs fencing configured
    // Takes its target down (fenced, its power cut): the cluster may fence it and lose a member
    // without anything else being wrong.
    bool takesNodeDown = false;
};

// Turns a plan's faults into commands on the cluster as it is now, or refuses with the reason.
class FaultResolver
{
    Q_DECLARE_TR_FUNCTIONS(hadesk::drills::FaultResolver)

public:
    // actor: the node cluster-wide commands run on (the one the console talks through); a fault
    // that takes that node away runs them on another. deadManSeconds: how long a partitioned
    // node waits for the console before it heals itself.
    static std::optional<ResolvedFault> resolve(const FaultSpec& spec, const pcmk::ClusterState& state,
                                                const net::NetworkPicture& network,
                                                const QList<drbd::ResourceOverview>& drbd, const QString& actor,
                                                int deadManSeconds, QString* error);
    // The pkill pattern that finds a resource's process from its agent's parameters, or empty.
    static QString processPatternOf(const pcmk::ClusterState& state, const QString& resource);
    // "10s", "1min", "500ms", "2h" or plain seconds, in milliseconds; -1 for anything else.
    static qint64 intervalMs(const QString& interval);

    static constexpr char kDeadManPidFile[] = "/run/hadesk-drill-deadman.pid";
};

} // namespace hadesk::drills
