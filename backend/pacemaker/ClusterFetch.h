#pragma once

#include "backend/jobs/Job.h"
#include "backend/pacemaker/ClusterState.h"

#include <QFuture>

#include <optional>

class QProcess;

namespace hadesk::ssh {
class HostConnection;
class SshJob;
} // namespace hadesk::ssh

namespace hadesk::pcmk {

// Reads a cluster's state through one node: cibadmin --query and crm_mon, both at once on the
// held connection, then parsed together.
class ClusterFetch
{
public:
    // The two commands of a fetch, started as root; the jobs are children of the connection.
    struct Jobs
    {
        ssh::SshJob* cib;
        ssh::SshJob* monitor;
    };
    static Jobs start(ssh::HostConnection& node, int timeoutMs, bool background = false);

    // What two finished jobs left, copied out of them so it can be parsed on any thread.
    struct Output
    {
        QByteArray cib, monitor;
        bool cibSucceeded = false, monitorSucceeded = false;
        QString cibFailure, monitorFailure;
        static Output of(const ssh::SshJob& cib, const ssh::SshJob& monitor);
        void takeCib(const ssh::SshJob& job);
        void takeMonitor(const ssh::SshJob& job);
    };
    static std::optional<ClusterState> parse(const Output& output, QString* error);

    static QStringList cibArguments();
    static QStringList crmMonArguments();
    // How this machine's crm_mon reads an offline CIB (through CIB_file; no fencer to ask).
    static QStringList crmMonOnFileArguments();
};

// The cluster's state read once through a node (hadeskctl status, a test's look).
class ClusterReadJob final : public jobs::Job
{
    Q_OBJECT

public:
    ClusterReadJob(ssh::HostConnection* node, int timeoutMs = 60000, const QString& cluster = {}, QObject* parent = nullptr);

    const std::optional<ClusterState>& clusterState() const { return m_state; }

private:
    std::optional<ClusterState> m_state;
};

// A state parsed off the GUI thread, or why not.
struct ParsedCib
{
    std::optional<ClusterState> state;
    QString error;
};

// An offline CIB (a file from crm_report, say), parsed off the GUI thread. The runtime picture
// comes from this machine's crm_mon reading the file through CIB_file, when Pacemaker is
// installed here; without it, only the configuration, and note() says so. A Stop kills crm_mon.
class CibFileJob final : public jobs::Job
{
    Q_OBJECT

public:
    explicit CibFileJob(const QString& cibFile, QObject* parent = nullptr);

    const std::optional<ClusterState>& clusterState() const { return m_state; }
    const QString& note() const { return m_note; }

private:
    void readFile(jobs::StepContext& step);
    // Ends the step when the parse is done: with the state kept, or failed with the reason.
    void takeWhenParsed(jobs::StepContext step, QFuture<ParsedCib> parsing);
    void runCrmMon(jobs::StepContext& step);

    QString m_file;
    std::optional<ClusterState> m_state;
    QString m_note;
    QProcess* m_crmMon = nullptr;
};

} // namespace hadesk::pcmk
