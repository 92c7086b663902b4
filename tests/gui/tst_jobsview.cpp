// The Jobs tab and the status bar's job indicator, on a job that runs on a fake host.
#include "../unit/FakeHost.h"
#include "backend/jobs/Job.h"
#include "backend/jobs/JobList.h"
#include "backend/streams/NodeStream.h"
#include "backend/streams/StreamModel.h"
#include "ssh/SshJob.h"
#include "views/JobsView.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QWidget>

using namespace hadesk;

namespace {

jobs::Job* hangingJob(FakeHost* host)
{
    auto* job = new jobs::Job(QStringLiteral("wait for the cluster"), QStringLiteral("lab"));
    job->addStep({QStringLiteral("crm_resource --wait"), host->host(), false,
                  [host](jobs::StepContext& step) {
                      step.run(host, {QStringLiteral("crm_resource"), QStringLiteral("--wait")}, {},
                               [step](ssh::SshJob& command) mutable {
                                   command.succeeded() ? step.succeed() : step.fail(command.failureText());
                               });
                  },
                  {}});
    return job;
}

} // namespace

class TestJobsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusBarShowsALongJobAndStopsIt()
    {
        FakeHost host(QStringLiteral("node1"));
        host.reply({QStringLiteral("crm_resource")}, {{}, {}, 0, true});
        jobs::JobList list;
        QWidget bar; // as in the status bar, shown with its window
        auto& status = *new views::JobStatusWidget(&bar);
        status.setJobs(&list);
        bar.show();
        streams::StreamModel streams;
        views::JobsView view(&list, &streams);
        view.show();
        jobs::Job* job = hangingJob(&host);
        list.add(job);
        QTRY_COMPARE(host.runningCount(), 1);
        // Not at once: a quick job would only flash by.
        QVERIFY(!status.isVisible());
        QTRY_VERIFY(status.isVisible());
        // The tab shows it selected, with its command and Stop.
        QCOMPARE(view.selectedJob(), job);
        auto* stopInTab = view.findChild<QPushButton*>(QStringLiteral("stopJob"));
        QVERIFY(stopInTab->isEnabled());
        QVERIFY(view.findChild<QPlainTextEdit*>(QStringLiteral("jobLog"))->toPlainText().contains(u"node1: crm_resource --wait"));

        QTest::mouseClick(status.findChild<QPushButton*>(QStringLiteral("stopRunningJob")), Qt::LeftButton);
        QTRY_COMPARE(job->state(), jobs::JobState::Cancelled);
        QCOMPARE(host.cancelled.size(), 1);
        QTRY_VERIFY(!status.isVisible());
        QTRY_VERIFY(!stopInTab->isEnabled());
        QCOMPARE(list.data(list.index(0, jobs::JobList::State)).toString(), QStringLiteral("cancelled"));
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("jobSteps"))->text().contains(u"cancelled"));
    }

    // A stream the node cannot run shows why, and Read Again starts it again there.
    void streamTableShowsWhyAndReadsAgain()
    {
        FakeHost host(QStringLiteral("node1")); // no drbdsetup here: 127
        jobs::JobList list;
        streams::StreamModel model;
        streams::NodeStream stream(QStringLiteral("DRBD (drbdsetup events2)"), QStringLiteral("node1"), &host,
                                   {QStringLiteral("drbdsetup"), QStringLiteral("events2")}, {});
        model.track(&stream);
        views::JobsView view(&list, &model);
        view.show();
        stream.start();
        QTableView* table = view.streamTable();
        QTRY_COMPARE(table->model()->index(0, streams::StreamModel::StateColumn).data().toString(), QStringLiteral("unavailable"));
        QVERIFY(table->model()->index(0, streams::StreamModel::ReasonColumn).data().toString().contains(u"not installed on node1"));
        table->selectRow(0);
        view.findChild<QPushButton*>(QStringLiteral("readStreamAgain"))->click();
        QTRY_COMPARE(host.ran.size(), 2);
    }
};

QTEST_MAIN(TestJobsView)
#include "tst_jobsview.moc"
