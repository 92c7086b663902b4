#include "backend/ClusterSession.h"

#include "backend/drbd/DrbdMonitor.h"
#include "backend/jobs/Job.h"
#include "backend/jobs/JobList.h"
#include "backend/streams/NodeStream.h"
#include "backend/streams/StreamModel.h"
#include "backend/haproxy/HaproxyMonitor.h"
#include "backend/haproxy/RuntimeApi.h"
#include "backend/network/NetworkMonitor.h"
#include "backend/pacemaker/AgentCatalog.h"
#include "backend/pacemaker/ClusterEvents.h"
#include "backend/pacemaker/ClusterFetch.h"
#include "backend/pacemaker/ClusterModels.h"
#include "backend/pacemaker/ClusterWatcher.h"
#include "backend/pacemaker/OperationJobs.h"
#include "backend/pacemaker/PlacementModel.h"
#include "ssh/SshConnection.h"
#include "backend/pacemaker/AuditLog.h"



namespace hadesk {

ClusterSession::ClusterSession(ClusterProfile profile, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_agents(new pcmk::AgentCatalog(this))
    , m_network(new net::NetworkMonitor(this))
    , m_haproxy(new haproxy::HaproxyMonitor(this))
    , m_drbd(new drbd::DrbdMonitor(this))
    , m_nodes(new pcmk::NodeTableModel(this))
    , m_resources(new pcmk::ResourceTreeModel(this))
    , m_constraints(new pcmk::ConstraintTableModel(this))
    , m_placement(new pcmk::PlacementModel(this))
    , m_events(new pcmk::EventModel(this))
    , m_jobs(new jobs::JobList(this))
    , m_streams(new streams::StreamModel(this))
{
    // HAProxy's changes are events too, as the rounds see them (while someone looks at HAProxy).
    connect(m_haproxy, &haproxy::HaproxyMonitor::updated, this, [this] {
        const QMap<QString, haproxy::RuntimeState>& now = m_haproxy->states();
        m_events->add(haproxy::haproxyEventsBetween(m_haproxyBefore, now, QDateTime::currentDateTimeUtc()));
        m_haproxyBefore = now;
    });
    connect(m_jobs, &jobs::JobList::idle, this, [this] {
        for (const auto& work : std::exchange(m_idleWork, {}))
            work();
    });
}

ClusterSession::~ClusterSession()
{
    // Stopped on the nodes before the connections go (they send the kills as they close).
    m_jobs->cancelAll();
    delete m_jobs;
    delete m_watcher; // before its connection
    delete m_network;
    delete m_haproxy;
    delete m_drbd;
    qDeleteAll(m_connections);
}

void ClusterSession::open()
{
    if (!m_connections.isEmpty())
        return;
    // The events of a live cluster are kept beside the audit log, a file per cluster.
    if (m_events->events().isEmpty() && !m_profile.name.isEmpty())
        m_events->setJournal(pcmk::AuditLog::besideLog(QStringLiteral("events"), m_profile.name));
    for (int i = 0; i < m_profile.nodes.size(); ++i)
        m_connections << connectHost(i);
    m_network->setLabels(m_profile.segmentLabels);
    for (int i = 0; i < m_connections.size(); ++i)
        watchHost(i);
    if (!m_connections.isEmpty())
        talkThrough(0);
    trackStreams();
}

void ClusterSession::watchHost(int index)
{
    const QString& sshHost = m_profile.nodes.at(index).sshHost;
    m_network->watch(sshHost, m_connections.at(index));
    m_haproxy->watch(sshHost, m_connections.at(index));
    m_drbd->watch(sshHost, m_connections.at(index));
}

ssh::SshConnection* ClusterSession::addNode(const QString& sshHost)
{
    if (ssh::SshConnection* known = connectionTo(sshHost))
        return known;
    m_profile.nodes << ClusterNode{sshHost, {}, {}, 22};
    m_connections << connectHost(int(m_profile.nodes.size()) - 1);
    watchHost(int(m_connections.size()) - 1);
    if (m_connections.size() == 1)
        talkThrough(0);
    trackStreams();
    return m_connections.back();
}

void ClusterSession::trackStreams()
{
    for (streams::NodeStream* stream : findChildren<streams::NodeStream*>())
        m_streams->track(stream);
}

void ClusterSession::setSegmentLabels(const QMap<QString, SegmentLabel>& labels)
{
    m_profile.segmentLabels = labels;
    m_network->setLabels(labels);
}

pcmk::CibFileJob* ClusterSession::openFile(const QString& cibFile)
{
    setReadOnly(true);
    auto* job = new pcmk::CibFileJob(cibFile);
    connect(job, &jobs::Job::finished, this, [this, job] {
        if (job->clusterState())
            onState(*job->clusterState());
    });
    run(job);
    return job;
}

ssh::SshConnection* ClusterSession::connectHost(int index)
{
    auto* connection = new ssh::SshConnection({m_profile.nodes.at(index).sshHost, m_profile.sshConfigPath}, this);
    connect(connection, &ssh::SshConnection::stateChanged, this,
            [this, connection](ssh::ConnectionState state, const QString& detail) {
                const int at = int(m_connections.indexOf(connection));
                if (at >= 0)
                    onConnectionState(at, state, detail);
            });
    connect(connection, &ssh::SshConnection::promptRequested, this, [this, connection](const ssh::Prompt& prompt) {
        m_promptOwners.insert(prompt.id, connection);
        Q_EMIT promptRequested(prompt);
    });
    connection->open();
    return connection;
}

// The watcher and the agent catalog follow the node talked through.
void ClusterSession::talkThrough(int index)
{
    delete m_watcher;
    m_nodeIndex = index;
    m_watcher = new pcmk::ClusterWatcher(connection(), this);
    connect(m_watcher, &pcmk::ClusterWatcher::stateChanged, this, &ClusterSession::onState);
    connect(m_watcher, &pcmk::ClusterWatcher::failed, this, &ClusterSession::watchFailed);
    m_agents->setConnection(connection());
    m_watcher->start();
    trackStreams();
    Q_EMIT hostStateChanged(currentHost(), connectionState(), connectionDetail());
}

ssh::SshConnection* ClusterSession::connection() const
{
    return m_connections.value(m_nodeIndex);
}

std::function<ssh::HostConnection*(const QString& host)> ClusterSession::connectionLookup() const
{
    return [session = QPointer<const ClusterSession>(this)](const QString& host) -> ssh::HostConnection* {
        return session ? session->connectionTo(host) : nullptr;
    };
}

ssh::SshConnection* ClusterSession::connectionTo(const QString& host) const
{
    const int index = indexOf(host);
    return index >= 0 ? m_connections.value(index) : nullptr;
}

QString ClusterSession::currentHost() const
{
    return m_profile.nodes.value(m_nodeIndex).sshHost;
}

ssh::ConnectionState ClusterSession::connectionState() const
{
    return connection() ? connection()->state() : ssh::ConnectionState::Disconnected;
}

QString ClusterSession::connectionDetail() const
{
    return connection() ? connection()->stateDetail() : QString();
}

QStringList ClusterSession::hosts() const
{
    QStringList hosts;
    for (const ClusterNode& node : m_profile.nodes)
        hosts << node.sshHost;
    return hosts;
}

int ClusterSession::indexOf(const QString& host) const
{
    for (int i = 0; i < m_profile.nodes.size(); ++i) {
        if (m_profile.nodes.at(i).sshHost == host)
            return i;
    }
    return -1;
}

ssh::ConnectionState ClusterSession::hostState(const QString& host) const
{
    const ssh::SshConnection* c = m_connections.value(indexOf(host));
    return c ? c->state() : ssh::ConnectionState::Disconnected;
}

QString ClusterSession::hostDetail(const QString& host) const
{
    const ssh::SshConnection* c = m_connections.value(indexOf(host));
    return c ? c->stateDetail() : QString();
}

void ClusterSession::reconnect(const QString& host)
{
    const int index = indexOf(host);
    if (index < 0 || index >= m_connections.size())
        return;
    whenIdle([this, index] {
        const bool current = index == m_nodeIndex;
        if (current) {
            delete m_watcher; // before its connection
            m_watcher = nullptr;
        }
        const QString sshHost = m_profile.nodes.at(index).sshHost;
        m_network->unwatch(sshHost);
        m_haproxy->unwatch(sshHost);
        m_drbd->unwatch(sshHost);
        delete m_connections.at(index);
        m_connections[index] = connectHost(index);
        watchHost(index);
        if (current)
            talkThrough(index);
    });
}

void ClusterSession::onConnectionState(int index, ssh::ConnectionState state, const QString& detail)
{
    Q_EMIT hostStateChanged(m_profile.nodes.at(index).sshHost, state, detail);
    // A node that refuses us for good (unreachable, host key, authentication) hands over to a
    // connected one; a dropped link reconnects by itself. A node that comes up while the one
    // talked through has failed takes over.
    if (connectionState() != ssh::ConnectionState::Failed)
        return;
    int next = index != m_nodeIndex && state == ssh::ConnectionState::Connected ? index : -1;
    for (int i = 1; next < 0 && i < m_connections.size(); ++i) {
        const int candidate = (m_nodeIndex + i) % int(m_connections.size());
        if (m_connections.at(candidate)->state() == ssh::ConnectionState::Connected)
            next = candidate;
    }
    if (next < 0)
        return;
    whenIdle([this, next] {
        if (connectionState() == ssh::ConnectionState::Failed)
            talkThrough(next);
    });
}

void ClusterSession::whenIdle(std::function<void()> work)
{
    if (m_jobs->runningCount() == 0)
        work();
    else
        m_idleWork << std::move(work);
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
    m_network->setClusterState(state);
    m_drbd->setClusterState(state);
    Q_EMIT stateUpdated();
}

pcmk::PreviewJob* ClusterSession::preview(const pcmk::ClusterOperation& operation)
{
    if (!connection() || m_profile.readOnly)
        return nullptr;
    auto* job = new pcmk::PreviewJob(connection(), operation, m_profile.name);
    run(job);
    return job;
}

pcmk::ApplyJob* ClusterSession::apply(const pcmk::ClusterOperation& operation, const pcmk::Preview& basis)
{
    if (!connection() || m_profile.readOnly)
        return nullptr;
    auto* job = new pcmk::ApplyJob(connection(), operation, basis, m_profile.name);
    run(job);
    return job;
}

void ClusterSession::run(jobs::Job* job)
{
    // A change made from here (or by hadeskctl on this session) is an event of its own, beside
    // what it does to the cluster.
    connect(job, &jobs::Job::finished, m_events, [this, job] {
        const QList<jobs::JobStep>& steps = job->steps();
        if (std::none_of(steps.cbegin(), steps.cend(), [](const jobs::JobStep& s) { return s.changes; }))
            return;
        const bool ok = job->state() == jobs::JobState::Succeeded;
        m_events->add({{QDateTime::currentDateTimeUtc(), pcmk::ClusterEvent::Kind::Console, m_profile.name,
                        tr("%1: %2").arg(job->title(), jobs::stateName(job->state())), !ok && job->state() != jobs::JobState::Cancelled}});
    });
    m_jobs->add(job);
}

QStringList ClusterSession::haproxyCommandsForNode(const QString& node, const QString& state, QString* error) const
{
    const auto wanted = haproxy::RuntimeApi::serverStateNamed(state);
    if (!wanted) {
        *error = tr("'%1' is not a server state (ready, drain or maint)").arg(state);
        return {};
    }
    const QMap<QString, haproxy::RuntimeState>& states = m_haproxy->states();
    if (states.isEmpty()) {
        *error = tr("no HAProxy has answered yet");
        return {};
    }
    QStringList commands;
    const QStringList addresses = m_network->picture().addressesOf(node);
    for (const haproxy::Server& s : haproxy::RuntimeApi::serversOfNode(states.first(), node, addresses))
        if (const auto command = haproxy::RuntimeApi::setState(s.backend, s.name, *wanted, error))
            commands << *command;
    if (commands.isEmpty() && error->isEmpty())
        *error = tr("No HAProxy server stands for %1.").arg(node);
    return commands;
}

jobs::Job* ClusterSession::sendHaproxy(const QStringList& commands, const QString& what)
{
    const QList<haproxy::RuntimeTarget> targets = m_haproxy->targets();
    if (m_profile.readOnly || targets.isEmpty() || commands.isEmpty())
        return nullptr;
    auto* job = new haproxy::RuntimeCommandJob(targets, commands, what, m_profile.name);
    connect(job, &jobs::Job::finished, m_haproxy, &haproxy::HaproxyMonitor::refreshNow);
    run(job);
    return job;
}

void ClusterSession::answerPrompt(quint64 promptId, const ssh::PromptAnswer& answer)
{
    // Only the connection that asked hears the answer: a secret goes to no other host.
    const QPointer<ssh::SshConnection> owner = m_promptOwners.take(promptId);
    if (owner)
        owner->answerPrompt(promptId, answer);
}

} // namespace hadesk
