#include "backend/drills/DrillRun.h"

#include "backend/drills/NodeProbes.h"

#include "backend/ClusterSession.h"
#include "backend/drbd/DrbdMonitor.h"
#include "backend/haproxy/HaproxyMonitor.h"
#include "backend/network/NetworkMonitor.h"
#include "backend/pacemaker/ClusterEvents.h"
#include "backend/pacemaker/ClusterOperation.h"
#include "ssh/HostConnection.h"
#include "ssh/ShellQuote.h"
#include "ssh/SshJob.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>

namespace hadesk::drills {
namespace {

// Run as: sh -c SCRIPT hadesk-predict [CRM_SIMULATE OPTIONS...]: a copy of the live CIB, the
// edit made on it, and what the scheduler would do, as XML.
constexpr char kPredictScript[] = R"sh(set -eu
dir=$(mktemp -d)
trap 'rm -rf -- "$dir"' EXIT
cibadmin --query >"$dir/cib.xml"
)sh";

// The HTTP services of a control plane, by port: what gets an HTTP probe besides the TCP one.
bool isHttpPort(int port)
{
    static const QSet<int> http{80, 5000, 6080, 8000, 8004, 8042, 8080, 8386, 8774, 8776, 8778, 9292, 9311, 9511, 9696, 9876, 35357};
    return http.contains(port);
}

ssh::JobOptions rootOptions(int timeoutMs = 120000)
{
    ssh::JobOptions options;
    options.asRoot = true;
    options.timeoutMs = timeoutMs;
    return options;
}

QString kindOf(const pcmk::ClusterEvent& e, const pcmk::ClusterState& state)
{
    using K = pcmk::ClusterEvent::Kind;
    if (e.kind == K::Fencing)
        return QStringLiteral("fencing");
    if (e.kind == K::Failure)
        return QStringLiteral("failure");
    if (e.kind == K::Node)
        return QStringLiteral("node");
    if (e.text.contains(QLatin1String("promoted")))
        return QStringLiteral("promote");
    if (e.change == pcmk::ClusterEvent::Change::Started) {
        const pcmk::Resource* r = state.resource(e.subject);
        return r && r->agentClass == u"ocf" && (r->type == u"IPaddr2" || r->type == u"IPaddr") ? QStringLiteral("vip")
                                                                                                  : QStringLiteral("start");
    }
    if (e.change == pcmk::ClusterEvent::Change::Stopped)
        return QStringLiteral("stop");
    return QStringLiteral("change");
}

} // namespace

DrillRun::DrillRun(ClusterSession* session, DrillPlan plan, QString reportDir, Mode mode, QObject* parent)
    : Job(tr("drill: %1").arg(plan.name), session->name(), parent)
    , m_session(session)
    , m_plan(std::move(plan))
    , m_reportDir(std::move(reportDir))
    , m_dryRun(mode == Mode::DryRun)
{
    m_record.plan = m_plan;
    m_record.cluster = session->name();
    m_record.startedAt = QDateTime::currentDateTimeUtc();
    m_record.zeroWallMs = m_clock.zeroWallMs();
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_onTick)
            return;
        // A tick that ends its step starts the next step, which may set a tick of its own.
        const quint64 generation = m_tickGeneration;
        const std::function<bool()> tick = m_onTick;
        if (tick() && generation == m_tickGeneration) {
            m_tick.stop();
            m_onTick = nullptr;
        }
    });
    addSteps();
}

DrillRun::~DrillRun()
{
    for (const QMetaObject::Connection& c : m_watching)
        disconnect(c);
    for (const QPointer<QProcess>& process : m_processes)
        if (process)
            process->kill();
}

QList<const ProbeSource*> DrillRun::streams() const
{
    QList<const ProbeSource*> out;
    for (const auto& s : m_streams)
        out << s.get();
    return out;
}

void DrillRun::addSteps()
{
    addStep({tr("check the cluster"), {}, false, [this](jobs::StepContext& s) { check(s); }, {}});
    addStep({tr("ask Pacemaker what the fault should do (crm_simulate)"), {}, false,
             [this](jobs::StepContext& s) { predict(s); }, {}});
    if (m_dryRun)
        return;
    addStep({tr("measure the nodes' clocks"), {}, false,
             [this](jobs::StepContext& s) { measureClocks(s, &m_record.offsetsBefore); }, {}});
    addStep({tr("save the configuration"), {}, false, [this](jobs::StepContext& s) { saveConfiguration(s); }, {}});
    addStep({tr("follow the nodes' events (Pacemaker alerts, VIP addresses, DRBD)"), {}, true,
             [this](jobs::StepContext& s) { followNodeEvents(s); },
             [this](jobs::StepContext& s) {
                 runCommands(s, alertCleanup(), [s](bool ok) mutable {
                     if (ok)
                         s.succeed();
                 }, m_plan.settleMs);
             }});
    addStep({tr("probe the services before the fault"), {}, false, [this](jobs::StepContext& s) { probeSteadyState(s); }, {}});
    for (int i = 0; i < m_plan.faults.size(); ++i) {
        Step step{tr("inject fault %1: %2").arg(i + 1).arg(FaultSpec::kindName(m_plan.faults.at(i).kind)), {}, true,
                  [this, i](jobs::StepContext& s) { inject(s, i); },
                  // Undone when a later step fails: the recovery that always runs.
                  [this, i](jobs::StepContext& s) {
                      if (i >= m_faults.size()) {
                          s.succeed();
                          return;
                      }
                      runCommands(s, m_faults.at(i).undo, [s](bool ok) mutable {
                          if (ok)
                              s.succeed();
                      }, m_plan.settleMs);
                  }};
        step.finishesBeforeStop = true; // a half-injected fault is undone only once it is whole
        addStep(step);
    }
    addStep({tr("watch the failover"), {}, false, [this](jobs::StepContext& s) { observe(s); }, {}});
    addStep({tr("recover: undo the faults and clean up"), {}, true, [this](jobs::StepContext& s) { recover(s); }, {}});
    addStep({tr("wait for the cluster to settle"), {}, false, [this](jobs::StepContext& s) { settle(s); }, {}});
    if (!m_plan.writes.isEmpty())
        addStep({tr("read the acknowledged writes back"), {}, false, [this](jobs::StepContext& s) { readBackWrites(s); }, {}});
    addStep({tr("prove the cluster restored"), {}, false, [this](jobs::StepContext& s) { prove(s); }, {}});
    addStep({tr("measure the nodes' clocks again"), {}, false,
             [this](jobs::StepContext& s) { measureClocks(s, &m_record.offsetsAfter); }, {}});
    addStep({tr("stop the probes"), {}, false, [this](jobs::StepContext& s) { stopProbes(s); }, {}});
}

void DrillRun::everyTick(jobs::StepContext& step, std::function<bool()> tick)
{
    // The step's context is kept by the closure: the tick ends with the step.
    ++m_tickGeneration;
    m_onTick = [step, tick = std::move(tick)]() mutable {
        if (step.cancelled())
            return true;
        return tick();
    };
    m_tick.start();
}

void DrillRun::cancel()
{
    if (!m_faultStarted || isFinished()) {
        Job::cancel();
        return;
    }
    abort(tr("stopped by the operator"));
}

void DrillRun::abort(const QString& reason)
{
    if (m_aborted)
        return;
    m_aborted = true;
    m_abortReason = reason;
    addEvent({m_clock.nowNs(), {}, QStringLiteral("drill"), tr("aborted: %1").arg(reason), QStringLiteral("abort")});
}

void DrillRun::addEvent(DrillEvent event)
{
    // A node's event arrives after the console's of the same moment: kept in time order.
    const auto at = std::upper_bound(m_record.events.begin(), m_record.events.end(), event.tNs,
                                     [](qint64 t, const DrillEvent& e) { return t < e.tNs; });
    m_record.events.insert(at, event);
    // The cluster's event timeline gains what only the drill sees (its own steps, DRBD's and
    // HAProxy's changes and the VIPs' addresses as the nodes timed them); Pacemaker's changes
    // are there already, from the cluster's state.
    if (m_session && event.source != u"pacemaker" && !(event.source == u"haproxy" && !event.nodeClock))
        m_session->eventModel()->add({timelineEvent(event, m_clock.zeroWallMs())});
    Q_EMIT eventAdded(event);
}

pcmk::ClusterEvent DrillRun::timelineEvent(const DrillEvent& event, qint64 zeroWallMs)
{
    using K = pcmk::ClusterEvent::Kind;
    pcmk::ClusterEvent e;
    e.time = QDateTime::fromMSecsSinceEpoch(zeroWallMs + event.tNs / 1000000, Qt::UTC);
    e.kind = event.source == u"drbd" ? K::Drbd : K::Drill;
    e.subject = event.subject.isEmpty() ? event.node : event.subject;
    e.node = event.node;
    const QString timed = event.nodeClock && event.errorMs >= 0
                              ? tr(" (%1's clock, ±%2 ms)").arg(event.node).arg(event.errorMs, 0, 'f', 1)
                              : QString();
    e.text = event.source == u"drill" ? event.text : QStringLiteral("%1: %2%3").arg(event.source, event.text, timed);
    static const QSet<QString> problems{QStringLiteral("fault"), QStringLiteral("abort"), QStringLiteral("server-down"),
                                        QStringLiteral("haproxy-down"), QStringLiteral("vip-down")};
    e.problem = problems.contains(event.kind);
    return e;
}

void DrillRun::onState()
{
    if (!m_session)
        return;
    const pcmk::ClusterState& now = m_session->state();
    const qint64 t = m_clock.nowNs();
    for (const pcmk::ClusterEvent& e : pcmk::eventsBetween(m_last, now, QDateTime::currentDateTimeUtc())) {
        const bool aboutNode = e.kind == pcmk::ClusterEvent::Kind::Node;
        // With the drill's alerts, Pacemaker's events come from them, timed by the nodes; what
        // the state shows is kept for deciding to abort only.
        if (!m_alertsUsed)
            addEvent({t, e.node.isEmpty() && aboutNode ? e.subject : e.node, QStringLiteral("pacemaker"),
                      e.subject.isEmpty() ? e.text : e.subject + QStringLiteral(": ") + e.text, kindOf(e, now), e.subject});
        // A fence the drill did not ask for: something else is wrong, stop here.
        // One that completed before the fault is history reread (the node that kept it rejoined).
        const qint64 faultWallMs = m_clock.zeroWallMs() + m_record.faultNs / 1000000;
        const bool old = e.happened.isValid() && m_record.faultNs >= 0 && e.happened.toMSecsSinceEpoch() < faultWallMs - 1000;
        if (e.kind == pcmk::ClusterEvent::Kind::Fencing && m_faultStarted && !old) {
            const bool ours = std::any_of(m_faults.cbegin(), m_faults.cend(), [&](const ResolvedFault& f) {
                return f.takesNodeDown && (e.subject == f.target || e.text.contains(f.target));
            });
            if (!ours)
                abort(tr("a fence the drill did not cause: %1").arg(e.text));
        }
    }
    if (m_faultStarted && !now.hasQuorum && m_last.hasQuorum) {
        const bool cut = std::any_of(m_faults.cbegin(), m_faults.cend(), [](const ResolvedFault& f) {
            return f.cutsConsoleOff || f.takesNodeDown;
        });
        if (!cut)
            abort(tr("the cluster lost quorum, which the fault should not cause"));
    }
    m_last = now;
}

void DrillRun::onEventsInserted(int first, int last)
{
    if (!m_session)
        return;
    const auto& events = m_session->eventModel()->events();
    for (int i = last; i >= first && i < events.size(); --i) {
        const pcmk::ClusterEvent& e = events.at(i);
        if (e.kind == pcmk::ClusterEvent::Kind::Balancer && !haproxyTimedOnNode(e.node))
            addEvent({m_clock.nowNs(), e.node, QStringLiteral("haproxy"),
                      e.subject.isEmpty() ? e.text : e.subject + QStringLiteral(": ") + e.text, QStringLiteral("balancer"),
                      e.subject});
    }
}

bool DrillRun::haproxyTimedOnNode(const QString& node) const
{
    // A node whose HAProxy the tap follows has its changes timed there; the console's reads of
    // the others stand in. The console tells a change seen on several nodes once, with no node:
    // left to the taps only when they follow every HAProxy.
    if (!m_tap || !m_session->haproxy())
        return false;
    if (!node.isEmpty())
        return m_tap->haproxyWatched().contains(node);
    const QStringList nodes = m_session->haproxy()->nodes();
    return std::all_of(nodes.cbegin(), nodes.cend(), [this](const QString& n) { return m_tap->haproxyWatched().contains(n); });
}

QList<ProbeTarget> DrillRun::targets() const
{
    QList<ProbeTarget> out;
    for (const net::Service& service : m_session->network()->picture().services) {
        if (m_plan.skipServices.contains(service.name) || service.address.isEmpty() || service.port <= 0)
            continue;
        ProbeTarget tcp{service.name, service.vip, QHostAddress(service.address), service.port, ProbeKind::Tcp,
                        QStringLiteral("/"), m_plan.tcpIntervalMs, m_plan.probeTimeoutMs};
        out << tcp;
        if (isHttpPort(service.port)) {
            ProbeTarget http = tcp;
            http.kind = ProbeKind::Http;
            http.intervalMs = m_plan.httpIntervalMs;
            out << http;
        }
    }
    for (const ExtraProbe& extra : m_plan.extraProbes) {
        const qsizetype colon = extra.address.lastIndexOf(u':');
        QString host = extra.address.left(colon);
        if (host.startsWith(u'['))
            host = host.mid(1, host.size() - 2);
        out << ProbeTarget{extra.name, {}, QHostAddress(host), extra.address.mid(colon + 1).toInt(),
                           extra.http ? ProbeKind::Http : ProbeKind::Tcp, extra.path,
                           extra.http ? m_plan.httpIntervalMs : m_plan.tcpIntervalMs, m_plan.probeTimeoutMs, extra.from};
    }
    // The same probes again from each node asked for; an extra probe that names its node is
    // sent from there only.
    const qsizetype fromConsole = out.size();
    for (const QString& node : m_plan.probeFrom)
        for (qsizetype i = 0; i < fromConsole; ++i)
            if (out.at(i).from.isEmpty()) {
                ProbeTarget target = out.at(i);
                target.from = node;
                out << target;
            }
    return out;
}

QString DrillRun::whyNotProbeFrom(const QString& node) const
{
    if (!m_session->hosts().contains(node))
        return tr("%1 is not one of the cluster's hosts (%2)").arg(node, m_session->hosts().join(QStringLiteral(", ")));
    for (const ResolvedFault& f : m_faults)
        if (f.target == node && (f.takesNodeDown || f.cutsConsoleOff))
            return tr("%1 is what the fault takes away (%2): its probes would measure the fault, not the service")
                .arg(node, f.title);
    return {};
}

int DrillRun::nodeLimitS() const
{
    return (m_plan.observeMs + 2 * m_plan.settleMs) / 1000 + m_plan.baselineMs / 1000 + 300;
}

std::optional<QList<ResolvedFault>> DrillRun::resolve(const DrillPlan& plan, ClusterSession* session, QString* error)
{
    if (!session->hasState()) {
        *error = tr("the cluster's state is not read yet");
        return std::nullopt;
    }
    const QList<drbd::ResourceOverview> drbd = session->drbd() ? session->drbd()->resources() : QList<drbd::ResourceOverview>{};
    QList<ResolvedFault> faults;
    for (const FaultSpec& spec : plan.faults) {
        const auto fault = FaultResolver::resolve(spec, session->state(), session->network()->picture(), drbd,
                                                  session->currentHost(), deadManSeconds(plan), error);
        if (!fault)
            return std::nullopt;
        faults << *fault;
    }
    return faults;
}

DrillRecord DrillRun::liveRecord() const
{
    DrillRecord record = m_record;
    if (!m_streams.empty() && record.probes.isEmpty()) // concluded records have theirs
        for (const auto& stream : m_streams)
            record.probes.append({stream->target(), stream->results()});
    record.endNs = record.endNs > 0 ? record.endNs : m_clock.nowNs();
    return record;
}

QMap<QString, QStringList> DrillRun::placementOf(const pcmk::ClusterState& state) const
{
    QMap<QString, QStringList> placement;
    for (const pcmk::Resource& r : state.resources)
        if (r.parent.isEmpty() && r.agentClass != u"stonith") // top-level: a group or clone as a whole
            placement.insert(r.id, r.activeOn);
    return placement;
}

void DrillRun::check(jobs::StepContext& step)
{
    if (!m_session || !m_session->hasState()) {
        step.fail(tr("the cluster's state is not read yet"));
        return;
    }
    if (m_session->profile().readOnly) {
        step.fail(tr("the cluster is opened read-only: no drills"));
        return;
    }
    const pcmk::ClusterState& state = m_session->state();
    m_before = state;
    m_last = state;
    m_actor = m_session->currentHost();
    QString error;
    const auto faults = resolve(m_plan, m_session, &error);
    if (!faults) {
        m_record.result = QStringLiteral("refused");
        m_record.reason = error;
        step.fail(error);
        return;
    }
    m_faults = *faults;
    for (const ResolvedFault& fault : m_faults)
        m_record.faultTitles << fault.title;
    const QList<drbd::ResourceOverview> drbd = m_session->drbd() ? m_session->drbd()->resources() : QList<drbd::ResourceOverview>{};
    QMap<QString, haproxy::RuntimeState> haproxyByNode;
    if (m_session->haproxy())
        haproxyByNode = m_session->haproxy()->states();
    m_drbdBefore = drbd;
    m_record.checks = DrillChecks::run(m_faults, state, drbd, haproxyByNode);
    m_record.placementBefore = placementOf(state);
    const QList<ProbeTarget> probes = targets();
    m_record.checks.append({tr("services to probe"), !probes.isEmpty(),
                            probes.isEmpty() ? tr("no VIP service found (the network picture has none yet)")
                                             : tr("%n probe stream(s)", nullptr, int(probes.size()))});
    QStringList probingNodes = m_plan.probeFrom;
    for (const ExtraProbe& extra : std::as_const(m_plan.extraProbes))
        if (!extra.from.isEmpty() && !probingNodes.contains(extra.from))
            probingNodes << extra.from;
    for (const QString& node : std::as_const(probingNodes)) {
        const QString why = whyNotProbeFrom(node);
        m_record.checks.append({tr("probes from %1").arg(node), why.isEmpty(), why.isEmpty() ? tr("a host of the cluster, not the fault's") : why});
    }
    QStringList failed;
    for (const SafetyCheck& c : std::as_const(m_record.checks))
        if (!c.passed)
            failed << tr("%1: %2").arg(c.name, c.detail);
    if (!failed.isEmpty()) {
        m_record.result = QStringLiteral("refused");
        m_record.reason = failed.join(QStringLiteral("; "));
        step.fail(tr("refused: %1").arg(m_record.reason));
        return;
    }
    for (const ProbeTarget& target : probes) {
        if (target.from.isEmpty())
            m_streams.push_back(std::make_unique<ProbeStream>(target, &m_clock));
        else
            m_streams.push_back(std::make_unique<NodeProbeStream>(target, m_session->connectionLookup()(target.from),
                                                                  m_clock.zeroWallMs(), nodeLimitS()));
    }
    // This drill's records in a folder of their own.
    const QString run = QStringLiteral("hadesk-drill-%1").arg(m_record.startedAt.toString(QStringLiteral("yyyyMMddThhmmsszzz")));
    for (const WriteTarget& target : std::as_const(m_plan.writes))
        m_writes.push_back(std::make_unique<WriteCheck>(target, &m_clock, run));
    step.succeed(tr("%n check(s) passed", nullptr, int(m_record.checks.size())));
}

void DrillRun::predict(jobs::StepContext& step)
{
    // One simulation for every fault: the edits on the copy, then the scheduler's injections.
    QStringList edit, options, notes;
    for (const ResolvedFault& f : std::as_const(m_faults)) {
        if (!f.noSimulation.isEmpty())
            notes << f.noSimulation;
        if (!f.simulateEdit.isEmpty()) {
            if (!edit.isEmpty()) {
                notes << tr("only the first edit of the configuration is simulated");
                continue;
            }
            edit = f.simulateEdit;
        }
        options += f.simulateArgs;
    }
    m_record.predictionNote = notes.join(QStringLiteral("; "));
    if (edit.isEmpty() && options.isEmpty()) {
        step.succeed(m_record.predictionNote);
        return;
    }
    ssh::HostConnection* node = step.reach(m_session->connectionLookup()(m_actor));
    if (!node)
        return;
    // The edit, every argument quoted, runs on the copy; crm_simulate's options come as "$@".
    const QString script = QString::fromLatin1(kPredictScript) +
                           (edit.isEmpty() ? QString()
                                           : QStringLiteral("CIB_file=\"$dir/cib.xml\" %1 >/dev/null\n")
                                                 .arg(QString::fromUtf8(ssh::ShellQuote::join(edit)))) +
                           QStringLiteral("crm_simulate --simulate --xml-file \"$dir/cib.xml\" --output-as=xml \"$@\"\n");
    const QStringList command = QStringList{QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("hadesk-predict")} + options;
    step.run(node, command, rootOptions(), [this, step](ssh::SshJob& job) mutable {
        if (!job.succeeded()) {
            // A prediction that cannot be made is said, not fatal: the drill measures anyway.
            m_record.predictionNote = tr("crm_simulate could not predict it: %1")
                                          .arg(QString::fromUtf8(job.allStderr()).trimmed().left(300));
            step.succeed(m_record.predictionNote);
            return;
        }
        QList<pcmk::PlannedAction> actions;
        QString error;
        if (!pcmk::OperationRunner::readSimulation(job.allStdout(), &actions, &error)) {
            m_record.predictionNote = tr("crm_simulate's answer could not be read: %1").arg(error);
            step.succeed(m_record.predictionNote);
            return;
        }
        for (const pcmk::PlannedAction& a : actions)
            m_record.prediction << a.inWords();
        if (m_record.prediction.isEmpty())
            m_record.prediction << tr("nothing moves: Pacemaker would take no action");
        step.succeed(m_record.prediction.join(QStringLiteral("; ")));
    });
}

void DrillRun::measureClocks(jobs::StepContext& step, QList<ClockOffset>* into)
{
    into->clear();
    const QStringList hosts = m_session ? m_session->hosts() : QStringList();
    auto remaining = std::make_shared<int>(int(hosts.size()));
    if (hosts.isEmpty()) {
        step.succeed();
        return;
    }
    auto hostDone = [this, step, into, remaining]() mutable {
        if (--*remaining > 0)
            return;
        QStringList said;
        for (const ClockOffset& o : std::as_const(*into))
            said << (o.measured ? tr("%1 %2 ± %3 ms").arg(o.node).arg(o.offsetMs, 0, 'f', 1).arg(o.errorMs, 0, 'f', 1)
                                : tr("%1 not measured").arg(o.node));
        step.succeed(said.join(QStringLiteral(", ")));
    };
    for (const QString& host : hosts) {
        into->append({host, 0, 0, false});
        ssh::HostConnection* node = m_session->connectionLookup()(host);
        if (!node) {
            hostDone();
            continue;
        }
        // Several round trips one after another; the shortest bounds the offset best.
        auto sample = std::make_shared<std::function<void(int)>>();
        *sample = [this, step, into, slot = into->size() - 1, node, hostDone,
                   weak = std::weak_ptr<std::function<void(int)>>(sample)](int left) mutable {
            const qint64 sent = m_clock.nowNs();
            ssh::JobOptions options;
            options.timeoutMs = 10000;
            options.background = true;
            step.run(node, {QStringLiteral("date"), QStringLiteral("+%s%N")}, options,
                     [this, into, slot, sent, left, hostDone, self = weak.lock()](ssh::SshJob& job) mutable {
                         const qint64 received = m_clock.nowNs();
                         bool ok = false;
                         const qint64 nodeNs = job.allStdout().trimmed().toLongLong(&ok);
                         ClockOffset& o = (*into)[slot];
                         const double errorMs = double(received - sent) / 2e6;
                         if (job.succeeded() && ok && (!o.measured || errorMs < o.errorMs)) {
                             // The node's time against the console's at the round trip's middle.
                             const double consoleMidNs = double(m_clock.zeroWallMs()) * 1e6 + double(sent + received) / 2;
                             o.offsetMs = (double(nodeNs) - consoleMidNs) / 1e6;
                             o.errorMs = errorMs;
                             o.measured = true;
                         }
                         if (left > 1 && job.succeeded() && self)
                             (*self)(left - 1);
                         else
                             hostDone();
                     });
        };
        (*sample)(kClockSamples);
    }
}

void DrillRun::readConfiguration(jobs::StepContext& step, std::function<void(const QByteArray&)> then)
{
    ssh::HostConnection* node = step.reach(m_session->connectionLookup()(m_session->currentHost()));
    if (!node)
        return;
    step.run(node, {QStringLiteral("cibadmin"), QStringLiteral("--query"), QStringLiteral("--scope"), QStringLiteral("configuration")},
             rootOptions(30000), [step, then](ssh::SshJob& job) mutable {
                 if (!job.succeeded())
                     step.fail(tr("cannot read the configuration: %1").arg(job.failureText()));
                 else
                     then(job.allStdout());
             });
}

void DrillRun::saveConfiguration(jobs::StepContext& step)
{
    readConfiguration(step, [this, step](const QByteArray& configuration) mutable {
        m_configBefore = configuration;
        step.succeed(tr("%n line(s)", nullptr, int(DrillChecks::configurationLines(m_configBefore).size())));
    });
}

void DrillRun::followNodeEvents(jobs::StepContext& step)
{
    QHash<QString, QString> vipByAddress;
    QSet<QString> vipResources;
    for (const net::Vip& vip : m_session->network()->picture().vips) {
        vipResources << vip.resource;
        if (!vip.address.isEmpty())
            vipByAddress.insert(vip.address, vip.resource);
    }
    m_tap = std::make_unique<NodeEventTap>(NodeEventParser(m_clock.zeroWallMs(), vipByAddress, vipResources), nodeLimitS());
    connect(m_tap.get(), &NodeEventTap::eventSeen, this, &DrillRun::addEvent);
    const QStringList hosts = m_session->hosts();
    QHash<QString, QString> haproxySockets;
    if (m_session->haproxy())
        for (const QString& node : m_session->haproxy()->nodes())
            haproxySockets.insert(node, m_session->haproxy()->socketOf(node));
    m_tap->start(hosts, m_session->connectionLookup(), m_record.offsetsBefore, haproxySockets);
    const qint64 limit = m_clock.nowNs() + qint64(kTapReadyMs) * 1000000;
    everyTick(step, [this, step, hosts, limit]() mutable {
        const bool allKnown = std::all_of(hosts.cbegin(), hosts.cend(), [this](const QString& h) {
            return m_tap->ready().contains(h) || !m_tap->whyUnavailable(h).isEmpty();
        });
        if (!allKnown && m_clock.nowNs() < limit)
            return false;
        for (const QString& host : hosts)
            if (!m_tap->ready().contains(host)) {
                const QString why = m_tap->whyUnavailable(host);
                m_record.eventSources << tr("%1: no events from the node (%2)")
                                             .arg(host, why.isEmpty() ? tr("its tap did not begin") : why);
            }
        if (m_tap->ready().isEmpty()) {
            m_record.eventSources << tr("Pacemaker: the cluster's state as the console read it (console clock)");
            step.succeed(tr("no node's events could be followed: the cluster's state stands in"));
            return true;
        }
        addAlert(step);
        return true;
    });
}

void DrillRun::addAlert(jobs::StepContext& step)
{
    ssh::HostConnection* node = step.reach(m_session->connectionLookup()(m_actor));
    if (!node)
        return;
    step.run(node, DrillAlert::addArgv(), rootOptions(30000), [this, step](ssh::SshJob& job) mutable {
        QStringList ready(m_tap->ready().cbegin(), m_tap->ready().cend());
        ready.sort();
        const QString nodes = ready.join(QStringLiteral(", "));
        m_record.eventSources << tr("VIP addresses: ip monitor on %1 (node clocks)").arg(nodes);
        m_record.eventSources << tr("DRBD: drbdsetup events2 where it is installed, on %1 (node clocks)").arg(nodes);
        if (!job.succeeded()) {
            m_record.eventSources << tr("Pacemaker: the cluster's state as the console read it (console clock); "
                                        "the drill's alert could not be added: %1").arg(job.failureText());
            step.succeed(tr("events from %1; no alert: %2").arg(nodes, job.failureText()));
            return;
        }
        m_alertAdded = true;
        m_alertsUsed = true;
        m_record.eventSources << tr("Pacemaker: the drill's alert on %1 (node clocks, microseconds)").arg(nodes);
        step.succeed(tr("events from %1, with Pacemaker's alerts").arg(nodes));
    });
}

QList<FaultCommand> DrillRun::alertCleanup()
{
    QList<FaultCommand> commands;
    if (m_alertAdded)
        commands.append({m_actor, DrillAlert::removeArgv(), false});
    if (m_tap) {
        m_tap->stop();
        // Known once the drill ran: each watcher tells when its first read worked.
        QStringList watched(m_tap->haproxyWatched().cbegin(), m_tap->haproxyWatched().cend());
        watched.sort();
        const QString source = tr("HAProxy: its servers' states read every 100 ms on %1 (node clocks, within half a read)")
                                   .arg(watched.join(QStringLiteral(", ")));
        if (!watched.isEmpty() && !m_record.eventSources.contains(source))
            m_record.eventSources << source;
        for (const QString& host : m_tap->ready())
            commands.append({host, DrillAlert::cleanupArgv(), true});
    }
    return commands;
}

void DrillRun::startProbes()
{
    m_watching << connect(m_session, &ClusterSession::stateUpdated, this, &DrillRun::onState);
    m_watching << connect(m_session->eventModel(), &QAbstractItemModel::rowsInserted, this,
                          [this](const QModelIndex&, int first, int last) { onEventsInserted(first, last); });
    if (m_session->haproxy())
        m_session->haproxy()->want(this, 1000);
    QSet<QString> probingNodes;
    for (const auto& stream : m_streams) {
        if (auto* fromNode = qobject_cast<NodeProbeStream*>(stream.get())) {
            const QString node = fromNode->target().from;
            const auto offset = std::find_if(m_record.offsetsBefore.cbegin(), m_record.offsetsBefore.cend(),
                                             [&node](const ClockOffset& o) { return o.node == node; });
            if (offset != m_record.offsetsBefore.cend())
                fromNode->setClockOffset(*offset);
            if (!probingNodes.contains(node))
                m_record.eventSources << (offset != m_record.offsetsBefore.cend() && offset->measured
                                              ? tr("Probes from %1: sent by the node, timed by its clock (±%2 ms)")
                                                    .arg(node).arg(offset->errorMs, 0, 'f', 1)
                                              : tr("Probes from %1: sent by the node, its clock not measured").arg(node));
            probingNodes << node;
        }
        stream->start();
    }
    for (const auto& writes : m_writes)
        writes->start();
}

void DrillRun::probeSteadyState(jobs::StepContext& step)
{
    startProbes();
    const qint64 until = m_clock.nowNs() + qint64(m_plan.baselineMs) * 1000000;
    everyTick(step, [this, step, until]() mutable {
        if (m_clock.nowNs() < until)
            return false;
        QStringList failing;
        for (const auto& stream : m_streams) {
            const QList<ProbeResult> results = stream->results();
            const auto failed = std::count_if(results.cbegin(), results.cend(), [](const ProbeResult& r) { return !r.ok(); });
            const QString why = stream->whyUnavailable();
            if (!why.isEmpty())
                failing << tr("%1 (%2)").arg(stream->target().id(), why);
            else if (results.isEmpty() || failed > 0)
                failing << tr("%1 (%2 of %3 probes failed)").arg(stream->target().id()).arg(failed).arg(results.size());
        }
        for (const auto& writes : m_writes) {
            const WriteCheckResult& w = writes->result();
            if (w.acknowledged() == 0 || w.failed() > 0)
                failing << tr("%1 (%2 of %3 writes acknowledged)").arg(w.target.name).arg(w.acknowledged()).arg(w.records.size());
        }
        if (!failing.isEmpty()) {
            m_record.result = QStringLiteral("refused");
            m_record.reason = tr("not every service answers before the fault: %1").arg(failing.join(QStringLiteral(", ")));
            step.fail(m_record.reason);
        } else {
            step.succeed(tr("every service answers"));
        }
        return true;
    });
}

void DrillRun::inject(jobs::StepContext& step, int index)
{
    if (m_aborted) {
        step.succeed(tr("not injected: the drill was aborted"));
        return;
    }
    const qint64 at = (m_record.faultNs >= 0 ? m_record.faultNs : m_clock.nowNs()) +
                      qint64(m_faults.at(index).spec.atMs) * 1000000;
    everyTick(step, [this, step, index, at]() mutable {
        if (m_aborted) {
            step.succeed(tr("not injected: the drill was aborted"));
            return true;
        }
        if (m_clock.nowNs() < at)
            return false;
        const ResolvedFault& fault = m_faults.at(index);
        m_faultStarted = true;
        // The moment the command leaves; a partition cuts 0.3 s after its command.
        const qint64 t = m_clock.nowNs() + (fault.cutsConsoleOff ? 300000000 : 0);
        if (m_record.faultNs < 0)
            m_record.faultNs = t;
        addEvent({t, fault.target, QStringLiteral("drill"), tr("fault: %1").arg(fault.title), QStringLiteral("fault")});
        runCommands(step, fault.inject, [step, fault](bool ok) mutable {
            if (ok)
                step.succeed(fault.title);
        });
        return true;
    });
}

void DrillRun::observe(jobs::StepContext& step)
{
    const qint64 faultNs = m_record.faultNs;
    const qint64 limit = faultNs + qint64(m_plan.observeMs) * 1000000;
    auto steadySince = std::make_shared<qint64>(-1);
    everyTick(step, [this, step, faultNs, limit, steadySince]() mutable {
        const qint64 now = m_clock.nowNs();
        if (m_aborted) {
            step.succeed(tr("aborted: recovering at once"));
            return true;
        }
        if (now >= limit) {
            step.succeed(tr("not recovered within %1 s: recovering anyway").arg(m_plan.observeMs / 1000));
            return true;
        }
        // Every service answering again (the last m probes ok), the cluster having reacted and
        // nothing pending, for holdMs on end.
        bool answering = true;
        for (const auto& stream : m_streams) {
            const QList<ProbeResult> results = stream->results();
            const int m = m_plan.successesToEnd;
            if (results.size() < m)
                answering = false;
            for (qsizetype i = std::max<qsizetype>(0, results.size() - m); i < results.size() && answering; ++i)
                answering = results.at(i).ok() && results.at(i).sentNs > faultNs;
        }
        const bool reacted = std::any_of(m_record.events.cbegin(), m_record.events.cend(), [faultNs](const DrillEvent& e) {
            return e.tNs >= faultNs && e.source != u"drill";
        });
        const bool quiet = m_session && m_session->state().pending.isEmpty();
        if (!(answering && reacted && quiet)) {
            *steadySince = -1;
            return false;
        }
        if (*steadySince < 0)
            *steadySince = now;
        if (now - *steadySince < qint64(m_plan.holdMs) * 1000000)
            return false;
        step.succeed(tr("every service answers again; the cluster is quiet"));
        return true;
    });
}

void DrillRun::recover(jobs::StepContext& step)
{
    m_record.recoveryNs = m_clock.nowNs();
    for (const auto& writes : m_writes) // written before and during the fault; read back once settled
        writes->stop();
    addEvent({m_record.recoveryNs, {}, QStringLiteral("drill"), tr("recovery"), QStringLiteral("recovery")});
    // Undo in reverse order, then clear the failures the drill caused: the checks found none
    // before it, so every failure now is the drill's.
    QList<FaultCommand> commands;
    for (auto it = m_faults.crbegin(); it != m_faults.crend(); ++it)
        commands += it->undo;
    commands.append({m_actor, {QStringLiteral("crm_resource"), QStringLiteral("--cleanup")}, true});
    runCommands(step, commands, [step](bool ok) mutable {
        if (ok)
            step.succeed(tr("faults undone, failures cleaned up"));
    }, m_plan.settleMs);
}

void DrillRun::settle(jobs::StepContext& step)
{
    const qint64 limit = m_clock.nowNs() + qint64(m_plan.settleMs) * 1000000;
    auto since = std::make_shared<qint64>(-1);
    auto seenVersion = std::make_shared<QString>();
    auto lastCleanup = std::make_shared<qint64>(m_clock.nowNs());
    auto cleanups = std::make_shared<int>(0);
    everyTick(step, [this, step, limit, since, seenVersion, lastCleanup, cleanups]() mutable {
        if (!m_session) {
            step.fail(tr("the session is gone"));
            return true;
        }
        const qint64 now = m_clock.nowNs();
        const pcmk::ClusterState& state = m_session->state();
        // A failure after recovery's cleanup is the drill's too (a monitor that timed out while
        // the node came back): cleaned up again, a few times, once the cluster is quiet.
        if (!state.failures.isEmpty() && state.pending.isEmpty() && *cleanups < kSettleCleanups &&
            now - *lastCleanup >= qint64(kSettleCleanupGapMs) * 1000000) {
            *lastCleanup = now;
            ++*cleanups;
            QStringList failed;
            for (const pcmk::FailedAction& f : state.failures)
                failed << tr("%1 %2 on %3").arg(f.resource, f.operation, f.node);
            step.log(tr("failed actions since recovery (%1): cleaned up again").arg(failed.join(QStringLiteral(", "))));
            if (ssh::HostConnection* node = m_session->connectionLookup()(m_actor))
                step.run(node, {QStringLiteral("crm_resource"), QStringLiteral("--cleanup")}, rootOptions(60000), [](ssh::SshJob&) {});
        }
        QString why;
        // Replication whole again is part of the cluster back: a peer that came back split-brained
        // or still resyncing leaves one copy of the data.
        const QList<drbd::ResourceOverview> drbd = m_session->drbd() ? m_session->drbd()->resources() : QList<drbd::ResourceOverview>{};
        const bool ok = DrillChecks::settled(m_before, state, &why) && DrillChecks::replicationSettled(m_drbdBefore, drbd, &why);
        const QString version = state.version() + QString::number(state.pending.size());
        if (!ok || version != *seenVersion) {
            *since = ok ? now : -1;
            *seenVersion = version;
        }
        if (ok && *since >= 0 && now - *since >= qint64(kSettleHoldMs) * 1000000) {
            m_record.settledNs = *since;
            step.succeed(tr("settled"));
            return true;
        }
        if (now >= limit) {
            step.fail(tr("the cluster did not settle within %1 s: %2").arg(m_plan.settleMs / 1000).arg(why));
            return true;
        }
        return false;
    });
}

void DrillRun::readBackWrites(jobs::StepContext& step)
{
    for (const auto& writes : m_writes)
        writes->verify();
    everyTick(step, [this, step]() mutable {
        if (!std::all_of(m_writes.cbegin(), m_writes.cend(), [](const auto& w) { return w->done(); }))
            return false;
        QStringList said;
        for (const auto& writes : m_writes) {
            const WriteCheckResult& w = writes->result();
            said << (w.verified ? tr("%1: %2 of %3 acknowledged writes lost").arg(w.target.name).arg(w.lost()).arg(w.acknowledged())
                                : tr("%1: %2").arg(w.target.name, w.verifyError));
        }
        // A loss is the drill's finding, not the step's failure: the expectation says it.
        step.succeed(said.join(QStringLiteral("; ")));
        return true;
    });
}

void DrillRun::prove(jobs::StepContext& step)
{
    if (m_alertAdded) {
        // The drill's alert, which the saved configuration does not have, goes before the comparison.
        runCommands(step, {{m_actor, DrillAlert::removeArgv(), false}}, [this, step](bool ok) mutable {
            if (!ok)
                return;
            m_alertAdded = false;
            prove(step);
        }, m_plan.settleMs);
        return;
    }
    readConfiguration(step, [this, step](const QByteArray& configuration) mutable {
                 m_record.proofRan = true;
                 m_record.configDifference = DrillChecks::configurationDifference(m_configBefore, configuration);
                 m_record.configRestored = m_record.configDifference.isEmpty();
                 const pcmk::ClusterState& now = m_session->state();
                 m_record.placementAfter = placementOf(now);
                 m_record.notRunning.clear();
                 for (auto it = m_record.placementBefore.cbegin(); it != m_record.placementBefore.cend(); ++it) {
                     const QStringList after = m_record.placementAfter.value(it.key());
                     if (!it->isEmpty() && after.isEmpty())
                         m_record.notRunning << tr("%1 ran on %2 and runs nowhere now").arg(it.key(), it->join(QStringLiteral(", ")));
                     else if (m_plan.restorePlacement && !it->isEmpty() && QSet<QString>(it->cbegin(), it->cend()) != QSet<QString>(after.cbegin(), after.cend()))
                         m_record.notRunning << tr("%1 ran on %2 and runs on %3 now").arg(it.key(), it->join(QStringLiteral(", ")),
                                                                                           after.join(QStringLiteral(", ")));
                 }
                 if (!m_record.configRestored || !m_record.notRunning.isEmpty()) {
                     step.fail(tr("not restored: %1").arg((m_record.configDifference + m_record.notRunning).join(QStringLiteral("; ")).left(2000)));
                     return;
                 }
                 step.succeed(tr("the configuration is the one before the drill; every resource runs"));
             });
}

void DrillRun::stopProbes(jobs::StepContext& step)
{
    if (m_session && m_session->haproxy())
        m_session->haproxy()->release(this);
    const QList<FaultCommand> cleanup = alertCleanup();
    if (!cleanup.isEmpty()) {
        // The nodes' taps end and the agent goes; a node that cannot be reached is no failure.
        runCommands(step, cleanup, [this, step](bool) mutable {
            m_tap.reset();
            stopProbes(step);
        });
        return;
    }
    if (m_streams.empty()) {
        step.succeed();
        return;
    }
    for (const auto& stream : m_streams)
        stream->stop();
    everyTick(step, [this, step]() mutable {
        if (!std::all_of(m_streams.cbegin(), m_streams.cend(), [](const auto& s) { return s->idle(); }))
            return false;
        conclude();
        if (m_aborted)
            setOutcomeWhenDone(jobs::JobState::Cancelled, tr("aborted (%1); recovered and proven").arg(m_abortReason));
        else if (m_record.result == u"failed")
            setOutcomeWhenDone(jobs::JobState::Failed, m_record.reason);
        step.succeed(tr("probes stopped"));
        return true;
    });
}

void DrillRun::conclude()
{
    m_record.endNs = m_clock.nowNs();
    m_record.probes.clear();
    for (const auto& stream : m_streams) {
        stream->stop();
        m_record.probes.append({stream->target(), stream->results()});
    }
    m_record.writes.clear();
    for (const auto& writes : m_writes) {
        writes->stop();
        m_record.writes << writes->result();
    }
    m_record.expectations = DrillReport::judge(m_record);
    if (!m_record.result.isEmpty())
        return;
    if (m_aborted) {
        m_record.result = QStringLiteral("aborted");
        m_record.reason = m_abortReason;
        return;
    }
    if (m_dryRun) {
        m_record.result = QStringLiteral("dry-run");
        return;
    }
    QStringList failed;
    for (const ExpectationResult& e : std::as_const(m_record.expectations))
        if (!e.passed)
            failed << tr("%1: %2, measured %3").arg(e.service, e.what, e.measured);
    m_record.result = failed.isEmpty() ? QStringLiteral("passed") : QStringLiteral("failed");
    m_record.reason = failed.join(QStringLiteral("; "));
}

void DrillRun::runLocal(jobs::StepContext& step, const QStringList& argv, std::function<void(bool, QString)> done)
{
    auto* process = new QProcess(this);
    m_processes << process;
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(process, &QProcess::finished, this, [process, done, step](int code, QProcess::ExitStatus status) {
        const QString output = QString::fromUtf8(process->readAll()).trimmed();
        process->deleteLater();
        if (step.cancelled())
            return;
        done(status == QProcess::NormalExit && code == 0,
             status != QProcess::NormalExit ? tr("crashed") : tr("exit status %1: %2").arg(code).arg(output.left(300)));
    });
    connect(process, &QProcess::errorOccurred, this, [process, done, step, argv](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || step.cancelled())
            return;
        process->deleteLater();
        done(false, tr("cannot start %1: %2").arg(argv.value(0), process->errorString()));
    });
    step.log(tr("on this machine: %1").arg(argv.join(u' ')));
    process->start(argv.value(0), argv.mid(1));
}

void DrillRun::runCommands(jobs::StepContext& step, QList<FaultCommand> commands, std::function<void(bool)> done,
                           int retryUntilMs)
{
    if (commands.isEmpty()) {
        done(true);
        return;
    }
    const FaultCommand command = commands.takeFirst();
    const qint64 deadline = m_clock.nowNs() + qint64(retryUntilMs) * 1000000;
    auto next = [this, step, commands, done, retryUntilMs](bool) mutable {
        runCommands(step, commands, done, retryUntilMs);
    };
    if (command.node.isEmpty()) {
        runLocal(step, command.argv, [step, command, next](bool ok, const QString& why) mutable {
            if (!ok && !command.mayFail) {
                step.fail(tr("%1 failed: %2").arg(command.argv.join(u' '), why));
                return;
            }
            next(ok);
        });
        return;
    }
    // A node cut off (a partition's undo) is tried again until its dead-man timer would heal it.
    auto attempt = std::make_shared<std::function<void()>>();
    // The attempt holds itself only weakly: what waits for it (the command's answer, the retry's
    // timer) keeps it alive, nothing else.
    *attempt = [this, step, command, next, deadline, weak = std::weak_ptr<std::function<void()>>(attempt)]() mutable {
        const std::shared_ptr<std::function<void()>> self = weak.lock();
        if (!self)
            return;
        ssh::HostConnection* node = m_session ? m_session->connectionLookup()(command.node) : nullptr;
        if (!node) {
            step.fail(tr("%1 cannot be reached").arg(command.node));
            return;
        }
        step.run(node, command.argv, rootOptions(150000), [this, step, command, next, deadline, self](ssh::SshJob& job) mutable {
            if (job.succeeded() || (command.mayFail && job.errorString().isEmpty())) {
                next(job.succeeded());
                return;
            }
            if (!job.errorString().isEmpty() && m_clock.nowNs() < deadline) {
                step.log(tr("%1 not reached (%2): trying again").arg(command.node, job.failureText()));
                QTimer::singleShot(2000, this, [step, self]() mutable {
                    if (!step.cancelled())
                        (*self)();
                });
                return;
            }
            step.fail(tr("%1 on %2: %3").arg(command.argv.join(u' '), command.node,
                                             QString::fromUtf8(job.allStderr()).trimmed().left(300) + job.failureText()));
        });
    };
    (*attempt)();
}

void DrillRun::beforeFinished()
{
    m_tick.stop();
    m_onTick = nullptr;
    for (const QMetaObject::Connection& c : m_watching)
        disconnect(c);
    m_watching.clear();
    if (m_session && m_session->haproxy())
        m_session->haproxy()->release(this);
    if (state() != jobs::JobState::Succeeded && m_record.result.isEmpty()) {
        // Ended by a failed step or a Stop before the fault: what was probed still counts.
        conclude();
        m_record.result = state() == jobs::JobState::Cancelled ? QStringLiteral("aborted") : QStringLiteral("failed");
        m_record.reason = error();
    } else if (m_record.result.isEmpty() || m_record.probes.isEmpty()) {
        conclude();
    }
    if (m_dryRun)
        return;
    if (!m_reportDir.isEmpty() && !DrillReport::write(m_record, m_reportDir, &m_reportError))
        return;
    if (!m_record.cluster.isEmpty())
        DrillReport::appendHistory(m_record, m_reportDir, &m_reportError);
}

} // namespace hadesk::drills
