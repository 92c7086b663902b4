#include "backend/drbd/DrbdMonitor.h"

#include "ssh/SshConnection.h"
#include "ssh/SshJob.h"

namespace hadesk::drbd {
namespace {

constexpr int kNotifyMs = 30;
constexpr int kPollMs = 1000;
constexpr int kFirstRestartMs = 1000;
constexpr int kLastRestartMs = 30000;
// What a shell says when the program is missing (sudo: "command not found" too).
constexpr int kCommandNotFound = 127;

ssh::JobOptions rootJob(bool keepOutput)
{
    ssh::JobOptions options;
    options.asRoot = true; // drbdsetup talks to the kernel over netlink; dmesg may be restricted
    options.keepOutput = keepOutput;
    options.background = true;
    options.timeoutMs = keepOutput ? 20000 : 0;
    return options;
}

// The overview takes a resync's or verify's figures from the sending side: only that node's
// status is worth reading every second.
bool sendsResyncOrVerify(const NodeState& state)
{
    for (const Resource& r : state.resources)
        for (const Connection& c : r.connections)
            for (const PeerDevice& p : c.peerDevices)
                if ((p.isResync() || p.isVerify()) && p.isSource())
                    return true;
    return false;
}

bool isDisconnected(const Resource& r)
{
    return std::none_of(r.connections.begin(), r.connections.end(),
                        [](const Connection& c) { return c.state == u"Connected"; });
}

} // namespace

NodeDrbdWatcher::NodeDrbdWatcher(QString node, ssh::SshConnection* connection, QObject* parent)
    : QObject(parent)
    , m_node(std::move(node))
    , m_connection(connection)
    , m_restartMs(kFirstRestartMs)
{
    m_notify.setSingleShot(true);
    m_notify.setInterval(kNotifyMs);
    connect(&m_notify, &QTimer::timeout, this, [this] {
        updatePolling();
        Q_EMIT changed(m_node);
    });
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &NodeDrbdWatcher::poll);
    m_restart.setSingleShot(true);
    connect(&m_restart, &QTimer::timeout, this, &NodeDrbdWatcher::startStream);
}

NodeDrbdWatcher::~NodeDrbdWatcher()
{
    delete m_stream; // stops the remote drbdsetup
    delete m_status;
    delete m_kernelLog;
}

QStringList NodeDrbdWatcher::streamCommand()
{
    return {QStringLiteral("drbdsetup"), QStringLiteral("events2"), QStringLiteral("--statistics"), QStringLiteral("all")};
}

QStringList NodeDrbdWatcher::statusCommand()
{
    return {QStringLiteral("drbdsetup"), QStringLiteral("status"), QStringLiteral("--verbose"),
            QStringLiteral("--statistics"), QStringLiteral("all")};
}

QStringList NodeDrbdWatcher::kernelLogCommand()
{
    // Only the split-brain lines: the ring buffer can hold a megabyte.
    return {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("dmesg | grep -i split-brain || true")};
}

void NodeDrbdWatcher::start()
{
    startStream();
}

NodeState NodeDrbdWatcher::state() const
{
    NodeState state = m_parser.state();
    for (Resource& r : state.resources)
        r.splitBrain = r.splitBrain || (m_kernelSplitBrains.contains(r.name) && isDisconnected(r));
    return state;
}

void NodeDrbdWatcher::startStream()
{
    m_parser.reset();
    m_streamErrors.clear();
    m_stream = m_connection->run(streamCommand(), rootJob(false));
    connect(m_stream, &ssh::SshJob::stdoutLine, this, &NodeDrbdWatcher::onLine);
    connect(m_stream, &ssh::SshJob::stderrData, this, [this](const QByteArray& data) {
        m_streamErrors = QByteArray(m_streamErrors + data).right(2048);
    });
    connect(m_stream, &ssh::SshJob::finished, this, &NodeDrbdWatcher::onStreamFinished);
}

void NodeDrbdWatcher::onLine(const QByteArray& line)
{
    const bool hadSnapshot = m_parser.hasSnapshot();
    QString error;
    if (!m_parser.apply(line, &error))
        Q_EMIT problem(m_node, tr("%1: a DRBD event could not be read: %2").arg(m_node, error));
    if (!m_parser.hasSnapshot())
        return;
    m_restartMs = kFirstRestartMs; // the stream works: a later drop restarts it soon
    QSet<QString> standAlone;
    for (const Resource& r : m_parser.state().resources)
        if (isDisconnected(r))
            standAlone.insert(r.name);
    // A snapshot, or a connection just lost: was it a split brain?
    if (!hadSnapshot || !(standAlone - m_standAlone).isEmpty())
        readKernelLog();
    m_standAlone = standAlone;
    m_notify.start();
}

void NodeDrbdWatcher::onStreamFinished()
{
    ssh::SshJob* job = m_stream;
    m_stream = nullptr;
    job->deleteLater();
    m_poll.stop();
    // drbd-utils without the kernel module (a node that only has the tools) is no DRBD either.
    const bool noModule = !m_parser.hasSnapshot() && m_streamErrors.contains("modprobe drbd");
    if (job->exitCode() == kCommandNotFound || noModule) {
        Q_EMIT unavailable(m_node);
        return;
    }
    Q_EMIT problem(m_node, tr("%1: the DRBD event stream stopped (%2); starting it again")
                               .arg(m_node, job->errorString().isEmpty() ? job->failureText() : job->errorString()));
    m_restart.start(m_restartMs);
    m_restartMs = std::min(m_restartMs * 2, kLastRestartMs);
}

void NodeDrbdWatcher::updatePolling()
{
    const bool needed = sendsResyncOrVerify(m_parser.state());
    if (needed && !m_poll.isActive()) {
        m_poll.start();
        poll(); // the first numbers now, not in a second
    } else if (!needed) {
        m_poll.stop();
    }
}

void NodeDrbdWatcher::poll()
{
    if (m_status)
        return; // the last one has not answered yet
    m_status = m_connection->run(statusCommand(), rootJob(true));
    connect(m_status, &ssh::SshJob::finished, this, [this] {
        ssh::SshJob* job = m_status;
        m_status = nullptr;
        job->deleteLater();
        QString error;
        const auto status = job->succeeded() ? Events2Parser::readStatus(job->allStdout(), &error) : std::nullopt;
        if (!status) {
            Q_EMIT problem(m_node, tr("%1: DRBD's progress could not be read: %2")
                                       .arg(m_node, job->succeeded() ? error : job->failureText()));
            return;
        }
        m_parser.mergeStatistics(*status);
        m_notify.start();
    });
}

void NodeDrbdWatcher::readKernelLog()
{
    if (m_kernelLog)
        return;
    m_kernelLog = m_connection->run(kernelLogCommand(), rootJob(true));
    connect(m_kernelLog, &ssh::SshJob::finished, this, [this] {
        ssh::SshJob* job = m_kernelLog;
        m_kernelLog = nullptr;
        job->deleteLater();
        if (!job->succeeded())
            return; // the stream's own split-brain events still count
        const QStringList unresolved = Events2Parser::unresolvedSplitBrains(job->allStdout(), m_parser.state());
        m_kernelSplitBrains = QSet<QString>(unresolved.begin(), unresolved.end());
        m_notify.start();
    });
}

DrbdMonitor::DrbdMonitor(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
}

void DrbdMonitor::watch(const QString& node, ssh::SshConnection* connection)
{
    auto* watcher = new NodeDrbdWatcher(node, connection, this);
    connect(watcher, &NodeDrbdWatcher::changed, this, [this](const QString& changedNode) {
        m_problems.remove(changedNode);
        rebuild();
    });
    connect(watcher, &NodeDrbdWatcher::problem, this, [this](const QString& failedNode, const QString& error) {
        m_problems.insert(failedNode, error);
        Q_EMIT changed();
    });
    connect(watcher, &NodeDrbdWatcher::unavailable, this, [this](const QString& bareNode) {
        if (!m_withoutDrbd.contains(bareNode))
            m_withoutDrbd << bareNode;
        Q_EMIT changed();
    });
    m_watchers.append(watcher);
    watcher->start();
}

void DrbdMonitor::unwatch(const QString& node)
{
    for (NodeDrbdWatcher* watcher : std::as_const(m_watchers)) {
        if (watcher->node() == node) {
            m_watchers.removeOne(watcher);
            delete watcher;
            rebuild();
            return;
        }
    }
}

void DrbdMonitor::setClusterState(const pcmk::ClusterState& state)
{
    m_cluster = state;
    rebuild();
}

const ResourceOverview* DrbdMonitor::resource(const QString& name) const
{
    for (const ResourceOverview& r : m_resources)
        if (r.name == name)
            return &r;
    return nullptr;
}

QMap<QString, NodeState> DrbdMonitor::nodeStates() const
{
    QMap<QString, NodeState> states;
    for (const NodeDrbdWatcher* watcher : m_watchers)
        if (watcher->hasState())
            states.insert(watcher->node(), watcher->state());
    return states;
}

QStringList DrbdMonitor::nodesWithState() const
{
    QStringList nodes;
    for (const NodeDrbdWatcher* watcher : m_watchers)
        if (watcher->hasState())
            nodes << watcher->node();
    return nodes;
}

bool DrbdMonitor::hasAllSnapshots() const
{
    return std::all_of(m_watchers.begin(), m_watchers.end(), [this](const NodeDrbdWatcher* w) {
        return w->hasState() || m_withoutDrbd.contains(w->node());
    });
}

void DrbdMonitor::rebuild()
{
    m_resources = DrbdOverview::build(nodeStates(), m_cluster, m_tracker, seconds());
    Q_EMIT changed();
}

} // namespace hadesk::drbd
