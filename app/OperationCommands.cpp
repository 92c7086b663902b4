#include "app/OperationCommands.h"

#include "app/TerminalPrompter.h"
#include "backend/pacemaker/AgentMetadata.h"
#include "backend/pacemaker/ClusterOperation.h"
#include "ssh/SshConnection.h"

#include <QTextStream>

namespace hadesk {

int runOperation(const SshCommandOptions& options, const QString& scope, const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList positional;
    QString node, lifetime;
    bool previewOnly = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--node" && i + 1 < args.size())
            node = args.at(++i);
        else if (args.at(i) == u"--lifetime" && i + 1 < args.size())
            lifetime = args.at(++i);
        else if (args.at(i) == u"--preview")
            previewOnly = true;
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
    else if (scope != u"constraint")
        wellFormed = words == 3;
    else if (verb == u"remove")
        wellFormed = words == 3;
    else if (verb == u"add")
        wellFormed = positional.value(1) == u"order" ? (words == 6 || words == 7) : words == 7;
    if (!wellFormed) {
        err << "usage: hadeskctl resource start|stop|restart|move|ban|clear|cleanup|manage|unmanage|maintenance|ready "
               "HOST RESOURCE [--node N] [--lifetime PT1H] [--preview]\n"
               "       hadeskctl resource create HOST ID AGENT [NAME=VALUE...] [--preview]; resource delete HOST ID\n"
               "       hadeskctl node standby|online|maintenance|ready HOST NODE [--preview]\n"
               "       hadeskctl cluster maintenance|ready|clear-expired HOST [--preview]\n"
               "       hadeskctl constraint add location HOST ID RESOURCE NODE SCORE [--preview]\n"
               "       hadeskctl constraint add colocation HOST ID RESOURCE WITH-RESOURCE SCORE [--preview]\n"
               "       hadeskctl constraint add order HOST ID FIRST THEN [Mandatory|Optional|Serialize] [--preview]\n"
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
    // Only create needs the connection before the operation exists (for the agent's metadata).
    ssh::SshConnection connection({host, options.sshConfig});
    TerminalPrompter prompter(&connection, options.acceptNew);
    if (scope == u"resource" && action == u"create") {
        QMap<QString, QString> values;
        for (const QString& pair : positional.mid(4)) {
            const qsizetype equals = pair.indexOf(u'=');
            if (equals <= 0) {
                err << "hadeskctl: '" << pair << "' is not NAME=VALUE" << Qt::endl;
                return 2;
            }
            values.insert(pair.left(equals), pair.mid(equals + 1));
        }
        const auto metadata = pcmk::OperationRunner::metadata(connection, positional.at(3), &error);
        if (metadata)
            operation = pcmk::ClusterOperation::createPrimitive(positional.at(2), *metadata, values, &error);
    } else if (scope == u"resource" && action == u"delete") {
        operation = pcmk::ClusterOperation::deleteResource(positional.at(2), &error);
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
        error = QStringLiteral("unknown constraint command (add location|colocation|order, remove)");
    }
    if (!operation) {
        err << "hadeskctl: " << error << Qt::endl;
        return 2;
    }
    const auto preview = pcmk::OperationRunner::preview(connection, *operation, &error);
    if (!preview) {
        err << "hadeskctl: " << error << Qt::endl;
        return 1;
    }
    out << operation->summary << Qt::endl;
    if (!operation->previewable)
        out << "  (nothing to simulate: this acts on running resources, not on the configuration)" << Qt::endl;
    else if (preview->actions.isEmpty())
        out << "  Pacemaker would change nothing" << Qt::endl;
    for (const pcmk::PlannedAction& planned : preview->actions)
        out << "  " << planned.text() << Qt::endl;
    if (previewOnly)
        return 0;
    const pcmk::ApplyResult result =
        pcmk::OperationRunner::apply(connection, *operation, *preview, connection.target().host);
    (result.outcome == pcmk::ApplyResult::Outcome::Applied ? out : err) << result.message << Qt::endl;
    switch (result.outcome) {
    case pcmk::ApplyResult::Outcome::Applied: return 0;
    case pcmk::ApplyResult::Outcome::Stale: return 75;
    case pcmk::ApplyResult::Outcome::Failed: return 1;
    }
    return 1;
}

} // namespace hadesk
