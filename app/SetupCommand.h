#pragma once

#include "app/SshCommands.h"

namespace hadesk {

// setup example HOST...
// setup [--dry-run] [--yes] PLAN
// setup --undo [--yes] PLAN
// setup add-node [--dry-run] [--yes] PLAN NODE  (PLAN names NODE; the others run the cluster)
// setup remove-node [--yes] PLAN NODE  (PLAN is the cluster with NODE; two nodes stay)
// Exit: 0 done (or nothing to do), 1 failed (the failing step undone), 2 refused by a check.
int runSetup(const SshCommandOptions& options, const QStringList& args);

} // namespace hadesk
