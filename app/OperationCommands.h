#pragma once

#include "app/SshCommands.h"

namespace hadesk {

// resource start|stop|restart|move|ban|clear|cleanup|manage|unmanage|maintenance|ready HOST RESOURCE
//     [--node N] [--lifetime L] [--preview]
// node standby|online|maintenance|ready HOST NODE [--preview]
// cluster maintenance|ready|clear-expired HOST [--preview]
// Each is previewed with crm_simulate first; without --preview it is then applied, unless the
// configuration changed in between (exit 75).
int runOperation(const SshCommandOptions& options, const QString& scope, const QStringList& args);

} // namespace hadesk
