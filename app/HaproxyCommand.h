#pragma once

#include "app/SshCommands.h"

namespace hadesk {

// haproxy HOST [--json] [--socket PATH]
// haproxy HOST drain|ready|maint NODE | BACKEND/SERVER
// haproxy HOST weight BACKEND/SERVER N
// haproxy HOST checks on|off BACKEND/SERVER
// haproxy HOST config [show|check FILE|install FILE [--expect SHA256] [--nodes A,B]]
int runHaproxy(const SshCommandOptions& options, const QStringList& args);

} // namespace hadesk
