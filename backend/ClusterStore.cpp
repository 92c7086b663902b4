#include "backend/ClusterStore.h"

#include "ssh/SshConfigFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace hadesk {
namespace {

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

} // namespace

ClusterStore::ClusterStore(QString filePath, QObject* parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
{
}

QString ClusterStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QLatin1String("/clusters.ini");
}

const ClusterProfile* ClusterStore::find(const QString& nameOrHost) const
{
    const ClusterProfile* found = nullptr;
    for (const ClusterProfile& cluster : m_clusters) {
        const bool hasHost = std::any_of(cluster.nodes.cbegin(), cluster.nodes.cend(),
                                         [&](const ClusterNode& n) { return n.sshHost == nameOrHost; });
        if (cluster.name == nameOrHost)
            return &cluster;
        if (!found && hasHost)
            found = &cluster;
    }
    return found;
}

int ClusterStore::indexOf(const QString& name) const
{
    for (int i = 0; i < m_clusters.size(); ++i) {
        if (m_clusters.at(i).name == name)
            return i;
    }
    return -1;
}

bool ClusterStore::load(QString* error)
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        setError(error, tr("Cannot read %1").arg(m_filePath));
        return false;
    }
    QList<ClusterProfile> loaded;
    QStringList skipped;
    const int count = settings.beginReadArray(QStringLiteral("clusters"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ClusterProfile cluster;
        cluster.name = settings.value(QStringLiteral("name")).toString();
        cluster.sshConfigPath = settings.value(QStringLiteral("sshConfig")).toString();
        cluster.readOnly = settings.value(QStringLiteral("readOnly"), false).toBool();
        const int nodeCount = settings.beginReadArray(QStringLiteral("nodes"));
        for (int n = 0; n < nodeCount; ++n) {
            settings.setArrayIndex(n);
            ClusterNode node;
            node.sshHost = settings.value(QStringLiteral("sshHost")).toString();
            node.address = settings.value(QStringLiteral("address")).toString();
            node.user = settings.value(QStringLiteral("user")).toString();
            node.port = settings.value(QStringLiteral("port"), 22).toInt();
            cluster.nodes << node;
        }
        settings.endArray();
        const int segmentCount = settings.beginReadArray(QStringLiteral("segments"));
        for (int n = 0; n < segmentCount; ++n) {
            settings.setArrayIndex(n);
            const QString subnet = settings.value(QStringLiteral("subnet")).toString();
            const SegmentLabel label{settings.value(QStringLiteral("name")).toString(),
                                     settings.value(QStringLiteral("role")).toString()};
            if (SegmentLabel::isValid(subnet, label, nullptr))
                cluster.segmentLabels.insert(subnet, label);
        }
        settings.endArray();
        const bool duplicate = std::any_of(loaded.cbegin(), loaded.cend(),
                                           [&](const auto& c) { return c.name == cluster.name; });
        if (!ClusterProfile::isValidName(cluster.name) || duplicate || cluster.nodes.isEmpty())
            skipped << (cluster.name.isEmpty() ? tr("entry %1").arg(i + 1) : cluster.name);
        else
            loaded << cluster;
    }
    settings.endArray();
    m_clusters = loaded;
    Q_EMIT reset();
    if (!skipped.isEmpty()) {
        setError(error, tr("Skipped unreadable clusters in %1: %2")
                            .arg(m_filePath, skipped.join(QLatin1String(", "))));
        return false;
    }
    return true;
}

bool ClusterStore::save(const QList<ClusterProfile>& clusters, QString* error) const
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.remove(QStringLiteral("clusters"));
    settings.beginWriteArray(QStringLiteral("clusters"), int(clusters.size()));
    for (int i = 0; i < clusters.size(); ++i) {
        const ClusterProfile& cluster = clusters.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), cluster.name);
        settings.setValue(QStringLiteral("sshConfig"), cluster.sshConfigPath);
        settings.setValue(QStringLiteral("readOnly"), cluster.readOnly);
        settings.beginWriteArray(QStringLiteral("nodes"), int(cluster.nodes.size()));
        for (int n = 0; n < cluster.nodes.size(); ++n) {
            settings.setArrayIndex(n);
            settings.setValue(QStringLiteral("sshHost"), cluster.nodes.at(n).sshHost);
            settings.setValue(QStringLiteral("address"), cluster.nodes.at(n).address);
            settings.setValue(QStringLiteral("user"), cluster.nodes.at(n).user);
            settings.setValue(QStringLiteral("port"), cluster.nodes.at(n).port);
        }
        settings.endArray();
        settings.beginWriteArray(QStringLiteral("segments"), int(cluster.segmentLabels.size()));
        int segment = 0;
        for (auto it = cluster.segmentLabels.cbegin(); it != cluster.segmentLabels.cend(); ++it) {
            settings.setArrayIndex(segment++);
            settings.setValue(QStringLiteral("subnet"), it.key());
            settings.setValue(QStringLiteral("name"), it.value().name);
            settings.setValue(QStringLiteral("role"), it.value().role);
        }
        settings.endArray();
    }
    settings.endArray();
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        setError(error, tr("Cannot write %1").arg(m_filePath));
        return false;
    }
    return true;
}

bool ClusterStore::canAdd(const QString& name, QString* error) const
{
    if (!ClusterProfile::isValidName(name)) {
        setError(error, tr("'%1' is not a valid cluster name: use letters, digits, '.', '_' and "
                           "'-', starting with a letter or digit")
                            .arg(name));
        return false;
    }
    if (indexOf(name) >= 0) {
        setError(error, tr("A cluster named '%1' already exists").arg(name));
        return false;
    }
    return true;
}

bool ClusterStore::add(const ClusterProfile& cluster, QString* error)
{
    if (!canAdd(cluster.name, error))
        return false;
    if (cluster.nodes.isEmpty()) {
        setError(error, tr("Cluster '%1' has no nodes").arg(cluster.name));
        return false;
    }
    // The file first: the list (and its models) change only once it is written.
    if (!save(m_clusters + QList<ClusterProfile>{cluster}, error))
        return false;
    const int row = int(m_clusters.size());
    Q_EMIT clusterAboutToBeAdded(row);
    m_clusters.append(cluster);
    Q_EMIT clusterAdded(row);
    return true;
}

// Changes one cluster's profile on a copy, saves it, and keeps it only once saved.
bool ClusterStore::change(const QString& name, const std::function<void(ClusterProfile&)>& edit, QString* error)
{
    const int row = indexOf(name);
    if (row < 0) {
        setError(error, tr("There is no cluster named '%1'").arg(name));
        return false;
    }
    QList<ClusterProfile> changed = m_clusters;
    edit(changed[row]);
    if (!save(changed, error))
        return false;
    m_clusters = changed;
    return true;
}

bool ClusterStore::setReadOnly(const QString& name, bool readOnly, QString* error)
{
    return change(name, [readOnly](ClusterProfile& cluster) { cluster.readOnly = readOnly; }, error);
}

bool ClusterStore::setSegmentLabels(const QString& name, const QMap<QString, SegmentLabel>& labels, QString* error)
{
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        if (!SegmentLabel::isValid(it.key(), it.value(), error))
            return false;
    return change(name, [&labels](ClusterProfile& cluster) { cluster.segmentLabels = labels; }, error);
}

bool ClusterStore::remove(const QString& name, QString* error)
{
    const int row = indexOf(name);
    if (row < 0) {
        setError(error, tr("There is no cluster named '%1'").arg(name));
        return false;
    }
    QList<ClusterProfile> remaining = m_clusters;
    remaining.removeAt(row);
    if (!save(remaining, error))
        return false;
    // A configuration written for the cluster goes with it; one of the operator's stays.
    const QFileInfo config(m_clusters.at(row).sshConfigPath);
    if (config.absolutePath() == QFileInfo(generatedConfigDir()).absoluteFilePath())
        QFile::remove(config.absoluteFilePath());
    Q_EMIT clusterAboutToBeRemoved(row);
    m_clusters.removeAt(row);
    Q_EMIT clusterRemoved(row);
    return true;
}

QString ClusterStore::generatedConfigDir() const
{
    return QFileInfo(m_filePath).absolutePath() + QLatin1String("/ssh");
}

bool ClusterStore::addByAddresses(const QString& name, const QStringList& addresses,
                                  const NodeLogin& login, QString* error)
{
    // The name first: the file it names must not replace another cluster's.
    if (!canAdd(name, error))
        return false;
    if (const QString problem = NodeAddressConfig::problem(addresses, login); !problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    const QString path = generatedConfigDir() + QLatin1Char('/') + name + QLatin1String(".ssh_config");
    QDir().mkpath(generatedConfigDir());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(NodeAddressConfig::text(addresses, login).toUtf8()) < 0 || !file.commit()) {
        setError(error, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    const auto cluster = fromSshConfig(name, path, addresses, error);
    if (!cluster || !add(*cluster, error)) {
        QFile::remove(path);
        return false;
    }
    return true;
}

std::optional<ClusterProfile> ClusterStore::fromSshConfig(const QString& name,
                                                          const QString& sshConfigPath,
                                                          const QStringList& hosts, QString* error)
{
    const ssh::SshConfigParseResult parsed = ssh::SshConfigFile::parse(sshConfigPath);
    if (!parsed.ok()) {
        setError(error, parsed.error);
        return std::nullopt;
    }
    ClusterProfile cluster;
    cluster.name = name;
    cluster.sshConfigPath = QFileInfo(sshConfigPath).absoluteFilePath();
    for (const ssh::SshHostEntry& host : parsed.hosts) {
        if (hosts.isEmpty() || hosts.contains(host.alias))
            cluster.nodes << ClusterNode{host.alias, host.hostName, host.user, host.port};
    }
    for (const QString& wanted : hosts) {
        const bool found = std::any_of(cluster.nodes.cbegin(), cluster.nodes.cend(),
                                       [&](const ClusterNode& n) { return n.sshHost == wanted; });
        if (!found) {
            setError(error, tr("%1 names no host '%2'").arg(sshConfigPath, wanted));
            return std::nullopt;
        }
    }
    if (cluster.nodes.isEmpty()) {
        setError(error, tr("%1 names no concrete hosts").arg(sshConfigPath));
        return std::nullopt;
    }
    return cluster;
}

} // namespace hadesk
