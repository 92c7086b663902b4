#pragma once

#include <QStringList>

namespace hadesk {

// hadeskctl's SSH commands.
struct SshCommandOptions
{
    QString sshConfig;
    bool acceptNew = false;
    int timeoutMs = 0;
    QString clusterStore; // the console's cluster list, where hadeskctl looks a HOST up first
};

// exec HOST -- CMD ARGS...: stdout and stderr pass through; the exit code is the command's
// (255 when it could not run, as with ssh).
int runExec(const SshCommandOptions& options, const QStringList& args);

// bench ssh HOST [-n N] [--json]: round trips on a held session, on OpenSSH's ControlMaster,
// and with a fresh ssh process, measured side by side; then 100 commands at once.
int runBenchSsh(const SshCommandOptions& options, const QStringList& args);

} // namespace hadesk
