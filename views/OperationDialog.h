#pragma once

#include "backend/ClusterSession.h"
#include "backend/pacemaker/ClusterOperation.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace hadesk::views {

// Every action goes through here: Pacemaker's predicted actions first, in words ("vip-int moves
// node1 → node3"), then Apply, progress and the result. The cluster's own view updates live.
class OperationDialog : public QDialog
{
    Q_OBJECT

public:
    OperationDialog(ClusterSession* session, pcmk::ClusterOperation operation, QWidget* parent = nullptr);

    // Opens the dialog (window-modal, not blocking) and starts the preview.
    static OperationDialog* start(ClusterSession* session, const pcmk::ClusterOperation& operation, QWidget* parent);

    static QString describe(const pcmk::PlannedAction& action);

    bool hasPreview() const { return m_previewed; }

Q_SIGNALS:
    void operationDone(bool applied);

private:
    void runPreview();
    void onPreview(const PreviewOutcome& outcome);
    void applyNow();
    void onApplied(const pcmk::ApplyResult& result);
    void setBusy(const QString& text);

    ClusterSession* m_session;
    pcmk::ClusterOperation m_operation;
    pcmk::Preview m_preview;
    bool m_previewed = false;
    bool m_waiting = false; // for the session's answer to this dialog's request
    QLabel* m_status;
    QListWidget* m_actions;
    QProgressBar* m_progress;
    QLabel* m_result;
    QDialogButtonBox* m_buttons;
    QPushButton* m_apply;
};

} // namespace hadesk::views
