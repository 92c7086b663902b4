#include "views/CreateResourceDialog.h"

#include "backend/ClusterSession.h"
#include "backend/pacemaker/AgentCatalog.h"
#include "backend/pacemaker/ClusterOperation.h"
#include "views/OperationDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hadesk::views {

CreateResourceDialog::CreateResourceDialog(ClusterSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(new QLineEdit(this))
    , m_class(new QComboBox(this))
    , m_agent(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_parameterPage(new QWidget)
    , m_parameters(new QFormLayout(m_parameterPage))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_preview(m_buttons->addButton(tr("&Preview…"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("createResourceDialog"));
    setWindowTitle(tr("%1 — New Resource").arg(session->name()));
    m_id->setObjectName(QStringLiteral("resourceId"));
    m_id->setPlaceholderText(tr("e.g. vip-public"));
    m_class->setObjectName(QStringLiteral("agentClass"));
    m_agent->setObjectName(QStringLiteral("agent"));
    m_description->setObjectName(QStringLiteral("agentDescription"));
    m_description->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_preview->setEnabled(false);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_parameterPage);
    scroll->setWidgetResizable(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Resource &id:"), m_id);
    form->addRow(tr("&Class:"), m_class);
    form->addRow(tr("&Agent:"), m_agent);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_description);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    pcmk::AgentCatalog* catalog = session->agentCatalog();
    connect(catalog, &pcmk::AgentCatalog::classesReady, this, &CreateResourceDialog::onClasses);
    connect(catalog, &pcmk::AgentCatalog::agentsReady, this, &CreateResourceDialog::onAgents);
    connect(catalog, &pcmk::AgentCatalog::metadataReady, this, &CreateResourceDialog::onMetadata);
    connect(catalog, &pcmk::AgentCatalog::failed, this, &CreateResourceDialog::onFailed);
    connect(m_class, &QComboBox::currentTextChanged, this, [this, catalog](const QString& agentClass) {
        m_agent->clear();
        if (!agentClass.isEmpty())
            catalog->requestAgents(agentClass);
    });
    connect(m_agent, &QComboBox::currentIndexChanged, this, [this, catalog] {
        m_metadata.reset();
        showForm();
        if (const QString agent = m_agent->currentData().toString(); !agent.isEmpty()) {
            m_problems->setText(tr("Reading the metadata of %1…").arg(agent));
            catalog->requestMetadata(agent);
        }
    });
    connect(m_id, &QLineEdit::textChanged, this, &CreateResourceDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateResourceDialog::previewIt);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_problems->setText(tr("Asking %1 for its resource agents…").arg(session->currentHost()));
    catalog->requestClasses();
    resize(560, 620);
}

void CreateResourceDialog::chooseAgent(const QString& agent)
{
    m_wantedAgent = agent;
    const QString agentClass = agent.section(u':', 0, agent.startsWith(QLatin1String("ocf:")) ? 1 : 0);
    if (m_class->currentText() == agentClass) {
        if (const int at = m_agent->findData(agent); at >= 0)
            m_agent->setCurrentIndex(at);
    } else if (const int at = m_class->findText(agentClass); at >= 0) {
        m_class->setCurrentIndex(at);
    }
}

void CreateResourceDialog::onClasses(const QStringList& classes)
{
    const QSignalBlocker block(m_class);
    m_class->clear();
    m_class->addItems(classes);
    // The common case first: the heartbeat agents (IPaddr2, Filesystem, ...).
    const int heartbeat = m_class->findText(QStringLiteral("ocf:heartbeat"));
    m_class->setCurrentIndex(heartbeat >= 0 ? heartbeat : 0);
    if (!m_wantedAgent.isEmpty())
        chooseAgent(m_wantedAgent);
    if (!m_class->currentText().isEmpty())
        m_session->agentCatalog()->requestAgents(m_class->currentText());
}

void CreateResourceDialog::onAgents(const QString& agentClass, const QStringList& agents)
{
    if (agentClass != m_class->currentText())
        return;
    {
        const QSignalBlocker block(m_agent);
        m_agent->clear();
        for (const QString& agent : agents)
            m_agent->addItem(agent.section(u':', -1), agent);
        m_agent->setCurrentIndex(-1);
    }
    const int wanted = m_agent->findData(m_wantedAgent);
    m_agent->setCurrentIndex(wanted >= 0 ? wanted : 0);
}

void CreateResourceDialog::onMetadata(const QString& agent, const pcmk::AgentMetadata& metadata)
{
    if (agent != m_agent->currentData().toString())
        return;
    m_metadata = metadata;
    showForm();
}

void CreateResourceDialog::onFailed(const QString& request, const QString& error)
{
    m_problems->setText(tr("Could not ask the cluster for %1: %2").arg(request, error));
}

// The agent's parameters, required ones first, deprecated ones left out; a value left empty is
// not set (the agent's default applies).
void CreateResourceDialog::showForm()
{
    while (m_parameters->rowCount() > 0)
        m_parameters->removeRow(0);
    m_editors.clear();
    m_description->clear();
    if (!m_metadata) {
        validate();
        return;
    }
    m_description->setText(m_metadata->shortDescription);
    QList<pcmk::AgentParameter> shown;
    for (const pcmk::AgentParameter& p : m_metadata->parameters) {
        if (!p.deprecated)
            shown << p;
    }
    std::stable_sort(shown.begin(), shown.end(),
                     [](const pcmk::AgentParameter& a, const pcmk::AgentParameter& b) { return a.required > b.required; });
    for (const pcmk::AgentParameter& p : shown) {
        auto* editor = new QLineEdit(m_parameterPage);
        editor->setObjectName(QStringLiteral("param-") + p.name);
        editor->setPlaceholderText(p.defaultValue.isEmpty() ? p.type : p.defaultValue);
        const QString tip = p.shortDescription.isEmpty() ? p.type : tr("%1 (%2)").arg(p.shortDescription, p.type);
        editor->setToolTip(tip);
        auto* label = new QLabel(p.required ? QStringLiteral("<b>%1</b> *").arg(p.name.toHtmlEscaped()) : p.name.toHtmlEscaped(),
                                 m_parameterPage);
        label->setToolTip(tip);
        label->setBuddy(editor);
        m_parameters->addRow(label, editor);
        m_editors.insert(p.name, editor);
        connect(editor, &QLineEdit::textChanged, this, &CreateResourceDialog::validate);
    }
    validate();
}

QStringList CreateResourceDialog::problems() const
{
    if (!m_metadata)
        return {tr("Choose an agent.")};
    QStringList found;
    const QString id = m_id->text().trimmed();
    if (id.isEmpty())
        found << tr("Give the resource an id.");
    else if (!pcmk::ClusterOperation::isValidId(id))
        found << tr("'%1' is not a valid id: letters, digits, '.', ':', '_' and '-', starting with a letter or '_'.").arg(id);
    else if (m_session->state().resource(id))
        found << tr("A resource named '%1' exists already.").arg(id);
    found << m_metadata->problems(values());
    return found;
}

QMap<QString, QString> CreateResourceDialog::values() const
{
    QMap<QString, QString> values;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (!it.value()->text().isEmpty())
            values.insert(it.key(), it.value()->text());
    }
    return values;
}

void CreateResourceDialog::validate()
{
    // Without metadata the label keeps saying what is being waited for, or what failed.
    const QStringList found = problems();
    if (m_metadata)
        m_problems->setText(found.join(u'\n'));
    m_preview->setEnabled(m_metadata && found.isEmpty());
}

void CreateResourceDialog::previewIt()
{
    if (!m_metadata || !problems().isEmpty())
        return;
    QString error;
    const auto operation = pcmk::ClusterOperation::createPrimitive(m_id->text().trimmed(), *m_metadata, values(), &error);
    if (!operation) {
        m_problems->setText(error);
        return;
    }
    OperationDialog::start(m_session, *operation, parentWidget());
    accept();
}

} // namespace hadesk::views
