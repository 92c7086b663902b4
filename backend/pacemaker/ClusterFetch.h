#pragma once

#include "backend/pacemaker/ClusterState.h"

#include <optional>

namespace hadesk::ssh {
class SshConnection;
class SshJob;
} // namespace hadesk::ssh

namespace hadesk::pcmk {

// Reads a cluster's state through one node: cibadmin --query and crm_mon, both at once on the
// held connection, then parsed together.
class ClusterFetch
{
public:
    static std::optional<ClusterState> live(ssh::SshConnection& node, int timeoutMs, QString* error);
    // The state from two finished jobs: cibadmin --query and crm_mon (crmMonArguments()).
    static std::optional<ClusterState> fromJobs(const ssh::SshJob& cib, const ssh::SshJob& monitor, QString* error);

    // An offline CIB (a file from crm_report, say). The runtime picture comes from this machine's
    // crm_mon reading the file through CIB_file, when Pacemaker is installed here; without it,
    // only the configuration, and *note says so.
    static std::optional<ClusterState> fromFile(const QString& cibFile, QString* error, QString* note);

    static QStringList crmMonArguments();
};

} // namespace hadesk::pcmk
