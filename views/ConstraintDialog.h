#pragma once

#include "backend/pacemaker/ClusterOperation.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hadesk {
class ClusterSession;
}

namespace hadesk::views {

// A new location, colocation or order constraint from the cluster's own resources and nodes.
// The id is suggested from what it ties together until the operator types one; the backend's
// checks run on every change, and the change is previewed through OperationDialog.
class ConstraintDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Location, Colocation, Order };

    ConstraintDialog(ClusterSession* session, const QString& resource, QWidget* parent = nullptr);

    void setKind(Kind kind);
    // The operation the fields describe, or why there is none.
    std::optional<pcmk::ClusterOperation> operation(QString* error) const;

private:
    void update();
    void suggestId();
    void previewIt();
    Kind kind() const;

    ClusterSession* m_session;
    QComboBox* m_kind;
    QComboBox* m_resource;
    QComboBox* m_node;
    QComboBox* m_other;
    QComboBox* m_orderKind;
    QLineEdit* m_score;
    QLineEdit* m_id;
    QFormLayout* m_form;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
    QPushButton* m_preview;
    bool m_idEdited = false;
};

} // namespace hadesk::views
