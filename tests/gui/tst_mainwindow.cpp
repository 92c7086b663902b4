#include "app/Language.h"
#include "backend/BuildInfo.h"
#include "backend/ClusterStore.h"
#include "views/AboutDialog.h"
#include "views/AddClusterDialog.h"
#include "views/SetupWizard.h"
#include "views/ClusterPage.h"
#include "views/ColourScheme.h"
#include "views/ResourceGraphView.h"
#include "backend/ClusterSession.h"
#include "backend/pacemaker/ClusterEvents.h"
#include "../unit/PacemakerFixtures.h"
#include "views/Dialogs.h"
#include "views/DrillsView.h"
#include "views/MainWindow.h"
#include "views/OverviewWidget.h"

#include <QAction>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QImage>
#include <QCheckBox>
#include <QTableView>
#include <QTableWidget>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QComboBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QMessageBox>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTranslator>
#include <QTextBrowser>
#include <QTreeView>

using namespace hadesk;
using namespace hadesk::views;

namespace {

const QString kLabConfig = QStringLiteral(HADESK_FIXTURES "/ssh/lab_ssh_config");

QString currentPage(const MainWindow& window)
{
    return window.findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget()->objectName();
}

template<typename T>
T* visibleDialog(QWidget* parent)
{
    const auto dialogs = parent->findChildren<T*>();
    for (T* dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ClusterStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    int m_files = 0;

    void trigger(const char* actionName)
    {
        auto* action = m_window->findChild<QAction*>(QLatin1String(actionName));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
    }

    // An offline fixture opened on its graph, laid out; null if not.
    ClusterPage* openOnTheGraph(const QString& fixture)
    {
        ClusterPage* page = m_window->openFile(QStringLiteral(HADESK_FIXTURES "/pacemaker/") + fixture + QStringLiteral(".cib.xml"));
        if (!page || !QTest::qWaitFor([page] { return page->session()->hasState(); }) || !page->showView(QStringLiteral("graph")) ||
            !QTest::qWaitFor([page] { return page->graph()->layoutCount() > 0; }))
            return nullptr;
        return page;
    }

    static void useLanguage(const QString& language)
    {
        const auto translators = qApp->findChildren<QTranslator*>();
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QVERIFY(Language::install(qApp, language).error.isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        useLanguage(QStringLiteral("en"));
        // Clusters added by address include ~/.ssh/config: the tester's own must not count.
        qputenv("HOME", m_dir.path().toUtf8());
    }

    void init()
    {
        m_store = std::make_unique<ClusterStore>(
            m_dir.filePath(QStringLiteral("clusters%1.ini").arg(++m_files)));
        m_window = std::make_unique<MainWindow>(m_store.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
    }

    void startsWithAnEmptyClusterList()
    {
        QCOMPARE(currentPage(*m_window), QStringLiteral("emptyPage"));
        QCOMPARE(m_window->clusterView()->model()->rowCount(), 0);
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("0 clusters"));
        QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("removeClusterAction"))->isEnabled());
    }

    void aboutBoxNamesVersions()
    {
        trigger("aboutAction");
        AboutDialog* about = nullptr;
        QTRY_VERIFY((about = visibleDialog<AboutDialog>(m_window.get())));
        const QString text = about->findChild<QLabel*>(QStringLiteral("aboutText"))->text();
        QVERIFY2(text.contains(BuildInfo::libsshVersion()), qPrintable(text));
        QVERIFY(text.contains(BuildInfo::qtVersion()));
        QVERIFY(about->findChild<QLabel*>(QStringLiteral("aboutTitle"))->text().contains(
            BuildInfo::version()));
        about->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->click();
        QTRY_VERIFY(!visibleDialog<AboutDialog>(m_window.get()));
    }

    void addsAClusterFromAnSshConfig()
    {
        m_window->findChild<QPushButton*>(QStringLiteral("addClusterButton"))->click();
        AddClusterDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<AddClusterDialog>(m_window.get())));
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());

        Dialogs::setNextFileName(kLabConfig);
        dialog->findChild<QPushButton*>(QStringLiteral("browseButton"))->click();
        auto* hosts = dialog->findChild<QListWidget*>(QStringLiteral("hostList"));
        QCOMPARE(hosts->count(), 3);
        QCOMPARE(hosts->item(2)->text(), QStringLiteral("node3 (198.19.0.13)"));
        hosts->item(2)->setCheckState(Qt::Unchecked);

        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("clusterName"));
        // A name is suggested from the hosts listed, until one is typed.
        QCOMPARE(name->text(), QStringLiteral("node"));
        QVERIFY(ok->isEnabled());
        name->clear();
        QTest::keyClicks(name, QStringLiteral("bad name"));
        QVERIFY(!ok->isEnabled());
        name->clear();
        QTest::keyClicks(name, QStringLiteral("lab"));
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_VERIFY(!visibleDialog<AddClusterDialog>(m_window.get()));

        QCOMPARE(currentPage(*m_window), QStringLiteral("clustersPage"));
        QCOMPARE(m_store->clusters().size(), 1);
        QCOMPARE(m_store->clusters().at(0).nodes.size(), 2);
        const QModelIndex lab = m_window->clusterView()->model()->index(0, 0);
        QCOMPARE(lab.data().toString(), QStringLiteral("lab"));
        QVERIFY(m_window->clusterView()->isExpanded(lab));
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("1 cluster"));
    }

    // A label's '&' is a mnemonic only for the field it names: anywhere else it shows as a stray
    // character (or steals a shortcut).
    void addClusterLabelsHaveNoStrayAmpersands()
    {
        trigger("addClusterAction");
        AddClusterDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<AddClusterDialog>(m_window.get())));
        for (const QLabel* label : dialog->findChildren<QLabel*>()) {
            const QString text = label->text();
            const bool mnemonic = text.contains(u'&') && !text.contains(QLatin1String("&&"));
            QVERIFY2(!mnemonic || label->buddy(), qPrintable(text));
        }
        dialog->reject();
    }

    // Cluster ▸ New Cluster…: the setup wizard's plan page, without hosts: the labels' mnemonics
    // have their fields, a missing file and a bad name are refused with their messages, and what
    // it saves reads back as the same plan.
    void newClusterOpensTheSetupWizard()
    {
        trigger("newClusterAction");
        SetupWizard* wizard = nullptr;
        QTRY_VERIFY((wizard = visibleDialog<SetupWizard>(m_window.get())));
        for (const QLabel* label : wizard->findChildren<QLabel*>()) {
            const QString text = label->text();
            const bool mnemonic = text.contains(u'&') && !text.contains(QLatin1String("&&"));
            QVERIFY2(!mnemonic || label->buddy(), qPrintable(text));
        }
        SetupPlanPage* page = wizard->planPage();
        QVERIFY(!page->isComplete());
        wizard->setPlanFile(m_dir.filePath(QStringLiteral("no-such-plan.json")));
        QVERIFY(!page->isComplete());
        QVERIFY2(page->problems().contains(QStringLiteral("no-such-plan.json")), qPrintable(page->problems()));
        const QString plan = QStringLiteral(HADESK_SOURCE_DIR "/docs/examples/lab-setup.json");
        wizard->setPlanFile(plan);
        QVERIFY2(page->isComplete(), qPrintable(page->problems()));
        QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("planSummary"))->text().contains(QStringLiteral("node1, node2, node3")));
        auto* name = wizard->findChild<QLineEdit*>(QStringLiteral("clusterName"));
        QTest::keyClicks(name, QStringLiteral(" x"));
        QVERIFY(!page->isComplete());
        QVERIFY2(page->problems().contains(QStringLiteral("cluster.name")), qPrintable(page->problems()));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("lab-two"));
        QVERIFY2(page->isComplete(), qPrintable(page->problems()));
        QString error;
        const QString saved = m_dir.filePath(QStringLiteral("wizard-plan.json"));
        QVERIFY2(page->savePlan(saved, &error), qPrintable(error));
        QList<setup::Refusal> refusals;
        const std::optional<setup::SetupPlan> reread = setup::SetupPlan::fromFile(saved, &refusals);
        QVERIFY(reread);
        QCOMPARE(reread->name, QStringLiteral("lab-two"));
        QCOMPARE(reread->toJson(), wizard->plan()->toJson());
        wizard->reject();
        QTRY_VERIFY(!visibleDialog<SetupWizard>(m_window.get()));
    }

    void addsAClusterByAddress()
    {
        trigger("addClusterAction");
        AddClusterDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<AddClusterDialog>(m_window.get())));
        // Addresses are what an operator has first: that page is in front.
        QCOMPARE(dialog->findChild<QTabWidget*>(QStringLiteral("clusterSource"))->currentWidget()->objectName(),
                 QStringLiteral("addressPage"));
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* message = dialog->findChild<QLabel*>(QStringLiteral("message"));
        auto* addresses = dialog->findChild<QLineEdit*>(QStringLiteral("nodeAddresses"));
        auto* keyFile = dialog->findChild<QLineEdit*>(QStringLiteral("keyFile"));
        auto* auth = dialog->findChild<QComboBox*>(QStringLiteral("authMethod"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("clusterName")), QStringLiteral("prod"));
        QVERIFY(!keyFile->isEnabled());

        QTest::keyClicks(addresses, QStringLiteral("db1 db*"));
        QVERIFY2(message->text().contains(QLatin1String("'db*'")), qPrintable(message->text()));
        QVERIFY(!ok->isEnabled());
        addresses->setText(QStringLiteral("db1, 192.0.2.2"));
        QVERIFY(message->text().isEmpty());
        QVERIFY(ok->isEnabled());

        auth->setCurrentIndex(auth->findData(int(NodeLogin::Auth::KeyFile)));
        QVERIFY(keyFile->isEnabled());
        QVERIFY(!ok->isEnabled());
        const QString key = m_dir.filePath(QStringLiteral("id_gui"));
        QFile keyText(key);
        QVERIFY(keyText.open(QIODevice::WriteOnly));
        keyText.close();
        Dialogs::setNextFileName(key);
        dialog->findChild<QPushButton*>(QStringLiteral("keyFileBrowseButton"))->click();
        QCOMPARE(keyFile->text(), key);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("loginUser")), QStringLiteral("admin"));
        dialog->findChild<QSpinBox*>(QStringLiteral("loginPort"))->setValue(2200);
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_VERIFY(!visibleDialog<AddClusterDialog>(m_window.get()));

        QCOMPARE(m_store->clusters().size(), 1);
        QCOMPARE(m_store->clusters().at(0).nodes,
                 (QList<ClusterNode>{{QStringLiteral("db1"), QStringLiteral("db1"), QStringLiteral("admin"), 2200},
                                     {QStringLiteral("192.0.2.2"), QStringLiteral("192.0.2.2"), QStringLiteral("admin"), 2200}}));
    }

    // A file that is no CIB: a message, the page goes again, nothing else changes.
    void unreadableFileLeavesNoPage()
    {
        QTemporaryFile bad;
        QVERIFY(bad.open());
        bad.write("<cib><configuration>");
        bad.flush();
        const int pages = m_window->findChildren<ClusterPage*>().size();
        QSignalSpy failed(m_window.get(), &MainWindow::fileFailed);
        QPointer<ClusterPage> page = m_window->openFile(bad.fileName());
        QVERIFY(page);
        QVERIFY(failed.wait(10000));
        QVERIFY2(!failed.first().at(1).toString().isEmpty(), "the message says why");
        QTRY_VERIFY(!page);
        QCOMPARE(m_window->findChildren<ClusterPage*>().size(), pages);
        auto* box = m_window->findChild<QMessageBox*>();
        QVERIFY(box && box->isVisible());
        box->close();
    }

    // An offline CIB is read-only: its Drills tab offers no drill, and says why. Its plan form
    // still writes the plan's probes, limits and expectations into the JSON and shows a plan
    // typed there.
    void drillsOfAReadOnlyCluster()
    {
        ClusterPage* page = m_window->openFile(QStringLiteral(HADESK_FIXTURES "/pacemaker/healthy.cib.xml"));
        QVERIFY(page);
        QTRY_VERIFY(page->session()->hasState());
        QVERIFY(page->showView(QStringLiteral("drills")));
        DrillsView* drills = page->drills();
        QVERIFY(drills->selectDrill(QStringLiteral("switchover")));
        QVERIFY(drills->setParameter(QStringLiteral("resource"), QStringLiteral("api")));
        QVERIFY2(drills->plan(), qPrintable(drills->planError()));
        QVERIFY(drills->findChild<QLabel*>(QStringLiteral("drillsReadOnly"))->isVisible());
        QVERIFY(!drills->findChild<QPushButton*>(QStringLiteral("drillStart"))->isEnabled());
        QVERIFY(!drills->findChild<QPushButton*>(QStringLiteral("drillCheck"))->isEnabled());
        QVERIFY(!drills->start());
        QVERIFY2(drills->refusal().contains(QLatin1String("read-only")), qPrintable(drills->refusal()));

        QCOMPARE(drills->setting(QStringLiteral("limits.observe_ms"))->value(), 60000); // the defaults shown
        drills->setting(QStringLiteral("limits.observe_ms"))->setValue(30000);
        QCOMPARE(drills->plan()->observeMs, 30000);
        QTableWidget* expectations = drills->expectations();
        QCOMPARE(expectations->item(0, 0)->text(), QStringLiteral("*"));
        qobject_cast<QSpinBox*>(expectations->cellWidget(0, 1))->setValue(5000);
        QCOMPARE(drills->plan()->expectations.size(), 1);
        QCOMPARE(drills->plan()->expectations.first().maxOutageMs, 5000);
        // Another parameter keeps what the form says.
        QVERIFY(drills->setParameter(QStringLiteral("resource"), QStringLiteral("web")));
        QCOMPARE(drills->plan()->observeMs, 30000);
        QCOMPARE(drills->plan()->expectations.first().maxOutageMs, 5000);
        // A plan typed as JSON shows in the form.
        drills->planEditor()->setPlainText(QStringLiteral(
            R"({"name":"x","faults":[{"kind":"switchover","resource":"api"}],"expectations":[{"service":"*","zero_failed":true}],"limits":{"settle_ms":90000}})"));
        drills->validatePlan();
        QVERIFY(qobject_cast<QCheckBox*>(expectations->cellWidget(0, 3))->isChecked());
        QCOMPARE(qobject_cast<QSpinBox*>(expectations->cellWidget(0, 1))->value(), -1);
        QCOMPARE(drills->setting(QStringLiteral("limits.settle_ms"))->value(), 90000);
        QCOMPARE(drills->setting(QStringLiteral("limits.observe_ms"))->value(), 60000);
        // The cluster's next state offers its resources again and leaves the plan as edited.
        drills->planEditor()->setPlainText(drills->planEditor()->toPlainText().replace(
            QStringLiteral("\"name\":\"x\""), QStringLiteral("\"name\":\"edited by hand\"")));
        drills->validatePlan();
        QCOMPARE(drills->plan()->name, QStringLiteral("edited by hand"));
        page->session()->showState(PacemakerFixtures::state(QStringLiteral("moved")));
        QVERIFY(drills->planEditor()->toPlainText().contains(QLatin1String("edited by hand")));
        QTRY_COMPARE(drills->plan()->name, QStringLiteral("edited by hand"));
        // Exported as the file hadeskctl runs, imported back the same.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plan.json"));
        QString error;
        QVERIFY2(drills->exportPlan(file, &error), qPrintable(error));
        const QJsonObject exported = drills->plan()->toJson();
        QVERIFY(drills->selectDrill(QStringLiteral("monitor-fail")));
        QVERIFY2(drills->importPlan(file, &error), qPrintable(error));
        QCOMPARE(drills->plan()->toJson(), exported);
        QVERIFY(!drills->importPlan(dir.filePath(QStringLiteral("none.json")), &error));
        QVERIFY2(error.contains(QLatin1String("cannot read")), qPrintable(error));
    }

    void eventsFilterByKindAndProblem()
    {
        ClusterPage* page = m_window->openFile(QStringLiteral(HADESK_FIXTURES "/pacemaker/healthy.cib.xml"));
        QVERIFY(page);
        QTRY_VERIFY(page->session()->hasState()); // read off the GUI thread
        ClusterSession* session = page->session();
        // The states the fixtures captured, one after another, as a live cluster would pass them.
        for (const char* name : {"healthy", "failure", "standby", "moved", "fenced"})
            session->showState(PacemakerFixtures::state(QLatin1String(name)));
        const QList<pcmk::ClusterEvent>& events = session->eventModel()->events();
        QMap<int, int> perKind;
        int problems = 0;
        for (const pcmk::ClusterEvent& event : events) {
            ++perKind[int(event.kind)];
            problems += event.problem;
        }
        QVERIFY2(perKind.size() >= 3, "the fixtures should give events of several kinds");
        QVERIFY(page->showView(QStringLiteral("events")));
        auto* view = page->findChild<QTableView*>(QStringLiteral("eventView"));
        auto* kinds = page->findChild<QComboBox*>(QStringLiteral("eventKind"));
        auto* problemsOnly = page->findChild<QCheckBox*>(QStringLiteral("eventProblemsOnly"));
        QCOMPARE(view->model()->rowCount(), events.size());
        for (auto it = perKind.cbegin(); it != perKind.cend(); ++it) {
            kinds->setCurrentIndex(kinds->findData(it.key()));
            QCOMPARE(view->model()->rowCount(), it.value());
            for (int row = 0; row < view->model()->rowCount(); ++row)
                QCOMPARE(view->model()->index(row, 0).data(pcmk::EventModel::KindRole).toInt(), it.key());
        }
        kinds->setCurrentIndex(0);
        problemsOnly->setChecked(true);
        QCOMPARE(view->model()->rowCount(), problems);
        problemsOnly->setChecked(false);
        QCOMPARE(view->model()->rowCount(), events.size());
    }

    void graphFollowsADarkPalette()
    {
        ClusterPage* page = m_window->openFile(QStringLiteral(HADESK_FIXTURES "/pacemaker/healthy.cib.xml"));
        QVERIFY(page);
        QTRY_VERIFY(page->session()->hasState()); // read off the GUI thread
        QVERIFY(page->showView(QStringLiteral("graph")));
        ResourceGraphView* graph = page->graph();
        QTRY_VERIFY(graph->layoutCount() > 0);
        auto* legend = graph->findChild<QLabel*>(QStringLiteral("graphLegend"));
        const QString lightLegend = legend->text();
        const QPalette before = QApplication::palette();
        QApplication::setPalette(ColourScheme::dark());
        QCoreApplication::processEvents();
        QVERIFY(legend->text() != lightLegend);
        QVERIFY(legend->text().contains(ColourScheme::dark().color(QPalette::Text).name()));
        // What a person sees: a dark canvas with light writing on it.
        const QImage image = graph->view()->viewport()->grab().toImage();
        qint64 sum = 0;
        int light = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const int gray = qGray(image.pixel(x, y));
                sum += gray;
                light += gray > 170;
            }
        }
        const qint64 pixels = qint64(image.width()) * image.height();
        QApplication::setPalette(before);
        QVERIFY2(sum / pixels < 80, qPrintable(QString::number(sum / pixels)));
        QVERIFY(light > 0);
    }

    // One new cluster state reaches the graph once (DRBD's monitor, told of the same state,
    // stays quiet when nothing of DRBD's changed).
    void aChangeReachesTheGraphOnce()
    {
        ClusterPage* page = openOnTheGraph(QStringLiteral("healthy"));
        QVERIFY(page);
        ResourceGraphView* graph = page->graph();
        for (const char* name : {"failure", "moved", "standby"}) {
            const int before = graph->updateCount();
            page->session()->showState(PacemakerFixtures::state(QLatin1String(name)));
            QCoreApplication::sendPostedEvents();
            QCOMPARE(graph->updateCount(), before + 1);
        }
    }

    // The graph never misleads: a node in standby looks like one, a failed monitor is drawn
    // failed (instance and clone) until a cleanup, a clone short of instances says so, and a
    // node running only clone instances shows them.
    void graphTellsNodeStatesFailuresAndInstances()
    {
        ClusterPage* page = openOnTheGraph(QStringLiteral("healthy"));
        QVERIFY(page);
        ResourceGraphView* graph = page->graph();
        for (const QString& node : {QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")}) {
            QCOMPARE(graph->nodeState(node), QString());
            QVERIFY2(graph->resourcesDrawnOn(node).contains(QStringLiteral("haproxy-clone")), qPrintable(node));
        }

        page->session()->showState(PacemakerFixtures::state(QStringLiteral("standby")));
        QCOMPARE(graph->nodeState(QStringLiteral("node2")), QStringLiteral("standby"));
        QCOMPARE(graph->nodeState(QStringLiteral("node1")), QString());
        QVERIFY(!graph->resourcesDrawnOn(QStringLiteral("node2")).contains(QStringLiteral("haproxy-clone")));
        QVERIFY2(graph->itemText(QStringLiteral("haproxy-clone")).contains(QLatin1String("2 of 3 running")),
                 qPrintable(graph->itemText(QStringLiteral("haproxy-clone"))));

        page->session()->showState(PacemakerFixtures::state(QStringLiteral("failure")));
        QCOMPARE(graph->nodeState(QStringLiteral("node2")), QString());
        const QString failedInstance = pcmk::GraphLayout::instanceItem(QStringLiteral("web-clone"), QStringLiteral("node3"));
        QCOMPARE(graph->itemState(failedInstance), QStringLiteral("failed"));
        QVERIFY2(graph->itemText(failedInstance).contains(QLatin1String("monitor failed")), qPrintable(graph->itemText(failedInstance)));
        QCOMPARE(graph->itemState(pcmk::GraphLayout::instanceItem(QStringLiteral("web-clone"), QStringLiteral("node1"))),
                 QStringLiteral("started"));
        QCOMPARE(graph->itemState(QStringLiteral("web-clone")), QStringLiteral("failed"));

        page->session()->showState(PacemakerFixtures::state(QStringLiteral("healthy")));
        QCOMPARE(graph->itemState(failedInstance), QStringLiteral("started"));
    }

    // The Overview claims nothing of a state it does not know: no "no failed actions" while
    // connecting, and a state read before the connection went says so.
    void overviewClaimsNothingBeforeItKnows()
    {
        ClusterProfile profile;
        profile.name = QStringLiteral("nowhere");
        profile.nodes << ClusterNode{QStringLiteral("hadesk-test.invalid"), {}, {}, 22};
        ClusterSession session(profile);
        OverviewWidget overview(&session);
        overview.show();
        session.open();
        auto* calm = overview.findChild<QLabel*>(QStringLiteral("nothingToDo"));
        auto* summary = overview.findChild<QLabel*>(QStringLiteral("clusterSummary"));
        QVERIFY(calm && summary);
        QVERIFY(!calm->isVisible());
        QVERIFY2(summary->text().contains(QLatin1String("hadesk-test.invalid")), qPrintable(summary->text()));
        session.showState(PacemakerFixtures::state(QStringLiteral("healthy")));
        QVERIFY(!calm->isVisible());
        QVERIFY2(summary->text().contains(QLatin1String("as last read")), qPrintable(summary->text()));
        // An offline file, once read, is what it is.
        ClusterPage* page = m_window->openFile(QStringLiteral(HADESK_FIXTURES "/pacemaker/healthy.cib.xml"));
        QVERIFY(page);
        auto* fileCalm = page->findChild<QLabel*>(QStringLiteral("nothingToDo"));
        QVERIFY(fileCalm && !fileCalm->isVisibleTo(page));
        QTRY_VERIFY(page->session()->hasState());
        QVERIFY(fileCalm->isVisibleTo(page));
    }

    // A real control plane (11 nodes, 6 bundles) at Fit in a 1600×1000 window: frames in rows
    // and columns, every label drawn at a readable size, each bundle's replicas where their
    // containers run with their role, no empty frames for the bundles' guest nodes.
    void controlPlaneIsLegibleAtFit()
    {
        m_window->resize(1600, 1000);
        ClusterPage* page = m_window->openFile(QStringLiteral(HADESK_FIXTURES "/pacemaker/controlplane.cib.xml"));
        QVERIFY(page);
        QTRY_VERIFY(page->session()->hasState());
        QVERIFY(page->showView(QStringLiteral("graph")));
        ResourceGraphView* graph = page->graph();
        QTRY_VERIFY(graph->layoutCount() > 0);
        graph->fit();
        const double pixels = graph->smallestLabelPixels();
        qInfo("smallest label at Fit: %.1f px", pixels);
        QVERIFY2(pixels >= 8.0, qPrintable(QString::number(pixels)));
        QVERIFY(graph->nodeFrame(QStringLiteral("galera-bundle-0")).isNull());
        for (const char* node : {"database-0", "database-1", "database-2"}) {
            const QString instance = pcmk::GraphLayout::instanceItem(QStringLiteral("galera-bundle"), QLatin1String(node));
            QCOMPARE(graph->itemState(instance), QStringLiteral("promoted"));
            QVERIFY(graph->resourcesDrawnOn(QLatin1String(node)).contains(QStringLiteral("galera-bundle")));
        }
        QCOMPARE(graph->itemState(pcmk::GraphLayout::instanceItem(QStringLiteral("redis-bundle"), QStringLiteral("controller-0"))),
                 QStringLiteral("unpromoted"));
        // In rows and columns: the frames are not one column.
        QVERIFY(graph->nodeFrame(QStringLiteral("controller-0")).top() == graph->nodeFrame(QStringLiteral("controller-1")).top());
        QVERIFY(graph->nodeFrame(QStringLiteral("compute-0")).isValid());
        QCOMPARE(graph->nodeState(QStringLiteral("compute-0")), QStringLiteral("offline"));
    }

    // Search highlights as it is typed and says when nothing matches; a tooltip tells agent,
    // state per node and last failure; a move or ban left behind is drawn and named apart.
    void graphSearchesTellsAndMarksLeftovers()
    {
        ClusterPage* page = openOnTheGraph(QStringLiteral("healthy"));
        QVERIFY(page);
        ResourceGraphView* graph = page->graph();
        auto* search = graph->findChild<QLineEdit*>(QStringLiteral("graphSearch"));
        QTest::keyClicks(search, QStringLiteral("vip"));
        QStringList selected;
        for (QGraphicsItem* item : graph->view()->scene()->selectedItems())
            selected << item->toolTip().section(u' ', 0, 0);
        selected.sort();
        QCOMPARE(selected, (QStringList{QStringLiteral("vip-ext"), QStringLiteral("vip-int")}));
        QVERIFY(graph->message().isEmpty());
        QTest::keyClicks(search, QStringLiteral("zz"));
        QCOMPARE(graph->message(), QStringLiteral("No resource matches “vipzz”."));
        search->clear();
        QVERIFY(graph->message().isEmpty());

        page->session()->showState(PacemakerFixtures::state(QStringLiteral("failure")));
        const QString tip = graph->itemToolTip(pcmk::GraphLayout::instanceItem(QStringLiteral("web-clone"), QStringLiteral("node3")));
        QVERIFY2(tip.contains(QLatin1String("agent: ocf:heartbeat:anything")) && tip.contains(QLatin1String("node3: Started")) &&
                     tip.contains(QLatin1String("last failure: monitor on node3")),
                 qPrintable(tip));

        page->session()->showState(PacemakerFixtures::state(QStringLiteral("moved")));
        graph->setShowLocations(true);
        QStringList labels;
        for (QGraphicsItem* item : graph->view()->scene()->items())
            if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                labels << text->text();
        QVERIFY2(labels.contains(QStringLiteral("ban -INFINITY")) && labels.contains(QStringLiteral("move INFINITY")),
                 qPrintable(labels.join(u',')));
    }

    // The Overview's cards wrap and group on a big control plane instead of running off the
    // right edge: by name prefix, then remote nodes and bundle replicas.
    void overviewGroupsAndWrapsItsCards()
    {
        m_window->resize(1200, 760);
        ClusterPage* page = m_window->openFile(QStringLiteral(HADESK_FIXTURES "/pacemaker/controlplane.cib.xml"));
        QVERIFY(page);
        QTRY_VERIFY(page->session()->hasState());
        QVERIFY(page->showView(QStringLiteral("overview")));
        QWidget* overview = page->findChild<QWidget*>(QStringLiteral("overview"));
        QVERIFY(overview);
        for (const char* group : {"controller", "database", "messaging", "Remote nodes", "Bundle replicas"})
            QVERIFY2(page->findChild<QWidget*>(QLatin1String("node-group-") + QLatin1String(group)), group);
        QTRY_VERIFY(page->findChild<QWidget*>(QStringLiteral("node-card-redis-bundle-2"))->isVisible());
        const QWidget* controllers = page->findChild<QWidget*>(QStringLiteral("node-group-controller"));
        QVERIFY(controllers->isAncestorOf(page->findChild<QWidget*>(QStringLiteral("node-card-controller-1"))));
        // Every card inside the overview's width: no horizontal scrolling.
        for (const QString& node : {QStringLiteral("compute-1"), QStringLiteral("redis-bundle-2"), QStringLiteral("ovn-dbs-bundle-2")}) {
            const QWidget* card = page->findChild<QWidget*>(QStringLiteral("node-card-") + node);
            const QRect inOverview(card->mapTo(overview, QPoint(0, 0)), card->size());
            QVERIFY2(inOverview.right() <= overview->width(), qPrintable(node));
        }
        QVERIFY(overview->width() <= page->width());
    }

    // Problems only, and none: the placement tab says so instead of showing an empty grid.
    void placementSaysWhenNothingNeedsAttention()
    {
        ClusterPage* page = m_window->openFile(QStringLiteral(HADESK_FIXTURES "/pacemaker/healthy.cib.xml"));
        QVERIFY(page);
        QTRY_VERIFY(page->session()->hasState());
        QVERIFY(page->showView(QStringLiteral("placement")));
        auto* problemsOnly = page->findChild<QCheckBox*>(QStringLiteral("problemsOnly"));
        auto* calm = page->findChild<QLabel*>(QStringLiteral("placementCalm"));
        QVERIFY(problemsOnly && calm);
        QVERIFY(!calm->isVisible());
        problemsOnly->setChecked(true);
        QVERIFY(calm->isVisible());
        page->session()->showState(PacemakerFixtures::state(QStringLiteral("failure")));
        QVERIFY(!calm->isVisible());
        page->session()->showState(PacemakerFixtures::state(QStringLiteral("healthy")));
        QVERIFY(calm->isVisible());
    }

    // Resource details tell the failure policy, the operation history per node and the
    // constraints in words, temporary ones marked; a read-only cluster says so on every tab.
    void resourceDetailsTellHistoryAndConstraints()
    {
        ClusterPage* page = m_window->openFile(QStringLiteral(HADESK_FIXTURES "/pacemaker/failure.cib.xml"));
        QVERIFY(page);
        QTRY_VERIFY(page->session()->hasState());
        auto* badge = page->findChild<QLabel*>(QStringLiteral("readOnlyBadge"));
        QVERIFY(badge && badge->isVisibleTo(page));
        QVERIFY(page->showView(QStringLiteral("resources")));
        auto* details = page->findChild<QTextBrowser*>(QStringLiteral("resourceDetails"));
        page->showResource(QStringLiteral("web"));
        const QString web = details->toPlainText();
        QVERIFY2(web.contains(QLatin1String("Operation history")) && web.contains(QLatin1String("FAILED")) &&
                     web.contains(QLatin1String("monitor every 10 s")),
                 qPrintable(web));
        QVERIFY2(web.contains(QLatin1String("Moves away after")), qPrintable(web));
        // A clone's member shows the clone's meta attributes too.
        page->session()->showState(PacemakerFixtures::state(QStringLiteral("promotable")));
        page->showResource(QStringLiteral("stateful"));
        QVERIFY2(details->toPlainText().contains(QLatin1String("Meta attributes of stateful-clone")), qPrintable(details->toPlainText()));
        page->session()->showState(PacemakerFixtures::state(QStringLiteral("moved")));
        page->showResource(QStringLiteral("vip-ext"));
        const QString vip = details->toPlainText();
        QVERIFY2(vip.contains(QLatin1String("vip-ext prefers node2 (score INFINITY); left by a move or ban, with no end")),
                 qPrintable(vip));
        QVERIFY2(vip.contains(QLatin1String("vip-ext runs with haproxy-clone, always")), qPrintable(vip));
    }

    // A tab of data the cluster does not have says so instead of showing an empty chart.
    void drbdTabSaysThereIsNone()
    {
        ClusterPage* page = openOnTheGraph(QStringLiteral("healthy"));
        QVERIFY(page);
        QVERIFY(page->showView(QStringLiteral("drbd")));
        auto* summary = page->findChild<QLabel*>(QStringLiteral("drbdSummary"));
        QVERIFY(summary && summary->text().startsWith(QLatin1String("No DRBD resource")));
        QVERIFY(!page->findChild<QWidget*>(QStringLiteral("drbdRateChart"))->isVisible());
        QVERIFY(!page->findChild<QWidget*>(QStringLiteral("drbdResources"))->isVisible());
    }

    // Node frames keep their places when resources move.
    void graphFramesStayWhenResourcesMove()
    {
        ClusterPage* page = openOnTheGraph(QStringLiteral("healthy"));
        QVERIFY(page);
        ResourceGraphView* graph = page->graph();
        QTRY_VERIFY(!graph->isGliding());
        QHash<QString, QRectF> before;
        for (const QString& node : {QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")})
            before.insert(node, graph->nodeFrame(node));
        const int layouts = graph->layoutCount();
        page->session()->showState(PacemakerFixtures::state(QStringLiteral("moved")));
        QCOMPARE(graph->layoutCount(), layouts + 1);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(graph->nodeFrame(it.key()), it.value());
    }

    void graphGlidesToANewLayout()
    {
        ClusterPage* page = m_window->openFile(QStringLiteral(HADESK_FIXTURES "/pacemaker/healthy.cib.xml"));
        QVERIFY(page);
        QTRY_VERIFY(page->session()->hasState()); // read off the GUI thread
        ClusterSession* session = page->session();
        session->showState(PacemakerFixtures::state(QStringLiteral("healthy")));
        QVERIFY(page->showView(QStringLiteral("graph")));
        ResourceGraphView* graph = page->graph();
        QTRY_VERIFY(graph->layoutCount() > 0);
        QVERIFY(!graph->isGliding()); // the first picture just appears
        const pcmk::ClusterState moved = PacemakerFixtures::state(QStringLiteral("moved"));
        QString mover;
        for (const pcmk::Resource& r : moved.resources) {
            const pcmk::Resource* before = session->state().resource(r.id);
            if (before && !r.activeOn.isEmpty() && before->activeOn != r.activeOn)
                mover = r.id;
        }
        QVERIFY2(!mover.isEmpty(), "the moved fixture should move a resource");
        // In scene coordinates: the new layout's bounds may shift the view.
        const auto scenePosition = [graph, &mover] { return graph->view()->mapToScene(graph->itemPosition(mover)); };
        const QPointF was = scenePosition();
        const int layouts = graph->layoutCount();
        session->showState(moved);
        QCOMPARE(graph->layoutCount(), layouts + 1);
        // It sets off from where it was and ends up elsewhere, without a jump.
        QVERIFY(graph->isGliding());
        QVERIFY((scenePosition() - was).manhattanLength() <= 2);
        QTRY_VERIFY(!graph->isGliding());
        QVERIFY((scenePosition() - was).manhattanLength() > 10);
    }

    void addErrorsStayInTheDialog()
    {
        QString error;
        QVERIFY(m_store->add(*ClusterStore::fromSshConfig(QStringLiteral("lab"), kLabConfig, {}, &error),
                             &error));
        trigger("addClusterAction");
        AddClusterDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog<AddClusterDialog>(m_window.get())));
        dialog->setSshConfigPath(m_dir.filePath(QStringLiteral("no_such_config")));
        auto* message = dialog->findChild<QLabel*>(QStringLiteral("message"));
        QVERIFY(message->text().contains(QLatin1String("no_such_config")));

        dialog->setSshConfigPath(kLabConfig);
        dialog->setClusterName(QStringLiteral("lab"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(message->text().contains(QLatin1String("already exists")));
        QCOMPARE(m_store->clusters().size(), 1);
        dialog->reject();
    }

    void removeAsksFirst()
    {
        QString error;
        QVERIFY(m_store->add(*ClusterStore::fromSshConfig(QStringLiteral("lab"), kLabConfig, {}, &error),
                             &error));
        QTreeView* view = m_window->clusterView();
        view->setCurrentIndex(view->model()->index(0, 0));

        Dialogs::setNextAnswer(QMessageBox::No);
        trigger("removeClusterAction");
        QCOMPARE(m_store->clusters().size(), 1);

        Dialogs::setNextAnswer(QMessageBox::Yes);
        trigger("removeClusterAction");
        QVERIFY(m_store->clusters().isEmpty());
        QCOMPARE(currentPage(*m_window), QStringLiteral("emptyPage"));
    }

    void speaksItalianWhenAsked()
    {
        useLanguage(QStringLiteral("it"));
        MainWindow italian(m_store.get());
        QStringList menus;
        const auto actions = italian.menuBar()->actions();
        for (const QAction* action : actions)
            menus << action->text();
        QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Cluster"), QStringLiteral("&Risorsa"),
                                     QStringLiteral("&Vista"), QStringLiteral("&Aiuto")}));
        QCOMPARE(italian.statusBar()->currentMessage(), QStringLiteral("0 cluster"));
        useLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
