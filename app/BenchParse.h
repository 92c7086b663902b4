#pragma once

#include "app/SshCommands.h"

#include <QStringList>

namespace hadesk {

// bench parse CIB_FILE [-n N] [--json]: HAdesk reading a CIB and crm_mon's XML of it into its
// model, against crm_mon rendering the same file (CIB_file), side by side.
int runBenchParse(const QStringList& args);

// bench status HOST [-n N] [--json]: a full refresh of the cluster model over a held session,
// against crm_mon --output-as=xml run on the node itself.
int runBenchStatus(const SshCommandOptions& options, const QStringList& args);

} // namespace hadesk
