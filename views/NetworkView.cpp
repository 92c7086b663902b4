#include "views/NetworkView.h"

#include "backend/ClusterSession.h"
#include "backend/network/NetworkMonitor.h"
#include "backend/pacemaker/ClusterState.h"
#include "views/ActionMenus.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace hadesk::views {
namespace {

constexpr int kHeaderWidth = 165;
constexpr int kColumnWidth = 190;    // the widest a node's column grows
constexpr int kMinColumnWidth = 150; // below it, a scrollbar rather than unreadable columns
constexpr int kTopHeight = 40;
constexpr int kPad = 8;
constexpr int kInterfaceHeight = 44;
constexpr int kBadgeHeight = 26;
constexpr int kBadgeGap = 5;
constexpr int kServiceLine = 15;
constexpr int kGlideMs = 300;

// Lanes in the order traffic goes: outside in.
int roleRank(const QString& role)
{
    const int rank = int(SegmentLabel::roles().indexOf(role));
    return rank < 0 ? 99 : rank;
}

QColor roleColour(const QString& role)
{
    if (role == u"external")
        return QColor(0xe0, 0x8a, 0x2c);
    if (role == u"internal")
        return QColor(0x3a, 0x7b, 0xd5);
    if (role == u"storage" || role == u"replication")
        return QColor(0x8e, 0x5c, 0xc2);
    if (role == u"management")
        return QColor(0x4c, 0x9a, 0x5a);
    return QColor(0x80, 0x80, 0x80);
}

QString speedText(int mbps)
{
    if (mbps <= 0)
        return NetworkDiagram::tr("no speed");
    if (mbps >= 1000 && mbps % 1000 == 0)
        return NetworkDiagram::tr("%1 Gb/s").arg(mbps / 1000);
    return NetworkDiagram::tr("%1 Mb/s").arg(mbps);
}

const net::Interface* interfaceOf(const net::NetworkPicture& picture, const QString& node, const QString& name)
{
    for (const net::NodeInterfaces& n : picture.nodes) {
        if (n.node != node)
            continue;
        for (const net::Interface& i : n.interfaces)
            if (i.name == name)
                return &i;
    }
    return nullptr;
}

QRectF lerp(const QRectF& a, const QRectF& b, qreal t)
{
    return {a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t, b.width(), b.height()};
}

} // namespace

NetworkDiagram::NetworkDiagram(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("networkDiagram"));
    setMouseTracking(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    m_glide.setDuration(kGlideMs);
    m_glide.setStartValue(0.0);
    m_glide.setEndValue(1.0);
    m_glide.setEasingCurve(QEasingCurve::InOutCubic);
    connect(&m_glide, &QVariantAnimation::valueChanged, this, qOverload<>(&QWidget::update));
}

void NetworkDiagram::setPicture(const net::NetworkPicture& picture)
{
    // Glide from wherever each badge is drawn at this moment, mid-glide included.
    QHash<QString, QRectF> from;
    for (auto it = m_target.cbegin(); it != m_target.cend(); ++it)
        from.insert(it.key(), drawnRect(it.key()));
    m_picture = picture;
    m_nodes.clear();
    for (const net::NodeInterfaces& node : picture.nodes)
        m_nodes << node.node;
    m_nodes.sort();
    placeBadges(from);
}

void NetworkDiagram::setAvailableWidth(int width)
{
    if (width == m_availableWidth)
        return;
    const int before = columnWidth();
    m_availableWidth = width;
    if (columnWidth() != before)
        placeBadges({}); // no glide: nothing moved between nodes
}

int NetworkDiagram::columnWidth() const
{
    // The node columns share what the window gives, within bounds.
    if (m_availableWidth <= 0 || m_nodes.isEmpty())
        return kColumnWidth;
    const int share = (m_availableWidth - kHeaderWidth - kPad) / int(m_nodes.size());
    return std::clamp(share, kMinColumnWidth, kColumnWidth);
}

void NetworkDiagram::placeBadges(const QHash<QString, QRectF>& from)
{
    layoutLanes();
    m_target.clear();
    bool moved = false;
    for (const Lane& lane : std::as_const(m_lanes)) {
        int offset = 0;
        for (const net::Vip& vip : std::as_const(m_picture.vips)) {
            if (vip.segment != lane.subnet)
                continue;
            const QRectF rect = targetRect(vip, offset).translated(0, lane.top);
            offset += badgeHeight(vip) + kBadgeGap;
            m_target.insert(vip.resource, rect);
            moved = moved || (from.contains(vip.resource) && from.value(vip.resource) != rect);
        }
    }
    m_from = from;
    if (moved) {
        m_glide.stop();
        m_glide.start();
    }
    updateGeometry();
    resize(std::max(sizeHint().width(), m_availableWidth), sizeHint().height());
    update();
}

void NetworkDiagram::layoutLanes()
{
    QList<net::Segment> segments = m_picture.segments;
    std::sort(segments.begin(), segments.end(), [](const net::Segment& a, const net::Segment& b) {
        return std::pair(roleRank(a.role), a.subnet) < std::pair(roleRank(b.role), b.subnet);
    });
    QStringList subnets;
    for (const net::Segment& segment : segments)
        subnets << segment.subnet;
    const bool homeless = std::any_of(m_picture.vips.cbegin(), m_picture.vips.cend(),
                                      [](const net::Vip& v) { return v.segment.isEmpty(); });
    if (homeless)
        subnets << QString();
    m_lanes.clear();
    int top = kTopHeight;
    for (const QString& subnet : subnets) {
        int height = 2 * kPad + kInterfaceHeight;
        for (const net::Vip& vip : std::as_const(m_picture.vips)) {
            if (vip.segment == subnet)
                height += badgeHeight(vip) + kBadgeGap;
        }
        m_lanes.append({subnet, top, std::max(height, 72)});
        top += m_lanes.last().height + kBadgeGap;
    }
}

int NetworkDiagram::columnLeft(int column) const
{
    return kHeaderWidth + column * columnWidth();
}

int NetworkDiagram::badgeHeight(const net::Vip& vip) const
{
    return kBadgeHeight + int(servicesOn(vip.resource).size()) * kServiceLine;
}

QList<net::Service> NetworkDiagram::servicesOn(const QString& vip) const
{
    QList<net::Service> services;
    for (const net::Service& service : m_picture.services) {
        if (service.vip == vip)
            services << service;
    }
    return services;
}

// On the node that carries it, else the node the cluster says, else (stopped) in the lane's header.
QRectF NetworkDiagram::targetRect(const net::Vip& vip, int offset) const
{
    const QString node = vip.seenOn.value(0, vip.activeOn.value(0));
    const int column = int(m_nodes.indexOf(node));
    const int left = column < 0 ? kPad : columnLeft(column) + kPad;
    const int width = (column < 0 ? kHeaderWidth : columnWidth()) - 2 * kPad;
    return QRectF(left, kPad + kInterfaceHeight + offset, width, badgeHeight(vip));
}

QRectF NetworkDiagram::drawnRect(const QString& resource) const
{
    const QRectF target = m_target.value(resource);
    if (!isGliding() || !m_from.contains(resource))
        return target;
    return lerp(m_from.value(resource), target, m_glide.currentValue().toReal());
}

QSize NetworkDiagram::sizeHint() const
{
    const int height = m_lanes.isEmpty() ? kTopHeight + 80 : m_lanes.last().top + m_lanes.last().height + kPad;
    return {columnLeft(int(std::max<qsizetype>(m_nodes.size(), 1))) + kPad, height};
}

QRect NetworkDiagram::vipRect(const QString& resource) const
{
    return m_target.value(resource).toAlignedRect();
}

QRect NetworkDiagram::cellRect(const QString& subnet, const QString& node) const
{
    const int column = int(m_nodes.indexOf(node));
    for (const Lane& lane : m_lanes)
        if (lane.subnet == subnet && column >= 0)
            return QRect(columnLeft(column), lane.top, columnWidth(), lane.height);
    return {};
}

QStringList NetworkDiagram::laneSubnets() const
{
    QStringList subnets;
    for (const Lane& lane : m_lanes)
        subnets << lane.subnet;
    return subnets;
}

QStringList NetworkDiagram::warningsFor(const QString& subject) const
{
    QStringList texts;
    for (const net::Warning& warning : m_picture.warnings)
        if (warning.subject == subject)
            texts << warning.text;
    return texts;
}

void NetworkDiagram::selectVip(const QString& resource)
{
    if (m_selected == resource)
        return;
    m_selected = resource;
    update();
    Q_EMIT vipSelected(resource);
}

QString NetworkDiagram::vipAt(const QPoint& pos) const
{
    for (auto it = m_target.cbegin(); it != m_target.cend(); ++it)
        if (drawnRect(it.key()).contains(pos))
            return it.key();
    return {};
}

void NetworkDiagram::mousePressEvent(QMouseEvent* event)
{
    const QString vip = vipAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton)
        selectVip(vip);
    else if (event->button() == Qt::RightButton && !vip.isEmpty()) {
        selectVip(vip);
        Q_EMIT vipMenuRequested(vip, event->globalPosition().toPoint());
    }
}

bool NetworkDiagram::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto* help = static_cast<QHelpEvent*>(event);
    const QString vip = vipAt(help->pos());
    QStringList lines;
    for (const net::Vip& v : std::as_const(m_picture.vips)) {
        if (v.resource != vip)
            continue;
        lines << tr("%1: %2, held by %3").arg(v.resource, v.address,
                                              v.seenOn.isEmpty() ? tr("no node") : v.seenOn.join(QLatin1String(", ")));
        lines << warningsFor(v.resource);
    }
    if (lines.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), lines.join(u'\n'), this);
    return true;
}

void NetworkDiagram::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    p.fillRect(rect(), pal.base());
    const QFont base = font();
    QFont bold = base;
    bold.setBold(true);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.85);

    if (m_nodes.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(kPad, kPad, -kPad, -kPad), Qt::AlignLeft | Qt::AlignTop,
                   tr("No node has reported its interfaces yet."));
        return;
    }

    // Node headers.
    p.setFont(bold);
    for (int c = 0; c < m_nodes.size(); ++c) {
        const QRect header(columnLeft(c), 0, columnWidth(), kTopHeight);
        p.setPen(pal.color(QPalette::Text));
        QString title = m_nodes.at(c);
        if (!warningsFor(title).isEmpty())
            title.prepend(QStringLiteral("⚠ "));
        p.drawText(header.adjusted(kPad, 0, -kPad, 0), Qt::AlignVCenter | Qt::AlignLeft, title);
    }

    for (const Lane& lane : std::as_const(m_lanes)) {
        const net::Segment* segment = nullptr;
        for (const net::Segment& s : m_picture.segments)
            if (s.subnet == lane.subnet)
                segment = &s;
        const QColor tint = roleColour(segment ? segment->role : QString());
        const QRect laneRect(0, lane.top, columnLeft(int(m_nodes.size())), lane.height);
        QColor wash = tint;
        wash.setAlpha(28);
        p.fillRect(laneRect, wash);
        p.fillRect(QRect(0, lane.top, 5, lane.height), tint);

        // The lane's header: name, role, subnet.
        const QRect header(kPad + 4, lane.top + kPad, kHeaderWidth - 2 * kPad - 4, kInterfaceHeight);
        p.setPen(pal.color(QPalette::Text));
        p.setFont(bold);
        QString title = !segment ? tr("in no segment")
                        : segment->name.isEmpty() ? segment->subnet
                                                  : segment->name;
        if (!warningsFor(lane.subnet).isEmpty())
            title.prepend(QStringLiteral("⚠ "));
        p.drawText(header, Qt::AlignLeft | Qt::AlignTop, title);
        p.setFont(small);
        p.setPen(pal.color(QPalette::PlaceholderText));
        const QString role = segment && !segment->role.isEmpty() ? segment->role : tr("no role");
        p.drawText(header, Qt::AlignLeft | Qt::AlignBottom,
                   segment ? QStringLiteral("%1 · %2").arg(role, segment->subnet) : QString());

        // Where the lane meets each node: its interface.
        for (int c = 0; segment && c < m_nodes.size(); ++c) {
            const QRect cell(columnLeft(c) + kPad, lane.top + kPad, columnWidth() - 2 * kPad, kInterfaceHeight - 4);
            const QString name = segment->interfaceOn.value(m_nodes.at(c));
            const net::Interface* interface = interfaceOf(m_picture, m_nodes.at(c), name);
            p.setPen(QPen(pal.color(QPalette::Mid), 1));
            p.setBrush(pal.color(QPalette::Window));
            p.drawRoundedRect(cell, 4, 4);
            if (!interface) {
                p.setPen(pal.color(QPalette::PlaceholderText));
                p.setFont(small);
                p.drawText(cell, Qt::AlignCenter, tr("no interface"));
                continue;
            }
            const bool up = interface->state == u"UP" || interface->state == u"UNKNOWN";
            p.setPen(Qt::NoPen);
            p.setBrush(up ? QColor(0x2e, 0x9d, 0x46) : QColor(0xd3, 0x2f, 0x2f));
            p.drawEllipse(QRectF(cell.left() + 7, cell.top() + 8, 9, 9));
            p.setPen(pal.color(QPalette::Text));
            p.setFont(bold);
            const QRect text = cell.adjusted(22, 3, -6, -3);
            p.drawText(text, Qt::AlignLeft | Qt::AlignTop, interface->name);
            p.setFont(small);
            p.drawText(text, Qt::AlignRight | Qt::AlignTop,
                       QStringLiteral("%1 · %2").arg(interface->state, speedText(interface->speedMbps)));
            QStringList own;
            for (const net::InterfaceAddress& a : interface->addresses) {
                const bool isVip = std::any_of(m_picture.vips.cbegin(), m_picture.vips.cend(),
                                               [&](const net::Vip& v) { return v.address == a.address; });
                if (!isVip)
                    own << QStringLiteral("%1/%2").arg(a.address).arg(a.prefix);
            }
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(text, Qt::AlignLeft | Qt::AlignBottom, own.join(QLatin1String(", ")));
        }
    }

    // The VIPs, over the lanes so a glide can cross them.
    for (const net::Vip& vip : std::as_const(m_picture.vips)) {
        if (!m_target.contains(vip.resource))
            continue;
        const QRectF badge = drawnRect(vip.resource);
        const bool confirmed = !vip.seenOn.isEmpty();
        const bool troubled = !warningsFor(vip.resource).isEmpty();
        const bool selected = vip.resource == m_selected;
        QColor fill = confirmed ? pal.color(QPalette::Highlight) : pal.color(QPalette::Button);
        if (!selected)
            fill.setAlpha(confirmed ? 200 : 255);
        QPen outline(selected ? pal.color(QPalette::Text) : fill.darker(130), selected ? 2 : 1);
        if (!confirmed)
            outline.setStyle(Qt::DashLine);
        p.setPen(outline);
        p.setBrush(fill);
        p.drawRoundedRect(badge, 6, 6);
        p.setPen(confirmed ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::ButtonText));
        p.setFont(bold);
        const QString label = (troubled ? QStringLiteral("⚠ ") : QString()) + vip.resource;
        const QRectF head = QRectF(badge.topLeft(), QSizeF(badge.width(), kBadgeHeight)).adjusted(8, 0, -8, 0);
        p.drawText(head, Qt::AlignVCenter | Qt::AlignLeft, label);
        p.setFont(small);
        p.drawText(head, Qt::AlignVCenter | Qt::AlignRight, vip.address);
        // What clients reach on it: port and name, and where a frontend sends them.
        QRectF line(head.left(), head.bottom() - 4, head.width(), kServiceLine);
        for (const net::Service& service : servicesOn(vip.resource)) {
            QString text = QStringLiteral(":%1 %2").arg(service.port).arg(service.name);
            if (!service.serverSegments.isEmpty())
                text += QStringLiteral(" → %1").arg(service.serverSegments.join(QLatin1String(", ")));
            p.drawText(line, Qt::AlignVCenter | Qt::AlignLeft,
                       p.fontMetrics().elidedText(text, Qt::ElideRight, int(line.width())));
            line.translate(0, kServiceLine);
        }
        // An address carried twice: a ghost badge on every other node that carries it.
        for (const QString& extra : vip.seenOn.mid(1)) {
            const int column = int(m_nodes.indexOf(extra));
            if (column < 0)
                continue;
            const QRectF ghost(columnLeft(column) + kPad, badge.top(), badge.width(), badge.height());
            p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(ghost, 6, 6);
            p.setPen(pal.color(QPalette::Text));
            p.drawText(ghost.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("⚠ ") + vip.resource);
        }
    }
}

SegmentLabelsDialog::SegmentLabelsDialog(const QList<net::Segment>& segments, const QMap<QString, SegmentLabel>& labels,
                                         QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(segments.size()), ColumnCount, this))
{
    setObjectName(QStringLiteral("segmentLabelsDialog"));
    setWindowTitle(tr("Segments"));
    m_table->setObjectName(QStringLiteral("segmentTable"));
    m_table->setHorizontalHeaderLabels({tr("Subnet"), tr("Interfaces"), tr("Name"), tr("Role")});
    m_table->verticalHeader()->hide();
    for (int row = 0; row < segments.size(); ++row) {
        const net::Segment& segment = segments.at(row);
        auto* subnetItem = new QTableWidgetItem(segment.subnet);
        subnetItem->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, SubnetColumn, subnetItem);
        // Which interface reaches it on each node: how an operator recognises a segment.
        QMap<QString, QStringList> nodesOf; // interface -> nodes
        for (auto it = segment.interfaceOn.cbegin(); it != segment.interfaceOn.cend(); ++it)
            nodesOf[it.value()] << it.key();
        QStringList interfaces;
        for (auto it = nodesOf.cbegin(); it != nodesOf.cend(); ++it)
            interfaces << tr("%1 on %2").arg(it.key(), it.value().join(QLatin1String(", ")));
        auto* interfacesItem = new QTableWidgetItem(interfaces.join(QLatin1String("; ")));
        interfacesItem->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, InterfacesColumn, interfacesItem);
        auto* name = new QTableWidgetItem(labels.value(segment.subnet).name);
        name->setToolTip(tr("A name of your own, such as \"public 1G\" or \"storage\""));
        m_table->setItem(row, NameColumn, name);
        auto* role = new QComboBox(m_table);
        role->addItem(tr("(none)"), QString());
        for (const QString& r : SegmentLabel::roles())
            role->addItem(r, r);
        role->setCurrentIndex(std::max(0, role->findData(labels.value(segment.subnet).role)));
        m_table->setCellWidget(row, RoleColumn, role);
    }
    // The fixed facts as wide as they are, the name takes the room left, the role its list's width.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(SubnetColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(InterfacesColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(NameColumn, 160);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Name the subnets the nodes share and say what each carries. The lint "
                                "uses the roles; HAdesk keeps them with the cluster."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(720, 320);
}

QMap<QString, SegmentLabel> SegmentLabelsDialog::labels() const
{
    QMap<QString, SegmentLabel> labels;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const SegmentLabel label{m_table->item(row, NameColumn)->text().trimmed(),
                                 static_cast<QComboBox*>(m_table->cellWidget(row, RoleColumn))->currentData().toString()};
        if (!label.name.isEmpty() || !label.role.isEmpty())
            labels.insert(m_table->item(row, SubnetColumn)->text(), label);
    }
    return labels;
}

NetworkView::NetworkView(ClusterSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_diagram(new NetworkDiagram(this))
    , m_details(new QTextBrowser(this))
    , m_warnings(new QListWidget(this))
    , m_actions(new QToolButton(this))
{
    setObjectName(QStringLiteral("network"));
    m_details->setObjectName(QStringLiteral("networkDetails"));
    m_warnings->setObjectName(QStringLiteral("networkWarnings"));
    m_warnings->setWordWrap(true); // the reasons are sentences
    m_actions->setObjectName(QStringLiteral("networkVipActions"));
    m_actions->setText(tr("VIP &Actions"));
    m_actions->setPopupMode(QToolButton::InstantPopup);
    m_actions->setEnabled(false);
    // Filled as it opens: the picture refreshes with every change, and a menu replaced while it
    // is open would vanish under the operator's pointer.
    auto* actions = new QMenu(m_actions);
    m_actions->setMenu(actions);
    connect(actions, &QMenu::aboutToShow, this, [this, actions] {
        actions->clear();
        ActionMenus::addResourceActions(actions, m_session, m_diagram->selectedVip(), this);
    });
    auto* segments = new QPushButton(tr("&Segments…"), this);
    segments->setObjectName(QStringLiteral("networkSegments"));
    connect(segments, &QPushButton::clicked, this, &NetworkView::editSegments);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_diagram);
    scroll->setWidgetResizable(false);
    scroll->viewport()->installEventFilter(this);
    m_scroll = scroll;
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_actions);
    buttons->addStretch();
    buttons->addWidget(segments);
    sideLayout->addLayout(buttons);
    sideLayout->addWidget(m_details, 2);
    sideLayout->addWidget(new QLabel(tr("Warnings"), side));
    sideLayout->addWidget(m_warnings, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    side->setMaximumWidth(320);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_diagram, &NetworkDiagram::vipSelected, this, &NetworkView::showVip);
    connect(m_diagram, &NetworkDiagram::vipMenuRequested, this, &NetworkView::vipMenu);
    connect(m_warnings, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { m_diagram->selectVip(item->data(Qt::UserRole).toString()); });
    connect(session->network(), &net::NetworkMonitor::pictureChanged, this, &NetworkView::refresh);
    refresh();
}

void NetworkView::refresh()
{
    const net::NetworkMonitor* monitor = m_session->network();
    m_diagram->setPicture(monitor->picture());
    m_warnings->clear();
    for (const net::Warning& warning : monitor->picture().warnings) {
        auto* item = new QListWidgetItem(QStringLiteral("⚠ ") + warning.text, m_warnings);
        item->setData(Qt::UserRole, warning.subject);
    }
    for (auto it = monitor->errors().cbegin(); it != monitor->errors().cend(); ++it)
        new QListWidgetItem(tr("%1: interfaces not read: %2").arg(it.key(), it.value()), m_warnings);
    showVip(m_diagram->selectedVip());
}

void NetworkView::showVip(const QString& resource)
{
    const net::Vip* vip = nullptr;
    for (const net::Vip& v : m_diagram->picture().vips)
        if (v.resource == resource)
            vip = &v;
    m_actions->setEnabled(vip && !m_session->profile().readOnly);
    if (!vip) {
        m_details->setHtml(tr("<p>Click a VIP to see its resource, its constraints and where it can move.</p>"));
        return;
    }
    const auto row = [](const QString& key, const QString& value) {
        return QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=2>").arg(resource.toHtmlEscaped());
    const pcmk::Resource* r = m_session->state().resource(resource);
    if (r)
        html += row(tr("agent"), QStringLiteral("%1:%2:%3").arg(r->agentClass, r->provider, r->type));
    html += row(tr("address"), vip->prefix >= 0 ? QStringLiteral("%1/%2").arg(vip->address).arg(vip->prefix) : vip->address);
    html += row(tr("interface"), vip->nic.isEmpty() ? tr("(chosen by the agent)") : vip->nic);
    html += row(tr("segment"), vip->segment.isEmpty() ? tr("none") : vip->segment);
    html += row(tr("cluster runs it on"), vip->activeOn.isEmpty() ? tr("no node") : vip->activeOn.join(QLatin1String(", ")));
    html += row(tr("address seen on"), vip->seenOn.isEmpty() ? tr("no node") : vip->seenOn.join(QLatin1String(", ")));
    html += QStringLiteral("</table><h4>%1</h4><ul>").arg(tr("Constraints"));
    for (const pcmk::Constraint* c : m_session->state().constraintsOf(resource))
        html += QStringLiteral("<li><b>%1</b> %2</li>").arg(c->id.toHtmlEscaped(), c->describe().toHtmlEscaped());
    html += QStringLiteral("</ul>");
    const QList<net::Service> services = m_diagram->servicesOn(resource);
    if (!services.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Services"));
        for (const net::Service& service : services) {
            QStringList facts;
            facts << (service.process.isEmpty() ? tr("nothing listens") : tr("%1 listens").arg(service.process));
            if (!service.resource.isEmpty())
                facts << tr("run by %1").arg(service.resource);
            if (!service.serverSegments.isEmpty())
                facts << tr("sends to %1").arg(service.serverSegments.join(QLatin1String(", ")));
            if (!service.listeningOn.isEmpty())
                facts << tr("bound on %1").arg(service.listeningOn.join(QLatin1String(", ")));
            html += QStringLiteral("<li><b>%1</b> :%2 — %3</li>")
                        .arg(service.name.toHtmlEscaped())
                        .arg(service.port)
                        .arg(facts.join(QLatin1String("; ")).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    for (const QString& warning : m_diagram->warningsFor(resource))
        html += QStringLiteral("<p>⚠ %1</p>").arg(warning.toHtmlEscaped());
    m_details->setHtml(html);
}

void NetworkView::vipMenu(const QString& resource, const QPoint& globalPos)
{
    QMenu menu(this);
    ActionMenus::addResourceActions(&menu, m_session, resource, this);
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

bool NetworkView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        m_diagram->setAvailableWidth(m_scroll->viewport()->width());
    return QWidget::eventFilter(watched, event);
}

void NetworkView::editSegments()
{
    SegmentLabelsDialog dialog(m_session->network()->picture().segments, m_session->profile().segmentLabels, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QMap<QString, SegmentLabel> labels = dialog.labels();
    m_session->setSegmentLabels(labels);
    Q_EMIT segmentLabelsEdited(labels);
}

} // namespace hadesk::views
