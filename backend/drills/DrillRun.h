#pragma once

#include "backend/drills/DrillFaults.h"
#include "backend/drills/NodeEvents.h"
#include "backend/drills/DrillReport.h"
#include "backend/jobs/Job.h"
#include "backend/pacemaker/ClusterEvents.h"
#include "backend/pacemaker/ClusterOperation.h"
#include "backend/pacemaker/ClusterState.h"

#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

class QProcess;

namespace hadesk {
class ClusterSession;
}

namespace hadesk::drills {

// A failover drill as a job: check the cluster, ask Pacemaker what the fault should do, save the
// configuration, probe every service from the console, inject the faults, watch the failover,
// undo the faults, wait for the cluster to settle, prove it restored, and write the report. Stop
// before the first fault stops; Stop after it (abort) recovers at once and still proves and
// reports. Recovery always runs: a step that fails after a fault undoes it. The report is written
// however the drill ends, into reportDir when one is given, and the run is added to the cluster's
// drill history.
class DrillRun final : public jobs::Job
{
    Q_OBJECT

public:
    // DryRun: the checks and Pacemaker's prediction only; no fault, no probes, no report.
    enum class Mode { Run, DryRun };
    DrillRun(ClusterSession* session, DrillPlan plan, QString reportDir, Mode mode = Mode::Run, QObject* parent = nullptr);
    ~DrillRun() override;

    const DrillRecord& record() const { return m_record; }
    // Everything seen so far, for a view: the record with each stream's results until now.
    DrillRecord liveRecord() const;
    // The plan's faults made concrete on the cluster as it is now (the console's node acting), or
    // why they cannot be: an unknown resource, a node that is not the cluster's.
    static std::optional<QList<ResolvedFault>> resolve(const DrillPlan& plan, ClusterSession* session, QString* error);
    // A drill's event as the cluster's event timeline shows it, on the console's wall clock.
    static pcmk::ClusterEvent timelineEvent(const DrillEvent& event, qint64 zeroWallMs);
    // How long a partitioned node waits for the console before it heals itself.
    static int deadManSeconds(const DrillPlan& plan) { return (plan.observeMs + plan.settleMs) / 1000 + 60; }
    bool dryRun() const { return m_dryRun; }
    // Live, for a view: each probe stream as it runs.
    QList<const ProbeSource*> streams() const;
    const DrillClock& clock() const { return m_clock; }
    bool aborted() const { return m_aborted; }
    // After the first fault, a Stop is an abort: faults undone at once, then proof and report.
    void cancel() override;
    // The reason a drill aborted by itself (something it did not cause), empty otherwise.
    QString abortReason() const { return m_abortReason; }
    // Why the report or the history could not be written, if they could not.
    QString reportError() const { return m_reportError; }

    static constexpr int kTickMs = 100;
    static constexpr int kSettleHoldMs = 3000; // the cluster unchanged this long counts as settled
    static constexpr int kTapReadyMs = 10000;
    static constexpr int kClockSamples = 5; // round trips per node and measurement
    static constexpr int kSettleCleanups = 5;       // failures after recovery cleaned up at most so often
    static constexpr int kSettleCleanupGapMs = 15000;   // how long the nodes' event taps may take to begin

Q_SIGNALS:
    void eventAdded(const hadesk::drills::DrillEvent& event);

protected:
    void beforeFinished() override;

private:
    void addSteps();
    void check(jobs::StepContext& step);
    void predict(jobs::StepContext& step);
    void measureClocks(jobs::StepContext& step, QList<ClockOffset>* into);
    void saveConfiguration(jobs::StepContext& step);
    // Every node's events on the drill's clock: the tap on each node, then the drill's alert.
    void followNodeEvents(jobs::StepContext& step);
    void addAlert(jobs::StepContext& step);
    // The nodes' taps stopped, and the commands that take the drill's alert out of the CIB (when
    // it was added) and its agent off the nodes.
    QList<FaultCommand> alertCleanup();
    // The configuration section, through the node the session talks through.
    void readConfiguration(jobs::StepContext& step, std::function<void(const QByteArray&)> then);
    void probeSteadyState(jobs::StepContext& step);
    void inject(jobs::StepContext& step, int fault);
    void observe(jobs::StepContext& step);
    void recover(jobs::StepContext& step);
    void settle(jobs::StepContext& step);
    void readBackWrites(jobs::StepContext& step);
    void prove(jobs::StepContext& step);
    void stopProbes(jobs::StepContext& step);
    // The probes' results into the record, the expectations judged, the result decided.
    void conclude();
    // Runs commands one after another; a failed one fails the step unless it may fail. Done
    // with true when all ran.
    void runCommands(jobs::StepContext& step, QList<FaultCommand> commands, std::function<void(bool)> done,
                     int retryUntilMs = 0);
    void runLocal(jobs::StepContext& step, const QStringList& argv, std::function<void(bool, QString)> done);
    void abort(const QString& reason);
    void addEvent(DrillEvent event);
    void onState();
    void onEventsInserted(int first, int last);
    void startProbes();
    QList<ProbeTarget> targets() const;
    QString whyNotProbeFrom(const QString& node) const;
    bool haproxyTimedOnNode(const QString& node) const;
    // How long anything the drill starts on a node may run before it ends by itself.
    int nodeLimitS() const;
    QMap<QString, QStringList> placementOf(const pcmk::ClusterState& state) const;
    void everyTick(jobs::StepContext& step, std::function<bool()> tick);

    QPointer<ClusterSession> m_session;
    DrillPlan m_plan;
    QString m_reportDir;
    bool m_dryRun;
    DrillClock m_clock;
    DrillRecord m_record;
    QList<ResolvedFault> m_faults;
    QString m_actor; // the node cluster-wide commands run on
    std::vector<std::unique_ptr<ProbeSource>> m_streams;
    std::vector<std::unique_ptr<WriteCheck>> m_writes;
    pcmk::ClusterState m_before; // the cluster as the drill found it
    QList<drbd::ResourceOverview> m_drbdBefore; // and its DRBD replication
    pcmk::ClusterState m_last;   // the last state seen, for its events
    QByteArray m_configBefore;
    std::unique_ptr<NodeEventTap> m_tap;
    bool m_alertAdded = false;
    bool m_alertsUsed = false; // Pacemaker's events came from the alert, not the state
    bool m_faultStarted = false;
    bool m_aborted = false;
    QString m_abortReason;
    QString m_reportError;
    QTimer m_tick;
    std::function<bool()> m_onTick;
    quint64 m_tickGeneration = 0;
    QList<QPointer<QProcess>> m_processes;
    QList<QMetaObject::Connection> m_watching;
};

} // namespace hadesk::drills
