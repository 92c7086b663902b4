#include "backend/ClusterSession.h"

#include "backend/pacemaker/ClusterEvents.h"
#include "backend/pacemaker/ClusterModels.h"
#include "backend/pacemaker/ClusterWatcher.h"
#include "backend/pacemaker/PlacementModel.h"
#include "ssh/SshConnection.h"

#include <QTimer>

namespace hadesk {

ClusterSession::ClusterSession(ClusterProfile profile, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_nodes(new pcmk::NodeTableModel(this))
    , m_resources(new pcmk::ResourceTreeModel(this))
    , m_constraints(new pcmk::ConstraintTableModel(this))
    , m_placement(new pcmk::PlacementModel(this))
    , m_events(new pcmk::EventModel(this))
{
}

ClusterSession::~ClusterSession()
{
    delete m_watcher; // before its connection
    delete m_connection;
}


void ClusterSession::open()
{
    if (!m_connection && !m_profile.nodes.isEmpty())
        connectTo(0);
}

QString ClusterSession::currentHost() const
{
    return m_profile.nodes.value(m_nodeIndex).sshHost;
}

ssh::ConnectionState ClusterSession::connectionState() const
{
    return m_connection ? m_connection->state() : ssh::ConnectionState::Disconnected;
}

QString ClusterSession::connectionDetail() const
{
    return m_connection ? m_connection->stateDetail() : QString();
}

void ClusterSession::connectTo(int nodeIndex)
{
    delete m_watcher;
    m_watcher = nullptr;
    delete m_connection;
    m_connection = nullptr;
    m_nodeIndex = nodeIndex;
    m_connection = new ssh::SshConnection({currentHost(), m_profile.sshConfigPath}, this);
    connect(m_connection, &ssh::SshConnection::stateChanged, this, &ClusterSession::onConnectionState);
    connect(m_connection, &ssh::SshConnection::promptRequested, this, &ClusterSession::promptRequested);
    m_watcher = new pcmk::ClusterWatcher(m_connection, this);
    connect(m_watcher, &pcmk::ClusterWatcher::stateChanged, this, &ClusterSession::onState);
    connect(m_watcher, &pcmk::ClusterWatcher::failed, this, &ClusterSession::watchFailed);
    m_watcher->start();
}

void ClusterSession::onConnectionState(ssh::ConnectionState state, const QString& detail)
{
    Q_EMIT connectionChanged(currentHost(), state, detail);
    if (state == ssh::ConnectionState::Connected) {
        m_failedNodes = 0;
        return;
    }
    // A node that refuses us for good (unreachable, host key, authentication): try the next one,
    // once round the cluster. A dropped link reconnects by itself.
    if (state == ssh::ConnectionState::Failed && m_profile.nodes.size() > 1 &&
        ++m_failedNodes < m_profile.nodes.size()) {
        const int next = (m_nodeIndex + 1) % int(m_profile.nodes.size());
        switchWhenIdle(next);
    }
}

// A preview or apply in progress holds the connection; the switch waits for it to finish.
void ClusterSession::switchWhenIdle(int nodeIndex)
{
    QTimer::singleShot(m_busy ? 200 : 0, this, [this, nodeIndex] {
        if (m_busy)
            switchWhenIdle(nodeIndex);
        else
            connectTo(nodeIndex);
    });
}

void ClusterSession::onState(const pcmk::ClusterState& state)
{
    if (m_hasState)
        m_events->add(pcmk::eventsBetween(m_state, state, QDateTime::currentDateTimeUtc()));
    m_state = state;
    m_hasState = true;
    m_nodes->setState(state);
    m_resources->setState(state);
    m_constraints->setState(state);
    m_placement->setState(state);
    Q_EMIT stateUpdated();
}

// The runner waits for its commands in a local event loop: started from the event loop here,
// so the caller returns at once and the window stays live meanwhile.
bool ClusterSession::preview(const pcmk::ClusterOperation& operation)
{
    if (m_busy || !m_connection || m_profile.readOnly)
        return false;
    m_busy = true;
    QTimer::singleShot(0, this, [this, operation] {
        PreviewOutcome outcome;
        const auto preview = pcmk::OperationRunner::preview(*m_connection, operation, &outcome.error);
        outcome.ok = preview.has_value();
        if (preview)
            outcome.preview = *preview;
        m_busy = false;
        Q_EMIT previewFinished(outcome);
    });
    return true;
}

bool ClusterSession::apply(const pcmk::ClusterOperation& operation, const pcmk::Preview& basis)
{
    if (m_busy || !m_connection || m_profile.readOnly)
        return false;
    m_busy = true;
    QTimer::singleShot(0, this, [this, operation, basis] {
        const pcmk::ApplyResult result = pcmk::OperationRunner::apply(*m_connection, operation, basis, m_profile.name);
        m_busy = false;
        Q_EMIT applyFinished(result);
    });
    return true;
}

void ClusterSession::answerPrompt(quint64 promptId, const ssh::PromptAnswer& answer)
{
    if (m_connection)
        m_connection->answerPrompt(promptId, answer);
}

} // namespace hadesk
