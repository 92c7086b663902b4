#include "backend/pacemaker/ClusterWatcher.h"

#include "backend/pacemaker/ClusterFetch.h"
#include "backend/pacemaker/ClusterStateReader.h"
#include "backend/streams/NodeStream.h"
#include "ssh/SshConnection.h"
#include "ssh/SshJob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace hadesk::pcmk {
namespace {

// Changes come in bursts (a transition writes several updates): one fetch per burst.
constexpr int kDebounceMs = 40;
// crm_mon's longest hold-back, and how often the version is checked while it may be holding back.
constexpr int kFollowUpWindowMs = 2500;
constexpr int kFollowUpIntervalMs = 250;

} // namespace

ClusterWatcher::ClusterWatcher(ssh::SshConnection* node, QObject* parent)
    : QObject(parent)
    , m_node(node)
{
    ssh::JobOptions asRoot;
    asRoot.asRoot = true;
    // Without a terminal crm_mon's stdio is block-buffered: stdbuf makes each summary arrive as
    // it is printed. crm_mon redraws at once on a change when its last redraw is older than
    // --interval, else within 2 s; it does not redraw while nothing changes (seen in the lab).
    // Each redraw (a burst of lines, the first one too) is one fetch.
    m_stream = new streams::NodeStream(tr("Pacemaker (crm_mon)"), node->host(), node,
                                       {QStringLiteral("stdbuf"), QStringLiteral("-oL"), QStringLiteral("crm_mon"),
                                        QStringLiteral("--output-as=text"), QStringLiteral("--interval=1")},
                                       asRoot, this);
    m_stream->setDebounce(kDebounceMs);
    connect(m_stream, &streams::NodeStream::changed, this, &ClusterWatcher::fetch);
    m_followUp.setInterval(kFollowUpIntervalMs);
    connect(&m_followUp, &QTimer::timeout, this, &ClusterWatcher::checkVersion);
    connect(&m_parse, &QFutureWatcher<Parsed>::finished, this, &ClusterWatcher::onParsed);
}

ClusterWatcher::~ClusterWatcher()
{
    delete m_stream; // stops the remote crm_mon
    delete m_cibJob;
    delete m_monJob;
    delete m_versionJob;
}

void ClusterWatcher::start()
{
    m_stream->start();
    fetch();
}

void ClusterWatcher::fetch()
{
    if (m_cibJob || m_monJob || m_parse.isRunning()) {
        m_fetchAgain = true; // a change arrived during a fetch: fetch once more after it
        return;
    }
    ++m_fetches;
    const ClusterFetch::Jobs jobs = ClusterFetch::start(*m_node, 30000, true);
    m_cibJob = jobs.cib;
    m_monJob = jobs.monitor;
    connect(m_cibJob, &ssh::SshJob::finished, this, &ClusterWatcher::onFetched);
    connect(m_monJob, &ssh::SshJob::finished, this, &ClusterWatcher::onFetched);
}

void ClusterWatcher::onFetched()
{
    if (!m_cibJob || !m_monJob || !m_cibJob->isFinished() || !m_monJob->isFinished())
        return;
    const ClusterFetch::Output output = ClusterFetch::Output::of(*m_cibJob, *m_monJob);
    m_cibJob->deleteLater();
    m_monJob->deleteLater();
    m_cibJob.clear();
    m_monJob.clear();
    // A big CIB takes a few hundred milliseconds to parse: off the caller's (the GUI's) thread.
    // The task holds only its copy of the output, so deleting the watcher meanwhile is safe.
    m_parse.setFuture(QtConcurrent::run([output] {
        Parsed parsed;
        parsed.state = ClusterFetch::parse(output, &parsed.error);
        return parsed;
    }));
}

void ClusterWatcher::onParsed()
{
    const Parsed parsed = m_parse.result();
    if (parsed.state) {
        m_state = *parsed.state;
        m_hasState = true;
        m_sinceChange.start();
        m_followUp.start();
        Q_EMIT stateChanged(m_state);
    } else {
        Q_EMIT failed(parsed.error);
    }
    if (std::exchange(m_fetchAgain, false))
        fetch();
}

void ClusterWatcher::checkVersion()
{
    if (m_sinceChange.elapsed() > kFollowUpWindowMs) {
        m_followUp.stop();
        return;
    }
    if (m_versionJob || m_cibJob || m_parse.isRunning())
        return;
    ssh::JobOptions asRoot;
    asRoot.asRoot = true;
    asRoot.timeoutMs = 5000;
    asRoot.background = true;
    m_versionJob = m_node->run({QStringLiteral("cibadmin"), QStringLiteral("--query"), QStringLiteral("--xpath"),
                                QStringLiteral("/cib"), QStringLiteral("--no-children")},
                               asRoot);
    connect(m_versionJob, &ssh::SshJob::finished, this, [this] {
        const QByteArray head = m_versionJob->allStdout();
        m_versionJob->deleteLater();
        m_versionJob.clear();
        ClusterState probe;
        QString error;
        if (!ClusterStateReader::readCibVersion(head, &probe, &error))
            return;
        if (probe.version() != m_state.version())
            fetch();
    });
}

} // namespace hadesk::pcmk
