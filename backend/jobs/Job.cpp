#include "backend/jobs/Job.h"

#include "backend/pacemaker/AuditLog.h"
#include "ssh/HostConnection.h"
#include "ssh/ShellQuote.h"
#include "ssh/SshJob.h"

#include <QJsonArray>
#include <QTimer>

namespace hadesk::jobs {

QString stateName(JobState state)
{
    switch (state) {
    case JobState::Waiting: return QStringLiteral("waiting");
    case JobState::Running: return QStringLiteral("running");
    case JobState::Succeeded: return QStringLiteral("succeeded");
    case JobState::Failed: return QStringLiteral("failed");
    case JobState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString stateName(StepState state)
{
    switch (state) {
    case StepState::Pending: return QStringLiteral("pending");
    case StepState::Running: return QStringLiteral("running");
    case StepState::Done: return QStringLiteral("done");
    case StepState::Failed: return QStringLiteral("failed");
    case StepState::Skipped: return QStringLiteral("skipped");
    case StepState::Cancelled: return QStringLiteral("cancelled");
    case StepState::Undone: return QStringLiteral("undone");
    case StepState::UndoFailed: return QStringLiteral("undo-failed");
    }
    return {};
}

QString stepLine(const JobStep& step)
{
    QString mark;
    switch (step.state) {
    case StepState::Pending: mark = QStringLiteral("·"); break;
    case StepState::Running: mark = QStringLiteral("…"); break;
    case StepState::Done: mark = QStringLiteral("✓"); break;
    case StepState::Skipped: mark = QStringLiteral("–"); break;
    case StepState::Undone: mark = QStringLiteral("↶"); break;
    case StepState::Failed:
    case StepState::UndoFailed:
    case StepState::Cancelled: mark = QStringLiteral("✗"); break;
    }
    const QString line = mark + u' ' + step.title;
    return step.detail.isEmpty() ? line : line + QStringLiteral(": ") + step.detail;
}

// ------------------------------------------------------------------ StepContext

bool StepContext::current() const
{
    return m_job && m_job->m_generation == m_generation && !m_job->isFinished();
}

bool StepContext::cancelled() const
{
    return !current();
}

ssh::HostConnection* StepContext::reach(ssh::HostConnection* node)
{
    if (!node && current()) {
        const QString& host = m_job->m_steps.at(m_index).host;
        fail(host.isEmpty() ? Job::tr("not connected") : Job::tr("%1 is not connected").arg(host));
    }
    return current() ? node : nullptr;
}

void StepContext::run(ssh::HostConnection* node, const QStringList& argv, const ssh::JobOptions& options,
                      std::function<void(ssh::SshJob&)> then)
{
    if (reach(node))
        follow(node->run(argv, options), std::move(then));
}

void StepContext::runToEnd(ssh::HostConnection* node, const QStringList& argv, const ssh::JobOptions& options)
{
    run(node, argv, options, [step = *this](ssh::SshJob& command) mutable {
        if (command.succeeded())
            step.succeed(QString::fromUtf8(command.allStdout()).trimmed());
        else
            step.fail(command.failureText());
    });
}

void StepContext::follow(ssh::SshJob* command, std::function<void(ssh::SshJob&)> then)
{
    if (!current()) {
        delete command;
        return;
    }
    Job* job = m_job;
    const QStringList& argv = command->argv();
    const QString host = command->connection()->host();
    job->m_commands << command;
    job->m_steps[m_index].argv = argv;
    if (job->m_steps[m_index].host.isEmpty())
        job->m_steps[m_index].host = host;
    job->addLog(QStringLiteral("%1: %2").arg(host, QString::fromUtf8(ssh::ShellQuote::join(argv))));
    QObject::connect(command, &ssh::SshJob::finished, job, [context = *this, command, then = std::move(then)] {
        command->deleteLater();
        if (context.current()) {
            context.m_job->m_commands.removeAll(command);
            then(*command);
        }
    });
    // A connection closed under the job takes its commands with it, unfinished.
    QObject::connect(command, &QObject::destroyed, job, [context = *this] {
        StepContext step = context;
        // By now its QPointer reads null; a finished command was taken off the list already.
        if (step.current() && step.m_job->m_commands.removeIf([](const auto& c) { return c.isNull(); }) > 0)
            step.fail(Job::tr("the connection to %1 was closed while the command ran").arg(step.m_job->m_steps.at(step.m_index).host));
    });
}

void StepContext::setFraction(double fraction)
{
    if (!current())
        return;
    m_job->m_stepFraction = qBound(0.0, fraction, 1.0);
    Q_EMIT m_job->progressChanged(m_job->progress());
}

void StepContext::setAudit(const QJsonObject& fields)
{
    if (current())
        m_job->m_steps[m_index].audit = fields;
}

void StepContext::log(const QString& text)
{
    if (current())
        m_job->addLog(text);
}

void StepContext::succeed(const QString& detail)
{
    if (current())
        m_job->stepEnded(m_index, StepState::Done, detail);
}

void StepContext::fail(const QString& reason)
{
    if (current())
        m_job->stepEnded(m_index, StepState::Failed, reason);
}

// ------------------------------------------------------------------ Job

Job::Job(QString title, QString cluster, QObject* parent)
    : QObject(parent)
    , m_title(std::move(title))
    , m_cluster(std::move(cluster))
{
}

Job::~Job()
{
    stopCommands();
}

void Job::addStep(Step step)
{
    JobStep shown;
    shown.title = step.title;
    shown.host = step.host;
    shown.changes = step.changes;
    shown.undoable = bool(step.undo);
    m_steps << shown;
    m_specs << std::move(step);
}

bool Job::isFinished() const
{
    return m_state == JobState::Succeeded || m_state == JobState::Failed || m_state == JobState::Cancelled;
}

void Job::start()
{
    if (m_state != JobState::Waiting || m_current >= 0)
        return;
    m_current = 0;
    QTimer::singleShot(0, this, [this] {
        if (isFinished())
            return;
        m_state = JobState::Running;
        m_startedAt = QDateTime::currentDateTimeUtc();
        addLog(tr("started: %1").arg(m_title));
        runStep(0);
    });
}

void Job::runStep(int index)
{
    if (index >= m_steps.size()) {
        finish(m_outcomeWhenDone, m_outcomeError);
        return;
    }
    m_current = index;
    m_stepFraction = 0;
    m_steps[index].started = QDateTime::currentDateTimeUtc();
    setStep(index, StepState::Running, {});
    addLog(m_steps.at(index).title);
    StepContext context(this, index, m_generation);
    if (m_specs.at(index).run)
        m_specs.at(index).run(context);
    else
        context.succeed();
}

void Job::stepEnded(int index, StepState state, const QString& detail)
{
    ++m_generation;
    stopCommands();
    if (m_undoing) {
        const bool undone = state == StepState::Done;
        m_steps[index].ended = QDateTime::currentDateTimeUtc();
        setStep(index, undone ? StepState::Undone : StepState::UndoFailed,
                undone ? tr("undone") : tr("could not be undone: %1").arg(detail));
        if (m_steps.at(index).changes)
            audit(index, undone ? QStringLiteral("undone") : QStringLiteral("undo-failed"));
        undoFrom(index - 1);
        return;
    }
    m_steps[index].ended = QDateTime::currentDateTimeUtc();
    m_stepFraction = 0;
    setStep(index, state, detail);
    if (m_steps.at(index).changes)
        audit(index, stateName(state));
    Q_EMIT progressChanged(progress());
    if (state == StepState::Done && !m_cancelRequested) {
        runStep(index + 1);
        return;
    }
    for (int i = index + 1; i < m_steps.size(); ++i)
        setStep(i, StepState::Skipped, {});
    if (state == StepState::Failed) {
        m_failedStep = index;
        m_error = detail;
        m_endAfterUndo = JobState::Failed;
    } else {
        m_endAfterUndo = JobState::Cancelled;
    }
    undoFrom(index - (state == StepState::Done ? 0 : 1));
}

void Job::cancel()
{
    if (isFinished() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    addLog(tr("stop requested"));
    if (m_state == JobState::Waiting) {
        for (int i = 0; i < m_steps.size(); ++i)
            setStep(i, StepState::Skipped, {});
        finish(JobState::Cancelled);
        return;
    }
    if (m_undoing)
        return; // what is being undone is put back to the end
    const int index = m_current;
    if (m_specs.at(index).finishesBeforeStop) {
        // Once it ends the steps after it are skipped and it is undone (stepEnded).
        addLog(tr("stopping once \"%1\" has ended").arg(m_steps.at(index).title));
        return;
    }
    ++m_generation;
    const bool wasRunning = !m_commands.isEmpty();
    stopCommands();
    m_steps[index].ended = QDateTime::currentDateTimeUtc();
    const QString detail = m_steps.at(index).changes && wasRunning
                               ? tr("stopped on the node while it ran; the change may or may not have been made")
                               : tr("stopped");
    setStep(index, StepState::Cancelled, detail);
    if (m_steps.at(index).changes)
        audit(index, QStringLiteral("cancelled"));
    for (int i = index + 1; i < m_steps.size(); ++i)
        setStep(i, StepState::Skipped, {});
    m_endAfterUndo = JobState::Cancelled;
    // Deferred: cancel() may be called from inside a step's own code.
    QTimer::singleShot(0, this, [this, index] { undoFrom(index - 1); });
}

void Job::undoFrom(int index)
{
    for (int i = index; i >= 0; --i) {
        if (m_steps.at(i).state != StepState::Done || !m_specs.at(i).undo)
            continue;
        m_undoing = true;
        m_current = i;
        addLog(tr("undoing: %1").arg(m_steps.at(i).title));
        StepContext context(this, i, m_generation);
        m_specs.at(i).undo(context);
        return;
    }
    m_undoing = false;
    finish(m_endAfterUndo, m_error);
}

void Job::finish(JobState state, const QString& error)
{
    if (isFinished())
        return;
    ++m_generation;
    stopCommands();
    m_state = state;
    m_error = error;
    m_endedAt = QDateTime::currentDateTimeUtc();
    beforeFinished();
    addLog(outcomeText());
    Q_EMIT progressChanged(progress());
    Q_EMIT finished();
}

double Job::progress() const
{
    if (m_state == JobState::Succeeded)
        return 1;
    if (m_steps.isEmpty())
        return -1;
    int done = 0;
    for (const JobStep& step : m_steps)
        done += step.state == StepState::Done;
    return (done + (m_state == JobState::Running ? m_stepFraction : 0)) / double(m_steps.size());
}

QString Job::outcomeText() const
{
    QStringList done;
    QStringList undone;
    for (const JobStep& step : m_steps) {
        if (step.state == StepState::Done)
            done << step.title;
        else if (step.state == StepState::Undone)
            undone << step.title;
    }
    const auto list = [](const QStringList& titles) {
        return titles.isEmpty() ? tr("nothing") : titles.join(QLatin1String("; "));
    };
    switch (m_state) {
    case JobState::Waiting: return tr("waiting");
    case JobState::Running: return tr("running: %1").arg(m_steps.value(m_current).title);
    case JobState::Succeeded: return tr("succeeded");
    case JobState::Failed:
        if (m_failedStep < 0) // every step ran, and what they found is a failure
            return tr("failed: %1").arg(m_error);
        return tr("failed at \"%1\": %2 (done: %3; undone: %4)")
            .arg(m_steps.value(m_failedStep).title, m_error, list(done), list(undone));
    case JobState::Cancelled: return tr("cancelled (done: %1; undone: %2)").arg(list(done), list(undone));
    }
    return {};
}

void Job::setStep(int index, StepState state, const QString& detail)
{
    m_steps[index].state = state;
    if (!detail.isEmpty() || state == StepState::Running)
        m_steps[index].detail = detail;
    if (!detail.isEmpty())
        addLog(QStringLiteral("%1: %2 (%3)").arg(m_steps.at(index).title, stateName(state), detail));
    Q_EMIT stepChanged(index);
}

void Job::audit(int index, const QString& result)
{
    const JobStep& step = m_steps.at(index);
    QJsonObject entry{{QStringLiteral("cluster"), m_cluster},
                      {QStringLiteral("host"), step.host},
                      {QStringLiteral("operation"), m_title},
                      {QStringLiteral("step"), step.title},
                      {QStringLiteral("command"), QJsonArray::fromStringList(step.argv)},
                      {QStringLiteral("result"), result},
                      {QStringLiteral("message"), step.detail}};
    // A step's own result stands only for how the step itself ended.
    for (auto it = step.audit.begin(); it != step.audit.end(); ++it) {
        if (it.key() != u"result" || result == stateName(StepState::Done) || result == stateName(StepState::Failed))
            entry.insert(it.key(), it.value());
    }
    QString error;
    if (!pcmk::AuditLog::append(entry, &error))
        addLog(error);
}

void Job::addLog(const QString& line)
{
    // Bounded: a job that streams (a resync followed for an hour) keeps its last lines.
    constexpr qsizetype kMaxLines = 2000;
    const QString stamped = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz ")) + line;
    m_log << stamped;
    if (m_log.size() > kMaxLines)
        m_log.remove(0, m_log.size() - kMaxLines);
    Q_EMIT logged(stamped);
}

void Job::stopCommands()
{
    // SshJob::cancel ends the command's process group on the node, not just the channel.
    const auto commands = std::exchange(m_commands, {});
    for (const QPointer<ssh::SshJob>& command : commands) {
        if (command && !command->isFinished())
            command->cancel();
    }
}

} // namespace hadesk::jobs
