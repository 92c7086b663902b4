#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace hadesk::jobs {

class Job;

// The jobs of a session, running and recent, newest first; a bounded number of finished ones is
// kept. The list owns its jobs.
class JobList final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, State, Progress, Started, Outcome, ColumnCount };
    static constexpr int kKeptFinished = 50;

    explicit JobList(QObject* parent = nullptr);
    ~JobList() override;

    // Takes the job and starts it.
    void add(Job* job);
    Job* job(int row) const;
    int runningCount() const;
    // The oldest job still running, or null.
    Job* oldestRunning() const;
    // Stops every running job (the session is closing).
    void cancelAll();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void jobAdded(hadesk::jobs::Job* job);
    // The last running job has ended.
    void idle();

private:
    void changed(Job* job);
    void trim();

    QList<Job*> m_jobs; // newest first
};

} // namespace hadesk::jobs
