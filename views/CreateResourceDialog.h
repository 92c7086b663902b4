#pragma once

#include "backend/pacemaker/AgentMetadata.h"

#include <QDialog>
#include <QMap>

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

// A new primitive, built from its agent's metadata: pick a class and an agent, fill in the
// parameters the agent declares (required ones first, defaults shown), and every problem the
// backend finds is listed before the preview can be asked for. The preview and apply go through
// OperationDialog like every other change.
class CreateResourceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CreateResourceDialog(ClusterSession* session, QWidget* parent = nullptr);

    // Selects this agent once its class's list has arrived (for tests and "create like this").
    void chooseAgent(const QString& agent);
    // The parameter editors, once the agent's metadata has arrived.
    QLineEdit* parameterEditor(const QString& name) const { return m_editors.value(name); }
    QStringList problems() const;

private:
    void onClasses(const QStringList& classes);
    void onAgents(const QString& agentClass, const QStringList& agents);
    void onMetadata(const QString& agent, const pcmk::AgentMetadata& metadata);
    void onFailed(const QString& request, const QString& error);
    void showForm();
    void validate();
    void previewIt();
    QMap<QString, QString> values() const;

    ClusterSession* m_session;
    QLineEdit* m_id;
    QComboBox* m_class;
    QComboBox* m_agent;
    QLabel* m_description;
    QWidget* m_parameterPage;
    QFormLayout* m_parameters;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
    QPushButton* m_preview;
    std::optional<pcmk::AgentMetadata> m_metadata;
    QMap<QString, QLineEdit*> m_editors;
    QString m_wantedAgent;
};

} // namespace hadesk::views
