#pragma once

#include "app/SshCommands.h"

namespace hadesk {

class CtlSession;

namespace pcmk {
struct ClusterOperation;
}

// resource start|stop|restart|move|ban|clear|cleanup|manage|unmanage|maintenance|ready HOST RESOURCE
//     [--node N] [--lifetime L] [--preview]
// node standby|online|maintenance|ready HOST NODE [--preview]
// cluster maintenance|ready|clear-expired HOST [--preview]
// Each is previewed with crm_simulate first; without --preview it is then applied, unless the
// configuration changed in between (exit 75).
int runOperation(const SshCommandOptions& options, const QString& scope, const QStringList& args);


// The operation previewed on the session and, unless previewOnly, applied: the exit codes of
// runOperation (0, 1, or 75 when the configuration changed in between).
int previewAndApply(CtlSession& ctl, const pcmk::ClusterOperation& operation, bool previewOnly);

} // namespace hadesk
