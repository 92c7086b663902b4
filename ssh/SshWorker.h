#pragma once

#include "ssh/SshTypes.h"

#include <QHash>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <vector>

struct ssh_callbacks_struct;
struct ssh_event_struct;
struct ssh_session_struct;

namespace hadesk::ssh {

class SshConnection;

// The thread that owns one libssh session and all its channels. Requests come in through a
// mutex-guarded inbox and an eventfd that wakes the poll; everything going out is queued into
// the SshConnection's thread. Nothing here may block the caller.
class SshWorker : public QThread
{
public:
    SshWorker(SshTarget target, SshConnection* owner);
    ~SshWorker() override;

    // Thread-safe requests.
    void requestConnect();
    void submit(quint64 id, const QStringList& argv, const JobOptions& options);
    void cancel(quint64 id);
    void answer(quint64 promptId, const PromptAnswer& answer);
    void stop();
    // Stops, and posts nothing more to the owner, which may go away before this thread ends (it
    // may be inside a connect that takes seconds to give up).
    void detach();

    // At most this many channels open at once: OpenSSH's MaxSessions defaults to 10.
    static constexpr int kMaxChannels = 10;

    // One command's channel and progress; libssh's channel callbacks reach it.
    struct Job;
    void deliverOutput(Job& job, const QByteArray& data, bool isStderr);

protected:
    void run() override;

private:
    struct Resolved;

    // Connection set-up, all blocking.
    bool connectSession(QString* error, bool* fatal);
    bool verifyHostKey(const Resolved& resolved, QString* error);
    bool authenticate(QString* error);
    void closeSession();

    // The multiplexing loop while connected.
    void pump();
    void takeInbox();
    void startQueuedJobs();
    void advance(Job& job);
    void finishJob(quint64 id, int exitCode, const QString& error);
    void failRunningJobs(const QString& error);
    void failQueuedJobs(const QString& error);
    void onSudoPrompt(Job& job);
    std::vector<Job*> jobsAwaitingSudo() const;
    void giveSudoPasswords();
    void failSudoWaiters(const QString& error);
    void takeSudoAnswer();
    void requeue(Job& job);
    void killRemote(const Job& job);
    void stopRemoteCommands();

    PromptAnswer ask(Prompt prompt);
    quint64 askLater(Prompt prompt); // the answer arrives in m_answers
    void post(std::function<void(SshConnection*)> call);
    void setState(ConnectionState state, const QString& detail = {});
    bool waitForWork(int timeoutMs);
    void wake();
    bool stopping();

    static int onAuthPrompt(const char* prompt, char* buf, size_t len, int echo, int verify, void* self);
    static int onWake(int fd, int revents, void* self);

    const SshTarget m_target;
    SshConnection* m_owner; // under m_mutex; null once detached

    // Shared with the callers' threads, under m_mutex.
    QMutex m_mutex;
    QWaitCondition m_changed;
    bool m_stop = false;
    bool m_connectRequested = false;
    std::deque<std::unique_ptr<Job>> m_inbox;
    QList<quint64> m_cancelled;
    QHash<quint64, PromptAnswer> m_answers;
    int m_wakeFd = -1;

    // Worker thread only.
    ssh_session_struct* m_session = nullptr;
    ssh_event_struct* m_event = nullptr;
    std::unique_ptr<ssh_callbacks_struct> m_sessionCallbacks;
    std::deque<std::unique_ptr<Job>> m_queue;
    std::map<quint64, std::unique_ptr<Job>> m_active;
    int m_channelLimit = kMaxChannels;
    quint64 m_nextInternalId = 1;
    QString m_user;
    QString m_displayHost;
    QByteArray m_sudoPassword;
    int m_sudoRefusals = 0;
    quint64 m_sudoPromptId = 0; // the operator is being asked for it
    qint64 m_sudoPromptDeadlineMs = 0;
    qint64 m_lastKeepaliveMs = 0;
};

} // namespace hadesk::ssh
