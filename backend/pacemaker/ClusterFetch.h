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

    // The two commands of a fetch, started as root; the jobs are children of the connection.
    struct Jobs
    {
        ssh::SshJob* cib;
        ssh::SshJob* monitor;
    };
    static Jobs start(ssh::SshConnection& node, int timeoutMs, bool background = false);

    // What two finished jobs left, copied out of them so it can be parsed on any thread.
    struct Output
    {
        QByteArray cib, monitor;
        bool cibSucceeded = false, monitorSucceeded = false;
        QString cibFailure, monitorFailure;
        static Output of(const ssh::SshJob& cib, const ssh::SshJob& monitor);
    };
    static std::optional<ClusterState> parse(const Output& output, QString* error);

    // An offline CIB (a file from crm_report, say). The runtime picture comes from this machine's
    // crm_mon reading the file through CIB_file, when Pacemaker is installed here; without it,
    // only the configuration, and *note says so.
    static std::optional<ClusterState> fromFile(const QString& cibFile, QString* error, QString* note);

    static QStringList crmMonArguments();
    // crm_mon's XML of an offline CIB, from this machine's crm_mon through CIB_file. Empty
    // *crmMon: not installed here.
    static bool crmMonOnFile(const QString& crmMon, const QString& cibFile, QByteArray* xml, QString* error);
};

} // namespace hadesk::pcmk
