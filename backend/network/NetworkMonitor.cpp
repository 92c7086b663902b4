#include "backend/network/NetworkMonitor.h"

#include "backend/streams/NodeStream.h"
#include "ssh/SshConnection.h"
#include "ssh/SshJob.h"

namespace hadesk::net {
namespace {

ssh::JobOptions backgroundRead(ssh::JobOptions options = {{}, 20000})
{
    options.background = true;
    return options;
}

// A failover deletes an address on one node and adds it on another, a line each: one read.
constexpr int kDebounceMs = 20;
// A failover changes the cluster state several times in a second (stop, start, monitor).
constexpr int kServicesDebounceMs = 300;

QMap<QString, QStringList> activeSets(const pcmk::ClusterState& state)
{
    QMap<QString, QStringList> active;
    for (const pcmk::Resource& r : state.resources)
        active.insert(r.id, r.activeOn);
    return active;
}

} // namespace

NodeNetworkWatcher::NodeNetworkWatcher(QString node, ssh::SshConnection* connection, QObject* parent)
    : QObject(parent)
    , m_node(std::move(node))
    , m_connection(connection)
    , m_stream(new streams::NodeStream(tr("addresses and links (ip monitor)"), m_node, connection,
                                       {QStringLiteral("stdbuf"), QStringLiteral("-oL"), QStringLiteral("ip"),
                                        QStringLiteral("-o"), QStringLiteral("monitor"), QStringLiteral("address"),
                                        QStringLiteral("link")},
                                       {}, this))
{
    m_stream->setDebounce(kDebounceMs);
    connect(m_stream, &streams::NodeStream::changed, this, &NodeNetworkWatcher::read);
    // Started (again): whatever changed while the stream was not there.
    connect(m_stream, &streams::NodeStream::started, this, &NodeNetworkWatcher::read);
    connect(m_stream, &streams::NodeStream::statusChanged, this, [this](streams::NodeStream::Status status, const QString& reason) {
        if (status == streams::NodeStream::Status::Unavailable)
            Q_EMIT failed(m_node, reason);
    });
    m_servicesDebounce.setSingleShot(true);
    m_servicesDebounce.setInterval(kServicesDebounceMs);
    connect(&m_servicesDebounce, &QTimer::timeout, this, &NodeNetworkWatcher::readServices);
    // Corosync tells no one when a link goes down (its stats map cannot be tracked): asked again
    // every little while, with the rest of what the services read gives.
    m_servicesPoll.setInterval(kServicesPollMs);
    connect(&m_servicesPoll, &QTimer::timeout, this, &NodeNetworkWatcher::readServices);
}

NodeNetworkWatcher::~NodeNetworkWatcher()
{
    delete m_stream; // stops the remote ip monitor
    delete m_addresses;
    delete m_speeds;
    delete m_services;
}

void NodeNetworkWatcher::start()
{
    m_stream->start();
    m_servicesPoll.start();
}

void NodeNetworkWatcher::read()
{
    readServices();
    if (m_addresses || m_speeds) {
        m_readAgain = true; // a change during a read: read once more after it
        return;
    }
    m_addresses = m_connection->run(NetworkReader::addressesCommand(), backgroundRead());
    m_speeds = m_connection->run(NetworkReader::speedsCommand(), backgroundRead());
    connect(m_addresses, &ssh::SshJob::finished, this, &NodeNetworkWatcher::onRead);
    connect(m_speeds, &ssh::SshJob::finished, this, &NodeNetworkWatcher::onRead);
}

// Apart from the interfaces: a moved address is shown without waiting for ss and the files.
void NodeNetworkWatcher::readServices()
{
    if (m_services) {
        m_readServicesAgain = true;
        return;
    }
    m_services = m_connection->run(ServiceReader::command(), backgroundRead(ServiceReader::jobOptions()));
    connect(m_services, &ssh::SshJob::finished, this, [this] {
        // A node where this user may not become root shows no services; its interfaces still count.
        if (m_services->succeeded())
            Q_EMIT servicesRead(ServiceReader::read(m_node, m_services->allStdout()));
        else
            Q_EMIT servicesUnreadable(m_node);
        m_services->deleteLater();
        m_services = nullptr;
        if (std::exchange(m_readServicesAgain, false))
            readServices();
    });
}

void NodeNetworkWatcher::onRead()
{
    if (!m_addresses->isFinished() || !m_speeds->isFinished())
        return;
    QString error;
    std::optional<NodeInterfaces> interfaces;
    if (!m_addresses->succeeded())
        error = m_addresses->failureText();
    else
        interfaces = NetworkReader::read(m_node, m_addresses->allStdout(), m_speeds->allStdout(), &error);
    m_addresses->deleteLater();
    m_speeds->deleteLater();
    m_addresses = nullptr;
    m_speeds = nullptr;
    if (interfaces)
        Q_EMIT interfacesRead(*interfaces);
    else
        Q_EMIT failed(m_node, error);
    if (std::exchange(m_readAgain, false))
        read();
}

NetworkMonitor::NetworkMonitor(QObject* parent)
    : QObject(parent)
{
}

void NetworkMonitor::watch(const QString& node, ssh::SshConnection* connection)
{
    auto* watcher = new NodeNetworkWatcher(node, connection, this);
    connect(watcher, &NodeNetworkWatcher::interfacesRead, this, &NetworkMonitor::onInterfaces);
    connect(watcher, &NodeNetworkWatcher::servicesRead, this, &NetworkMonitor::onServices);
    connect(watcher, &NodeNetworkWatcher::servicesUnreadable, this, [this](const QString& bareNode) {
        m_servicesUnreadable.insert(bareNode);
        Q_EMIT pictureChanged();
    });
    connect(watcher, &NodeNetworkWatcher::failed, this, [this](const QString& failedNode, const QString& error) {
        m_errors.insert(failedNode, error);
        Q_EMIT pictureChanged();
    });
    m_watchers.append(watcher);
    watcher->start();
}

void NetworkMonitor::unwatch(const QString& node)
{
    for (NodeNetworkWatcher* watcher : std::as_const(m_watchers)) {
        if (watcher->node() == node) {
            m_watchers.removeOne(watcher);
            delete watcher;
            return;
        }
    }
}

void NetworkMonitor::setClusterState(const pcmk::ClusterState& state)
{
    // A resource that started or stopped may have opened or closed its sockets.
    if (activeSets(state) != activeSets(m_cluster)) {
        for (NodeNetworkWatcher* watcher : std::as_const(m_watchers))
            watcher->readServicesSoon();
    }
    m_cluster = state;
    rebuild();
}

void NetworkMonitor::setLabels(const QMap<QString, NetworkModel::SegmentLabel>& labels)
{
    m_labels = labels;
    rebuild();
}

bool NetworkMonitor::hasHeardFromEveryNode() const
{
    return std::all_of(m_watchers.cbegin(), m_watchers.cend(), [this](const NodeNetworkWatcher* w) {
        const QString& node = w->node();
        return (m_interfaces.contains(node) || m_errors.contains(node)) &&
               (m_services.contains(node) || m_servicesUnreadable.contains(node) || m_errors.contains(node));
    });
}

void NetworkMonitor::onServices(const NodeServices& services)
{
    // Read again every little while: only a change is news.
    const auto known = m_services.constFind(services.node);
    if (!m_servicesUnreadable.remove(services.node) && known != m_services.cend() && *known == services)
        return;
    m_services.insert(services.node, services);
    rebuild();
}

void NetworkMonitor::onInterfaces(const NodeInterfaces& interfaces)
{
    m_errors.remove(interfaces.node);
    m_interfaces.insert(interfaces.node, interfaces);
    rebuild();
}

// The SSH host a node is reached by may be its FQDN, or an alias, while the cluster knows it by
// its node name: the picture speaks the cluster's names.
QString NetworkMonitor::clusterNameOf(const QString& host) const
{
    const QString shortName = host.section(u'.', 0, 0);
    QString match = host;
    for (const pcmk::Node& node : m_cluster.nodes) {
        if (node.name == host)
            return host;
        if (node.name == shortName)
            match = shortName;
    }
    return match;
}

void NetworkMonitor::rebuild()
{
    QList<NodeInterfaces> nodes;
    for (NodeInterfaces interfaces : std::as_const(m_interfaces)) {
        interfaces.node = clusterNameOf(interfaces.node);
        nodes.append(interfaces);
    }
    QList<NodeServices> services;
    for (NodeServices node : std::as_const(m_services)) {
        node.node = clusterNameOf(node.node);
        services.append(node);
    }
    m_picture = NetworkModel::build(nodes, m_cluster, m_labels, services);
    Q_EMIT pictureChanged();
}

} // namespace hadesk::net
