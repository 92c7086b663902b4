#pragma once

#include "app/SshCommands.h"

namespace hadesk {

// status HOST [--json] | status --cib-file FILE [--json]
int runStatus(const SshCommandOptions& options, const QStringList& args);

} // namespace hadesk
