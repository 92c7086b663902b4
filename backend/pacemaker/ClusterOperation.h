#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace hadesk::ssh {
class SshConnection;
}

namespace hadesk::pcmk {

struct AgentMetadata;
struct ClusterState;
struct Constraint;

// One change to a cluster, as the Pacemaker command that makes it. Every id, node name and
// lifetime is checked before a command exists; the command is an argument list, never a string.
struct ClusterOperation
{
    QString summary;  // for people: "move vip-ext to node2"
    QStringList argv; // crm_resource / crm_attribute ...
    bool previewable = true; // false when the change is not in the CIB (cleanup)
    QByteArray input;        // the command's standard input (XML too big for an argument)
    // A change computed from the CIB itself (group, clone, ...) is only valid on that version:
    // the preview refuses it once the configuration has moved on. -1: not tied to a version.
    qint64 builtOnAdminEpoch = -1;
    qint64 builtOnEpoch = -1;
    // What forResource was asked, so a move or ban can be asked again with another lifetime.
    QString resourceAction, resource, node, lifetime;
    QString cleanupOperation; // a cleanup of one operation's failures: its name and interval
    int cleanupIntervalMs = 0;
    bool takesLifetime() const { return resourceAction == u"move" || resourceAction == u"ban" || resourceAction == u"promote"; }
    // The same move, ban or promotion with another lifetime (empty: until cleared).
    std::optional<ClusterOperation> withLifetime(const QString& newLifetime, QString* error) const
    {
        return forResource(resourceAction, resource, node, newLifetime, error);
    }

    // start, stop, restart, move, ban, clear, cleanup, manage, unmanage, maintenance, ready;
    // promote (a promotable clone's promoted role, to node).
    // node and lifetime (ISO 8601, e.g. PT1H) as they apply.
    static std::optional<ClusterOperation> forResource(const QString& action, const QString& resource,
                                                       const QString& node, const QString& lifetime,
                                                       QString* error);
    // One operation's failures of a resource on a node ("monitor" every intervalMs; 0 for a
    // start or stop): the others' fail counts stay.
    static std::optional<ClusterOperation> cleanupOf(const QString& resource, const QString& node,
                                                            const QString& operation, int intervalMs, QString* error);
    // standby, online, maintenance, ready (leave maintenance).
    static std::optional<ClusterOperation> forNode(const QString& action, const QString& node, QString* error);
    // maintenance, ready (the whole cluster), clear-expired (moves and bans whose lifetime ended).
    static std::optional<ClusterOperation> forCluster(const QString& action, QString* error);

    // New constraints (written with an XML writer from checked values) and removal by id.
    static std::optional<ClusterOperation> addLocation(const QString& id, const QString& resource, const QString& node,
                                                       const QString& score, QString* error);
    static std::optional<ClusterOperation> addColocation(const QString& id, const QString& resource,
                                                         const QString& withResource, const QString& score,
                                                         QString* error);
    static std::optional<ClusterOperation> addOrder(const QString& id, const QString& first, const QString& then,
                                                    const QString& kind, QString* error);
    static std::optional<ClusterOperation> removeConstraint(const QString& id, QString* error);
    // Changes attributes of an existing constraint in place (its rules and sets are kept). Only
    // attributes that make sense for its kind are taken; removing one is refused (cibadmin
    // --modify only sets, and a replacement could drop what HAdesk does not know).
    static std::optional<ClusterOperation> editConstraint(const Constraint& current,
                                                          const QMap<QString, QString>& changes, QString* error);

    // An instance (or meta) attribute of a resource; an empty value deletes it.
    static std::optional<ClusterOperation> setResourceAttribute(const QString& resource, const QString& name,
                                                                const QString& value, bool meta, QString* error);

    // Rearrangements of existing resources, computed from the current CIB (cibadmin --query) and
    // applied as one replacement of the resources section.
    static std::optional<ClusterOperation> group(const QByteArray& cib, const QString& groupId,
                                                 const QStringList& members, QString* error);
    static std::optional<ClusterOperation> clone(const QByteArray& cib, const QString& resource,
                                                 const QString& cloneId, bool promotable, QString* error);
    static std::optional<ClusterOperation> ungroup(const QByteArray& cib, const QString& groupId, QString* error);
    static std::optional<ClusterOperation> unclone(const QByteArray& cib, const QString& cloneId, QString* error);

    // A new primitive, its values checked against the agent's metadata, with a monitor operation.
    static std::optional<ClusterOperation> createPrimitive(const QString& id, const AgentMetadata& metadata,
                                                           const QMap<QString, QString>& values, QString* error);
    // Removes a resource from the configuration; Pacemaker stops it first (the preview says so).
    static std::optional<ClusterOperation> deleteResource(const QString& id, QString* error);
    // The same, refused up front when the schema would refuse it: while constraints name the
    // resource or anything inside it (they are listed), or when it is a group's only member.
    static std::optional<ClusterOperation> deleteResource(const ClusterState& state, const QString& id,
                                                          QString* error);

    static bool isValidId(const QString& id);
    static bool isValidScore(const QString& score); // an integer, or [+-]INFINITY
    static bool isValidNodeName(const QString& name);
    static bool isValidLifetime(const QString& lifetime);
};

// What Pacemaker's scheduler says it will do (crm_simulate's transition summary).
struct PlannedAction
{
    QString action; // start, stop, move, promote, demote, restart, ...; "fence (reboot)" of a node
    QString resource; // empty for a node's own action
    QString node;   // where, for start/stop/promote/...
    QString source; // from, for move/migrate
    QString dest;   // to, for move/migrate
    QString text() const;
    // As an operator says it: "api moves node2 → node3", "node2 is fenced (reboot)".
    QString inWords() const;
};

struct Preview
{
    qint64 adminEpoch = 0;
    qint64 epoch = 0; // the configuration version the preview was made on
    QList<PlannedAction> actions;
    // What the change itself does, in words (the constraints it creates, removes or changes,
    // with score and lifetime; a resource that stays where it is), and the moves and bans it
    // leaves behind (their ids), which the operator may want to clear afterwards.
    QStringList effects;
    QStringList leftBehind;
};

// The words for a preview's effects, from the constraints before and after the change on the
// simulated copy.
class OperationEffects
{
public:
    static void describe(const QList<Constraint>& before, const QList<Constraint>& after, const ClusterOperation& operation,
                         Preview* preview);
};

struct ApplyResult
{
    enum class Outcome { Applied, Stale, Failed } outcome = Outcome::Failed;
    int exitCode = -1;
    QString message;
};

// Reads what crm_simulate --output-as=xml says into planned actions (PreviewJob runs it).
class OperationRunner
{
public:
    static bool readSimulation(const QByteArray& xml, QList<PlannedAction>* actions, QString* error);
};

} // namespace hadesk::pcmk
