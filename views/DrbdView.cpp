#include "ssh/SshConnection.h"
#include "views/DrbdView.h"

#include "backend/ClusterSession.h"
#include "backend/drbd/DrbdMonitor.h"
#include "backend/drbd/DrbdResourceModel.h"
#include "backend/pacemaker/ClusterOperation.h"
#include "views/DrbdCreateDialog.h"
#include "views/OperationDialog.h"
#include "views/TimeChart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace hadesk::views {
namespace {

using drbd::Action;
using drbd::DrbdResourceModel;

// The Sync column of a resource row: a progress bar with the rate and ETA written on it.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const double percent = index.data(DrbdResourceModel::ProgressRole).toDouble();
        if (percent < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(1, 1, -1, -1);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(percent * 10);
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        QStyle* style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
    }
};

QString actionLabel(Action action)
{
    switch (action) {
    case Action::Primary: return DrbdView::tr("Make &Primary");
    case Action::ForcePrimary: return DrbdView::tr("&Force Primary…");
    case Action::Secondary: return DrbdView::tr("Make &Secondary");
    case Action::Connect: return DrbdView::tr("&Connect");
    case Action::Disconnect: return DrbdView::tr("&Disconnect");
    case Action::Attach: return DrbdView::tr("&Attach Disk");
    case Action::Detach: return DrbdView::tr("D&etach Disk");
    case Action::Adjust: return DrbdView::tr("Ad&just to Configuration");
    case Action::Verify: return DrbdView::tr("&Verify");
    case Action::Invalidate: return DrbdView::tr("&Invalidate (Resync from Peer)");
    case Action::InvalidateRemote: return DrbdView::tr("Invalidate &Remote (Resync to Peer)");
    case Action::PauseSync: return DrbdView::tr("Pa&use Sync");
    case Action::ResumeSync: return DrbdView::tr("Res&ume Sync");
    case Action::DiscardMyData: return DrbdView::tr("Connect Discarding &My Data");
    }
    return {};
}

QToolButton* menuButton(const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(name);
    button->setMenu(new QMenu(button));
    button->setPopupMode(QToolButton::InstantPopup);
    return button;
}

} // namespace

DrbdView::DrbdView(ClusterSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new DrbdResourceModel(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_details(new QTextBrowser(this))
    , m_chart(timeChart(tr("Sync rate (MiB/s)"), QStringLiteral("HH:mm:ss"), QStringLiteral("%.1f")))
    , m_actions(menuButton(tr("&Actions"), QStringLiteral("drbdActions"), this))
    , m_promote(menuButton(tr("&Promote…"), QStringLiteral("drbdPromote"), this))
    , m_recover(menuButton(tr("&Recover Split Brain…"), QStringLiteral("drbdRecover"), this))
    , m_create(new QToolButton(this))
{
    m_create->setText(tr("&New Resource…"));
    m_create->setObjectName(QStringLiteral("drbdNew"));
    m_create->setToolTip(tr("Create a DRBD resource on an empty disk of two nodes"));
    connect(m_create, &QToolButton::clicked, this, [this] {
        DrbdCreateDialog dialog(m_session, this);
        dialog.exec();
    });
    setObjectName(QStringLiteral("drbd"));
    m_summary->setObjectName(QStringLiteral("drbdSummary"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("drbdResources"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegateForColumn(DrbdResourceModel::SyncColumn, new ProgressDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(DrbdResourceModel::SyncColumn, QHeaderView::Stretch);
    m_tree->header()->setMinimumSectionSize(60);
    m_details->setObjectName(QStringLiteral("drbdDetails"));
    m_details->setPlaceholderText(tr("Select a resource for its warnings and what Pacemaker runs on it."));
    m_actions->setToolTip(tr("drbdadm on the selected node, judged against the live state first"));
    m_promote->setToolTip(tr("Move the promoted role through Pacemaker (previewed)"));
    m_recover->setToolTip(tr("Choose the node whose changes since the split brain are discarded"));
    if (session->profile().readOnly) {
        for (QToolButton* button : {m_actions, m_promote, m_recover, m_create})
            button->setEnabled(false);
    }
    connect(m_actions->menu(), &QMenu::aboutToShow, this, &DrbdView::fillActionMenu);
    connect(m_promote->menu(), &QMenu::aboutToShow, this, &DrbdView::fillPromoteMenu);
    connect(m_recover->menu(), &QMenu::aboutToShow, this, &DrbdView::fillRecoverMenu);

    auto* chartView = new QChartView(m_chart, this);
    chartView->setObjectName(QStringLiteral("drbdRateChart"));
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(200);
    auto* lower = new QSplitter(this);
    lower->addWidget(m_details);
    lower->addWidget(chartView);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_body = splitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(lower);
    // The chart wants the room: the tree holds a few rows, the details a few lines.
    lower->setSizes({400, 600});
    splitter->setSizes({300, 500});
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    for (QToolButton* button : {m_actions, m_promote, m_recover, m_create})
        bar->addWidget(button);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        refreshDetails();
        refreshChart();
    });
    connect(session->drbd(), &drbd::DrbdMonitor::changed, this, &DrbdView::refresh);
    refresh();
}

void DrbdView::refresh()
{
    const drbd::DrbdMonitor* monitor = m_session->drbd();
    m_model->setResources(monitor->resources());
    if (!m_tree->currentIndex().isValid() && m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0));
    QString text;
    if (!monitor->resources().isEmpty()) {
        const QStringList nodes = monitor->nodesWithState();
        text = tr("%n DRBD resource(s) on %1", nullptr, int(monitor->resources().size())).arg(nodes.join(QLatin1String(", ")));
    } else if (!monitor->hasAllSnapshots()) {
        text = tr("Reading DRBD's state from the nodes…");
    } else {
        text = tr("No DRBD resource on these nodes.");
    }
    if (!monitor->nodesWithoutDrbd().isEmpty())
        text += u' ' + tr("(no DRBD on %1)").arg(monitor->nodesWithoutDrbd().join(QLatin1String(", ")));
    // A cluster without DRBD says so, not with an empty table and chart.
    m_body->setVisible(!monitor->resources().isEmpty() || !monitor->hasAllSnapshots());
    for (auto it = monitor->problems().cbegin(); it != monitor->problems().cend(); ++it)
        text += u' ' + it.value();
    m_summary->setText(text);
    refreshDetails();
    // The chart redraws every point of the history: not for a tab nobody looks at.
    if (isVisible())
        refreshChart();
}

void DrbdView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshChart();
}

QString DrbdView::selectedResource() const
{
    return m_tree->currentIndex().data(DrbdResourceModel::ResourceRole).toString();
}

QString DrbdView::selectedNode() const
{
    return m_tree->currentIndex().data(DrbdResourceModel::NodeRole).toString();
}

void DrbdView::select(const QString& resource, const QString& node)
{
    m_tree->setCurrentIndex(m_model->indexOf(resource, node));
}

void DrbdView::refreshDetails()
{
    const drbd::ResourceOverview* r = m_session->drbd()->resource(selectedResource());
    if (!r) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(r->name.toHtmlEscaped());
    if (r->warnings.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Healthy: %1 hold UpToDate data.")
                                                    .arg(r->upToDateNodes().join(QLatin1String(", ")))
                                                    .toHtmlEscaped());
    } else {
        html += QStringLiteral("<ul style='color:#c82828'>");
        for (const QString& warning : r->warnings)
            html += QStringLiteral("<li>%1</li>").arg(warning.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (const drbd::Link* link = DrbdResourceModel::syncingLink(*r))
        html += QStringLiteral("<p>%1</p>").arg(drbd::DrbdOverview::progressText(*link).toHtmlEscaped());
    if (!r->clusterResource.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Run by Pacemaker as %1 (%2), promoted on %3. Promote and demote through Pacemaker, not drbdadm.")
                             .arg(r->clusterResource, r->clusterPrimitive,
                                  r->promotedNode.isEmpty() ? tr("no node") : r->promotedNode)
                             .toHtmlEscaped());
        if (!r->stacked.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(tr("On its promoted side: %1").arg(r->stacked.join(QLatin1String(", "))).toHtmlEscaped());
    }
    m_details->setHtml(html);
}

// The rate of every peer device of the selected resource that has synced since the console
// started, against the wall clock.
void DrbdView::refreshChart()
{
    const drbd::DrbdMonitor* monitor = m_session->drbd();
    const QString resource = selectedResource();
    const QDateTime now = QDateTime::currentDateTime();
    const double nowSeconds = monitor->seconds();
    // Who sends to whom, for the series' names, from the runs going on now.
    QHash<QString, QString> names;
    if (const drbd::ResourceOverview* r = monitor->resource(resource))
        for (const drbd::Link& link : r->links)
            if (!link.progressKey.isEmpty())
                names.insert(link.progressKey, tr("%1 → %2").arg(link.sourceNode, link.sourceNode == link.nodeA ? link.nodeB : link.nodeA));
    QStringList keys;
    for (const QString& key : monitor->tracker().keys())
        if (key.section(u'/', 1, 1) == resource && !monitor->tracker().history(key).isEmpty())
            keys << key;
    for (QAbstractSeries* series : m_chart->series())
        if (!keys.contains(series->objectName())) {
            m_chart->removeSeries(series);
            delete series;
        }
    double top = 1;
    qint64 first = now.addSecs(-60).toMSecsSinceEpoch();
    for (const QString& key : std::as_const(keys)) {
        QLineSeries* series = nullptr;
        for (QAbstractSeries* s : m_chart->series())
            if (s->objectName() == key)
                series = static_cast<QLineSeries*>(s);
        if (!series) {
            series = new QLineSeries(m_chart);
            series->setObjectName(key);
            series->setName(names.value(key, key.section(u'/', 0, 0)));
            attachSeries(m_chart, series);
        }
        QList<QPointF> points;
        for (const QPointF& p : monitor->tracker().history(key)) {
            const qint64 at = now.addMSecs(qint64((p.x() - nowSeconds) * 1000)).toMSecsSinceEpoch();
            first = std::min(first, at);
            points.append({qreal(at), p.y() / 1024.0});
            top = std::max(top, p.y() / 1024.0);
        }
        series->replace(points);
    }
    m_chart->axes(Qt::Horizontal).constFirst()->setRange(QDateTime::fromMSecsSinceEpoch(first), now);
    auto* values = static_cast<QValueAxis*>(m_chart->axes(Qt::Vertical).constFirst());
    values->setRange(0, top * 1.2);
    values->applyNiceNumbers();
}

void DrbdView::fillActionMenu()
{
    QMenu* menu = m_actions->menu();
    menu->clear();
    const QString resource = selectedResource(), node = selectedNode();
    if (node.isEmpty()) {
        menu->addAction(tr("Select a node of a resource first"))->setEnabled(false);
        return;
    }
    menu->setTitle(tr("%1 on %2").arg(resource, node));
    for (const QString& name : drbd::DrbdOperations::actionNames()) {
        const Action action = *drbd::DrbdOperations::actionNamed(name);
        QAction* entry = menu->addAction(actionLabel(action), this, [this, action, node, resource] {
            runAction(action, node, resource);
        });
        entry->setObjectName(QStringLiteral("action-drbd-") + name);
        if (action == Action::Disconnect || action == Action::Detach || action == Action::Verify ||
            action == Action::PauseSync)
            menu->addSeparator();
    }
}

void DrbdView::fillPromoteMenu()
{
    QMenu* menu = m_promote->menu();
    menu->clear();
    const drbd::ResourceOverview* r = m_session->drbd()->resource(selectedResource());
    if (!r || r->clusterResource.isEmpty()) {
        menu->addAction(tr("Not run by Pacemaker: use Make Primary"))->setEnabled(false);
        return;
    }
    for (const drbd::Replica& replica : r->replicas) {
        QAction* entry = menu->addAction(tr("Promote on %1").arg(replica.node), this,
                                         [this, name = r->name, node = replica.node] { promote(name, node); });
        entry->setObjectName(QStringLiteral("action-drbd-promote-") + replica.node);
        entry->setEnabled(replica.node != r->promotedNode);
    }
}

void DrbdView::fillRecoverMenu()
{
    QMenu* menu = m_recover->menu();
    menu->clear();
    const drbd::ResourceOverview* r = m_session->drbd()->resource(selectedResource());
    if (!r) {
        menu->addAction(tr("Select a resource first"))->setEnabled(false);
        return;
    }
    for (const drbd::Replica& replica : r->replicas) {
        QAction* entry = menu->addAction(tr("Discard %1's Changes").arg(replica.node), this,
                                         [this, name = r->name, node = replica.node] { recoverSplitBrain(name, node); });
        entry->setObjectName(QStringLiteral("action-drbd-victim-") + replica.node);
    }
}

bool DrbdView::confirm(const QString& title, const QString& text)
{
    return !m_confirm || QMessageBox::question(this, title, text) == QMessageBox::Yes;
}

void DrbdView::complain(const QString& title, const QString& text)
{
    m_lastMessage = text;
    if (m_confirm)
        QMessageBox::warning(this, title, text);
}

jobs::Job* DrbdView::runAction(Action action, const QString& node, const QString& resource)
{
    m_lastMessage.clear(); // what is shown from here on is this action's
    const drbd::ResourceOverview* overview = m_session->drbd()->resource(resource);
    ssh::SshConnection* connection = m_session->connectionTo(node);
    if (!overview || !connection) {
        complain(tr("DRBD"), tr("%1 on %2 is not known any more.").arg(resource, node));
        return nullptr;
    }
    QString error;
    const auto plan = drbd::DrbdOperations::plan(action, node, resource, *overview, &error);
    if (!plan || !plan->refusal.isEmpty()) {
        complain(tr("DRBD"), plan ? plan->refusal : error);
        return nullptr;
    }
    QString question = tr("Run on %1:\n\n%2").arg(node, plan->argv.join(u' '));
    if (!plan->risks.isEmpty())
        question += QStringLiteral("\n\n") + tr("This risks:") + QStringLiteral("\n• ") + plan->risks.join(QStringLiteral("\n• ")) +
                    QStringLiteral("\n\n") + tr("Run it anyway?");
    if (!confirm(tr("DRBD"), question))
        return nullptr;
    return start(tr("DRBD"), new drbd::DrbdActionJob(plan->summary, {*plan}, m_session->connectionLookup(), m_session->name()));
}

jobs::Job* DrbdView::start(const QString& title, jobs::Job* job)
{
    if (m_running && !m_running->isFinished()) {
        delete job;
        complain(title, tr("Another DRBD action is still running."));
        return nullptr;
    }
    m_running = job;
    // Its progress and Stop are in the status bar and the Jobs tab; a failure is told here too.
    connect(job, &jobs::Job::finished, this, [this, title, job] {
        if (job->state() == jobs::JobState::Failed)
            complain(title, job->outcomeText());
    });
    m_session->run(job);
    return job;
}

void DrbdView::promote(const QString& resource, const QString& node)
{
    const drbd::ResourceOverview* r = m_session->drbd()->resource(resource);
    if (!r || r->clusterResource.isEmpty())
        return;
    QString error;
    const auto operation = pcmk::ClusterOperation::forResource(QStringLiteral("promote"), r->clusterResource, node, {}, &error);
    if (!operation) {
        complain(tr("Promote"), error);
        return;
    }
    OperationDialog::start(m_session, *operation, this);
}

jobs::Job* DrbdView::recoverSplitBrain(const QString& resource, const QString& victim)
{
    m_lastMessage.clear();
    const drbd::ResourceOverview* r = m_session->drbd()->resource(resource);
    if (!r)
        return nullptr;
    QString error;
    const auto steps = drbd::DrbdOperations::splitBrainRecovery(*r, victim, &error);
    if (!steps) {
        complain(tr("Split Brain Recovery"), error);
        return nullptr;
    }
    const QStringList survivors = r->upToDateNodes(victim);
    QStringList lines;
    for (const drbd::DrbdAction& step : *steps)
        lines << QStringLiteral("%1: %2").arg(step.node, step.argv.join(u' '));
    if (!confirm(tr("Split Brain Recovery"),
                 tr("Every change made on %1 since the split brain is discarded; it then resyncs from %2.\n\n%3\n\nGo ahead?")
                     .arg(victim, survivors.join(QLatin1String(", ")), lines.join(u'\n'))))
        return nullptr;
    return start(tr("Split Brain Recovery"),
                 new drbd::DrbdActionJob(tr("Recover %1 from a split brain on %2").arg(resource, victim), *steps,
                                         m_session->connectionLookup(), m_session->name()));
}

} // namespace hadesk::views
