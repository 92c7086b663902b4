#include "app/CtlSession.h"

#include "app/RunJob.h"
#include "app/TerminalPrompter.h"
#include "backend/ClusterSession.h"
#include "backend/ClusterStore.h"
#include "backend/drbd/DrbdMonitor.h"
#include "backend/haproxy/HaproxyMonitor.h"
#include "backend/network/NetworkMonitor.h"
#include "ssh/SshConnection.h"

#include <QCoreApplication>
#include <QTimer>

namespace hadesk {
namespace {

struct Ctl
{
    Q_DECLARE_TR_FUNCTIONS(hadeskctl)
};

} // namespace

CtlSession::CtlSession(SshCommandOptions options, QString host)
    : m_options(std::move(options))
    , m_host(std::move(host))
{
}

CtlSession::~CtlSession()
{
    m_prompters.clear();
    m_session.reset();
}

bool CtlSession::open(QString* error)
{
    std::optional<ClusterProfile> profile;
    if (!m_options.clusterStore.isEmpty()) {
        ClusterStore store(m_options.clusterStore);
        QString ignored; // no list yet is no error here
        if (store.load(&ignored)) {
            if (const ClusterProfile* known = store.find(m_host))
                profile = *known;
        }
    }
    if (profile && !m_options.sshConfig.isEmpty())
        profile->sshConfigPath = m_options.sshConfig;
    std::optional<pcmk::ClusterState> discovered;
    if (!profile) {
        // Not in the list: the cluster as HOST's Pacemaker knows it.
        ClusterProfile adHoc;
        adHoc.name = m_host;
        adHoc.sshConfigPath = m_options.sshConfig;
        adHoc.nodes << ClusterNode{m_host, {}, {}, 22};
        ssh::SshConnection first({m_host, m_options.sshConfig});
        TerminalPrompter prompter(&first, m_options.acceptNew);
        QString why;
        if ((discovered = readClusterState(first, 60000, &why))) {
            if (!discovered->clusterName.isEmpty())
                adHoc.name = discovered->clusterName;
            for (const pcmk::Node& node : discovered->nodes)
                if (node.type == u"member" && node.name != m_host)
                    adHoc.nodes << ClusterNode{node.name, {}, {}, 22};
        } else if (first.state() != ssh::ConnectionState::Connected) {
            *error = Ctl::tr("%1: %2").arg(m_host, why);
            return false;
        }
        profile = adHoc;
    }
    m_session = std::make_unique<ClusterSession>(*profile);
    // The state just read is the session's first: it is not read a second time to begin with.
    if (discovered)
        m_session->showState(*discovered);
    m_session->open();
    for (const QString& node : m_session->hosts())
        if (ssh::SshConnection* connection = m_session->connectionTo(node))
            m_prompters.push_back(std::make_unique<TerminalPrompter>(connection, m_options.acceptNew));
    return true;
}

QString CtlSession::node() const
{
    return m_session->connectionTo(m_host) ? m_host : m_session->currentHost();
}

bool CtlSession::waitUntil(const std::function<bool()>& done, int timeoutMs, QString* error, OnStateFailure onFailure)
{
    if (done())
        return true;
    QObject context; // what is still queued for it when this returns is dropped with it
    bool failed = false;
    const auto check = [&done] {
        if (done())
            QCoreApplication::exit(0);
    };
    QObject::connect(m_session.get(), &ClusterSession::stateUpdated, &context, check);
    QObject::connect(m_session->haproxy(), &haproxy::HaproxyMonitor::updated, &context, check);
    QObject::connect(m_session->network(), &net::NetworkMonitor::pictureChanged, &context, check);
    QObject::connect(m_session->drbd(), &drbd::DrbdMonitor::changed, &context, check);
    QObject::connect(m_session.get(), &ClusterSession::watchFailed, &context, [&](const QString& why) {
        if (onFailure == OnStateFailure::GiveUp && !m_session->hasState()) {
            failed = true;
            *error = why;
            QCoreApplication::exit(1);
        }
    });
    QTimer::singleShot(timeoutMs, &context, [] { QCoreApplication::exit(1); });
    QCoreApplication::exec();
    if (!done() && !failed)
        *error = Ctl::tr("no answer within %1 s").arg(timeoutMs / 1000);
    return done();
}

jobs::JobState CtlSession::finish(jobs::Job* job)
{
    // Null: it did not start (the session said why).
    return job ? waitForEnd(*job) : jobs::JobState::Failed;
}

} // namespace hadesk
