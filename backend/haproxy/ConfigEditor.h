#pragma once

#include "backend/haproxy/ConfigJobs.h"

#include <QMap>
#include <QObject>
#include <QPointer>

namespace hadesk::jobs {
class JobList;
}

namespace hadesk::haproxy {

class HaproxyMonitor;

// An edit of HAProxy's configuration for the whole cluster: read from the nodes (noting which
// ones differ), checked by haproxy -c on a node, and rolled out to every node with the digest each
// node's file had when it was read, so a concurrent edit is refused instead of overwritten. Each
// step is a job on the session's list (progress, Stop, audit) and answers by signal; while one
// runs the others are refused.
class ConfigEditor : public QObject
{
    Q_OBJECT

public:
    ConfigEditor(HaproxyMonitor* monitor, jobs::JobList* jobs, QString cluster, QObject* parent = nullptr);

    // Each starts a job and returns it; null while another one runs or when there is nothing to do.
    jobs::Job* load();
    jobs::Job* check(const QByteArray& text);
    jobs::Job* install(const QByteArray& text);
    bool isBusy() const { return m_running && !m_running->isFinished(); }
    jobs::Job* running() const { return isBusy() ? m_running.data() : nullptr; }

    // What was read: the first node's text, and the nodes whose file is not the same.
    const QByteArray& text() const { return m_text; }
    const QString& sourceNode() const { return m_source; }
    QByteArray sourceDigest() const { return m_digests.value(m_source); }
    QStringList differingNodes() const;
    QStringList nodes() const { return m_digests.keys(); }

Q_SIGNALS:
    void loaded(bool ok, const QString& error);
    void checked(bool ok, const QString& report);
    void installed(const hadesk::haproxy::RolloutResult& result);

private:
    ConfigNode nodeNamed(const QString& name) const;
    jobs::Job* begin(jobs::Job* job);

    HaproxyMonitor* m_monitor;
    jobs::JobList* m_jobs;
    QString m_cluster;
    QByteArray m_text;
    QString m_source;
    QMap<QString, QByteArray> m_digests; // node -> the digest of its file when read
    QPointer<jobs::Job> m_running;
};

} // namespace hadesk::haproxy
