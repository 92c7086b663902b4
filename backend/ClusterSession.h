#pragma once

#include "backend/ClusterProfile.h"
#include "backend/pacemaker/ClusterOperation.h"
#include "backend/pacemaker/ClusterState.h"
#include "ssh/SshTypes.h"

#include <QObject>
#include <QPointer>

namespace hadesk::ssh {
class SshConnection;
}

namespace hadesk::pcmk {
class ClusterWatcher;
class ConstraintTableModel;
class EventModel;
class NodeTableModel;
class PlacementModel;
class ResourceTreeModel;
} // namespace hadesk::pcmk

namespace hadesk {

// What a preview came to: the planned actions, or why there are none.
struct PreviewOutcome
{
    bool ok = false;
    pcmk::Preview preview;
    QString error;
};

// One open cluster in the console: the connection to the node HAdesk talks through (the next
// node is tried when one cannot be reached), the live state, and the item models the views show.
// Operations are previewed and applied here, one at a time, without blocking the caller.
class ClusterSession : public QObject
{
    Q_OBJECT

public:
    explicit ClusterSession(ClusterProfile profile, QObject* parent = nullptr);
    ~ClusterSession() override;

    const ClusterProfile& profile() const { return m_profile; }
    QString name() const { return m_profile.name; }
    // Observers: the views offer no actions, and preview/apply refuse.
    void setReadOnly(bool readOnly) { m_profile.readOnly = readOnly; }
    void open();

    QString currentHost() const;
    ssh::SshConnection* connection() const { return m_connection; }
    ssh::ConnectionState connectionState() const;
    QString connectionDetail() const;

    const pcmk::ClusterState& state() const { return m_state; }
    bool hasState() const { return m_hasState; }

    pcmk::NodeTableModel* nodeModel() const { return m_nodes; }
    pcmk::ResourceTreeModel* resourceModel() const { return m_resources; }
    pcmk::ConstraintTableModel* constraintModel() const { return m_constraints; }
    pcmk::PlacementModel* placementModel() const { return m_placement; }
    pcmk::EventModel* eventModel() const { return m_events; }

    bool isBusy() const { return m_busy; }
    // Results come as previewFinished / applyFinished; a second request while one runs is refused.
    bool preview(const pcmk::ClusterOperation& operation);
    bool apply(const pcmk::ClusterOperation& operation, const pcmk::Preview& basis);

    void answerPrompt(quint64 promptId, const ssh::PromptAnswer& answer);

Q_SIGNALS:
    void stateUpdated();
    void connectionChanged(const QString& host, hadesk::ssh::ConnectionState state, const QString& detail);
    void watchFailed(const QString& error);
    void promptRequested(const hadesk::ssh::Prompt& prompt);
    void previewFinished(const hadesk::PreviewOutcome& outcome);
    void applyFinished(const hadesk::pcmk::ApplyResult& result);

private:
    void connectTo(int nodeIndex);
    void switchWhenIdle(int nodeIndex);
    void onConnectionState(ssh::ConnectionState state, const QString& detail);
    void onState(const pcmk::ClusterState& state);

    ClusterProfile m_profile;
    int m_nodeIndex = 0;
    int m_failedNodes = 0;
    ssh::SshConnection* m_connection = nullptr; // owned
    pcmk::ClusterWatcher* m_watcher = nullptr;
    pcmk::ClusterState m_state;
    bool m_hasState = false;
    bool m_busy = false;
    pcmk::NodeTableModel* m_nodes;
    pcmk::ResourceTreeModel* m_resources;
    pcmk::ConstraintTableModel* m_constraints;
    pcmk::PlacementModel* m_placement;
    pcmk::EventModel* m_events;
};

} // namespace hadesk

Q_DECLARE_METATYPE(hadesk::PreviewOutcome)
