#include "views/SetupWizard.h"

#include "backend/ClusterStore.h"
#include "backend/setup/SetupConfigs.h"
#include "backend/setup/SetupHosts.h"
#include "backend/setup/SetupRun.h"
#include "views/Dialogs.h"
#include "views/SshPromptDialog.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace hadesk::views {

using setup::SetupRun;

namespace {

// A page's word on what it checked or ran: wrapped, selectable (to paste into a ticket).
QLabel* outcomeLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Red when something is wrong.
void showOutcome(QLabel* label, const QString& text, bool problem = false)
{
    label->setText(text);
    label->setStyleSheet(problem ? QStringLiteral("color: #b00020") : QString());
}

QLabel* problemLabel(QWidget* parent, const QString& objectName)
{
    QLabel* label = outcomeLabel(parent, objectName);
    showOutcome(label, QString(), true);
    return label;
}

// What a run refused, each refusal with where: nothing was changed.
QString refusalsText(const SetupRun& run)
{
    QStringList lines{SetupWizard::tr("Refused, nothing was changed:")};
    for (const setup::Refusal& r : run.refusals())
        lines << QStringLiteral("  ") + r.toString();
    return lines.join(u'\n');
}

QPlainTextEdit* monospaceText(QWidget* parent, const QString& objectName)
{
    auto* text = new QPlainTextEdit(parent);
    text->setObjectName(objectName);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return text;
}

} // namespace

// ------------------------------------------------------------------ the wizard

SetupWizard::SetupWizard(ClusterStore* store, QWidget* parent)
    : QWizard(parent)
    , m_store(store)
    , m_planPage(new SetupPlanPage(this))
    , m_reviewPage(new SetupReviewPage(this))
    , m_applyPage(new SetupApplyPage(this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("New Cluster"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(PlanPageId, m_planPage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(ApplyPageId, m_applyPage);
    setButtonText(QWizard::CommitButton, tr("&Apply"));
    resize(900, 680);
}

SetupWizard::~SetupWizard()
{
    // Before the connections go (members are destroyed before the pages, the widget's children).
    stopRuns();
}

void SetupWizard::stopRuns()
{
    // A setup stopped anywhere is continued by the next run.
    for (SetupRun* run : {m_reviewPage->run(), m_reviewPage->undoRun(), m_applyPage->run()})
        if (run && !run->isFinished())
            run->cancel();
}

void SetupWizard::done(int result)
{
    stopRuns();
    QWizard::done(result);
}

void SetupWizard::setPlanFile(const QString& path)
{
    m_planPage->setPlanFile(path);
}

void SetupWizard::setSshConfig(const QString& path)
{
    m_planPage->setSshConfig(path);
}

QString SetupWizard::sshConfig() const
{
    return m_planPage->sshConfig();
}

const std::optional<setup::SetupPlan>& SetupWizard::plan() const
{
    return m_planPage->plan();
}

setup::SetupHosts* SetupWizard::hosts()
{
    if (!plan())
        return nullptr;
    QStringList key{sshConfig()};
    for (const setup::PlanNode& node : plan()->nodes)
        key << node.name + u'=' + node.sshHost();
    if (!m_hosts || m_hostsKey != key.join(u'\n')) {
        m_hosts = std::make_unique<setup::SetupHosts>(*plan(), sshConfig());
        m_hostsKey = key.join(u'\n');
        setup::SetupHosts* hosts = m_hosts.get();
        connect(hosts, &setup::SetupHosts::promptRequested, this, [this, hosts](const ssh::Prompt& prompt) {
            auto* dialog = new SshPromptDialog(prompt, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &SshPromptDialog::answered, hosts, &setup::SetupHosts::answerPrompt);
            dialog->open();
        });
    }
    return m_hosts.get();
}

void SetupWizard::addToClusterList()
{
    if (!plan() || !m_store)
        return;
    QString error;
    if (!m_store->find(plan()->name)) {
        QStringList hosts;
        for (const setup::PlanNode& node : plan()->nodes)
            hosts << node.sshHost();
        const std::optional<ClusterProfile> cluster = ClusterStore::fromSshConfig(plan()->name, sshConfig(), hosts, &error);
        if (!cluster || !m_store->add(*cluster, &error))
            return;
    }
    Q_EMIT clusterBuilt(plan()->name);
}

// ------------------------------------------------------------------ page 1: the plan

SetupPlanPage::SetupPlanPage(QWidget* parent)
    : QWizardPage(parent)
    , m_file(new QLineEdit(this))
    , m_sshConfig(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_timing(new QComboBox(this))
    , m_timingWords(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_problems(problemLabel(this, QStringLiteral("planProblems")))
    , m_save(new QPushButton(tr("&Save Plan…"), this))
{
    setTitle(tr("The plan"));
    setSubTitle(tr("A setup plan (docs/setup.md; hadeskctl setup example HOST... writes a starting one). "
                   "Nothing on the hosts changes before the review."));
    m_file->setObjectName(QStringLiteral("planFile"));
    m_sshConfig->setObjectName(QStringLiteral("sshConfig"));
    m_sshConfig->setPlaceholderText(tr("~/.ssh/config"));
    m_name->setObjectName(QStringLiteral("clusterName"));
    m_timing->setObjectName(QStringLiteral("timing"));
    m_timing->addItem(tr("default (Corosync's own: token 3000 ms)"), QStringLiteral("default"));
    m_timing->addItem(tr("fast (token 1000 ms: for a low-latency network)"), QStringLiteral("fast"));
    m_timingWords->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("savePlan"));

    auto* browsePlan = new QPushButton(tr("&Open…"), this);
    auto* browseConfig = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browsePlan);
    auto* configRow = new QHBoxLayout;
    configRow->addWidget(m_sshConfig, 1);
    configRow->addWidget(browseConfig);

    // A row whose field is a layout gets no buddy of its own: the labels are given theirs.
    auto buddyLabel = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("Plan &file:"), m_file), fileRow);
    form->addRow(buddyLabel(tr("SSH &configuration:"), m_sshConfig), configRow);
    form->addRow(tr("Cluster &name:"), m_name);
    form->addRow(tr("&Timing:"), m_timing);
    form->addRow(QString(), m_timingWords);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    layout->addLayout(saveRow);

    connect(m_file, &QLineEdit::editingFinished, this, &SetupPlanPage::load);
    connect(m_name, &QLineEdit::textEdited, this, &SetupPlanPage::edited);
    connect(m_timing, &QComboBox::activated, this, &SetupPlanPage::edited);
    connect(m_sshConfig, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(browsePlan, &QPushButton::clicked, this, &SetupPlanPage::browsePlan);
    connect(browseConfig, &QPushButton::clicked, this, &SetupPlanPage::browseSshConfig);
    connect(m_save, &QPushButton::clicked, this, &SetupPlanPage::save);
    showPlan();
}

void SetupPlanPage::setPlanFile(const QString& path)
{
    m_file->setText(path);
    load();
}

void SetupPlanPage::setSshConfig(const QString& path)
{
    m_sshConfig->setText(path);
}

QString SetupPlanPage::sshConfig() const
{
    return m_sshConfig->text().trimmed();
}

void SetupPlanPage::setClusterName(const QString& name)
{
    m_name->setText(name);
    edited();
}

void SetupPlanPage::setTiming(const QString& timing)
{
    const int index = m_timing->findData(timing);
    if (index >= 0)
        m_timing->setCurrentIndex(index);
    edited();
}

QString SetupPlanPage::problems() const
{
    return m_problems->text();
}

bool SetupPlanPage::isComplete() const
{
    return m_plan.has_value();
}

void SetupPlanPage::load()
{
    const QString path = m_file->text().trimmed();
    m_json = {};
    m_plan.reset();
    QStringList problems;
    if (path.isEmpty()) {
        problems << tr("Choose a plan file.");
    } else {
        QList<setup::Refusal> refusals;
        m_plan = setup::SetupPlan::fromFile(path, &refusals);
        for (const setup::Refusal& r : refusals)
            problems << r.toString();
        if (m_plan)
            m_json = m_plan->toJson();
    }
    m_loading = true;
    m_name->setText(m_plan ? m_plan->name : QString());
    const int timing = m_timing->findData(m_plan ? m_plan->timing : QStringLiteral("default"));
    m_timing->setCurrentIndex(qMax(0, timing));
    m_loading = false;
    m_problems->setText(problems.join(u'\n'));
    showPlan();
}

void SetupPlanPage::edited()
{
    if (m_loading || m_json.isEmpty())
        return;
    // The edit goes through the plan's own reading, so the wizard refuses what hadeskctl would.
    QJsonObject cluster = m_json.value(u"cluster").toObject();
    cluster.insert(QStringLiteral("name"), m_name->text().trimmed());
    cluster.insert(QStringLiteral("timing"), m_timing->currentData().toString());
    m_json.insert(QStringLiteral("cluster"), cluster);
    QList<setup::Refusal> refusals;
    m_plan = setup::SetupPlan::fromJson(QJsonDocument(m_json).toJson(), &refusals);
    QStringList problems;
    for (const setup::Refusal& r : refusals)
        problems << r.toString();
    m_problems->setText(problems.join(u'\n'));
    showPlan();
}

void SetupPlanPage::showPlan()
{
    m_save->setEnabled(m_plan.has_value());
    if (!m_plan) {
        m_summary->clear();
        m_timingWords->clear();
    } else {
        QStringList vips, services;
        for (const setup::PlanVip& vip : m_plan->vips)
            vips << QStringLiteral("%1 (%2/%3)").arg(vip.id, vip.address.toString()).arg(vip.prefix);
        for (const setup::PlanService& service : m_plan->services)
            services << QStringLiteral("%1 (%2)").arg(service.name,
                                                     service.kind == setup::PlanService::Template::ActiveStandby ? tr("active/standby")
                                                                                                                 : tr("active/active"));
        m_summary->setText(tr("Nodes: %1, %2 corosync link(s).\nFencing: %3.\nVIPs: %4.\nServices: %5.")
                               .arg(m_plan->nodeNames().join(QStringLiteral(", ")))
                               .arg(m_plan->linkCount())
                               .arg(m_plan->fencing.disabled ? tr("none (UNSAFE)")
                                                             : m_plan->fencing.allowUntested ? tr("%1, not tested (UNSAFE)").arg(m_plan->fencing.agent)
                                                                                             : tr("%1, tested on %2").arg(m_plan->fencing.agent, m_plan->fencing.testNode))
                               .arg(vips.isEmpty() ? tr("none") : vips.join(QStringLiteral(", ")))
                               .arg(services.isEmpty() ? tr("none") : services.join(QStringLiteral(", "))));
        m_timingWords->setText(setup::SetupConfigs(*m_plan, {}).timingInWords());
    }
    Q_EMIT completeChanged();
}

void SetupPlanPage::browsePlan()
{
    auto* dialog = new QFileDialog(this, tr("Open Setup Plan"), QFileInfo(m_file->text()).path(), tr("Setup plans (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &SetupPlanPage::setPlanFile);
    dialog->open();
}

void SetupPlanPage::browseSshConfig()
{
    auto* dialog = new QFileDialog(this, tr("SSH Configuration"), QFileInfo(m_sshConfig->text()).path());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &SetupPlanPage::setSshConfig);
    dialog->open();
}

bool SetupPlanPage::savePlan(const QString& path, QString* error) const
{
    if (!m_plan) {
        *error = tr("the plan is refused: %1").arg(problems());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(m_plan->toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void SetupPlanPage::save()
{
    auto* dialog = new QFileDialog(this, tr("Save Setup Plan"), m_file->text(), tr("Setup plans (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QString error;
        if (!savePlan(path, &error))
            m_problems->setText(tr("Not saved: %1").arg(error));
    });
    dialog->open();
}

// ------------------------------------------------------------------ a run's progress

SetupProgress::SetupProgress(QWidget* parent)
    : QWidget(parent)
    , m_steps(new QListWidget(this))
    , m_log(monospaceText(this, QStringLiteral("setupLog")))
{
    m_steps->setObjectName(QStringLiteral("setupSteps"));
    m_steps->setWordWrap(true);
    m_log->setMaximumBlockCount(5000);
    m_log->hide(); // until a node says something
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_steps, 2);
    layout->addWidget(m_log, 1);
}

void SetupProgress::follow(SetupRun* run)
{
    if (m_run) {
        disconnect(m_run, nullptr, this, nullptr);
        disconnect(m_run, nullptr, m_log, nullptr);
    }
    m_run = run;
    m_log->clear();
    m_log->hide();
    connect(run, &jobs::Job::stepChanged, this, &SetupProgress::refresh);
    connect(run, &jobs::Job::finished, this, &SetupProgress::refresh);
    connect(run, &SetupRun::said, m_log, [this](const QString& line) {
        m_log->show();
        m_log->appendPlainText(line);
    });
    refresh();
}

void SetupProgress::refresh()
{
    m_steps->clear();
    if (!m_run)
        return;
    for (const jobs::JobStep& step : m_run->steps())
        m_steps->addItem(jobs::stepLine(step));
}

QString SetupProgress::stepsText() const
{
    QStringList lines;
    for (int i = 0; i < m_steps->count(); ++i)
        lines << m_steps->item(i)->text();
    return lines.join(u'\n');
}

QString SetupProgress::logText() const
{
    return m_log->toPlainText();
}

// ------------------------------------------------------------------ page 2: the review

SetupReviewPage::SetupReviewPage(SetupWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progress(new SetupProgress(this))
    , m_outcome(outcomeLabel(this, QStringLiteral("reviewOutcome")))
    , m_undoButton(new QPushButton(tr("&Undo This Setup…"), this))
    , m_review(monospaceText(this, QStringLiteral("reviewText")))
{
    setTitle(tr("Review"));
    setSubTitle(tr("The hosts checked, the links tested, and every change per node with Pacemaker's simulation of the result. "
                   "Nothing has changed yet."));
    setCommitPage(true);
    m_undoButton->setObjectName(QStringLiteral("undoSetup"));
    m_undoButton->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_outcome, 1);
    row->addWidget(m_undoButton, 0, Qt::AlignTop);
    layout->addLayout(row);
    layout->addWidget(m_review, 3);
    connect(m_undoButton, &QPushButton::clicked, this, &SetupReviewPage::undo);
}

SetupReviewPage::~SetupReviewPage() = default;

void SetupReviewPage::initializePage()
{
    m_ok = false;
    m_review->clear();
    m_undoButton->hide();
    showOutcome(m_outcome, tr("Checking the hosts…"));
    if (m_run && !m_run->isFinished())
        m_run->cancel();
    setup::SetupHosts* hosts = m_wizard->hosts();
    if (!hosts) {
        m_outcome->setText(tr("The plan is refused."));
        return;
    }
    m_run = new SetupRun(*m_wizard->plan(), SetupRun::Mode::Review, hosts->lookup(), this);
    m_progress->follow(m_run);
    connect(m_run, &jobs::Job::finished, this, &SetupReviewPage::reviewed);
    m_run->start();
    Q_EMIT completeChanged();
}

void SetupReviewPage::cleanupPage()
{
    if (m_run && !m_run->isFinished())
        m_run->cancel();
    m_ok = false;
}

void SetupReviewPage::reviewed()
{
    SetupRun* run = m_run;
    if (!run || sender() != run)
        return;
    m_ok = run->state() == jobs::JobState::Succeeded;
    if (run->refused()) {
        showOutcome(m_outcome, refusalsText(*run), true);
    } else if (!m_ok) {
        showOutcome(m_outcome, tr("The review failed: %1").arg(run->outcomeText()), true);
    } else {
        QString text = run->changeCount() == 0 ? tr("%1 is as the plan says: Apply changes nothing.").arg(run->plan().name)
                                               : tr("%n change(s) to apply.", nullptr, run->changeCount());
        if (!run->resumeNote().isEmpty() && run->changeCount() > 0)
            text = tr("A setup of this plan stopped half-way: %1. Apply continues from there; Undo takes it back.")
                       .arg(run->resumeNote())
                   + u'\n' + text;
        showOutcome(m_outcome, text);
        m_review->setPlainText(run->reviewText());
    }
    // The journals say HAdesk built some of this plan there: it can be taken back.
    m_undoButton->setVisible(!run->resumeNote().isEmpty());
    Q_EMIT completeChanged();
}

void SetupReviewPage::undo()
{
    const std::optional<setup::SetupPlan>& plan = m_wizard->plan();
    setup::SetupHosts* hosts = m_wizard->hosts();
    if (!plan || !hosts || (m_undo && !m_undo->isFinished()) || (m_run && !m_run->isFinished()))
        return;
    const auto answer = Dialogs::question(this, tr("Undo This Setup"),
                                          tr("Take %1 back to bare hosts (%2)? Only what HAdesk's journals say it did is taken back; "
                                             "files it replaced come back from their backups.")
                                              .arg(plan->name, plan->nodeNames().join(QStringLiteral(", "))));
    if (answer != QMessageBox::Yes)
        return;
    m_ok = false;
    m_undoButton->hide();
    m_review->clear();
    showOutcome(m_outcome, tr("Undoing…"));
    m_undo = new SetupRun(*plan, SetupRun::Mode::Undo, hosts->lookup(), this);
    m_progress->follow(m_undo);
    connect(m_undo, &jobs::Job::finished, this, &SetupReviewPage::undone);
    m_undo->start();
    Q_EMIT completeChanged();
}

void SetupReviewPage::undone()
{
    SetupRun* run = m_undo;
    if (!run || sender() != run)
        return;
    if (run->state() != jobs::JobState::Succeeded) {
        showOutcome(m_outcome, tr("The undo stopped: %1").arg(run->outcomeText()), true);
        m_undoButton->show();
        return;
    }
    // What the hosts are now: the review again.
    initializePage();
    m_outcome->setText(tr("%1 undone: %n change(s) taken back. Checking the hosts again…", nullptr, run->changeCount()).arg(run->plan().name));
}

bool SetupReviewPage::isComplete() const
{
    return m_ok;
}

QString SetupReviewPage::reviewText() const
{
    return m_review->toPlainText();
}

QString SetupReviewPage::outcome() const
{
    return m_outcome->text();
}

// ------------------------------------------------------------------ page 3: apply

SetupApplyPage::SetupApplyPage(SetupWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progress(new SetupProgress(this))
    , m_outcome(outcomeLabel(this, QStringLiteral("applyOutcome")))
    , m_stop(new QPushButton(tr("&Stop"), this))
{
    setTitle(tr("Apply"));
    setSubTitle(tr("Each step as it runs on the nodes. A step that fails takes back what it did; "
                   "the next run continues from there."));
    m_stop->setObjectName(QStringLiteral("stopSetup"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_outcome, 1);
    row->addWidget(m_stop, 0, Qt::AlignTop);
    layout->addLayout(row);
    connect(m_stop, &QPushButton::clicked, this, &SetupApplyPage::stop);
}

SetupApplyPage::~SetupApplyPage() = default;

void SetupApplyPage::initializePage()
{
    showOutcome(m_outcome, tr("Applying…"));
    setup::SetupHosts* hosts = m_wizard->hosts();
    if (!hosts)
        return;
    m_run = new SetupRun(*m_wizard->plan(), SetupRun::Mode::Apply, hosts->lookup(), this);
    m_progress->follow(m_run);
    connect(m_run, &jobs::Job::finished, this, &SetupApplyPage::applied);
    m_stop->setEnabled(true);
    m_run->start();
    Q_EMIT completeChanged();
}

void SetupApplyPage::stop()
{
    if (m_run && !m_run->isFinished()) {
        m_stop->setEnabled(false);
        m_outcome->setText(tr("Stopping on the nodes…"));
        m_run->cancel();
    }
}

void SetupApplyPage::applied()
{
    SetupRun* run = m_run;
    if (!run || sender() != run)
        return;
    m_stop->setEnabled(false);
    if (isComplete()) {
        QStringList lines{run->changeCount() == 0 ? tr("%1 is as the plan says: nothing changed.").arg(run->plan().name)
                                                  : tr("%1 set up and verified: %n change(s).", nullptr, run->changeCount()).arg(run->plan().name)};
        for (const QString& line : run->verification())
            lines << tr("verified: %1").arg(line);
        showOutcome(m_outcome, lines.join(u'\n'));
        m_wizard->addToClusterList();
    } else {
        showOutcome(m_outcome,
                    tr("The setup stopped: %1\nRun it again (New Cluster…, the same plan) to continue from there, "
                       "or take it back with hadeskctl setup --undo PLAN.")
                        .arg(run->refused() ? refusalsText(*run) : run->outcomeText()),
                    true);
    }
    Q_EMIT completeChanged();
}

bool SetupApplyPage::isComplete() const
{
    return m_run && m_run->state() == jobs::JobState::Succeeded;
}

QString SetupApplyPage::outcome() const
{
    return m_outcome->text();
}

} // namespace hadesk::views
