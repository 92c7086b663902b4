#include "views/MainWindow.h"

#include "backend/ClusterStore.h"
#include "backend/ClusterTreeModel.h"
#include "views/AboutDialog.h"
#include "views/AddClusterDialog.h"
#include "views/Dialogs.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

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

    m_pages->insertWidget(EmptyPage, empty);
    m_pages->insertWidget(ClustersPage, m_clusterView);
    setCentralWidget(m_pages);

    createMenus();
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_clusterView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_removeAction->setEnabled(!selectedClusterName().isEmpty()); });
    updateEmptyState();
    resize(900, 600);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* cluster = menuBar()->addMenu(tr("&Cluster"));
    QAction* add = cluster->addAction(tr("&Add Cluster…"), this, &MainWindow::addCluster);
    add->setObjectName(QStringLiteral("addClusterAction"));
    add->setShortcut(QKeySequence::New);
    m_removeAction = cluster->addAction(tr("&Remove Cluster"), this,
                                        &MainWindow::removeSelectedCluster);
    m_removeAction->setObjectName(QStringLiteral("removeClusterAction"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setEnabled(false);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About HAdesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateEmptyState()
{
    const int count = m_model->rowCount();
    m_pages->setCurrentIndex(count == 0 ? EmptyPage : ClustersPage);
    if (count > 0)
        m_clusterView->expandAll();
    statusBar()->showMessage(tr("%n cluster(s)", nullptr, count));
}

QString MainWindow::selectedClusterName() const
{
    return m_clusterView->currentIndex().data(ClusterTreeModel::ClusterNameRole).toString();
}

void MainWindow::addCluster()
{
    // Window-modal but not blocking, so the event loop (and tests) keep running.
    auto* dialog = new AddClusterDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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
