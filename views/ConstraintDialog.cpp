#include "views/ConstraintDialog.h"

#include "backend/ClusterSession.h"
#include "views/OperationDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hadesk::views {

ConstraintDialog::ConstraintDialog(ClusterSession* session, const QString& resource, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(new QComboBox(this))
    , m_resource(new QComboBox(this))
    , m_node(new QComboBox(this))
    , m_other(new QComboBox(this))
    , m_orderKind(new QComboBox(this))
    , m_score(new QLineEdit(QStringLiteral("INFINITY"), this))
    , m_id(new QLineEdit(this))
    , m_form(new QFormLayout)
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_preview(m_buttons->addButton(tr("&Preview…"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("constraintDialog"));
    setWindowTitle(tr("%1 — New Constraint").arg(session->name()));
    m_kind->setObjectName(QStringLiteral("constraintKind"));
    m_kind->addItem(tr("Location: prefer or avoid a node"), int(Kind::Location));
    m_kind->addItem(tr("Colocation: run with another resource"), int(Kind::Colocation));
    m_kind->addItem(tr("Order: start after another resource"), int(Kind::Order));
    m_resource->setObjectName(QStringLiteral("constraintResource"));
    m_node->setObjectName(QStringLiteral("constraintNode"));
    m_other->setObjectName(QStringLiteral("constraintOther"));
    m_orderKind->setObjectName(QStringLiteral("orderKind"));
    m_orderKind->addItems({QStringLiteral("Mandatory"), QStringLiteral("Optional"), QStringLiteral("Serialize")});
    m_score->setObjectName(QStringLiteral("constraintScore"));
    m_score->setToolTip(tr("An integer, INFINITY (always) or -INFINITY (never)."));
    m_id->setObjectName(QStringLiteral("constraintId"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_preview->setObjectName(QStringLiteral("previewButton"));

    // Resources a constraint can name: not the ones Pacemaker makes itself (bundle replicas).
    const pcmk::ClusterState& state = session->state();
    for (const pcmk::Resource& r : state.resources) {
        if (!r.implicit) {
            m_resource->addItem(r.id);
            m_other->addItem(r.id);
        }
    }
    for (const pcmk::Node& node : state.nodes)
        m_node->addItem(node.name);
    if (const int at = m_resource->findText(resource); at >= 0)
        m_resource->setCurrentIndex(at);
    m_other->setCurrentIndex(m_other->count() > 1 && m_other->currentText() == m_resource->currentText() ? 1 : 0);

    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Resource:"), m_resource);
    m_form->addRow(tr("&Node:"), m_node);
    m_form->addRow(tr("&With / after:"), m_other);
    m_form->addRow(tr("Order &kind:"), m_orderKind);
    m_form->addRow(tr("&Score:"), m_score);
    m_form->addRow(tr("&Id:"), m_id);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problems);
    layout->addStretch();
    layout->addWidget(m_buttons);

    for (QComboBox* box : {m_kind, m_resource, m_node, m_other, m_orderKind})
        connect(box, &QComboBox::currentIndexChanged, this, &ConstraintDialog::update);
    connect(m_score, &QLineEdit::textChanged, this, &ConstraintDialog::update);
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idEdited = !m_id->text().isEmpty(); });
    connect(m_id, &QLineEdit::textChanged, this, &ConstraintDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConstraintDialog::previewIt);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(460, 0);
}

ConstraintDialog::Kind ConstraintDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void ConstraintDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ConstraintDialog::suggestId()
{
    if (m_idEdited)
        return;
    const QString resource = m_resource->currentText();
    QString id;
    switch (kind()) {
    case Kind::Location: id = QStringLiteral("location-%1-%2").arg(resource, m_node->currentText()); break;
    case Kind::Colocation: id = QStringLiteral("colocation-%1-with-%2").arg(resource, m_other->currentText()); break;
    case Kind::Order: id = QStringLiteral("order-%1-then-%2").arg(m_other->currentText(), resource); break;
    }
    const QSignalBlocker block(m_id);
    m_id->setText(id);
}

std::optional<pcmk::ClusterOperation> ConstraintDialog::operation(QString* error) const
{
    const QString id = m_id->text().trimmed();
    const pcmk::ClusterState& state = m_session->state();
    if (std::any_of(state.constraints.cbegin(), state.constraints.cend(),
                    [&](const pcmk::Constraint& c) { return c.id == id; })) {
        *error = tr("A constraint named '%1' exists already.").arg(id);
        return std::nullopt;
    }
    const QString resource = m_resource->currentText();
    const QString other = m_other->currentText();
    if (kind() != Kind::Location && resource == other) {
        *error = tr("A resource cannot be tied to itself.");
        return std::nullopt;
    }
    switch (kind()) {
    case Kind::Location:
        return pcmk::ClusterOperation::addLocation(id, resource, m_node->currentText(), m_score->text().trimmed(), error);
    case Kind::Colocation:
        return pcmk::ClusterOperation::addColocation(id, resource, other, m_score->text().trimmed(), error);
    case Kind::Order:
        // "resource after other": other starts first.
        return pcmk::ClusterOperation::addOrder(id, other, resource, m_orderKind->currentText(), error);
    }
    return std::nullopt;
}

void ConstraintDialog::update()
{
    const Kind k = kind();
    m_form->setRowVisible(m_node, k == Kind::Location);
    m_form->setRowVisible(m_other, k != Kind::Location);
    m_form->setRowVisible(m_orderKind, k == Kind::Order);
    m_form->setRowVisible(m_score, k != Kind::Order);
    suggestId();
    QString error;
    const bool ok = operation(&error).has_value();
    m_problems->setText(ok ? QString() : error);
    m_preview->setEnabled(ok);
}

void ConstraintDialog::previewIt()
{
    QString error;
    const auto op = operation(&error);
    if (!op) {
        m_problems->setText(error);
        return;
    }
    OperationDialog::start(m_session, *op, parentWidget());
    accept();
}

} // namespace hadesk::views
