#include "app/StatusCommand.h"

#include "app/CtlSession.h"
#include "app/RunJob.h"
#include "backend/ClusterSession.h"
#include "backend/pacemaker/ClusterFetch.h"
#include "backend/pacemaker/StatusJson.h"
#include "ssh/SshConnection.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>

#include <functional>

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
    if (!node.isClusterMember())
        flags << (node.connectionResource.isEmpty() ? node.type
                                                    : QStringLiteral("%1 via %2").arg(node.type, node.connectionResource));
    return flags.join(QLatin1String(", "));
}

void printText(const ClusterState& state, QTextStream& out)
{
    out << "Cluster " << (state.clusterName.isEmpty() ? QStringLiteral("(unnamed)") : state.clusterName)
        << ": DC " << (state.dc.isEmpty() ? QStringLiteral("none") : state.dc) << ", "
        << (state.hasQuorum ? "quorum" : "NO QUORUM") << ", CIB " << state.version() << Qt::endl;
    qsizetype nodeWidth = 0;
    for (const Node& node : state.nodes)
        nodeWidth = qMax(nodeWidth, node.name.size());
    out << "Nodes:" << Qt::endl;
    for (const Node& node : state.nodes)
        out << "  " << qSetFieldWidth(int(nodeWidth) + 2) << Qt::left << node.name << qSetFieldWidth(0)
            << nodeFlags(node) << Qt::endl;
    out << "Resources:" << Qt::endl;
    // Depth first, so what Pacemaker made inside a bundle is listed under it.
    QList<std::pair<const Resource*, int>> rows;
    const std::function<void(const Resource&, int)> visit = [&](const Resource& resource, int depth) {
        rows.append({&resource, depth});
        for (const QString& child : resource.children) {
            if (const Resource* member = state.resource(child))
                visit(*member, depth + 1);
        }
    };
    for (const Resource& resource : state.resources) {
        if (resource.parent.isEmpty())
            visit(resource, 0);
    }
    qsizetype nameWidth = 0, agentWidth = 0;
    for (const auto& [resource, depth] : std::as_const(rows)) {
        nameWidth = qMax(nameWidth, resource->id.size() + depth * 2);
        agentWidth = qMax(agentWidth, resource->agent().size());
    }
    for (const auto& [resource, depth] : std::as_const(rows)) {
        const QString name = QString(depth * 2, u' ') + resource->id;
        const QString what = resource->kind == ResourceKind::Primitive ? resource->agent() : kindName(resource->kind);
        QStringList notes;
        if (resource->failed)
            notes << QStringLiteral("FAILED");
        if (!resource->managed)
            notes << QStringLiteral("unmanaged");
        if (!resource->targetRole().isEmpty())
            notes << QStringLiteral("target-role=") + resource->targetRole();
        if (resource->orphaned)
            notes << QStringLiteral("orphaned");
        if (resource->implicit)
            notes << QStringLiteral("made by Pacemaker");
        for (const FailCount& failCount : state.failCountsOf(resource->id))
            notes << QStringLiteral("%1 failure(s) on %2").arg(failCount.count).arg(failCount.node);
        out << "  " << qSetFieldWidth(int(nameWidth) + 2) << Qt::left << name << qSetFieldWidth(int(agentWidth) + 2)
            << what << qSetFieldWidth(11) << resource->role << qSetFieldWidth(0) << resource->activeOn.join(u' ')
            << (notes.isEmpty() ? QString() : QLatin1String("  (") + notes.join(QLatin1String(", ")) + u')')
            << Qt::endl;
    }
    // Each constraint in words; those left by a move or ban first, with their lifetime.
    out << "Constraints: " << state.constraints.size() << Qt::endl;
    qsizetype idWidth = 0;
    for (const Constraint& constraint : state.constraints)
        idWidth = std::max(idWidth, constraint.id.size());
    for (const bool leftBehind : {true, false}) {
        for (const Constraint& constraint : state.constraints) {
            if (constraint.isFromMoveOrBan() != leftBehind)
                continue;
            out << "  " << qSetFieldWidth(int(idWidth) + 2) << Qt::left << constraint.id << qSetFieldWidth(0)
                << constraint.inWords()
                << (leftBehind ? QStringLiteral(", left by a move or ban, ") + constraint.lifetimeInWords() : QString())
                << Qt::endl;
        }
    }
    if (!state.failures.isEmpty()) {
        out << "Failed actions:" << Qt::endl;
        for (const FailedAction& failure : state.failures)
            out << "  " << failure.resource << ' ' << failure.operation << " on " << failure.node << ": exit "
                << failure.exitCode << " (" << failure.exitStatus << ')'
                << (failure.exitReason.isEmpty() ? QString() : QLatin1String(" ") + failure.exitReason) << " at "
                << failure.lastChange << Qt::endl;
    }
    if (!state.pending.isEmpty()) {
        out << "Pending actions:" << Qt::endl;
        for (const PendingAction& action : state.pending)
            out << "  " << action.resource << ' ' << action.operation << " on " << action.node << " since "
                << QDateTime::fromSecsSinceEpoch(action.sinceEpoch).toString(Qt::ISODate) << Qt::endl;
    }
    if (!state.tickets.isEmpty()) {
        out << "Tickets:";
        for (const Ticket& ticket : state.tickets)
            out << ' ' << ticket.id << '=' << (ticket.granted ? "granted" : "revoked") << (ticket.standby ? "(standby)" : "");
        out << Qt::endl;
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
        pcmk::CibFileJob job(cibFile);
        if (runToEnd(job) != jobs::JobState::Succeeded)
            error = job.error();
        state = job.clusterState();
        note = job.note();
    } else {
        // The console's session of the cluster: its first state is what is printed.
        CtlSession ctl(options, host);
        if (ctl.open(&error) && ctl.waitUntil([&ctl] { return ctl.session().hasState(); }, 60000, &error))
            state = ctl.session().state();
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
