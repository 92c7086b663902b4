#pragma once

#include <QString>

class QMenu;
class QWidget;

namespace hadesk {
class ClusterSession;
}

namespace hadesk::views {

// The backend's operations as menu entries: each builds its checked operation and opens the
// preview dialog. Nothing is offered for a read-only cluster.
class ActionMenus
{
public:
    static void addResourceActions(QMenu* menu, ClusterSession* session, const QString& resource, QWidget* parent);
    static void addNodeActions(QMenu* menu, ClusterSession* session, const QString& node, QWidget* parent);
    // Cleans up one resource's failures (on one node, or everywhere).
    static void cleanup(ClusterSession* session, const QString& resource, const QString& node, QWidget* parent);
    // One of ClusterOperation::forResource's actions without a node (start, stop, clear, ...).
    static void run(ClusterSession* session, const QString& action, const QString& resource, QWidget* parent);
    // Asks first, then previews the deletion.
    static void deleteResource(ClusterSession* session, const QString& resource, QWidget* parent);
    static void createResource(ClusterSession* session, QWidget* parent);
    static void addConstraint(ClusterSession* session, const QString& resource, QWidget* parent);
};

} // namespace hadesk::views
