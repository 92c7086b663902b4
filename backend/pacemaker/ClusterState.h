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
    QString type = QStringLiteral("member"); // member, remote, ping (as crm_mon says)
    bool online = false;
    bool standby = false;
    bool standbyOnFail = false;
    bool maintenance = false;
    bool pending = false;
    bool unclean = false;
    bool shutdown = false;
    bool isDc = false;
    int resourcesRunning = 0;
    QMap<QString, QString> attributes; // permanent node attributes from the configuration
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
    bool failed = false;
    bool managed = true;
    bool blocked = false;

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

    // Left behind by crm_resource --move (cli-prefer-*) or --ban (cli-ban-*).
    bool isFromMoveOrBan() const { return id.startsWith(QLatin1String("cli-")); }
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
    qint64 adminEpoch = 0, epoch = 0, numUpdates = 0;
    QMap<QString, QString> properties;
    QList<Node> nodes;
    QList<Resource> resources; // every resource, each parent before its children
    QList<Constraint> constraints;
    QList<FailedAction> failures;
    QList<FenceEvent> fencing;
    QStringList tickets;

    const Resource* resource(const QString& id) const;
    Resource* resource(const QString& id);
    // Adds a resource and indexes it by id (resource() is called once per instance on big CIBs).
    void addResource(const Resource& resource);
    const Node* node(const QString& name) const;
    // "admin_epoch.epoch.num_updates": the configuration's version, as cibadmin shows it.
    QString version() const;

private:
    QHash<QString, qsizetype> m_resourceIndex;
};

} // namespace hadesk::pcmk
