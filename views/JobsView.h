#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace hadesk::jobs {
class Job;
class JobList;
} // namespace hadesk::jobs

namespace hadesk::streams {
class StreamModel;
}

namespace hadesk::views {

// The Jobs tab: running and recent jobs with their end state; the selected one's steps (node,
// command, outcome) and log below, and Stop while it runs. Under them the live streams the
// console follows on each node, with why one is unavailable, and Read Again.
class JobsView final : public QWidget
{
    Q_OBJECT

public:
    JobsView(jobs::JobList* jobs, streams::StreamModel* streams, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QTableView* streamTable() const { return m_streamTable; }
    void readSelectedAgain();
    hadesk::jobs::Job* selectedJob() const;
    void stopSelected();

private:
    void showSelected();

    jobs::JobList* m_jobs;
    QTableView* m_table;
    QLabel* m_steps;
    QPlainTextEdit* m_log;
    QPushButton* m_stop;
    QPointer<jobs::Job> m_shown;
    streams::StreamModel* m_streams;
    QTableView* m_streamTable;
    QPushButton* m_readAgain;
};

// The status bar's word on jobs, after Dolphin's: once a job has run for half a second, its
// title, a progress bar ("busy" while unknown) and Stop; gone when nothing runs.
class JobStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit JobStatusWidget(QWidget* parent = nullptr);

    void setJobs(jobs::JobList* jobs);
    static constexpr int kShowAfterMs = 500;

private:
    void follow(jobs::Job* job);
    void refresh();

    QPointer<jobs::JobList> m_jobs;
    QPointer<jobs::Job> m_job;
    QLabel* m_title;
    QProgressBar* m_progress;
    QPushButton* m_stop;
    QTimer m_showTimer;
};

} // namespace hadesk::views
