#pragma once

#include "backend/ClusterSession.h"
#include "backend/pacemaker/ClusterOperation.h"
#include "backend/pacemaker/OperationJobs.h"

#include <QPointer>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace hadesk::jobs {
class Job;
}

namespace hadesk::views {

// Every action goes through here: Pacemaker's predicted actions first, in words ("vip-int moves
// node1 → node3"), then Apply, progress and the result. The cluster's own view updates live.
// Preview and apply are jobs: Cancel while one runs stops it on the node and says so.
class OperationDialog : public QDialog
{
    Q_OBJECT

public:
    OperationDialog(ClusterSession* session, pcmk::ClusterOperation operation, QWidget* parent = nullptr);

    // Opens the dialog (window-modal, not blocking) and starts the preview.
    static OperationDialog* start(ClusterSession* session, const pcmk::ClusterOperation& operation, QWidget* parent);


    bool hasPreview() const { return m_previewed; }

    // The preview or apply running now, if any.
    hadesk::jobs::Job* runningJob() const;
    // Cancel, Escape and the window's close: while a job runs they stop it (on the node) and the
    // dialog stays to say how it ended; else the dialog closes.
    void reject() override;

Q_SIGNALS:
    void operationDone(bool applied);

private:
    void runPreview();
    void onPreview();
    void applyNow();
    void onApplied();
    void follow(hadesk::jobs::Job* job);
    void setBusy(const QString& text);
    void showEnd(const QString& status, const QString& detail);
    // A move, ban or promotion asked again with the lifetime typed in.
    void changeLifetime();

    ClusterSession* m_session;
    pcmk::ClusterOperation m_operation;
    pcmk::Preview m_preview;
    bool m_previewed = false;
    QPointer<pcmk::PreviewJob> m_previewJob;
    QPointer<pcmk::ApplyJob> m_applyJob;
    QLabel* m_title;
    QComboBox* m_lifetime = nullptr;
    QLabel* m_effects;
    QLabel* m_status;
    QListWidget* m_actions;
    QProgressBar* m_progress;
    QLabel* m_result;
    QPlainTextEdit* m_log;
    QDialogButtonBox* m_buttons;
    QPushButton* m_apply;
};

} // namespace hadesk::views
