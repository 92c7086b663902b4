#include "app/DrillCommand.h"

#include "app/CtlSession.h"
#include "app/RunJob.h"
#include "backend/ClusterSession.h"
#include "backend/drills/DrillRun.h"
#include "backend/haproxy/HaproxyMonitor.h"
#include "backend/jobs/JobList.h"
#include "backend/network/NetworkMonitor.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace hadesk {
namespace {

using drills::DrillLibrary;
using drills::DrillPlan;
using drills::DrillRun;

struct Ctl
{
    Q_DECLARE_TR_FUNCTIONS(hadeskctl)
};

enum Exit { Passed = 0, ExpectationFailed = 1, RefusedOrAborted = 2, NotRestored = 3 };

std::atomic<int> g_signal{0};

extern "C" void onSignal(int signal)
{
    g_signal = signal;
}

QString usage()
{
    return Ctl::tr("usage: hadeskctl drill list\n"
                   "       hadeskctl drill show NAME|PLAN.json [PARAMETERS]\n"
                   "       hadeskctl drill HOST run NAME|PLAN.json [PARAMETERS] [--report DIR] [--yes] [--dry-run] "
                   "[--restore-placement]\n"
                   "       hadeskctl drill HOST history [--json]\n"
                   "PARAMETERS: --resource R, --node N, --segment internal|external|all|SUBNET, --drbd RES, --process PATTERN,\n"
                   "            --inject CMD ARG... -- --undo CMD ARG... -- (each argument list ends at a lone --),\n"
                   "            --max-outage MS, --ends-on NODE, --zero-failed SERVICE, --observe SECONDS, --settle SECONDS,\n"
                   "            --write-check NAME=URL (numbered records PUT to URL before and during the fault, read back after),\n"
                   "            --probe NAME=IP:PORT or NAME=http://IP:PORT/PATH (probed besides the cluster's own services),\n"
                   "            --probe-from NODE (every probe also sent from that node, timed by its clock)");
}

struct Arguments
{
    QString source; // NAME or PLAN.json
    QMap<QString, QString> parameters;
    QMap<QString, QStringList> commands;
    QString reportDir;
    bool yes = false;
    bool dryRun = false;
    bool restorePlacement = false;
    bool json = false;
    qint64 maxOutageMs = -1;
    QString endsOn;
    QStringList zeroFailed;
    int observeSeconds = 0;
    int settleSeconds = 0;
    QStringList writeChecks; // NAME=URL
    QStringList probes;      // NAME=IP:PORT or NAME=http://IP:PORT/PATH
    QStringList probeFrom;   // nodes
};

std::optional<Arguments> parse(const QStringList& args, QString* error)
{
    Arguments a;
    static const QStringList valued{QStringLiteral("--resource"), QStringLiteral("--node"), QStringLiteral("--segment"),
                                    QStringLiteral("--drbd"), QStringLiteral("--process")};
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (valued.contains(arg) && hasValue) {
            a.parameters.insert(arg.mid(2), args.at(++i));
        } else if ((arg == u"--inject" || arg == u"--undo") && hasValue) {
            // An argument list, up to a lone "--" (or the end): its own options are its own.
            QStringList argv;
            while (i + 1 < args.size() && args.at(i + 1) != u"--")
                argv << args.at(++i);
            if (i + 1 < args.size())
                ++i; // the "--"
            if (argv.isEmpty()) {
                *error = Ctl::tr("%1 needs a command and its arguments").arg(arg);
                return std::nullopt;
            }
            a.commands.insert(arg.mid(2), argv);
        } else if (arg == u"--report" && hasValue) {
            a.reportDir = args.at(++i);
        } else if (arg == u"--max-outage" && hasValue) {
            a.maxOutageMs = args.at(++i).toLongLong();
        } else if (arg == u"--ends-on" && hasValue) {
            a.endsOn = args.at(++i);
        } else if (arg == u"--zero-failed" && hasValue) {
            a.zeroFailed << args.at(++i);
        } else if (arg == u"--observe" && hasValue) {
            a.observeSeconds = args.at(++i).toInt();
        } else if (arg == u"--settle" && hasValue) {
            a.settleSeconds = args.at(++i).toInt();
        } else if (arg == u"--write-check" && hasValue) {
            a.writeChecks << args.at(++i);
        } else if (arg == u"--probe" && hasValue) {
            a.probes << args.at(++i);
        } else if (arg == u"--probe-from" && hasValue) {
            a.probeFrom << args.at(++i);
        } else if (arg == u"--yes") {
            a.yes = true;
        } else if (arg == u"--dry-run") {
            a.dryRun = true;
        } else if (arg == u"--restore-placement") {
            a.restorePlacement = true;
        } else if (arg == u"--json") {
            a.json = true;
        } else if (!arg.startsWith(QLatin1String("--")) && a.source.isEmpty()) {
            a.source = arg;
        } else {
            *error = Ctl::tr("unexpected argument '%1'").arg(arg);
            return std::nullopt;
        }
    }
    return a;
}

std::optional<DrillPlan> planOf(const Arguments& a, QString* error)
{
    std::optional<DrillPlan> plan;
    if (a.source.endsWith(QLatin1String(".json"))) {
        if (!a.parameters.isEmpty() || !a.commands.isEmpty()) {
            *error = Ctl::tr("--%1 is for a ready-made drill; a plan file gives its own faults")
                         .arg(a.parameters.isEmpty() ? a.commands.firstKey() : a.parameters.firstKey());
            return std::nullopt;
        }
        plan = DrillPlan::fromFile(a.source, error);
    } else {
        plan = DrillLibrary::build(a.source, a.parameters, a.commands, error);
    }
    if (!plan)
        return std::nullopt;
    if (a.maxOutageMs >= 0 || !a.endsOn.isEmpty())
        plan->expectations.append({QStringLiteral("*"), a.maxOutageMs, a.endsOn, false});
    for (const QString& service : a.zeroFailed)
        plan->expectations.append({service, -1, {}, true});
    if (a.observeSeconds > 0)
        plan->observeMs = a.observeSeconds * 1000;
    if (a.settleSeconds > 0)
        plan->settleMs = a.settleSeconds * 1000;
    if (a.restorePlacement)
        plan->restorePlacement = true;
    if (!a.writeChecks.isEmpty() || !a.probes.isEmpty() || !a.probeFrom.isEmpty()) {
        // Through the plan's own schema, which says what is wrong with an address or a URL.
        QJsonObject json = plan->toJson();
        QJsonArray writes = json.value(QLatin1String("writes")).toArray();
        QJsonObject probes = json.value(QLatin1String("probes")).toObject();
        QJsonArray extra = probes.value(QLatin1String("extra")).toArray();
        for (const QString& option : a.writeChecks + a.probes) {
            const bool write = a.writeChecks.contains(option);
            const qsizetype eq = option.indexOf(u'=');
            if (eq <= 0) {
                *error = Ctl::tr("%1 takes NAME=%2, not '%3'")
                             .arg(write ? QStringLiteral("--write-check") : QStringLiteral("--probe"),
                                  write ? QStringLiteral("URL") : QStringLiteral("ADDRESS"), option);
                return std::nullopt;
            }
            const QString name = option.left(eq), value = option.mid(eq + 1);
            if (write) {
                writes << QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("url"), value}};
                continue;
            }
            const QUrl url(value, QUrl::StrictMode);
            const bool http = value.startsWith(QLatin1String("http://"));
            extra << QJsonObject{{QStringLiteral("name"), name},
                                 {QStringLiteral("address"), http ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port(80)) : value},
                                 {QStringLiteral("kind"), http ? QStringLiteral("http") : QStringLiteral("tcp")},
                                 {QStringLiteral("path"), http && !url.path().isEmpty() ? url.path() : QStringLiteral("/")}};
        }
        probes.insert(QStringLiteral("extra"), extra);
        QJsonArray from = probes.value(QLatin1String("from_nodes")).toArray();
        for (const QString& node : a.probeFrom)
            from << node;
        probes.insert(QStringLiteral("from_nodes"), from);
        json.insert(QStringLiteral("probes"), probes);
        json.insert(QStringLiteral("writes"), writes);
        plan = DrillPlan::fromJson(json, error);
    }
    return plan;
}

int list(QTextStream& out)
{
    for (const DrillLibrary::Entry& e : DrillLibrary::entries())
        out << e.name << '\t' << e.summary << '\t' << Ctl::tr("parameters: %1").arg(e.parameters.join(QStringLiteral(", ")))
            << Qt::endl;
    return 0;
}

void printRecord(const drills::DrillRecord& record, QTextStream& out)
{
    out << Ctl::tr("drill %1 on %2: %3").arg(record.plan.name, record.cluster, record.result);
    if (!record.reason.isEmpty())
        out << " (" << record.reason << ')';
    out << Qt::endl;
    for (const drills::SafetyCheck& c : record.checks)
        out << "  " << (c.passed ? "ok   " : "FAIL ") << c.name << ": " << c.detail << Qt::endl;
    if (!record.prediction.isEmpty())
        out << Ctl::tr("  Pacemaker predicts: %1").arg(record.prediction.join(QStringLiteral("; "))) << Qt::endl;
    else if (!record.predictionNote.isEmpty())
        out << Ctl::tr("  no prediction: %1").arg(record.predictionNote) << Qt::endl;
    for (const drills::ProbeStreamRecord& stream : record.probes) {
        if (stream.results.isEmpty())
            continue; // a dry run, or refused before probing
        const drills::ServiceReport r = drills::DrillReport::serviceReport(record, stream);
        out << Ctl::tr("  %1 %2: outage %3 ms [%4, %5], %6 of %7 probes failed, recovered after %8 ms")
                   .arg(stream.target.id(), stream.target.endpoint())
                   .arg((r.figures.outageNs + 500000) / 1000000)
                   .arg((r.figures.bracketLowNs + 500000) / 1000000)
                   .arg((r.figures.bracketHighNs + 500000) / 1000000)
                   .arg(r.figures.failedProbes)
                   .arg(r.figures.probes)
                   .arg(r.ttrNs < 0 ? 0 : (r.ttrNs + 500000) / 1000000)
            << Qt::endl;
    }
    for (const drills::ExpectationResult& e : record.expectations)
        out << "  " << (e.passed ? "ok   " : "FAIL ") << e.service << ": " << e.what << " (" << e.measured << ')' << Qt::endl;
    if (record.proofRan)
        out << (record.configRestored && record.notRunning.isEmpty() ? Ctl::tr("  restored: configuration as before, every resource runs")
                                                                    : Ctl::tr("  NOT restored: %1").arg((record.configDifference + record.notRunning).join(QStringLiteral("; "))))
            << Qt::endl;
}

int history(const SshCommandOptions& options, const QString& host, bool json, QTextStream& out, QTextStream& err)
{
    // The history is kept under the cluster's name: the session finds it from HOST.
    CtlSession ctl(options, host);
    QString error;
    if (!ctl.open(&error)) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    const QList<QJsonObject> entries = drills::DrillReport::history(ctl.session().name());
    if (json) {
        QJsonArray array;
        for (const QJsonObject& e : entries)
            array << e;
        out << QJsonDocument(QJsonObject{{QStringLiteral("cluster"), ctl.session().name()}, {QStringLiteral("drills"), array}}).toJson();
        return 0;
    }
    for (const QJsonObject& e : entries)
        out << e.value(QLatin1String("started_at")).toString() << '\t' << e.value(QLatin1String("drill")).toString() << '\t'
            << e.value(QLatin1String("result")).toString() << '\t'
            << Ctl::tr("worst outage %1 ms (%2)").arg(e.value(QLatin1String("worst_outage_ms")).toInteger()).arg(e.value(QLatin1String("worst_service")).toString())
            << Qt::endl;
    return 0;
}

} // namespace

int runDrill(const SshCommandOptions& options, const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.value(0) == u"list")
        return list(out);
    QString error;
    if (args.value(0) == u"show") {
        const auto a = parse(args.mid(1), &error);
        const auto plan = a ? planOf(*a, &error) : std::nullopt;
        if (!plan) {
            err << "hadeskctl: " << error << Qt::endl;
            return RefusedOrAborted;
        }
        out << QJsonDocument(plan->toJson()).toJson();
        return 0;
    }
    if (args.size() < 2 || (args.at(1) != u"run" && args.at(1) != u"history")) {
        err << usage() << Qt::endl;
        return RefusedOrAborted;
    }
    const QString host = args.at(0);
    const auto a = parse(args.mid(2), &error);
    if (!a) {
        err << "hadeskctl: " << error << Qt::endl << usage() << Qt::endl;
        return RefusedOrAborted;
    }
    if (args.at(1) == u"history")
        return history(options, host, a->json, out, err) == 0 ? 0 : RefusedOrAborted;
    const auto plan = planOf(*a, &error);
    if (!plan) {
        err << "hadeskctl: " << error << Qt::endl;
        return RefusedOrAborted;
    }
    CtlSession ctl(options, host);
    if (!ctl.open(&error)) {
        err << "hadeskctl: " << error << Qt::endl;
        return RefusedOrAborted;
    }
    ClusterSession& session = ctl.session();
    // The checks read HAProxy and the services on every node: wait for them.
    session.haproxy()->want(&ctl, 1000);
    // A plan with probes of its own needs none of the cluster's services.
    ctl.waitUntil([&] { return session.hasState() && session.network()->hasHeardFromEveryNode() &&
                               (!plan->extraProbes.isEmpty() || !session.network()->picture().services.isEmpty()); },
                  60000, &error, CtlSession::OnStateFailure::Wait);
    ctl.waitUntil([&] { return !session.haproxy()->states().isEmpty(); }, 5000, &error);
    if (plan->destructive() && !a->yes && !a->dryRun) {
        err << Ctl::tr("This drill breaks the cluster %1 on purpose (%2). Type the cluster's name to go on: ")
                   .arg(session.name(), plan->name)
            << Qt::flush;
        QTextStream in(stdin);
        if (in.readLine().trimmed() != session.name()) {
            err << Ctl::tr("hadeskctl: not started: the name did not match") << Qt::endl;
            return RefusedOrAborted;
        }
    }
    auto* drill = new DrillRun(&session, *plan, a->reportDir, a->dryRun ? DrillRun::Mode::DryRun : DrillRun::Mode::Run);
    QObject::connect(drill, &jobs::Job::logged, drill, [&err](const QString& line) { err << "  " << line << Qt::endl; });
    // Ctrl-C and SIGTERM abort: the faults are undone at once, and the drill still proves and reports.
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer signalPoll;
    QObject::connect(&signalPoll, &QTimer::timeout, drill, [drill] {
        if (g_signal.exchange(0) != 0)
            drill->cancel();
    });
    signalPoll.start(100);
    session.run(drill); // the session's job list owns it
    waitForEnd(*drill);
    signalPoll.stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    session.haproxy()->release(&ctl);
    const drills::DrillRecord& record = drill->record();
    printRecord(record, out);
    if (!drill->reportError().isEmpty())
        err << "hadeskctl: " << drill->reportError() << Qt::endl;
    else if (!a->reportDir.isEmpty() && !a->dryRun)
        out << Ctl::tr("report: %1").arg(a->reportDir + QStringLiteral("/report.html")) << Qt::endl;
    if (record.result == u"refused" || record.result == u"aborted")
        return record.proofRan && !(record.configRestored && record.notRunning.isEmpty()) ? NotRestored : RefusedOrAborted;
    if (record.result == u"dry-run")
        return 0;
    if (record.faultNs >= 0 && (!record.proofRan || !record.configRestored || !record.notRunning.isEmpty()))
        return NotRestored;
    return record.result == u"passed" ? Passed : ExpectationFailed;
}

} // namespace hadesk
