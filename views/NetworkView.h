#pragma once

#include "backend/ClusterProfile.h"
#include "backend/network/NetworkModel.h"

#include <QDialog>
#include <QHash>
#include <QVariantAnimation>
#include <QWidget>

class QScrollArea;
class QListWidget;
class QTableWidget;
class QTextBrowser;
class QToolButton;

namespace hadesk {
class ClusterSession;
}

namespace hadesk::views {

// The networks drawn as a grid: a lane per segment, a column per node, the interface where they
// meet (name, state, speed, addresses), and each VIP as a badge on the node that carries it.
// When a VIP moves the badge glides to its new node. A warning marks what it concerns.
class NetworkDiagram : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkDiagram(QWidget* parent = nullptr);

    void setPicture(const net::NetworkPicture& picture);
    // The width it is shown in: the node columns narrow to fit it, down to a readable width.
    void setAvailableWidth(int width);
    int columnWidth() const;
    const net::NetworkPicture& picture() const { return m_picture; }
    QString selectedVip() const { return m_selected; }
    void selectVip(const QString& resource);

    // Where things are drawn (widget coordinates; null when not drawn), for tests and tooltips.
    QRect vipRect(const QString& resource) const;
    QRect cellRect(const QString& subnet, const QString& node) const;
    QStringList laneSubnets() const;
    QStringList columnNodes() const { return m_nodes; }
    bool isGliding() const { return m_glide.state() == QAbstractAnimation::Running; }
    // What the warnings say about a resource, segment or node.
    QStringList warningsFor(const QString& subject) const;
    QList<net::Service> servicesOn(const QString& vip) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void vipSelected(const QString& resource);
    void vipMenuRequested(const QString& resource, const QPoint& globalPos);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Lane
    {
        QString subnet; // empty: the VIPs in no segment
        int top = 0;
        int height = 0;
    };
    void layoutLanes();
    // Where each VIP's badge goes; each one drawn elsewhere before glides from there.
    void placeBadges(const QHash<QString, QRectF>& from);
    // Relative to its lane's top; offset is how far down the lane's VIPs it comes.
    QRectF targetRect(const net::Vip& vip, int offset) const;
    // A VIP's badge grows a line for each service on it.
    int badgeHeight(const net::Vip& vip) const;

    QRectF drawnRect(const QString& resource) const;
    QString vipAt(const QPoint& pos) const;
    int columnLeft(int column) const;

    net::NetworkPicture m_picture;
    int m_availableWidth = 0;
    QStringList m_nodes;
    QList<Lane> m_lanes;
    QHash<QString, QRectF> m_from;   // where each badge was when the picture changed
    QHash<QString, QRectF> m_target; // where it belongs now
    QVariantAnimation m_glide;
    QString m_selected;
};

// The operator's names and roles for the segments found.
class SegmentLabelsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { SubnetColumn, InterfacesColumn, NameColumn, RoleColumn, ColumnCount };
    SegmentLabelsDialog(const QList<net::Segment>& segments, const QMap<QString, SegmentLabel>& labels,
                        QWidget* parent = nullptr);
    QMap<QString, SegmentLabel> labels() const;

private:
    QTableWidget* m_table;
};

// The network tab: the diagram, what is selected, the warnings, and the segments' labels.
class NetworkView : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkView(ClusterSession* session, QWidget* parent = nullptr);

    NetworkDiagram* diagram() const { return m_diagram; }
    void editSegments();

Q_SIGNALS:
    // The operator changed the labels; already applied to the session, to be saved with the cluster.
    void segmentLabelsEdited(const QMap<QString, hadesk::SegmentLabel>& labels);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void showVip(const QString& resource);
    void vipMenu(const QString& resource, const QPoint& globalPos);

    ClusterSession* m_session;
    NetworkDiagram* m_diagram;
    QScrollArea* m_scroll = nullptr;
    QTextBrowser* m_details;
    QListWidget* m_warnings;
    QToolButton* m_actions;
};

} // namespace hadesk::views
