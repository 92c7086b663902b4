#include "views/ResourceGraphView.h"

#include "backend/ClusterSession.h"
#include "backend/drbd/DrbdMonitor.h"
#include "backend/drbd/DrbdResourceModel.h"
#include "backend/pacemaker/GraphLayout.h"
#include "views/ActionMenus.h"
#include "views/OperationDialog.h"

#include <QFileDialog>
#include <QGraphicsPathItem>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QVariantAnimation>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>
#include <limits>
#include <functional>

namespace hadesk::views {
namespace {

enum { FrameType = QGraphicsItem::UserType + 1, ResourceType, ReplicationType };

struct Look
{
    QColor fill;
    QString state;
    QString glyph; // the state again as a shape, for those who cannot tell the colours apart
};

Look failedLook() { return {QColor(220, 40, 40, 140), ResourceGraphView::tr("failed"), QStringLiteral("✖")}; }
Look promotedLook() { return {QColor(40, 110, 230, 130), ResourceGraphView::tr("promoted"), QStringLiteral("★")}; }
Look unpromotedLook() { return {QColor(40, 110, 230, 60), ResourceGraphView::tr("unpromoted"), QStringLiteral("☆")}; }
Look startedLook() { return {QColor(40, 170, 70, 110), ResourceGraphView::tr("started"), QStringLiteral("▶")}; }
Look stoppedLook() { return {QColor(128, 128, 128, 50), ResourceGraphView::tr("stopped"), QStringLiteral("■")}; }
// Starting, stopping, migrating, ...: named by the role itself.
Look transitionLook(const QString& role) { return {QColor(240, 150, 30, 130), role, QStringLiteral("↻")}; }

// Every resource in r (itself included).
QStringList familyOf(const pcmk::ClusterState& state, const pcmk::Resource& r)
{
    QStringList ids{r.id};
    for (const QString& child : r.children)
        if (const pcmk::Resource* c = state.resource(child))
            ids << familyOf(state, *c);
    return ids;
}

// The failed operations crm_mon still lists for r (and what it holds), on one node or all:
// "monitor on node2". Until a cleanup, the resource is drawn failed even if it runs again.
QStringList failuresOf(const pcmk::ClusterState& state, const pcmk::Resource& r, const QString& node = {})
{
    const QStringList family = familyOf(state, r);
    QStringList failures;
    for (const pcmk::FailedAction& f : state.failures) {
        if (!family.contains(f.resource) || (!node.isEmpty() && f.node != node))
            continue;
        const QString text = node.isEmpty() ? ResourceGraphView::tr("%1 failed on %2").arg(f.operation, f.node)
                                            : ResourceGraphView::tr("%1 failed").arg(f.operation);
        if (!failures.contains(text))
            failures << text;
    }
    return failures;
}

Look lookOfRole(const QString& role)
{
    if (role == u"Promoted")
        return promotedLook();
    if (role == u"Unpromoted")
        return unpromotedLook();
    if (role == u"Started")
        return startedLook();
    if (role == u"Stopped" || role.isEmpty())
        return stoppedLook();
    return transitionLook(role.toLower());
}

// A clone's or bundle's best role on one node, from what it holds.
QString roleOnNode(const pcmk::ClusterState& state, const pcmk::Resource& r, const QString& node)
{
    QString best;
    const auto rank = [](const QString& role) {
        return role == u"Promoted" ? 3 : role == u"Started" || role == u"Unpromoted" ? 2 : role.isEmpty() || role == u"Stopped" ? 0 : 1;
    };
    // A bundle's resource runs on the replica's guest node, whose connection runs here.
    QStringList places{node};
    for (const pcmk::Node& guest : state.nodes)
        if (const pcmk::Resource* connection = state.resource(guest.connectionResource);
            guest.type == u"bundle" && connection && connection->activeOn.contains(node))
            places << guest.name;
    for (const QString& id : familyOf(state, r))
        if (const pcmk::Resource* member = state.resource(id); member && member->kind == pcmk::ResourceKind::Primitive)
            for (const QString& place : std::as_const(places))
                if (const QString role = member->roleOn.value(place); rank(role) > rank(best))
                    best = role;
    // A bundle whose resource runs inside the container reports it on the guest, not here.
    return best.isEmpty() && r.activeOn.contains(node) ? QStringLiteral("Started") : best;
}

// Translucent fills read on light and dark palettes alike.
Look lookOf(const pcmk::ClusterState& state, const QString& id)
{
    const pcmk::Resource* r = state.resource(id);
    if (!r)
        return {QColor(128, 128, 128, 60), QString(), QString()};
    if (r->failed || !failuresOf(state, *r).isEmpty())
        return failedLook();
    return lookOfRole(r->role);
}

// The legend in the palette's colours: each fill as it looks over the item's base colour.
QString legendHtml(const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    QString html;
    for (const Look& look : {startedLook(), promotedLook(), unpromotedLook(), failedLook(),
                             transitionLook(ResourceGraphView::tr("in transition")), stoppedLook()}) {
        const double a = look.fill.alphaF();
        const QColor shown = QColor::fromRgbF(base.redF() * (1 - a) + look.fill.redF() * a,
                                              base.greenF() * (1 - a) + look.fill.greenF() * a,
                                              base.blueF() * (1 - a) + look.fill.blueF() * a);
        html += QStringLiteral("<span style='background:%1; color:%2'>&nbsp;%3 %4&nbsp;</span> ")
                    .arg(shown.name(), palette.color(QPalette::Text).name(), look.glyph,
                         look.state.toHtmlEscaped());
    }
    return html + ResourceGraphView::tr("dashed border: unmanaged · stacked: clone · → order · "
                                        "⇢ colocation · dotted: location (green prefers, red avoids)")
                      .toHtmlEscaped();
}

// A remote or guest node by the resource that connects it and where that runs.
QString nodeKindOf(const pcmk::ClusterState& state, const pcmk::Node& node)
{
    if (node.isClusterMember())
        return {};
    const pcmk::Resource* connection = state.resource(node.connectionResource);
    const QString via = connection && !connection->activeOn.isEmpty() ? connection->activeOn.join(QLatin1String(", ")) : QString();
    if (node.type == u"guest")
        return via.isEmpty() ? ResourceGraphView::tr("guest of %1, not running").arg(node.connectionResource)
                             : ResourceGraphView::tr("guest of %1 on %2").arg(node.connectionResource, via);
    return via.isEmpty() ? ResourceGraphView::tr("%1, not connected").arg(node.type)
                         : ResourceGraphView::tr("%1 via %2").arg(node.type, via);
}

// What the tooltip tells of a resource (or of its instance on one node): its agent, its role on
// each node, its last failures.
QString tooltipOf(const pcmk::ClusterState& state, const QString& id, const QString& node)
{
    const pcmk::Resource* r = state.resource(id);
    if (!r)
        return id;
    QStringList lines{node.isEmpty() ? QStringLiteral("%1 (%2)").arg(id, kindName(r->kind))
                                     : ResourceGraphView::tr("%1 (%2) on %3").arg(id, kindName(r->kind), node)};
    const QStringList family = familyOf(state, *r); // once: this runs for every item on every state
    QStringList agents;
    for (const QString& member : family)
        if (const pcmk::Resource* m = state.resource(member); m && !m->implicit && !m->agent().isEmpty() && !agents.contains(m->agent()))
            agents << m->agent();
    if (!agents.isEmpty())
        lines << ResourceGraphView::tr("agent: %1").arg(agents.join(QLatin1String(", ")));
    QMap<QString, QString> roles; // node -> role
    for (const QString& member : family)
        if (const pcmk::Resource* m = state.resource(member); m && m->kind == pcmk::ResourceKind::Primitive)
            for (auto it = m->roleOn.cbegin(); it != m->roleOn.cend(); ++it)
                if (node.isEmpty() || it.key() == node)
                    roles.insert(it.key(), it.value());
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        lines << QStringLiteral("%1: %2").arg(it.key(), it.value());
    if (roles.isEmpty())
        lines << ResourceGraphView::tr("not running");
    for (const pcmk::FailedAction& f : state.failures)
        if (family.contains(f.resource) && (node.isEmpty() || f.node == node))
            lines << ResourceGraphView::tr("last failure: %1 on %2 at %3 (%4)").arg(f.operation, f.node, f.lastChange,
                                                                                   f.exitReason.isEmpty() ? f.exitStatus : f.exitReason);
    return lines.join(u'\n');
}

} // namespace

// How a node's frame is drawn: an online node plainly, any other state in words after its name
// and with a border and fill of its own, so that no state looks like another.
NodeLook ResourceGraphView::nodeLookOf(const pcmk::Node& node)
{
    if (node.unclean)
        return {tr("UNCLEAN"), QColor(220, 40, 40), Qt::SolidLine, Qt::BDiagPattern, 3.0};
    if (!node.online && node.pending)
        return {tr("pending"), QColor(240, 150, 30), Qt::DotLine, Qt::NoBrush, 2.0};
    if (!node.online)
        return {tr("offline"), QColor(128, 128, 128), Qt::DotLine, Qt::Dense6Pattern, 2.0};
    if (node.maintenance)
        return {tr("maintenance"), QColor(240, 150, 30), Qt::DashLine, Qt::NoBrush, 2.5};
    if (node.standby)
        return {node.resourcesRunning > 0 ? tr("standby, still running") : tr("standby"), QColor(40, 110, 230),
                Qt::DashLine, Qt::FDiagPattern, 2.5};
    if (node.pending)
        return {tr("pending"), QColor(240, 150, 30), Qt::DotLine, Qt::NoBrush, 2.0};
    return {};
}

namespace {

class FrameItem : public QGraphicsRectItem
{
public:
    FrameItem(const pcmk::GraphLayout::Frame& frame)
        : QGraphicsRectItem(frame.rect)
        , m_frame(frame)
    {
        setZValue(frame.isNode ? -2 : -1);
    }
    int type() const override { return FrameType; }
    const pcmk::GraphLayout::Frame& frame() const { return m_frame; }
    const NodeLook& look() const { return m_look; }
    // A resource dragged over the frame would be moved to this node.
    void setDropTarget(bool on)
    {
        if (on != m_dropTarget) {
            m_dropTarget = on;
            update();
        }
    }
    bool isDropTarget() const { return m_dropTarget; }
    QString title() const
    {
        const QString name = m_kind.isEmpty() ? m_frame.id : QStringLiteral("%1 (%2)").arg(m_frame.id, m_kind);
        return m_look.state.isEmpty() ? name : name + QStringLiteral(" — ") + m_look.state;
    }
    // kind: how a remote or guest node is reached ("remote via node1"); empty for a member.
    void setLook(const NodeLook& look, const QString& kind)
    {
        if (look.state == m_look.state && kind == m_kind)
            return;
        m_look = look;
        m_kind = kind;
        setToolTip(title());
        update();
    }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget* widget) override
    {
        const QPalette palette = widget ? widget->palette() : QPalette();
        const bool marked = m_frame.isNode && !m_look.state.isEmpty();
        painter->setPen(QPen(marked ? m_look.colour : palette.color(QPalette::Mid),
                             marked ? m_look.width : m_frame.isNode ? 1.5 : 1.0,
                             marked ? m_look.line : m_frame.isNode ? Qt::SolidLine : Qt::DashLine));
        // QBrush on both sides: a bare Qt::NoBrush would turn into QColor(0), black.
        painter->setBrush(m_frame.isNode ? QBrush(palette.color(QPalette::AlternateBase)) : QBrush(Qt::NoBrush));
        painter->drawRoundedRect(rect(), 8, 8);
        if (m_dropTarget) {
            painter->setPen(QPen(palette.color(QPalette::Highlight), 4));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(rect(), 8, 8);
        }
        if (marked && m_look.pattern != Qt::NoBrush) {
            QColor hatch = m_look.colour;
            hatch.setAlpha(45);
            painter->setBrush(QBrush(hatch, m_look.pattern));
            painter->drawRoundedRect(rect(), 8, 8);
        }
        QFont font = painter->font();
        font.setBold(m_frame.isNode);
        painter->setFont(font);
        painter->setPen(marked ? m_look.colour : palette.color(QPalette::Text));
        painter->drawText(rect().adjusted(8, 2, -8, 0), Qt::AlignTop | Qt::AlignHCenter, title());
    }

private:
    pcmk::GraphLayout::Frame m_frame;
    NodeLook m_look;
    QString m_kind;
    bool m_dropTarget = false;
};

// A DRBD resource beside the promotable clone that runs it: its disks, its sync progress along
// the bottom, and a colour for its health.
class ReplicationItem : public QGraphicsItem
{
public:
    explicit ReplicationItem(const QRectF& rect)
        : m_size(rect.size())
    {
        setPos(rect.topLeft());
        setZValue(0);
    }
    int type() const override { return ReplicationType; }
    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_size).adjusted(-2, -2, 2, 2); }

    void setResource(const drbd::ResourceOverview* r, const QString& name)
    {
        QString state = ResourceGraphView::tr("not seen yet");
        QColor fill(128, 128, 128, 50);
        double percent = -1;
        QStringList tip;
        if (r) {
            QStringList disks;
            for (const drbd::Replica& replica : r->replicas)
                disks << replica.disks.join(u',');
            state = disks.join(QStringLiteral(" ⇄ "));
            const drbd::Link* syncing = drbd::DrbdResourceModel::syncingLink(*r);
            if (syncing) {
                percent = syncing->progress->percent;
                tip << drbd::DrbdOverview::progressText(*syncing);
            }
            fill = !r->warnings.isEmpty() && !syncing ? QColor(220, 40, 40, 120)
                 : syncing                            ? QColor(240, 150, 30, 130)
                                                      : QColor(40, 170, 70, 110);
            tip << r->warnings;
        }
        const QString title = QStringLiteral("⛁ DRBD ") + name;
        if (title == m_title && state == m_state && fill == m_fill && percent == m_percent)
            return;
        m_title = title;
        m_state = state;
        m_fill = fill;
        m_percent = percent;
        setToolTip(tip.isEmpty() ? title + u'\n' + state : title + u'\n' + tip.join(u'\n'));
        update();
    }
    QString text() const { return m_title + u'\n' + m_state; }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget* widget) override
    {
        const QPalette palette = widget ? widget->palette() : QPalette();
        const QRectF box(QPointF(0, 0), m_size);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(palette.color(QPalette::Text), 1.0));
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawRoundedRect(box, 10, 10);
        painter->setBrush(m_fill);
        painter->drawRoundedRect(box, 10, 10);
        if (m_percent >= 0) {
            const QRectF track = box.adjusted(8, box.height() - 9, -8, -4);
            painter->setPen(Qt::NoPen);
            painter->setBrush(palette.color(QPalette::Mid));
            painter->drawRect(track);
            painter->setBrush(palette.color(QPalette::Highlight));
            painter->drawRect(QRectF(track.topLeft(), QSizeF(track.width() * m_percent / 100.0, track.height())));
        }
        QFont font = painter->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        painter->setFont(font);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(box.adjusted(4, 2, -4, m_percent >= 0 ? -8 : -2), Qt::AlignCenter, text());
    }

private:
    QSizeF m_size;
    QString m_title, m_state;
    QColor m_fill;
    double m_percent = -2;
};

} // namespace

class ResourceItem : public QGraphicsItem
{
public:
    ResourceItem(const pcmk::GraphLayout::Item& item)
        : m_id(item.id)
        , m_resource(item.resource)
        , m_collection(item.kind == pcmk::GraphLayout::ItemKind::Collection)
        , m_instance(item.kind == pcmk::GraphLayout::ItemKind::Instance)
    {
        setFlags(m_instance ? ItemIsSelectable : ItemIsSelectable | ItemIsMovable);
        setCursor(m_instance ? Qt::ArrowCursor : Qt::OpenHandCursor);
    }
    int type() const override { return ResourceType; }
    const QString& id() const { return m_id; }
    // The resource it stands for: itself, or an instance's clone or bundle.
    const QString& resource() const { return m_resource; }
    bool isInstance() const { return m_instance; }
    QString text() const { return m_look.glyph + u' ' + m_resource + (m_detail.isEmpty() ? QString() : u'\n' + m_detail); }
    QString stateName() const { return m_look.state; }

    void place(const QRectF& rect)
    {
        prepareGeometryChange();
        m_size = rect.size();
        setPos(rect.topLeft());
        m_home = rect.topLeft();
    }
    // Where the layout put it (pos() differs while it glides there or is dragged).
    QPointF home() const { return m_home; }
    void setState(const Look& look, const QString& detail, bool unmanaged)
    {
        // Only what changed is repainted: one state change on a big cluster touches one item.
        if (look.fill == m_look.fill && look.state == m_look.state && look.glyph == m_look.glyph &&
            detail == m_detail && unmanaged == m_unmanaged)
            return;
        m_look = look;
        m_detail = detail;
        m_unmanaged = unmanaged;
        update();
    }
    std::function<void(ResourceItem*, const QString& node)> droppedOnNode;

    // The name on one line (an id never breaks at its hyphens), the details wrapped below.
    QString name() const { return m_look.glyph.isEmpty() ? m_resource : m_look.glyph + QChar(0x00a0) + m_resource; }
    // The font the label is drawn in, from the view's: a long id in a small box gets a smaller
    // font rather than a clipped name. Measured once per text, box and font: a repaint of
    // thousands of items must not measure them all.
    QFont labelFont(QFont font) const
    {
        font.setPointSizeF(font.pointSizeF() * 0.9);
        const QRectF room = QRectF(QPointF(0, 0), m_size).adjusted(4, 2, -4, -2);
        const QString text = name() + u'\n' + m_detail;
        if (text != m_fitted.text || room.size() != m_fitted.room || font != m_fitted.font) {
            // The name decides; the details get one line below it, elided (the tooltip has them).
            const QFontMetricsF metrics(font);
            const double nameWidth = metrics.horizontalAdvance(name());
            const double lines = m_detail.isEmpty() ? 1 : 2;
            m_fitted = {text, room.size(), font,
                        qBound(0.6, std::min(room.width() / nameWidth, room.height() / (lines * metrics.height())), 1.0)};
        }
        font.setPointSizeF(font.pointSizeF() * m_fitted.scale);
        return font;
    }

    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_size).adjusted(-2, -2, 8, 8); }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget* widget) override
    {
        const QPalette palette = widget ? widget->palette() : QPalette();
        const QRectF box(QPointF(0, 0), m_size);
        QPen pen(isSelected() ? palette.color(QPalette::Highlight) : palette.color(QPalette::Text),
                 isSelected() ? 2.5 : 1.0, m_unmanaged ? Qt::DashLine : Qt::SolidLine);
        painter->setRenderHint(QPainter::Antialiasing);
        if (m_instance)
            pen.setStyle(Qt::DotLine); // one of a clone's or bundle's, not a resource of its own
        if (m_collection) {
            // Clones and bundles as a stack of cards.
            painter->setPen(QPen(palette.color(QPalette::Mid)));
            painter->setBrush(palette.color(QPalette::Base));
            painter->drawRoundedRect(box.translated(6, 6), 6, 6);
            painter->drawRoundedRect(box.translated(3, 3), 6, 6);
        }
        painter->setPen(pen);
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawRoundedRect(box, 6, 6);
        painter->setBrush(m_look.fill);
        painter->drawRoundedRect(box, 6, 6);
        painter->setPen(palette.color(QPalette::Text));
        const QString name = this->name();
        const QRectF room = box.adjusted(4, 2, -4, -2);
        QFont font = labelFont(painter->font());
        painter->setFont(font);
        if (m_detail.isEmpty()) {
            painter->drawText(room, Qt::AlignCenter | Qt::TextSingleLine, name);
            return;
        }
        const QFontMetricsF metrics(font);
        const double top = room.center().y() - metrics.height();
        painter->drawText(QRectF(room.left(), top, room.width(), metrics.height()), Qt::AlignHCenter | Qt::TextSingleLine, name);
        painter->drawText(QRectF(room.left(), top + metrics.height(), room.width(), metrics.height()),
                          Qt::AlignHCenter | Qt::TextSingleLine, metrics.elidedText(m_detail, Qt::ElideRight, room.width()));
    }

protected:
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override
    {
        QGraphicsItem::mouseMoveEvent(event);
        highlightDropTarget(true);
    }

    // The node frame under the item's centre, if any: where a drop moves it to.
    FrameItem* nodeFrameUnder() const
    {
        for (QGraphicsItem* under : scene()->items(sceneBoundingRect().center()))
            if (under->type() == FrameType && static_cast<FrameItem*>(under)->frame().isNode)
                return static_cast<FrameItem*>(under);
        return nullptr;
    }

    // That frame lights up while the item is dragged. The frames are gone through only when the
    // target changes, not on every move of the mouse.
    void highlightDropTarget(bool dragging)
    {
        FrameItem* under = dragging && pos() != m_home ? nodeFrameUnder() : nullptr;
        const QString target = under ? under->frame().id : QString();
        if (target == m_dropTarget)
            return;
        m_dropTarget = target;
        for (QGraphicsItem* item : scene()->items())
            if (item->type() == FrameType)
                static_cast<FrameItem*>(item)->setDropTarget(item == under);
    }

    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override
    {
        QGraphicsItem::mouseReleaseEvent(event);
        highlightDropTarget(false);
        if (pos() == m_home)
            return;
        const FrameItem* under = nodeFrameUnder();
        const QString node = under ? under->frame().id : QString();
        setPos(m_home); // the cluster decides where it goes
        if (!node.isEmpty() && droppedOnNode)
            droppedOnNode(this, node);
    }

private:
    QString m_id;
    QString m_resource;
    bool m_collection;
    bool m_instance;
    QSizeF m_size{80, 30};
    QPointF m_home;
    Look m_look;
    QString m_detail;
    bool m_unmanaged = false;
    QString m_dropTarget; // the node frame lit while dragging
    struct Fit
    {
        QString text;
        QSizeF room;
        QFont font;
        double scale = 1.0;
    } mutable m_fitted;
};

namespace {

class ZoomingView : public QGraphicsView
{
public:
    using QGraphicsView::QGraphicsView;

protected:
    void wheelEvent(QWheelEvent* event) override
    {
        const double factor = event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15;
        scale(factor, factor);
    }
};

QString collectionSummary(const pcmk::ClusterState& state, const pcmk::Resource& r)
{
    QMap<QString, int> roles;
    QStringList promotedOn;
    const std::function<void(const pcmk::Resource&)> visit = [&](const pcmk::Resource& member) {
        if (member.kind == pcmk::ResourceKind::Primitive && !member.implicit) {
            for (auto it = member.roleOn.cbegin(); it != member.roleOn.cend(); ++it) {
                if (it.value() == u"Promoted")
                    promotedOn << it.key();
                else
                    ++roles[it.value()];
            }
        }
        for (const QString& child : member.children) {
            if (const pcmk::Resource* c = state.resource(child))
                visit(*c);
        }
    };
    visit(r);
    QStringList parts;
    // A bundle of containers alone (no resource inside) runs where its containers do.
    if (promotedOn.isEmpty() && roles.isEmpty() && r.instances > 0)
        return r.instancesActive == r.instances ? ResourceGraphView::tr("%n running", nullptr, r.instances)
                                                : ResourceGraphView::tr("%1 of %2 running").arg(r.instancesActive).arg(r.instances);
    // A clone running short of its instances says so first.
    if (r.instances > 0 && r.instancesActive < r.instances)
        parts << ResourceGraphView::tr("%1 of %2 running").arg(r.instancesActive).arg(r.instances);
    if (!promotedOn.isEmpty())
        parts << ResourceGraphView::tr("promoted on %1").arg(promotedOn.join(QLatin1String(", ")));
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        parts << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
    return parts.isEmpty() ? ResourceGraphView::tr("stopped") : parts.join(QLatin1String(", "));
}

QPainterPath arrowPath(const QPolygonF& points, bool arrow)
{
    QPainterPath path;
    if (points.size() < 2)
        return path;
    path.moveTo(points.at(0));
    // Graphviz gives cubic Bézier control points: 1 + 3n of them, then maybe the arrow's end.
    qsizetype i = 1;
    for (; i + 2 < points.size(); i += 3)
        path.cubicTo(points.at(i), points.at(i + 1), points.at(i + 2));
    const QPointF end = points.constLast();
    if (i < points.size())
        path.lineTo(end);
    if (arrow) {
        const QPointF from = points.at(points.size() - 2);
        const QLineF line(end, from);
        QLineF wing1 = line;
        wing1.setLength(9);
        wing1.setAngle(line.angle() + 25);
        QLineF wing2 = line;
        wing2.setLength(9);
        wing2.setAngle(line.angle() - 25);
        path.moveTo(end);
        path.lineTo(wing1.p2());
        path.moveTo(end);
        path.lineTo(wing2.p2());
    }
    return path;
}

} // namespace

ResourceGraphView::ResourceGraphView(ClusterSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_scene(new QGraphicsScene(this))
    , m_view(new ZoomingView(m_scene, this))
    , m_message(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_glide(new QVariantAnimation(this))
{
    setObjectName(QStringLiteral("graph"));
    m_glide->setDuration(300);
    m_glide->setStartValue(0.0);
    m_glide->setEndValue(1.0);
    m_glide->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_glide, &QVariantAnimation::valueChanged, this,
            [this](const QVariant& value) { glideTo(value.toDouble()); });
    connect(m_glide, &QVariantAnimation::finished, this, [this] { finishGlide(); });
    m_reshape.setSingleShot(true);
    m_reshape.setInterval(300);
    connect(&m_reshape, &QTimer::timeout, this, [this] {
        const QSize viewport = m_view->viewport()->size();
        if (!m_session->hasState() || viewport.width() <= 200 || viewport.height() <= 100)
            return;
        const double aspect = double(viewport.width()) / viewport.height();
        if (std::abs(std::log(aspect / m_options.aspect)) < 0.2)
            return; // about the same shape: the frames stay where they are
        m_options.columns = 0;
        m_options.minimumFrameWidth = 0;
        m_options.minimumRowHeights.clear();
        relayout();
        recolour();
        fit();
    });
    m_view->setObjectName(QStringLiteral("graphView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_search->setObjectName(QStringLiteral("graphSearch"));
    m_search->setPlaceholderText(tr("Find a resource"));
    m_search->setClearButtonEnabled(true);
    const auto button = [this](const QString& text, const QString& name, const QString& tip) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setObjectName(name);
        b->setToolTip(tip);
        return b;
    };
    QToolButton* fitButton = button(tr("Fit"), QStringLiteral("graphFit"), tr("Fit the graph in the window (F)"));
    QToolButton* zoomIn = button(tr("+"), QStringLiteral("graphZoomIn"), tr("Zoom in (Ctrl++)"));
    QToolButton* zoomOut = button(tr("−"), QStringLiteral("graphZoomOut"), tr("Zoom out (Ctrl+-)"));
    QToolButton* exportButton = button(tr("Export…"), QStringLiteral("graphExport"), tr("Save as PNG or SVG"));
    QToolButton* locations = button(tr("Locations"), QStringLiteral("graphLocations"),
                                    tr("Show location constraints (moves, bans, preferences) as edges to their node (L)"));
    locations->setCheckable(true);
    locations->setShortcut(Qt::Key_L);
    fitButton->setShortcut(Qt::Key_F);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_legend = new QLabel(legendHtml(palette()), this);
    m_legend->setObjectName(QStringLiteral("graphLegend"));
    m_legend->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(fitButton);
    bar->addWidget(zoomIn);
    bar->addWidget(zoomOut);
    bar->addWidget(locations);
    bar->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_legend);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    m_message->hide();
    connect(fitButton, &QToolButton::clicked, this, &ResourceGraphView::fit);
    connect(zoomIn, &QToolButton::clicked, this, [this] { m_view->scale(1.2, 1.2); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_view->scale(1 / 1.2, 1 / 1.2); });
    connect(exportButton, &QToolButton::clicked, this, &ResourceGraphView::exportAs);
    connect(locations, &QToolButton::toggled, this, &ResourceGraphView::setShowLocations);
    connect(m_search, &QLineEdit::textChanged, this, &ResourceGraphView::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ResourceGraphView::contextMenu);
    connect(session, &ClusterSession::stateUpdated, this, &ResourceGraphView::refresh);
    // DRBD changes many times a second during a sync: only a new clone-to-resource pairing
    // changes the graph; otherwise only the DRBD boxes are redrawn.
    connect(session->drbd(), &drbd::DrbdMonitor::changed, this, [this] {
        ++m_updates;
        if (drbdOf() != m_options.drbdOf)
            refresh();
        else
            updateReplications();
    });
    refresh();
}

void ResourceGraphView::refresh()
{
    if (!m_session->hasState())
        return;
    ++m_updates;
    m_options.drbdOf = drbdOf();
    if (pcmk::GraphLayout::structureOf(m_session->state(), m_options) != m_structure)
        relayout();
    recolour();
}

void ResourceGraphView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // Light to dark or back: the legend and the edges (coloured when drawn) follow.
    if (event->type() == QEvent::PaletteChange) {
        m_legend->setText(legendHtml(palette()));
        if (m_session->hasState()) {
            relayout();
            recolour();
        }
    }
}

void ResourceGraphView::setShowLocations(bool show)
{
    m_options.locations = show;
    refresh();
}

void ResourceGraphView::relayout()
{
    QString error;
    const QSize viewport = m_view->viewport()->size();
    if (m_options.columns == 0 && viewport.width() > 200 && viewport.height() > 100)
        m_options.aspect = double(viewport.width()) / viewport.height();
    const auto layout = pcmk::GraphLayout::compute(m_session->state(), m_options, &error);
    if (!layout) {
        m_message->setText(error);
        m_message->show();
        return;
    }
    m_message->hide();
    ++m_layouts;
    // Kept: frames stay where they are when resources move.
    m_options.columns = layout->columns;
    m_options.minimumFrameWidth = layout->frameWidth;
    m_options.minimumRowHeights = layout->rowHeights;
    const bool first = m_structure.isEmpty();
    m_structure = layout->structure;
    finishGlide();
    // Frames and edges are drawn anew; resource items stay and move, so a selection survives.
    for (QGraphicsItem* item : m_scene->items()) {
        if (item->type() != ResourceType) {
            m_scene->removeItem(item);
            delete item;
        }
    }
    m_replications.clear();
    for (const pcmk::GraphLayout::Frame& frame : layout->frames)
        m_scene->addItem(new FrameItem(frame));
    QHash<QString, ResourceItem*> keep;
    for (const pcmk::GraphLayout::Item& item : layout->items) {
        if (item.kind == pcmk::GraphLayout::ItemKind::Replication) {
            auto* replication = new ReplicationItem(item.rect);
            m_scene->addItem(replication);
            m_replications.insert(item.id, replication);
            continue;
        }
        ResourceItem* resource = m_items.take(item.id);
        const QPointF was = resource ? resource->pos() : QPointF();
        if (!resource) {
            resource = new ResourceItem(item);
            resource->droppedOnNode = [this](ResourceItem* dropped, const QString& node) {
                QString why;
                const auto op = pcmk::ClusterOperation::forResource(QStringLiteral("move"), dropped->resource(), node, {}, &why);
                if (m_session->profile().readOnly)
                    return;
                if (op)
                    OperationDialog::start(m_session, *op, this);
                else
                    QMessageBox::warning(this, tr("Move"), why);
            };
            resource->setFlag(QGraphicsItem::ItemIsMovable, !m_session->profile().readOnly && !resource->isInstance());
            m_scene->addItem(resource);
        } else if (was != item.rect.topLeft()) {
            m_gliding.insert(resource, was);
        }
        resource->place(item.rect);
        keep.insert(item.id, resource);
    }
    qDeleteAll(m_items);
    m_items = keep;
    const QPalette palette = m_view->palette();
    for (const pcmk::GraphLayout::Edge& edge : layout->edges) {
        if (edge.replication) {
            auto* link = m_scene->addPath(arrowPath(edge.path, false), QPen(QColor(40, 110, 230), 3.0));
            link->setToolTip(tr("%1 runs DRBD resource %2").arg(edge.from, edge.to.mid(5)));
            continue;
        }
        const bool colocation = edge.kind == pcmk::ConstraintKind::Colocation;
        const bool location = edge.kind == pcmk::ConstraintKind::Location;
        QPen pen(colocation ? QColor(120, 80, 200) : palette.color(QPalette::Text), 1.3,
                 colocation ? Qt::DashLine : Qt::SolidLine);
        QString label = edge.label;
        if (location) {
            // Avoidance (a ban) in red, preference in green; one left by a move or ban (cli-)
            // dash-dotted and named so, apart from the configured ones.
            pen.setColor(edge.label.startsWith(u'-') ? QColor(200, 40, 40) : QColor(40, 150, 60));
            const bool leftBehind = edge.constraint.startsWith(QLatin1String("cli-"));
            pen.setStyle(leftBehind ? Qt::DashDotLine : Qt::DotLine);
            if (leftBehind)
                label = (edge.label.startsWith(u'-') ? tr("ban %1") : tr("move %1")).arg(edge.label);
        }
        auto* path = m_scene->addPath(arrowPath(edge.path, true), pen);
        path->setToolTip(QStringLiteral("%1: %2 → %3 (%4)").arg(edge.constraint, edge.from, edge.to, edge.label));
        path->setZValue(1);
        if (!edge.path.isEmpty()) {
            auto* text = m_scene->addSimpleText(label);
            QFont font = text->font();
            font.setPointSizeF(font.pointSizeF() * 0.8);
            text->setFont(font);
            text->setBrush(path->pen().color());
            text->setPos(edge.labelAt - text->boundingRect().center());
            text->setZValue(1);
        }
    }
    m_scene->setSceneRect(layout->bounds.adjusted(-20, -20, 20, 20));
    if (first)
        fit();
    startGlide();
}

// Items that stay glide from where they were to where the new layout puts them, and the new
// frames and edges fade in meanwhile: the eye follows a move instead of finding a new picture.
void ResourceGraphView::startGlide()
{
    if (m_gliding.isEmpty())
        return;
    for (auto it = m_gliding.cbegin(); it != m_gliding.cend(); ++it)
        it.key()->setPos(it.value());
    // Collected once: every frame of the glide touches only these, not the whole scene.
    for (QGraphicsItem* item : m_scene->items()) {
        if (item->type() != ResourceType)
            m_fading << item;
    }
    glideTo(0.0);
    m_glide->start();
}

void ResourceGraphView::glideTo(double progress)
{
    for (auto it = m_gliding.cbegin(); it != m_gliding.cend(); ++it)
        it.key()->setPos(it.value() + (it.key()->home() - it.value()) * progress);
    for (QGraphicsItem* item : std::as_const(m_fading))
        item->setOpacity(progress);
}

void ResourceGraphView::finishGlide()
{
    if (m_glide->state() == QAbstractAnimation::Running) {
        m_glide->stop();
        glideTo(1.0);
    }
    m_gliding.clear();
    m_fading.clear();
}

void ResourceGraphView::recolour()
{
    const pcmk::ClusterState& state = m_session->state();
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const pcmk::Resource* r = state.resource(it.value()->resource());
        if (it.value()->isInstance()) {
            const QString node = it.key().section(u'@', -1);
            const QStringList failures = r ? failuresOf(state, *r, node) : QStringList();
            it.value()->setState(!failures.isEmpty() ? failedLook() : r ? lookOfRole(roleOnNode(state, *r, node)) : lookOf(state, {}),
                                 failures.join(QLatin1String(", ")), r && !r->managed);
            continue;
        }
        const bool collection = r && r->kind != pcmk::ResourceKind::Primitive;
        QStringList detail;
        if (collection)
            detail << collectionSummary(state, *r);
        else if (r && r->activeOn.size() > 1)
            detail << r->activeOn.join(QLatin1String(", "));
        if (r && !collection)
            detail << failuresOf(state, *r);
        it.value()->setState(lookOf(state, it.key()), detail.join(QLatin1String("; ")), r && !r->managed);
    }
    for (ResourceItem* item : std::as_const(m_items))
        item->setToolTip(tooltipOf(state, item->resource(), item->isInstance() ? item->id().section(u'@', -1) : QString()));
    for (QGraphicsItem* item : m_scene->items()) {
        if (item->type() != FrameType || !static_cast<FrameItem*>(item)->frame().isNode)
            continue;
        auto* frame = static_cast<FrameItem*>(item);
        if (const pcmk::Node* node = state.node(frame->frame().id))
            frame->setLook(nodeLookOf(*node), nodeKindOf(state, *node));
    }
    updateReplications();
}

void ResourceGraphView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_reshape.start();
}

namespace {

const FrameItem* frameOf(const QGraphicsScene* scene, const QString& node)
{
    for (QGraphicsItem* item : scene->items())
        if (item->type() == FrameType && static_cast<const FrameItem*>(item)->frame().isNode &&
            static_cast<const FrameItem*>(item)->frame().id == node)
            return static_cast<const FrameItem*>(item);
    return nullptr;
}

} // namespace

QRectF ResourceGraphView::nodeFrame(const QString& node) const
{
    const FrameItem* frame = frameOf(m_scene, node);
    return frame ? frame->sceneBoundingRect() : QRectF();
}

QString ResourceGraphView::nodeState(const QString& node) const
{
    const FrameItem* frame = frameOf(m_scene, node);
    return frame ? frame->look().state : QString();
}

QStringList ResourceGraphView::resourcesDrawnOn(const QString& node) const
{
    const QRectF frame = nodeFrame(node);
    QStringList drawn;
    for (const ResourceItem* item : m_items)
        if (!frame.isNull() && frame.contains(item->sceneBoundingRect().center()) && !drawn.contains(item->resource()))
            drawn << item->resource();
    drawn.sort();
    return drawn;
}

double ResourceGraphView::smallestLabelPixels() const
{
    double smallest = std::numeric_limits<double>::max();
    const double zoom = m_view->transform().m11();
    const double pixelsPerPoint = m_view->logicalDpiY() / 72.0;
    for (const ResourceItem* item : m_items) {
        const QFont font = item->labelFont(m_view->font());
        const double points = font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize() / pixelsPerPoint;
        smallest = std::min(smallest, points * pixelsPerPoint * zoom);
    }
    return m_items.isEmpty() ? 0 : smallest;
}

QString ResourceGraphView::itemState(const QString& item) const
{
    const ResourceItem* found = m_items.value(item);
    return found ? found->stateName() : QString();
}

QString ResourceGraphView::itemToolTip(const QString& item) const
{
    const ResourceItem* found = m_items.value(item);
    return found ? found->toolTip() : QString();
}

QString ResourceGraphView::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QString ResourceGraphView::itemText(const QString& item) const
{
    const ResourceItem* found = m_items.value(item);
    return found ? found->text() : QString();
}

QMap<QString, QString> ResourceGraphView::drbdOf() const
{
    QMap<QString, QString> pairs;
    for (const drbd::ResourceOverview& r : m_session->drbd()->resources())
        if (!r.clusterResource.isEmpty())
            pairs.insert(r.clusterResource, r.name);
    return pairs;
}

void ResourceGraphView::updateReplications()
{
    for (auto it = m_options.drbdOf.cbegin(); it != m_options.drbdOf.cend(); ++it)
        if (QGraphicsItem* item = m_replications.value(pcmk::GraphLayout::replicationItem(it.value())))
            static_cast<ReplicationItem*>(item)->setResource(m_session->drbd()->resource(it.value()), it.value());
}

QString ResourceGraphView::replicationText(const QString& drbdResource) const
{
    const QGraphicsItem* item = m_replications.value(pcmk::GraphLayout::replicationItem(drbdResource));
    return item ? static_cast<const ReplicationItem*>(item)->text() : QString();
}

QPoint ResourceGraphView::replicationPosition(const QString& drbdResource) const
{
    const QGraphicsItem* item = m_replications.value(pcmk::GraphLayout::replicationItem(drbdResource));
    return item ? m_view->mapFromScene(item->sceneBoundingRect().center()) : QPoint();
}

void ResourceGraphView::fit()
{
    m_view->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
}

void ResourceGraphView::search(const QString& text)
{
    m_scene->clearSelection();
    ResourceItem* first = nullptr;
    int matches = 0;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        if (text.isEmpty() || !it.value()->resource().contains(text, Qt::CaseInsensitive))
            continue;
        it.value()->setSelected(true);
        ++matches;
        if (!first || it.value()->resource() < first->resource())
            first = it.value();
    }
    if (first)
        m_view->ensureVisible(first);
    m_message->setText(text.isEmpty() || matches > 0 ? QString() : tr("No resource matches “%1”.").arg(text));
    m_message->setVisible(!m_message->text().isEmpty());
}

QPoint ResourceGraphView::itemPosition(const QString& resource) const
{
    const ResourceItem* item = m_items.value(resource);
    return item ? m_view->mapFromScene(item->sceneBoundingRect().center()) : QPoint();
}

bool ResourceGraphView::isGliding() const
{
    return m_glide->state() == QAbstractAnimation::Running;
}

QPoint ResourceGraphView::nodePosition(const QString& node) const
{
    const FrameItem* frame = frameOf(m_scene, node);
    return frame ? m_view->mapFromScene(frame->sceneBoundingRect().center()) : QPoint();
}

QString ResourceGraphView::selectedResource() const
{
    for (QGraphicsItem* item : m_scene->selectedItems()) {
        if (item->type() == ResourceType)
            return static_cast<ResourceItem*>(item)->resource();
    }
    return {};
}

void ResourceGraphView::contextMenu(const QPoint& at)
{
    QMenu menu;
    for (QGraphicsItem* item : m_view->items(at)) {
        if (item->type() == ResourceType) {
            ActionMenus::addResourceActions(&menu, m_session, static_cast<ResourceItem*>(item)->resource(), this);
            break;
        }
    }
    // On the background: what concerns the graph itself.
    if (menu.isEmpty()) {
        if (!m_session->profile().readOnly) {
            QAction* create = menu.addAction(tr("&New Resource…"));
            create->setObjectName(QStringLiteral("action-new-resource"));
            connect(create, &QAction::triggered, this, [this] { ActionMenus::createResource(m_session, this); });
        }
        QAction* locations = menu.addAction(tr("Show &Location Constraints"));
        locations->setObjectName(QStringLiteral("action-show-locations"));
        locations->setCheckable(true);
        locations->setChecked(m_options.locations);
        connect(locations, &QAction::toggled, findChild<QToolButton*>(QStringLiteral("graphLocations")),
                &QToolButton::setChecked);
    }
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

bool ResourceGraphView::exportTo(const QString& path, QString* error) const
{
    const QRectF source = m_scene->sceneRect();
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(m_session->name());
        QPainter painter(&svg);
        m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        return painter.end() || (*error = tr("cannot write %1").arg(path), false);
    }
    QImage image((source.size() * 2).toSize(), QImage::Format_ARGB32);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_scene->render(&painter, image.rect(), source);
    painter.end();
    if (!image.save(path)) {
        *error = tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

void ResourceGraphView::exportAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Graph"), m_session->name() + QLatin1String(".png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    QString error;
    if (!path.isEmpty() && !exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Graph"), error);
}

} // namespace hadesk::views
