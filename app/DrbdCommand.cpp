#include "app/DrbdCommand.h"

#include "app/OperationCommands.h"
#include "app/RunJob.h"
#include "app/CtlSession.h"
#include "backend/ClusterSession.h"
#include "backend/CommandJson.h"
#include "backend/drbd/DrbdMonitor.h"
#include "backend/drbd/DrbdActionJob.h"
#include "backend/drbd/DrbdResourceCreator.h"
#include "backend/network/NodeServices.h"
#include "backend/pacemaker/ClusterOperation.h"
#include "ssh/SshConnection.h"
#include "ssh/SshJob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace hadesk {
namespace {

using drbd::DrbdOperations;
using drbd::DrbdOverview;
using drbd::Link;
using drbd::Progress;
using drbd::ResourceOverview;

constexpr int kTimeoutMs = 30000;

struct Ctl
{
    Q_DECLARE_TR_FUNCTIONS(hadeskctl)
};

// One line per resource: what --watch prints when it changes.
QString summaryLine(const ResourceOverview& o)
{
    QStringList parts{o.name};
    for (const drbd::Replica& r : o.replicas)
        parts << QStringLiteral("%1 %2/%3%4").arg(r.node, r.role, r.disks.join(u','),
                                                  r.splitBrain ? QStringLiteral(" SPLIT-BRAIN") : QString());
    for (const Link& l : o.links) {
        parts << QStringLiteral("%1-%2 %3/%4 %5/%6")
                     .arg(l.nodeA, l.nodeB, l.stateA, l.stateB, l.replicationA, l.replicationB);
        if (l.progress)
            parts << DrbdOverview::progressText(l);
    }
    return parts.join(QStringLiteral("  "));
}

void printText(const QList<ResourceOverview>& resources, QTextStream& out)
{
    for (const ResourceOverview& o : resources) {
        out << o.name;
        if (!o.clusterResource.isEmpty())
            out << "  (Pacemaker " << o.clusterResource << ", promoted on "
                << (o.promotedNode.isEmpty() ? QStringLiteral("no node") : o.promotedNode)
                << (o.stacked.isEmpty() ? QString() : QStringLiteral("; with it: ") + o.stacked.join(QStringLiteral(", ")))
                << ")";
        out << Qt::endl;
        for (const drbd::Replica& r : o.replicas)
            out << "  " << r.node << '\t' << r.role << '\t' << r.disks.join(u',')
                << (r.splitBrain ? QStringLiteral("\tsplit brain") : QString()) << Qt::endl;
        for (const Link& l : o.links) {
            out << "  " << l.nodeA << " <-> " << l.nodeB << '\t' << l.stateA << '/' << l.stateB << '\t'
                << l.replicationA << '/' << l.replicationB << Qt::endl;
            if (l.progress)
                out << "    " << DrbdOverview::progressText(l) << Qt::endl;
        }
        for (const QString& w : o.warnings)
            out << "  warning: " << w << Qt::endl;
    }
}

// HOST's DRBD resources on the console's session of HOST's cluster; every peer DRBD names is
// connected and watched as well (a DRBD pair need not be a Pacemaker cluster).
class DrbdSession
{
public:
    DrbdSession(const SshCommandOptions& options, const QString& host)
        : m_ctl(options, host)
        , m_host(host)
    {
    }

    // The session alone: for a resource not configured yet.
    bool connect(QString* error)
    {
        if (!m_ctl.open(error))
            return false;
        // Without Pacemaker there is nothing to be aware of; anything else is worth saying once.
        QObject::connect(&session(), &ClusterSession::watchFailed, &m_context, [this](const QString& why) {
            if (!m_noCluster && !session().hasState())
                QTextStream(stderr) << "hadeskctl: " << Ctl::tr("no cluster state (%1)").arg(why) << Qt::endl;
            m_noCluster = true;
        });
        return true;
    }

    // The session, HOST's DRBD configuration read, and every node of it heard from.
    bool open(QString* error)
    {
        if (!connect(error))
            return false;
        ssh::SshConnection* first = session().connectionTo(node());
        ssh::JobOptions root;
        root.asRoot = true;
        root.timeoutMs = kTimeoutMs;
        std::unique_ptr<ssh::SshJob> dump(first->run({QStringLiteral("drbdadm"), QStringLiteral("dump-xml")}, root));
        if (!hadesk::waitFor(*dump, kTimeoutMs) || !dump->succeeded()) {
            *error = Ctl::tr("%1: DRBD's configuration could not be read: %2")
                         .arg(node(), dump->isFinished() ? dump->failureText() : Ctl::tr("no answer in time"));
            return false;
        }
        QStringList nodes;
        for (const net::ReplicationLink& link : net::ServiceReader::readReplicationLinks(dump->allStdout()))
            if (!nodes.contains(link.node))
                nodes << link.node;
        if (nodes.isEmpty()) {
            *error = Ctl::tr("%1 has no DRBD resources configured").arg(node());
            return false;
        }
        watch(nodes);
        // The cluster's state too, to say which resources Pacemaker runs (none without it).
        if (!waitFor([this] { return heardFromDrbdNodes() && (session().hasState() || m_noCluster); }, kTimeoutMs)) {
            *error = Ctl::tr("no DRBD state from every node in time: %1")
                         .arg(QStringList(monitor().problems().values()).join(QStringLiteral("; ")));
            return false;
        }
        return true;
    }

    ClusterSession& session() const { return m_ctl.session(); }
    const drbd::DrbdMonitor& monitor() const { return *session().drbd(); }
    QString node() const { return m_ctl.node(); }

    // DRBD names its hosts as uname -n does; the SSH configuration is expected to know them.
    void watch(const QStringList& nodes)
    {
        for (const QString& n : nodes) {
            m_drbdNodes << n;
            session().addNode(n);
        }
        m_drbdNodes.removeDuplicates();
    }

    // Runs the event loop until the condition holds after a change, or the time is up.
    bool waitFor(const std::function<bool()>& done, int timeoutMs)
    {
        QString ignored; // the condition says what was wanted
        return m_ctl.waitUntil(done, timeoutMs, &ignored, CtlSession::OnStateFailure::Wait);
    }

    // Runs a job on the session (listed and audited as the console's are) to its end, telling
    // each step as it starts; false with its end state in words when it did not succeed.
    bool run(jobs::Job* job, QTextStream* out, QString* error)
    {
        if (out)
            QObject::connect(job, &jobs::Job::stepChanged, job, [job, out](int index) {
                if (job->steps().at(index).state == jobs::StepState::Running)
                    *out << job->steps().at(index).title << Qt::endl;
            });
        session().run(job);
        if (m_ctl.finish(job) == jobs::JobState::Succeeded)
            return true;
        *error = job->outcomeText();
        return false;
    }

    // A syncing link shows its rate once two samples are in: wait a little for them.
    void settleProgress()
    {
        waitFor(
            [this] {
                for (const ResourceOverview& o : monitor().resources())
                    for (const Link& l : o.links)
                        if (l.progress && l.progress->rateKiBs < 0 && !l.progress->paused)
                            return false;
                return true;
            },
            5000);
    }

    const ResourceOverview* resource(const QString& name, QString* error) const
    {
        const ResourceOverview* o = monitor().resource(name);
        if (!o)
            *error = Ctl::tr("no DRBD resource %1 on %2's nodes").arg(name, m_host);
        return o;
    }

    CtlSession& ctl() { return m_ctl; }

    // A read-only cluster takes no DRBD action from here, as the console offers none.
    bool refusesChanges(QString* error) const
    {
        if (!session().profile().readOnly)
            return false;
        *error = Ctl::tr("%1 is read-only: no changes from here").arg(session().name());
        return true;
    }

private:
    // Cluster nodes without DRBD, or down, are not waited for.
    bool heardFromDrbdNodes() const
    {
        const QStringList withState = monitor().nodesWithState();
        return std::all_of(m_drbdNodes.begin(), m_drbdNodes.end(), [&](const QString& n) {
            return withState.contains(n) || monitor().nodesWithoutDrbd().contains(n);
        });
    }

    CtlSession m_ctl;
    QString m_host;
    QStringList m_drbdNodes;
    bool m_noCluster = false;
    QObject m_context; // the session's signals reach this object only while it lives
};

int watch(DrbdSession& session, double forSeconds, QTextStream& out)
{
    QHash<QString, QString> last;
    const auto print = [&] {
        for (const ResourceOverview& o : session.monitor().resources()) {
            const QString line = summaryLine(o);
            if (last.value(o.name) != line) {
                last.insert(o.name, line);
                out << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")) << "  " << line << Qt::endl;
            }
        }
    };
    print();
    QObject context;
    QObject::connect(session.session().drbd(), &drbd::DrbdMonitor::changed, &context, print);
    if (forSeconds > 0)
        QTimer::singleShot(int(forSeconds * 1000), &context, [] { QCoreApplication::exit(0); });
    QCoreApplication::exec();
    return 0;
}

// Asks for --yes when there is something to confirm; prints the plan either way.
// Prints the resource's line as it changes until every node is connected, in sync and
// UpToDate (or 5 minutes have passed).
bool followToSync(DrbdSession& session, const QString& resource, QTextStream& out, QTextStream& err)
{
    QString lastLine;
    const bool healed = session.waitFor(
        [&] {
            const ResourceOverview* now = session.monitor().resource(resource);
            if (!now)
                return false;
            const QString line = summaryLine(*now);
            if (line != lastLine)
                out << "  " << (lastLine = line) << Qt::endl;
            for (const Link& l : now->links)
                if (l.stateA != u"Connected" || l.stateB != u"Connected" || l.replicationA != u"Established" ||
                    l.replicationB != u"Established" || l.progress)
                    return false;
            return std::none_of(now->replicas.begin(), now->replicas.end(),
                                [](const drbd::Replica& r) { return r.splitBrain; }) &&
                   now->upToDateNodes().size() == now->replicas.size();
        },
        300000);
    (healed ? out : err) << (healed ? Ctl::tr("connected and in sync")
                                    : Ctl::tr("hadeskctl: not in sync in time; see the state above"))
                         << Qt::endl;
    return healed;
}

bool confirmed(const QList<drbd::DrbdAction>& steps, bool yes, QTextStream& out, QTextStream& err)
{
    QStringList risks;
    for (const drbd::DrbdAction& step : steps) {
        out << step.summary << Qt::endl;
        risks << step.risks;
    }
    for (const QString& risk : std::as_const(risks))
        err << "  risk: " << risk << Qt::endl;
    if (!risks.isEmpty() && !yes) {
        err << Ctl::tr("hadeskctl: not done: confirm with --yes that these risks are accepted") << Qt::endl;
        return false;
    }
    return true;
}

int recover(DrbdSession& session, const QString& resource, const QString& victim, bool yes, QTextStream& out,
            QTextStream& err)
{
    QString error;
    const ResourceOverview* o = session.resource(resource, &error);
    auto steps = o ? DrbdOperations::splitBrainRecovery(*o, victim, &error) : std::nullopt;
    if (!steps) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    printText({*o}, out);
    const QStringList survivors = o->upToDateNodes(victim);
    out << Ctl::tr("Recovery: %1's changes since the split are discarded; it resyncs from %2")
               .arg(victim, survivors.join(QStringLiteral(", ")))
        << Qt::endl;
    if (!yes) {
        for (const drbd::DrbdAction& step : *steps)
            out << "  " << step.summary << Qt::endl;
        err << Ctl::tr("hadeskctl: not done: confirm with --yes that %1's changes are to be discarded").arg(victim)
            << Qt::endl;
        return 3;
    }
    auto* job = new drbd::DrbdActionJob(Ctl::tr("Recover %1 from a split brain on %2").arg(resource, victim), *steps,
                                        session.session().connectionLookup(), session.session().name(), kTimeoutMs);
    if (!session.run(job, &out, &error)) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    // Watch the resync through to the end.
    return followToSync(session, resource, out, err) ? 0 : 1;
}

// hadeskctl drbd HOST create NAME --disk DEV --minor N --port P --node NODE=ADDRESS (twice)
// [--resync-rate RATE] (--primary NODE | --skip-initial-sync [--primary NODE]) [--yes]
int create(DrbdSession& session, const drbd::NewResource& spec, bool yes, QTextStream& out, QTextStream& err)
{
    QString error;
    if (!drbd::DrbdResourceCreator::validate(spec, &error)) {
        err << "hadeskctl: " << error << Qt::endl;
        return 2;
    }
    QStringList nodes;
    for (const drbd::NewResourceNode& node : spec.nodes)
        nodes << node.name;
    out << Ctl::tr("%1 on %2, written to %3:").arg(spec.name, nodes.join(QStringLiteral(", ")),
                                                     drbd::DrbdResourceCreator::pathOf(spec.name))
        << Qt::endl
        << QString::fromUtf8(drbd::DrbdResourceCreator::resourceFile(spec));
    if (!yes) {
        err << Ctl::tr("hadeskctl: not done: confirm with --yes that DRBD metadata is to be written on %1 of %2")
                   .arg(spec.disk, nodes.join(QStringLiteral(", ")))
            << Qt::endl;
        return 3;
    }
    if (!session.connect(&error) || session.refusesChanges(&error)) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    session.watch(nodes);
    auto* job = new drbd::DrbdCreateJob(spec, session.session().connectionLookup(), session.session().name(), kTimeoutMs);
    if (!session.run(job, &out, &error)) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    return followToSync(session, spec.name, out, err) ? 0 : 1;
}

int remove(DrbdSession& session, const QString& resource, bool yes, QTextStream& out, QTextStream& err)
{
    QString error;
    const ResourceOverview* o = session.resource(resource, &error);
    if (!o) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    if (!o->clusterResource.isEmpty()) {
        err << "hadeskctl: " << Ctl::tr("Pacemaker runs %1 as %2: remove it from the cluster first").arg(resource, o->clusterResource)
            << Qt::endl;
        return 1;
    }
    QStringList nodes;
    for (const drbd::Replica& r : o->replicas)
        nodes << r.node;
    if (!yes) {
        err << Ctl::tr("hadeskctl: not done: confirm with --yes that %1 is to be taken down and its configuration removed on %2")
                   .arg(resource, nodes.join(QStringLiteral(", ")))
            << Qt::endl;
        return 3;
    }
    auto* job = new drbd::DrbdRemoveJob(resource, nodes, session.session().connectionLookup(), session.session().name(),
                                        kTimeoutMs);
    if (!session.run(job, &out, &error)) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    out << Ctl::tr("%1 removed").arg(resource) << Qt::endl;
    return 0;
}

} // namespace

int runDrbd(const SshCommandOptions& options, const QStringList& rawArgs)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args;
    bool json = false, watching = false, yes = false, previewOnly = false;
    double forSeconds = 0;
    QString victim;
    drbd::NewResource spec;
    QStringList badNodes;
    for (int i = 0; i < rawArgs.size(); ++i) {
        const QString& a = rawArgs.at(i);
        const bool hasValue = i + 1 < rawArgs.size();
        if (a == u"--disk" && hasValue)
            spec.disk = rawArgs.at(++i);
        else if (a == u"--minor" && hasValue)
            spec.minor = rawArgs.at(++i).toInt();
        else if (a == u"--port" && hasValue)
            spec.port = rawArgs.at(++i).toInt();
        else if (a == u"--resync-rate" && hasValue)
            spec.resyncRate = rawArgs.at(++i);
        else if (a == u"--primary" && hasValue)
            spec.initialPrimary = rawArgs.at(++i);
        else if (a == u"--skip-initial-sync")
            spec.skipInitialSync = true;
        else if (a == u"--node" && hasValue) {
            const QString value = rawArgs.at(++i);
            if (!value.contains(u'='))
                badNodes << value;
            spec.nodes.append({value.section(u'=', 0, 0), value.section(u'=', 1)});
        } else if (a == u"--json")
            json = true;
        else if (a == u"--watch")
            watching = true;
        else if (a == u"--yes")
            yes = true;
        else if (a == u"--preview")
            previewOnly = true;
        else if (a == u"--for" && i + 1 < rawArgs.size())
            forSeconds = rawArgs.at(++i).toDouble();
        else if (a == u"--victim" && i + 1 < rawArgs.size())
            victim = rawArgs.at(++i);
        else
            args << a;
    }
    const QString action = args.value(1);
    const bool known = (args.size() == 1) || (args.size() == 3 && DrbdOperations::actionNamed(action)) ||
                       (args.size() == 4 && action == u"promote") ||
                       (args.size() == 3 && action == u"recover" && !victim.isEmpty()) ||
                       (args.size() == 3 && (action == u"create" || action == u"remove") && badNodes.isEmpty());
    if (!known) {
        err << Ctl::tr("usage: hadeskctl drbd HOST [--json] [--watch [--for SECONDS]]\n"
                       "       hadeskctl drbd HOST ACTION RESOURCE [--yes]   ACTION: %1\n"
                       "       hadeskctl drbd HOST promote RESOURCE NODE [--preview]   (through Pacemaker)\n"
                       "       hadeskctl drbd HOST recover RESOURCE --victim NODE [--yes]   (after a split brain)\n"
                       "       hadeskctl drbd HOST create RESOURCE --disk DEVICE --minor N --port PORT --node NODE=ADDRESS --node NODE=ADDRESS\n"
                       "                 [--resync-rate RATE] (--primary NODE | --skip-initial-sync [--primary NODE]) [--yes]\n"
                       "       hadeskctl drbd HOST remove RESOURCE [--yes]   (only what HAdesk created)")
                   .arg(DrbdOperations::actionNames().join(u'|'))
            << Qt::endl;
        return 2;
    }
    const QString& host = args.at(0);
    if (args.size() > 2 && !DrbdOperations::isValidResourceName(args.at(2))) {
        err << "hadeskctl: " << Ctl::tr("'%1' is not a DRBD resource name").arg(args.at(2)) << Qt::endl;
        return 2;
    }
    DrbdSession session(options, host);
    QString error;
    if (action == u"create") {
        spec.name = args.at(2);
        return create(session, spec, yes, out, err);
    }
    if (!session.open(&error)) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    if (args.size() == 1 && watching)
        return watch(session, forSeconds, out);
    if (args.size() == 1) {
        session.settleProgress();
        if (json) {
            out << QJsonDocument(json::drbd(session.monitor().resources())).toJson(QJsonDocument::Indented);
        } else {
            printText(session.monitor().resources(), out);
        }
        return 0;
    }
    const QString& resource = args.at(2);
    if (session.refusesChanges(&error)) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    if (action == u"remove")
        return remove(session, resource, yes, out, err);
    if (action == u"recover")
        return recover(session, resource, victim, yes, out, err);
    // A copy: the monitor rebuilds its picture while commands run.
    const ResourceOverview* current = session.resource(resource, &error);
    if (!current) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    const ResourceOverview overview = *current;
    const ResourceOverview* o = &overview;
    if (action == u"promote") {
        if (o->clusterResource.isEmpty()) {
            err << "hadeskctl: " << Ctl::tr("Pacemaker does not run %1: use 'primary' on the node").arg(resource)
                << Qt::endl;
            return 1;
        }
        const auto operation = pcmk::ClusterOperation::forResource(QStringLiteral("promote"), o->clusterResource,
                                                                   args.at(3), {}, &error);
        if (!operation) {
            err << "hadeskctl: " << error << Qt::endl;
            return 2;
        }
        return previewAndApply(session.ctl(), *operation, previewOnly);
    }
    if (session.node() != host) {
        err << "hadeskctl: " << Ctl::tr("%1 is a cluster: name the node to run drbdadm on").arg(host) << Qt::endl;
        return 2;
    }
    const auto step = DrbdOperations::plan(*DrbdOperations::actionNamed(action), host, resource, *o, &error);
    if (!step) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    if (!step->refusal.isEmpty()) {
        err << "hadeskctl: " << step->refusal << Qt::endl;
        return 1;
    }
    if (!confirmed({*step}, yes, json ? err : out, err))
        return 3;
    auto* job = new drbd::DrbdActionJob(step->summary, {*step}, session.session().connectionLookup(),
                                        session.session().name(), kTimeoutMs);
    const bool done = session.run(job, nullptr, &error);
    if (json) {
        out << QJsonDocument(json::job(*job)).toJson(QJsonDocument::Indented);
        return done ? 0 : 1;
    }
    if (!done) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    // What DRBD says once the change has come through the stream.
    const QString before = summaryLine(*o);
    session.waitFor(
        [&] {
            const ResourceOverview* now = session.monitor().resource(resource);
            return now && summaryLine(*now) != before;
        },
        5000);
    if (const ResourceOverview* now = session.monitor().resource(resource))
        printText({*now}, out);
    return 0;
}

} // namespace hadesk
