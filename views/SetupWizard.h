#pragma once

#include "backend/setup/SetupPlan.h"
#include "backend/setup/SetupRun.h"

#include <QJsonObject>
#include <QPointer>
#include <QWizard>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace hadesk {
class ClusterStore;
}

namespace hadesk::setup {
class SetupHosts;
}

namespace hadesk::views {

class SetupPlanPage;
class SetupReviewPage;
class SetupApplyPage;

// Cluster ▸ New Cluster…: a setup plan (the file hadeskctl setup reads) built into a running
// cluster over the same engine: the plan checked and edited, the hosts checked, the links
// tested and every change reviewed with Pacemaker's simulation, then applied step by step with
// Stop. A setup stopped half-way is found by the review, which says how far it got; Apply
// continues it. The built cluster is added to the cluster list (clusterBuilt).
class SetupWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { PlanPageId, ReviewPageId, ApplyPageId };

    explicit SetupWizard(ClusterStore* store, QWidget* parent = nullptr);
    ~SetupWizard() override;

    void setPlanFile(const QString& path);
    void setSshConfig(const QString& path);
    QString sshConfig() const;
    // The plan as the pages have it, or nullopt while what was given is refused.
    const std::optional<setup::SetupPlan>& plan() const;

    SetupPlanPage* planPage() const { return m_planPage; }
    SetupReviewPage* reviewPage() const { return m_reviewPage; }
    SetupApplyPage* applyPage() const { return m_applyPage; }

    // The nodes' connections for this plan and SSH configuration, opened on first use and kept
    // while neither changes; their prompts shown as dialogs.
    setup::SetupHosts* hosts();
    // Closing the wizard stops a run still going, on the nodes: the next one continues it.
    void done(int result) override;

Q_SIGNALS:
    // The cluster was built and is in the cluster list under this name.
    void clusterBuilt(const QString& name);

private:
    friend class SetupApplyPage;
    void addToClusterList();
    void stopRuns();

    ClusterStore* m_store;
    SetupPlanPage* m_planPage;
    SetupReviewPage* m_reviewPage;
    SetupApplyPage* m_applyPage;
    std::unique_ptr<setup::SetupHosts> m_hosts;
    QString m_hostsKey; // the plan's nodes and the SSH configuration m_hosts reach
};

// Page 1: the plan file, with its cluster name and timing profile editable; each refusal shown
// where it is in the plan. Save writes the plan as hadeskctl setup takes it.
class SetupPlanPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupPlanPage(QWidget* parent = nullptr);

    void setPlanFile(const QString& path);
    void setSshConfig(const QString& path);
    QString sshConfig() const;
    void setClusterName(const QString& name);
    void setTiming(const QString& timing);
    const std::optional<setup::SetupPlan>& plan() const { return m_plan; }
    // Why the plan is refused, one line per refusal; empty when it is not.
    QString problems() const;
    bool savePlan(const QString& path, QString* error) const;
    bool isComplete() const override;

private:
    void load();
    void edited();
    void showPlan();
    void browsePlan();
    void browseSshConfig();
    void save();

    QLineEdit* m_file;
    QLineEdit* m_sshConfig;
    QLineEdit* m_name;
    QComboBox* m_timing;
    QLabel* m_timingWords;
    QLabel* m_summary;
    QLabel* m_problems;
    QPushButton* m_save;
    QJsonObject m_json; // the plan as loaded, edits applied on top
    std::optional<setup::SetupPlan> m_plan;
    bool m_loading = false;
};

// Shows a setup job as it runs: each step with its state and outcome, and what the nodes say.
class SetupProgress final : public QWidget
{
    Q_OBJECT

public:
    explicit SetupProgress(QWidget* parent = nullptr);
    void follow(setup::SetupRun* run);
    QString stepsText() const;
    QString logText() const;

private:
    void refresh();

    QPointer<setup::SetupRun> m_run;
    QListWidget* m_steps;
    QPlainTextEdit* m_log;
};

// Page 2: the hosts checked, the links tested and every change per node, with Pacemaker's
// simulation; refusals say what and where. Where an earlier run stopped is said here.
class SetupReviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupReviewPage(SetupWizard* wizard);
    ~SetupReviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    QString reviewText() const;
    QString outcome() const;
    setup::SetupRun* run() const { return m_run; }
    setup::SetupRun* undoRun() const { return m_undo; }
    // Where the hosts carry this plan's journal (built, or stopped half-way): back to bare hosts,
    // asked first; the review runs again once it is done.
    void undo();

private:
    void reviewed();
    void undone();

    SetupWizard* m_wizard;
    QPointer<setup::SetupRun> m_run;
    QPointer<setup::SetupRun> m_undo;
    SetupProgress* m_progress;
    QLabel* m_outcome;
    QPushButton* m_undoButton;
    QPlainTextEdit* m_review;
    bool m_ok = false;
};

// Page 3: the steps applied with their progress and Stop; a failed step's undo shown; at the
// end the verification. Run again (Back, then Apply) to continue from where it stopped.
class SetupApplyPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupApplyPage(SetupWizard* wizard);
    ~SetupApplyPage() override;

    void initializePage() override;
    bool isComplete() const override;
    QString outcome() const;
    setup::SetupRun* run() const { return m_run; }
    void stop();

private:
    void applied();

    SetupWizard* m_wizard;
    QPointer<setup::SetupRun> m_run;
    SetupProgress* m_progress;
    QLabel* m_outcome;
    QPushButton* m_stop;
};

} // namespace hadesk::views
