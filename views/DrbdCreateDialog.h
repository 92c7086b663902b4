#pragma once

#include "backend/drbd/DrbdResourceCreator.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
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
    // Validates, confirms (unless told not to), creates; false with the reason shown.
    bool create();
    void setConfirmation(bool ask) { m_confirm = ask; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* diskEdit() const { return m_disk; }
    QComboBox* initialSync() const { return m_initial; }
    QLabel* message() const { return m_message; }
    QPlainTextEdit* log() const { return m_log; }

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
    bool m_confirm = true;
};

} // namespace hadesk::views
