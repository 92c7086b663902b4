#pragma once

#include "backend/ClusterProfile.h"
#include "backend/NodeAddressConfig.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace hadesk {

// The clusters the operator has added, kept in an INI file so the console and hadeskctl share them.
class ClusterStore : public QObject
{
    Q_OBJECT

public:
    explicit ClusterStore(QString filePath, QObject* parent = nullptr);

    // The per-user file, under the platform's configuration folder.
    static QString defaultFilePath();

    QString filePath() const { return m_filePath; }
    const QList<ClusterProfile>& clusters() const { return m_clusters; }
    int indexOf(const QString& name) const;
    // The cluster of that name, else the first one with a node of that ssh alias; null if none.
    const ClusterProfile* find(const QString& nameOrHost) const;

    // Entries that cannot be read are skipped and named in *error; the rest load.
    bool load(QString* error);
    bool add(const ClusterProfile& cluster, QString* error);
    bool remove(const QString& name, QString* error);
    // Observers: every action hidden or disabled for this cluster.
    bool setReadOnly(const QString& name, bool readOnly, QString* error);
    // Checked, then saved; the whole set replaces the old one.
    bool setSegmentLabels(const QString& name, const QMap<QString, SegmentLabel>& labels, QString* error);

    // A cluster whose nodes are the hosts of an OpenSSH client configuration (all of its concrete
    // hosts, or only those named in hosts).
    static std::optional<ClusterProfile> fromSshConfig(const QString& name, const QString& sshConfigPath,
                                                       const QStringList& hosts, QString* error);
    // Adds a cluster of nodes given by address (or ~/.ssh/config alias), reached through an
    // OpenSSH configuration written for it next to the list (see NodeAddressConfig). Removing the
    // cluster removes that file too.
    bool addByAddresses(const QString& name, const QStringList& addresses, const NodeLogin& login,
                        QString* error);
    // Where those configurations go.
    QString generatedConfigDir() const;

Q_SIGNALS:
    void clusterAboutToBeAdded(int row);
    void clusterAdded(int row);
    void clusterAboutToBeRemoved(int row);
    void clusterRemoved(int row);
    void reset();

private:
    bool save(const QList<ClusterProfile>& clusters, QString* error) const;
    bool change(const QString& name, const std::function<void(ClusterProfile&)>& edit, QString* error);
    bool canAdd(const QString& name, QString* error) const;

    QString m_filePath;
    QList<ClusterProfile> m_clusters;
};

} // namespace hadesk
