#pragma once

#include "backend/drbd/DrbdOperations.h"
#include "backend/jobs/Job.h"

#include <functional>

namespace hadesk::ssh {
class HostConnection;
}

namespace hadesk::drbd {

// The connection to a node as DRBD names it, looked up when a step starts (a node may have
// reconnected since the job was made); null when it is not connected.
using ConnectionOf = std::function<ssh::HostConnection*(const QString& node)>;

// drbdadm commands run as root on their nodes, one step each, in order; the first that fails
// ends the job. A refused action fails its step without running. Around a split brain the
// connection changes by itself: disconnecting what has just gone StandAlone, or connecting what
// is already connecting, is done, not failed. The DRBD view's actions, its split-brain recovery
// and hadeskctl drbd are this job.
class DrbdActionJob final : public jobs::Job
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 60000;

    DrbdActionJob(const QString& title, const QList<DrbdAction>& actions, const ConnectionOf& connectionOf,
                  const QString& cluster, int timeoutMs = kDefaultTimeoutMs, QObject* parent = nullptr);
};

// How every DRBD job runs its commands: as root, within the time given.
ssh::JobOptions asRoot(int timeoutMs);

} // namespace hadesk::drbd
