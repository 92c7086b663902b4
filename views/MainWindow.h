#pragma once

#include <QMainWindow>

class QAction;
class QStackedWidget;
class QTreeView;

namespace hadesk {
class ClusterStore;
class ClusterTreeModel;
} // namespace hadesk

namespace hadesk::views {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ClusterStore* store, QWidget* parent = nullptr);

    QTreeView* clusterView() const { return m_clusterView; }

public Q_SLOTS:
    void addCluster();
    void removeSelectedCluster();
    void showAbout();

private:
    void createMenus();
    void updateEmptyState();
    QString selectedClusterName() const;

    ClusterStore* m_store;
    ClusterTreeModel* m_model;
    QStackedWidget* m_pages;
    QTreeView* m_clusterView;
    QAction* m_removeAction = nullptr;
};

} // namespace hadesk::views
