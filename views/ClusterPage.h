#pragma once

#include <QTabWidget>

class QAbstractItemModel;
class QTableView;
class QTextBrowser;
class QTreeView;

namespace hadesk {
class ClusterSession;
}

namespace hadesk::views {

class DrbdView;
class DrillsView;
class HaproxyView;
class JobsView;
class NetworkView;
class OverviewWidget;
class ResourceGraphView;

// One open cluster: the overview, the resources with their details, the placement grid, the
// event timeline and the command log, all following the cluster live.
class ClusterPage : public QTabWidget
{
    Q_OBJECT

public:
    ClusterPage(ClusterSession* session, QAbstractItemModel* commandLog, QWidget* parent = nullptr);

    ClusterSession* session() const { return m_session; }
    QTreeView* resourceView() const { return m_resourceView; }
    QTableView* placementView() const { return m_placementView; }
    QTextBrowser* resourceDetails() const { return m_details; }
    ResourceGraphView* graph() const { return m_graph; }
    NetworkView* network() const { return m_network; }
    HaproxyView* haproxy() const { return m_haproxy; }
    DrbdView* drbd() const { return m_drbd; }
    DrillsView* drills() const { return m_drills; }
    JobsView* jobs() const { return m_jobs; }
    // The resource the operator has selected on the tab in front (tree, graph or grid).
    // The detail panel of the Resources tab on this resource (as selecting it in the tree does).
    void showResource(const QString& resource) { showDetails(resource); }
    QString selectedResource() const;
    // Tabs by their object names: overview, graph, network, haproxy, drbd, resources, placement, events, drills, commands, jobs.
    bool showView(const QString& name);
    static QStringList viewNames();
    // What the tabs say, in the same order.
    static QStringList viewTitles();

private:
    QWidget* resourcesTab();
    QWidget* placementTab();
    QWidget* eventsTab();
    QWidget* commandsTab(QAbstractItemModel* commandLog);
    void showDetails(const QString& resource);
    void resourceMenu(const QPoint& at);

    ClusterSession* m_session;
    OverviewWidget* m_overview;
    ResourceGraphView* m_graph = nullptr;
    NetworkView* m_network = nullptr;
    HaproxyView* m_haproxy = nullptr;
    DrbdView* m_drbd = nullptr;
    DrillsView* m_drills = nullptr;
    JobsView* m_jobs = nullptr;
    QTreeView* m_resourceView = nullptr;
    QTableView* m_placementView = nullptr;
    QTextBrowser* m_details = nullptr;
    QString m_detailsFor;
};

} // namespace hadesk::views
