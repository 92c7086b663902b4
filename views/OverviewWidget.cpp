#include "views/OverviewWidget.h"

#include "backend/ClusterSession.h"
#include "backend/ServiceHealth.h"
#include "backend/drbd/DrbdMonitor.h"
#include "backend/haproxy/HaproxyMonitor.h"
#include "backend/network/NetworkMonitor.h"
#include "backend/pacemaker/ClusterModels.h"
#include "views/ActionMenus.h"
#include "views/FlowLayout.h"

#include <QDateTime>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hadesk::views {
namespace {

QTreeWidget* table(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->setMaximumHeight(160);
    return tree;
}

// As tall as its rows (up to a few): one failure does not take a screenful.
void fitHeight(QTreeWidget* tree)
{
    const int rows = std::min(tree->topLevelItemCount(), 6);
    const int row = tree->topLevelItemCount() > 0 ? tree->visualItemRect(tree->topLevelItem(0)).height() : 0;
    tree->setFixedHeight(tree->header()->sizeHint().height() + std::max(row, tree->fontMetrics().height() + 4) * std::max(rows, 1) +
                         2 * tree->frameWidth() + 2);
}

QIcon dotIcon(const QColor& colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    return label;
}

} // namespace

OverviewWidget::OverviewWidget(ClusterSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_cards(new QVBoxLayout)
    , m_failures(table({tr("Resource"), tr("Node"), tr("Operation"), tr("Result"), tr("When")},
                       QStringLiteral("failedActions"), this))
    , m_leftovers(table({tr("Constraint"), tr("Resource"), tr("Effect"), tr("Until")}, QStringLiteral("leftoverConstraints"),
                        this))
    , m_pending(table({tr("Resource"), tr("Operation"), tr("Node"), tr("Since")}, QStringLiteral("pendingActions"), this))
    , m_attention(table({tr("What")}, QStringLiteral("attention"), this))
    , m_services(table({tr("Service")}, QStringLiteral("serviceHealth"), this))
    , m_servicesHeading(heading(tr("Services"), this))
{
    setObjectName(QStringLiteral("overview"));
    m_summary->setObjectName(QStringLiteral("clusterSummary"));
    m_summary->setTextFormat(Qt::RichText);
    auto* cleanup = new QPushButton(tr("Clean &up"), this);
    cleanup->setObjectName(QStringLiteral("cleanupButton"));
    auto* clear = new QPushButton(tr("C&lear"), this);
    clear->setObjectName(QStringLiteral("clearButton"));
    m_cleanup = cleanup;
    m_clear = clear;
    m_calm = new QLabel(tr("Nothing needs attention: no failed actions, no moves or bans left behind, nothing pending."), this);
    m_calm->setObjectName(QStringLiteral("nothingToDo"));
    m_failuresHeading = heading(tr("Failed actions"), this);
    m_leftoversHeading = heading(tr("Moves and bans left behind"), this);
    m_pendingHeading = heading(tr("Pending actions"), this);
    m_attentionHeading = heading(tr("Needs attention"), this);
    m_attention->setToolTip(tr("Double-click to go where it can be acted on"));
    m_services->setToolTip(tr("Double-click to go where it can be acted on"));
    for (QTreeWidget* tree : {m_attention, m_services})
        connect(tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
            Q_EMIT showRequested(item->data(0, Qt::UserRole).toString(), item->data(0, Qt::UserRole + 1).toString());
        });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(m_cards);
    layout->addWidget(m_servicesHeading);
    layout->addWidget(m_services);
    layout->addWidget(m_calm);
    layout->addWidget(m_attentionHeading);
    layout->addWidget(m_attention);
    layout->addWidget(m_failuresHeading);
    layout->addWidget(m_failures);
    layout->addWidget(cleanup, 0, Qt::AlignLeft);
    layout->addWidget(m_leftoversHeading);
    layout->addWidget(m_leftovers);
    layout->addWidget(clear, 0, Qt::AlignLeft);
    layout->addWidget(m_pendingHeading);
    layout->addWidget(m_pending);
    layout->addStretch();

    connect(cleanup, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_failures->currentItem())
            ActionMenus::cleanup(m_session, item->text(0), item->text(1), this);
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_leftovers->currentItem())
            ActionMenus::run(m_session, QStringLiteral("clear"), item->text(1), this);
    });
    connect(session, &ClusterSession::stateUpdated, this, [this] {
        m_watchError.clear();
        refresh();
    });
    connect(session, &ClusterSession::watchFailed, this, [this](const QString& error) {
        m_watchError = error;
        refresh();
    });
    // The node talked through coming and going changes what the state shown is worth.
    connect(session, &ClusterSession::hostStateChanged, this, [this](const QString& host) {
        if (host == m_session->currentHost())
            refresh();
    });
    // The links and versions come with the network picture, which changes only on news.
    connect(session->network(), &net::NetworkMonitor::pictureChanged, this, &OverviewWidget::refresh);
    connect(session->haproxy(), &haproxy::HaproxyMonitor::updated, this, &OverviewWidget::refreshServices);
    connect(session->drbd(), &drbd::DrbdMonitor::changed, this, &OverviewWidget::refreshServices);
    refresh();
}

void OverviewWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_session->haproxy()->want(this, haproxy::HaproxyMonitor::kGlanceIntervalMs);
}

void OverviewWidget::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_session->haproxy()->release(this);
}

QString OverviewWidget::linksText(const QString& node) const
{
    // "Corosync links 0 ✓ 1 ✓", or what is lost from here: "link 1: no node1, node2".
    QMap<int, QStringList> lostTo;
    QList<int> links;
    for (const net::LinkStatus& s : m_session->network()->picture().linkStatuses) {
        if (s.node != node)
            continue;
        if (!links.contains(s.link))
            links << s.link;
        if (!s.connected)
            lostTo[s.link] << s.peer;
    }
    if (links.isEmpty())
        return {};
    std::sort(links.begin(), links.end());
    QStringList parts;
    for (int link : std::as_const(links)) {
        parts << (lostTo.contains(link) ? QStringLiteral("<span style='color:#d03030'>%1</span>")
                                              .arg(tr("link %1 ✗ to %2").arg(link).arg(lostTo.value(link).join(QLatin1String(", "))).toHtmlEscaped())
                                        : tr("link %1 ✓").arg(link).toHtmlEscaped());
    }
    return tr("Corosync: %1").arg(parts.join(QStringLiteral(" · ")));
}

void OverviewWidget::refreshServices()
{
    m_services->clear();
    if (!m_session->hasState()) {
        m_servicesHeading->hide();
        m_services->hide();
        return;
    }
    const QList<ServiceHealthLine> lines = ServiceHealth::build(m_session->network()->picture(), m_session->haproxy()->states(),
                                                                m_session->drbd()->resources());
    for (const ServiceHealthLine& line : lines) {
        auto* item = new QTreeWidgetItem(m_services, {line.text});
        item->setIcon(0, dotIcon(line.healthy ? QColor(0x30, 0xa0, 0x50) : QColor(0xd0, 0x30, 0x30)));
        item->setData(0, Qt::UserRole, line.view);
        item->setData(0, Qt::UserRole + 1, line.subject);
        item->setData(0, Qt::UserRole + 2, line.healthy);
    }
    fitHeight(m_services);
    m_servicesHeading->setVisible(!lines.isEmpty());
    m_services->setVisible(!lines.isEmpty());
}

QWidget* OverviewWidget::nodeCard(const QString& name)
{
    const pcmk::ClusterState& state = m_session->state();
    const pcmk::Node* node = state.node(name);
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("node-card-") + name);
    card->setFrameShape(QFrame::StyledPanel);
    int failures = 0;
    for (const pcmk::FailedAction& f : state.failures)
        failures += f.node == name ? 1 : 0;
    const QString stateText = pcmk::NodeTableModel::stateText(*node);
    const QString colour = node->unclean || !node->online ? QStringLiteral("#d03030")
                           : node->standby || node->maintenance ? QStringLiteral("#d09020")
                                                                : QStringLiteral("#30a050");
    auto* label = new QLabel(card);
    label->setTextFormat(Qt::RichText);
    const QString links = linksText(name);
    label->setText(QStringLiteral("<b>%1</b>%2<br><span style='color:%3'>● %4</span><br>%5%6%7")
                       .arg(name.toHtmlEscaped(), node->isDc ? tr(" (DC)") : QString(), colour, stateText.toHtmlEscaped(),
                            tr("%n resource(s) running", nullptr, node->resourcesRunning),
                            failures ? QStringLiteral("<br><span style='color:#d03030'>%1</span>")
                                           .arg(tr("%n failure(s)", nullptr, failures))
                                     : QString(),
                            links.isEmpty() ? QString() : QStringLiteral("<br>") + links));
    auto* layout = new QVBoxLayout(card);
    layout->addWidget(label);
    card->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(card, &QWidget::customContextMenuRequested, this, [this, card, name](const QPoint& at) {
        QMenu menu;
        ActionMenus::addNodeActions(&menu, m_session, name, this);
        if (!menu.isEmpty())
            menu.exec(card->mapToGlobal(at));
    });
    return card;
}

void OverviewWidget::refresh()
{
    const pcmk::ClusterState& state = m_session->state();
    // Nothing is claimed of a state not known: no "no failed actions" while connecting.
    const bool live = !m_session->hosts().isEmpty();
    if (!m_session->hasState()) {
        QString text = !live                    ? tr("Reading the file…")
                     : m_watchError.isEmpty()   ? tr("Connecting to %1…").arg(m_session->currentHost())
                                                : tr("The cluster's state could not be read through %1: %2")
                                                      .arg(m_session->currentHost(), m_watchError);
        m_summary->setText(text.toHtmlEscaped());
        for (QWidget* w : std::initializer_list<QWidget*>{m_calm, m_failuresHeading, m_failures, m_cleanup, m_leftoversHeading,
                                                          m_leftovers, m_clear, m_pendingHeading, m_pending, m_attentionHeading,
                                                          m_attention, m_servicesHeading, m_services})
            w->hide();
        return;
    }
    // A state read before the connection went is shown as what it is.
    const bool stale = live && m_session->connectionState() != ssh::ConnectionState::Connected;
    const bool fencing = state.properties.value(QStringLiteral("stonith-enabled"), QStringLiteral("true")) != u"false";
    QString lastFence;
    if (!state.fencing.isEmpty()) {
        const pcmk::FenceEvent& last = state.fencing.constLast();
        lastFence = tr("; last: %1 %2 (%3)").arg(last.target, last.action, last.status);
    }
    const bool maintenance = state.properties.value(QStringLiteral("maintenance-mode")) == u"true";
    // Who changed the configuration last and when, the version, the properties that decide how
    // the cluster behaves.
    QStringList facts;
    // The versions per node; nodes that disagree are named (a rolling upgrade half done). The
    // DC's own word for Pacemaker's when the nodes were not read.
    const auto versionsText = [](const QMap<QString, QString>& versions) {
        QMap<QString, QStringList> nodesOf;
        for (auto it = versions.cbegin(); it != versions.cend(); ++it)
            nodesOf[it.value()] << it.key();
        if (nodesOf.size() <= 1)
            return nodesOf.isEmpty() ? QString() : nodesOf.firstKey();
        QStringList each;
        for (auto it = nodesOf.cbegin(); it != nodesOf.cend(); ++it)
            each << tr("%1 on %2").arg(it.key(), it.value().join(QLatin1String(", ")));
        return each.join(QLatin1String("; "));
    };
    const net::NetworkPicture& picture = m_session->network()->picture();
    QString pacemaker = versionsText(picture.pacemakerVersions);
    if (pacemaker.isEmpty())
        pacemaker = state.pacemakerVersion.section(u'-', 0, 0);
    if (!pacemaker.isEmpty())
        facts << tr("Pacemaker %1").arg(pacemaker);
    if (const QString corosync = versionsText(picture.corosyncVersions); !corosync.isEmpty())
        facts << tr("Corosync %1").arg(corosync);
    if (!state.lastChange.isEmpty())
        facts << tr("last change %1%2").arg(state.lastChange, state.lastChangeBy.isEmpty() ? QString() : u' ' + tr("by %1").arg(state.lastChangeBy));
    const QString stickiness = state.properties.value(QStringLiteral("resource-stickiness"));
    if (!stickiness.isEmpty())
        facts << tr("stickiness %1").arg(stickiness);
    if (const QString policy = state.properties.value(QStringLiteral("no-quorum-policy")); !policy.isEmpty())
        facts << tr("without quorum: %1").arg(policy);
    m_summary->setText(
        tr("<h2>%1</h2><p>%2 · DC: %3 · Fencing: %4%5%6</p>")
            .arg(state.clusterName.toHtmlEscaped(),
                 state.hasQuorum ? tr("<span style='color:#30a050'>quorate</span>")
                                 : tr("<span style='color:#d03030'>NO QUORUM</span>"),
                 state.dc.isEmpty() ? tr("none") : state.dc.toHtmlEscaped(),
                 fencing ? tr("enabled") : tr("<span style='color:#d03030'>DISABLED</span>"), lastFence.toHtmlEscaped(),
                 maintenance ? tr(" · <b>cluster in maintenance mode</b>") : QString()) +
        (facts.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")).toHtmlEscaped())) +
        (stale ? QStringLiteral("<p style='color:#d09020'>%1</p>")
                     .arg(tr("⚠ Not connected to %1: this is the state as last read.").arg(m_session->currentHost()).toHtmlEscaped())
               : QString()));

    // The cards in groups (by kind, and by name prefix on a big control plane), each wrapping at
    // the window's width.
    while (QLayoutItem* item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<pcmk::NodeTableModel::Group> groups = pcmk::NodeTableModel::groupsOf(state);
    for (const pcmk::NodeTableModel::Group& group : groups) {
        auto* box = new QWidget(this);
        box->setObjectName(QStringLiteral("node-group-") + group.title);
        auto* column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        if (groups.size() > 1) {
            auto* title = new QLabel(QStringLiteral("<b>%1</b> (%2)").arg(group.title.toHtmlEscaped()).arg(group.nodes.size()), box);
            column->addWidget(title);
        }
        auto* cards = new QWidget(box);
        auto* flow = new FlowLayout(cards);
        for (const QString& node : group.nodes)
            flow->addWidget(nodeCard(node));
        column->addWidget(cards);
        m_cards->addWidget(box);
    }

    m_attention->clear();
    for (const pcmk::Attention& a : pcmk::needsAttention(state)) {
        auto* item = new QTreeWidgetItem(m_attention, {a.text});
        item->setData(0, Qt::UserRole, a.view);
        item->setData(0, Qt::UserRole + 1, a.subject);
    }
    for (const net::LostLink& lost : m_session->network()->picture().lostLinks()) {
        auto* item = new QTreeWidgetItem(m_attention, {tr("Corosync %1 is down").arg(lost.text())});
        item->setData(0, Qt::UserRole, QStringLiteral("network"));
        item->setData(0, Qt::UserRole + 1, lost.from);
    }
    m_failures->clear();
    for (const pcmk::FailedAction& f : state.failures) {
        const QString result = f.exitReason.isEmpty() ? f.exitStatus : f.exitStatus + QLatin1String(": ") + f.exitReason;
        new QTreeWidgetItem(m_failures, {f.resource, f.node, f.operation, result, f.lastChange});
    }
    m_leftovers->clear();
    for (const pcmk::Constraint& c : state.constraints) {
        if (!c.isFromMoveOrBan())
            continue;
        const QString rsc = c.attributes.value(QStringLiteral("rsc"));
        const QString node = c.attributes.value(QStringLiteral("node"), c.ruleNode);
        const QString effect = c.id.startsWith(QLatin1String("cli-ban-")) ? tr("banned from %1").arg(node)
                                                                           : tr("prefers %1").arg(node);
        new QTreeWidgetItem(m_leftovers, {c.id, rsc, node.isEmpty() ? tr("(rule)") : effect,
                                          c.expires.isEmpty() ? tr("forever") : c.expires});
    }
    m_pending->clear();
    for (const pcmk::PendingAction& p : state.pending)
        new QTreeWidgetItem(m_pending, {p.resource, p.operation, p.node,
                                        QDateTime::fromSecsSinceEpoch(p.sinceEpoch).toString(QStringLiteral("HH:mm:ss"))});
    // Only what needs attention takes room.
    const bool readOnly = m_session->profile().readOnly;
    const bool anyFailure = m_failures->topLevelItemCount() > 0;
    const bool anyLeftover = m_leftovers->topLevelItemCount() > 0;
    const bool anyPending = m_pending->topLevelItemCount() > 0;
    const bool anyAttention = m_attention->topLevelItemCount() > 0;
    for (QTreeWidget* tree : {m_attention, m_failures, m_leftovers, m_pending})
        fitHeight(tree);
    m_attentionHeading->setVisible(anyAttention);
    m_attention->setVisible(anyAttention);
    m_failuresHeading->setVisible(anyFailure);
    m_failures->setVisible(anyFailure);
    m_cleanup->setVisible(anyFailure && !readOnly);
    m_leftoversHeading->setVisible(anyLeftover);
    m_leftovers->setVisible(anyLeftover);
    m_clear->setVisible(anyLeftover && !readOnly);
    m_pendingHeading->setVisible(anyPending);
    m_pending->setVisible(anyPending);
    m_calm->setVisible(!anyFailure && !anyLeftover && !anyPending && !anyAttention && !stale);
    refreshServices();
}

} // namespace hadesk::views
