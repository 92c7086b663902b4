#pragma once

#include "backend/network/NetworkModel.h"
#include "backend/pacemaker/ClusterState.h"

#include <QDateTime>
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

namespace hadesk::net {

// One node's interfaces and services, kept live: "ip monitor" on the node reports every address
// and link change as it happens, and each report (a burst counts once) triggers one read of the
// interfaces and of what listens on them. A dropped stream is started again. The services (with
// Corosync's links) are also read every kServicesPollMs.
class NodeNetworkWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kServicesPollMs = 15000;

    NodeNetworkWatcher(QString node, ssh::SshConnection* connection, QObject* parent = nullptr);
    ~NodeNetworkWatcher() override;

    void start();
    // Reads the services again soon: they start and stop with the cluster's resources, not with
    // addresses.
    void readServicesSoon() { m_servicesDebounce.start(); }
    const QString& node() const { return m_node; }
    streams::NodeStream* stream() const { return m_stream; }

Q_SIGNALS:
    void interfacesRead(const hadesk::net::NodeInterfaces& interfaces);
    void servicesRead(const hadesk::net::NodeServices& services);
    // What listens could not be read (this user may not become root there, say).
    void servicesUnreadable(const QString& node);
    void failed(const QString& node, const QString& error);

private:
    void read();
    void readServices();
    void onRead();

    QString m_node;
    ssh::SshConnection* m_connection;
    streams::NodeStream* m_stream;
    QPointer<ssh::SshJob> m_addresses;
    QPointer<ssh::SshJob> m_speeds;
    QPointer<ssh::SshJob> m_services;
    bool m_readAgain = false;
    bool m_readServicesAgain = false;
    QTimer m_servicesDebounce;
    QTimer m_servicesPoll;
};

// The network picture of an open cluster, live: the nodes' interfaces as their watchers report
// them, the cluster's state as the session reports it, the operator's segment labels.
class NetworkMonitor : public QObject
{
    Q_OBJECT

public:
    explicit NetworkMonitor(QObject* parent = nullptr);

    // A node to watch, through its connection (owned by the caller, outliving this).
    void watch(const QString& node, ssh::SshConnection* connection);
    // Stops watching before the connection goes; what was read stays until watched again.
    void unwatch(const QString& node);
    void setClusterState(const pcmk::ClusterState& state);
    void setLabels(const QMap<QString, NetworkModel::SegmentLabel>& labels);
    const QMap<QString, NetworkModel::SegmentLabel>& labels() const { return m_labels; }

    const NetworkPicture& picture() const { return m_picture; }
    bool hasPicture() const { return !m_interfaces.isEmpty(); }
    // Why a node's interfaces are missing, by node.
    const QMap<QString, QString>& errors() const { return m_errors; }
    // Every watched node has answered once: its interfaces (or why not) and what listens on them
    // (or that it could not be read).
    bool hasHeardFromEveryNode() const;

Q_SIGNALS:
    void pictureChanged();

private:
    void onInterfaces(const NodeInterfaces& interfaces);
    void onServices(const NodeServices& services);
    void rebuild();
    QString clusterNameOf(const QString& host) const;

    QList<NodeNetworkWatcher*> m_watchers;
    QMap<QString, NodeInterfaces> m_interfaces;
    QMap<QString, NodeServices> m_services;
    QSet<QString> m_servicesUnreadable;
    QMap<QString, QString> m_errors;
    QMap<QString, NetworkModel::SegmentLabel> m_labels;
    pcmk::ClusterState m_cluster;
    NetworkPicture m_picture;
};

} // namespace hadesk::net
