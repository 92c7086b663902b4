#include "views/JobsView.h"

#include "backend/jobs/Job.h"
#include "backend/jobs/JobList.h"
#include "backend/streams/StreamModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hadesk::views {

JobsView::JobsView(jobs::JobList* jobs, streams::StreamModel* streams, QWidget* parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_table(new QTableView(this))
    , m_steps(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_streams(streams)
    , m_streamTable(new QTableView(this))
    , m_readAgain(new QPushButton(tr("&Read Again"), this))
{
    setObjectName(QStringLiteral("jobs"));
    m_table->setObjectName(QStringLiteral("jobTable"));
    m_table->setModel(jobs);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_steps->setObjectName(QStringLiteral("jobSteps"));
    m_steps->setWordWrap(true);
    m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log->setObjectName(QStringLiteral("jobLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_stop->setObjectName(QStringLiteral("stopJob"));
    m_stop->setEnabled(false);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    header->addWidget(m_steps, 1);
    header->addWidget(m_stop, 0, Qt::AlignTop);
    detailLayout->addLayout(header);
    detailLayout->addWidget(m_log, 1);
    m_streamTable->setObjectName(QStringLiteral("streamTable"));
    m_streamTable->setModel(streams);
    m_streamTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_streamTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_streamTable->verticalHeader()->hide();
    m_streamTable->setWordWrap(false);
    m_streamTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_streamTable->horizontalHeader()->setStretchLastSection(true);
    m_readAgain->setObjectName(QStringLiteral("readStreamAgain"));
    m_readAgain->setToolTip(tr("Read what the selected stream follows again now, and start it again if it stopped"));
    auto* live = new QWidget(this);
    auto* liveLayout = new QVBoxLayout(live);
    liveLayout->setContentsMargins(0, 0, 0, 0);
    auto* liveHeader = new QHBoxLayout;
    liveHeader->addWidget(new QLabel(tr("Live streams on the nodes"), live), 1);
    liveHeader->addWidget(m_readAgain);
    liveLayout->addLayout(liveHeader);
    liveLayout->addWidget(m_streamTable, 1);
    connect(m_readAgain, &QPushButton::clicked, this, &JobsView::readSelectedAgain);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->addWidget(live);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_stop, &QPushButton::clicked, this, &JobsView::stopSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JobsView::showSelected);
    connect(jobs, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_shown)
            showSelected();
    });
    // A new job is shown at once: the operator usually wants the one just started.
    connect(jobs, &jobs::JobList::jobAdded, this, [this] { m_table->selectRow(0); });
}

void JobsView::readSelectedAgain()
{
    m_streams->readAgain(m_streamTable->currentIndex().row());
}

jobs::Job* JobsView::selectedJob() const
{
    return m_jobs->job(m_table->currentIndex().row());
}

void JobsView::stopSelected()
{
    if (jobs::Job* job = selectedJob())
        job->cancel();
}

void JobsView::showSelected()
{
    jobs::Job* job = selectedJob();
    if (job != m_shown) {
        if (m_shown)
            disconnect(m_shown, &jobs::Job::logged, this, nullptr);
        m_shown = job;
        m_log->clear();
        if (job) {
            m_log->setPlainText(job->log().join(u'\n'));
            connect(job, &jobs::Job::logged, this, [this](const QString& line) { m_log->appendPlainText(line); });
        }
    }
    m_stop->setEnabled(job && !job->isFinished());
    if (!job) {
        m_steps->clear();
        return;
    }
    QString html = QStringLiteral("<b>%1</b> — %2<table cellspacing=3>")
                       .arg(job->title().toHtmlEscaped(), job->outcomeText().toHtmlEscaped());
    for (const jobs::JobStep& step : job->steps())
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td><i>%3</i></td><td>%4</td></tr>")
                    .arg(step.title.toHtmlEscaped(), step.host.toHtmlEscaped(), jobs::stateName(step.state),
                         step.detail.toHtmlEscaped());
    m_steps->setText(html + QStringLiteral("</table>"));
}

JobStatusWidget::JobStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(tr("Stop"), this))
{
    setObjectName(QStringLiteral("jobStatus"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_stop->setObjectName(QStringLiteral("stopRunningJob"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_stop);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    m_showTimer.setSingleShot(true);
    connect(&m_showTimer, &QTimer::timeout, this, &JobStatusWidget::refresh);
    hide();
}

void JobStatusWidget::setJobs(jobs::JobList* jobs)
{
    if (m_jobs)
        disconnect(m_jobs, nullptr, this, nullptr);
    m_jobs = jobs;
    m_job = nullptr;
    if (jobs) {
        connect(jobs, &jobs::JobList::jobAdded, this, &JobStatusWidget::follow);
        if (jobs::Job* running = jobs->oldestRunning())
            follow(running);
    }
    refresh();
}

void JobStatusWidget::follow(jobs::Job* job)
{
    m_job = job;
    connect(job, &jobs::Job::progressChanged, this, &JobStatusWidget::refresh);
    connect(job, &jobs::Job::finished, this, [this, job] {
        if (m_job != job)
            return;
        // The next one still running, if any.
        m_job = m_jobs ? m_jobs->oldestRunning() : nullptr;
        refresh();
    });
    // Quick jobs never flash by in the status bar.
    refresh();
}

void JobStatusWidget::refresh()
{
    const bool running = m_job && !m_job->isFinished();
    const qint64 age = running && m_job->startedAt().isValid()
                           ? m_job->startedAt().msecsTo(QDateTime::currentDateTimeUtc())
                           : 0;
    if (running && age < kShowAfterMs) {
        // Not yet (it may not even have started): look again when it is old enough.
        setVisible(false);
        m_showTimer.start(int(kShowAfterMs - age) + 1);
        return;
    }
    setVisible(running);
    if (!running)
        return;
    m_title->setText(m_job->title());
    const double progress = m_job->progress();
    if (progress < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 100);
        m_progress->setValue(qRound(progress * 100));
    }
}

} // namespace hadesk::views
