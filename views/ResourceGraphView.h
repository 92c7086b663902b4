#pragma once

#include "backend/pacemaker/GraphLayout.h"

#include <QColor>
#include <QHash>
#include <QTimer>
#include <QWidget>

class QGraphicsItem;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QLineEdit;
class QVariantAnimation;

namespace hadesk {
class ClusterSession;
}

namespace hadesk::views {

class ResourceItem;

// How a node's frame is drawn when the node is not simply online: the state in words (after the
// node's name), a border and a hatch of its own.
struct NodeLook
{
    QString state; // empty: online
    QColor colour;
    Qt::PenStyle line = Qt::SolidLine;
    Qt::BrushStyle pattern = Qt::NoBrush;
    double width = 1.5;
};

// The resource graph: what runs where, laid out by Graphviz (backend GraphLayout), with the
// colocation and order constraints between resources. Follows the cluster live: a state change
// recolours the items in place; only a change of structure (a move, a new resource or
// constraint) lays the graph out again, keeping the items that stay. Zoom, pan, fit, search,
// export as PNG or SVG; right-click for the operations.
class ResourceGraphView : public QWidget
{
    Q_OBJECT

public:
    explicit ResourceGraphView(ClusterSession* session, QWidget* parent = nullptr);

    QGraphicsView* view() const { return m_view; }
    // The item's centre in view coordinates, for tests and drag and drop; null if absent.
    QPoint itemPosition(const QString& resource) const;
    // The centre of a node's frame in view coordinates; null if absent.
    QPoint nodePosition(const QString& node) const;
    // A node's frame in scene coordinates (null if absent), and its state as drawn ("standby",
    // "offline", ...; empty for an online node).
    QRectF nodeFrame(const QString& node) const;
    QString nodeState(const QString& node) const;
    // What the graph draws inside a node's frame (resources and clone or bundle instances, by
    // the resource they stand for).
    QStringList resourcesDrawnOn(const QString& node) const;
    // An item's state as drawn ("started", "failed", ...) and its text; an instance by
    // GraphLayout::instanceItem(). Empty if absent.
    QString itemState(const QString& item) const;
    QString itemText(const QString& item) const;
    QString itemToolTip(const QString& item) const;
    // What the graph says above itself (a search that matches nothing, a layout that failed).
    QString message() const;
    static NodeLook nodeLookOf(const pcmk::Node& node);
    // The height in screen pixels of the smallest resource label as drawn now (zoom included).
    double smallestLabelPixels() const;
    // A DRBD resource's box beside its clone: where (view coordinates; null if absent) and what
    // it says.
    QPoint replicationPosition(const QString& drbdResource) const;
    QString replicationText(const QString& drbdResource) const;
    int layoutCount() const { return m_layouts; }
    // How often news of the cluster or of DRBD reached the graph: once per change.
    int updateCount() const { return m_updates; }
    // Items are on their way to a new layout's places.
    bool isGliding() const;
    bool exportTo(const QString& path, QString* error) const;

    // The resource selected in the graph, if any.
    QString selectedResource() const;

    void fit();
    // Location constraints as edges to their node (off by default: moves and bans are noise
    // until one is looked for).
    void setShowLocations(bool show);
    void search(const QString& text);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void relayout();
    void recolour();
    // Promotable clone -> the DRBD resource it runs, as the DRBD monitor sees it now.
    QMap<QString, QString> drbdOf() const;
    void updateReplications();
    void startGlide();
    void glideTo(double progress);
    void finishGlide();
    void contextMenu(const QPoint& at);
    void exportAs();

    ClusterSession* m_session;
    QGraphicsScene* m_scene;
    QGraphicsView* m_view;
    QLabel* m_message;
    QLineEdit* m_search;
    QLabel* m_legend;
    QVariantAnimation* m_glide;
    QHash<ResourceItem*, QPointF> m_gliding; // from where
    QList<QGraphicsItem*> m_fading;           // frames and edges of the new layout
    pcmk::GraphLayout::Options m_options;
    QString m_structure;
    QHash<QString, ResourceItem*> m_items;
    QHash<QString, QGraphicsItem*> m_replications; // by item id, drawn anew with each layout
    QTimer m_reshape; // a window of another shape: the frames in rows and columns to fit it
    int m_layouts = 0;
    int m_updates = 0;
};

} // namespace hadesk::views
