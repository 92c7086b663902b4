#include "backend/drbd/DrbdMonitor.h"

#include "backend/streams/NodeStream.h"
#include "ssh/SshConnection.h"
#include "ssh/SshJob.h"

namespace hadesk::drbd {
namespace {

constexpr int kNotifyMs = 30;
constexpr int kPollMs = 1000;

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
    , m_stream(new streams::NodeStream(tr("DRBD (drbdsetup events2)"), m_node, connection, streamCommand(),
                                       rootJob(false), this))
{
    m_notify.setSingleShot(true);
    m_notify.setInterval(kNotifyMs);
    connect(&m_notify, &QTimer::timeout, this, [this] {
        updatePolling();
        Q_EMIT changed(m_node);
    });
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &NodeDrbdWatcher::poll);
    // drbd-utils without the kernel module (a node that only has the tools) is no DRBD either.
    m_stream->setEndJudge([this](const ssh::SshJob&, bool printed, const QByteArray& stderrTail) {
        return !printed && stderrTail.contains("modprobe drbd") ? tr("%1 has no DRBD kernel module").arg(m_node) : QString();
    });
    // A (re)started stream begins with a whole snapshot.
    connect(m_stream, &streams::NodeStream::started, this, [this] { m_parser.reset(); });
    connect(m_stream, &streams::NodeStream::line, this, &NodeDrbdWatcher::onLine);
    connect(m_stream, &streams::NodeStream::statusChanged, this, &NodeDrbdWatcher::onStreamStatus);
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
    m_stream->start();
}

NodeState NodeDrbdWatcher::state() const
{
    NodeState state = m_parser.state();
    for (Resource& r : state.resources)
        r.splitBrain = r.splitBrain || (m_kernelSplitBrains.contains(r.name) && isDisconnected(r));
    return state;
}

void NodeDrbdWatcher::onLine(const QByteArray& line)
{
    const bool hadSnapshot = m_parser.hasSnapshot();
    QString error;
    if (!m_parser.apply(line, &error))
        Q_EMIT problem(m_node, tr("%1: a DRBD event could not be read: %2").arg(m_node, error));
    if (!m_parser.hasSnapshot())
        return;
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

void NodeDrbdWatcher::onStreamStatus()
{
    switch (m_stream->status()) {
    case streams::NodeStream::Status::Unavailable:
        m_poll.stop();
        Q_EMIT unavailable(m_node);
        break;
    case streams::NodeStream::Status::Restarting:
        m_poll.stop();
        Q_EMIT problem(m_node, tr("%1: the DRBD event stream stopped: %2").arg(m_node, m_stream->reason()));
        break;
    case streams::NodeStream::Status::Running:
    case streams::NodeStream::Status::Stopped:
        break;
    }
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
    // A new cluster state that changes nothing of DRBD's (most do) is not news: the views that
    // show both hear of it once, from the session.
    QList<ResourceOverview> resources = DrbdOverview::build(nodeStates(), m_cluster, m_tracker, seconds());
    const QStringList withState = nodesWithState();
    if (resources == m_resources && withState == m_nodesWithState)
        return;
    m_resources = std::move(resources);
    m_nodesWithState = withState;
    Q_EMIT changed();
}

} // namespace hadesk::drbd
