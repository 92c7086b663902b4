#pragma once

#include "backend/haproxy/ConfigFile.h"
#include "backend/jobs/Job.h"

#include <QMap>
#include <QPointer>

namespace hadesk::ssh {
class HostConnection;
}

namespace hadesk::haproxy {

// A node whose HAProxy configuration a job reads or replaces.
struct ConfigNode
{
    QString name;
    QPointer<ssh::HostConnection> connection;
    QByteArray expectedSha256; // from the read an edit started from; empty: no check
    QString socket;
};

// Reads every node's configuration file, one step each (a node not read fails the job; what
// was read before stays available).
class ConfigReadJob final : public jobs::Job
{
    Q_OBJECT

public:
    ConfigReadJob(const QList<ConfigNode>& nodes, const QString& cluster, const QString& path = ConfigFile::defaultPath(),
                  QObject* parent = nullptr);

    // In the order of the nodes given.
    const QList<std::pair<QString, ConfigSnapshot>>& snapshots() const { return m_snapshots; }

private:
    QList<std::pair<QString, ConfigSnapshot>> m_snapshots;
};

// haproxy -c on one node; succeeds when HAProxy accepts the text, fails with HAProxy's words.
class ConfigCheckJob final : public jobs::Job
{
    Q_OBJECT

public:
    ConfigCheckJob(const ConfigNode& node, const QByteArray& text, const QString& cluster,
                   const QString& path = ConfigFile::defaultPath(), int timeoutMs = 60000, QObject* parent = nullptr);

    // What HAProxy said, either way.
    const QString& report() const { return m_report; }

private:
    QString m_report;
};

// What became of a rollout, node by node (restores included, after the node they undo).
struct RolloutResult
{
    bool installed = false;
    QString summary;
    QList<std::pair<QString, InstallResult>> perNode;
};

// One configuration for every node that runs HAProxy: checked on every node before any is
// touched (a node with another HAProxy version may refuse it), then installed and reloaded node
// by node, each with the digest its file had when read so a concurrent edit is refused, not
// overwritten; when a node fails, the nodes done before it get their previous file back (the
// failing node's own script puts its previous file back itself). A Stop lets the node being
// installed finish, then restores every node done. Each install and restore is audited.
class ConfigRolloutJob final : public jobs::Job
{
    Q_OBJECT

public:
    ConfigRolloutJob(const QList<ConfigNode>& nodes, const QByteArray& text, const QString& cluster,
                     const QString& path = ConfigFile::defaultPath(), int timeoutMs = 60000, QObject* parent = nullptr);

    // Complete once the job has finished.
    const RolloutResult& result() const { return m_result; }

private:
    void summarise();

    RolloutResult m_result;
    QString m_rejectedBy;
    QStringList m_restored;
    int m_nodeCount;
};

} // namespace hadesk::haproxy
