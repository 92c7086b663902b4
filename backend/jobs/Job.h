#pragma once

#include "ssh/SshTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace hadesk::ssh {
class HostConnection;
class SshJob;
} // namespace hadesk::ssh

namespace hadesk::jobs {

class Job;

enum class JobState { Waiting, Running, Succeeded, Failed, Cancelled };
enum class StepState { Pending, Running, Done, Failed, Skipped, Cancelled, Undone, UndoFailed };

QString stateName(JobState state);
QString stateName(StepState state);
struct JobStep;
// A step in one line as a person reads it: "✓ Title: detail" ("…" running, "✗" failed).
QString stepLine(const JobStep& step);

// One step as it ran: where, what, when, and how it ended.
struct JobStep
{
    QString title;
    QString host;
    QStringList argv; // the last command the step ran
    bool changes = false; // changes the cluster: audited as it ends
    bool undoable = false;
    StepState state = StepState::Pending;
    QDateTime started;
    QDateTime ended;
    QString detail; // the outcome in words (the reason, for a failure)
    QJsonObject audit; // the step's own audit fields
};

// What a step's code is given: run commands on nodes, report progress, end the step. Only the
// step that is running may end; after a cancel nothing it does reaches the job any more.
class StepContext
{
public:
    // Runs argv on the node; then is called with the finished command (never after a cancel).
    void run(ssh::HostConnection* node, const QStringList& argv, const ssh::JobOptions& options,
             std::function<void(ssh::SshJob&)> then);
    // The same for a command already started on a node (an upload, say).
    void follow(ssh::SshJob* command, std::function<void(ssh::SshJob&)> then);
    // Runs argv and ends the step with it: done with its output, failed with the reason.
    void runToEnd(ssh::HostConnection* node, const QStringList& argv, const ssh::JobOptions& options);
    // The node's connection as the step starts; null with the step failed when it is gone.
    ssh::HostConnection* reach(ssh::HostConnection* node);
    void setFraction(double fraction); // within this step, 0..1
    // What this step's audit entry says besides the defaults (cluster, host, operation, step,
    // command, result, message), over them where they share a key.
    void setAudit(const QJsonObject& fields);
    void log(const QString& text);
    void succeed(const QString& detail = {});
    void fail(const QString& reason);
    bool cancelled() const;

private:
    friend class Job;
    StepContext(Job* job, int index, quint64 generation)
        : m_job(job)
        , m_index(index)
        , m_generation(generation)
    {
    }
    bool current() const;

    QPointer<Job> m_job;
    int m_index;
    quint64 m_generation;
};

// An operation that changes something or takes time, as steps run one after another, each on a
// node. Progress is the share of steps done (or unknown); cancel stops what runs on the node
// (its process group), skips what has not started and undoes what can be undone; the job ends
// once: succeeded, failed (naming the step and the reason) or cancelled (saying what was done
// and undone). Steps that change the cluster go to the audit log as they end.
class Job : public QObject
{
    Q_OBJECT

public:
    struct Step
    {
        QString title;
        QString host;
        bool changes = false;
        std::function<void(StepContext&)> run;
        std::function<void(StepContext&)> undo; // empty: cannot be undone
        // A Stop waits for this step to end, then undoes it: for a change that stopped halfway
        // would leave worse off than either end (a configuration replaced but not reloaded).
        bool finishesBeforeStop = false;
    };

    Job(QString title, QString cluster, QObject* parent = nullptr);
    ~Job() override;

    QString title() const { return m_title; }
    QString cluster() const { return m_cluster; }
    void addStep(Step step);

    // Begins on the next turn of the event loop, so a caller can connect first.
    void start();
    // A job whose Stop means more than stopping (a drill recovers first) says what it does.
    virtual void cancel();

    JobState state() const { return m_state; }
    bool isFinished() const;
    const QList<JobStep>& steps() const { return m_steps; }
    // 0..1, or -1 while unknown (a step's own fraction counts within it).
    double progress() const;
    int failedStep() const { return m_failedStep; }
    QString error() const { return m_error; }
    // The end state in one sentence.
    QString outcomeText() const;
    const QStringList& log() const { return m_log; }
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime endedAt() const { return m_endedAt; }

Q_SIGNALS:
    void stepChanged(int index);
    void progressChanged(double progress);
    void logged(const QString& line);
    void finished();

protected:
    // How the job ends once every step is done (a drill whose expectations failed, or that was
    // aborted and recovered, ran every step and still did not succeed).
    void setOutcomeWhenDone(JobState state, const QString& error = {})
    {
        m_outcomeWhenDone = state;
        m_outcomeError = error;
    }
    // Called once as the job ends, its state set, before finished() is emitted.
    virtual void beforeFinished() {}
    int currentStep() const { return m_current; }
    bool cancelRequested() const { return m_cancelRequested; }

private:
    friend class StepContext;
    void runStep(int index);
    void stepEnded(int index, StepState state, const QString& detail);
    void undoFrom(int index);
    void finish(JobState state, const QString& error = {});
    void setStep(int index, StepState state, const QString& detail);
    void audit(int index, const QString& result);
    void addLog(const QString& line);
    void stopCommands();

    QString m_title;
    QString m_cluster;
    QList<Step> m_specs;
    QList<JobStep> m_steps;
    JobState m_state = JobState::Waiting;
    int m_current = -1;
    bool m_undoing = false;
    bool m_cancelRequested = false;
    JobState m_endAfterUndo = JobState::Failed;
    JobState m_outcomeWhenDone = JobState::Succeeded;
    QString m_outcomeError;
    quint64 m_generation = 0; // bumped when a step ends: stale callbacks are dropped
    double m_stepFraction = 0;
    int m_failedStep = -1;
    QString m_error;
    QStringList m_log;
    QDateTime m_startedAt;
    QDateTime m_endedAt;
    QList<QPointer<ssh::SshJob>> m_commands; // in flight for the current step
};

} // namespace hadesk::jobs
