#include "backend/setup/SetupRun.h"

#include "backend/pacemaker/AgentMetadata.h"
#include "ssh/HostConnection.h"
#include "ssh/SshJob.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <memory>

namespace hadesk::setup {

// The agent's text, kept in setup_agent.py beside this file and compiled in (CMake writes it).
extern const char* const kSetupAgent;

namespace {

// Run as: sh -c WRAPPER hadesk-setup. The agent comes on stdin as its first line (a JSON
// string), the request after it: the command line (and every log of it) stays short.
constexpr char kWrapper[] = R"sh(boot='import sys, json
exec(compile(json.loads(sys.stdin.readline()), "hadesk-setup-agent", "exec"), {"__name__": "__main__"})'
command -v python3 >/dev/null 2>&1 && exec python3 -c "$boot"
echo "python3 is not installed" >&2
exit 127
)sh";

QJsonObject fileAction(const QString& path, const QByteArray& contents, const QString& mode, const QStringList& check = {},
                       bool secret = false)
{
    QJsonObject a{{QStringLiteral("op"), QStringLiteral("file")},
                  {QStringLiteral("path"), path},
                  {QStringLiteral("b64"), QString::fromLatin1(contents.toBase64())},
                  {QStringLiteral("mode"), mode}};
    if (!check.isEmpty())
        a.insert(QStringLiteral("check"), QJsonArray::fromStringList(check));
    if (secret)
        a.insert(QStringLiteral("secret"), true);
    return a;
}

QString describeAction(const QJsonObject& a)
{
    const QString op = a.value(u"op").toString();
    if (op == u"file")
        return SetupRun::tr("file %1").arg(a.value(u"path").toString());
    if (op == u"service")
        return SetupRun::tr("service %1").arg(a.value(u"unit").toString());
    if (op == u"package")
        return SetupRun::tr("packages %1").arg(a.value(u"names").toVariant().toStringList().join(QStringLiteral(", ")));
    if (op == u"cib")
        return SetupRun::tr("CIB %1 %2").arg(a.value(u"scope").toString(), a.value(u"id").toString());
    if (op == u"cib-delete")
        return SetupRun::tr("delete %1 from the CIB").arg(a.value(u"id").toString());
    if (op == u"attribute")
        return a.value(u"kind").toString() == u"standby"
                   ? SetupRun::tr("standby of %1").arg(a.value(u"node").toString())
                   : SetupRun::tr("%1 %2").arg(a.value(u"kind").toString(), a.value(u"name").toString());
    if (op == u"keygen")
        return SetupRun::tr("corosync key %1").arg(a.value(u"path").toString());
    if (op == u"fence")
        return SetupRun::tr("test fence of %1").arg(a.value(u"node").toString());
    if (op == u"wait")
        return a.value(u"what").toString();
    if (op == u"check" || op == u"links" || op == u"http" || op == u"resources")
        return a.value(u"what").toString();
    return op;
}

// Each node's actions of more appended to its actions in all: a review asks every step's at once.
void appendActions(QMap<QString, QJsonArray>& all, const QMap<QString, QJsonArray>& more)
{
    for (auto it = more.begin(); it != more.end(); ++it)
        for (const QJsonValue& a : *it)
            all[it.key()] << a;
}

// What undoing one journal entry does, as the undo of a whole node does it (what went into the
// CIB goes with the node's cluster files).
QString describeUndo(const QJsonObject& e)
{
    const QString op = e.value(u"op").toString();
    if (op == u"file")
        return e.value(u"backup").toString().isEmpty() ? SetupRun::tr("remove %1").arg(e.value(u"path").toString())
                                                       : SetupRun::tr("put back %1 from its backup").arg(e.value(u"path").toString());
    if (op == u"service")
        return SetupRun::tr("service %1 back to %2, %3")
            .arg(e.value(u"unit").toString(), e.value(u"enabled").toBool() ? SetupRun::tr("enabled") : SetupRun::tr("disabled"),
                 e.value(u"active").toBool() ? SetupRun::tr("running") : SetupRun::tr("stopped"));
    if (op == u"package")
        return SetupRun::tr("remove the packages %1").arg(e.value(u"names").toVariant().toStringList().join(QStringLiteral(", ")));
    if (op == u"state")
        return SetupRun::tr("empty %1").arg(e.value(u"paths").toVariant().toStringList().join(QStringLiteral(", ")));
    if (op == u"firewall")
        return SetupRun::tr("close the ports %1").arg(e.value(u"ports").toVariant().toStringList().join(QStringLiteral(", ")));
    if (op == u"sysctl")
        return SetupRun::tr("%1 back to %2").arg(e.value(u"name").toString(), e.value(u"before").toString());
    return {};
}

// A setup step has no undo of the job's kind: a stopped run is continued by the next, and a
// failing step's agent takes back what that step did.
jobs::Job::Step setupStep(QString title, QString host, bool changes, std::function<void(jobs::StepContext&)> run)
{
    return {std::move(title), std::move(host), changes, std::move(run), {}, false};
}

} // namespace

QString SetupRun::agentFailure(const Lines& lines, const ssh::SshJob& command)
{
    const QJsonObject end = lines.isEmpty() ? QJsonObject() : lines.last();
    if (end.value(u"kind").toString() != u"end")
        return command.exitCode() == 127 ? tr("python3 is not installed") : command.failureText();
    return end.value(u"result").toString() == u"ok" ? QString() : end.value(u"detail").toString();
}

void SetupRun::refuse(jobs::StepContext& step)
{
    m_refused = true;
    QStringList said;
    for (const Refusal& r : std::as_const(m_refusals))
        said << r.toString();
    step.fail(tr("refused: %1").arg(said.join(QStringLiteral("; "))));
}

namespace {
QString removedBy(const NodeChange& change)
{
    return change.kind == NodeChange::Kind::Remove ? change.node : QString();
}
} // namespace

SetupRun::SetupRun(SetupPlan plan, Mode mode, Lookup lookup, QObject* parent, const NodeChange& change)
    : jobs::Job(mode == Mode::Undo         ? tr("Undo the setup of %1").arg(plan.name)
                : mode == Mode::Review && !removedBy(change).isEmpty() ? tr("Review the removal of %1 from %2").arg(change.node, plan.name)
                : mode == Mode::Review     ? tr("Review the setup of %1").arg(plan.name)
                : mode == Mode::RemoveNode ? tr("Remove %1 from %2").arg(change.node, plan.name)
                                           : tr("Set up %1").arg(plan.name),
                plan.name, parent)
    , m_plan(removedBy(change).isEmpty() ? std::move(plan) : without(std::move(plan), change.node))
    , m_mode(mode)
    , m_lookup(std::move(lookup))
    , m_removed(removedBy(change))
    , m_added(change.kind == NodeChange::Kind::Add ? change.node : QString())
{
    addHostChecks();
    if (m_mode == Mode::RemoveNode) {
        addRemoveSteps();
        addVerify();
    } else if (m_mode == Mode::Review && !m_removed.isEmpty()) {
        addRemovalReview();
    } else if (m_mode == Mode::Review) {
        addLinkTest();
        addReview();
    } else if (m_mode == Mode::Apply) {
        addApplySteps();
        addVerify();
    } else {
        addUndoSteps();
    }
}

QString SetupRun::agentScript()
{
    return QString::fromUtf8(kSetupAgent);
}

int SetupRun::changeCount() const
{
    int count = 0;
    for (const ActionOutcome& o : m_outcomes)
        count += o.result == u"changed" || o.result == u"would-change" || o.result == u"undone";
    return count;
}

QString SetupRun::timingInWords() const
{
    return configs().timingInWords();
}

QJsonObject SetupRun::request(const QString& mode, const QString& key, const QJsonArray& actions) const
{
    return {{QStringLiteral("mode"), mode},
            {QStringLiteral("journal"), journalFolder()},
            {QStringLiteral("step"), key},
            {QStringLiteral("cluster"), m_plan.name},
            {QStringLiteral("digest"), m_plan.digest()},
            {QStringLiteral("actions"), actions}};
}

void SetupRun::runAgent(jobs::StepContext& step, const QString& node, const QJsonObject& request, int timeoutMs, AgentDone then)
{
    ssh::HostConnection* connection = step.reach(m_lookup(node));
    if (!connection)
        return;
    ssh::JobOptions options;
    options.asRoot = true;
    options.timeoutMs = timeoutMs;
    options.stdinData = QJsonDocument(QJsonArray{agentScript()}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + '\n'
                        + QJsonDocument(request).toJson(QJsonDocument::Compact);
    ssh::SshJob* command = connection->run({QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kWrapper),
                                            QStringLiteral("hadesk-setup")},
                                           options);
    QObject::connect(command, &ssh::SshJob::stdoutLine, this, [this, step, node](const QByteArray& text) mutable {
        const QJsonObject o = QJsonDocument::fromJson(text).object();
        const QString kind = o.value(u"kind").toString();
        QString line;
        if (kind == u"log")
            line = QStringLiteral("%1: %2").arg(node, o.value(u"line").toString());
        else if (kind == u"undone" || kind == u"undo-failed")
            line = QStringLiteral("%1: %2 %3%4").arg(node, kind, o.value(u"what").toString(), o.value(u"error").toString());
        if (!line.isEmpty()) {
            step.log(line);
            Q_EMIT said(line);
        }
    });
    step.follow(command, [then = std::move(then)](ssh::SshJob& ended) {
        Lines lines;
        for (const QByteArray& line : ended.allStdout().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (!o.isEmpty())
                lines << o;
        }
        then(lines, ended);
    });
}

namespace {

// A fence device's password in the review or a log: said to be there, never shown.
QString withoutSecrets(QString text)
{
    static const QRegularExpression secret(QStringLiteral("(name=\"[^\"]*(passw|secret|community)[^\"]*\" value=\")[^\"]*\""),
                                           QRegularExpression::CaseInsensitiveOption);
    return text.replace(secret, QStringLiteral("\\1(hidden)\""));
}

} // namespace

void SetupRun::record(const QString& node, const QString& key, const QJsonArray& actions, const Lines& lines)
{
    for (const QJsonObject& line : lines) {
        if (line.value(u"kind").toString() != u"action")
            continue;
        const QJsonObject action = actions.at(line.value(u"i").toInt()).toObject();
        QString detail = line.value(u"diff").toString();
        if (detail.isEmpty())
            detail = line.value(u"commands").toVariant().toStringList().join(u'\n');
        if (detail.isEmpty())
            detail = line.value(u"cib").toString();
        if (detail.isEmpty())
            detail = line.value(u"output").toString();
        if (line.value(u"result").toString() == u"failed")
            detail = line.value(u"detail").toString();
        m_outcomes << ActionOutcome{node, key, describeAction(action), line.value(u"result").toString(), withoutSecrets(detail)};
    }
}

void SetupRun::runOnNodes(jobs::StepContext& step, const QString& key, const QMap<QString, QJsonArray>& actions, int timeoutMs,
                          std::function<void()> then, bool review)
{
    auto left = std::make_shared<int>(0);
    auto failures = std::make_shared<QStringList>();
    for (auto it = actions.begin(); it != actions.end(); ++it)
        *left += it->isEmpty() ? 0 : 1;
    if (*left == 0) {
        then();
        return;
    }
    for (auto it = actions.begin(); it != actions.end(); ++it) {
        if (it->isEmpty())
            continue;
        const QString node = it.key();
        const QJsonArray list = *it;
        runAgent(step, node, request(review ? QStringLiteral("review") : QStringLiteral("apply"), key, list), timeoutMs,
                 [this, step, node, key, list, left, failures, then](const Lines& lines, ssh::SshJob& command) mutable {
                     record(node, key, list, lines);
                     if (const QString failure = agentFailure(lines, command); !failure.isEmpty())
                         failures->append(tr("%1: %2").arg(node, failure));
                     if (--*left > 0)
                         return;
                     if (!failures->isEmpty())
                         step.fail(failures->join(QStringLiteral("; ")));
                     else
                         then();
                 });
    }
}

QMap<QString, QJsonArray> SetupRun::onFirst(const QJsonArray& actions) const
{
    return {{leader(), actions}};
}

QString SetupRun::leader() const
{
    for (const PlanNode& node : m_plan.nodes)
        for (const HostFacts& f : m_facts)
            if (f.node == node.name && f.runsCluster())
                return node.name;
    return m_plan.firstNode();
}

QStringList SetupRun::joiningNodes() const
{
    QSet<QString> running;
    for (const HostFacts& f : m_facts)
        if (f.runsCluster())
            running.insert(f.node);
    QStringList names;
    if (!running.isEmpty())
        for (const PlanNode& node : m_plan.nodes)
            if (!running.contains(node.name))
                names << node.name;
    return names;
}

QList<CibElement> SetupRun::joiningStandby() const
{
    QList<CibElement> held;
    for (const QString& name : joiningNodes())
        held << configs().standbyNode(*m_plan.node(name));
    return held;
}

bool SetupRun::fenceTested() const
{
    for (const HostFacts& f : m_facts)
        for (const QJsonValue& e : f.journal)
            if (e.toObject().value(u"op").toString() == u"fenced")
                return true;
    return false;
}

// ------------------------------------------------------------------ host checks and links

void SetupRun::addHostChecks()
{
    addStep(setupStep(tr("Check the hosts"), {}, false, [this](jobs::StepContext& step) {
                 m_facts.clear();
                 auto left = std::make_shared<int>(int(m_plan.nodes.size()));
                 auto unreachable = std::make_shared<QList<Refusal>>();
                 QStringList names = m_plan.nodeNames();
                 const QJsonObject ask{{QStringLiteral("mode"), QStringLiteral("facts")},
                                       {QStringLiteral("journal"), journalFolder()},
                                       {QStringLiteral("packages"), QJsonArray::fromStringList(HostChecks::packagesToAsk())},
                                       {QStringLiteral("names"), QJsonArray::fromStringList(names)}};
                 auto allDone = [this, step, unreachable]() mutable {
                     std::sort(m_facts.begin(), m_facts.end(), [this](const HostFacts& a, const HostFacts& b) {
                         return m_plan.nodeNames().indexOf(a.node) < m_plan.nodeNames().indexOf(b.node);
                     });
                     m_verdict = HostChecks::check(m_plan, m_facts);
                     m_refusals = *unreachable + m_verdict.refusals;
                     m_warnings = m_verdict.warnings;
                     for (const HostFacts& f : std::as_const(m_facts))
                         if (!f.lastStepDone().isEmpty() && m_resumeNote.isEmpty())
                             m_resumeNote = tr("an earlier run of this plan got as far as \"%1\" (journal on %2)").arg(f.lastStepDone(), f.node);
                     if (m_mode == Mode::Undo) {
                         // Undo refuses only what is not this cluster's; a half-built host is what it is for.
                         m_refusals = *unreachable;
                         for (const HostFacts& f : std::as_const(m_facts))
                             if (!f.journalCluster().isEmpty() && f.journalCluster() != m_plan.name)
                                 m_refusals << Refusal{f.node, tr("its journal is cluster \"%1\"'s").arg(f.journalCluster())};
                     } else if (!m_added.isEmpty()) {
                         m_refusals += HostChecks::additionRefusals(m_plan, m_facts, m_added);
                     }
                     if (!m_refusals.isEmpty()) {
                         refuse(step);
                         return;
                     }
                     QStringList summary;
                     for (const HostFacts& f : std::as_const(m_facts))
                         summary << tr("%1: %2, pacemaker %3, clock %4 ms").arg(f.node, f.osName, f.versions.value(QStringLiteral("pacemaker"), tr("missing")))
                                        .arg(f.clockOffsetMs, 0, 'f', 0);
                     step.succeed(summary.join(QStringLiteral("; ")));
                 };
                 for (const PlanNode& node : m_plan.nodes) {
                     const QString name = node.name;
                     auto finishOne = [left, allDone]() mutable {
                         if (--*left == 0)
                             allDone();
                     };
                     if (!m_lookup(name)) {
                         unreachable->append({name, tr("not connected")});
                         finishOne();
                         continue;
                     }
                     runAgent(step, name, ask, 120000, [this, step, name, unreachable, finishOne](const Lines&, ssh::SshJob& command) mutable {
                         QString error;
                         std::optional<HostFacts> facts = HostFacts::parse(name, command.allStdout(), &error);
                         if (!facts) {
                             unreachable->append({name, command.succeeded() ? error : command.failureText()});
                             finishOne();
                             return;
                         }
                         // The clock: one round trip on the held session bounds the offset by half of it.
                         const qint64 sent = QDateTime::currentMSecsSinceEpoch();
                         ssh::JobOptions options;
                         options.timeoutMs = 10000;
                         step.run(m_lookup(name), {QStringLiteral("date"), QStringLiteral("+%s%N")}, options,
                                  [this, facts = *facts, sent, finishOne](ssh::SshJob& date) mutable {
                                      const qint64 received = QDateTime::currentMSecsSinceEpoch();
                                      bool ok = false;
                                      const qint64 nodeNs = date.allStdout().trimmed().toLongLong(&ok);
                                      if (date.succeeded() && ok) {
                                          facts.clockOffsetMs = double(nodeNs) / 1e6 - double(sent + received) / 2;
                                          facts.clockErrorMs = double(received - sent) / 2;
                                          facts.clockMeasured = true;
                                      }
                                      m_facts << facts;
                                      finishOne();
                                  });
                     });
                 }
             }));
}

void SetupRun::addLinkTest()
{
    addStep(setupStep(tr("Test the links"), {}, false, [this](jobs::StepContext& step) {
                 m_links.clear();
                 // Where corosync runs already (a run to continue, or a finished one) it holds the
                 // port: corosync-cfgtool says how its links are, the others are measured.
                 QStringList running;
                 for (const HostFacts& f : std::as_const(m_facts))
                     if (f.runsCluster())
                         running << f.node;
                 auto left = std::make_shared<int>(0);
                 auto errors = std::make_shared<QStringList>();
                 auto finishOne = [this, step, left, errors, running]() mutable {
                     if (--*left > 0)
                         return;
                     const LinkVerdict verdict = LinkTest::judge(m_plan, m_links, running);
                     for (const LinkResult& r : std::as_const(m_links))
                         step.log(LinkTest::describe(r));
                     m_warnings += verdict.warnings;
                     m_refusals = verdict.refusals;
                     for (const QString& e : std::as_const(*errors))
                         m_refusals << Refusal{{}, e};
                     if (!m_refusals.isEmpty()) {
                         refuse(step);
                         return;
                     }
                     if (running.isEmpty())
                         step.succeed(verdict.summary);
                     else if (running.size() == m_plan.nodes.size())
                         step.succeed(tr("corosync's own links connected on %1").arg(running.join(QStringLiteral(", "))));
                     else
                         step.succeed(tr("%1 (UDP %2); corosync's own links connected on %3")
                                          .arg(verdict.summary)
                                          .arg(LinkTest::testPort(m_plan, running))
                                          .arg(running.join(QStringLiteral(", "))));
                 };
                 const bool measured = running.size() < m_plan.nodes.size();
                 *left = int(running.size()) + (measured ? int(m_plan.nodes.size()) : 0);
                 for (const PlanNode& node : m_plan.nodes) {
                     const QString name = node.name;
                     if (running.contains(name)) {
                         const QJsonArray check{QJsonObject{{QStringLiteral("op"), QStringLiteral("links")},
                                                            {QStringLiteral("what"), tr("corosync-cfgtool -s: every link connected")},
                                                            {QStringLiteral("links"), m_plan.linkCount()},
                                                            {QStringLiteral("timeout_s"), 10}}};
                         runAgent(step, name, request(QStringLiteral("apply"), QStringLiteral("links"), check), 60000,
                                  [name, errors, finishOne](const Lines& lines, ssh::SshJob& command) mutable {
                                      if (const QString failure = agentFailure(lines, command); !failure.isEmpty())
                                          errors->append(tr("%1: corosync's links: %2").arg(name, failure));
                                      finishOne();
                                  });
                     }
                     if (!measured)
                         continue;
                     const QJsonObject ask = LinkTest::request(m_plan, name, running);
                     const int timeoutMs = int(ask.value(u"duration_s").toDouble() * 1000) + 30000;
                     runAgent(step, name, ask, timeoutMs, [this, name, errors, finishOne](const Lines&, ssh::SshJob& command) mutable {
                         m_links += LinkTest::parse(name, command.allStdout(), errors.get());
                         if (!command.succeeded())
                             errors->append(tr("%1: %2").arg(name, command.failureText()));
                         finishOne();
                     });
                 }
             }));
}

// ------------------------------------------------------------------ actions per step

QMap<QString, QJsonArray> SetupRun::packageActions() const
{
    QMap<QString, QJsonArray> actions;
    for (auto it = m_verdict.missingPackages.begin(); it != m_verdict.missingPackages.end(); ++it)
        actions[it.key()] << QJsonObject{{QStringLiteral("op"), QStringLiteral("package")},
                                         {QStringLiteral("names"), QJsonArray::fromStringList(*it)}};
    return actions;
}

QMap<QString, QJsonArray> SetupRun::firewallActions() const
{
    QMap<QString, QJsonArray> actions;
    for (const HostFacts& f : m_facts)
        if (f.firewall == u"ufw" || f.firewall == u"firewalld")
            actions[f.node] << QJsonObject{{QStringLiteral("op"), QStringLiteral("firewall")},
                                           {QStringLiteral("ports"), QJsonArray::fromStringList(HostChecks::firewallPorts(m_plan))}};
    return actions;
}

QMap<QString, QJsonArray> SetupRun::corosyncActions(const QString& authkeyB64) const
{
    QMap<QString, QJsonArray> actions;
    const QByteArray conf = configs().corosyncConf();
    for (const PlanNode& node : m_plan.nodes) {
        QJsonArray list;
        // What the cluster stack writes once started is taken away again by an undo.
        list << QJsonObject{{QStringLiteral("op"), QStringLiteral("state")},
                            {QStringLiteral("paths"), QJsonArray{QStringLiteral("/var/lib/pacemaker/cib"), QStringLiteral("/var/lib/pacemaker/pengine"),
                                                                 QStringLiteral("/var/lib/corosync")}}};
        // A running cluster (a node added, a link changed) reloads it on every node, no restart.
        QJsonObject file = fileAction(QStringLiteral("/etc/corosync/corosync.conf"), conf, QStringLiteral("0644"));
        file.insert(QStringLiteral("reload"), QJsonObject{{QStringLiteral("if_active"), QStringLiteral("corosync")},
                                                          {QStringLiteral("argv"), QJsonArray{QStringLiteral("corosync-cfgtool"), QStringLiteral("-R")}}});
        list << file;
        if (!authkeyB64.isEmpty() && node.name != leader())
            list << fileAction(QStringLiteral("/etc/corosync/authkey"), QByteArray::fromBase64(authkeyB64.toLatin1()), QStringLiteral("0400"), {}, true);
        actions.insert(node.name, list);
    }
    return actions;
}

QMap<QString, QJsonArray> SetupRun::serviceStartActions() const
{
    QMap<QString, QJsonArray> actions;
    for (const PlanNode& node : m_plan.nodes)
        for (const QString& unit : {QStringLiteral("corosync"), QStringLiteral("pacemaker")})
            actions[node.name] << QJsonObject{{QStringLiteral("op"), QStringLiteral("service")},
                                              {QStringLiteral("unit"), unit},
                                              {QStringLiteral("enabled"), true},
                                              {QStringLiteral("active"), true}};
    return actions;
}

QJsonArray SetupRun::optionActions() const
{
    QJsonArray list;
    for (const ClusterOption& option : configs().options())
        list << QJsonObject{{QStringLiteral("op"), QStringLiteral("attribute")},
                            {QStringLiteral("kind"), option.type},
                            {QStringLiteral("name"), option.name},
                            {QStringLiteral("value"), option.value}};
    return list;
}

QJsonArray SetupRun::cibActions(const QList<CibElement>& elements) const
{
    QJsonArray list;
    for (const CibElement& e : elements)
        list << QJsonObject{{QStringLiteral("op"), QStringLiteral("cib")},
                            {QStringLiteral("scope"), e.scope},
                            {QStringLiteral("id"), e.id},
                            {QStringLiteral("xml"), e.xml}};
    return list;
}

QMap<QString, QJsonArray> SetupRun::haproxyActions() const
{
    QMap<QString, QJsonArray> actions;
    if (m_plan.frontends.isEmpty())
        return actions;
    const QByteArray cfg = configs().haproxyCfg();
    for (const PlanNode& node : m_plan.nodes) {
        QJsonArray list;
        QJsonObject file = fileAction(QStringLiteral("/etc/haproxy/haproxy.cfg"), cfg, QStringLiteral("0644"),
                                      {QStringLiteral("haproxy"), QStringLiteral("-c"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("{}")});
        file.insert(QStringLiteral("reload"), QJsonObject{{QStringLiteral("if_active"), QStringLiteral("haproxy")},
                                                          {QStringLiteral("argv"), QJsonArray{QStringLiteral("systemctl"), QStringLiteral("reload"),
                                                                                              QStringLiteral("haproxy")}}});
        list << file;
        // HAProxy binds every VIP on every node, held or not.
        list << QJsonObject{{QStringLiteral("op"), QStringLiteral("sysctl")},
                            {QStringLiteral("name"), QStringLiteral("net.ipv4.ip_nonlocal_bind")},
                            {QStringLiteral("value"), QStringLiteral("1")}};
        // Pacemaker starts and stops it; the package's own unit would fight it at boot. One the
        // package started is stopped before Pacemaker takes over, never one Pacemaker runs.
        list << QJsonObject{{QStringLiteral("op"), QStringLiteral("service")},
                            {QStringLiteral("unit"), QStringLiteral("haproxy")},
                            {QStringLiteral("enabled"), false},
                            {QStringLiteral("active"), false},
                            {QStringLiteral("unless_resource"), QStringLiteral("haproxy-clone")}};
        actions.insert(node.name, list);
    }
    return actions;
}

QJsonArray SetupRun::standbyActions(bool on) const
{
    QJsonArray list;
    for (const PlanNode& node : m_plan.nodes)
        if (node.name != leader())
            list << QJsonObject{{QStringLiteral("op"), QStringLiteral("attribute")},
                                {QStringLiteral("kind"), QStringLiteral("standby")},
                                {QStringLiteral("node"), node.name},
                                {QStringLiteral("value"), on ? QJsonValue(QStringLiteral("on")) : QJsonValue(QJsonValue::Null)}};
    return list;
}

QJsonObject SetupRun::waitAction(const QString& what, const QStringList& online, int timeoutS, bool settled) const
{
    return {{QStringLiteral("op"), QStringLiteral("wait")},
            {QStringLiteral("what"), what},
            {QStringLiteral("online"), QJsonArray::fromStringList(online)},
            {QStringLiteral("timeout_s"), timeoutS},
            {QStringLiteral("settled"), settled}};
}

// ------------------------------------------------------------------ review

void SetupRun::addReview()
{
    addStep(setupStep(tr("Review the changes"), {}, false, [this](jobs::StepContext& step) {
                 QMap<QString, QJsonArray> all;
                 const auto add = [&all](const QMap<QString, QJsonArray>& more) { appendActions(all, more); };
                 add(packageActions());
                 add(firewallActions());
                 QJsonArray keygen{QJsonObject{{QStringLiteral("op"), QStringLiteral("keygen")}, {QStringLiteral("path"), QStringLiteral("/etc/corosync/authkey")}}};
                 add(onFirst(keygen));
                 // The test fence is a change too, and one the review must name: a node reboots.
                 if (!m_plan.fencing.disabled && !m_plan.fencing.allowUntested && !fenceTested())
                     m_outcomes << ActionOutcome{m_plan.fencing.testNode, QStringLiteral("fence-test"),
                                                 tr("test fence of %1").arg(m_plan.fencing.testNode), QStringLiteral("would-change"),
                                                 tr("stonith_admin --reboot %1, then waited for until it is back").arg(m_plan.fencing.testNode)};
                 add(corosyncActions({}));
                 add(onFirst(cibActions(joiningStandby())));
                 add(serviceStartActions());
                 add(onFirst(optionActions()));
                 add(onFirst(cibActions(configs().fencingElements())));
                 add(haproxyActions());
                 add(onFirst(cibActions(configs().serviceElements())));
                 runOnNodes(step, QStringLiteral("review"), all, 120000, [this, step]() mutable {
                     checkFenceParameters(step, [this, step]() mutable { simulate(step); });
                 }, true);
             }));
}

void SetupRun::checkFenceParameters(jobs::StepContext& step, std::function<void()> then)
{
    if (m_plan.fencing.disabled) {
        then();
        return;
    }
    // The agent's own metadata says what a device takes: every device's values checked against it.
    const QString agent = QStringLiteral("stonith:") + m_plan.fencing.agent;
    ssh::JobOptions options;
    options.timeoutMs = 60000;
    step.run(m_lookup(leader()), {QStringLiteral("crm_resource"), QStringLiteral("--show-metadata"), agent}, options,
             [this, step, agent, then](ssh::SshJob& command) mutable {
                 if (!command.succeeded()) {
                     m_warnings << tr("the fence agent's parameters are checked once Pacemaker and the agent are installed (%1)")
                                       .arg(command.failureText());
                     then();
                     return;
                 }
                 QString error;
                 const std::optional<pcmk::AgentMetadata> metadata = pcmk::AgentMetadata::parse(command.allStdout(), agent, &error);
                 if (!metadata) {
                     step.fail(tr("the metadata of %1 cannot be read: %2").arg(agent, error));
                     return;
                 }
                 for (const PlanNode& node : m_plan.nodes) {
                     QMap<QString, QString> values = m_plan.fencing.deviceValues(node.name);
                     // The fencer's own options (pcmk_host_list, pcmk_delay_max...) are not the agent's.
                     values.removeIf([](const auto& pair) { return pair.key().startsWith(QStringLiteral("pcmk_")); });
                     for (const QString& problem : metadata->problems(values))
                         m_refusals << Refusal{QStringLiteral("fencing.devices.") + node.name, problem};
                 }
                 if (!m_refusals.isEmpty()) {
                     refuse(step);
                     return;
                 }
                 then();
             });
}

void SetupRun::simulate(jobs::StepContext& step)
{
    // Pacemaker's own view of the configuration as it will be, all nodes up.
    QStringList argv{QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("f=$(mktemp) || exit 1; cat >\"$f\"; crm_simulate --simulate --xml-file \"$f\" \"$@\"; "
                                    "rc=$?; rm -f \"$f\"; exit $rc"),
                     QStringLiteral("hadesk-simulate")};
    for (const QString& node : m_plan.nodeNames())
        argv << QStringLiteral("--node-up") << node;
    ssh::JobOptions options;
    options.stdinData = configs().cibConfiguration();
    options.timeoutMs = 60000;
    step.run(m_lookup(leader()), argv, options, [this, step](ssh::SshJob& command) mutable {
        m_simulation = command.succeeded() ? QString::fromUtf8(command.allStdout()).trimmed()
                                           : tr("not simulated: %1").arg(command.failureText());
        step.succeed(tr("%n change(s)", nullptr, changeCount()));
    });
}

QString SetupRun::reviewText() const
{
    QString out;
    out += tr("Setup of %1: %2 nodes, %3").arg(m_plan.name).arg(m_plan.nodes.size()).arg(timingInWords()) + u'\n';
    if (!m_resumeNote.isEmpty())
        out += m_resumeNote + u'\n';
    for (const QString& w : m_warnings)
        out += tr("warning: %1").arg(w) + u'\n';
    for (const LinkResult& r : m_links)
        out += QStringLiteral("  ") + LinkTest::describe(r) + u'\n';
    QStringList nodes = m_plan.nodeNames();
    if (!m_removed.isEmpty())
        nodes << m_removed;
    for (const QString& node : std::as_const(nodes)) {
        QString section;
        for (const ActionOutcome& o : m_outcomes) {
            if (o.node != node || o.result == u"unchanged")
                continue;
            section += QStringLiteral("  %1: %2\n").arg(o.result, o.what);
            for (const QString& line : o.detail.split(u'\n', Qt::SkipEmptyParts))
                section += QStringLiteral("      ") + line + u'\n';
        }
        out += u'\n' + node + QStringLiteral(":\n") + (section.isEmpty() ? tr("  nothing to change") + u'\n' : section);
    }
    const bool fenced = fenceTested(); // done once: the journal says so
    if (changeCount() == 0)
        out += tr("\nNothing to change: the cluster is as the plan says.") + u'\n';
    else
        out += tr("\nStandby: every node but %1 while the services are added, then back online.").arg(leader()) + u'\n';
    if (const QStringList joining = joiningNodes(); !joining.isEmpty())
        out += tr("Joining: %1 in standby until its fence device runs, then online.").arg(joining.join(QStringLiteral(", "))) + u'\n';
    if (!m_plan.fencing.disabled && !m_plan.fencing.allowUntested && !fenced)
        out += tr("Test fence: %1 is rebooted by its fence device and waited for.").arg(m_plan.fencing.testNode) + u'\n';
    if (m_plan.fencing.disabled)
        out += tr("UNSAFE: fencing is disabled; a node that hangs can corrupt what the cluster runs.") + u'\n';
    else if (m_plan.fencing.allowUntested)
        out += tr("UNSAFE: fencing is not tested before services are added.") + u'\n';
    if (!m_simulation.isEmpty())
        out += tr("\nPacemaker's simulation of the result:") + u'\n' + m_simulation + u'\n';
    return out;
}

// ------------------------------------------------------------------ apply

void SetupRun::addApplySteps()
{
    addStep(setupStep(tr("Install packages"), {}, true, [this](jobs::StepContext& step) {
                 runOnNodes(step, QStringLiteral("packages"), packageActions(), 1800000, [step]() mutable { step.succeed(); });
             }));
    addStep(setupStep(tr("Open the firewall"), {}, true, [this](jobs::StepContext& step) {
                 runOnNodes(step, QStringLiteral("firewall"), firewallActions(), 120000, [step]() mutable { step.succeed(); });
             }));
    addStep(setupStep(tr("Configure corosync"), {}, true, [this](jobs::StepContext& step) {
                 // The key is made on one node and copied from there to the others.
                 const QJsonArray keygen{QJsonObject{{QStringLiteral("op"), QStringLiteral("keygen")}, {QStringLiteral("path"), QStringLiteral("/etc/corosync/authkey")}}};
                 // From a node that runs the cluster when there is one: a node being added gets its key.
                 const QString from = leader();
                 runAgent(step, from, request(QStringLiteral("apply"), QStringLiteral("corosync"), keygen), 60000,
                          [this, step, keygen, from](const Lines& lines, ssh::SshJob& command) mutable {
                              record(from, QStringLiteral("corosync"), keygen, lines);
                              for (const QJsonObject& line : lines)
                                  if (line.value(u"kind").toString() == u"action")
                                      m_authkey = line.value(u"b64").toString();
                              if (m_authkey.isEmpty()) {
                                  step.fail(tr("no corosync key on %1: %2").arg(from, agentFailure(lines, command)));
                                  return;
                              }
                              runOnNodes(step, QStringLiteral("corosync"), corosyncActions(m_authkey), 60000, [step]() mutable { step.succeed(); });
                          });
             }));
    addStep(setupStep(tr("Joining nodes in standby"), {}, true, [this](jobs::StepContext& step) {
        // Until "Nodes back online": no clone starts on a node whose fence device is not there yet.
        const QStringList names = joiningNodes();
        if (names.isEmpty()) {
            step.succeed(tr("no node joins a running cluster"));
            return;
        }
        runOnNodes(step, QStringLiteral("standby"), onFirst(cibActions(joiningStandby())), 60000, [step, names]() mutable {
            step.succeed(tr("%1 join(s) in standby").arg(names.join(QStringLiteral(", "))));
        });
    }));
    addStep(setupStep(tr("Start the cluster"), {}, true, [this](jobs::StepContext& step) {
        runOnNodes(step, QStringLiteral("start"), serviceStartActions(), 600000, [step]() mutable { step.succeed(); });
    }));
    addWaitForQuorum();
    addStep(setupStep(tr("Cluster options"), {}, true, [this](jobs::StepContext& step) {
                 runOnNodes(step, QStringLiteral("options"), onFirst(optionActions()), 120000, [step]() mutable { step.succeed(); });
             }));
    if (!m_plan.fencing.disabled) {
        addStep(setupStep(tr("Fence devices"), {}, true, [this](jobs::StepContext& step) {
                     QJsonArray actions = cibActions(configs().fencingElements());
                     actions << waitAction(tr("the fence devices started"), m_plan.nodeNames(), 120, true);
                     runOnNodes(step, QStringLiteral("fencing"), onFirst(actions), 240000, [step]() mutable { step.succeed(); });
                 }));
        if (!m_plan.fencing.allowUntested) {
            addStep(setupStep(tr("Test fence %1").arg(m_plan.fencing.testNode), m_plan.fencing.testNode, true, [this](jobs::StepContext& step) {
                         // Asked of a node that stays up: the fenced one's session goes down with it.
                         if (fenceTested()) {
                             step.succeed(tr("tested before (the journal says so)"));
                             return;
                         }
                         QString from = leader();
                         for (const PlanNode& node : m_plan.nodes)
                             if (from == m_plan.fencing.testNode && node.name != m_plan.fencing.testNode)
                                 from = node.name;
                         const TimingProfile timing = m_plan.profile();
                         const QJsonArray actions{QJsonObject{{QStringLiteral("op"), QStringLiteral("fence")},
                                                              {QStringLiteral("node"), m_plan.fencing.testNode},
                                                              {QStringLiteral("timeout_s"), timing.stonithTimeoutS},
                                                              {QStringLiteral("back_timeout_s"), 300},
                                                              {QStringLiteral("done"), fenceTested()}},
                                                  waitAction(tr("the cluster settled after the test fence"), m_plan.nodeNames(), 180, true)};
                         runOnNodes(step, QStringLiteral("fence-test"), {{from, actions}}, (timing.stonithTimeoutS + 600) * 1000,
                                    [step]() mutable { step.succeed(); });
                     }));
        }
    }
    addStep(setupStep(tr("Standby while the services are added"), {}, true, [this](jobs::StepContext& step) {
                 // Only while services are being added: a cluster that has them all stays as it is.
                 const QJsonArray services = cibActions(configs().serviceElements());
                 runAgent(step, leader(), request(QStringLiteral("review"), QStringLiteral("standby"), services), 60000,
                          [this, step](const Lines& lines, ssh::SshJob& command) mutable {
                              if (const QString failure = agentFailure(lines, command); !failure.isEmpty()) {
                                  step.fail(tr("%1: %2").arg(leader(), failure));
                                  return;
                              }
                              int pending = 0;
                              for (const QJsonObject& line : lines)
                                  pending += line.value(u"kind").toString() == u"action" && line.value(u"result").toString() != u"unchanged";
                              if (pending == 0) {
                                  step.succeed(tr("every service is in place already"));
                                  return;
                              }
                              runOnNodes(step, QStringLiteral("standby"), onFirst(standbyActions(true)), 120000, [step]() mutable { step.succeed(); });
                          });
             }));
    addStep(setupStep(tr("Configure HAProxy"), {}, true, [this](jobs::StepContext& step) {
                 runOnNodes(step, QStringLiteral("haproxy"), haproxyActions(), 120000, [step]() mutable { step.succeed(); });
             }));
    addStep(setupStep(tr("Add the VIPs and services"), {}, true, [this](jobs::StepContext& step) {
                 QJsonArray actions = cibActions(configs().serviceElements());
                 actions << waitAction(tr("the services started"), {leader()}, 180, true);
                 runOnNodes(step, QStringLiteral("services"), onFirst(actions), 300000, [step]() mutable { step.succeed(); });
             }));
    addStep(setupStep(tr("Nodes back online"), {}, true, [this](jobs::StepContext& step) {
                 QJsonArray actions = standbyActions(false);
                 actions << waitAction(tr("every node online and the cluster settled"), m_plan.nodeNames(), 180, true);
                 runOnNodes(step, QStringLiteral("online"), onFirst(actions), 300000, [step]() mutable { step.succeed(); });
             }));
}

void SetupRun::addWaitForQuorum()
{
    // A step of its own: waiting changes nothing, so its failure takes nothing back.
    addStep(setupStep(tr("Wait for quorum"), {}, false, [this](jobs::StepContext& step) {
        runOnNodes(step, QStringLiteral("quorum"), onFirst({waitAction(tr("quorum and a DC with every node online"), m_plan.nodeNames(), 180, false)}),
                   240000, [step]() mutable { step.succeed(); });
    }));
}

void SetupRun::addVerify()
{
    addStep(setupStep(tr("Verify"), {}, false, [this](jobs::StepContext& step) {
                 m_verification.clear();
                 QMap<QString, QJsonArray> checks;
                 for (const PlanNode& node : m_plan.nodes) {
                     checks[node.name] << QJsonObject{{QStringLiteral("op"), QStringLiteral("links")},
                                                      {QStringLiteral("what"), tr("corosync-cfgtool -s: every link connected")},
                                                      {QStringLiteral("links"), m_plan.linkCount()},
                                                      {QStringLiteral("timeout_s"), 30}};
                     checks[node.name] << QJsonObject{{QStringLiteral("op"), QStringLiteral("check")},
                                                      {QStringLiteral("what"), tr("corosync-quorumtool: quorate")},
                                                      {QStringLiteral("argv"), QJsonArray{QStringLiteral("corosync-quorumtool"), QStringLiteral("-s")}}};
                 }
                 QJsonArray& first = checks[leader()];
                 first << QJsonObject{{QStringLiteral("op"), QStringLiteral("check")},
                                      {QStringLiteral("what"), tr("crm_verify -L: the configuration is valid")},
                                      {QStringLiteral("argv"), QJsonArray{QStringLiteral("crm_verify"), QStringLiteral("-L")}}};
                 first << QJsonObject{{QStringLiteral("op"), QStringLiteral("resources")},
                                      {QStringLiteral("what"), tr("every resource started")},
                                      {QStringLiteral("ids"), QJsonArray::fromStringList(configs().resourceIds())},
                                      {QStringLiteral("timeout_s"), 120}};
                 for (const PlanFrontend& frontend : m_plan.frontends) {
                     const PlanVip* vip = m_plan.vip(frontend.vip);
                     const PlanService* service = m_plan.service(frontend.service);
                     if (!vip || !service)
                         continue;
                     const QString url = QStringLiteral("http://%1:%2%3").arg(vip->address.toString()).arg(frontend.port).arg(service->health);
                     first << QJsonObject{{QStringLiteral("op"), QStringLiteral("http")},
                                          {QStringLiteral("what"), tr("a request through %1 (%2)").arg(frontend.name, url)},
                                          {QStringLiteral("url"), url},
                                          {QStringLiteral("timeout_s"), 60}};
                 }
                 runOnNodes(step, QStringLiteral("verify"), checks, 300000, [this, step]() mutable {
                     for (const ActionOutcome& o : std::as_const(m_outcomes))
                         if (o.step == u"verify")
                             m_verification << QStringLiteral("%1: %2").arg(o.node, o.what);
                     step.succeed(tr("%n check(s) passed", nullptr, int(m_verification.size())));
                 });
             }));
}

// ------------------------------------------------------------------ remove a node

SetupPlan SetupRun::without(SetupPlan plan, const QString& node)
{
    plan.nodes.erase(std::remove_if(plan.nodes.begin(), plan.nodes.end(), [&](const PlanNode& n) { return n.name == node; }),
                     plan.nodes.end());
    plan.fencing.devices.remove(node);
    if (plan.fencing.testNode == node)
        plan.fencing.testNode = plan.nodes.isEmpty() ? QString() : plan.nodes.last().name;
    return plan;
}

void SetupRun::addRemoveSteps()
{
    addStep(setupStep(tr("Move every resource off %1").arg(m_removed), {}, true, [this](jobs::StepContext& step) {
        const QJsonArray actions{QJsonObject{{QStringLiteral("op"), QStringLiteral("check")},
                                             {QStringLiteral("what"), tr("standby of %1").arg(m_removed)},
                                             {QStringLiteral("argv"), QJsonArray{QStringLiteral("crm_attribute"), QStringLiteral("--node"), m_removed,
                                                                                 QStringLiteral("--name"), QStringLiteral("standby"),
                                                                                 QStringLiteral("--update"), QStringLiteral("on")}}},
                                 QJsonObject{{QStringLiteral("op"), QStringLiteral("idle")},
                                             {QStringLiteral("what"), tr("nothing running on %1").arg(m_removed)},
                                             {QStringLiteral("node"), m_removed},
                                             {QStringLiteral("timeout_s"), 180}}};
        runOnNodes(step, QStringLiteral("remove"), onFirst(actions), 240000, [step]() mutable { step.succeed(); });
    }));
    addStep(setupStep(tr("Stop the cluster on %1 and undo its setup").arg(m_removed), m_removed, true, [this](jobs::StepContext& step) {
        const QJsonObject ask{{QStringLiteral("mode"), QStringLiteral("undo")},
                              {QStringLiteral("journal"), journalFolder()},
                              {QStringLiteral("cluster"), m_plan.name}};
        runAgent(step, m_removed, ask, 900000, [this, step](const Lines& lines, ssh::SshJob& command) mutable {
            for (const QJsonObject& line : lines)
                if (line.value(u"kind").toString() == u"undone")
                    m_outcomes << ActionOutcome{m_removed, QStringLiteral("remove"), line.value(u"what").toString(), QStringLiteral("undone"), {}};
            if (const QString failure = agentFailure(lines, command); failure.isEmpty())
                step.succeed();
            else
                step.fail(tr("%1: %2").arg(m_removed, failure));
        });
    }));
    addStep(setupStep(tr("Configure corosync"), {}, true, [this](jobs::StepContext& step) {
        // The remaining nodes' nodelist without it, reloaded (before Pacemaker forgets it, or
        // corosync's nodelist would bring it back): the quorum counts them alone.
        runOnNodes(step, QStringLiteral("corosync"), corosyncActions({}), 60000, [step]() mutable { step.succeed(); });
    }));
    addStep(setupStep(tr("Forget %1 in the cluster").arg(m_removed), {}, true, [this](jobs::StepContext& step) {
        runOnNodes(step, QStringLiteral("remove"), onFirst(forgetActions()), 120000, [step]() mutable { step.succeed(); });
    }));
    addStep(setupStep(tr("Configure HAProxy"), {}, true, [this](jobs::StepContext& step) {
        runOnNodes(step, QStringLiteral("haproxy"), haproxyActions(), 120000, [this, step]() mutable {
            runOnNodes(step, QStringLiteral("remove"), onFirst({waitAction(tr("the cluster settled without %1").arg(m_removed), m_plan.nodeNames(), 180, true)}),
                       240000, [step]() mutable { step.succeed(); });
        });
    }));
}

void SetupRun::addRemovalReview()
{
    addStep(setupStep(tr("Review the changes"), {}, false, [this](jobs::StepContext& step) {
        m_outcomes << ActionOutcome{m_removed, QStringLiteral("remove"), tr("standby of %1, then waited for until nothing runs there").arg(m_removed),
                                    QStringLiteral("would-change"), {}};
        QMap<QString, QJsonArray> all = corosyncActions({});
        appendActions(all, haproxyActions());
        appendActions(all, onFirst(forgetActions()));
        runOnNodes(step, QStringLiteral("review"), all, 120000, [this, step]() mutable {
            // The check op says nothing in a review: the one command that forgets the node is named.
            m_outcomes << ActionOutcome{leader(), QStringLiteral("remove"), tr("crm_node --force --remove %1").arg(m_removed),
                                        QStringLiteral("would-change"), tr("Pacemaker forgets %1 (after corosync's nodelist is reloaded without it)").arg(m_removed)};
            const QJsonObject ask{{QStringLiteral("mode"), QStringLiteral("journal")}, {QStringLiteral("journal"), journalFolder()}};
            runAgent(step, m_removed, ask, 60000, [this, step](const Lines& lines, ssh::SshJob& command) mutable {
                if (const QString failure = agentFailure(lines, command); !failure.isEmpty()) {
                    step.fail(tr("%1: %2").arg(m_removed, failure));
                    return;
                }
                QJsonArray entries;
                for (const QJsonObject& line : lines)
                    if (line.value(u"kind").toString() == u"journal")
                        entries = line.value(u"entries").toArray();
                // Taken back in the reverse order they were made, as the undo does.
                for (qsizetype i = entries.size() - 1; i >= 0; --i)
                    if (const QString what = describeUndo(entries.at(i).toObject()); !what.isEmpty())
                        m_outcomes << ActionOutcome{m_removed, QStringLiteral("remove"), what, QStringLiteral("would-change"), {}};
                step.succeed(tr("%n change(s)", nullptr, changeCount()));
            });
        }, true);
    }));
}

QJsonArray SetupRun::forgetActions() const
{
    const QString device = QStringLiteral("fence-") + m_removed;
    QJsonArray actions{QJsonObject{{QStringLiteral("op"), QStringLiteral("cib-delete")}, {QStringLiteral("tag"), QStringLiteral("rsc_location")},
                                   {QStringLiteral("scope"), QStringLiteral("constraints")},
                                   {QStringLiteral("id"), QString(QStringLiteral("loc-") + device + QStringLiteral("-avoid"))}},
                       QJsonObject{{QStringLiteral("op"), QStringLiteral("cib-delete")}, {QStringLiteral("tag"), QStringLiteral("primitive")},
                                   {QStringLiteral("scope"), QStringLiteral("resources")},
                                   {QStringLiteral("id"), device}},
                       QJsonObject{{QStringLiteral("op"), QStringLiteral("check")},
                                   {QStringLiteral("what"), tr("crm_node --remove %1").arg(m_removed)},
                                   {QStringLiteral("argv"), QJsonArray{QStringLiteral("crm_node"), QStringLiteral("--force"),
                                                                       QStringLiteral("--remove"), m_removed}}}};
    // Two nodes left: their fence devices get the random delay two nodes need.
    for (const QJsonValue& a : cibActions(configs().fencingElements()))
        actions << a;
    return actions;
}

// ------------------------------------------------------------------ undo

void SetupRun::addUndoSteps()
{
    addStep(setupStep(tr("Stop every resource"), {}, true, [this](jobs::StepContext& step) {
                 // Resources stop in their order before the stack under them goes.
                 QString running;
                 for (const HostFacts& f : std::as_const(m_facts))
                     if (running.isEmpty() && f.runsCluster())
                         running = f.node;
                 if (running.isEmpty()) {
                     step.succeed(tr("no node runs the cluster"));
                     return;
                 }
                 const QJsonArray actions{
                     QJsonObject{{QStringLiteral("op"), QStringLiteral("check")},
                                 {QStringLiteral("what"), tr("stop-all-resources")},
                                 {QStringLiteral("argv"), QJsonArray{QStringLiteral("crm_attribute"), QStringLiteral("--type"), QStringLiteral("crm_config"),
                                                                     QStringLiteral("--name"), QStringLiteral("stop-all-resources"),
                                                                     QStringLiteral("--update"), QStringLiteral("true")}}},
                     QJsonObject{{QStringLiteral("op"), QStringLiteral("idle")}, {QStringLiteral("what"), tr("every resource stopped")}, {QStringLiteral("timeout_s"), 180}}};
                 runOnNodes(step, QStringLiteral("undo"), {{running, actions}}, 240000, [step]() mutable { step.succeed(); });
             }));
    addStep(setupStep(tr("Undo on every node"), {}, true, [this](jobs::StepContext& step) {
                 auto left = std::make_shared<int>(0);
                 auto failures = std::make_shared<QStringList>();
                 QStringList nodes;
                 for (const HostFacts& f : std::as_const(m_facts))
                     if (!f.journal.isEmpty())
                         nodes << f.node;
                 if (nodes.isEmpty()) {
                     step.succeed(tr("no node has a journal of %1: nothing to undo").arg(m_plan.name));
                     return;
                 }
                 *left = int(nodes.size());
                 for (const QString& node : std::as_const(nodes)) {
                     const QJsonObject ask{{QStringLiteral("mode"), QStringLiteral("undo")},
                                           {QStringLiteral("journal"), journalFolder()},
                                           {QStringLiteral("cluster"), m_plan.name}};
                     runAgent(step, node, ask, 900000, [this, step, node, left, failures](const Lines& lines, ssh::SshJob& command) mutable {
                         for (const QJsonObject& line : lines)
                             if (line.value(u"kind").toString() == u"undone")
                                 m_outcomes << ActionOutcome{node, QStringLiteral("undo"), line.value(u"what").toString(), QStringLiteral("undone"), {}};
                         if (const QString failure = agentFailure(lines, command); !failure.isEmpty())
                             failures->append(tr("%1: %2").arg(node, failure));
                         if (--*left > 0)
                             return;
                         if (failures->isEmpty())
                             step.succeed(tr("%n change(s) taken back", nullptr, changeCount()));
                         else
                             step.fail(failures->join(QStringLiteral("; ")));
                     });
                 }
             }));
}

} // namespace hadesk::setup
