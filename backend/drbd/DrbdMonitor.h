#pragma once

#include "backend/drbd/DrbdOverview.h"
#include "backend/drbd/DrbdState.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace hadesk::ssh {
class SshConnection;
class SshJob;
} // namespace hadesk::ssh

namespace hadesk::streams {
class NodeStream;
}

namespace hadesk::drbd {

// One node's DRBD, kept live. "drbdsetup events2 --statistics" streams every state change,
// starting with a whole snapshot, so a (re)started stream is also the snapshot after a
// reconnect. DRBD 8.4's stream carries no progress, so while this node sends a resync or verify
// the watcher also polls "drbdsetup status --statistics" every second for "done:" and
// out-of-sync (the receiving side's figures are not used). The
// kernel log is read for split brains when a snapshot arrives and when a connection drops.
class NodeDrbdWatcher : public QObject
{
    Q_OBJECT

public:
    NodeDrbdWatcher(QString node, ssh::SshConnection* connection, QObject* parent = nullptr);
    ~NodeDrbdWatcher() override;

    void start();
    const QString& node() const { return m_node; }
    bool hasState() const { return m_parser.hasSnapshot(); }
    // The state with the kernel log's split brains folded in.
    NodeState state() const;

    streams::NodeStream* stream() const { return m_stream; }
    static QStringList streamCommand();
    static QStringList statusCommand();
    static QStringList kernelLogCommand();

Q_SIGNALS:
    void changed(const QString& node);
    // The stream stopped or a line could not be read; the watcher goes on (restarting).
    void problem(const QString& node, const QString& error);
    // drbdsetup is not installed, or the kernel has no DRBD: nothing to watch on this node.
    void unavailable(const QString& node);

private:
    void onLine(const QByteArray& line);
    void onStreamStatus();
    void poll();
    void readKernelLog();
    void updatePolling();

    QString m_node;
    ssh::SshConnection* m_connection;
    Events2Parser m_parser;
    QSet<QString> m_kernelSplitBrains;
    QSet<QString> m_standAlone; // resources seen StandAlone or without connection, to notice a drop
    streams::NodeStream* m_stream;
    QPointer<ssh::SshJob> m_status;
    QPointer<ssh::SshJob> m_kernelLog;
    QTimer m_notify;  // a burst of lines counts once
    QTimer m_poll;
};

// The DRBD resources of an open cluster, live: every node's watcher put together with the
// cluster's state, with sync rates tracked over time.
class DrbdMonitor : public QObject
{
    Q_OBJECT

public:
    explicit DrbdMonitor(QObject* parent = nullptr);

    void watch(const QString& node, ssh::SshConnection* connection);
    void unwatch(const QString& node);
    void setClusterState(const pcmk::ClusterState& state);

    const QList<ResourceOverview>& resources() const { return m_resources; }
    const ResourceOverview* resource(const QString& name) const;
    QMap<QString, NodeState> nodeStates() const;
    // The nodes whose DRBD state has arrived (without copying it).
    QStringList nodesWithState() const;
    // Nodes whose DRBD could not be read, with why; nodes without DRBD.
    const QMap<QString, QString>& problems() const { return m_problems; }
    const QStringList& nodesWithoutDrbd() const { return m_withoutDrbd; }
    // Whether every watched node with DRBD has given its snapshot.
    bool hasAllSnapshots() const;
    const SyncTracker& tracker() const { return m_tracker; }
    double seconds() const { return m_clock.elapsed() / 1000.0; }

Q_SIGNALS:
    void changed();

private:
    void rebuild();

    QStringList m_nodesWithState; // as of the last changed()
    QList<NodeDrbdWatcher*> m_watchers;
    QMap<QString, QString> m_problems;
    QStringList m_withoutDrbd;
    pcmk::ClusterState m_cluster;
    SyncTracker m_tracker;
    QElapsedTimer m_clock;
    QList<ResourceOverview> m_resources;
};

} // namespace hadesk::drbd
