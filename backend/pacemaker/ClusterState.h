#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hadesk::pcmk {

struct Node
{
    QString name;
    QString id;
    // member; remote (ocf:pacemaker:remote), guest (a resource with remote-node), bundle (a bundle
    // replica's container); ping (as crm_mon says).
    QString type = QStringLiteral("member");
    bool online = false;
    bool standby = false;
    bool standbyOnFail = false;
    bool maintenance = false;
    bool pending = false;
    bool unclean = false;
    bool shutdown = false;
    bool isDc = false;
    int resourcesRunning = 0;
    QMap<QString, QString> attributes;          // permanent node attributes from the configuration
    QMap<QString, QString> transientAttributes; // from the status: gone when the node leaves
    QString connectionResource; // remote, guest and bundle nodes: the resource that connects them
    QString address;            // remote and guest nodes: where Pacemaker reaches them, if set
    bool isClusterMember() const { return type == u"member"; }
};

enum class ResourceKind { Primitive, Group, Clone, Promotable, Bundle };
QString kindName(ResourceKind kind);

struct Operation
{
    QString id;
    QString name;
    QString interval;
    QString timeout;
    QString role;
};

struct Resource
{
    QString id;
    ResourceKind kind = ResourceKind::Primitive;
    QString agentClass, provider, type; // primitives
    QString parent;                     // enclosing group, clone or bundle; empty at top level
    QStringList children;
    QMap<QString, QString> instanceAttributes;
    QMap<QString, QString> metaAttributes;
    QList<Operation> operations;

    // Runtime, from crm_mon.
    QString role;        // primitives: Started, Stopped, Promoted, ...; collections: their best
    QStringList activeOn; // nodes where it (or any member) is active
    QMap<QString, QString> roleOn; // primitives: node -> role there (clone instances differ)
    bool failed = false;
    bool managed = true;
    bool blocked = false;
    bool orphaned = false; // still active, but no longer in the configuration
    bool implicit = false; // made by Pacemaker itself: a bundle's containers, a guest's connection
    // Clones and bundles: their instances (replicas) as crm_mon lists them, stopped ones included,
    // and how many of them run: "2 of 3".
    int instances = 0;
    int instancesActive = 0;

    QString agent() const; // class:provider:type, or class:type without a provider
    QString targetRole() const { return metaAttributes.value(QStringLiteral("target-role")); }
};

enum class ConstraintKind { Location, Colocation, Order, Ticket };
QString kindName(ConstraintKind kind);

struct Constraint
{
    QString id;
    ConstraintKind kind = ConstraintKind::Location;
    QMap<QString, QString> attributes; // as written: rsc, node, score, with-rsc, first, then, ...
    QStringList resources;             // every resource it names, sets included
    bool hasRules = false;
    bool hasResourceSets = false;
    QString expires; // the end of a move/ban lifetime (crm_resource --lifetime), if any
    QString ruleNode; // the node a rule names with #uname eq (how a move with a lifetime says where)
    QString ruleScore; // that rule's score

    // Left behind by crm_resource --move (cli-prefer-*) or --ban (cli-ban-*).
    bool isFromMoveOrBan() const { return id.startsWith(QLatin1String("cli-")); }
    // "colocation: rsc=a score=INFINITY with-rsc=b", for details panes.
    QString describe() const;
    // "api prefers node2 (score INFINITY)", "api is kept off node3 (score -INFINITY)",
    // "api runs with vip-int, always", "vip-int starts before api".
    QString inWords() const;
    // "until 2026-12-01 18:00:00Z", or that it stays until cleared.
    QString lifetimeInWords() const;
    // A location constraint's node and score, written as attributes or (a move or ban with a
    // lifetime) in its rule; the node is empty for a rule on other attributes.
    QString locationNode() const { return attributes.value(QStringLiteral("node"), ruleNode); }
    QString locationScore() const
    {
        const QString score = attributes.value(QStringLiteral("score"), ruleScore);
        return score.isEmpty() ? QStringLiteral("0") : score;
    }
};

struct FailedAction
{
    QString resource;
    QString node;
    QString operation;
    int intervalMs = 0;
    int exitCode = 0;
    QString exitStatus;
    QString exitReason;
    QString status;
    QString lastChange;
};

// How often a resource failed on a node since the last cleanup (crm_mon's node history).
struct FailCount
{
    QString resource;
    QString node;
    int count = 0;
    QString lastFailure;
    QString migrationThreshold; // failures before it is moved away; INFINITY-like 1000000 by default
};

// The failures of one operation of a resource on a node, as the node's transient attributes
// count them ("fail-count-web#monitor_10000"): what a cleanup of that operation forgets.
struct OperationFailCount
{
    QString node;
    QString operation;
    int intervalMs = 0;
    int count = 0;          // INFINITY (a start failure, by default) reads as 1000000
    qint64 lastFailureEpoch = 0;
};

// An operation that has started and not yet finished (record-pending, Pacemaker's default).
struct PendingAction
{
    QString resource;
    QString node;
    QString operation; // start, stop, monitor, promote, ...
    int intervalMs = 0; // a monitor with interval 0 is a probe
    qint64 sinceEpoch = 0; // when it started, in seconds since 1970
};

// An operation the cluster recorded for a resource on a node (the CIB's status keeps the last of
// each kind): what ran, how it ended, when, how long.
struct OperationRecord
{
    QString resource;
    QString node;
    QString operation;
    int intervalMs = 0;
    int rc = 0;           // the agent's exit code (7: not running, as a probe expects on most nodes)
    bool failed = false;  // the record of the last failure
    qint64 sinceEpoch = 0; // when its result last changed
    int execMs = 0;
};

struct Ticket
{
    QString id;
    bool granted = false;
    bool standby = false;
    QString lastGranted;
};

// A program Pacemaker runs on cluster events (configuration/alerts).
struct Alert
{
    QString id;
    QString path;
    QStringList recipients;
    QStringList selects; // nodes, fencing, resources, attributes; empty means everything
    QMap<QString, QString> metaAttributes;
    QMap<QString, QString> instanceAttributes;
};

struct FenceEvent
{
    QString target, action, status, delegate, origin, client, completed;
};

// What HAdesk knows of a cluster at one moment: the configuration (cibadmin --query) and the
// runtime picture Pacemaker itself computes (crm_mon).
struct ClusterState
{
    QString clusterName;
    QString dc;
    bool hasQuorum = false;
    QString pacemakerVersion;
    QString lastChange;   // when the configuration last changed, as crm_mon says it
    QString lastChangeBy; // "root via cibadmin on node1"
    qint64 adminEpoch = 0, epoch = 0, numUpdates = 0;
    QMap<QString, QString> properties;
    QList<Node> nodes;
    QList<Resource> resources; // every resource, each parent before its children
    QList<Constraint> constraints;
    QList<FailedAction> failures;
    QList<FenceEvent> fencing;
    QList<FailCount> failCounts;
    QList<PendingAction> pending;
    QList<OperationRecord> history;
    QList<Ticket> tickets;
    QList<Alert> alerts;

    const Resource* resource(const QString& id) const;
    Resource* resource(const QString& id);
    // Adds a resource and indexes it by id (resource() is called once per instance on big CIBs).
    void addResource(const Resource& resource);
    const Node* node(const QString& name) const;
    Node* node(const QString& name);
    QList<FailCount> failCountsOf(const QString& resource) const;
    // Per node and operation, from the nodes' transient attributes; a clone's instances ("web:1")
    // count for their primitive.
    QList<OperationFailCount> operationFailCountsOf(const QString& resource) const;
    // The constraints that name a resource, sets included.
    QList<const Constraint*> constraintsOf(const QString& resource) const;
    // "admin_epoch.epoch.num_updates": the configuration's version, as cibadmin shows it.
    QString version() const;

private:
    QHash<QString, qsizetype> m_resourceIndex;
};

} // namespace hadesk::pcmk
