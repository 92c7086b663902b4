#include "app/BenchParse.h"
#include "app/DrbdCommand.h"
#include "app/DrillCommand.h"
#include "app/SetupCommand.h"
#include "app/HaproxyCommand.h"
#include "app/NetworkCommand.h"
#include "app/OperationCommands.h"
#include "app/SshCommands.h"
#include "app/Startup.h"
#include "app/StatusCommand.h"
#include "backend/BuildInfo.h"
#include "backend/ClusterStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

using namespace hadesk;

namespace {

struct Ctl
{
    Q_DECLARE_TR_FUNCTIONS(hadeskctl)
};

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

int fail(const QString& message)
{
    err() << "hadeskctl: " << message << Qt::endl;
    return 1;
}

int listClusters(ClusterStore& store)
{
    for (const ClusterProfile& cluster : store.clusters()) {
        out() << cluster.name << '\t' << cluster.sshConfigPath << Qt::endl;
        for (const ClusterNode& node : cluster.nodes)
            out() << "  " << node.sshHost << '\t' << node.address << Qt::endl;
    }
    return 0;
}

// add-cluster NAME --nodes ADDR[,ADDR...] [--user U] [--port P] [--key FILE | --password]
int addClusterByAddress(ClusterStore& store, const QString& name, const QStringList& options)
{
    QStringList addresses;
    NodeLogin login;
    for (int i = 0; i < options.size(); ++i) {
        const QString& option = options.at(i);
        const bool hasValue = i + 1 < options.size();
        if (option == u"--password") {
            login.auth = NodeLogin::Auth::Password;
        } else if (!hasValue) {
            return fail(Ctl::tr("%1 needs a value").arg(option));
        } else if (option == u"--nodes") {
            addresses += NodeAddressConfig::split(options.at(++i));
        } else if (option == u"--user") {
            login.user = options.at(++i);
        } else if (option == u"--port") {
            bool ok = false;
            login.port = options.at(++i).toInt(&ok);
            if (!ok)
                return fail(Ctl::tr("%1 is not a port number").arg(options.at(i)));
        } else if (option == u"--key") {
            login.auth = NodeLogin::Auth::KeyFile;
            login.keyFile = options.at(++i);
        } else {
            return fail(Ctl::tr("unknown option %1").arg(option));
        }
    }
    QString error;
    if (!store.addByAddresses(name, addresses, login, &error))
        return fail(error);
    out() << Ctl::tr("Added cluster %1 with %n node(s)", nullptr, int(addresses.size())).arg(name)
          << Qt::endl;
    return 0;
}

int addCluster(ClusterStore& store, const QStringList& args)
{
    if (args.size() >= 2 && args.at(1).startsWith(QLatin1String("--")))
        return addClusterByAddress(store, args.at(0), args.mid(1));
    if (args.size() < 2)
        return fail(Ctl::tr("usage: hadeskctl add-cluster NAME SSH_CONFIG [HOST...]\n"
                            "       hadeskctl add-cluster NAME --nodes ADDR[,ADDR...] [--user USER] "
                            "[--port PORT] [--key FILE | --password]"));
    QString error;
    const auto cluster = ClusterStore::fromSshConfig(args.at(0), args.at(1), args.mid(2), &error);
    if (!cluster || !store.add(*cluster, &error))
        return fail(error);
    out() << Ctl::tr("Added cluster %1 with %n node(s)", nullptr, int(cluster->nodes.size()))
                 .arg(cluster->name)
          << Qt::endl;
    return 0;
}

int removeCluster(ClusterStore& store, const QStringList& args)
{
    if (args.size() != 1)
        return fail(Ctl::tr("usage: hadeskctl remove-cluster NAME"));
    QString error;
    if (!store.remove(args.at(0), &error))
        return fail(error);
    return 0;
}

} // namespace

// A drill's report is drawn (its PDF needs fonts, hence a QGuiApplication), off any screen: the
// other commands stay without Qt GUI.
std::unique_ptr<QCoreApplication> applicationFor(int& argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "drill") != 0)
            continue;
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> application = applicationFor(argc, argv);
    QCoreApplication& app = *application;
    const QString languageWarning = Startup::begin(&app);

    QCommandLineParser parser;
    // Everything after the command belongs to it (exec's remote arguments, bench's -n).
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setApplicationDescription(
        Ctl::tr("hadeskctl: HAdesk without a window, for scripts, tests and benchmarks.") +
        QLatin1String("\n\n") + Ctl::tr("Commands:") + QLatin1Char('\n') +
        QLatin1String("  clusters                                ") +
        Ctl::tr("list the clusters and their nodes") + QLatin1Char('\n') +
        QLatin1String("  add-cluster NAME SSH_CONFIG [HOST...]   ") +
        Ctl::tr("add a cluster whose nodes are hosts of an OpenSSH configuration") + QLatin1Char('\n') +
        QLatin1String("  add-cluster NAME --nodes ADDR,... [...] ") +
        Ctl::tr("add a cluster by node addresses (--user, --port, --key FILE or --password)") +
        QLatin1Char('\n') +
        QLatin1String("  remove-cluster NAME                     ") +
        Ctl::tr("remove a cluster from the list (the cluster itself is not touched)") + QLatin1Char('\n') +
        QLatin1String("  exec HOST -- CMD [ARGS...]              ") +
        Ctl::tr("run a command on a host over SSH; its output and exit code pass through") +
        QLatin1Char('\n') + QLatin1String("  status HOST | --cib-file FILE [--json]  ") +
        Ctl::tr("the cluster's nodes, resources, constraints and failures, live or from a CIB file") +
        QLatin1Char('\n') + QLatin1String("  resource ACTION HOST RESOURCE [...]     ") +
        Ctl::tr("start, stop, move, ban, clear, cleanup; previewed first (--preview: only that)") +
        QLatin1Char('\n') + QLatin1String("  node ACTION HOST NODE [--preview]       ") +
        Ctl::tr("standby, online, maintenance, ready; previewed first") + QLatin1Char('\n') +
        QLatin1String("  cluster ACTION HOST [--preview]         ") +
        Ctl::tr("maintenance, ready, clear-expired; previewed first") + QLatin1Char('\n') +
        QLatin1String("  constraint add|remove ...               ") +
        Ctl::tr("add a location, colocation or order constraint, or remove one; previewed first") +
        QLatin1Char('\n') + QLatin1String("  network HOST [--json]                   ") +
        Ctl::tr("segments, interfaces per node, VIPs with their segment and holder, warnings") +
        QLatin1Char('\n') + QLatin1String("  haproxy HOST [ACTION ...] [--json]      ") +
        Ctl::tr("HAProxy's frontends, backends and servers; drain|ready|maint NODE or BACKEND/SERVER, "
                "weight BACKEND/SERVER N, checks on|off BACKEND/SERVER; config show, check FILE, install FILE "
                "(checked on every node, reloaded, rolled back if the reload fails)") +
        QLatin1Char('\n') + QLatin1String("  drbd HOST [ACTION ...] [--json|--watch] ") +
        Ctl::tr("DRBD resources on HOST's DRBD nodes: roles, disks, links, sync progress with rate and ETA, "
                "warnings; drbdadm actions with their risks confirmed (--yes), promote through Pacemaker, "
                "split-brain recovery") +
        QLatin1Char('\n') + QLatin1String("  drill list | show NAME|PLAN             ") +
        Ctl::tr("the ready-made failover drills; a drill's plan as JSON") +
        QLatin1Char('\n') + QLatin1String("  drill HOST run NAME|PLAN [...]          ") +
        Ctl::tr("break the cluster on purpose, measure each service's outage from here, recover, prove it "
                "restored and report (--report DIR, --yes, --dry-run); exit 1 an expectation failed, 2 refused "
                "or aborted, 3 not proven restored") +
        QLatin1Char('\n') + QLatin1String("  drill HOST history [--json]             ") +
        Ctl::tr("every drill run on the cluster, with its result and worst outage") +
        QLatin1Char('\n') + QLatin1String("  setup example HOST...                   ") +
        Ctl::tr("a commented starting plan for building a cluster on these hosts") +
        QLatin1Char('\n') + QLatin1String("  setup [--dry-run] [--yes] PLAN          ") +
        Ctl::tr("bare hosts to a running HA stack: checks, link test, review, then each step (resumable); "
                "exit 1 failed and undone, 2 refused by a check") +
        QLatin1Char('\n') + QLatin1String("  setup --undo [--yes] PLAN               ") +
        Ctl::tr("take a cluster HAdesk built back to bare hosts (what its journal says it did)") +
        QLatin1Char('\n') + QLatin1String("  setup add-node [--yes] PLAN NODE        ") +
        Ctl::tr("add a host to a running cluster HAdesk built: the plan with the node in it, corosync reloaded") +
        QLatin1Char('\n') + QLatin1String("  setup remove-node [--yes] PLAN NODE     ") +
        Ctl::tr("take a node out of a running cluster HAdesk built: resources moved off, its setup undone, corosync reloaded") +
        QLatin1Char('\n') + QLatin1String("  bench ssh HOST [-n N] [--json]          ") +
        Ctl::tr("measure SSH round trips: held session, OpenSSH multiplexing, fresh ssh") +
        QLatin1Char('\n') + QLatin1String("  bench parse CIB_FILE [-n N] [--json]    ") +
        Ctl::tr("time HAdesk's model of a CIB against crm_mon rendering it") + QLatin1Char('\n') +
        QLatin1String("  bench status HOST [-n N] [--json]       ") +
        Ctl::tr("time a full refresh over a held session against crm_mon on the node"));
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           Ctl::tr("Show the version of HAdesk, Qt and libssh."));
    parser.addOption(versionOption);
    Startup::addCommonOptions(&parser);
    const QCommandLineOption sshConfigOption(
        QStringLiteral("ssh-config"),
        Ctl::tr("OpenSSH client configuration to use, like ssh -F; default: ~/.ssh/config."),
        QStringLiteral("file"));
    const QCommandLineOption acceptNewOption(
        QStringLiteral("accept-new"),
        Ctl::tr("Accept and record the host key of a host seen for the first time (never a "
                "changed one)."));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"), Ctl::tr("exec: stop the command after this many seconds."),
        QStringLiteral("seconds"));
    parser.addOption(sshConfigOption);
    parser.addOption(acceptNewOption);
    parser.addOption(timeoutOption);
    parser.addPositionalArgument(QStringLiteral("command"), Ctl::tr("What to do (see Commands)."),
                                 QStringLiteral("command [args...]"));
    parser.process(app);

    if (parser.isSet(versionOption)) {
        out() << QStringLiteral("hadeskctl %1 (Qt %2, libssh %3)")
                     .arg(BuildInfo::version(), BuildInfo::qtVersion(), BuildInfo::libsshVersion())
              << Qt::endl;
        return 0;
    }
    if (!languageWarning.isEmpty())
        err() << languageWarning << Qt::endl;

    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err() << parser.helpText();
        return 2;
    }
    const QString command = args.takeFirst();
    const SshCommandOptions sshOptions{parser.value(sshConfigOption), parser.isSet(acceptNewOption),
                                       parser.value(timeoutOption).toInt() * 1000, Startup::clusterStorePath(parser)};
    if (command == u"exec")
        return runExec(sshOptions, args);
    if (command == u"status")
        return runStatus(sshOptions, args);
    if (command == u"haproxy")
        return runHaproxy(sshOptions, args);
    if (command == u"network")
        return runNetwork(sshOptions, args);
    if (command == u"drbd")
        return runDrbd(sshOptions, args);
    if (command == u"drill")
        return runDrill(sshOptions, args);
    if (command == u"setup")
        return runSetup(sshOptions, args);
    if (command == u"resource" || command == u"node" || command == u"cluster" || command == u"constraint")
        return runOperation(sshOptions, command, args);
    if (command == u"bench" && args.value(0) == u"status")
        return runBenchStatus(sshOptions, args.mid(1));
    if (command == u"bench" && args.value(0) == u"parse")
        return runBenchParse(args.mid(1));
    if (command == u"bench" && args.value(0) == u"ssh")
        return runBenchSsh(sshOptions, args.mid(1));
    ClusterStore store(Startup::clusterStorePath(parser));
    QString error;
    if (!store.load(&error))
        err() << "hadeskctl: " << error << Qt::endl;

    if (command == u"clusters")
        return listClusters(store);
    if (command == u"add-cluster")
        return addCluster(store, args);
    if (command == u"remove-cluster")
        return removeCluster(store, args);
    return fail(Ctl::tr("unknown command '%1'; see --help").arg(command));
}
