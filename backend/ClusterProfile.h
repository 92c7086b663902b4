#pragma once

#include <QList>
#include <QMap>
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

// What the operator calls a subnet of the cluster and what it carries.
struct SegmentLabel
{
    QString name;
    QString role; // one of roles(), or empty

    bool operator==(const SegmentLabel&) const = default;

    static QStringList roles();
    // A subnet in CIDR form, a plain name (no line breaks, at most 40 characters), a known role.
    static bool isValid(const QString& subnet, const SegmentLabel& label, QString* error);
};

// A cluster the operator has added to the console.
struct ClusterProfile
{
    QString name;
    QString sshConfigPath; // OpenSSH client configuration the nodes are reached through
    QList<ClusterNode> nodes;
    bool readOnly = false; // for observers: no actions offered
    QMap<QString, SegmentLabel> segmentLabels; // by subnet, "198.19.0.0/24"

    bool operator==(const ClusterProfile&) const = default;

    // Names end up in settings keys, file names and audit logs: keep them plain.
    static bool isValidName(const QString& name);
    // A name for a cluster of these hosts: what their names share ("controller-0.example.com",
    // "controller-1…" -> "controller"), made unlike the names taken; empty when they share
    // nothing worth a name (addresses, unrelated names).
    static QString suggestedName(const QStringList& hosts, const QStringList& taken);
};

} // namespace hadesk
