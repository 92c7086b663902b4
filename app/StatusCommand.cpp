#include "app/StatusCommand.h"

#include "app/TerminalPrompter.h"
#include "backend/pacemaker/ClusterFetch.h"
#include "backend/pacemaker/StatusJson.h"
#include "ssh/SshConnection.h"

#include <QJsonDocument>
#include <QTextStream>

namespace hadesk {
namespace {

using namespace pcmk;

QString nodeFlags(const Node& node)
{
    QStringList flags{node.online ? QStringLiteral("online") : QStringLiteral("OFFLINE")};
    if (node.standby)
        flags << QStringLiteral("standby");
    if (node.maintenance)
        flags << QStringLiteral("maintenance");
    if (node.unclean)
        flags << QStringLiteral("UNCLEAN");
    if (node.pending)
        flags << QStringLiteral("pending");
    if (node.isDc)
        flags << QStringLiteral("DC");
    if (node.type != u"member")
        flags << node.type;
    return flags.join(QLatin1String(", "));
}

void printText(const ClusterState& state, QTextStream& out)
{
    out << "Cluster " << (state.clusterName.isEmpty() ? QStringLiteral("(unnamed)") : state.clusterName)
        << ": DC " << (state.dc.isEmpty() ? QStringLiteral("none") : state.dc) << ", "
        << (state.hasQuorum ? "quorum" : "NO QUORUM") << ", CIB " << state.version() << Qt::endl;
    out << "Nodes:" << Qt::endl;
    for (const Node& node : state.nodes)
        out << "  " << qSetFieldWidth(8) << Qt::left << node.name << qSetFieldWidth(0) << nodeFlags(node) << Qt::endl;
    out << "Resources:" << Qt::endl;
    for (const Resource& resource : state.resources) {
        int depth = 0;
        for (const Resource* p = state.resource(resource.parent); p; p = state.resource(p->parent))
            ++depth;
        const QString name = QString(2 + depth * 2, u' ') + resource.id;
        const QString what = resource.kind == ResourceKind::Primitive ? resource.agent() : kindName(resource.kind);
        QStringList notes;
        if (resource.failed)
            notes << QStringLiteral("FAILED");
        if (!resource.managed)
            notes << QStringLiteral("unmanaged");
        if (!resource.targetRole().isEmpty())
            notes << QStringLiteral("target-role=") + resource.targetRole();
        out << qSetFieldWidth(22) << Qt::left << name << qSetFieldWidth(28) << what << qSetFieldWidth(11)
            << resource.role << qSetFieldWidth(0) << resource.activeOn.join(u' ')
            << (notes.isEmpty() ? QString() : QLatin1String("  (") + notes.join(QLatin1String(", ")) + u')')
            << Qt::endl;
    }
    QStringList moves;
    for (const Constraint& constraint : state.constraints) {
        if (constraint.isFromMoveOrBan())
            moves << constraint.id + (constraint.expires.isEmpty() ? QString() : QLatin1String(" until ") + constraint.expires);
    }
    out << "Constraints: " << state.constraints.size();
    if (!moves.isEmpty())
        out << " (left by move/ban: " << moves.join(QLatin1String(", ")) << ')';
    out << Qt::endl;
    if (!state.failures.isEmpty()) {
        out << "Failed actions:" << Qt::endl;
        for (const FailedAction& failure : state.failures)
            out << "  " << failure.resource << ' ' << failure.operation << " on " << failure.node << ": exit "
                << failure.exitCode << " (" << failure.exitStatus << ')'
                << (failure.exitReason.isEmpty() ? QString() : QLatin1String(" ") + failure.exitReason) << " at "
                << failure.lastChange << Qt::endl;
    }
}

} // namespace

int runStatus(const SshCommandOptions& options, const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const bool json = args.contains(QStringLiteral("--json"));
    QString host, cibFile;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--cib-file" && i + 1 < args.size())
            cibFile = args.at(++i);
        else if (args.at(i) != u"--json" && host.isEmpty())
            host = args.at(i);
    }
    if (host.isEmpty() == cibFile.isEmpty()) {
        err << "usage: hadeskctl [--ssh-config FILE] status HOST [--json] | status --cib-file FILE [--json]"
            << Qt::endl;
        return 2;
    }
    QString error, note;
    std::optional<ClusterState> state;
    if (!cibFile.isEmpty()) {
        state = ClusterFetch::fromFile(cibFile, &error, &note);
    } else {
        ssh::SshConnection connection({host, options.sshConfig});
        TerminalPrompter prompter(&connection, options.acceptNew);
        state = ClusterFetch::live(connection, 60000, &error);
    }
    if (!state) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    if (!note.isEmpty())
        err << "hadeskctl: " << note << Qt::endl;
    if (json)
        out << QJsonDocument(statusJson(*state)).toJson(QJsonDocument::Indented);
    else
        printText(*state, out);
    return 0;
}

} // namespace hadesk
