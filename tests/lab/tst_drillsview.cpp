// The console's Drills tab against the real lab, offscreen: the editor's refusals, a switchover
// of api run from the tab and watched live, its report beside the engine's report.json, exported
// as HTML and PDF; a node crash refused on a wrong cluster name, then aborted in the middle and
// recovered; the history of both.
#include "LabFixture.h"
#include "backend/ClusterSession.h"
#include "backend/ClusterStore.h"
#include "backend/drills/DrillRun.h"
#include "backend/haproxy/HaproxyMonitor.h"
#include "backend/network/NetworkMonitor.h"
#include "backend/pacemaker/AuditLog.h"
#include "backend/pacemaker/ClusterEvents.h"
#include "views/ClusterPage.h"
#include "views/DrillTimeline.h"
#include "views/DrillsView.h"
#include "views/MainWindow.h"

#include <QChart>
#include <QComboBox>
#include <QLineSeries>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace hadesk;
using namespace hadesk::views;

class TestDrillsView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ClusterStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    ClusterPage* m_page = nullptr;
    DrillsView* m_drills = nullptr;

    QString validation() const { return m_drills->findChild<QLabel*>(QStringLiteral("drillPlanValidation"))->text(); }

    void setPlan(const QString& json)
    {
        m_drills->planEditor()->setPlainText(json);
        m_drills->validatePlan();
    }

    // HADESK_SCREENSHOTS=DIR: the window as it is now, for the README.
    void screenshot(const char* name) const
    {
        const QString dir = qEnvironmentVariable("HADESK_SCREENSHOTS");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + u'/' + QLatin1String(name) + QStringLiteral(".png")));
    }

    static QJsonObject readJson(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        LabFixture::run({QStringLiteral("reset")});
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        pcmk::AuditLog::setPath(m_dir.filePath(QStringLiteral("data/audit.jsonl")));
        m_store = std::make_unique<ClusterStore>(m_dir.filePath(QStringLiteral("clusters.ini")));
        QString error;
        const auto lab = ClusterStore::fromSshConfig(QStringLiteral("lab"), LabFixture::sshConfig(),
                                                     {QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")}, &error);
        QVERIFY2(lab && m_store->add(*lab, &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_store.get());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_page = m_window->openCluster(QStringLiteral("node1"));
        QVERIFY(m_page);
        ClusterSession* session = m_page->session();
        QTRY_VERIFY_WITH_TIMEOUT(session->hasState() && session->network()->hasHeardFromEveryNode() &&
                                     !session->network()->picture().services.isEmpty(),
                                 60000);
        QVERIFY(m_page->showView(QStringLiteral("drills")));
        m_drills = m_page->drills();
        QVERIFY(m_drills);
        // The checks read every node's HAProxy, which the tab asks for while it shows.
        session->haproxy()->want(this, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(!session->haproxy()->states().isEmpty(), 30000);
    }

    void cleanupTestCase()
    {
        if (m_page)
            m_page->session()->haproxy()->release(this);
        m_window.reset();
        LabFixture::run({QStringLiteral("reset")});
    }

    // The library's ready-made drills take their parameters from the cluster; the plan is
    // refused with the reason beside it: an unknown resource, a negative interval, a command
    // fault with no undo, a node that is not the cluster's.
    void editorRefusesBadPlans()
    {
        QCOMPARE(m_drills->library()->count() >= 8, true);
        QVERIFY(m_drills->selectDrill(QStringLiteral("switchover")));
        QComboBox* resource = m_drills->parameter(QStringLiteral("resource"));
        QVERIFY(resource);
        QVERIFY(resource->findText(QStringLiteral("api")) >= 0);
        QVERIFY(m_drills->setParameter(QStringLiteral("resource"), QStringLiteral("api")));
        QTRY_VERIFY(m_drills->plan().has_value());
        QVERIFY2(validation().startsWith(u"✔"), qPrintable(validation()));

        QVERIFY(m_drills->setParameter(QStringLiteral("resource"), QStringLiteral("nonesuch")));
        QVERIFY(!m_drills->plan());
        QVERIFY2(m_drills->planError().contains(QLatin1String("nonesuch")), qPrintable(m_drills->planError()));
        QVERIFY(validation().contains(QLatin1String("nonesuch")));
        QVERIFY(!m_drills->findChild<QPushButton*>(QStringLiteral("drillStart"))->isEnabled());

        setPlan(QStringLiteral(R"({"name":"x","faults":[{"kind":"switchover","resource":"api"}],"probes":{"tcp_interval_ms":-20}})"));
        QVERIFY2(m_drills->planError().contains(QLatin1String("tcp_interval_ms must be a whole number")), qPrintable(m_drills->planError()));
        QVERIFY(validation().contains(QLatin1String("tcp_interval_ms")));

        setPlan(QStringLiteral(R"({"name":"x","faults":[{"kind":"command","inject":["/bin/true"]}]})"));
        QVERIFY2(m_drills->planError().contains(QLatin1String("needs both inject and undo")), qPrintable(m_drills->planError()));

        setPlan(QStringLiteral(R"({"name":"x","faults":[{"kind":"haproxy-loss","node":"node9"}]})"));
        QVERIFY2(m_drills->planError().contains(QLatin1String("node9")), qPrintable(m_drills->planError()));

        setPlan(QStringLiteral("{\"name\": \"x\", \"faults\": ["));
        QVERIFY2(m_drills->planError().startsWith(QLatin1String("not a JSON object")), qPrintable(m_drills->planError()));
    }

    // A switchover of api from the tab: the checks and Pacemaker's prediction first, then the
    // bands move live and api's outage appears; the report in the console has the engine's
    // figures and exports as HTML and PDF.
    void switchoverFromTheTab()
    {
        QVERIFY(m_drills->selectDrill(QStringLiteral("switchover")));
        QVERIFY(m_drills->setParameter(QStringLiteral("resource"), QStringLiteral("api")));
        QVERIFY(m_drills->plan());
        QSignalSpy checked(m_drills, &DrillsView::checked);
        m_drills->check();
        QVERIFY(checked.wait(60000));
        QTreeWidget* checks = m_drills->checks();
        QVERIFY(checks->topLevelItemCount() >= 5);
        for (int i = 0; i < checks->topLevelItemCount(); ++i)
            QVERIFY2(checks->topLevelItem(i)->text(0).startsWith(u"✔"),
                     qPrintable(checks->topLevelItem(i)->text(0) + u": " + checks->topLevelItem(i)->text(1)));
        QVERIFY2(m_drills->prediction().contains(QLatin1String("Pacemaker predicts")) && m_drills->prediction().contains(QLatin1String("api")),
                 qPrintable(m_drills->prediction()));
        screenshot("console-drill-plan");

        QSignalSpy finished(m_drills, &DrillsView::finished);
        QVERIFY2(m_drills->start(), qPrintable(m_drills->refusal())); // a switchover asks no name
        QVERIFY(m_drills->isRunning());
        QVERIFY(m_drills->abortButton()->isEnabled());
        // Live: api's HTTP band turns red while it is down, its outage so far counted.
        DrillTimeline* timeline = m_drills->timeline();
        const QString api = QStringLiteral("api-int http");
        const auto downBand = [timeline, &api] {
            const QList<DrillTimeline::Band> bands = timeline->bands(api);
            return std::any_of(bands.cbegin(), bands.cend(), [](const DrillTimeline::Band& b) { return !b.up; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(downBand(), 60000);
        QVERIFY(m_drills->isRunning()); // seen while it ran, not afterwards
        QTRY_VERIFY_WITH_TIMEOUT(timeline->eventCount() > 3, 10000);
        screenshot("console-drill-live");
        QVERIFY(!m_drills->stepLabel()->text().isEmpty());
        QVERIFY(finished.wait(240000));
        QCOMPARE(m_drills->run()->record().result, QStringLiteral("passed"));
        QVERIFY(m_drills->outages()->rowCount() >= 4);
        // The Events tab has the drill's own events and HAProxy's, as the nodes timed them.
        const QList<pcmk::ClusterEvent>& events = m_page->session()->eventModel()->events();
        const auto drillEvent = [&events](const QString& start) {
            return std::any_of(events.cbegin(), events.cend(), [&start](const pcmk::ClusterEvent& e) {
                return e.kind == pcmk::ClusterEvent::Kind::Drill && e.text.startsWith(start);
            });
        };
        QVERIFY(drillEvent(QStringLiteral("fault: standby")));
        QVERIFY(drillEvent(QStringLiteral("haproxy: api/")));
        QVERIFY(drillEvent(QStringLiteral("address: VIP")));

        // The engine's report.json, written where the console keeps the run, and the console's
        // report: the same figure for api.
        const QJsonObject history = drills::DrillReport::history(m_page->session()->name()).constLast();
        const QJsonObject report = readJson(history.value(QLatin1String("report")).toString() + QStringLiteral("/report.json"));
        qint64 outage = -1;
        for (const QJsonValue& s : report.value(QLatin1String("services")).toArray())
            if (s.toObject().value(QLatin1String("name")).toString() == u"api-int" &&
                s.toObject().value(QLatin1String("probe")).toString() == u"http")
                outage = s.toObject().value(QLatin1String("outage_ms")).toInteger();
        QVERIFY(outage > 0);
        const QString shown = m_drills->report()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("%1 ms").arg(outage)), qPrintable(shown.left(2000)));
        QVERIFY(shown.contains(QLatin1String("api-int http")));
        screenshot("console-drill-report");

        QString error;
        const QString html = m_dir.filePath(QStringLiteral("switchover.html"));
        const QString pdf = m_dir.filePath(QStringLiteral("switchover.pdf"));
        QVERIFY2(m_drills->exportReport(html, &error), qPrintable(error));
        QVERIFY2(m_drills->exportReport(pdf, &error), qPrintable(error));
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        QVERIFY(page.readAll().contains("<svg"));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString pdfText = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(pdfText.contains(QLatin1String("api-int http")) && pdfText.contains(QStringLiteral("%1 ms").arg(outage)),
                 qPrintable(pdfText.left(2000)));
    }

    // A node crash: refused when the name typed is not the cluster's; started with it, aborted
    // once the fault is in; the cluster comes back and the report says aborted and restored.
    void abortANodeCrash()
    {
        QVERIFY(m_drills->selectDrill(QStringLiteral("node-crash")));
        QVERIFY(m_drills->setParameter(QStringLiteral("resource"), QStringLiteral("api")));
        QVERIFY2(m_drills->plan(), qPrintable(m_drills->planError()));
        m_drills->setNamePrompt([](const QString&, const QString&) { return QStringLiteral("hadesk-lbb"); });
        QVERIFY(!m_drills->start());
        QVERIFY2(m_drills->refusal().contains(QLatin1String("is not the cluster's name")), qPrintable(m_drills->refusal()));
        QVERIFY(!m_drills->isRunning());
        m_drills->setNamePrompt([](const QString& cluster, const QString&) { return cluster; });
        QSignalSpy finished(m_drills, &DrillsView::finished);
        QVERIFY2(m_drills->start(), qPrintable(m_drills->refusal()));
        // In the middle: the fault is in and the cluster has begun to react to it.
        const auto reacting = [this] {
            const drills::DrillRecord record = m_drills->run()->liveRecord();
            return record.faultNs >= 0 && std::any_of(record.events.cbegin(), record.events.cend(), [&record](const drills::DrillEvent& e) {
                       return e.tNs > record.faultNs && e.source != u"drill";
                   });
        };
        QTRY_VERIFY_WITH_TIMEOUT(reacting(), 120000);
        QVERIFY(m_drills->isRunning());
        QTest::mouseClick(m_drills->abortButton(), Qt::LeftButton);
        QVERIFY(finished.wait(400000));
        const drills::DrillRecord& record = m_drills->run()->record();
        QCOMPARE(record.result, QStringLiteral("aborted"));
        QVERIFY(record.proofRan);
        QVERIFY2(record.configRestored, qPrintable(record.configDifference.join(u'\n')));
        QVERIFY2(record.notRunning.isEmpty(), qPrintable(record.notRunning.join(u' ')));
        const QString shown = m_drills->report()->toPlainText();
        QVERIFY2(shown.contains(QLatin1String("aborted")), qPrintable(shown.left(1500)));
        QVERIFY2(shown.contains(QLatin1String("restored")), qPrintable(shown.left(1500)));
    }

    // Both runs in the history, newest first, each service's outage across them charted; a run
    // opened again from the history.
    void historyOfTheRuns()
    {
        QTableWidget* history = m_drills->history();
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->item(0, 1)->text(), QStringLiteral("node-crash"));
        QCOMPARE(history->item(0, 2)->text(), QStringLiteral("aborted"));
        QCOMPARE(history->item(1, 1)->text(), QStringLiteral("switchover"));
        // The chart compares runs of one drill: the newest's, node-crash, then switchover's.
        QCOMPARE(m_drills->historyDrill()->currentText(), QStringLiteral("node-crash"));
        QVERIFY(m_drills->historyChart()->series().size() >= 4);
        m_drills->historyDrill()->setCurrentText(QStringLiteral("switchover"));
        QVERIFY(m_drills->historyChart()->series().size() >= 4);
        const auto* api = qobject_cast<QLineSeries*>(m_drills->historyChart()->series().first());
        QVERIFY(api && api->count() == 1);
        m_drills->pages()->setCurrentIndex(3);
        screenshot("console-drill-history");
        QString error;
        QVERIFY2(m_drills->openHistoryEntry(1, &error), qPrintable(error));
        QVERIFY(m_drills->report()->toPlainText().contains(QLatin1String("switchover")));
    }

    // Closing the window while a drill runs asks, then aborts and recovers before it closes.
    void closingDuringADrillAbortsFirst()
    {
        QVERIFY(m_drills->selectDrill(QStringLiteral("monitor-fail")));
        QVERIFY(m_drills->setParameter(QStringLiteral("resource"), QStringLiteral("api")));
        QVERIFY2(m_drills->plan(), qPrintable(m_drills->planError()));
        QVERIFY2(m_drills->start(), qPrintable(m_drills->refusal()));
        QTRY_VERIFY_WITH_TIMEOUT(m_drills->run()->liveRecord().faultNs >= 0, 120000);
        QString asked;
        m_window->setAbortDrillsOnClose([&asked](const QString& clusters) {
            asked = clusters;
            return true;
        });
        QVERIFY(!m_window->close()); // not yet: the drill recovers first
        QCOMPARE(asked, m_page->session()->name());
        QVERIFY(m_window->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 300000);
        const drills::DrillRecord& record = m_drills->run()->record();
        QCOMPARE(record.result, QStringLiteral("aborted"));
        QVERIFY(record.proofRan && record.configRestored && record.notRunning.isEmpty());
    }
};

QTEST_MAIN(TestDrillsView)
#include "tst_drillsview.moc"
