#include "app/SetupCommand.h"

#include "app/RunJob.h"
#include "app/TerminalPrompter.h"
#include "backend/setup/SetupHosts.h"
#include "backend/setup/SetupRun.h"
#include "ssh/SshConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <map>
#include <memory>
#include <unistd.h>

namespace hadesk {
namespace {

using setup::SetupPlan;
using setup::NodeChange;
using setup::SetupRun;

struct Ctl
{
    Q_DECLARE_TR_FUNCTIONS(hadeskctl)
};

enum Exit { Done = 0, Failed = 1, Refused = 2 };

std::atomic<int> g_setupSignal{0};

extern "C" void onSetupSignal(int signal)
{
    g_setupSignal = signal;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString usage()
{
    return Ctl::tr("usage: hadeskctl setup example HOST...\n"
                   "       hadeskctl setup [--dry-run] [--yes] PLAN\n"
                   "       hadeskctl setup --undo [--yes] PLAN\n"
                   "       hadeskctl setup add-node [--dry-run] [--yes] PLAN NODE\n"
                   "       hadeskctl setup remove-node [--dry-run] [--yes] PLAN NODE\n"
                   "PLAN is a JSON file (docs/setup.md); HOST and the plan's \"ssh\" are reached through --ssh-config.");
}

bool confirmed(const QString& question)
{
    if (!isatty(STDIN_FILENO)) {
        err() << Ctl::tr("hadeskctl: %1 Not asked without a terminal: give --yes.").arg(question) << Qt::endl;
        return false;
    }
    err() << question << Ctl::tr(" [y/N] ") << Qt::flush;
    char answer[16] = {};
    if (!std::fgets(answer, sizeof answer, stdin))
        return false;
    return answer[0] == 'y' || answer[0] == 'Y';
}

// The nodes' connections for the run, each answering its prompts on the terminal.
class SetupConnections
{
public:
    SetupConnections(const SetupPlan& plan, const SshCommandOptions& options)
        : m_hosts(plan, options.sshConfig)
    {
        for (const QString& node : m_hosts.nodes())
            m_prompters.push_back(std::make_unique<TerminalPrompter>(m_hosts.connection(node), options.acceptNew));
    }
    SetupRun::Lookup lookup() const { return m_hosts.lookup(); }

private:
    setup::SetupHosts m_hosts;
    std::vector<std::unique_ptr<TerminalPrompter>> m_prompters;
};

// Runs the job to its end, each step said as it ends; Ctrl-C or TERM stops it (on the nodes).
jobs::JobState follow(SetupRun& run)
{
    QObject::connect(&run, &jobs::Job::stepChanged, &run, [&run](int index) {
        const jobs::JobStep& step = run.steps().at(index);
        using jobs::StepState;
        if (step.state == StepState::Running || step.state == StepState::Done || step.state == StepState::Failed
            || step.state == StepState::Cancelled)
            err() << jobs::stepLine(step) << Qt::endl;
    });
    QObject::connect(&run, &SetupRun::said, &run, [](const QString& line) { err() << QStringLiteral("    ") << line << Qt::endl; });
    std::signal(SIGINT, onSetupSignal);
    std::signal(SIGTERM, onSetupSignal);
    QTimer signalPoll;
    QObject::connect(&signalPoll, &QTimer::timeout, &run, [&run] {
        if (g_setupSignal.exchange(0) != 0)
            run.cancel();
    });
    signalPoll.start(100);
    const jobs::JobState state = runToEnd(run);
    signalPoll.stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return state;
}

int refusedExit(const SetupRun& run)
{
    err() << Ctl::tr("hadeskctl: setup refused, nothing was changed:") << Qt::endl;
    for (const setup::Refusal& r : run.refusals())
        err() << QStringLiteral("  ") << r.toString() << Qt::endl;
    return Refused;
}

int runRemoval(const SshCommandOptions& options, const SetupPlan& plan, const QString& node, bool dryRun, bool yes)
{
    SetupConnections connections(plan, options);
    QElapsedTimer clock;
    clock.start();
    SetupRun review(plan, SetupRun::Mode::Review, connections.lookup(), nullptr, NodeChange::removing(node));
    const jobs::JobState reviewed = follow(review);
    if (review.refused())
        return refusedExit(review);
    if (reviewed != jobs::JobState::Succeeded) {
        err() << Ctl::tr("hadeskctl: the review failed: %1").arg(review.outcomeText()) << Qt::endl;
        return Failed;
    }
    out() << Ctl::tr("Removing %1 from %2 (%3 stay):").arg(node, plan.name, review.plan().nodeNames().join(QStringLiteral(", "))) << Qt::endl
          << review.reviewText() << Qt::flush;
    if (dryRun)
        return Done;
    if (!yes && !confirmed(Ctl::tr("Take %1 out of %2?").arg(node, plan.name)))
        return Refused;
    SetupRun run(plan, SetupRun::Mode::RemoveNode, connections.lookup(), nullptr, NodeChange::removing(node));
    const jobs::JobState state = follow(run);
    if (run.refused())
        return refusedExit(run);
    if (state != jobs::JobState::Succeeded) {
        out() << run.outcomeText() << Qt::endl;
        return Failed;
    }
    // The smaller cluster's plan keeps every node's nodeid: the next run of it must not renumber them.
    out() << Ctl::tr("%1 removed from %2 in %3 s, the rest verified. The cluster's plan now:").arg(node, plan.name).arg(clock.elapsed() / 1000.0, 0, 'f', 1)
          << Qt::endl
          << QString::fromUtf8(QJsonDocument(run.plan().toJson()).toJson(QJsonDocument::Indented)) << Qt::flush;
    return Done;
}

int runPlan(const SshCommandOptions& options, const SetupPlan& plan, bool dryRun, bool yes, bool undo, const QString& added = {})
{
    SetupConnections connections(plan, options);
    QElapsedTimer clock;
    clock.start();
    if (undo) {
        if (!yes && !confirmed(Ctl::tr("Take %1 back to bare hosts (%2)?").arg(plan.name, plan.nodeNames().join(QStringLiteral(", ")))))
            return Refused;
        SetupRun run(plan, SetupRun::Mode::Undo, connections.lookup());
        const jobs::JobState state = follow(run);
        if (run.refused())
            return refusedExit(run);
        out() << (state == jobs::JobState::Succeeded ? Ctl::tr("%1 undone: %2 change(s) taken back in %3 s")
                                                           .arg(plan.name)
                                                           .arg(run.changeCount())
                                                           .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
                                                     : run.outcomeText())
              << Qt::endl;
        return state == jobs::JobState::Succeeded ? Done : Failed;
    }

    const NodeChange change = added.isEmpty() ? NodeChange{} : NodeChange::adding(added);
    SetupRun review(plan, SetupRun::Mode::Review, connections.lookup(), nullptr, change);
    const jobs::JobState reviewed = follow(review);
    if (review.refused())
        return refusedExit(review);
    if (reviewed != jobs::JobState::Succeeded) {
        err() << Ctl::tr("hadeskctl: the review failed: %1").arg(review.outcomeText()) << Qt::endl;
        return Failed;
    }
    out() << review.reviewText() << Qt::flush;
    if (dryRun)
        return Done;
    if (review.changeCount() > 0 && !yes
        && !confirmed(Ctl::tr("Apply these changes to %1 (%2)?").arg(plan.name, plan.nodeNames().join(QStringLiteral(", ")))))
        return Refused;

    SetupRun apply(plan, SetupRun::Mode::Apply, connections.lookup(), nullptr, change);
    const jobs::JobState state = follow(apply);
    if (apply.refused())
        return refusedExit(apply);
    if (state != jobs::JobState::Succeeded) {
        out() << Ctl::tr("setup of %1 stopped: %2").arg(plan.name, apply.outcomeText()) << Qt::endl
              << Ctl::tr("Run it again to continue from there, or undo it: hadeskctl setup --undo PLAN") << Qt::endl;
        return Failed;
    }
    for (const QString& line : apply.verification())
        out() << Ctl::tr("verified: %1").arg(line) << Qt::endl;
    if (apply.changeCount() == 0)
        out() << Ctl::tr("%1 is as the plan says: nothing changed").arg(plan.name) << Qt::endl;
    else
        out() << Ctl::tr("%1 set up: %2 change(s), verified, in %3 s")
                     .arg(plan.name)
                     .arg(apply.changeCount())
                     .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
              << Qt::endl;
    return Done;
}

} // namespace

int runSetup(const SshCommandOptions& options, const QStringList& args)
{
    if (args.value(0) == u"example") {
        if (args.size() < 3) {
            err() << Ctl::tr("hadeskctl: setup example needs at least two hosts") << Qt::endl << usage() << Qt::endl;
            return Refused;
        }
        out() << QString::fromUtf8(SetupPlan::example(args.mid(1))) << Qt::flush;
        return Done;
    }
    bool dryRun = false;
    bool yes = false;
    bool undo = false;
    QString planFile;
    QString added;
    QString removed;
    QStringList rest = args;
    if (rest.value(0) == u"remove-node") {
        rest.removeFirst();
        if (rest.size() < 2 || rest.last().startsWith(u'-')) {
            err() << usage() << Qt::endl;
            return Refused;
        }
        removed = rest.takeLast();
    } else if (rest.value(0) == u"add-node") {
        // The plan names every node, the new one too: what is built is the plan's cluster.
        rest.removeFirst();
        if (rest.size() < 2 || rest.last().startsWith(u'-')) {
            err() << usage() << Qt::endl;
            return Refused;
        }
        added = rest.takeLast();
    }
    for (const QString& arg : std::as_const(rest)) {
        if (arg == u"--dry-run")
            dryRun = true;
        else if (arg == u"--yes")
            yes = true;
        else if (arg == u"--undo")
            undo = true;
        else if (arg.startsWith(u'-') || !planFile.isEmpty()) {
            err() << Ctl::tr("hadeskctl: unexpected '%1'").arg(arg) << Qt::endl << usage() << Qt::endl;
            return Refused;
        } else
            planFile = arg;
    }
    if (planFile.isEmpty() || (undo && dryRun) || (undo && !added.isEmpty()) || (!removed.isEmpty() && undo)) {
        err() << usage() << Qt::endl;
        return Refused;
    }
    QList<setup::Refusal> refusals;
    const std::optional<SetupPlan> plan = SetupPlan::fromFile(planFile, &refusals);
    if (!plan) {
        err() << Ctl::tr("hadeskctl: %1 refused:").arg(planFile) << Qt::endl;
        for (const setup::Refusal& r : std::as_const(refusals))
            err() << QStringLiteral("  ") << r.toString() << Qt::endl;
        return Refused;
    }
    if (!removed.isEmpty()) {
        if (!plan->node(removed) || plan->nodes.size() < 3) {
            err() << Ctl::tr("hadeskctl: %1 must be a node of the plan, and two nodes must stay").arg(removed) << Qt::endl;
            return Refused;
        }
        return runRemoval(options, *plan, removed, dryRun, yes);
    }
    if (!added.isEmpty() && !plan->node(added)) {
        err() << Ctl::tr("hadeskctl: %1 is not a node of the plan: add it to cluster.nodes (and fencing.devices) first").arg(added) << Qt::endl;
        return Refused;
    }
    return runPlan(options, *plan, dryRun, yes, undo, added);
}

} // namespace hadesk
