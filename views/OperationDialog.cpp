#include "views/OperationDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
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
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(m_operation.summary.toHtmlEscaped()), this);
    title->setWordWrap(true);
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
    layout->addWidget(title);
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

QString OperationDialog::describe(const pcmk::PlannedAction& a)
{
    const QString& r = a.resource;
    if (a.action == u"move" || a.action == u"migrate")
        return tr("%1 moves %2 → %3").arg(r, a.source, a.dest);
    const QString where = a.node.isEmpty() ? a.source : a.node;
    if (a.action == u"start")
        return tr("%1 starts on %2").arg(r, where);
    if (a.action == u"stop")
        return tr("%1 stops on %2").arg(r, where);
    if (a.action == u"promote")
        return tr("%1 is promoted on %2").arg(r, where);
    if (a.action == u"demote")
        return tr("%1 is demoted on %2").arg(r, where);
    if (a.action == u"restart")
        return tr("%1 restarts on %2").arg(r, where);
    if (a.action == u"reload")
        return tr("%1 reloads its parameters on %2").arg(r, where);
    if (a.action == u"recover")
        return tr("%1 is recovered on %2").arg(r, where);
    return tr("%1: %2 on %3").arg(r, a.action, where);
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

void OperationDialog::runPreview()
{
    setBusy(tr("Asking Pacemaker what this would do (crm_simulate on a copy of the live CIB)…"));
    m_previewJob = m_session->preview(m_operation);
    if (!m_previewJob) {
        m_progress->hide();
        m_status->setText(tr("This cluster cannot be changed from here (read-only or not connected)."));
        return;
    }
    follow(m_previewJob);
    connect(m_previewJob, &jobs::Job::finished, this, &OperationDialog::onPreview);
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
    if (!m_operation.previewable)
        m_status->setText(tr("This acts on running resources, not on the configuration: there is nothing to simulate."));
    else if (m_preview.actions.isEmpty())
        m_status->setText(tr("Pacemaker would change nothing that runs."));
    else
        m_status->setText(tr("Pacemaker will:"));
    for (const pcmk::PlannedAction& action : std::as_const(m_preview.actions))
        m_actions->addItem(describe(action));
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
