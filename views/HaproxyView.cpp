#include "views/HaproxyView.h"

#include "backend/jobs/Job.h"

#include "backend/ClusterSession.h"
#include "backend/haproxy/ConfigEditor.h"
#include "backend/haproxy/HaproxyMonitor.h"
#include "backend/haproxy/RuntimeApi.h"
#include "backend/network/NetworkMonitor.h"
#include "views/HaproxyConfigDialog.h"
#include "views/TimeChart.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace hadesk::views {
namespace {

using haproxy::RuntimeApi;

QLineSeries* seriesNamed(QChart* chart, const QString& name)
{
    for (QAbstractSeries* series : chart->series())
        if (series->name() == name)
            return static_cast<QLineSeries*>(series);
    auto* series = new QLineSeries(chart);
    series->setName(name);
    attachSeries(chart, series);
    return series;
}

QToolButton* toolButton(const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(name);
    return button;
}

} // namespace

HaproxyView::HaproxyView(ClusterSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_node(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_divergence(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new haproxy::ServerTableModel(this))
    , m_sessions(timeChart(tr("Sessions per backend"), QStringLiteral("HH:mm:ss"), QStringLiteral("%.0f")))
    , m_requests(timeChart(tr("Requests per second per backend"), QStringLiteral("HH:mm:ss"), QStringLiteral("%.0f")))
{
    setObjectName(QStringLiteral("haproxy"));
    m_node->setObjectName(QStringLiteral("haproxyNode"));
    m_summary->setObjectName(QStringLiteral("haproxySummary"));
    m_summary->setWordWrap(true);
    m_divergence->setObjectName(QStringLiteral("haproxyDivergence"));
    m_divergence->setWordWrap(true);
    m_divergence->setTextFormat(Qt::PlainText);
    m_divergence->setStyleSheet(QStringLiteral("color: #d09020; font-weight: bold"));
    m_divergence->hide();
    m_table->setObjectName(QStringLiteral("haproxyServers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    const bool readOnly = session->profile().readOnly;
    auto* ready = toolButton(tr("&Ready"), QStringLiteral("haproxyReady"), this);
    auto* drain = toolButton(tr("&Drain"), QStringLiteral("haproxyDrain"), this);
    auto* maint = toolButton(tr("&Maintenance"), QStringLiteral("haproxyMaint"), this);
    auto* weight = toolButton(tr("&Weight…"), QStringLiteral("haproxyWeight"), this);
    auto* checks = toolButton(tr("&Checks"), QStringLiteral("haproxyChecks"), this);
    auto* nodes = toolButton(tr("&Node"), QStringLiteral("haproxyNodeActions"), this);
    auto* config = toolButton(tr("Con&figuration…"), QStringLiteral("haproxyConfig"), this);
    connect(config, &QToolButton::clicked, this, &HaproxyView::editConfiguration);
    connect(ready, &QToolButton::clicked, this, [this] { setState(QStringLiteral("ready")); });
    connect(drain, &QToolButton::clicked, this, [this] { setState(QStringLiteral("drain")); });
    connect(maint, &QToolButton::clicked, this, [this] { setState(QStringLiteral("maint")); });
    connect(weight, &QToolButton::clicked, this, [this] {
        const auto servers = selectedServers();
        if (servers.isEmpty())
            return;
        const int row = m_model->rowOf(servers.first().first, servers.first().second);
        bool ok = false;
        const int value = QInputDialog::getInt(this, tr("Server Weight"), tr("Weight (0 to 256) on every node's HAProxy:"),
                                               m_model->serverAt(row) ? m_model->serverAt(row)->weight : 1, 0, 256, 1, &ok);
        if (ok)
            setWeight(value);
    });
    auto* checksMenu = new QMenu(checks);
    checksMenu->addAction(tr("Enable Health Checks"), this, [this] { setHealthChecks(true); })
        ->setObjectName(QStringLiteral("action-checks-on"));
    checksMenu->addAction(tr("Disable Health Checks"), this, [this] { setHealthChecks(false); })
        ->setObjectName(QStringLiteral("action-checks-off"));
    checks->setMenu(checksMenu);
    checks->setPopupMode(QToolButton::InstantPopup);
    auto* nodesMenu = new QMenu(nodes);
    nodes->setMenu(nodesMenu);
    nodes->setPopupMode(QToolButton::InstantPopup);
    connect(nodesMenu, &QMenu::aboutToShow, this, [this, nodesMenu] {
        nodesMenu->clear();
        for (const pcmk::Node& node : m_session->state().nodes) {
            nodesMenu->addAction(tr("Drain %1 in Every Backend").arg(node.name), this,
                                 [this, name = node.name] { nodeState(name, QStringLiteral("drain")); })
                ->setObjectName(QStringLiteral("action-drain-node-") + node.name);
            nodesMenu->addAction(tr("Ready %1 in Every Backend").arg(node.name), this,
                                 [this, name = node.name] { nodeState(name, QStringLiteral("ready")); })
                ->setObjectName(QStringLiteral("action-ready-node-") + node.name);
        }
    });
    for (QToolButton* button : {ready, drain, maint, weight, checks, nodes})
        button->setEnabled(!readOnly);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("HAProxy on"), this));
    bar->addWidget(m_node);
    bar->addWidget(m_summary, 1);
    for (QToolButton* button : {ready, drain, maint, weight, checks, nodes, config})
        bar->addWidget(button);
    auto* charts = new QWidget(this);
    auto* chartLayout = new QHBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    for (QChart* chart : {m_sessions, m_requests}) {
        auto* view = new QChartView(chart, charts);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(180);
        chartLayout->addWidget(view);
    }
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(charts);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_divergence);
    layout->addWidget(splitter, 1);

    connect(m_node, &QComboBox::currentIndexChanged, this, &HaproxyView::refresh);
    connect(session->haproxy(), &haproxy::HaproxyMonitor::updated, this, &HaproxyView::refresh);

}

QString HaproxyView::divergence() const
{
    return m_divergence->isVisibleTo(this) ? m_divergence->text() : QString();
}

void HaproxyView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_session->haproxy()->want(this);
}

void HaproxyView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_session->haproxy()->release(this);
}

void HaproxyView::refresh()
{
    const haproxy::HaproxyMonitor* monitor = m_session->haproxy();
    // The node list, keeping the choice; the first node that answers is the default.
    const QString chosen = m_node->currentText();
    const QStringList nodes = monitor->nodes();
    if (nodes.size() != m_node->count()) {
        QSignalBlocker blocker(m_node);
        m_node->clear();
        m_node->addItems(nodes);
        m_node->setCurrentIndex(std::max(0, int(nodes.indexOf(chosen))));
    }
    const QString node = m_node->currentText();
    const auto state = monitor->states().constFind(node);
    // Side by side with the other nodes: a setting made on some of them only is warned of.
    const QList<haproxy::ServerAcrossNodes> across = haproxy::serversAcrossNodes(monitor->states());
    QStringList differing;
    for (const haproxy::ServerAcrossNodes& a : across)
        if (a.differs())
            differing << QStringLiteral("%1/%2: %3").arg(a.backend, a.server, a.text());
    m_divergence->setText(differing.isEmpty() ? QString()
                                              : tr("⚠ The nodes' HAProxies disagree (clients see whichever holds the VIP):") +
                                                    QStringLiteral("\n") + differing.join(u'\n'));
    m_divergence->setVisible(!differing.isEmpty());
    if (state == monitor->states().cend()) {
        m_model->setState({});
        m_summary->setText(monitor->errors().contains(node)
                               ? tr("%1's HAProxy does not answer: %2").arg(node, monitor->errors().value(node))
                               : tr("Reading %1's HAProxy…").arg(node));
    } else {
        const bool first = m_model->rowCount() == 0;
        m_model->setState(*state, across);
        if (first)
            m_table->resizeColumnsToContents();
        QStringList frontends;
        for (const haproxy::Proxy& p : state->frontends)
            frontends << tr("%1 %2 (%3 req/s)").arg(p.name, p.status).arg(p.requestRate);
        m_summary->setText(tr("HAProxy %1, up %2, %3 connections; %4")
                               .arg(state->info.value(QStringLiteral("Version")), state->info.value(QStringLiteral("Uptime")),
                                    state->info.value(QStringLiteral("CurrConns")), frontends.join(QLatin1String(", "))));
    }
    QStringList silent;
    for (auto it = monitor->errors().cbegin(); it != monitor->errors().cend(); ++it)
        if (it.key() != node)
            silent << it.key();
    if (!silent.isEmpty())
        m_summary->setText(m_summary->text() + u' ' + tr("(no answer from %1)").arg(silent.join(QLatin1String(", "))));
    refreshCharts();
}

void HaproxyView::refreshCharts()
{
    const QList<haproxy::TrafficSample>& history = m_session->haproxy()->history();
    if (history.isEmpty())
        return;
    QHash<QString, QList<QPointF>> sessions, requests;
    double top[2] = {1, 1};
    for (const haproxy::TrafficSample& sample : history) {
        const qreal x = qreal(sample.time.toMSecsSinceEpoch());
        for (auto it = sample.backends.cbegin(); it != sample.backends.cend(); ++it) {
            sessions[it.key()].append({x, qreal(it.value().sessions)});
            requests[it.key()].append({x, it.value().requestRate});
            top[0] = std::max(top[0], double(it.value().sessions));
            top[1] = std::max(top[1], it.value().requestRate);
        }
    }
    const QDateTime end = history.constLast().time;
    const QDateTime start = std::min(history.constFirst().time, end.addSecs(-60));
    int which = 0;
    for (auto [chart, points] : {std::pair(m_sessions, &sessions), std::pair(m_requests, &requests)}) {
        for (auto it = points->cbegin(); it != points->cend(); ++it)
            seriesNamed(chart, it.key())->replace(it.value());
        chart->axes(Qt::Horizontal).constFirst()->setRange(start.toLocalTime(), end.toLocalTime());
        auto* values = static_cast<QValueAxis*>(chart->axes(Qt::Vertical).constFirst());
        values->setRange(0, std::max(5.0, top[which++] * 1.2));
        values->applyNiceNumbers();
    }
}

QList<std::pair<QString, QString>> HaproxyView::selectedServers() const
{
    QList<std::pair<QString, QString>> servers;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        if (const haproxy::Server* s = m_model->serverAt(index.row()))
            servers.append({s->backend, s->name});
    return servers;
}

void HaproxyView::sendCommands(const QStringList& commands, const QString& what)
{
    if (commands.isEmpty())
        return;
    const QStringList nodes = m_session->haproxy()->nodes();
    if (m_confirm &&
        QMessageBox::question(this, tr("HAProxy"),
                              tr("Send to the HAProxy of %1:\n\n%2").arg(nodes.join(QLatin1String(", ")), commands.join(u'\n')))
            != QMessageBox::Yes)
        return;
    jobs::Job* job = m_session->sendHaproxy(commands, what);
    if (!job) {
        QMessageBox::information(this, tr("HAProxy"), tr("This cluster cannot be changed from here."));
        return;
    }
    connect(job, &jobs::Job::finished, this, [this, job] {
        m_lastOutcome = job->outcomeText();
        if (job->state() == jobs::JobState::Failed && m_confirm)
            QMessageBox::warning(this, tr("HAProxy"), job->error());
    });
}

// One command per selected server, from a RuntimeApi builder (which checks the names).
template<typename Build>
QStringList HaproxyView::forSelected(Build build) const
{
    QStringList commands;
    QString error;
    for (const auto& [backend, server] : selectedServers())
        if (const std::optional<QString> command = build(backend, server, &error))
            commands << *command;
    return commands;
}

void HaproxyView::setState(const QString& state)
{
    const RuntimeApi::ServerState wanted = *RuntimeApi::serverStateNamed(state);
    sendCommands(forSelected([wanted](const QString& b, const QString& s, QString* e) { return RuntimeApi::setState(b, s, wanted, e); }),
                 QStringLiteral("haproxy %1").arg(state));
}

void HaproxyView::setWeight(int weight)
{
    sendCommands(forSelected([weight](const QString& b, const QString& s, QString* e) { return RuntimeApi::setWeight(b, s, weight, e); }),
                 QStringLiteral("haproxy weight"));
}

void HaproxyView::setHealthChecks(bool enabled)
{
    sendCommands(forSelected([enabled](const QString& b, const QString& s, QString* e) {
                     return RuntimeApi::setHealthChecks(b, s, enabled, e);
                 }),
                 QStringLiteral("haproxy checks"));
}

// Every server that stands for the node (by name, or at one of its addresses), in every backend.
void HaproxyView::nodeState(const QString& node, const QString& state)
{
    QString error;
    const QStringList commands = m_session->haproxyCommandsForNode(node, state, &error);
    if (commands.isEmpty()) {
        QMessageBox::information(this, tr("HAProxy"), error);
        return;
    }
    sendCommands(commands, QStringLiteral("haproxy %1 node %2").arg(state, node));
}

void HaproxyView::editConfiguration()
{
    haproxy::ConfigEditor editor(m_session->haproxy(), m_session->jobs(), m_session->profile().name);
    HaproxyConfigDialog dialog(&editor, m_session->profile().readOnly, this);
    dialog.setConfirmation(m_confirm);
    dialog.exec();
}

} // namespace hadesk::views
