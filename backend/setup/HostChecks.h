#pragma once

#include "backend/setup/SetupPlan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace hadesk::setup {

// What the setup agent found on one host (its "facts" mode), and its clock against ours.
struct HostFacts
{
    struct Address
    {
        QString interface;
        QString address;
        int prefix = 0;
        int mtu = 0;
    };
    QString node; // the plan's name for it
    QString hostname;
    QString osId;
    QString osVersion;
    QString osName;
    QMap<QString, QString> versions; // package -> version, empty when not installed
    QStringList membership;          // what says it is in a cluster: "authkey", "cib", ...
    QString firewall;                // none, ufw, firewalld, nftables
    QList<Address> addresses;
    QMap<QString, QStringList> resolves; // node name -> the IPv4 addresses it resolves to here
    QMap<QString, bool> tools;
    QJsonArray journal; // HAdesk's journal on the host
    QStringList fenceAgents; // stonith_admin --list-installed
    double clockOffsetMs = 0;
    double clockErrorMs = 0;
    bool clockMeasured = false;

    static std::optional<HostFacts> parse(const QString& node, const QByteArray& agentOutput, QString* error);
    // The journal's cluster, or empty when HAdesk never set anything up here.
    QString journalCluster() const;
    // Corosync runs here: the host is a member of a running cluster.
    bool runsCluster() const { return membership.contains(QStringLiteral("corosync running")); }
    // The last step the journal says was finished.
    QString lastStepDone() const;
};

// The host checks' verdict for a plan: refusals stop the run (exit 2), warnings are said.
struct HostVerdict
{
    QList<Refusal> refusals;
    QStringList warnings;
    QMap<QString, QString> vipInterfaces;       // VIP id -> NIC on every node
    QMap<QString, QStringList> missingPackages; // node -> packages to install
    bool resumes = false; // some host carries this cluster's journal: a run to continue
};

class HostChecks
{
    Q_DECLARE_TR_FUNCTIONS(HostChecks)

public:
    static constexpr double kClockLimitMs = 2000;
    // The packages a node needs for this plan (the fence agent's only when it is not installed).
    static QStringList requiredPackages(const SetupPlan& plan, const HostFacts& facts);
    static QStringList packagesToAsk(); // what the facts mode reports versions of
    static HostVerdict check(const SetupPlan& plan, const QList<HostFacts>& hosts);
    // add-node: the plan's other nodes must run its cluster as HAdesk built it and the added one
    // belong to none. Empty when so.
    static QList<Refusal> additionRefusals(const SetupPlan& plan, const QList<HostFacts>& hosts, const QString& added);
    // The ports a firewall must let through for this plan.
    static QStringList firewallPorts(const SetupPlan& plan);
};

} // namespace hadesk::setup
