#include "views/OperationDialog.h"

#include "views/ActionMenus.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace hadesk::views {

OperationDialog::OperationDialog(ClusterSession* session, pcmk::ClusterOperation operation, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_operation(std::move(operation))
    , m_title(new QLabel(this))
    , m_effects(new QLabel(this))
    , m_status(new QLabel(this))
    , m_actions(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_apply(m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("operationDialog"));
    setWindowTitle(tr("%1 — %2").arg(session->name(), m_operation.summary));
    m_title->setText(QStringLiteral("<b>%1</b>").arg(m_operation.summary.toHtmlEscaped()));
    m_title->setWordWrap(true);
    m_effects->setObjectName(QStringLiteral("effects"));
    m_effects->setWordWrap(true);
    m_effects->setTextFormat(Qt::PlainText);
    m_effects->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_effects->hide();
    m_actions->setObjectName(QStringLiteral("previewList"));
    m_progress->setRange(0, 0);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_log->setObjectName(QStringLiteral("jobLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(500);
    m_log->setMaximumHeight(90);
    m_log->setPlaceholderText(tr("Each step as it runs, with the command on the node"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    if (m_operation.takesLifetime()) {
        // How long the constraint a move or ban leaves behind lasts (crm_resource --lifetime).
        m_lifetime = new QComboBox(this);
        m_lifetime->setObjectName(QStringLiteral("lifetime"));
        m_lifetime->setEditable(true);
        m_lifetime->addItem(tr("until cleared"), QString());
        m_lifetime->addItem(tr("30 minutes"), QStringLiteral("PT30M"));
        m_lifetime->addItem(tr("1 hour"), QStringLiteral("PT1H"));
        m_lifetime->addItem(tr("1 day"), QStringLiteral("P1D"));
        m_lifetime->setToolTip(tr("Or an ISO 8601 duration such as PT2H"));
        const int known = m_lifetime->findData(m_operation.lifetime);
        if (known >= 0)
            m_lifetime->setCurrentIndex(known);
        else
            m_lifetime->setEditText(m_operation.lifetime);
        auto* form = new QFormLayout;
        form->addRow(tr("&Lifetime:"), m_lifetime);
        layout->addLayout(form);
        connect(m_lifetime, &QComboBox::activated, this, &OperationDialog::changeLifetime);
        connect(m_lifetime->lineEdit(), &QLineEdit::editingFinished, this, &OperationDialog::changeLifetime);
    }
    layout->addWidget(m_effects);
    layout->addWidget(m_status);
    layout->addWidget(m_actions, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_log);
    layout->addWidget(m_buttons);
    connect(m_apply, &QPushButton::clicked, this, &OperationDialog::applyNow);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OperationDialog::reject);
    resize(520, 420);
}

OperationDialog* OperationDialog::start(ClusterSession* session, const pcmk::ClusterOperation& operation,
                                        QWidget* parent)
{
    auto* dialog = new OperationDialog(session, operation, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    dialog->runPreview();
    return dialog;
}

void OperationDialog::setBusy(const QString& text)
{
    m_status->setText(text);
    m_progress->show();
    m_apply->setEnabled(false);
}

jobs::Job* OperationDialog::runningJob() const
{
    for (jobs::Job* job : {static_cast<jobs::Job*>(m_previewJob.data()), static_cast<jobs::Job*>(m_applyJob.data())})
        if (job && !job->isFinished())
            return job;
    return nullptr;
}

void OperationDialog::follow(jobs::Job* job)
{
    connect(job, &jobs::Job::logged, this, [this](const QString& line) { m_log->appendPlainText(line); });
    connect(job, &jobs::Job::progressChanged, this, [this](double progress) {
        if (progress < 0) {
            m_progress->setRange(0, 0);
        } else {
            m_progress->setRange(0, 100);
            m_progress->setValue(qRound(progress * 100));
        }
    });
}

void OperationDialog::reject()
{
    jobs::Job* job = runningJob();
    if (!job) {
        QDialog::reject();
        return;
    }
    m_status->setText(tr("Stopping…"));
    job->cancel();
}

void OperationDialog::changeLifetime()
{
    if (!m_lifetime || m_applyJob)
        return;
    // A chosen entry carries its duration; typed text is the duration itself.
    const int index = m_lifetime->findText(m_lifetime->currentText());
    const QString lifetime = index >= 0 ? m_lifetime->itemData(index).toString() : m_lifetime->currentText().trimmed();
    if (lifetime == m_operation.lifetime)
        return;
    QString error;
    const auto changed = m_operation.withLifetime(lifetime, &error);
    if (!changed) {
        m_status->setText(error);
        m_apply->setEnabled(false);
        return;
    }
    if (m_previewJob && !m_previewJob->isFinished())
        m_previewJob->cancel();
    m_operation = *changed;
    m_previewed = false;
    m_title->setText(QStringLiteral("<b>%1</b>").arg(m_operation.summary.toHtmlEscaped()));
    setWindowTitle(tr("%1 — %2").arg(m_session->name(), m_operation.summary));
    runPreview();
}

void OperationDialog::runPreview()
{
    setBusy(tr("Asking Pacemaker what this would do (crm_simulate on a copy of the live CIB)…"));
    m_actions->clear();
    m_effects->hide();
    m_previewJob = m_session->preview(m_operation);
    if (!m_previewJob) {
        m_progress->hide();
        m_status->setText(tr("This cluster cannot be changed from here (read-only or not connected)."));
        return;
    }
    follow(m_previewJob);
    connect(m_previewJob, &jobs::Job::finished, this, [this, job = m_previewJob.data()] {
        if (job == m_previewJob) // not one replaced by a preview with another lifetime
            onPreview();
    });
}

void OperationDialog::onPreview()
{
    m_progress->hide();
    if (m_previewJob->state() == jobs::JobState::Cancelled) {
        m_status->setText(tr("Stopped before the preview finished; nothing was changed."));
        return;
    }
    if (m_previewJob->state() != jobs::JobState::Succeeded) {
        m_status->setText(tr("The preview failed; nothing was changed."));
        m_result->setText(m_previewJob->error());
        m_result->show();
        return;
    }
    m_previewed = true;
    m_preview = m_previewJob->preview();
    if (!m_preview.effects.isEmpty()) {
        m_effects->setText(tr("This change:") + QStringLiteral("\n• ") + m_preview.effects.join(QStringLiteral("\n• ")));
        m_effects->show();
    }
    if (!m_operation.previewable)
        m_status->setText(tr("This acts on running resources, not on the configuration: there is nothing to simulate."));
    else if (m_preview.actions.isEmpty())
        m_status->setText(tr("Pacemaker would change nothing that runs."));
    else
        m_status->setText(tr("Pacemaker will:"));
    for (const pcmk::PlannedAction& action : std::as_const(m_preview.actions))
        m_actions->addItem(action.inWords());
    m_apply->setEnabled(true);
    m_apply->setFocus();
}

void OperationDialog::applyNow()
{
    if (!m_previewed || runningJob())
        return;
    setBusy(tr("Applying…"));
    m_applyJob = m_session->apply(m_operation, m_preview);
    if (!m_applyJob) {
        m_progress->hide();
        m_status->setText(tr("This cluster cannot be changed from here (read-only or not connected)."));
        m_apply->setEnabled(true);
        return;
    }
    follow(m_applyJob);
    connect(m_applyJob, &jobs::Job::finished, this, &OperationDialog::onApplied);
}

void OperationDialog::showEnd(const QString& status, const QString& detail)
{
    m_progress->hide();
    m_buttons->clear();
    m_buttons->addButton(QDialogButtonBox::Close);
    m_status->setText(status);
    m_result->setText(detail);
    m_result->show();
}

void OperationDialog::onApplied()
{
    const pcmk::ApplyResult& result = m_applyJob->result();
    if (m_applyJob->state() == jobs::JobState::Cancelled) {
        showEnd(tr("Stopped. The command was ended on the node; the cluster view shows what it is now."),
                m_applyJob->outcomeText());
        Q_EMIT operationDone(false);
        return;
    }
    switch (result.outcome) {
    case pcmk::ApplyResult::Outcome::Applied:
        showEnd(tr("Done. The cluster view follows the change as it happens."), result.message);
        // What a move or ban leaves behind keeps acting until cleared: say so, and offer it.
        if (!m_preview.leftBehind.isEmpty() && !m_operation.resource.isEmpty()) {
            m_result->setText((result.message.isEmpty() ? QString() : result.message + u'\n') +
                              tr("Left behind: %1. It keeps acting on %2 until it expires or is cleared.")
                                  .arg(m_preview.leftBehind.join(QLatin1String(", ")), m_operation.resource));
            QPushButton* clear = m_buttons->addButton(tr("C&lear It"), QDialogButtonBox::ActionRole);
            clear->setObjectName(QStringLiteral("clearLeftBehind"));
            connect(clear, &QPushButton::clicked, this, [this] {
                ActionMenus::run(m_session, QStringLiteral("clear"), m_operation.resource, parentWidget());
                accept();
            });
        }
        break;
    case pcmk::ApplyResult::Outcome::Stale:
        showEnd(tr("Not applied: someone changed the configuration since the preview. Nothing was "
                   "overwritten; open the action again to preview it on the new configuration."),
                result.message);
        break;
    case pcmk::ApplyResult::Outcome::Failed:
        showEnd(tr("The command failed."), result.message);
        break;
    }
    Q_EMIT operationDone(result.outcome == pcmk::ApplyResult::Outcome::Applied);
}

} // namespace hadesk::views
