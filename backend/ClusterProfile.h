#pragma once

#include <QList>
#include <QString>

namespace hadesk {

// A node as the console reaches it: by an alias of the cluster's OpenSSH configuration.
struct ClusterNode
{
    QString sshHost; // alias in the ssh_config
    QString address; // where that alias points, for display
    QString user;
    int port = 22;

    bool operator==(const ClusterNode&) const = default;
};

// A cluster the operator has added to the console.
struct ClusterProfile
{
    QString name;
    QString sshConfigPath; // OpenSSH client configuration the nodes are reached through
    QList<ClusterNode> nodes;
    bool readOnly = false; // for observers: no actions offered

    bool operator==(const ClusterProfile&) const = default;

    // Names end up in settings keys, file names and audit logs: keep them plain.
    static bool isValidName(const QString& name);
};

} // namespace hadesk
