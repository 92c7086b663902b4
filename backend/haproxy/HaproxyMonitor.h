#pragma once

#include "backend/haproxy/RuntimeCommandJob.h"
#include "backend/haproxy/RuntimeState.h"
#include "backend/pacemaker/ClusterEvents.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace hadesk::ssh {
class SshConnection;
class SshJob;
} // namespace hadesk::ssh

namespace hadesk::haproxy {

// Traffic through one backend at one moment, summed over every node's HAProxy.
struct BackendSample
{
    int sessions = 0;
    double requestRate = 0; // requests per second since the previous sample
};

struct TrafficSample
{
    QDateTime time;
    QHash<QString, BackendSample> backends;
};

// The HAProxy of every node, read through the runtime API every couple of seconds, and the
// traffic per backend over the last minutes. Runtime commands go to every node's HAProxy, so a
// drained server stays drained wherever the VIP goes.
class HaproxyMonitor : public QObject
{
    Q_OBJECT

public:
    explicit HaproxyMonitor(QObject* parent = nullptr);
    ~HaproxyMonitor() override;

    static constexpr int kIntervalMs = 2000;
    static constexpr int kGlanceIntervalMs = 10000; // for a summary (the Overview's health lines)
    static constexpr int kHistorySeconds = 600;
    static constexpr double kMinimumRateSeconds = 1.0;

    void watch(const QString& node, ssh::SshConnection* connection);
    void unwatch(const QString& node);
    // Polls only while someone looks at its data (the HAProxy tab while shown, a drill, a
    // command): each asks with a token of its own and lets go with it, and the most eager one's
    // pace is kept. A console that nobody looks at costs its nodes nothing.
    void want(const void* who, int intervalMs = kIntervalMs);
    void release(const void* who);
    bool isPolling() const { return !m_wantedBy.isEmpty(); }

    QStringList nodes() const;
    ssh::SshConnection* connectionOf(const QString& node) const;
    // The admin socket the node's configuration names (found when the node is watched), else the
    // usual one.
    QString socketOf(const QString& node) const;
    // Each node's last answer; absent while it never answered.
    const QMap<QString, RuntimeState>& states() const { return m_states; }
    const QMap<QString, QString>& errors() const { return m_errors; }
    const QList<TrafficSample>& history() const { return m_history; }

    // Every watched node's HAProxy, for a RuntimeCommandJob.
    QList<RuntimeTarget> targets() const;
    // One round now (after a change was sent), whether or not anyone watches.
    void refreshNow();

Q_SIGNALS:
    void updated();

private:
    struct Node
    {
        QString name;
        ssh::SshConnection* connection = nullptr;
        QPointer<ssh::SshJob> info, stat, servers;
        QString socket;
    };
    Node* nodeNamed(const QString& name);
    void poll();
    void onAnswer();
    void finishRound();
    void record();

    QList<Node> m_nodes;
    QMap<QString, RuntimeState> m_states;
    QMap<QString, QString> m_errors;
    QList<TrafficSample> m_history;
    QHash<QString, qint64> m_lastRequests; // backend -> summed req_tot at the previous sample
    QDateTime m_lastTime;
    QTimer m_timer;
    QHash<const void*, int> m_wantedBy; // who -> the interval it asked for
    int interval() const;
    bool m_polling = false; // a round's answers are awaited
    bool m_refreshWanted = false; // refreshNow() during a round: another round after it
};

// What changed in the servers' states between two rounds: a server going DOWN or UP, drained,
// put in maintenance or made ready; the same change on several nodes' HAProxy said once.
QList<pcmk::ClusterEvent> haproxyEventsBetween(const QMap<QString, RuntimeState>& before, const QMap<QString, RuntimeState>& after,
                                              const QDateTime& when);

// One server as each node's HAProxy has it. The operator's settings (ready, drain, maint, the
// weight) are meant to be the same everywhere; one sent to a single node by hand is exactly what
// must be seen, since clients reach the server through whichever node holds the VIP.
struct ServerAcrossNodes
{
    QString backend, server;
    QMap<QString, QString> admin; // node -> ready, drain or maint
    QMap<QString, int> weight;    // node -> weight
    bool differs() const;
    // "drain on node1; ready on node2, node3", and the weights when they differ.
    QString text() const;
};
// A time span as an operator reads it: "42 s", "7 min", "2 h 5 min", "3 d 4 h".
QString durationText(qint64 seconds);

// Every server of every node's HAProxy, in the order of the first node's backends.
QList<ServerAcrossNodes> serversAcrossNodes(const QMap<QString, RuntimeState>& states);

// One node's servers, for a table: backend, server, address, status, operator state, weight,
// sessions, rate, check, last change.
class ServerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { BackendColumn, ServerColumn, AddressColumn, StatusColumn, AdminColumn, WeightColumn,
                  SessionsColumn, RateColumn, CheckColumn, ChangedColumn, EveryNodeColumn, ColumnCount };
    enum Role { ProblemRole = Qt::UserRole + 1, DiffersRole };
    using QAbstractTableModel::QAbstractTableModel;

    // across: every node's view of the servers, for the Every Node column.
    void setState(const RuntimeState& state, const QList<ServerAcrossNodes>& across = {});
    const Server* serverAt(int row) const;
    int rowOf(const QString& backend, const QString& server) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ServerAcrossNodes* acrossOf(const Server& s) const;

    QList<Server> m_servers;
    QList<ServerAcrossNodes> m_across;
};

} // namespace hadesk::haproxy
