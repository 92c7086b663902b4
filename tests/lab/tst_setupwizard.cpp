// The setup wizard against the bare lab (labctl up --bare), offscreen: the plan page refuses a
// missing file and a bad name with their messages, saves what hadeskctl setup reads; the review
// checks the hosts and shows every change; Apply builds the cluster. The wizard is closed after
// the cluster step (its run stopped on the nodes), opened again, told where the last run stopped,
// and finishes; the cluster is in the cluster list. Undone to bare hosts at the end.
#include "LabFixture.h"

#include "backend/ClusterStore.h"
#include "backend/setup/SetupHosts.h"
#include "backend/setup/SetupRun.h"
#include "views/Dialogs.h"
#include "views/SetupWizard.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hadesk;
using namespace hadesk::views;
using setup::SetupRun;

namespace {

const QString kPlan = QStringLiteral(HADESK_SOURCE_DIR "/docs/examples/lab-setup.json");

// The node's setup journal, read from the lab's copy of its disk (polled: no labctl per look).
QByteArray journal(const QString& node)
{
    const QString lab = qEnvironmentVariable("HADESK_LAB_DIR", QStringLiteral("/var/tmp/hadesk-lab"));
    QFile file(lab + QStringLiteral("/nodes/") + node + QStringLiteral("/var/lib/hadesk/setup/journal.jsonl"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// HADESK_SCREENSHOTS=DIR: the wizard as it is now, for the README (under xvfb-run with xcb).
void screenshot(QWidget* window, const char* name)
{
    const QString dir = qEnvironmentVariable("HADESK_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(window->grab().save(dir + u'/' + QLatin1String(name) + QStringLiteral(".png")));
}

} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        int rc = -1;
        const QByteArray said = LabFixture::run({QStringLiteral("bare-check")}, &rc);
        QVERIFY2(rc == 0, said.constData());
    }

    void buildsTheLabStackPageByPage()
    {
        ClusterStore store(m_dir.filePath(QStringLiteral("clusters.json")));
        auto wizard = std::make_unique<SetupWizard>(&store);
        wizard->setSshConfig(LabFixture::sshConfig());
        wizard->show();
        SetupPlanPage* plan = wizard->planPage();

        // The plan page: a file that is not there, then a name hadeskctl would refuse.
        wizard->setPlanFile(m_dir.filePath(QStringLiteral("missing.json")));
        QVERIFY(!plan->isComplete());
        QVERIFY2(plan->problems().contains(QStringLiteral("missing.json")), qPrintable(plan->problems()));
        wizard->setPlanFile(kPlan);
        QVERIFY2(plan->isComplete(), qPrintable(plan->problems()));
        plan->setClusterName(QStringLiteral("hadesk lab!"));
        QVERIFY(!plan->isComplete());
        QVERIFY2(plan->problems().contains(QStringLiteral("cluster.name")), qPrintable(plan->problems()));
        plan->setClusterName(QStringLiteral("hadesk-lab"));
        QVERIFY2(plan->isComplete(), qPrintable(plan->problems()));
        screenshot(wizard.get(), "wizard-plan");

        // What it saves is what hadeskctl setup reads, key for key.
        QString error;
        const QString saved = m_dir.filePath(QStringLiteral("saved.json"));
        QVERIFY2(plan->savePlan(saved, &error), qPrintable(error));
        QList<setup::Refusal> refusals;
        const std::optional<setup::SetupPlan> reread = setup::SetupPlan::fromFile(saved, &refusals);
        QVERIFY(reread);
        QCOMPARE(reread->toJson(), wizard->plan()->toJson());
        QCOMPARE(reread->toJson(), setup::SetupPlan::fromFile(kPlan, &refusals)->toJson());

        // The review: hosts checked, links tested, every change shown; nothing changed yet.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(SetupWizard::ReviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->reviewPage()->run() && wizard->reviewPage()->run()->isFinished(), 240000);
        QVERIFY2(wizard->reviewPage()->isComplete(), qPrintable(wizard->reviewPage()->outcome()));
        QVERIFY(wizard->reviewPage()->reviewText().contains(QStringLiteral("would-change: file /etc/corosync/corosync.conf")));
        QVERIFY(wizard->reviewPage()->reviewText().contains(QStringLiteral("Pacemaker's simulation of the result")));
        screenshot(wizard.get(), "wizard-review");
        int rc = -1;
        LabFixture::run({QStringLiteral("bare-check")}, &rc);
        QCOMPARE(rc, 0);

        // Apply, closed once the cluster runs: the run stops on the nodes.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(SetupWizard::ApplyPageId));
        QPointer<SetupRun> first = wizard->applyPage()->run();
        QVERIFY(first);
        QTRY_VERIFY_WITH_TIMEOUT(journal(QStringLiteral("node1")).contains("\"op\": \"step-done\", \"step\": \"start\""), 300000);
        wizard->close();
        QTRY_VERIFY_WITH_TIMEOUT(!first || first->isFinished(), 120000);
        QVERIFY(!first || first->state() != jobs::JobState::Succeeded);
        wizard.reset();

        // Opened again: the review says where the last run stopped, Apply finishes it.
        wizard = std::make_unique<SetupWizard>(&store);
        QSignalSpy built(wizard.get(), &SetupWizard::clusterBuilt);
        wizard->setSshConfig(LabFixture::sshConfig());
        wizard->setPlanFile(saved);
        wizard->show();
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->reviewPage()->run() && wizard->reviewPage()->run()->isFinished(), 240000);
        QVERIFY2(wizard->reviewPage()->isComplete(), qPrintable(wizard->reviewPage()->outcome()));
        QVERIFY2(wizard->reviewPage()->outcome().contains(QStringLiteral("stopped half-way")), qPrintable(wizard->reviewPage()->outcome()));
        screenshot(wizard.get(), "wizard-resume");
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->applyPage()->run() && wizard->applyPage()->run()->isFinished(), 600000);
        QVERIFY2(wizard->applyPage()->isComplete(), qPrintable(wizard->applyPage()->outcome()));
        QVERIFY2(wizard->applyPage()->outcome().contains(QStringLiteral("verified:")), qPrintable(wizard->applyPage()->outcome()));
        screenshot(wizard.get(), "wizard-apply");
        QCOMPARE(built.count(), 1);
        QCOMPARE(built.first().first().toString(), QStringLiteral("hadesk-lab"));
        const ClusterProfile* profile = store.find(QStringLiteral("hadesk-lab"));
        QVERIFY(profile);
        QCOMPARE(profile->nodes.size(), 3);
        const QByteArray status = LabFixture::run({QStringLiteral("exec"), QStringLiteral("node1"), QStringLiteral("crm_mon"), QStringLiteral("-1")});
        QVERIFY2(status.contains("Online: [ node1 node2 node3 ]"), status.constData());
        QVERIFY2(status.contains("fence-node3"), status.constData());
        wizard.reset();

        // Opened on the built cluster: nothing to apply, and Undo takes it back to bare hosts.
        wizard = std::make_unique<SetupWizard>(&store);
        wizard->setSshConfig(LabFixture::sshConfig());
        wizard->setPlanFile(saved);
        wizard->show();
        wizard->next();
        SetupReviewPage* review = wizard->reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(review->run() && review->run()->isFinished(), 240000);
        QVERIFY2(review->outcome().contains(QStringLiteral("is as the plan says")), qPrintable(review->outcome()));
        QVERIFY2(!review->outcome().contains(QStringLiteral("half-way")), qPrintable(review->outcome()));
        QPushButton* undo = review->findChild<QPushButton*>(QStringLiteral("undoSetup"));
        QVERIFY(undo && undo->isVisible());
        Dialogs::setNextAnswer(QMessageBox::Yes);
        undo->click();
        QVERIFY(review->undoRun());
        QTRY_VERIFY_WITH_TIMEOUT(review->undoRun()->isFinished(), 300000);
        QVERIFY2(review->undoRun()->state() == jobs::JobState::Succeeded, qPrintable(review->undoRun()->outcomeText()));
        LabFixture::run({QStringLiteral("bare-check")}, &rc);
        QCOMPARE(rc, 0);
        // The review runs again on the bare hosts: everything to apply, nothing to undo.
        QTRY_VERIFY_WITH_TIMEOUT(review->run() && review->run()->isFinished() && review->isComplete(), 240000);
        QVERIFY2(review->outcome().contains(QStringLiteral("change(s) to apply")), qPrintable(review->outcome()));
        QVERIFY(!undo->isVisible());
        wizard.reset();
    }

    void cleanupTestCase()
    {
        // Back to bare hosts with the engine the wizard ran on.
        QList<setup::Refusal> refusals;
        const std::optional<setup::SetupPlan> plan = setup::SetupPlan::fromFile(kPlan, &refusals);
        QVERIFY(plan);
        setup::SetupHosts hosts(*plan, LabFixture::sshConfig());
        SetupRun undo(*plan, SetupRun::Mode::Undo, hosts.lookup());
        undo.start();
        QTRY_VERIFY_WITH_TIMEOUT(undo.isFinished(), 300000);
        QVERIFY2(undo.state() == jobs::JobState::Succeeded, qPrintable(undo.outcomeText()));
        int rc = -1;
        const QByteArray said = LabFixture::run({QStringLiteral("bare-check")}, &rc);
        QVERIFY2(rc == 0, said.constData());
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
