#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace hadesk::drills {

// One fault of a drill, as the plan gives it; the node it acts on is found on the live cluster
// when the drill starts (the node running the resource, say). Schema: docs/drills.md.
struct FaultSpec
{
    enum class Kind { Switchover, NodeCrash, Partition, ServiceKill, MonitorFail, HaproxyLoss, DrbdDisconnect, Command };
    Kind kind = Kind::Switchover;
    QString resource;      // switchover, node-crash, service-kill, monitor-fail
    QString node;          // partition, haproxy-loss; drbd-disconnect: where (any node of the resource if empty)
    QString segment;       // partition: internal, external or all
    QString drbd;          // drbd-disconnect
    QString process;       // service-kill: a pkill -f pattern, when the agent gives none
    QStringList inject;    // command: argv run on the console's machine
    QStringList undo;      // command
    int atMs = 0;          // after the first fault

    static QString kindName(Kind kind);
    static std::optional<Kind> kindNamed(const QString& name);
    // Fences a node or cuts the console off it: the drill asks for the cluster's name.
    bool destructive() const { return kind != Kind::Switchover; }
};

struct ExtraProbe
{
    QString name;
    QString address; // IP:PORT
    bool http = false;
    QString path = QStringLiteral("/");
    QString from{}; // sent from this node only; empty: from the console (and probeFrom)
};

// A service that stores what it is given (an HTTP server that takes PUT, GET and DELETE, such as
// a WebDAV share or an object store, on a DRBD-backed filesystem): the drill writes numbered
// records to it before and during the fault and reads them back afterwards.
struct WriteTarget
{
    QString name;
    QUrl url; // a folder: each record is url + run + "/" + its number
    int intervalMs = 100;
    int timeoutMs = 2000;
};

struct Expectation
{
    QString service;         // a service's name, or "*" for every one
    qint64 maxOutageMs = -1; // -1: not asked
    QString endsOn;          // the node the service's VIP ends on ("" not asked)
    bool zeroFailed = false; // not one failed probe (a drain, a loss HAProxy covers)
};

struct DrillPlan
{
    QString name;
    QString description;
    QList<FaultSpec> faults; // in the order injected, each at its atMs
    // Probes.
    int tcpIntervalMs = 20;
    int httpIntervalMs = 50;
    int probeTimeoutMs = 1000;
    int failuresToStart = 3;
    int successesToEnd = 3;
    QList<ExtraProbe> extraProbes;
    QStringList skipServices; // services of the cluster not to probe
    // Nodes every probe is also sent from (the same kinds and pace): what a client on the
    // cluster's own network sees, beside what the console's machine sees.
    QStringList probeFrom;
    QList<Expectation> expectations;
    QList<WriteTarget> writes; // each expected to lose no acknowledged write
    // Time limits.
    int baselineMs = 3000;   // probes before the first fault: every service must answer
    int observeMs = 60000;   // fault to recovery at most, before the drill recovers anyway
    int holdMs = 2000;       // after every service answers again, still watched
    int settleMs = 180000;   // recovery to the cluster back in its starting state
    bool restorePlacement = false;

    bool destructive() const;
    // Parses and validates: every refusal says which field and why.
    static std::optional<DrillPlan> fromJson(const QJsonObject& json, QString* error);
    // A plan file, as hadeskctl drill runs it: refusals name the file, or the field and why.
    static std::optional<DrillPlan> fromFile(const QString& path, QString* error);
    QJsonObject toJson() const;
};

// The ready-made drills, each a plan built from its parameters.
class DrillLibrary
{
    Q_DECLARE_TR_FUNCTIONS(hadesk::drills::DrillLibrary)

public:
    struct Entry
    {
        QString name;
        QString summary;
        QStringList parameters; // "resource", "node", "segment", "drbd", "inject", "undo"
    };
    static QList<Entry> entries();
    static const Entry* entry(const QString& name);
    // parameters: name -> value; inject/undo are argument lists.
    static std::optional<DrillPlan> build(const QString& name, const QMap<QString, QString>& parameters,
                                          const QMap<QString, QStringList>& commands, QString* error);
};

} // namespace hadesk::drills
