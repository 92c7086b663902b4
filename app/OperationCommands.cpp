#include "app/OperationCommands.h"

#include "app/CtlSession.h"
#include "app/RunJob.h"
#include "backend/ClusterSession.h"
#include "backend/pacemaker/AgentMetadata.h"
#include "backend/pacemaker/ClusterOperation.h"
#include "backend/pacemaker/ClusterStateReader.h"
#include "backend/pacemaker/OperationJobs.h"
#include "ssh/SshConnection.h"

#include <QRegularExpression>
#include <QTextStream>

namespace hadesk {

int previewAndApply(CtlSession& ctl, const pcmk::ClusterOperation& operation, bool previewOnly)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    ClusterSession& session = ctl.session();
    pcmk::PreviewJob* previewJob = session.preview(operation);
    if (!previewJob) {
        err << "hadeskctl: " << QStringLiteral("%1 is read-only: no changes from here").arg(session.name()) << Qt::endl;
        return 1;
    }
    if (ctl.finish(previewJob) != jobs::JobState::Succeeded) {
        err << "hadeskctl: " << previewJob->error() << Qt::endl;
        return 1;
    }
    const pcmk::Preview* preview = &previewJob->preview();
    out << operation.summary << Qt::endl;
    for (const QString& effect : preview->effects)
        out << "  this " << effect << Qt::endl;
    if (!operation.previewable)
        out << "  (nothing to simulate: this acts on running resources, not on the configuration)" << Qt::endl;
    else if (preview->actions.isEmpty())
        out << "  Pacemaker would change nothing" << Qt::endl;
    for (const pcmk::PlannedAction& planned : preview->actions)
        out << "  " << planned.text() << Qt::endl;
    if (previewOnly)
        return 0;
    pcmk::ApplyJob* applyJob = session.apply(operation, *preview);
    ctl.finish(applyJob);
    const pcmk::ApplyResult& result = applyJob->result();
    (result.outcome == pcmk::ApplyResult::Outcome::Applied ? out : err) << result.message << Qt::endl;
    if (result.outcome == pcmk::ApplyResult::Outcome::Applied && !preview->leftBehind.isEmpty())
        out << "left behind: " << preview->leftBehind.join(QStringLiteral(", ")) << " (hadeskctl resource clear HOST "
            << operation.resource << " removes it)" << Qt::endl;
    switch (result.outcome) {
    case pcmk::ApplyResult::Outcome::Applied: return 0;
    case pcmk::ApplyResult::Outcome::Stale: return 75;
    case pcmk::ApplyResult::Outcome::Failed: return 1;
    }
    return 1;
}

// "10s", "10000ms", "1min", "10" (seconds, as Pacemaker reads a bare number).
std::optional<int> intervalMs(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,7})(ms|s|min)?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int value = match.captured(1).toInt();
    const QString unit = match.captured(2);
    return unit == u"ms" ? value : unit == u"min" ? value * 60000 : value * 1000;
}

int runOperation(const SshCommandOptions& options, const QString& scope, const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList positional;
    QString node, lifetime, cloneId, cleanupOperation, cleanupInterval;
    bool previewOnly = false, promotable = false, meta = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--node" && i + 1 < args.size())
            node = args.at(++i);
        else if (args.at(i) == u"--lifetime" && i + 1 < args.size())
            lifetime = args.at(++i);
        else if (args.at(i) == u"--id" && i + 1 < args.size())
            cloneId = args.at(++i);
        else if (args.at(i) == u"--operation" && i + 1 < args.size())
            cleanupOperation = args.at(++i);
        else if (args.at(i) == u"--interval" && i + 1 < args.size())
            cleanupInterval = args.at(++i);
        else if (args.at(i) == u"--preview")
            previewOnly = true;
        else if (args.at(i) == u"--promotable")
            promotable = true;
        else if (args.at(i) == u"--meta")
            meta = true;
        else
            positional << args.at(i);
    }
    // How many words each form takes, the action first.
    const QString verb = positional.value(0);
    const qsizetype words = positional.size();
    bool wellFormed = false;
    if (scope == u"cluster")
        wellFormed = words == 2;
    else if (scope == u"resource" && verb == u"create")
        wellFormed = words >= 4; // create HOST ID AGENT [NAME=VALUE...]
    else if (scope == u"resource" && verb == u"group")
        wellFormed = words >= 4; // group HOST GROUP RESOURCE...
    else if (scope == u"resource" && verb == u"set")
        wellFormed = words == 5; // set HOST RESOURCE NAME VALUE
    else if (scope == u"resource" && verb == u"unset")
        wellFormed = words == 4; // unset HOST RESOURCE NAME
    else if (scope != u"constraint")
        wellFormed = words == 3;
    else if (verb == u"remove")
        wellFormed = words == 3;
    else if (verb == u"edit")
        wellFormed = words >= 4; // edit HOST ID NAME=VALUE...
    else if (verb == u"add")
        wellFormed = positional.value(1) == u"order" ? (words == 6 || words == 7) : words == 7;
    if (!wellFormed) {
        err << "usage: hadeskctl resource start|stop|restart|move|ban|clear|cleanup|manage|unmanage|maintenance|ready|promote "
               "HOST RESOURCE [--node N] [--lifetime PT1H] [--preview]\n"
               "       hadeskctl resource cleanup HOST RESOURCE --node N --operation OP [--interval 10s]: one operation's failures\n"
               "       hadeskctl resource create HOST ID AGENT [NAME=VALUE...] [--preview]; resource delete HOST ID\n"
               "       hadeskctl resource group HOST GROUP RESOURCE...; resource ungroup HOST GROUP [--preview]\n"
               "       hadeskctl resource clone HOST RESOURCE [--id CLONE] [--promotable]; resource unclone HOST CLONE\n"
               "       hadeskctl resource set HOST RESOURCE NAME VALUE [--meta]; resource unset HOST RESOURCE NAME [--meta]\n"
               "       hadeskctl node standby|online|maintenance|ready HOST NODE [--preview]\n"
               "       hadeskctl cluster maintenance|ready|clear-expired HOST [--preview]\n"
               "       hadeskctl constraint add location HOST ID RESOURCE NODE SCORE [--preview]\n"
               "       hadeskctl constraint add colocation HOST ID RESOURCE WITH-RESOURCE SCORE [--preview]\n"
               "       hadeskctl constraint add order HOST ID FIRST THEN [Mandatory|Optional|Serialize] [--preview]\n"
               "       hadeskctl constraint edit HOST ID NAME=VALUE... [--preview]\n"
               "       hadeskctl constraint remove HOST ID [--preview]"
            << Qt::endl;
        return 2;
    }
    const QString& action = positional.at(0);
    // constraint add KIND HOST ...: the host comes after the kind.
    const bool adding = scope == u"constraint" && action == u"add";
    const QString& host = positional.at(adding ? 2 : 1);
    QString error;
    std::optional<pcmk::ClusterOperation> operation;
    // The console's session of the cluster: its preview and apply are the console's own.
    CtlSession ctl(options, host);
    if (!ctl.open(&error)) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    ClusterSession& session = ctl.session();
    ssh::SshConnection& connection = *session.connection();
    const auto pairs = [&](const QStringList& assignments, QMap<QString, QString>* values) {
        for (const QString& pair : assignments) {
            const qsizetype equals = pair.indexOf(u'=');
            if (equals <= 0) {
                err << "hadeskctl: '" << pair << "' is not NAME=VALUE" << Qt::endl;
                return false;
            }
            values->insert(pair.left(equals), pair.mid(equals + 1));
        }
        return true;
    };
    // Rearrangements are computed from the CIB as it is now.
    const bool restructures = scope == u"resource" && (action == u"group" || action == u"ungroup" ||
                                                       action == u"clone" || action == u"unclone");
    // So are constraint edits and deletions (refused while constraints name the resource),
    // from the configuration as read from it.
    const bool deletes = scope == u"resource" && action == u"delete";
    const bool edits = scope == u"constraint" && action == u"edit";
    std::optional<QByteArray> cib;
    pcmk::ClusterState state;
    if (restructures || deletes || edits) {
        std::unique_ptr<pcmk::ReadJob> read(pcmk::ReadJob::cib(&connection));
        if (runToEnd(*read) == jobs::JobState::Succeeded)
            cib = read->output();
        else
            error = read->error();
        if (!cib || ((deletes || edits) && !pcmk::ClusterStateReader::readCib(*cib, &state, &error))) {
            err << "hadeskctl: " << error << Qt::endl;
            return 1;
        }
    }
    if (restructures && action == u"group") {
        operation = pcmk::ClusterOperation::group(*cib, positional.at(2), positional.mid(3), &error);
    } else if (restructures && action == u"ungroup") {
        operation = pcmk::ClusterOperation::ungroup(*cib, positional.at(2), &error);
    } else if (restructures && action == u"clone") {
        operation = pcmk::ClusterOperation::clone(*cib, positional.at(2), cloneId, promotable, &error);
    } else if (restructures) {
        operation = pcmk::ClusterOperation::unclone(*cib, positional.at(2), &error);
    } else if (scope == u"resource" && (action == u"set" || action == u"unset")) {
        operation = pcmk::ClusterOperation::setResourceAttribute(positional.at(2), positional.at(3),
                                                                 positional.value(4), meta, &error);
    } else if (edits) {
        QMap<QString, QString> changes;
        if (!pairs(positional.mid(3), &changes))
            return 2;
        const auto current = std::find_if(state.constraints.cbegin(), state.constraints.cend(),
                                          [&](const pcmk::Constraint& c) { return c.id == positional.at(2); });
        if (current == state.constraints.cend())
            error = QStringLiteral("there is no constraint %1").arg(positional.at(2));
        else
            operation = pcmk::ClusterOperation::editConstraint(*current, changes, &error);
    } else if (scope == u"resource" && action == u"create") {
        QMap<QString, QString> values;
        if (!pairs(positional.mid(4), &values))
            return 2;
        std::unique_ptr<pcmk::ReadJob> read(pcmk::ReadJob::metadata(&connection, positional.at(3)));
        std::optional<pcmk::AgentMetadata> metadata;
        if (runToEnd(*read) == jobs::JobState::Succeeded)
            metadata = pcmk::AgentMetadata::parse(read->output(), positional.at(3), &error);
        else
            error = read->error();
        if (metadata)
            operation = pcmk::ClusterOperation::createPrimitive(positional.at(2), *metadata, values, &error);
    } else if (deletes) {
        operation = pcmk::ClusterOperation::deleteResource(state, positional.at(2), &error);
    } else if (scope == u"resource" && action == u"cleanup" && !cleanupOperation.isEmpty()) {
        if (const auto ms = intervalMs(cleanupInterval.isEmpty() ? QStringLiteral("0") : cleanupInterval))
            operation = pcmk::ClusterOperation::cleanupOf(positional.at(2), node, cleanupOperation, *ms, &error);
        else
            error = QStringLiteral("'%1' is not an interval (10s, 10000ms, 1min)").arg(cleanupInterval);
    } else if (scope == u"resource") {
        operation = pcmk::ClusterOperation::forResource(action, positional.at(2), node, lifetime, &error);
    } else if (scope == u"node") {
        operation = pcmk::ClusterOperation::forNode(action, positional.at(2), &error);
    } else if (scope == u"cluster") {
        operation = pcmk::ClusterOperation::forCluster(action, &error);
    } else if (action == u"remove") {
        operation = pcmk::ClusterOperation::removeConstraint(positional.at(2), &error);
    } else if (adding && positional.at(1) == u"location") {
        operation = pcmk::ClusterOperation::addLocation(positional.at(3), positional.at(4), positional.at(5),
                                                        positional.at(6), &error);
    } else if (adding && positional.at(1) == u"colocation") {
        operation = pcmk::ClusterOperation::addColocation(positional.at(3), positional.at(4), positional.at(5),
                                                          positional.at(6), &error);
    } else if (adding && positional.at(1) == u"order") {
        operation = pcmk::ClusterOperation::addOrder(positional.at(3), positional.at(4), positional.at(5),
                                                     positional.value(6), &error);
    } else {
        error = QStringLiteral("unknown constraint command (add location|colocation|order, edit, remove)");
    }
    if (!operation) {
        err << "hadeskctl: " << error << Qt::endl;
        return 2;
    }
    return previewAndApply(ctl, *operation, previewOnly);
}

} // namespace hadesk
