#include "app/OperationCommands.h"

#include "app/TerminalPrompter.h"
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
    const int wanted = scope == u"cluster" ? 2 : 3;
    if (positional.size() != wanted) {
        err << "usage: hadeskctl resource start|stop|restart|move|ban|clear|cleanup|manage|unmanage|maintenance|ready "
               "HOST RESOURCE [--node N] [--lifetime PT1H] [--preview]\n"
               "       hadeskctl node standby|online|maintenance|ready HOST NODE [--preview]\n"
               "       hadeskctl cluster maintenance|ready|clear-expired HOST [--preview]"
            << Qt::endl;
        return 2;
    }
    const QString& action = positional.at(0);
    const QString& host = positional.at(1);
    QString error;
    const auto operation =
        scope == u"resource" ? pcmk::ClusterOperation::forResource(action, positional.at(2), node, lifetime, &error)
        : scope == u"node"   ? pcmk::ClusterOperation::forNode(action, positional.at(2), &error)
                             : pcmk::ClusterOperation::forCluster(action, &error);
    if (!operation) {
        err << "hadeskctl: " << error << Qt::endl;
        return 2;
    }
    ssh::SshConnection connection({host, options.sshConfig});
    TerminalPrompter prompter(&connection, options.acceptNew);
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
