#include "app/HaproxyCommand.h"

#include "app/CtlSession.h"
#include "app/RunJob.h"
#include "backend/ClusterSession.h"
#include "backend/haproxy/ConfigEditor.h"
#include "backend/CommandJson.h"
#include "backend/haproxy/HaproxyMonitor.h"
#include "backend/network/NetworkMonitor.h"
#include "backend/haproxy/ConfigJobs.h"
#include "backend/haproxy/RuntimeApi.h"
#include "backend/haproxy/RuntimeCommandJob.h"
#include "backend/pacemaker/ClusterState.h"
#include "ssh/SshConnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <memory>
#include <vector>

namespace hadesk {
namespace {

using haproxy::Proxy;
using haproxy::RuntimeApi;
using haproxy::RuntimeState;
using haproxy::Server;

constexpr int kTimeoutMs = 30000;

struct Ctl
{
    Q_DECLARE_TR_FUNCTIONS(hadeskctl)
};

void printText(const RuntimeState& state, QTextStream& out)
{
    out << "HAProxy " << state.info.value(QStringLiteral("Version")) << ", up "
        << state.info.value(QStringLiteral("Uptime")) << ", " << state.info.value(QStringLiteral("CurrConns"))
        << " connections" << Qt::endl;
    for (const Proxy& p : state.frontends)
        out << "frontend " << p.name << '\t' << p.status << "\tsessions " << p.sessions << '/' << p.sessionLimit
            << "\t" << p.requestRate << " req/s" << Qt::endl;
    for (const Proxy& p : state.backends) {
        out << "backend " << p.name << '\t' << p.status << "\tsessions " << p.sessions << Qt::endl;
        for (const Server& s : p.servers) {
            out << "  " << s.name << '\t' << s.address << '\t' << s.status << '\t' << s.adminText()
                << "\tweight " << s.weight << "\tsessions " << s.sessions << "\tcheck "
                << (s.checksEnabled() ? s.checkStatus : QStringLiteral("off"));
            if (s.lastChangeSeconds >= 0)
                out << "\tchanged " << s.lastChangeSeconds << " s ago";
            out << Qt::endl;
        }
    }
}

// BACKEND/SERVER, or a node: every server standing for it.
QList<std::pair<QString, QString>> targetsOf(const RuntimeState& state, const QString& target, QString* error)
{
    QList<std::pair<QString, QString>> targets;
    if (target.contains(u'/')) {
        const QString backend = target.section(u'/', 0, 0), server = target.section(u'/', 1);
        if (!state.server(backend, server))
            *error = Ctl::tr("HAProxy has no server %1").arg(target);
        else
            targets.append({backend, server});
        return targets;
    }
    for (const Server& s : RuntimeApi::serversOfNode(state, target))
        targets.append({s.backend, s.name});
    if (targets.isEmpty())
        *error = Ctl::tr("no HAProxy server stands for node %1 (give BACKEND/SERVER)").arg(target);
    return targets;
}

QByteArray readLocalFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Ctl::tr("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

// config: show the file (its digest on stderr, for --expect), check a local file with haproxy -c,
// or install it on every node of the cluster that runs HAProxy, all checked before any is
// changed: the console's configuration editor, on its session.
int runConfig(const SshCommandOptions& options, const QString& host, const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    QByteArray expected;
    QStringList words;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--expect" && i + 1 < args.size())
            expected = args.at(++i).toLatin1();
        else
            words << args.at(i);
    }
    const QString verb = words.value(0, QStringLiteral("show"));
    if (!((verb == u"show" && words.size() <= 1) || ((verb == u"check" || verb == u"install") && words.size() == 2))) {
        err << Ctl::tr("usage: hadeskctl haproxy HOST config [show | check FILE | install FILE [--expect SHA256]]")
            << Qt::endl;
        return 2;
    }
    const QByteArray text = verb == u"show" ? QByteArray() : readLocalFile(words.at(1), &error);
    if (!error.isEmpty()) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }

    CtlSession ctl(options, host);
    if (!ctl.open(&error)) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    ClusterSession& session = ctl.session();
    haproxy::ConfigEditor editor(session.haproxy(), session.jobs(), session.name());
    QString loadError;
    QObject::connect(&editor, &haproxy::ConfigEditor::loaded, &editor, [&loadError](bool ok, const QString& why) {
        if (!ok)
            loadError = why;
    });
    ctl.finish(editor.load());
    if (!loadError.isEmpty() || editor.sourceNode().isEmpty()) {
        err << "hadeskctl: " << (loadError.isEmpty() ? Ctl::tr("no node runs HAProxy") : loadError) << Qt::endl;
        return 1;
    }
    const QStringList differing = editor.differingNodes();
    if (verb == u"show") {
        out << QString::fromUtf8(editor.text());
        out.flush();
        err << "sha256 " << editor.sourceDigest() << Qt::endl;
        if (!differing.isEmpty())
            err << Ctl::tr("hadeskctl: the file on %1 is different (this is %2's)").arg(differing.join(u", "), editor.sourceNode())
                << Qt::endl;
        return 0;
    }
    if (verb == u"check") {
        bool valid = false;
        QString report;
        QObject::connect(&editor, &haproxy::ConfigEditor::checked, &editor, [&](bool ok, const QString& said) {
            valid = ok;
            report = said;
        });
        ctl.finish(editor.check(text));
        (valid ? out : err) << report << Qt::endl;
        return valid ? 0 : 1;
    }
    // --expect: the file must still be the one the operator read (on every node).
    if (!expected.isEmpty()) {
        QStringList changed;
        const bool sourceIsExpected = editor.sourceDigest() == expected;
        for (const QString& node : editor.nodes())
            if (!sourceIsExpected || differing.contains(node))
                changed << node;
        if (!changed.isEmpty()) {
            err << "hadeskctl: " << Ctl::tr("the file on %1 is not the one with SHA-256 %2: nothing was changed")
                                        .arg(changed.join(u", "), QString::fromLatin1(expected))
                << Qt::endl;
            return 1;
        }
    }
    haproxy::RolloutResult result;
    QObject::connect(&editor, &haproxy::ConfigEditor::installed, &editor,
                     [&result](const haproxy::RolloutResult& done) { result = done; });
    ctl.finish(editor.install(text));
    if (result.installed)
        for (const auto& [node, step] : result.perNode)
            out << node << ": " << step.detail << Qt::endl;
    (result.installed ? out : err) << result.summary << Qt::endl;
    return result.installed ? 0 : 1;
}

} // namespace

int runHaproxy(const SshCommandOptions& options, const QStringList& rawArgs)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args;
    bool json = false;
    QString socket;
    for (int i = 0; i < rawArgs.size(); ++i) {
        if (rawArgs.at(i) == u"--json")
            json = true;
        else if (rawArgs.at(i) == u"--socket" && i + 1 < rawArgs.size())
            socket = rawArgs.at(++i);
        else
            args << rawArgs.at(i);
    }
    const QString usage = Ctl::tr(
        "usage: hadeskctl haproxy HOST [--json] [--socket PATH]\n"
        "       hadeskctl haproxy HOST drain|ready|maint NODE|BACKEND/SERVER\n"
        "       hadeskctl haproxy HOST weight BACKEND/SERVER N\n"
        "       hadeskctl haproxy HOST checks on|off BACKEND/SERVER\n"
        "       hadeskctl haproxy HOST config [show | check FILE | install FILE [--expect SHA256]]");
    const QString action = args.value(1);
    if (action == u"config")
        return runConfig(options, args.at(0), rawArgs.mid(rawArgs.indexOf(QStringLiteral("config"), 1) + 1));
    const bool known = args.size() == 1 || (args.size() == 3 && RuntimeApi::serverStateNamed(action)) ||
                       (args.size() == 4 && (action == u"weight" || action == u"checks"));
    if (!known || (action == u"checks" && args.at(2) != u"on" && args.at(2) != u"off")) {
        err << usage << Qt::endl;
        return 2;
    }
    bool weightOk = true;
    const int weight = action == u"weight" ? args.at(3).toInt(&weightOk) : 0;
    if (!weightOk) {
        err << "hadeskctl: " << Ctl::tr("%1 is not a weight").arg(args.at(3)) << Qt::endl;
        return 2;
    }
    QString error;
    CtlSession ctl(options, args.at(0));
    if (!ctl.open(&error)) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    ClusterSession& session = ctl.session();
    haproxy::HaproxyMonitor* monitor = session.haproxy();
    if (args.size() == 1) {
        // HOST's HAProxy as the console's HAProxy tab reads it (a socket given is read as asked).
        const QString node = ctl.node();
        std::optional<RuntimeState> state;
        if (!socket.isEmpty()) {
            state = readHaproxy(*session.connectionTo(node), &socket, &error);
        } else {
            monitor->want(&ctl);
            ctl.waitUntil([&] { return monitor->states().contains(node) || monitor->errors().contains(node); },
                          kTimeoutMs, &error, CtlSession::OnStateFailure::Wait);
            if (monitor->states().contains(node))
                state = monitor->states().value(node);
            else if (monitor->errors().contains(node))
                error = monitor->errors().value(node);
        }
        if (!state) {
            err << "hadeskctl: " << node << ": " << error << Qt::endl;
            return 1;
        }
        if (json)
            out << QJsonDocument(json::haproxy(*state)).toJson(QJsonDocument::Indented);
        else
            printText(*state, out);
        return 0;
    }

    // As the console does: every balancer of the cluster gets it (or clients keep reaching the
    // server through the others), each audited.
    monitor->want(&ctl);
    const auto everyoneAnswered = [monitor] {
        return monitor->states().size() + monitor->errors().size() >= monitor->nodes().size();
    };
    ctl.waitUntil([&] { return everyoneAnswered() && session.network()->hasPicture(); }, 30000, &error,
                  CtlSession::OnStateFailure::Wait);
    if (monitor->states().isEmpty()) {
        err << "hadeskctl: " << Ctl::tr("no HAProxy answered: %1")
                                    .arg(monitor->errors().isEmpty() ? error : QStringList(monitor->errors().values()).join(u"; "))
            << Qt::endl;
        return 1;
    }
    // A copy: the rounds go on while the job runs, and each may replace the monitor's states.
    const RuntimeState state = monitor->states().first();
    const QString target = action == u"weight" ? args.at(2) : args.at(args.size() - 1);
    QStringList commands;
    QString what;
    const bool nodeState = !target.contains(u'/') && RuntimeApi::serverStateNamed(action);
    if (nodeState) {
        // The node menu's own commands.
        commands = session.haproxyCommandsForNode(target, action, &error);
        what = QStringLiteral("haproxy %1 node %2").arg(action, target);
    } else {
        const auto commandFor = [&](const QString& backend, const QString& server) {
            if (action == u"weight")
                return RuntimeApi::setWeight(backend, server, weight, &error);
            if (action == u"checks")
                return RuntimeApi::setHealthChecks(backend, server, args.at(2) == u"on", &error);
            return RuntimeApi::setState(backend, server, *RuntimeApi::serverStateNamed(action), &error);
        };
        for (const auto& [backend, server] : targetsOf(state, target, &error)) {
            const std::optional<QString> command = commandFor(backend, server);
            if (!command)
                break;
            commands << *command;
        }
        what = QStringLiteral("haproxy %1 %2").arg(action, target);
    }
    if (commands.isEmpty()) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    jobs::Job* job = session.sendHaproxy(commands, what);
    if (!job) {
        err << "hadeskctl: " << Ctl::tr("this cluster is read-only") << Qt::endl;
        return 1;
    }
    // HAProxy is read again once the job ends: the next round shows what each node took.
    bool readBack = false;
    QObject context;
    QObject::connect(job, &jobs::Job::finished, &context, [&] {
        QObject::connect(monitor, &haproxy::HaproxyMonitor::updated, &context, [&readBack] { readBack = true; });
    });
    const bool done = ctl.finish(job) == jobs::JobState::Succeeded;
    if (json) {
        out << QJsonDocument(json::job(*job)).toJson(QJsonDocument::Indented);
        return done ? 0 : 1;
    }
    if (!done) {
        err << "hadeskctl: " << job->error() << Qt::endl;
        return 1;
    }
    ctl.waitUntil([&readBack] { return readBack; }, 20000, &error, CtlSession::OnStateFailure::Wait);
    // What each HAProxy says now, for the servers touched.
    QList<std::pair<QString, QString>> touched;
    if (nodeState) {
        for (const Server& s : RuntimeApi::serversOfNode(state, target, session.network()->picture().addressesOf(target)))
            touched.append({s.backend, s.name});
    } else {
        touched = targetsOf(state, target, &error);
    }
    for (auto it = monitor->states().cbegin(); it != monitor->states().cend(); ++it) {
        for (const auto& [backend, server] : std::as_const(touched)) {
            if (const Server* s = it.value().server(backend, server))
                out << it.key() << '\t' << backend << '/' << server << '\t' << s->status << '\t' << s->adminText()
                    << "\tweight " << s->weight << "\tcheck "
                    << (s->checksEnabled() ? QStringLiteral("on") : QStringLiteral("off")) << Qt::endl;
        }
    }
    return 0;
}
} // namespace hadesk
