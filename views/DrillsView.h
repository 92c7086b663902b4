#pragma once

#include "backend/drills/DrillPlan.h"
#include "backend/drills/DrillRun.h" // QPointer needs the whole type

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QChart;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;

namespace hadesk {
class ClusterSession;
}

namespace hadesk::views {

class DrillTimeline;

// A cluster's failover drills, on the engine hadeskctl drill runs: a library of the ready-made
// drills with their parameters offered from the cluster, the cluster's saved plans and the plan
// itself as JSON, checked against the cluster as it is typed; the safety checks and Pacemaker's
// prediction; a run with its live timeline, each service's outage so far and an Abort that
// recovers at once; the report; and the cluster's drill history with each service's outage
// across runs.
class DrillsView : public QWidget
{
    Q_OBJECT

public:
    explicit DrillsView(ClusterSession* session, QWidget* parent = nullptr);
    ~DrillsView() override;

    // The plan.
    QListWidget* library() const { return m_library; }
    // A ready-made drill by its name, or a saved plan by "saved:NAME"; false if there is none.
    bool selectDrill(const QString& name);
    QComboBox* parameter(const QString& name) const;
    bool setParameter(const QString& name, const QString& value);
    QPlainTextEdit* planEditor() const { return m_editor; }
    // The plan's probes, time limits and expectations per service as a form; each change is
    // written into the plan, and a plan typed or loaded is shown in it.
    QSpinBox* setting(const QString& key) const { return m_settings.value(key); }
    QTableWidget* expectations() const { return m_expectations; }
    // Why the plan in the editor cannot run on this cluster; empty when it can.
    QString planError() const { return m_planError; }
    std::optional<drills::DrillPlan> plan() const { return m_plan; }
    // Validates the editor's plan now (it is also validated as it is typed).
    void validatePlan();
    bool savePlan(QString* error);
    bool importPlan(const QString& path, QString* error);
    bool exportPlan(const QString& path, QString* error) const;

    // Before: the checks and the prediction (a dry run), then the drill itself.
    void check();
    QTreeWidget* checks() const { return m_checks; }
    QString prediction() const;
    // The operator types the cluster's name before a destructive drill; tests answer for them.
    using NamePrompt = std::function<std::optional<QString>(const QString& cluster, const QString& drill)>;
    void setNamePrompt(NamePrompt prompt) { m_prompt = std::move(prompt); }
    bool start();
    // Why the last start did not begin; empty after one that did.
    QString refusal() const { return m_refusal; }

    // While it runs.
    drills::DrillRun* run() const { return m_run; }
    bool isRunning() const;
    void abort();
    DrillTimeline* timeline() const { return m_timeline; }
    QLabel* stepLabel() const { return m_step; }
    QTableWidget* outages() const { return m_outages; }
    QPushButton* abortButton() const { return m_abort; }

    // After.
    QTextBrowser* report() const { return m_report; }
    // By the file's suffix: .html, .pdf or .json (report.json's content).
    bool exportReport(const QString& path, QString* error) const;
    QTableWidget* history() const { return m_history; }
    QChart* historyChart() const { return m_historyChart; }
    // The drill whose runs the chart compares (runs of different drills are not comparable).
    QComboBox* historyDrill() const { return m_historyDrill; }
    void refreshHistory();
    void refreshHistoryChart();
    // The report of a run in the history, computed again from its probes.json.
    bool openHistoryEntry(int row, QString* error);
    QTabWidget* pages() const { return m_pages; }

Q_SIGNALS:
    void checked();  // a dry run ended: checks() and prediction() hold its results
    void finished(); // a drill ended: report() holds its report

private:
    QWidget* planPage();
    QWidget* runPage();
    QWidget* reportPage();
    QWidget* historyPage();
    void fillLibrary();
    void showParameters();
    // The cluster changed: its resources and nodes offered again, what was chosen kept.
    void refreshChoices();
    void rebuildPlan();
    QWidget* settingsPage();
    void fillExpectationRows();
    // The form into the plan's JSON, and the plan into the form.
    void applySettings();
    void showSettings(const drills::DrillPlan& plan);
    void updateActions();
    void refreshLive();
    void onRunFinished();
    void showReport(const drills::DrillRecord& record);
    QStringList valuesFor(const QString& parameter, const QString& drill) const;
    std::optional<QString> askName(const QString& drill);

    QPointer<ClusterSession> m_session;
    QTabWidget* m_pages;
    // Plan page.
    QListWidget* m_library = nullptr;
    QLabel* m_summary = nullptr;
    QFormLayout* m_form = nullptr;
    QWidget* m_formBox = nullptr;
    QMap<QString, QComboBox*> m_parameters;
    QMap<QString, QLineEdit*> m_commands;
    QPlainTextEdit* m_editor = nullptr;
    QMap<QString, QSpinBox*> m_settings; // "probes.tcp_interval_ms", "limits.observe_ms", ...
    QTableWidget* m_expectations = nullptr;
    QLabel* m_validation = nullptr;
    QTimer m_validateSoon;
    QPushButton* m_check = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_readOnly = nullptr;
    QTreeWidget* m_checks = nullptr;
    QLabel* m_prediction = nullptr;
    QLabel* m_refusalLabel = nullptr;
    std::optional<drills::DrillPlan> m_plan;
    QString m_planError;
    bool m_filling = false;
    // Run page.
    QLabel* m_step = nullptr;
    QPushButton* m_abort = nullptr;
    DrillTimeline* m_timeline = nullptr;
    QTableWidget* m_outages = nullptr;
    QTimer m_live;
    // Report and history pages.
    QTextBrowser* m_report = nullptr;
    QList<QPushButton*> m_exports;
    QTableWidget* m_history = nullptr;
    QChart* m_historyChart = nullptr;
    QComboBox* m_historyDrill = nullptr;
    QList<QJsonObject> m_historyEntries;

    QPointer<drills::DrillRun> m_dryRun;
    QPointer<drills::DrillRun> m_run;
    std::unique_ptr<drills::DrillRecord> m_shown; // the record the report page shows
    QString m_shownDirectory;                     // where it was written, when opened from the history
    NamePrompt m_prompt;
    QString m_refusal;
};

} // namespace hadesk::views
