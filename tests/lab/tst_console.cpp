// The console against the real lab: the main window as an operator uses it, offscreen.
#include "LabFixture.h"
#include "SteadyLoad.h"
#include "backend/ClusterSession.h"
#include "backend/ClusterStore.h"
#include "backend/haproxy/ConfigJobs.h"
#include "backend/haproxy/HaproxyMonitor.h"
#include "backend/pacemaker/AuditLog.h"
#include "backend/pacemaker/ClusterEvents.h"
#include "backend/pacemaker/ClusterModels.h"
#include "backend/pacemaker/PlacementModel.h"
#include "ssh/SshConnection.h"
#include "views/AddClusterDialog.h"
#include "views/ClusterPage.h"
#include "views/ConstraintDialog.h"
#include "views/CreateResourceDialog.h"
#include "views/Dialogs.h"
#include "views/HostStatusBar.h"
#include "views/HaproxyConfigDialog.h"
#include "views/HaproxyView.h"
#include "views/MainWindow.h"
#include "views/OverviewWidget.h"
#include "views/NetworkView.h"
#include "views/OperationDialog.h"
#include "backend/jobs/Job.h"
#include "backend/jobs/JobList.h"

#include <QDialogButtonBox>
#include "views/ResourceGraphView.h"
#include "views/SshPromptDialog.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QApplication>
#include <QLabel>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QChart>
#include <QLineSeries>
#include <QTableView>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QScrollArea>
#include <QTextBrowser>
#include <QTableWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QToolButton>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTimer>
#include <QTreeView>

using namespace hadesk;
using namespace hadesk::views;

namespace {

// Opens the context menu a widget offers at `at`, then triggers the entry named `actionName`
// (in the menu or one of its submenus) once the menu is up.
bool chooseFromContextMenu(QWidget* widget, const QPoint& at, const QString& actionName)
{
    // Shared: when no menu opens, the timer fires after customContextMenuRequested returned.
    auto found = std::make_shared<bool>(false);
    QTimer::singleShot(0, widget, [found, actionName] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QAction* action = menu ? menu->findChild<QAction*>(actionName) : nullptr;
        *found = action && action->isEnabled();
        if (*found)
            action->trigger();
        if (menu)
            menu->close();
    });
    Q_EMIT widget->customContextMenuRequested(at);
    QCoreApplication::processEvents();
    return *found;
}

QModelIndex findResource(QAbstractItemModel* model, const QString& id, const QModelIndex& parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(pcmk::ResourceTreeModel::ResourceIdRole).toString() == id)
            return index;
        if (const QModelIndex inner = findResource(model, id, index); inner.isValid())
            return inner;
    }
    return {};
}

} // namespace

class TestConsole : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ClusterStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    ClusterPage* m_page = nullptr;

    // Waits for the preview, checks it lists `expected` (in words) if given, applies, waits for
    // the result.
    // The one just opened: a closed one may linger until its deferred delete.
    OperationDialog* visibleDialog() const
    {
        for (OperationDialog* d : m_page->findChildren<OperationDialog*>()) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

    void previewAndApply(const QString& expected = {})
    {
        OperationDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialog()) != nullptr, 5000);
        auto* apply = dialog->findChild<QPushButton*>(QStringLiteral("applyButton"));
        QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 60000);
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("previewList"));
        QStringList planned;
        for (int i = 0; i < list->count(); ++i)
            planned << list->item(i)->text();
        QVERIFY2(expected.isEmpty() || planned.contains(expected), qPrintable(planned.join(QLatin1String("; "))));
        QTest::mouseClick(apply, Qt::LeftButton);
        auto* result = dialog->findChild<QLabel*>(QStringLiteral("resultLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 60000);
        QVERIFY2(result->text().startsWith(QLatin1String("applied")), qPrintable(result->text()));
        dialog->close();
    }

private Q_SLOTS:
    void initTestCase()
    {
        LabFixture::run({QStringLiteral("reset")});
        pcmk::AuditLog::setPath(m_dir.filePath(QStringLiteral("audit.jsonl")));
        m_store = std::make_unique<ClusterStore>(m_dir.filePath(QStringLiteral("clusters.ini")));
        QString error;
        // The namespace nodes only: with the DRBD VMs up the lab's configuration names them too.
        const auto lab = ClusterStore::fromSshConfig(QStringLiteral("lab"), LabFixture::sshConfig(),
                                                     {QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")}, &error);
        QVERIFY2(lab && m_store->add(*lab, &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_store.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        LabFixture::run({QStringLiteral("reset")});
    }

    void opensTheLabAndSeesItsNodes()
    {
        m_page = m_window->openCluster(QStringLiteral("node1"));
        QVERIFY(m_page);
        ClusterSession* session = m_page->session();
        QTRY_VERIFY_WITH_TIMEOUT(session->hasState(), 30000);
        QCOMPARE(session->nodeModel()->rowCount(), 3);
        for (const char* node : {"node1", "node2", "node3"})
            QVERIFY(m_page->findChild<QWidget*>(QLatin1String("node-card-") + QLatin1String(node)));
        QAbstractItemModelTester nodes(session->nodeModel());
        QAbstractItemModelTester resources(session->resourceModel());
        QAbstractItemModelTester placement(session->placementModel());
        QAbstractItemModelTester events(session->eventModel());
        QVERIFY(m_page->showView(QStringLiteral("resources")));
        QVERIFY(findResource(session->resourceModel(), QStringLiteral("vip-ext")).isValid());
    }

    // The Overview tells each node's Corosync links and a health line per service, counted on
    // the holder's HAProxy; a link cut on one node (its external interface down) is an item
    // needing attention and is marked on its card, until it is back.
    void overviewTellsLinksAndServices()
    {
        ClusterSession* session = m_page->session();
        QVERIFY(m_page->showView(QStringLiteral("overview")));
        auto* overview = m_page->findChild<OverviewWidget*>();
        QVERIFY(overview);
        const QString ext = session->state().resource(QStringLiteral("vip-ext"))->activeOn.value(0);
        const QString in = session->state().resource(QStringLiteral("vip-int"))->activeOn.value(0);
        const auto serviceLines = [overview] {
            QStringList lines;
            for (int i = 0; i < overview->services()->topLevelItemCount(); ++i)
                lines << overview->services()->topLevelItem(i)->text(0);
            return lines;
        };
        QTRY_VERIFY_WITH_TIMEOUT(serviceLines().contains(QStringLiteral("vip-ext 198.19.0.100 on %1: web-ext :80 (web: 3/3 servers up)").arg(ext)),
                                 30000);
        QVERIFY2(serviceLines().value(1).startsWith(QStringLiteral("vip-int 198.18.0.100 on %1: api-int :5000 (api: ").arg(in)),
                 qPrintable(serviceLines().join(u'\n')));
        const auto cardText = [this](const QString& node) {
            return m_page->findChild<QWidget*>(QStringLiteral("node-card-") + node)->findChild<QLabel*>()->text();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(cardText(QStringLiteral("node1")).contains(QStringLiteral("Corosync: link 0 ✓ · link 1 ✓")),
                                  qPrintable(cardText(QStringLiteral("node1"))), 30000);
        const QString summary = m_page->findChild<QLabel*>(QStringLiteral("clusterSummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("Corosync 3.")) && summary.contains(QLatin1String("Pacemaker 2.")), qPrintable(summary));

        QString cut = QStringLiteral("node3");
        if (cut == ext)
            cut = QStringLiteral("node2");
        const auto attention = [overview] {
            QStringList items;
            for (int i = 0; i < overview->attention()->topLevelItemCount(); ++i)
                items << overview->attention()->topLevelItem(i)->text(0);
            return items.join(u'\n');
        };
        const auto plug = [cut](const char* how) {
            LabFixture::run({QStringLiteral("exec"), cut, QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"),
                             QStringLiteral("ext0"), QLatin1String(how)});
        };
        auto plugBack = qScopeGuard([plug] { plug("up"); });
        plug("down");
        // The console reaches the cut node through that link: what is known is the others' view.
        const QString lost = QStringLiteral("Corosync link 1 from node1 to %1 is down").arg(cut);
        QTRY_VERIFY2_WITH_TIMEOUT(attention().contains(lost), qPrintable(attention()), 60000);
        QVERIFY2(cardText(QStringLiteral("node1")).contains(QStringLiteral("link 1 ✗ to ") + cut), qPrintable(cardText(QStringLiteral("node1"))));
        plug("up");
        QTRY_VERIFY_WITH_TIMEOUT(!attention().contains(QLatin1String("Corosync")), 60000);
        QVERIFY(cardText(QStringLiteral("node1")).contains(QStringLiteral("link 1 ✓")));
    }

    // Every node runs an instance of the HAProxy and web clones: the graph draws them in the
    // nodes' frames, so no node looks idle.
    void graphDrawsCloneInstancesOnTheirNodes()
    {
        QVERIFY(m_page->showView(QStringLiteral("graph")));
        ResourceGraphView* graph = m_page->graph();
        QTRY_VERIFY(graph->layoutCount() > 0);
        for (const QString& node : {QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")}) {
            const QStringList drawn = graph->resourcesDrawnOn(node);
            QVERIFY2(drawn.contains(QStringLiteral("haproxy-clone")) && drawn.contains(QStringLiteral("web-clone")),
                     qPrintable(node + u": " + drawn.join(u',')));
            QCOMPARE(graph->itemState(pcmk::GraphLayout::instanceItem(QStringLiteral("web-clone"), node)), QStringLiteral("started"));
        }
    }

    // web dies behind Pacemaker's back on node3: its monitor fails, Pacemaker restarts it, and
    // the graph shows the failure (instance and clone) until a cleanup, as crm_mon does.
    void graphDrawsAFailedMonitorFailed()
    {
        ClusterSession* session = m_page->session();
        ResourceGraphView* graph = m_page->graph();
        const QString instance = pcmk::GraphLayout::instanceItem(QStringLiteral("web-clone"), QStringLiteral("node3"));
        LabFixture::run({QStringLiteral("exec"), QStringLiteral("node3"), QStringLiteral("pkill"), QStringLiteral("-f"),
                         QStringLiteral("labhttpd.py --service web")});
        QTRY_VERIFY_WITH_TIMEOUT(!session->state().failures.isEmpty(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(graph->itemState(instance), QStringLiteral("failed"), 10000);
        QVERIFY2(graph->itemText(instance).contains(QLatin1String("monitor failed")), qPrintable(graph->itemText(instance)));
        QCOMPARE(graph->itemState(QStringLiteral("web-clone")), QStringLiteral("failed"));
        QCOMPARE(graph->itemState(pcmk::GraphLayout::instanceItem(QStringLiteral("web-clone"), QStringLiteral("node1"))),
                 QStringLiteral("started"));
        // Running again is not enough: the failure stays drawn until it is cleaned up.
        QTRY_VERIFY_WITH_TIMEOUT(session->state().resource(QStringLiteral("web-clone"))->activeOn.size() == 3, 60000);
        QCOMPARE(graph->itemState(instance), QStringLiteral("failed"));
        // The resource's details count the monitor's failure on node3 and clean that operation up.
        QVERIFY(m_page->showView(QStringLiteral("resources")));
        m_page->resourceView()->setCurrentIndex(findResource(session->resourceModel(), QStringLiteral("web")));
        auto* details = m_page->findChild<QTextBrowser*>(QStringLiteral("resourceDetails"));
        QTRY_VERIFY2(details->toPlainText().contains(QLatin1String("monitor every 10 s: 1 failure")), qPrintable(details->toPlainText()));
        const int at = details->toHtml().indexOf(QLatin1String("hadesk-cleanup:"));
        QVERIFY(at > 0);
        const QString href = details->toHtml().mid(at).section(u'"', 0, 0).replace(QLatin1String("&amp;"), QLatin1String("&"));
        QCOMPARE(href, QStringLiteral("hadesk-cleanup:node3?operation=monitor&interval=10000"));
        Q_EMIT details->anchorClicked(QUrl(href));
        previewAndApply();
        QTRY_COMPARE_WITH_TIMEOUT(graph->itemState(instance), QStringLiteral("started"), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(session->state().operationFailCountsOf(QStringLiteral("web")).isEmpty(), 30000);
        QVERIFY(!details->toPlainText().contains(QLatin1String("Fail counts")));
        QVERIFY(m_page->showView(QStringLiteral("graph")));
    }

    void showsEveryNodesConnectionAndReconnects()
    {
        ClusterSession* session = m_page->session();
        HostStatusBar* bar = m_window->hostStatus();
        for (const char* host : {"node1", "node2", "node3"}) {
            QToolButton* button = bar->buttonFor(QLatin1String(host));
            QVERIFY(button);
            QTRY_COMPARE_WITH_TIMEOUT(button->property("state").toString(), HostStatusBar::stateText(ssh::ConnectionState::Connected), 20000);
        }
        QVERIFY(bar->buttonFor(session->currentHost())->font().bold());
        QList<ssh::ConnectionState> seen;
        connect(session, &ClusterSession::hostStateChanged, this,
                [&seen](const QString& host, ssh::ConnectionState state) {
                    if (host == u"node2")
                        seen << state;
                });
        auto* reconnect = bar->buttonFor(QStringLiteral("node2"))->menu()->findChild<QAction*>(QStringLiteral("reconnect-node2"));
        QVERIFY(reconnect);
        reconnect->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(seen.size() >= 2 && seen.constLast() == ssh::ConnectionState::Connected, 20000);
        QVERIFY(seen.constFirst() != ssh::ConnectionState::Connected);
        QTRY_COMPARE(bar->buttonFor(QStringLiteral("node2"))->property("state").toString(),
                     HostStatusBar::stateText(ssh::ConnectionState::Connected));
        disconnect(session, &ClusterSession::hostStateChanged, this, nullptr);
    }

    void createsAResourceFromAgentMetadata()
    {
        ClusterSession* session = m_page->session();
        auto* create = m_window->findChild<QAction*>(QStringLiteral("newResourceAction"));
        QVERIFY(create);
        create->trigger();
        CreateResourceDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<CreateResourceDialog*>()) != nullptr);
        auto* agentClass = dialog->findChild<QComboBox*>(QStringLiteral("agentClass"));
        // The classes come from the node: its OCF providers, then the other standards.
        QTRY_VERIFY_WITH_TIMEOUT(agentClass->findText(QStringLiteral("ocf:pacemaker")) >= 0, 20000);
        QVERIFY(agentClass->findText(QStringLiteral("stonith")) >= 0);
        dialog->chooseAgent(QStringLiteral("ocf:pacemaker:Dummy"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->parameterEditor(QStringLiteral("state")) != nullptr, 20000);
        auto* preview = dialog->findChild<QPushButton*>(QStringLiteral("previewButton"));
        auto* id = dialog->findChild<QLineEdit*>(QStringLiteral("resourceId"));
        auto* problems = dialog->findChild<QLabel*>(QStringLiteral("problems"));
        QTest::keyClicks(id, QStringLiteral("1bad"));
        QVERIFY(!preview->isEnabled());
        QVERIFY2(problems->text().contains(QLatin1String("not a valid id")), qPrintable(problems->text()));
        id->setText(QStringLiteral("vip-ext"));
        QVERIFY(!preview->isEnabled());
        QVERIFY2(problems->text().contains(QLatin1String("exists already")), qPrintable(problems->text()));
        id->setText(QStringLiteral("console-dummy"));
        QTest::keyClicks(dialog->parameterEditor(QStringLiteral("fake")), QStringLiteral("made in the console"));
        QVERIFY2(preview->isEnabled(), qPrintable(problems->text()));
        QTest::mouseClick(preview, Qt::LeftButton);
        previewAndApply();
        QTRY_VERIFY_WITH_TIMEOUT(session->state().resource(QStringLiteral("console-dummy")) &&
                                     !session->state().resource(QStringLiteral("console-dummy"))->activeOn.isEmpty(),
                                 30000);
        const pcmk::Resource* made = session->state().resource(QStringLiteral("console-dummy"));
        QCOMPARE(made->agent(), QStringLiteral("ocf:pacemaker:Dummy"));
        QCOMPARE(made->instanceAttributes.value(QStringLiteral("fake")), QStringLiteral("made in the console"));
    }

    void addsAConstraintAndShowsLocations()
    {
        ClusterSession* session = m_page->session();
        QVERIFY(m_page->showView(QStringLiteral("resources")));
        QTreeView* view = m_page->resourceView();
        QTRY_VERIFY(findResource(view->model(), QStringLiteral("console-dummy")).isValid());
        const QModelIndex index = findResource(view->model(), QStringLiteral("console-dummy"));
        view->scrollTo(index);
        QVERIFY(chooseFromContextMenu(view, view->visualRect(index).center(), QStringLiteral("action-constraint")));
        ConstraintDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<ConstraintDialog*>()) != nullptr);
        QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("constraintResource"))->currentText(),
                 QStringLiteral("console-dummy"));
        dialog->setKind(ConstraintDialog::Kind::Location);
        auto* node = dialog->findChild<QComboBox*>(QStringLiteral("constraintNode"));
        node->setCurrentIndex(node->findText(QStringLiteral("node3")));
        auto* score = dialog->findChild<QLineEdit*>(QStringLiteral("constraintScore"));
        auto* preview = dialog->findChild<QPushButton*>(QStringLiteral("previewButton"));
        score->setText(QStringLiteral("lots"));
        QVERIFY(!preview->isEnabled());
        score->setText(QStringLiteral("-INFINITY"));
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("constraintId"))->text(),
                 QStringLiteral("location-console-dummy-node3"));
        QVERIFY(preview->isEnabled());
        QTest::mouseClick(preview, Qt::LeftButton);
        previewAndApply();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(session->state().constraints.cbegin(), session->state().constraints.cend(),
                                             [](const pcmk::Constraint& c) {
                                                 return c.id == u"location-console-dummy-node3";
                                             }),
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!session->state().resource(QStringLiteral("console-dummy"))->activeOn.contains(QStringLiteral("node3")), 30000);
        // The graph draws it once asked to.
        QVERIFY(m_page->showView(QStringLiteral("graph")));
        ResourceGraphView* graph = m_page->graph();
        const int layouts = graph->layoutCount();
        const auto hasLocationEdge = [graph] {
            const QList<QGraphicsItem*> items = graph->view()->scene()->items();
            return std::any_of(items.cbegin(), items.cend(), [](const QGraphicsItem* item) {
                return item->toolTip().startsWith(QLatin1String("location-console-dummy-node3:"));
            });
        };
        QVERIFY(!hasLocationEdge());
        graph->findChild<QToolButton*>(QStringLiteral("graphLocations"))->click();
        QCOMPARE(graph->layoutCount(), layouts + 1);
        QVERIFY(hasLocationEdge());
        graph->findChild<QToolButton*>(QStringLiteral("graphLocations"))->click();
        QVERIFY(!hasLocationEdge());
    }

    void deletesAResourceFromTheKeyboard()
    {
        ClusterSession* session = m_page->session();
        QVERIFY(m_page->showView(QStringLiteral("resources")));
        QTreeView* view = m_page->resourceView();
        const QModelIndex index = findResource(view->model(), QStringLiteral("console-dummy"));
        // Its constraint goes first (the schema refuses a constraint naming nothing).
        QVERIFY(chooseFromContextMenu(view, view->visualRect(index).center(),
                                      QStringLiteral("action-remove-constraint-location-console-dummy-node3")));
        previewAndApply();
        QTRY_VERIFY_WITH_TIMEOUT(session->state().constraintsOf(QStringLiteral("console-dummy")).isEmpty(), 30000);
        view->setCurrentIndex(findResource(view->model(), QStringLiteral("console-dummy")));
        QCOMPARE(m_page->selectedResource(), QStringLiteral("console-dummy"));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        // Shortcuts reach the active window only.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete, Qt::ShiftModifier);
        previewAndApply(QStringLiteral("console-dummy stops on %1").arg(session->state().resource(QStringLiteral("console-dummy"))->activeOn.value(0)));
        QTRY_VERIFY_WITH_TIMEOUT(!session->state().resource(QStringLiteral("console-dummy")), 30000);
    }

    void movesAVipFromTheContextMenu()
    {
        ClusterSession* session = m_page->session();
        const pcmk::Resource* vip = session->state().resource(QStringLiteral("vip-ext"));
        QCOMPARE(vip->activeOn.size(), 1);
        const QString from = vip->activeOn.constFirst();
        const QString to = from == u"node3" ? QStringLiteral("node2") : QStringLiteral("node3");
        QTreeView* view = m_page->resourceView();
        const QModelIndex index = findResource(view->model(), QStringLiteral("vip-ext"));
        view->scrollTo(index);
        QVERIFY(chooseFromContextMenu(view, view->visualRect(index).center(), QStringLiteral("action-move-") + to));
        // The preview names the constraint the move creates, its score and its lifetime; a
        // lifetime chosen is previewed again.
        OperationDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialog()) != nullptr, 5000);
        auto* apply = dialog->findChild<QPushButton*>(QStringLiteral("applyButton"));
        auto* effects = dialog->findChild<QLabel*>(QStringLiteral("effects"));
        QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 60000);
        QVERIFY2(effects->text().contains(QStringLiteral("creates cli-prefer-vip-ext: vip-ext prefers %1 (score INFINITY), "
                                                         "with no end").arg(to)),
                 qPrintable(effects->text()));
        auto* lifetime = dialog->findChild<QComboBox*>(QStringLiteral("lifetime"));
        QVERIFY(lifetime);
        lifetime->setCurrentIndex(lifetime->findData(QStringLiteral("PT1H")));
        Q_EMIT lifetime->activated(lifetime->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled() && effects->text().contains(QLatin1String(", until ")), 60000);
        QVERIFY2(effects->text().contains(QStringLiteral("creates cli-prefer-vip-ext: vip-ext prefers %1 (score INFINITY), until ").arg(to)),
                 qPrintable(effects->text()));
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("previewList"));
        QVERIFY(!list->findItems(QStringLiteral("vip-ext moves %1 → %2").arg(from, to), Qt::MatchExactly).isEmpty());
        QTest::mouseClick(apply, Qt::LeftButton);
        auto* result = dialog->findChild<QLabel*>(QStringLiteral("resultLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 60000);
        // What is left behind is said, and Clear is offered.
        QVERIFY2(result->text().contains(QLatin1String("Left behind: cli-prefer-vip-ext")), qPrintable(result->text()));
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("clearLeftBehind")));
        dialog->close();
        QTRY_COMPARE_WITH_TIMEOUT(session->state().resource(QStringLiteral("vip-ext"))->activeOn, QStringList{to}, 30000);
        // The placement grid and the event timeline follow.
        // One move, whether the watcher saw the stop and the start apart or not.
        QVERIFY(std::any_of(session->eventModel()->events().cbegin(), session->eventModel()->events().cend(),
                            [&](const pcmk::ClusterEvent& e) {
                                return e.subject == u"vip-ext" && e.text == QStringLiteral("moved %1 → %2").arg(from, to);
                            }));
        QVERIFY(std::none_of(session->eventModel()->events().cbegin(), session->eventModel()->events().cend(),
                             [&](const pcmk::ClusterEvent& e) { return e.subject == u"vip-ext" && e.text.startsWith(QLatin1String("started on")); }));
        // The move left a preference behind; the overview offers to clear it.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(session->state().constraints.cbegin(), session->state().constraints.cend(),
                                             [](const pcmk::Constraint& c) { return c.id == u"cli-prefer-vip-ext"; }),
                                 10000);
    }

    // Stop pressed while the change runs: the job ends cancelled, the dialog says so, and the
    // cluster is as it was (the move never reached it).
    void stoppingAnApplyLeavesTheClusterAsItWas()
    {
        ClusterSession* session = m_page->session();
        const QString from = session->state().resource(QStringLiteral("api"))->activeOn.value(0);
        QVERIFY(!from.isEmpty());
        const QString to = from == u"node3" ? QStringLiteral("node2") : QStringLiteral("node3");
        QTreeView* view = m_page->resourceView();
        const QModelIndex index = findResource(view->model(), QStringLiteral("api"));
        view->scrollTo(index);
        QVERIFY(chooseFromContextMenu(view, view->visualRect(index).center(), QStringLiteral("action-move-") + to));
        OperationDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialog()) != nullptr, 5000);
        auto* apply = dialog->findChild<QPushButton*>(QStringLiteral("applyButton"));
        QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 60000);
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(dialog->runningJob());
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        auto* result = dialog->findChild<QLabel*>(QStringLiteral("resultLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 30000);
        QVERIFY2(result->text().startsWith(QLatin1String("cancelled")), qPrintable(result->text()));
        QVERIFY(dialog->isVisible()); // it stays to say how it ended
        jobs::Job* job = session->jobs()->job(0);
        QCOMPARE(job->state(), jobs::JobState::Cancelled);
        QVERIFY(job->title().contains(QLatin1String("api")));
        // Nothing reached the cluster.
        const QByteArray constraints = LabFixture::run({QStringLiteral("exec"), QStringLiteral("node1"),
                                                        QStringLiteral("cibadmin"), QStringLiteral("--query"),
                                                        QStringLiteral("--scope"), QStringLiteral("constraints")});
        QVERIFY2(constraints.contains("<constraints") && !constraints.contains("cli-prefer-api"), constraints.constData());
        QCOMPARE(session->state().resource(QStringLiteral("api"))->activeOn, QStringList{from});
        dialog->close();
        // The Jobs tab has both: the preview that succeeded and the apply that was stopped.
        QVERIFY(m_page->showView(QStringLiteral("jobs")));
        const QAbstractItemModel* list = session->jobs();
        QCOMPARE(list->index(0, jobs::JobList::State).data().toString(), QStringLiteral("cancelled"));
        QCOMPARE(list->index(1, jobs::JobList::State).data().toString(), QStringLiteral("succeeded"));
    }

    void movesAVipFromTheGraph()
    {
        ClusterSession* session = m_page->session();
        QVERIFY(m_page->showView(QStringLiteral("graph")));
        ResourceGraphView* graph = m_page->graph();
        QTRY_VERIFY(!graph->itemPosition(QStringLiteral("vip-int")).isNull());
        const QString from = session->state().resource(QStringLiteral("vip-int"))->activeOn.value(0);
        const QString to = from == u"node1" ? QStringLiteral("node2") : QStringLiteral("node1");
        const int layouts = graph->layoutCount();
        QHash<QString, QRectF> frames;
        for (const QString& node : {QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")})
            frames.insert(node, graph->nodeFrame(node));
        QVERIFY(chooseFromContextMenu(graph->view(), graph->itemPosition(QStringLiteral("vip-int")),
                                      QStringLiteral("action-move-") + to));
        previewAndApply(QStringLiteral("vip-int moves %1 → %2").arg(from, to));
        QTRY_COMPARE_WITH_TIMEOUT(session->state().resource(QStringLiteral("vip-int"))->activeOn, QStringList{to}, 30000);
        // api follows vip-int (colocated); the graph was laid out again with both on the new node.
        QTRY_COMPARE_WITH_TIMEOUT(session->state().resource(QStringLiteral("api"))->activeOn, QStringList{to}, 30000);
        QTRY_VERIFY(graph->layoutCount() > layouts);
        QTRY_VERIFY(graph->resourcesDrawnOn(to).contains(QStringLiteral("api")));
        // The frames stayed where they were: the operator keeps his bearings.
        for (auto it = frames.cbegin(); it != frames.cend(); ++it)
            QCOMPARE(graph->nodeFrame(it.key()), it.value());
        QTemporaryDir dir;
        QString error;
        QVERIFY2(graph->exportTo(dir.filePath(QStringLiteral("graph.png")), &error), qPrintable(error));
        QVERIFY2(graph->exportTo(dir.filePath(QStringLiteral("graph.svg")), &error), qPrintable(error));
        QFile svg(dir.filePath(QStringLiteral("graph.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("vip-int"));
    }

    void showsTheNetworksAndMovesAVipFromThem()
    {
        QVERIFY(m_page->showView(QStringLiteral("network")));
        NetworkView* network = m_page->network();
        NetworkDiagram* diagram = network->diagram();
        const QString ext = QStringLiteral("198.19.0.0/24"), internal = QStringLiteral("198.18.0.0/24");
        QTRY_COMPARE_WITH_TIMEOUT(diagram->laneSubnets(), (QStringList{internal, ext}), 30000);
        QCOMPARE(diagram->columnNodes(), (QStringList{QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")}));
        // At the window's default size every node fits, no horizontal scrollbar.
        auto* scroll = qobject_cast<QScrollArea*>(diagram->parentWidget()->parentWidget());
        QVERIFY(scroll);
        QTRY_VERIFY2(diagram->width() <= scroll->viewport()->width(),
                     qPrintable(QStringLiteral("%1 > %2").arg(diagram->width()).arg(scroll->viewport()->width())));
        QVERIFY(diagram->columnWidth() >= 150);
        ClusterSession* session = m_page->session();
        const auto drawnOn = [diagram](const QString& vip, const QString& subnet, const QString& node) {
            return !diagram->isGliding() && diagram->cellRect(subnet, node).contains(diagram->vipRect(vip));
        };
        for (const auto& [vip, subnet] : {std::pair(QStringLiteral("vip-ext"), ext), std::pair(QStringLiteral("vip-int"), internal)}) {
            const QString holder = session->state().resource(vip)->activeOn.value(0);
            QTRY_VERIFY_WITH_TIMEOUT(drawnOn(vip, subnet, holder), 10000);
        }

        // The operator names the segments; the external one now comes first, and the names stay.
        QTimer::singleShot(0, network, [] {
            auto* dialog = qobject_cast<SegmentLabelsDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("segmentTable"));
            for (int row = 0; row < table->rowCount(); ++row) {
                const bool external = table->item(row, SegmentLabelsDialog::SubnetColumn)->text().startsWith(QLatin1String("198.19."));
                // Each segment says how the nodes reach it.
                QCOMPARE(table->item(row, SegmentLabelsDialog::InterfacesColumn)->text(),
                         (external ? QStringLiteral("ext0") : QStringLiteral("int0")) + QStringLiteral(" on node1, node2, node3"));
                table->item(row, SegmentLabelsDialog::NameColumn)->setText(external ? QStringLiteral("public 1G") : QStringLiteral("data 10G"));
                auto* role = static_cast<QComboBox*>(table->cellWidget(row, SegmentLabelsDialog::RoleColumn));
                role->setCurrentIndex(role->findData(external ? QStringLiteral("external") : QStringLiteral("internal")));
            }
            dialog->accept();
        });
        network->findChild<QPushButton*>(QStringLiteral("networkSegments"))->click();
        QTRY_COMPARE(diagram->laneSubnets(), (QStringList{ext, internal}));
        QCOMPARE(m_store->clusters().at(0).segmentLabels.value(ext).name, QStringLiteral("public 1G"));
        QCOMPARE(m_store->clusters().at(0).segmentLabels.value(internal).role, QStringLiteral("internal"));

        // Click the VIP: its details, then a move through its actions with the preview; the
        // badge goes to the new node.
        const QString from = session->state().resource(QStringLiteral("vip-ext"))->activeOn.value(0);
        const QString to = from == u"node1" ? QStringLiteral("node2") : QStringLiteral("node1");
        QTRY_VERIFY(!diagram->isGliding()); // the lanes swapped places
        QTRY_VERIFY(!diagram->servicesOn(QStringLiteral("vip-ext")).isEmpty());
        QTest::mouseClick(diagram, Qt::LeftButton, {}, diagram->vipRect(QStringLiteral("vip-ext")).center());
        QCOMPARE(diagram->selectedVip(), QStringLiteral("vip-ext"));
        const QString details = network->findChild<QTextBrowser*>(QStringLiteral("networkDetails"))->toPlainText();
        QVERIFY2(details.contains(QLatin1String("198.19.0.100/24")) && details.contains(QLatin1String("col-vip-ext-with-haproxy")),
                 qPrintable(details));
        // HAProxy's frontend on it, with what runs it and where it sends the traffic.
        QVERIFY2(details.contains(QStringLiteral("web-ext :80 — haproxy listens; run by haproxy-clone; sends to "
                                                 "198.18.0.0/24")),
                 qPrintable(details));
        QCOMPARE(diagram->servicesOn(QStringLiteral("vip-int")).value(0).name, QStringLiteral("api-int"));
        auto* actions = network->findChild<QToolButton*>(QStringLiteral("networkVipActions"));
        QVERIFY(actions->isEnabled());
        Q_EMIT actions->menu()->aboutToShow();
        QAction* move = actions->menu()->findChild<QAction*>(QStringLiteral("action-move-") + to);
        QVERIFY(move);
        move->trigger();
        previewAndApply(QStringLiteral("vip-ext moves %1 → %2").arg(from, to));
        QTRY_VERIFY_WITH_TIMEOUT(drawnOn(QStringLiteral("vip-ext"), ext, to), 30000);
        // With the roles given, the one thing to say: the lab's second Corosync link is on the
        // external segment.
        auto* warnings = network->findChild<QListWidget*>(QStringLiteral("networkWarnings"));
        QCOMPARE(warnings->count(), 1);
        QVERIFY2(warnings->item(0)->text().contains(QLatin1String("Corosync link 1")), qPrintable(warnings->item(0)->text()));
        QCOMPARE(diagram->warningsFor(ext).size(), 1);
    }

    void drivesEveryHaproxyFromItsView()
    {
        haproxy::HaproxyMonitor* monitor = m_page->session()->haproxy();
        // Nobody looks at HAProxy yet: nobody asks it anything.
        QVERIFY(!monitor->isPolling());
        QVERIFY(m_page->showView(QStringLiteral("haproxy")));
        QVERIFY(monitor->isPolling());
        HaproxyView* view = m_page->haproxy();
        QTRY_COMPARE_WITH_TIMEOUT(monitor->states().size(), 3, 30000);
        QTableView* table = view->table();
        const auto* model = static_cast<haproxy::ServerTableModel*>(table->model());
        QTRY_VERIFY(model->rowOf(QStringLiteral("web"), QStringLiteral("node2")) >= 0);
        const auto drainedEverywhere = [monitor](bool drained) {
            for (const haproxy::RuntimeState& state : monitor->states()) {
                const haproxy::Server* s = state.server(QStringLiteral("web"), QStringLiteral("node2"));
                if (!s || s->draining() != drained)
                    return false;
            }
            return monitor->states().size() == 3;
        };
        QVERIFY(drainedEverywhere(false));

        // Select web/node2 and drain it: every node's HAProxy drains it, the table says so, the
        // audit log has a line per node.
        view->setConfirmation(false);
        table->selectRow(model->rowOf(QStringLiteral("web"), QStringLiteral("node2")));
        view->findChild<QToolButton*>(QStringLiteral("haproxyDrain"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(drainedEverywhere(true), 20000);
        QTRY_COMPARE(model->index(model->rowOf(QStringLiteral("web"), QStringLiteral("node2")), haproxy::ServerTableModel::AdminColumn)
                         .data()
                         .toString(),
                     QStringLiteral("drain"));
        QFile audit(m_dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        QCOMPARE(audit.readAll().count("set server web/node2 state drain"), 3);
        // The Commands tab's audit log shows them, a row per node.
        QAbstractItemModel* auditLog = m_page->findChild<QTableView*>(QStringLiteral("auditLog"))->model();
        int drains = 0;
        for (int row = 0; row < auditLog->rowCount(); ++row)
            drains += auditLog->index(row, 4).data(Qt::ToolTipRole).toString().contains(QLatin1String("set server web/node2 state drain"));
        QCOMPARE(drains, 3);
        // The Events tab has the console's action and what HAProxy did, on every node.
        const auto hasEvent = [this](pcmk::ClusterEvent::Kind kind, const QString& subject, const QString& start) {
            const QList<pcmk::ClusterEvent>& events = m_page->session()->eventModel()->events();
            return std::any_of(events.cbegin(), events.cend(), [&](const pcmk::ClusterEvent& e) {
                return e.kind == kind && (subject.isEmpty() || e.subject == subject) && e.text.startsWith(start);
            });
        };
        // A round may catch the drain on some nodes and the next round the others: together
        // they name every node.
        const auto drainedOn = [this] {
            const QString drained = QStringLiteral("ready → drain on ");
            QStringList nodes;
            for (const pcmk::ClusterEvent& e : m_page->session()->eventModel()->events())
                if (e.kind == pcmk::ClusterEvent::Kind::Balancer && e.subject == u"web/node2" && e.text.startsWith(drained))
                    nodes << e.text.mid(drained.size()).section(u'\'', 0, 0).split(QStringLiteral(", "));
            nodes.sort();
            nodes.removeDuplicates();
            return nodes;
        };
        QTRY_COMPARE(drainedOn(), (QStringList{QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")}));
        QVERIFY(hasEvent(pcmk::ClusterEvent::Kind::Console, {}, QString()));

        // "Ready node2 in every backend" from the node menu undoes it.
        QMenu* nodes = view->findChild<QToolButton*>(QStringLiteral("haproxyNodeActions"))->menu();
        Q_EMIT nodes->aboutToShow();
        nodes->findChild<QAction*>(QStringLiteral("action-ready-node-node2"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(drainedEverywhere(false), 20000);
        QVERIFY(view->divergence().isEmpty());

        // A drain sent to node1's HAProxy alone, by hand, behind HAdesk's back: the view shows
        // every node's state of the server side by side and warns.
        const auto sendOn = [](const char* node, const char* command) {
            LabFixture::run({QStringLiteral("exec"), QLatin1String(node), QStringLiteral("python3"), QStringLiteral("-c"),
                             QStringLiteral("import socket; s = socket.socket(socket.AF_UNIX); s.connect('/run/haproxy/admin.sock'); "
                                            "s.sendall(b'%1\\n'); print(s.recv(4096).decode())")
                                 .arg(QLatin1String(command))});
        };
        sendOn("node1", "set server web/node2 state drain");
        QTRY_VERIFY_WITH_TIMEOUT(view->divergence().contains(QLatin1String("web/node2: drain on node1; ready on node2, node3")), 20000);
        const int row = model->rowOf(QStringLiteral("web"), QStringLiteral("node2"));
        QVERIFY(model->index(row, 0).data(haproxy::ServerTableModel::DiffersRole).toBool());
        QVERIFY(model->index(row, haproxy::ServerTableModel::EveryNodeColumn).data().toString().contains(QLatin1String("drain on node1")));
        sendOn("node1", "set server web/node2 state ready");
        QTRY_VERIFY_WITH_TIMEOUT(view->divergence().isEmpty(), 20000);

        // The charts follow the traffic: a series per backend, a point per poll.
        QTRY_VERIFY_WITH_TIMEOUT(monitor->history().size() >= 3, 20000);
        const auto* web = [view] {
            for (QAbstractSeries* series : view->requestsChart()->series())
                if (series->name() == u"web")
                    return static_cast<QLineSeries*>(series);
            return static_cast<QLineSeries*>(nullptr);
        }();
        QVERIFY(web);
        QVERIFY(web->count() >= 3);
        // Under a steady 10 requests per second the line drawn is flat near 10, with the console's
        // other reads sharing the connections (the saw-tooth between 0 and 17 was seen here).
        SteadyLoad load(QStringLiteral("198.19.0.100"), 80, 10);
        load.start();
        // Two rounds for the load to show in the counters, then the rounds of the next 12 s.
        const auto roundsAfter = [monitor](const QDateTime& since) {
            return std::count_if(monitor->history().cbegin(), monitor->history().cend(),
                                 [&](const haproxy::TrafficSample& s) { return s.time > since; });
        };
        const QDateTime started = QDateTime::currentDateTimeUtc();
        QTRY_VERIFY_WITH_TIMEOUT(roundsAfter(started) >= 2, 20000);
        const QDateTime measured = QDateTime::currentDateTimeUtc();
        const qreal since = qreal(measured.toMSecsSinceEpoch());
        QTRY_VERIFY_WITH_TIMEOUT(roundsAfter(measured) >= 6, 30000);
        load.stop();
        QStringList drawn;
        bool steady = true;
        for (const QPointF& point : web->points()) {
            if (point.x() < since)
                continue;
            drawn << QString::number(point.y(), 'f', 1);
            steady = steady && point.y() > 7 && point.y() < 13;
        }
        QVERIFY2(drawn.size() >= 4 && steady, qPrintable(QStringLiteral("drawn: ") + drawn.join(u' ')));
        qInfo("the web line under 10 req/s: %s", qPrintable(drawn.join(u' ')));
        // Another tab in front: the polling stops (the Overview's health lines ask at a glance's
        // pace only while it shows).
        QVERIFY(m_page->showView(QStringLiteral("graph")));
        QVERIFY(!monitor->isPolling());
        QVERIFY(m_page->showView(QStringLiteral("overview")));
        QVERIFY(monitor->isPolling());
        QVERIFY(m_page->showView(QStringLiteral("graph")));
        QVERIFY(!monitor->isPolling());
    }

    void editsTheHaproxyConfigurationOfEveryNode()
    {
        QVERIFY(m_page->showView(QStringLiteral("haproxy")));
        HaproxyView* view = m_page->haproxy();
        view->setConfirmation(false);
        haproxy::HaproxyMonitor* monitor = m_page->session()->haproxy();
        bool ran = false;
        QTimer::singleShot(0, view, [&] {
            auto* dialog = qobject_cast<HaproxyConfigDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto closing = qScopeGuard([dialog] { dialog->reject(); });
            QPlainTextEdit* text = dialog->editor();
            QPlainTextEdit* report = dialog->report();
            QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(QLatin1String("frontend web-ext")) && !text->isReadOnly(),
                                     30000);
            const QString original = text->toPlainText();
            const auto nodeFile = [monitor](const QString& node) {
                haproxy::ConfigNode where;
                where.name = node;
                where.connection = monitor->connectionOf(node);
                haproxy::ConfigReadJob read({where}, QStringLiteral("lab"));
                QSignalSpy finished(&read, &jobs::Job::finished);
                read.start();
                finished.wait(30000);
                return read.snapshots().isEmpty() ? read.outcomeText().toUtf8() : read.snapshots().first().second.sha256;
            };

            // A typo: haproxy -c says so, and an install changes nothing anywhere.
            QString broken = original;
            broken.replace(QLatin1String("balance roundrobin"), QLatin1String("balance roundrobbin"));
            text->setPlainText(broken);
            dialog->checkText();
            QTRY_VERIFY_WITH_TIMEOUT(report->toPlainText().startsWith(QLatin1String("HAProxy refuses it")), 30000);
            QVERIFY2(report->toPlainText().contains(QLatin1String("balance")), qPrintable(report->toPlainText()));
            dialog->installText();
            QTRY_VERIFY_WITH_TIMEOUT(report->toPlainText().contains(QLatin1String("rejected by haproxy -c")), 30000);
            QCOMPARE(nodeFile(QStringLiteral("node3")), haproxy::ConfigFile::digest(original.toUtf8()));

            // A real edit goes live on every node, and back again the same way.
            QString edited = original;
            edited.replace(QLatin1String("timeout client 30s"), QLatin1String("timeout client 31s"));
            QVERIFY(edited != original);
            for (const QString& version : {edited, original}) {
                text->setPlainText(version);
                dialog->installText();
                QTRY_VERIFY_WITH_TIMEOUT(report->toPlainText().startsWith(QLatin1String("installed and reloaded on 3")),
                                         60000);
                for (const QString& node : monitor->nodes())
                    QCOMPARE(nodeFile(node), haproxy::ConfigFile::digest(version.toUtf8()));
            }
            ran = true;
        });
        view->editConfiguration();
        QVERIFY(ran);
        QFile audit(m_dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        // 3 + 3 installs (the refused one changed nothing: haproxy -c refused it before any install).
        QCOMPARE(audit.readAll().count("haproxy-config-install"), 6);
    }

    void movesAResourceByDraggingIt()
    {
        ClusterSession* session = m_page->session();
        QVERIFY(m_page->showView(QStringLiteral("graph")));
        ResourceGraphView* graph = m_page->graph();
        graph->fit();
        QTRY_VERIFY(!graph->itemPosition(QStringLiteral("vip-ext")).isNull());
        QTRY_VERIFY(!graph->isGliding());
        const QString from = session->state().resource(QStringLiteral("vip-ext"))->activeOn.value(0);
        const QString to = from == u"node1" ? QStringLiteral("node2") : QStringLiteral("node1");
        const QPoint start = graph->itemPosition(QStringLiteral("vip-ext"));
        const QPoint end = graph->nodePosition(to);
        QVERIFY(!end.isNull());
        QWidget* viewport = graph->view()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, start);
        // Moves with the button held, as a hand would: QTest::mouseMove sends no buttons.
        for (int step = 1; step <= 10; ++step) {
            const QPoint at = start + (end - start) * step / 10;
            QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QApplication::sendEvent(viewport, &move);
        }
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, end);
        // The item goes back where it was until the cluster has moved the resource.
        QCOMPARE(graph->itemPosition(QStringLiteral("vip-ext")), start);
        previewAndApply(QStringLiteral("vip-ext moves %1 → %2").arg(from, to));
        QTRY_COMPARE_WITH_TIMEOUT(session->state().resource(QStringLiteral("vip-ext"))->activeOn, QStringList{to}, 30000);
    }

    void putsANodeInStandbyFromItsCard()
    {
        ClusterSession* session = m_page->session();
        QVERIFY(m_page->showView(QStringLiteral("overview")));
        QWidget* card = nullptr;
        QTRY_VERIFY((card = m_page->findChild<QWidget*>(QStringLiteral("node-card-node2"))) != nullptr);
        QVERIFY(chooseFromContextMenu(card, card->rect().center(), QStringLiteral("action-standby")));
        previewAndApply();
        QTRY_VERIFY_WITH_TIMEOUT(session->state().node(QStringLiteral("node2"))->standby, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(session->state().node(QStringLiteral("node2"))->resourcesRunning == 0, 60000);
        // The graph draws node2 as in standby, not as an online node.
        QVERIFY(m_page->showView(QStringLiteral("graph")));
        QTRY_COMPARE(m_page->graph()->nodeState(QStringLiteral("node2")), QStringLiteral("standby"));
        QCOMPARE(m_page->graph()->nodeState(QStringLiteral("node1")), QString());
        QVERIFY(!m_page->graph()->resourcesDrawnOn(QStringLiteral("node2")).contains(QStringLiteral("haproxy-clone")));
    }

    void readOnlyOffersNothing()
    {
        QString error;
        QVERIFY(m_store->setReadOnly(QStringLiteral("lab"), true, &error));
        m_page->session()->setReadOnly(true);
        QTreeView* view = m_page->resourceView();
        m_page->showView(QStringLiteral("resources"));
        const QModelIndex index = findResource(view->model(), QStringLiteral("api"));
        QVERIFY(!chooseFromContextMenu(view, view->visualRect(index).center(), QStringLiteral("action-stop")));
        QVERIFY(!m_page->session()->preview(pcmk::ClusterOperation{}));
        QVERIFY(m_store->setReadOnly(QStringLiteral("lab"), false, &error));
        m_page->session()->setReadOnly(false);
    }

    void addsTheLabByAddressAndTrustsItsKeys()
    {
        // A new operator: no known_hosts, no agent. Each node's key is shown before it is trusted.
        const QString home = m_dir.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home));
        qputenv("HOME", home.toUtf8());
        qunsetenv("SSH_AUTH_SOCK");
        m_window->findChild<QAction*>(QStringLiteral("addClusterAction"))->trigger();
        AddClusterDialog* dialog = nullptr;
        const auto visibleAddDialog = [this] {
            for (AddClusterDialog* d : m_window->findChildren<AddClusterDialog*>()) {
                if (d->isVisible())
                    return d;
            }
            return static_cast<AddClusterDialog*>(nullptr);
        };
        QTRY_VERIFY((dialog = visibleAddDialog()) != nullptr);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nodeAddresses")),
                         QStringLiteral("198.19.0.11 198.19.0.12 198.19.0.13"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("loginUser")), QStringLiteral("root"));
        auto* auth = dialog->findChild<QComboBox*>(QStringLiteral("authMethod"));
        auth->setCurrentIndex(auth->findData(int(NodeLogin::Auth::KeyFile)));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("keyFile")),
                         LabFixture::sshConfig().section(u'/', 0, -2) + QLatin1String("/id_ed25519"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("clusterName")), QStringLiteral("lab-by-address"));
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY2(ok->isEnabled(), qPrintable(dialog->findChild<QLabel*>(QStringLiteral("message"))->text()));
        ok->click();
        QTRY_VERIFY(visibleAddDialog() == nullptr);

        ClusterPage* page = m_window->openCluster(QStringLiteral("lab-by-address"));
        QVERIFY(page);
        QStringList trusted;
        QList<qsizetype> dialogs; // how many nodes each host-key dialog listed
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (SshPromptDialog* prompt : m_window->findChildren<SshPromptDialog*>()) {
                    if (!prompt->isVisible())
                        continue;
                    if (prompt->prompt().kind != ssh::Prompt::Kind::UnknownHostKey)
                        return true; // a password: the key was not used
                    // The nodes asking at about the same time share one dialog.
                    for (const QLabel* fingerprint : prompt->findChildren<QLabel*>(QStringLiteral("fingerprint"))) {
                        if (!fingerprint->text().startsWith(QLatin1String("SHA256:")))
                            return true;
                        trusted << fingerprint->text();
                    }
                    dialogs << prompt->hosts().size();
                    prompt->findChild<QPushButton*>(QStringLiteral("acceptButton"))->click();
                }
                return page->session()->hasState() && trusted.size() == 3;
            },
            60000));
        QCOMPARE(trusted.size(), 3);
        qInfo("host-key dialogs: %s", qPrintable(QString::number(dialogs.size())));
        QVERIFY2(dialogs.size() < 3, "every node asked in a dialog of its own");
        QVERIFY(page->session()->hasState());
        QCOMPARE(page->session()->nodeModel()->rowCount(), 3);
        // The keys went to the operator's known_hosts, under the addresses typed.
        QFile knownHosts(home + QLatin1String("/.ssh/known_hosts"));
        QVERIFY(knownHosts.open(QIODevice::ReadOnly));
        const QByteArray known = knownHosts.readAll();
        for (const char* address : {"198.19.0.11", "198.19.0.12", "198.19.0.13"})
            QVERIFY2(known.contains(address), known.constData());

        QString error;
        QVERIFY(m_store->remove(QStringLiteral("lab-by-address"), &error));
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
