#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace hadesk::setup {

// What a setup run is refused for: what is wrong and where ("fencing.devices.node4", "node2").
struct Refusal
{
    QString where;
    QString what;
    QString toString() const { return where.isEmpty() ? what : where + QStringLiteral(": ") + what; }
};

struct PlanNode
{
    QString name;          // the node's name in the cluster (uname -n)
    QString ssh;           // how HAdesk reaches it (an ssh_config host or an address); the name if empty
    QStringList links;     // its corosync link addresses, link 0 first
    int nodeId = 0;        // corosync's nodeid: fixed for the node's life (default: its place in the plan)
    QString sshHost() const { return ssh.isEmpty() ? name : ssh; }
};

struct PlanFencing
{
    QString agent;                        // fence_ipmilan, fence_hadesk_lab...
    QMap<QString, QString> parameters;    // shared by every device
    QMap<QString, QMap<QString, QString>> devices; // node -> its own parameters (plug, ipaddr...)
    QString testNode;                     // the node test-fenced; empty with allowUntested only
    bool disabled = false;                // "enabled": false: no fencing at all (unsafe, said so)
    bool allowUntested = false;           // "test": false: go on without a test fence (unsafe)
    // The node's device: the shared parameters with its own over them.
    QMap<QString, QString> deviceValues(const QString& node) const
    {
        QMap<QString, QString> values = parameters;
        values.insert(devices.value(node));
        return values;
    }
};

struct PlanVip
{
    QString id;
    QHostAddress address;
    int prefix = 24;
    QString interface; // the NIC holding the VIP's subnet on every node; found from the nodes if empty
};

struct PlanFrontend
{
    QString name;
    QString vip;     // the VIP id it binds
    int port = 0;
    QString service; // the service whose servers it balances
};

struct PlanService
{
    enum class Template { ActiveStandby, ActiveActive };
    QString name;
    Template kind = Template::ActiveStandby;
    QString preset;                   // identity, image, compute-api, network-api, dashboard
    QString agent;                    // class:provider:type
    QMap<QString, QString> parameters;
    int port = 0;                     // where it listens on every node (HAProxy's servers)
    QString health = QStringLiteral("/"); // HAProxy's HTTP health check path
    QString vip;                      // active-standby: the VIP it follows (colocated, ordered after)
};

struct TimingProfile
{
    QString name;
    int tokenMs = 3000;
    int monitorIntervalS = 10;
    int operationTimeoutS = 20;
    int stonithTimeoutS = 60;
    int pcmkDelayMaxS = 15; // two nodes only: the random delay that stops both fencing each other

    static std::optional<TimingProfile> named(const QString& name);
    // The token as corosync applies it for this many nodes (token_coefficient 650 ms per node past two).
    int effectiveTokenMs(int nodes) const { return tokenMs + (nodes > 2 ? (nodes - 2) * 650 : 0); }
    // A node's death noticed: the token lost, then consensus (1.2 times the token) to agree on it.
    int detectionMs(int nodes) const { return effectiveTokenMs(nodes) * 22 / 10; }
};

// A cluster to build from bare hosts (docs/setup.md): the cluster, its fencing, VIPs, HAProxy's
// frontends and the services. Read from JSON and checked whole before anything reaches a host.
struct SetupPlan
{
    Q_DECLARE_TR_FUNCTIONS(SetupPlan)

public:
    QString name;
    QString timing = QStringLiteral("default");
    QList<PlanNode> nodes;
    int corosyncPort = 5405;
    PlanFencing fencing;
    QList<PlanVip> vips;
    QList<PlanFrontend> frontends;
    // How Pacemaker runs HAProxy's clone: systemd's unit, or lsb:haproxy where systemd is not init.
    QString haproxyAgent = QStringLiteral("systemd:haproxy");
    QList<PlanService> services;
    bool hasStorage = false;

    // The plan, or nullopt with every refusal (each with where it is in the file).
    static std::optional<SetupPlan> fromJson(const QByteArray& json, QList<Refusal>* refusals);
    static std::optional<SetupPlan> fromFile(const QString& path, QList<Refusal>* refusals);
    // A commented starting plan for these hosts (hadeskctl setup example).
    static QByteArray example(const QStringList& hosts);

    const PlanNode* node(const QString& name) const;
    const PlanVip* vip(const QString& id) const;
    const PlanService* service(const QString& name) const;
    TimingProfile profile() const { return *TimingProfile::named(timing); }
    QStringList nodeNames() const;
    int linkCount() const { return nodes.isEmpty() ? 0 : int(nodes.first().links.size()); }
    // The node services are added on while the others are in standby (the INFN order).
    QString firstNode() const { return nodes.isEmpty() ? QString() : nodes.first().name; }
    // What identifies this plan's content: a finished run of the same plan changes nothing.
    QString digest() const;

    QJsonObject toJson() const;
};

// What a preset fills in (agent, port, health check) for the OpenStack services the seeds name.
struct ServicePreset
{
    QString name;
    QString agent;
    int port;
    QString health;
    PlanService::Template kind;
    QString description;
    static const QList<ServicePreset>& all();
    static const ServicePreset* named(const QString& name);
};

} // namespace hadesk::setup
