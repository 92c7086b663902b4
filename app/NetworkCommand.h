#pragma once

#include "app/SshCommands.h"

namespace hadesk {

// network HOST [--json]: the cluster's segments, each node's interfaces, the VIPs with their
// segment and holder, and the warnings. The cluster is read through HOST; every node is then
// reached under its own name through the same SSH configuration.
int runNetwork(const SshCommandOptions& options, const QStringList& args);

} // namespace hadesk
