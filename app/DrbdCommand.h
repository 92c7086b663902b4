#pragma once

#include "app/SshCommands.h"

namespace hadesk {

// drbd HOST [--json] [--watch [--for SECONDS]]
// drbd HOST ACTION RESOURCE [--yes]            (drbdadm on HOST)
// drbd HOST promote RESOURCE NODE [--preview]  (through Pacemaker)
// drbd HOST recover RESOURCE --victim NODE [--yes]
int runDrbd(const SshCommandOptions& options, const QStringList& args);

} // namespace hadesk
