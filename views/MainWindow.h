#pragma once

#include <QMainWindow>

#include <QHash>
#include <QPointer>

#include <functional>

class QAction;
class QStackedWidget;
class QTreeView;

namespace hadesk {
class ClusterSession;
class ClusterStore;
class ClusterTreeModel;
class CommandLogModel;
} // namespace hadesk

namespace hadesk::views {

class ClusterPage;
class HostStatusBar;
class JobStatusWidget;
class SshPromptDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ClusterStore* store, QWidget* parent = nullptr);

    QTreeView* clusterView() const { return m_clusterView; }

    // Opens a cluster (connecting on first use) and shows its page; by name, or by the ssh
    // alias of one of its nodes. Returns nullptr if no cluster matches.
    ClusterPage* openCluster(const QString& nameOrHost);
    ClusterPage* currentPage() const;
    // An offline CIB file, read-only, in a page of its own (not kept in the cluster list). The
    // page shows at once and fills once the file is read; one that cannot be read goes again,
    // with a message and fileFailed().
    ClusterPage* openFile(const QString& cibFile);
    HostStatusBar* hostStatus() const { return m_hostStatus; }
    JobStatusWidget* jobStatus() const { return m_jobStatus; }

    // Closing while a drill runs asks first (the clusters' names given); tests answer for the
    // operator. Yes aborts every drill, recovers, and closes once they have ended.
    void setAbortDrillsOnClose(std::function<bool(const QString& clusters)> ask) { m_askAbortDrills = std::move(ask); }

Q_SIGNALS:
    void fileFailed(const QString& cibFile, const QString& error);

protected:
    void closeEvent(QCloseEvent* event) override;

public Q_SLOTS:
    void addCluster();
    // Cluster ▸ New Cluster…: the setup wizard, bare hosts to a running cluster.
    void newCluster();
    void chooseFile();
    void removeSelectedCluster();
    void showAbout();

private:
    void showInStatusBar(ClusterSession* session);
    void createMenus();
    void createResourceMenu();
    void createViewMenu();
    void updateEmptyState();
    void closeRemovedClusters();
    // Takes a page and its session away; Later when called from inside the session's signals.
    enum class Deletion { Now, Later };
    void closePage(ClusterPage* page, ClusterSession* session, Deletion deletion);
    void showSelectedCluster();
    void toggleReadOnly(bool readOnly);
    QString selectedClusterName() const;

    ClusterStore* m_store;
    ClusterTreeModel* m_model;
    QStackedWidget* m_pages;
    QTreeView* m_clusterView;
    QStackedWidget* m_clusterPages;
    HostStatusBar* m_hostStatus;
    JobStatusWidget* m_jobStatus;
    CommandLogModel* m_commandLog;
    QHash<QString, ClusterSession*> m_sessions;
    QHash<ClusterSession*, QPointer<SshPromptDialog>> m_hostKeyDialogs; // the one taking new host keys
    QHash<QString, ClusterPage*> m_pagesByCluster;
    QAction* m_removeAction = nullptr;
    QAction* m_readOnlyAction = nullptr;
    std::function<bool(const QString&)> m_askAbortDrills;
    bool m_closingAfterDrills = false;
};

} // namespace hadesk::views
