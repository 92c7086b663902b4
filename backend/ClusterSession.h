#pragma once

#include "backend/ClusterProfile.h"
#include "backend/haproxy/RuntimeState.h"
#include "backend/pacemaker/ClusterOperation.h"
#include "backend/pacemaker/ClusterState.h"
#include "ssh/SshTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace hadesk::ssh {
class HostConnection;
class SshConnection;
} // namespace hadesk::ssh

namespace hadesk::net {
class NetworkMonitor;
}

namespace hadesk::haproxy {
class HaproxyMonitor;
}

namespace hadesk::drbd {
class DrbdMonitor;
}

namespace hadesk::streams {
class StreamModel;
}

namespace hadesk::jobs {
class Job;
class JobList;
} // namespace hadesk::jobs

namespace hadesk::pcmk {
class AgentCatalog;
class ApplyJob;
class CibFileJob;
class PreviewJob;
class ClusterWatcher;
class ConstraintTableModel;
class EventModel;
class NodeTableModel;
class PlacementModel;
class ResourceTreeModel;
} // namespace hadesk::pcmk

namespace hadesk {

// One open cluster in the console: a connection to every node, one of which HAdesk talks through
// (another connected node takes over when it fails), the live state, and the item models the
// views show. Operations are previewed and applied here, one at a time, without blocking the
// caller.
class ClusterSession : public QObject
{
    Q_OBJECT

public:
    explicit ClusterSession(ClusterProfile profile, QObject* parent = nullptr);
    ~ClusterSession() override;

    const ClusterProfile& profile() const { return m_profile; }
    QString name() const { return m_profile.name; }
    // Observers: the views offer no actions, and preview/apply refuse.
    void setReadOnly(bool readOnly)
    {
        if (readOnly != m_profile.readOnly) {
            m_profile.readOnly = readOnly;
            Q_EMIT readOnlyChanged(readOnly);
        }
    }
    void open();
    // An offline CIB instead of a live cluster (a crm_report's, say): read-only, no connections.
    // Read off the GUI thread as a job on the list; its state is shown once the job succeeds,
    // and its note() says what could not be read (the runtime state without a local crm_mon).
    pcmk::CibFileJob* openFile(const QString& cibFile);
    // Shows a state as if the cluster had reported it (offline files, benchmarks).
    void showState(const pcmk::ClusterState& state) { onState(state); }

    // The node the cluster is read and changed through.
    QString currentHost() const;
    ssh::SshConnection* connection() const;
    // A node's own connection (DRBD acts on the node itself); null for an unknown host.
    ssh::SshConnection* connectionTo(const QString& host) const;
    // connectionTo for jobs that look a node up when each step starts: null once the session
    // (or the node's connection) is gone.
    std::function<ssh::HostConnection*(const QString& host)> connectionLookup() const;
    ssh::ConnectionState connectionState() const;
    QString connectionDetail() const;
    // Every node's connection, by its SSH host.
    QStringList hosts() const;
    ssh::ConnectionState hostState(const QString& host) const;
    QString hostDetail(const QString& host) const;
    // Connects to a node the profile does not list and watches it like the others (hadeskctl
    // drbd reaches the DRBD peers of a host that runs no cluster); its connection, or the one
    // there is already. The profile gains the node for this session only.
    ssh::SshConnection* addNode(const QString& sshHost);
    // Drops the host's connection and connects again at once (no backoff wait); a preview or
    // apply running on it finishes first.
    void reconnect(const QString& host);

    const pcmk::ClusterState& state() const { return m_state; }
    bool hasState() const { return m_hasState; }

    pcmk::NodeTableModel* nodeModel() const { return m_nodes; }
    pcmk::ResourceTreeModel* resourceModel() const { return m_resources; }
    pcmk::ConstraintTableModel* constraintModel() const { return m_constraints; }
    pcmk::PlacementModel* placementModel() const { return m_placement; }
    pcmk::EventModel* eventModel() const { return m_events; }
    pcmk::AgentCatalog* agentCatalog() const { return m_agents; }
    // The networks, live (empty for an offline file).
    net::NetworkMonitor* network() const { return m_network; }
    // Every node's HAProxy (polled once started).
    haproxy::HaproxyMonitor* haproxy() const { return m_haproxy; }
    // Every node's DRBD, live (nodes without it say so and are left alone).
    drbd::DrbdMonitor* drbd() const { return m_drbd; }
    // What the operator calls each subnet (the caller saves them with the cluster).
    void setSegmentLabels(const QMap<QString, SegmentLabel>& labels);

    // Running and recent jobs; every operation of the session runs as one.
    jobs::JobList* jobs() const { return m_jobs; }
    // Every watcher's live stream on every node, with its state.
    streams::StreamModel* streams() const { return m_streams; }
    // Adds a job to the list and starts it; null if the session is read-only or not connected.
    // The job belongs to the list; the caller follows its signals.
    pcmk::PreviewJob* preview(const pcmk::ClusterOperation& operation);
    pcmk::ApplyJob* apply(const pcmk::ClusterOperation& operation, const pcmk::Preview& basis);
    void run(jobs::Job* job);
    // Runtime commands (each for a different server) to every node's HAProxy, as a job; HAProxy
    // is read again when it ends. Null when read-only or no HAProxy is known.
    jobs::Job* sendHaproxy(const QStringList& commands, const QString& what);
    // The runtime commands that put every server standing for the node (named after it, or at
    // one of its addresses, in every backend) in state (ready, drain, maint): what the console's
    // node menu and hadeskctl haproxy HOST STATE NODE send. Empty with the reason when none.
    QStringList haproxyCommandsForNode(const QString& node, const QString& state, QString* error) const;

    void answerPrompt(quint64 promptId, const ssh::PromptAnswer& answer);

Q_SIGNALS:
    void stateUpdated();
    void readOnlyChanged(bool readOnly);
    // A host's connection changed; also when the node talked through changes.
    void hostStateChanged(const QString& host, hadesk::ssh::ConnectionState state, const QString& detail);
    void watchFailed(const QString& error);
    void promptRequested(const hadesk::ssh::Prompt& prompt);

private:
    int indexOf(const QString& host) const;
    ssh::SshConnection* connectHost(int index);
    void watchHost(int index);
    void trackStreams();
    void talkThrough(int index);
    // Connections are replaced only while no job runs on them.
    void whenIdle(std::function<void()> work);
    void onConnectionState(int index, ssh::ConnectionState state, const QString& detail);
    void onState(const pcmk::ClusterState& state);

    ClusterProfile m_profile;
    int m_nodeIndex = 0;
    QList<ssh::SshConnection*> m_connections; // owned, one per node, in the profile's order
    QHash<quint64, QPointer<ssh::SshConnection>> m_promptOwners;
    pcmk::ClusterWatcher* m_watcher = nullptr;
    pcmk::AgentCatalog* m_agents;
    net::NetworkMonitor* m_network = nullptr;
    haproxy::HaproxyMonitor* m_haproxy = nullptr;
    drbd::DrbdMonitor* m_drbd = nullptr;
    pcmk::ClusterState m_state;
    bool m_hasState = false;
    pcmk::NodeTableModel* m_nodes;
    pcmk::ResourceTreeModel* m_resources;
    pcmk::ConstraintTableModel* m_constraints;
    pcmk::PlacementModel* m_placement;
    pcmk::EventModel* m_events;
    QMap<QString, haproxy::RuntimeState> m_haproxyBefore; // the last round's, for its events
    jobs::JobList* m_jobs;
    streams::StreamModel* m_streams;
    QList<std::function<void()>> m_idleWork;
};

} // namespace hadesk

