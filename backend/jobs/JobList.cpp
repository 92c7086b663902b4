#include "backend/jobs/JobList.h"

#include "backend/jobs/Job.h"

namespace hadesk::jobs {

JobList::JobList(QObject* parent)
    : QAbstractTableModel(parent)
{
}

JobList::~JobList()
{
    cancelAll();
    qDeleteAll(std::exchange(m_jobs, {}));
}

void JobList::add(Job* job)
{
    if (m_jobs.contains(job))
        return; // listed (and started) once: a second add would delete it twice
    beginInsertRows({}, 0, 0);
    job->setParent(this);
    m_jobs.prepend(job);
    endInsertRows();
    connect(job, &Job::stepChanged, this, [this, job] { changed(job); });
    connect(job, &Job::progressChanged, this, [this, job] { changed(job); });
    connect(job, &Job::finished, this, [this, job] {
        changed(job);
        trim();
        if (runningCount() == 0)
            Q_EMIT idle();
    });
    Q_EMIT jobAdded(job);
    job->start();
}

Job* JobList::job(int row) const
{
    return m_jobs.value(row);
}

int JobList::runningCount() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const Job* job) { return !job->isFinished(); }));
}

Job* JobList::oldestRunning() const
{
    const auto running = std::find_if(m_jobs.crbegin(), m_jobs.crend(), [](const Job* job) { return !job->isFinished(); });
    return running == m_jobs.crend() ? nullptr : *running;
}

void JobList::cancelAll()
{
    for (Job* job : std::as_const(m_jobs))
        job->cancel();
}

void JobList::changed(Job* job)
{
    const int row = int(m_jobs.indexOf(job));
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void JobList::trim()
{
    int finished = 0;
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (!m_jobs.at(row)->isFinished() || ++finished <= kKeptFinished)
            continue;
        beginRemoveRows({}, row, row);
        Job* old = m_jobs.takeAt(row);
        endRemoveRows();
        old->deleteLater();
        --row;
    }
}

int JobList::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobList::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobList::data(const QModelIndex& index, int role) const
{
    const Job* job = m_jobs.value(index.row());
    if (!job || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (role == Qt::ToolTipRole)
        return job->log().join(u'\n');
    switch (index.column()) {
    case Title: return job->title();
    case State: return stateName(job->state());
    case Progress: {
        const double progress = job->progress();
        return progress < 0 ? tr("unknown") : QStringLiteral("%1 %").arg(qRound(progress * 100));
    }
    case Started: return job->startedAt().toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    case Outcome: return job->outcomeText();
    }
    return {};
}

QVariant JobList::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Job");
    case State: return tr("State");
    case Progress: return tr("Progress");
    case Started: return tr("Started");
    case Outcome: return tr("Outcome");
    }
    return {};
}

} // namespace hadesk::jobs
