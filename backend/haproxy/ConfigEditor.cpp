#include "backend/haproxy/ConfigEditor.h"

#include "backend/haproxy/HaproxyMonitor.h"
#include "backend/jobs/JobList.h"
#include "ssh/SshConnection.h"

namespace hadesk::haproxy {

ConfigEditor::ConfigEditor(HaproxyMonitor* monitor, jobs::JobList* jobs, QString cluster, QObject* parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_jobs(jobs)
    , m_cluster(std::move(cluster))
{
}

ConfigNode ConfigEditor::nodeNamed(const QString& name) const
{
    return {name, m_monitor->connectionOf(name), m_digests.value(name), m_monitor->socketOf(name)};
}

jobs::Job* ConfigEditor::begin(jobs::Job* job)
{
    m_running = job;
    m_jobs->add(job);
    return job;
}

jobs::Job* ConfigEditor::load()
{
    if (isBusy())
        return nullptr;
    QList<ConfigNode> nodes;
    for (const QString& node : m_monitor->nodes())
        nodes << nodeNamed(node);
    auto* job = new ConfigReadJob(nodes, m_cluster);
    connect(job, &jobs::Job::finished, this, [this, job, none = nodes.isEmpty()] {
        m_digests.clear();
        m_text.clear();
        m_source.clear();
        for (const auto& [node, snapshot] : job->snapshots()) {
            m_digests.insert(node, snapshot.sha256);
            if (m_source.isEmpty()) {
                m_source = node;
                m_text = snapshot.text;
            }
        }
        const bool ok = job->state() == jobs::JobState::Succeeded && !m_source.isEmpty();
        Q_EMIT loaded(ok, none ? tr("no node runs HAProxy") : (ok ? QString() : job->outcomeText()));
    });
    return begin(job);
}

QStringList ConfigEditor::differingNodes() const
{
    QStringList differing;
    const QByteArray first = sourceDigest();
    for (auto it = m_digests.cbegin(); it != m_digests.cend(); ++it) {
        if (it.value() != first)
            differing << it.key();
    }
    return differing;
}

jobs::Job* ConfigEditor::check(const QByteArray& text)
{
    if (m_source.isEmpty() || isBusy())
        return nullptr;
    auto* job = new ConfigCheckJob(nodeNamed(m_source), text, m_cluster);
    connect(job, &jobs::Job::finished, this, [this, job] {
        Q_EMIT checked(job->state() == jobs::JobState::Succeeded,
                       job->report().isEmpty() ? job->outcomeText() : job->report());
    });
    return begin(job);
}

jobs::Job* ConfigEditor::install(const QByteArray& text)
{
    if (m_digests.isEmpty() || isBusy())
        return nullptr;
    QList<ConfigNode> nodes;
    for (auto it = m_digests.cbegin(); it != m_digests.cend(); ++it)
        nodes << nodeNamed(it.key());
    auto* job = new ConfigRolloutJob(nodes, text, m_cluster);
    connect(job, &jobs::Job::finished, this, [this, job, text] {
        if (job->result().installed) {
            // The next edit starts from what is there now.
            for (auto it = m_digests.begin(); it != m_digests.end(); ++it)
                it.value() = ConfigFile::digest(text);
            m_text = text;
        }
        Q_EMIT installed(job->result());
    });
    return begin(job);
}

} // namespace hadesk::haproxy
