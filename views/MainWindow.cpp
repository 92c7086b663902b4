#include "views/MainWindow.h"

#include "backend/jobs/Job.h"
#include "backend/pacemaker/ClusterFetch.h"

#include "backend/ClusterSession.h"
#include "backend/ClusterStore.h"
#include "backend/ClusterTreeModel.h"
#include "backend/CommandLogModel.h"
#include "views/AboutDialog.h"
#include "views/ActionMenus.h"
#include "views/AddClusterDialog.h"
#include "views/ClusterPage.h"
#include "views/NetworkView.h"
#include "views/Dialogs.h"
#include "views/DrillsView.h"
#include "views/HostStatusBar.h"
#include "views/JobsView.h"
#include "views/SetupWizard.h"
#include "views/SshPromptDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMessageBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace hadesk::views {
namespace {

enum Page { EmptyPage, ClustersPage };

} // namespace

MainWindow::MainWindow(ClusterStore* store, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_model(new ClusterTreeModel(store, this))
    , m_pages(new QStackedWidget(this))
    , m_clusterView(new QTreeView(this))
    , m_clusterPages(new QStackedWidget(this))
    , m_hostStatus(new HostStatusBar(this))
    , m_jobStatus(new JobStatusWidget(this))
    , m_commandLog(new CommandLogModel(ssh::CommandLog::instance(), this))
{
    setWindowTitle(tr("HAdesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hadesk.svg")));
    setObjectName(QStringLiteral("mainWindow"));

    auto* empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("emptyPage"));
    auto* emptyText = new QLabel(tr("<h3>No clusters yet</h3>"
                                    "<p>Add a cluster by choosing the OpenSSH configuration its "
                                    "nodes are reached through.</p>"),
                                 empty);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    auto* addButton = new QPushButton(tr("Add Cluster…"), empty);
    addButton->setObjectName(QStringLiteral("addClusterButton"));
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(addButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    connect(addButton, &QPushButton::clicked, this, &MainWindow::addCluster);

    m_clusterView->setObjectName(QStringLiteral("clusterView"));
    m_clusterView->setModel(m_model);
    m_clusterView->setUniformRowHeights(true);
    m_clusterView->header()->setSectionResizeMode(ClusterTreeModel::NameColumn,
                                                  QHeaderView::ResizeToContents);

    auto* pick = new QLabel(tr("Select a cluster to open it."), m_clusterPages);
    pick->setAlignment(Qt::AlignCenter);
    m_clusterPages->addWidget(pick);
    auto* split = new QSplitter(this);
    split->setObjectName(QStringLiteral("clustersPage"));
    m_pages->setObjectName(QStringLiteral("pages"));
    split->addWidget(m_clusterView);
    split->addWidget(m_clusterPages);
    split->setStretchFactor(1, 4);
    split->setSizes({220, 980});
    m_pages->insertWidget(EmptyPage, empty);
    m_pages->insertWidget(ClustersPage, split);
    setCentralWidget(m_pages);
    statusBar()->addPermanentWidget(m_jobStatus);
    statusBar()->addPermanentWidget(m_hostStatus);

    createMenus();
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_clusterView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] {
                const QString name = selectedClusterName();
                m_removeAction->setEnabled(!name.isEmpty());
                m_readOnlyAction->setEnabled(!name.isEmpty());
                const int row = m_store->indexOf(name);
                m_readOnlyAction->setChecked(row >= 0 && m_store->clusters().at(row).readOnly);
                showSelectedCluster();
            });
    updateEmptyState();
    resize(1200, 760);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open CIB File…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Look at a saved CIB (cibadmin --query, crm_report) offline, read-only"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* cluster = menuBar()->addMenu(tr("&Cluster"));
    QAction* add = cluster->addAction(tr("&Add Cluster…"), this, &MainWindow::addCluster);
    add->setObjectName(QStringLiteral("addClusterAction"));
    add->setShortcut(QKeySequence::New);
    QAction* build = cluster->addAction(tr("&New Cluster…"), this, &MainWindow::newCluster);
    build->setObjectName(QStringLiteral("newClusterAction"));
    m_removeAction = cluster->addAction(tr("&Remove Cluster"), this,
                                        &MainWindow::removeSelectedCluster);
    m_removeAction->setObjectName(QStringLiteral("removeClusterAction"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setEnabled(false);
    m_readOnlyAction = cluster->addAction(tr("&Read-only"), this, &MainWindow::toggleReadOnly);
    m_readOnlyAction->setObjectName(QStringLiteral("readOnlyAction"));
    m_readOnlyAction->setCheckable(true);
    m_readOnlyAction->setEnabled(false);

    createResourceMenu();
    createViewMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About HAdesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

// The common actions on the resource selected in the tab in front, from the keyboard too. Each
// still goes through its preview.
void MainWindow::createResourceMenu()
{
    QMenu* menu = menuBar()->addMenu(tr("&Resource"));
    using Handler = std::function<void(ClusterSession*, const QString& resource, QWidget* parent)>;
    const auto onSelected = [this, menu](const QString& text, const QString& name, const QKeySequence& keys,
                                         const Handler& handler) {
        QAction* entry = menu->addAction(text);
        entry->setObjectName(QStringLiteral("shortcut-") + name);
        entry->setShortcut(keys);
        connect(entry, &QAction::triggered, this, [this, handler] {
            ClusterPage* page = currentPage();
            const QString resource = page ? page->selectedResource() : QString();
            if (resource.isEmpty())
                statusBar()->showMessage(tr("Select a resource first."), 4000);
            else
                handler(page->session(), resource, page);
        });
    };
    // forResource's actions that take no node.
    const auto runs = [&](const QString& text, const QString& action, const QKeySequence& keys) {
        onSelected(text, action, keys, [action](ClusterSession* session, const QString& resource, QWidget* parent) {
            ActionMenus::run(session, action, resource, parent);
        });
    };
    runs(tr("&Start"), QStringLiteral("start"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    runs(tr("S&top"), QStringLiteral("stop"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    runs(tr("&Restart"), QStringLiteral("restart"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    runs(tr("&Move Away"), QStringLiteral("move"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    runs(tr("C&lear Moves and Bans"), QStringLiteral("clear"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    runs(tr("Clean &Up Failures"), QStringLiteral("cleanup"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    onSelected(tr("Add &Constraint…"), QStringLiteral("constraint"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
               &ActionMenus::addConstraint);
    onSelected(tr("&Delete…"), QStringLiteral("delete"), QKeySequence(Qt::SHIFT | Qt::Key_Delete),
               &ActionMenus::deleteResource);
    menu->addSeparator();
    QAction* create = menu->addAction(tr("&New Resource…"));
    create->setObjectName(QStringLiteral("newResourceAction"));
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(create, &QAction::triggered, this, [this] {
        if (ClusterPage* page = currentPage())
            ActionMenus::createResource(page->session(), page);
    });
}

// Ctrl+1 … Ctrl+9, Ctrl+0: the first ten tabs of the open cluster, in order.
void MainWindow::createViewMenu()
{
    QMenu* menu = menuBar()->addMenu(tr("&View"));
    const QStringList titles = ClusterPage::viewTitles();
    const QStringList names = ClusterPage::viewNames();
    for (int i = 0; i < names.size(); ++i) {
        QAction* entry = menu->addAction(titles.value(i));
        if (i < 10)
            entry->setShortcut(QKeySequence(Qt::CTRL | (i < 9 ? Qt::Key(Qt::Key_1 + i) : Qt::Key_0)));
        connect(entry, &QAction::triggered, this, [this, name = names.at(i)] {
            if (ClusterPage* page = currentPage())
                page->showView(name);
        });
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QList<DrillsView*> running;
    QStringList clusters;
    for (ClusterPage* page : std::as_const(m_pagesByCluster))
        if (page->drills() && page->drills()->isRunning()) {
            running << page->drills();
            clusters << page->session()->name();
        }
    if (running.isEmpty()) {
        QMainWindow::closeEvent(event);
        return;
    }
    // A drill left running would leave its fault in the cluster: it is aborted and recovered
    // first, and the window closes once every drill has ended.
    event->ignore();
    if (m_closingAfterDrills)
        return;
    const QString names = clusters.join(QStringLiteral(", "));
    const bool abort = m_askAbortDrills
                           ? m_askAbortDrills(names)
                           : QMessageBox::question(this, tr("A drill is running"),
                                                   tr("A failover drill is running on %1. Closing aborts it: its fault is "
                                                      "undone, the cluster recovered and proven restored, then the console "
                                                      "closes. Abort the drill and close?").arg(names),
                                                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
    if (!abort)
        return;
    m_closingAfterDrills = true;
    statusBar()->showMessage(tr("Aborting the drill on %1 and recovering the cluster before closing…").arg(names));
    for (DrillsView* drills : std::as_const(running)) {
        connect(drills, &DrillsView::finished, this, [this] {
            const bool stillRunning = std::any_of(m_pagesByCluster.cbegin(), m_pagesByCluster.cend(), [](ClusterPage* page) {
                return page->drills() && page->drills()->isRunning();
            });
            if (!stillRunning)
                close();
        });
        drills->abort();
    }
}

void MainWindow::closePage(ClusterPage* page, ClusterSession* session, Deletion deletion)
{
    if (m_hostStatus && page == currentPage())
        showInStatusBar(nullptr);
    m_clusterPages->removeWidget(page);
    if (deletion == Deletion::Later) {
        page->deleteLater();
        session->deleteLater();
    } else {
        delete page;
        delete session;
    }
}

// A cluster removed from the list takes its page and its connections with it.
void MainWindow::closeRemovedClusters()
{
    for (const QString& name : m_pagesByCluster.keys()) {
        if (m_store->indexOf(name) >= 0)
            continue;
        closePage(m_pagesByCluster.take(name), m_sessions.take(name), Deletion::Now);
    }
}

void MainWindow::updateEmptyState()
{
    closeRemovedClusters();
    const int count = m_model->rowCount();
    // An offline file open without any cluster in the list still has its page.
    const bool pagesOpen = m_clusterPages->count() > 1;
    m_pages->setCurrentIndex(count == 0 && !pagesOpen ? EmptyPage : ClustersPage);
    if (count > 0)
        m_clusterView->expandAll();
    statusBar()->showMessage(tr("%n cluster(s)", nullptr, count));
}

QString MainWindow::selectedClusterName() const
{
    return m_clusterView->currentIndex().data(ClusterTreeModel::ClusterNameRole).toString();
}

void MainWindow::showSelectedCluster()
{
    const QString name = selectedClusterName();
    if (!name.isEmpty())
        openCluster(name);
}

ClusterPage* MainWindow::openCluster(const QString& nameOrHost)
{
    const ClusterProfile* profile = m_store->find(nameOrHost);
    if (!profile)
        return nullptr;
    const QString name = profile->name;
    ClusterPage* page = m_pagesByCluster.value(name);
    if (!page) {
        auto* session = new ClusterSession(*profile, this);
        m_sessions.insert(name, session);
        connect(session, &ClusterSession::promptRequested, this, [this, session](const ssh::Prompt& prompt) {
            // The nodes' new keys, asked while one is still open: one dialog for them all.
            QPointer<SshPromptDialog>& hostKeys = m_hostKeyDialogs[session];
            if (hostKeys && hostKeys->addHostKey(prompt))
                return;
            auto* dialog = new SshPromptDialog(prompt, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &SshPromptDialog::answered, session, &ClusterSession::answerPrompt);
            if (prompt.kind == ssh::Prompt::Kind::UnknownHostKey)
                hostKeys = dialog;
            dialog->open();
        });
        page = new ClusterPage(session, m_commandLog, m_clusterPages);
        connect(page->network(), &NetworkView::segmentLabelsEdited, this,
                [this, name](const QMap<QString, SegmentLabel>& labels) {
                    QString error;
                    if (!m_store->setSegmentLabels(name, labels, &error))
                        QMessageBox::warning(this, tr("Segments"), error);
                });
        m_pagesByCluster.insert(name, page);
        m_clusterPages->addWidget(page);
        session->open();
    }
    m_clusterPages->setCurrentWidget(page);
    showInStatusBar(page->session());
    return page;
}

ClusterPage* MainWindow::openFile(const QString& cibFile)
{
    ClusterProfile profile;
    profile.name = QFileInfo(cibFile).fileName();
    auto* session = new ClusterSession(profile, this);
    auto* page = new ClusterPage(session, m_commandLog, m_clusterPages);
    m_clusterPages->addWidget(page);
    m_clusterPages->setCurrentWidget(page);
    m_pages->setCurrentIndex(ClustersPage);
    showInStatusBar(session);
    statusBar()->showMessage(tr("Reading %1…").arg(cibFile));
    pcmk::CibFileJob* job = session->openFile(cibFile);
    connect(job, &jobs::Job::finished, page, [this, page, session, job, cibFile] {
        if (job->state() == jobs::JobState::Succeeded) {
            statusBar()->showMessage(job->note().isEmpty() ? tr("%1 (offline, read-only)").arg(cibFile) : job->note());
            return;
        }
        // A file that cannot be read leaves no page behind; the window never waits on the box.
        const QString error = job->state() == jobs::JobState::Cancelled ? job->outcomeText() : job->error();
        closePage(page, session, Deletion::Later); // this runs in a signal of the session's own job
        updateEmptyState();
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Open CIB File"), error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT fileFailed(cibFile, error);
    });
    return page;
}

void MainWindow::chooseFile()
{
    const QString path = Dialogs::openFileName(this, tr("Open CIB File"), QDir::homePath());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showInStatusBar(ClusterSession* session)
{
    m_hostStatus->setSession(session);
    m_jobStatus->setJobs(session ? session->jobs() : nullptr);
}

ClusterPage* MainWindow::currentPage() const
{
    return qobject_cast<ClusterPage*>(m_clusterPages->currentWidget());
}

void MainWindow::toggleReadOnly(bool readOnly)
{
    const QString name = selectedClusterName();
    QString error;
    if (name.isEmpty() || !m_store->setReadOnly(name, readOnly, &error)) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Read-only"), error);
        return;
    }
    if (ClusterSession* session = m_sessions.value(name))
        session->setReadOnly(readOnly);
}

void MainWindow::addCluster()
{
    // Window-modal but not blocking, so the event loop (and tests) keep running.
    auto* dialog = new AddClusterDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::newCluster()
{
    auto* wizard = new SetupWizard(m_store, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &SetupWizard::clusterBuilt, this, [this](const QString& name) { openCluster(name); });
    wizard->open();
}

void MainWindow::removeSelectedCluster()
{
    const QString name = selectedClusterName();
    if (name.isEmpty())
        return;
    const auto answer = Dialogs::question(
        this, tr("Remove Cluster"),
        tr("Remove '%1' from the console? The cluster itself is not changed.").arg(name));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_store->remove(name, &error))
        QMessageBox::warning(this, tr("Remove Cluster"), error);
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace hadesk::views
