#pragma once

#include "backend/jobs/Job.h"
#include "backend/setup/HostChecks.h"
#include "backend/setup/LinkTest.h"
#include "backend/setup/SetupConfigs.h"
#include "backend/setup/SetupPlan.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

namespace hadesk::ssh {
class HostConnection;
class SshJob;
} // namespace hadesk::ssh

namespace hadesk::setup {

// What the agent said about one action in review or apply mode.
struct ActionOutcome
{
    QString node;
    QString step;
    QString what;   // the action in words
    QString result; // unchanged, would-change, changed, failed
    QString detail; // a diff, commands, CIB XML, or the reason
};

// One node of the plan's running cluster that a SetupRun adds or removes. An addition is refused
// (by Review and Apply alike) unless the others run the cluster as HAdesk built it and the
// added node belongs to none.
struct NodeChange
{
    enum class Kind { None, Add, Remove };
    Kind kind = Kind::None;
    QString node;
    static NodeChange adding(const QString& node) { return {Kind::Add, node}; }
    static NodeChange removing(const QString& node) { return {Kind::Remove, node}; }
};

// A setup plan carried out as a job (docs/setup.md): Review checks the hosts, tests the links
// and says per node what would change (diffs, commands, CIB, Pacemaker's simulation); Apply
// checks the hosts again and runs the steps, each from what is already there (a second run of a
// finished plan changes nothing, an interrupted one carries on where it stopped); Undo takes
// back what the nodes' journals say HAdesk did. A failing step undoes its own changes and stops.
class SetupRun final : public jobs::Job
{
    Q_OBJECT

public:
    // RemoveNode: takes the change's node out of the running cluster the plan describes (with
    // it); Review with a removal says what that would change.
    enum class Mode { Review, Apply, Undo, RemoveNode };
    using Lookup = std::function<ssh::HostConnection*(const QString& node)>;

    SetupRun(SetupPlan plan, Mode mode, Lookup lookup, QObject* parent = nullptr, const NodeChange& change = {});
    // The plan without that node (its fence device too): the cluster once it is removed.
    static SetupPlan without(SetupPlan plan, const QString& node);

    static QString agentScript();
    static QString journalFolder() { return QStringLiteral("/var/lib/hadesk/setup"); }

    Mode mode() const { return m_mode; }
    const SetupPlan& plan() const { return m_plan; }
    // The host checks refused the plan: nothing was changed (hadeskctl exits 2).
    bool refused() const { return m_refused; }
    const QList<Refusal>& refusals() const { return m_refusals; }
    const QStringList& warnings() const { return m_warnings; }
    const QList<HostFacts>& facts() const { return m_facts; }
    const QList<LinkResult>& links() const { return m_links; }
    const QList<ActionOutcome>& outcomes() const { return m_outcomes; }
    // Actions changed (apply, undo) or that would change (review).
    int changeCount() const;
    QString simulation() const { return m_simulation; }
    // Where an earlier run stopped, when the journals say one did.
    QString resumeNote() const { return m_resumeNote; }
    QStringList verification() const { return m_verification; }
    QString timingInWords() const;
    // The review as text, per node: files with their diffs, commands, CIB changes, simulation.
    QString reviewText() const;

Q_SIGNALS:
    // What the agent on a node says as it works (a package install's lines, a fence, an undo).
    void said(const QString& line);

private:
    using Lines = QList<QJsonObject>;
    using AgentDone = std::function<void(const Lines& lines, ssh::SshJob& command)>;
    // Runs the agent with this request on the node; its log lines go to the job's log as they come.
    void runAgent(jobs::StepContext& step, const QString& node, const QJsonObject& request, int timeoutMs, AgentDone then);
    // One request per node (empty ones skipped), all at once; then() once all ended, failed
    // with every node's reason when any failed.
    void runOnNodes(jobs::StepContext& step, const QString& key, const QMap<QString, QJsonArray>& actions,
                    int timeoutMs, std::function<void()> then, bool review = false);
    QJsonObject request(const QString& mode, const QString& key, const QJsonArray& actions) const;
    // Why the agent's run did not end well (its end line's reason, or the command's); empty when it did.
    static QString agentFailure(const Lines& lines, const ssh::SshJob& command);
    // Ends the step refused with every refusal found (hadeskctl exits 2).
    void refuse(jobs::StepContext& step);
    void record(const QString& node, const QString& key, const QJsonArray& actions, const Lines& lines);

    void addHostChecks();
    void addLinkTest();
    void addReview();
    void addApplySteps();
    void addUndoSteps();
    void addRemoveSteps();
    void addRemovalReview();
    // The removed node's fence device and constraint deleted, Pacemaker told to forget it, the
    // two nodes left given their fence delay.
    QJsonArray forgetActions() const;
    void addVerify();
    void checkFenceParameters(jobs::StepContext& step, std::function<void()> then);
    void simulate(jobs::StepContext& step);

    QMap<QString, QJsonArray> packageActions() const;
    QMap<QString, QJsonArray> firewallActions() const;
    QMap<QString, QJsonArray> corosyncActions(const QString& authkeyB64) const;
    QMap<QString, QJsonArray> serviceStartActions() const;
    QJsonArray optionActions() const;
    QJsonArray cibActions(const QList<CibElement>& elements) const;
    QMap<QString, QJsonArray> haproxyActions() const;
    QJsonArray standbyActions(bool on) const;
    QJsonObject waitAction(const QString& what, const QStringList& online, int timeoutS, bool settled) const;
    QMap<QString, QJsonArray> onFirst(const QJsonArray& actions) const;
    // The node cluster-wide work goes through: the first that runs the cluster already (a node
    // being added knows nothing yet), else the plan's first.
    QString leader() const;
    bool fenceTested() const; // some node's journal has the test fence
    // Nodes that do not run the cluster yet while another node of the plan does (add-node),
    // and their CIB entries in standby.
    QStringList joiningNodes() const;
    QList<CibElement> joiningStandby() const;
    void addWaitForQuorum();

    SetupConfigs configs() const { return SetupConfigs(m_plan, m_verdict.vipInterfaces); }

    SetupPlan m_plan;
    Mode m_mode;
    Lookup m_lookup;
    bool m_refused = false;
    QList<Refusal> m_refusals;
    QStringList m_warnings;
    QList<HostFacts> m_facts;
    HostVerdict m_verdict;
    QList<LinkResult> m_links;
    QList<ActionOutcome> m_outcomes;
    QString m_simulation;
    QString m_resumeNote;
    QStringList m_verification;
    QString m_authkey; // base64, read from the first node
    QString m_removed;
    QString m_added;
};

} // namespace hadesk::setup
