#include "ssh/SshConnection.h"

#include "ssh/CommandLog.h"
#include "ssh/SshJob.h"
#include "ssh/SshWorker.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRegularExpression>
#include <QTimer>

namespace hadesk::ssh {

QString stateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected: return QStringLiteral("disconnected");
    case ConnectionState::Connecting: return QStringLiteral("connecting");
    case ConnectionState::Authenticating: return QStringLiteral("authenticating");
    case ConnectionState::Connected: return QStringLiteral("connected");
    case ConnectionState::Lost: return QStringLiteral("lost");
    case ConnectionState::Reconnecting: return QStringLiteral("reconnecting");
    case ConnectionState::Failed: return QStringLiteral("failed");
    }
    return {};
}

SshConnection::SshConnection(SshTarget target, QObject* parent)
    : HostConnection(parent)
    , m_target(std::move(target))
    , m_worker(std::make_unique<SshWorker>(m_target, this))
{
    qRegisterMetaType<Prompt>();
    qRegisterMetaType<ConnectionState>();
    qRegisterMetaType<CommandRecord>();
}

namespace {

// Workers of closed connections that have not ended yet: a connect or an authentication can
// take seconds to give up, and closing a cluster must not wait for that. They end by themselves
// (detached, they post nothing); the last ones are waited for when the program exits.
class WorkerReaper;
WorkerReaper& reaper();

class WorkerReaper
{
public:
    ~WorkerReaper() { waitForAll(); }

    // While Qt is still whole: a worker giving up must not run into the program's teardown.
    void waitForAll()
    {
        QMutexLocker lock(&m_mutex);
        for (auto& worker : m_workers) {
            // One that will not end is left to the process's end rather than waited for forever.
            if (!worker->wait(QDeadlineTimer(15000)))
                (void)worker.release();
        }
        m_workers.clear();
    }

    void adopt(std::unique_ptr<SshWorker> worker)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_atExit && QCoreApplication::instance()) {
            m_atExit = true;
            qAddPostRoutine([] { reaper().waitForAll(); });
        }
        reapLocked();
        if (!worker->isFinished() && worker->isRunning())
            m_workers.push_back(std::move(worker));
    }

    int stillStopping()
    {
        QMutexLocker lock(&m_mutex);
        reapLocked();
        return int(m_workers.size());
    }

private:
    void reapLocked()
    {
        std::erase_if(m_workers, [](const auto& worker) { return worker->isFinished(); });
    }

    QMutex m_mutex;
    bool m_atExit = false;
    std::vector<std::unique_ptr<SshWorker>> m_workers;
};

WorkerReaper& reaper()
{
    static WorkerReaper instance;
    return instance;
}

} // namespace

SshConnection::~SshConnection()
{
    m_worker->detach();
    // Jobs still pending cancel themselves through the worker, which must outlive them.
    const auto jobs = findChildren<SshJob*>(Qt::FindDirectChildrenOnly);
    qDeleteAll(jobs);
    reaper().adopt(std::move(m_worker));
}

int SshConnection::workersStillStopping()
{
    return reaper().stillStopping();
}

void SshConnection::open()
{
    m_worker->requestConnect();
    if (!m_worker->isRunning())
        m_worker->start();
}

SshJob* SshConnection::run(const QStringList& argv, const JobOptions& options)
{
    const quint64 id = m_nextJobId++;
    auto* job = newJob(id, argv, options.keepOutput);
    m_jobs.insert(id, job);
    if (options.background)
        m_backgroundJobs.insert(id);
    m_worker->submit(id, argv, options);
    open();
    return job;
}

void SshConnection::answerPrompt(quint64 promptId, const PromptAnswer& answer)
{
    m_worker->answer(promptId, answer);
}

void SshConnection::cancelJob(quint64 id)
{
    m_worker->cancel(id);
}

void SshConnection::onState(ConnectionState state, const QString& detail, const QString& user)
{
    m_user = user;
    if (state == m_state && detail == m_stateDetail)
        return;
    m_state = state;
    m_stateDetail = detail;
    Q_EMIT stateChanged(state, detail);
}

void SshConnection::onOutput(quint64 id, const QByteArray& data, bool isStderr)
{
    if (SshJob* job = m_jobs.value(id))
        deliver(job, data, isStderr);
}

void SshConnection::onFinished(quint64 id, const QStringList& argv, int exitCode,
                               const QString& error, const QDateTime& started, qint64 durationMs)
{
    CommandLog::instance()->record({m_target.host, m_user, argv, started, durationMs,
                                    error.isEmpty() ? exitCode : -1, error, m_backgroundJobs.remove(id)});
    if (const QPointer<SshJob> job = m_jobs.take(id))
        complete(job, exitCode, error);
}

} // namespace hadesk::ssh
