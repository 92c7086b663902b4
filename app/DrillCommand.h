#pragma once

#include "app/SshCommands.h"

namespace hadesk {

// drill list
// drill show NAME|PLAN.json [PARAMETERS]
// drill HOST run NAME|PLAN.json [PARAMETERS] [--report DIR] [--yes] [--dry-run] [--restore-placement]
// drill HOST history [--json]
// Exit: 0 every expectation passed, 1 one failed, 2 refused or aborted, 3 not proven restored.
int runDrill(const SshCommandOptions& options, const QStringList& args);

} // namespace hadesk
