#pragma once

#include "backend/drbd/DrbdResourceCreator.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace hadesk {
class ClusterSession;
}

namespace hadesk::views {

// A new DRBD resource between two of the cluster's nodes: name, backing disk, minor, port, each
// node's replication address, the resync rate, and where the initial sync starts (or that the
// disks are empty and need none). Shows the file it writes and each step as it runs.
class DrbdCreateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DrbdCreateDialog(ClusterSession* session, QWidget* parent = nullptr);

    // What the fields say now.
    drbd::NewResource resource() const;
    // Validates, confirms (unless told not to) and starts creating it, each step shown as it
    // runs; null with the reason shown when it does not start. The dialog closes once it is
    // created; closing it before stops the job, which undoes what it did.
    jobs::Job* create();
    void setConfirmation(bool ask) { m_confirm = ask; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* diskEdit() const { return m_disk; }
    QComboBox* initialSync() const { return m_initial; }
    QLabel* message() const { return m_message; }
    QPlainTextEdit* log() const { return m_log; }

public Q_SLOTS:
    void reject() override;

private:
    struct NodeRow
    {
        QCheckBox* use;
        QLineEdit* address;
    };

    ClusterSession* m_session;
    QLineEdit* m_name;
    QLineEdit* m_disk;
    QSpinBox* m_minor;
    QSpinBox* m_port;
    QLineEdit* m_rate;
    QList<NodeRow> m_nodes;
    QComboBox* m_initial;
    QLabel* m_message;
    QPlainTextEdit* m_log;
    QWidget* m_fields = nullptr;
    QPushButton* m_createButton = nullptr;
    QPointer<jobs::Job> m_job;
    bool m_confirm = true;
};

} // namespace hadesk::views
