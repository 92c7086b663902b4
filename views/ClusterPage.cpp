#include "views/ClusterPage.h"

#include "backend/AuditLogModel.h"
#include "backend/ClusterSession.h"
#include "backend/pacemaker/ClusterEvents.h"
#include "backend/pacemaker/ClusterModels.h"
#include "backend/pacemaker/PlacementModel.h"
#include "backend/pacemaker/ClusterOperation.h"
#include "views/ActionMenus.h"
#include "views/OperationDialog.h"
#include "views/DrbdView.h"
#include "views/DrillsView.h"
#include "views/JobsView.h"
#include "views/HaproxyView.h"
#include "views/NetworkView.h"
#include "views/OverviewWidget.h"
#include "views/ResourceGraphView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QUrl>
#include <QUrlQuery>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace hadesk::views {
namespace {

QTableView* tableView(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// Rows whose ProblemRole is true, when asked.
QSortFilterProxyModel* problemFilter(QAbstractItemModel* source, int problemRole, QObject* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setFilterRole(problemRole);
    proxy->setFilterKeyColumn(0);
    return proxy;
}

QString table(const QList<std::pair<QString, QString>>& rows)
{
    QString html = QStringLiteral("<table cellspacing=2>");
    for (const auto& [key, value] : rows)
        html += QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

QList<std::pair<QString, QString>> pairs(const QMap<QString, QString>& map)
{
    QList<std::pair<QString, QString>> rows;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        rows.append({it.key(), it.value()});
    return rows;
}

} // namespace

ClusterPage::ClusterPage(ClusterSession* session, QAbstractItemModel* commandLog, QWidget* parent)
    : QTabWidget(parent)
    , m_session(session)
    , m_overview(new OverviewWidget(session, this))
{
    setObjectName(QStringLiteral("clusterPage-") + session->name());
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overview"));
    scroll->setWidget(m_overview);
    scroll->setWidgetResizable(true);
    connect(m_overview, &OverviewWidget::showRequested, this, [this](const QString& view) { showView(view); });
    // A read-only cluster says so on every tab, and why its actions are missing.
    auto* readOnly = new QLabel(tr("🔒 Read-only"), this);
    readOnly->setObjectName(QStringLiteral("readOnlyBadge"));
    readOnly->setToolTip(tr("This console changes nothing on %1: its actions are hidden. Cluster ▸ Read-only turns it off; "
                            "an offline CIB file is always read-only.").arg(session->name()));
    readOnly->setContentsMargins(8, 0, 8, 0);
    readOnly->setStyleSheet(QStringLiteral("color: #d09020; font-weight: bold"));
    readOnly->setVisible(session->profile().readOnly);
    setCornerWidget(readOnly, Qt::TopRightCorner);
    connect(session, &ClusterSession::readOnlyChanged, readOnly, &QWidget::setVisible);
    m_graph = new ResourceGraphView(session, this);
    m_network = new NetworkView(session, this);
    m_haproxy = new HaproxyView(session, this);
    m_drbd = new DrbdView(session, this);
    m_drills = new DrillsView(session, this);
    const QStringList titles = viewTitles();
    m_jobs = new JobsView(session->jobs(), session->streams(), this);
    const QList<QWidget*> tabs{scroll, m_graph, m_network, m_haproxy, m_drbd, resourcesTab(), placementTab(), eventsTab(), m_drills, commandsTab(commandLog), m_jobs};
    for (qsizetype i = 0; i < tabs.size(); ++i)
        addTab(tabs.at(i), titles.at(i));
    connect(session, &ClusterSession::stateUpdated, this, [this] {
        if (!m_detailsFor.isEmpty())
            showDetails(m_detailsFor);
    });
}

QStringList ClusterPage::viewTitles()
{
    return {tr("&Overview"), tr("&Graph"), tr("&Network"), tr("&HAProxy"), tr("&DRBD"), tr("&Resources"), tr("&Placement"), tr("&Events"), tr("Dr&ills"), tr("&Commands"), tr("&Jobs")};
}

QStringList ClusterPage::viewNames()
{
    return {QStringLiteral("overview"), QStringLiteral("graph"), QStringLiteral("network"), QStringLiteral("haproxy"), QStringLiteral("drbd"), QStringLiteral("resources"), QStringLiteral("placement"),
            QStringLiteral("events"), QStringLiteral("drills"), QStringLiteral("commands"), QStringLiteral("jobs")};
}

bool ClusterPage::showView(const QString& name)
{
    for (int i = 0; i < count(); ++i) {
        if (widget(i)->objectName() == name) {
            setCurrentIndex(i);
            if (widget(i) == m_graph)
                m_graph->fit();
            return true;
        }
    }
    return false;
}

QString ClusterPage::selectedResource() const
{
    if (currentWidget() == m_graph)
        return m_graph->selectedResource();
    if (currentWidget()->objectName() == u"placement")
        return m_placementView->currentIndex().data(pcmk::PlacementModel::ResourceIdRole).toString();
    if (currentWidget()->objectName() == u"resources")
        return m_resourceView->currentIndex().data(pcmk::ResourceTreeModel::ResourceIdRole).toString();
    return {};
}

QWidget* ClusterPage::resourcesTab()
{
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("resources"));
    m_resourceView = new QTreeView(splitter);
    m_resourceView->setObjectName(QStringLiteral("resourceView"));
    m_resourceView->setModel(m_session->resourceModel());
    m_resourceView->setUniformRowHeights(true);
    m_resourceView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_resourceView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_session->resourceModel(), &QAbstractItemModel::modelReset, m_resourceView, &QTreeView::expandAll);
    connect(m_resourceView, &QWidget::customContextMenuRequested, this, &ClusterPage::resourceMenu);
    connect(m_resourceView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                showDetails(current.data(pcmk::ResourceTreeModel::ResourceIdRole).toString());
            });
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("resourceDetails"));
    // A fail count's "Clean up" cleans that operation up on that node, previewed and audited.
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl& link) {
        if (link.scheme() != u"hadesk-cleanup" || m_detailsFor.isEmpty())
            return;
        const QUrlQuery query(link);
        QString error;
        const auto op = pcmk::ClusterOperation::cleanupOf(m_detailsFor, link.path(), query.queryItemValue(QStringLiteral("operation")),
                                                         query.queryItemValue(QStringLiteral("interval")).toInt(), &error);
        if (op)
            OperationDialog::start(m_session, *op, this);
        else
            QMessageBox::warning(this, tr("Clean up"), error);
    });
    m_details->setPlaceholderText(tr("Select a resource to see its agent, parameters, operations, fail counts, "
                                     "the constraints that touch it and its recent events. Right-click it for "
                                     "actions."));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_resourceView->expandAll();
    return splitter;
}

void ClusterPage::resourceMenu(const QPoint& at)
{
    const QString id = m_resourceView->indexAt(at).data(pcmk::ResourceTreeModel::ResourceIdRole).toString();
    if (id.isEmpty())
        return;
    QMenu menu;
    ActionMenus::addResourceActions(&menu, m_session, id, this);
    if (!menu.isEmpty())
        menu.exec(m_resourceView->viewport()->mapToGlobal(at));
}

void ClusterPage::showDetails(const QString& id)
{
    m_detailsFor = id;
    const pcmk::ClusterState& state = m_session->state();
    const pcmk::Resource* r = state.resource(id);
    if (!r) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(id.toHtmlEscaped());
    QList<std::pair<QString, QString>> facts{
        {tr("Kind"), pcmk::kindName(r->kind)}, {tr("Role"), r->role}, {tr("Active on"), r->activeOn.join(QLatin1String(", "))}};
    if (r->kind == pcmk::ResourceKind::Primitive)
        facts.prepend({tr("Agent"), r->agent()});
    if (!r->parent.isEmpty())
        facts.append({tr("In"), r->parent});
    if (!r->managed)
        facts.append({tr("Managed"), tr("no")});
    if (!pcmk::PlacementModel::problemOf(state, *r).isEmpty())
        facts.append({tr("Attention"), pcmk::PlacementModel::problemOf(state, *r)});
    html += table(facts);
    if (!r->instanceAttributes.isEmpty())
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Parameters")) + table(pairs(r->instanceAttributes));
    if (!r->metaAttributes.isEmpty())
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Meta attributes")) + table(pairs(r->metaAttributes));
    if (!r->operations.isEmpty()) {
        QList<std::pair<QString, QString>> ops;
        for (const pcmk::Operation& op : r->operations)
            ops.append({op.name, tr("interval %1, timeout %2%3")
                                     .arg(op.interval.isEmpty() ? QStringLiteral("0") : op.interval,
                                          op.timeout.isEmpty() ? tr("default") : op.timeout,
                                          op.role.isEmpty() ? QString() : QLatin1String(", ") + op.role)});
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Operations")) + table(ops);
    }
    // Per node and operation, each with a cleanup of that operation alone.
    const QList<pcmk::OperationFailCount> failCounts = state.operationFailCountsOf(id);
    if (!failCounts.isEmpty()) {
        const bool canAct = !m_session->profile().readOnly;
        html += QStringLiteral("<h4>%1</h4><table cellspacing=2>").arg(tr("Fail counts"));
        for (const pcmk::OperationFailCount& count : failCounts) {
            const QString what = count.intervalMs > 0 ? tr("%1 every %2 s").arg(count.operation).arg(count.intervalMs / 1000) : count.operation;
            const QString failuresText = count.count >= 1000000 ? tr("failed for good (INFINITY)") : tr("%n failure(s)", nullptr, count.count);
            const QString last = count.lastFailureEpoch > 0
                                     ? tr(", last %1").arg(QDateTime::fromSecsSinceEpoch(count.lastFailureEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                     : QString();
            QUrl link;
            link.setScheme(QStringLiteral("hadesk-cleanup"));
            link.setPath(count.node);
            link.setQuery(QStringLiteral("operation=%1&interval=%2").arg(count.operation).arg(count.intervalMs));
            html += QStringLiteral("<tr><td><i>%1</i></td><td>%2</td><td>%3</td></tr>")
                        .arg(count.node.toHtmlEscaped(), QString(what + u": " + failuresText + last).toHtmlEscaped(),
                             canAct ? QStringLiteral("<a href=\"%1\">%2</a>").arg(link.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Clean up").toHtmlEscaped())
                                    : QString());
        }
        html += QStringLiteral("</table>");
    }
    // When failures move it, and when they are forgotten: its own meta attributes or the defaults.
    const pcmk::Resource* top = r;
    while (top && !top->parent.isEmpty())
        top = state.resource(top->parent);
    QList<std::pair<QString, QString>> failurePolicy{
        {tr("Moves away after"), r->metaAttributes.value(QStringLiteral("migration-threshold"),
                                                         tr("INFINITY failures (the default: it never moves for failures)"))},
        {tr("Failures expire"), r->metaAttributes.value(QStringLiteral("failure-timeout"), tr("never (the default)"))}};
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Failure policy")) + table(failurePolicy);
    if (top && top != r && !top->metaAttributes.isEmpty())
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Meta attributes of %1").arg(top->id).toHtmlEscaped()) + table(pairs(top->metaAttributes));
    // What ran last on each node, as the cluster recorded it.
    QList<pcmk::OperationRecord> records;
    for (const pcmk::OperationRecord& record : state.history)
        if (record.resource == id)
            records << record;
    std::sort(records.begin(), records.end(), [](const pcmk::OperationRecord& a, const pcmk::OperationRecord& b) {
        return a.node != b.node ? a.node < b.node : a.sinceEpoch > b.sinceEpoch;
    });
    QList<std::pair<QString, QString>> history;
    for (const pcmk::OperationRecord& record : std::as_const(records)) {
        const QString what = record.intervalMs > 0 ? tr("%1 every %2 s").arg(record.operation).arg(record.intervalMs / 1000)
                           : record.operation == u"monitor" ? tr("probe") : record.operation;
        const QString result = record.failed      ? tr("FAILED (exit %1)").arg(record.rc)
                             : record.rc == 0     ? tr("ok")
                             : record.rc == 7     ? tr("not running")
                             : record.rc == 8     ? tr("promoted")
                                                  : tr("exit %1").arg(record.rc);
        history.append({record.node, tr("%1: %2, %3, took %4 ms")
                                         .arg(what, result,
                                              QDateTime::fromSecsSinceEpoch(record.sinceEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                         .arg(record.execMs)});
    }
    if (!history.isEmpty())
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Operation history")) + table(history);
    // In words, the temporary ones (a move or ban left behind) marked with their expiry.
    QList<std::pair<QString, QString>> constraints;
    for (const pcmk::Constraint* c : state.constraintsOf(id))
        constraints.append({c->id, c->inWords() +
                                       (c->isFromMoveOrBan() ? tr("; left by a move or ban, %1").arg(c->lifetimeInWords())
                                                             : QString())});
    if (!constraints.isEmpty())
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Constraints")) + table(constraints);
    QList<std::pair<QString, QString>> recent;
    for (const pcmk::ClusterEvent& event : m_session->eventModel()->events()) {
        if (event.subject == id && recent.size() < 10)
            recent.append({event.time.toLocalTime().toString(QStringLiteral("HH:mm:ss")), event.text});
    }
    if (!recent.isEmpty())
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Recent events")) + table(recent);
    m_details->setHtml(html);
}

QWidget* ClusterPage::placementTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("placement"));
    auto* problemsOnly = new QCheckBox(tr("Problems &only"), page);
    problemsOnly->setObjectName(QStringLiteral("problemsOnly"));
    QSortFilterProxyModel* proxy = problemFilter(m_session->placementModel(), pcmk::PlacementModel::ProblemRole, page);
    m_placementView = tableView(proxy, QStringLiteral("placementView"), page);
    m_placementView->horizontalHeader()->setStretchLastSection(false);
    m_placementView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_placementView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_placementView->setContextMenuPolicy(Qt::CustomContextMenu);
    // With problems only and none left: said in words, not an empty grid.
    auto* calm = new QLabel(tr("Nothing needs attention: every resource runs where it should, no failures, "
                               "no moves or bans left behind."), page);
    calm->setObjectName(QStringLiteral("placementCalm"));
    calm->setWordWrap(true);
    calm->hide();
    const auto showCalm = [calm, proxy, problemsOnly] { calm->setVisible(problemsOnly->isChecked() && proxy->rowCount() == 0); };
    connect(problemsOnly, &QCheckBox::toggled, proxy, [proxy, showCalm](bool on) {
        proxy->setFilterFixedString(on ? QStringLiteral("true") : QString());
        showCalm();
    });
    connect(proxy, &QAbstractItemModel::modelReset, calm, showCalm);
    connect(proxy, &QAbstractItemModel::rowsInserted, calm, showCalm);
    connect(proxy, &QAbstractItemModel::rowsRemoved, calm, showCalm);
    connect(proxy, &QAbstractItemModel::layoutChanged, calm, showCalm);
    connect(m_placementView, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex cell = m_placementView->indexAt(at);
        const QString id = cell.data(pcmk::PlacementModel::ResourceIdRole).toString();
        if (id.isEmpty())
            return;
        // The cell's own action first: this resource to this node.
        QMenu menu;
        const QString node = cell.data(pcmk::PlacementModel::NodeNameRole).toString();
        const pcmk::Node* target = m_session->state().node(node);
        // A group's member moves with its group; a clone's or bundle's instances are not moved.
        const pcmk::Resource* moving = m_session->state().resource(id);
        while (moving && !moving->parent.isEmpty())
            moving = m_session->state().resource(moving->parent);
        const QString item = moving ? moving->id : QString();
        if (!m_session->profile().readOnly && target && target->isClusterMember() && moving && !moving->activeOn.contains(node) &&
            (moving->kind == pcmk::ResourceKind::Primitive || moving->kind == pcmk::ResourceKind::Group)) {
            QAction* move = menu.addAction(tr("Move %1 to %2").arg(item, node), this, [this, item, node] {
                QString error;
                if (const auto op = pcmk::ClusterOperation::forResource(QStringLiteral("move"), item, node, {}, &error))
                    OperationDialog::start(m_session, *op, this);
            });
            move->setObjectName(QStringLiteral("action-move-here"));
            menu.addSeparator();
        }
        ActionMenus::addResourceActions(&menu, m_session, id, this);
        if (!menu.isEmpty())
            menu.exec(m_placementView->viewport()->mapToGlobal(at));
    });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(problemsOnly);
    layout->addWidget(calm);
    layout->addWidget(m_placementView);
    return page;
}

QWidget* ClusterPage::eventsTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("events"));
    auto* search = new QLineEdit(page);
    search->setObjectName(QStringLiteral("eventFilter"));
    search->setPlaceholderText(tr("Filter events"));
    search->setClearButtonEnabled(true);
    auto* problemsOnly = new QCheckBox(tr("Problems &only"), page);
    problemsOnly->setObjectName(QStringLiteral("eventProblemsOnly"));
    auto* kinds = new QComboBox(page);
    kinds->setObjectName(QStringLiteral("eventKind"));
    kinds->addItem(tr("All kinds"));
    using Kind = pcmk::ClusterEvent::Kind;
    for (Kind kind : {Kind::Cluster, Kind::Node, Kind::Resource, Kind::Failure, Kind::Fencing, Kind::Constraint, Kind::Balancer,
                      Kind::Drbd, Kind::Drill, Kind::Console})
        kinds->addItem(pcmk::EventModel::kindText(kind), int(kind));
    QSortFilterProxyModel* problems = problemFilter(m_session->eventModel(), pcmk::EventModel::ProblemRole, page);
    auto* ofKind = new QSortFilterProxyModel(page);
    ofKind->setSourceModel(problems);
    ofKind->setFilterRole(pcmk::EventModel::KindRole);
    ofKind->setFilterKeyColumn(0);
    connect(kinds, &QComboBox::currentIndexChanged, ofKind, [ofKind, kinds] {
        const QVariant kind = kinds->currentData();
        ofKind->setFilterRegularExpression(
            kind.isValid() ? QStringLiteral("^%1$").arg(kind.toInt()) : QString());
    });
    auto* text = new QSortFilterProxyModel(page);
    text->setSourceModel(ofKind);
    text->setFilterKeyColumn(-1);
    text->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(search, &QLineEdit::textChanged, text, &QSortFilterProxyModel::setFilterFixedString);
    connect(problemsOnly, &QCheckBox::toggled, problems, [problems](bool on) {
        problems->setFilterFixedString(on ? QStringLiteral("true") : QString());
    });
    auto* view = tableView(text, QStringLiteral("eventView"), page);
    auto* bar = new QHBoxLayout;
    bar->addWidget(search, 1);
    bar->addWidget(kinds);
    bar->addWidget(problemsOnly);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(view);
    return page;
}

QWidget* ClusterPage::commandsTab(QAbstractItemModel* commandLog)
{
    // The commands this console ran (background reads left out), and the audit log of every
    // change made to this cluster, by this console, hadeskctl or an earlier run.
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("commandsTabs"));
    tabs->setDocumentMode(true);
    QTableView* view = tableView(commandLog, QStringLiteral("commands"), tabs);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    tabs->addTab(view, tr("Commands run"));
    auto* audit = new AuditLogModel(m_session->profile().name, tabs);
    QTableView* auditView = tableView(audit, QStringLiteral("auditLog"), tabs);
    auditView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auditView->horizontalHeader()->setStretchLastSection(true);
    tabs->addTab(auditView, tr("Audit log"));
    // hadeskctl writes to the same file from another process: read again when looked at.
    connect(tabs, &QTabWidget::currentChanged, audit, [tabs, auditView, audit] {
        if (tabs->currentWidget() == auditView)
            audit->reload();
    });
    return tabs;
}

} // namespace hadesk::views
