#include "backend/haproxy/HaproxyMonitor.h"

#include "backend/haproxy/RuntimeApi.h"
#include "ssh/SshConnection.h"
#include "ssh/SshJob.h"


#include <QColor>

#include <algorithm>
#include <functional>
#include <memory>

namespace hadesk::haproxy {

HaproxyMonitor::HaproxyMonitor(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &HaproxyMonitor::poll);
}

HaproxyMonitor::~HaproxyMonitor()
{
    for (const Node& node : std::as_const(m_nodes)) {
        delete node.info;
        delete node.stat;
        delete node.servers;
    }
}

void HaproxyMonitor::watch(const QString& node, ssh::SshConnection* connection)
{
    m_nodes.append({node, connection, {}, {}, {}, {}});
    // Which socket this node's HAProxy listens on, from its configuration.
    ssh::SshJob* config = connection->download(RuntimeApi::defaultConfig(), true);
    connect(config, &ssh::SshJob::finished, this, [this, config, node] {
        config->deleteLater();
        Node* watched = nodeNamed(node);
        if (watched && config->succeeded())
            watched->socket = RuntimeApi::socketFromConfig(QString::fromUtf8(config->allStdout()));
    });
}

HaproxyMonitor::Node* HaproxyMonitor::nodeNamed(const QString& name)
{
    for (Node& node : m_nodes) {
        if (node.name == name)
            return &node;
    }
    return nullptr;
}

ssh::SshConnection* HaproxyMonitor::connectionOf(const QString& node) const
{
    for (const Node& n : m_nodes) {
        if (n.name == node)
            return n.connection;
    }
    return nullptr;
}

QString HaproxyMonitor::socketOf(const QString& node) const
{
    for (const Node& n : m_nodes) {
        if (n.name == node && !n.socket.isEmpty())
            return n.socket;
    }
    return RuntimeApi::defaultSocket();
}

void HaproxyMonitor::unwatch(const QString& node)
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).name != node)
            continue;
        delete m_nodes.at(i).info;
        delete m_nodes.at(i).stat;
        delete m_nodes.at(i).servers;
        m_nodes.removeAt(i);
        if (m_polling)
            onAnswer(); // the round may have been waiting for this node only
        return;
    }
}

void HaproxyMonitor::want(const void* who, int intervalMs)
{
    const bool first = m_wantedBy.isEmpty();
    const int before = interval();
    m_wantedBy.insert(who, intervalMs);
    if (first)
        poll();
    else if (interval() < before && m_timer.isActive())
        m_timer.start(interval()); // a more eager watcher need not wait out the slow pace
}

void HaproxyMonitor::release(const void* who)
{
    m_wantedBy.remove(who);
    if (m_wantedBy.isEmpty())
        m_timer.stop(); // a round in flight still ends and reports
}

int HaproxyMonitor::interval() const
{
    if (m_wantedBy.isEmpty())
        return kIntervalMs;
    const QList<int> intervals = m_wantedBy.values();
    return *std::min_element(intervals.cbegin(), intervals.cend());
}

QStringList HaproxyMonitor::nodes() const
{
    QStringList names;
    for (const Node& node : m_nodes)
        names << node.name;
    return names;
}

void HaproxyMonitor::poll()
{
    if (m_nodes.isEmpty() || m_polling)
        return; // the round in flight starts the next one
    m_polling = true;
    for (Node& node : m_nodes) {
        const QString socket = socketOf(node.name);
        node.info = RuntimeApi::send(*node.connection, socket, QStringLiteral("show info"), true);
        node.stat = RuntimeApi::send(*node.connection, socket, QStringLiteral("show stat"), true);
        node.servers = RuntimeApi::send(*node.connection, socket, QStringLiteral("show servers state"), true);
        for (ssh::SshJob* job : {node.info.data(), node.stat.data(), node.servers.data()})
            connect(job, &ssh::SshJob::finished, this, &HaproxyMonitor::onAnswer);
    }
}

void HaproxyMonitor::onAnswer()
{
    for (const Node& node : std::as_const(m_nodes)) {
        for (const ssh::SshJob* job : {node.info.data(), node.stat.data(), node.servers.data()})
            if (job && !job->isFinished())
                return;
    }
    finishRound();
}

void HaproxyMonitor::finishRound()
{
    for (Node& node : m_nodes) {
        std::unique_ptr<ssh::SshJob> info(node.info.data()), stat(node.stat.data()), servers(node.servers.data());
        node.info = node.stat = node.servers = nullptr;
        if (!info || !stat || !servers)
            continue;
        QString error;
        for (const ssh::SshJob* job : {info.get(), stat.get(), servers.get()}) {
            if (!job->succeeded() && error.isEmpty())
                error = job->failureText();
        }
        std::optional<RuntimeState> state;
        if (error.isEmpty())
            state = RuntimeReader::readAll(info->allStdout(), stat->allStdout(), servers->allStdout(), &error);
        if (state) {
            m_states.insert(node.name, *state);
            m_errors.remove(node.name);
        } else {
            // A node whose HAProxy is stopped (the clone moved off it) says so, and is not counted.
            m_states.remove(node.name);
            m_errors.insert(node.name, error);
        }
    }
    m_polling = false;
    record();
    Q_EMIT updated();
    if (m_refreshWanted) {
        m_refreshWanted = false;
        m_timer.start(0);
    } else if (isPolling()) {
        m_timer.start(interval());
    }
}

void HaproxyMonitor::record()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TrafficSample sample{now, {}};
    QHash<QString, qint64> requests;
    for (const RuntimeState& state : std::as_const(m_states)) {
        for (const Proxy& backend : state.backends) {
            sample.backends[backend.name].sessions += backend.sessions;
            requests[backend.name] += backend.totalRequests;
        }
    }
    const double seconds = m_lastTime.isValid() ? double(m_lastTime.msecsTo(now)) / 1000.0 : 0.0;
    // A round right after another (a refresh after a command) counts too few requests to tell a
    // rate: it shows the rate measured before, and the next round measures over both.
    const bool tooSoon = m_lastTime.isValid() && seconds < kMinimumRateSeconds;
    for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
        // A reload or a node coming and going resets the counters: no negative rates.
        const qint64 before = m_lastRequests.value(it.key(), -1);
        if (tooSoon && !m_history.isEmpty())
            sample.backends[it.key()].requestRate = m_history.constLast().backends.value(it.key()).requestRate;
        else if (seconds > 0 && before >= 0 && it.value() >= before)
            sample.backends[it.key()].requestRate = double(it.value() - before) / seconds;
    }
    if (!tooSoon) {
        m_lastRequests = requests;
        m_lastTime = now;
    }
    m_history.append(sample);
    while (!m_history.isEmpty() && m_history.constFirst().time.secsTo(now) > kHistorySeconds)
        m_history.removeFirst();
}

QList<RuntimeTarget> HaproxyMonitor::targets() const
{
    QList<RuntimeTarget> targets;
    for (const Node& node : m_nodes)
        targets.append({node.name, node.connection, socketOf(node.name)});
    return targets;
}

void HaproxyMonitor::refreshNow()
{
    // A round in flight may have read the state before the change: one more round after it.
    if (m_polling)
        m_refreshWanted = true;
    else
        m_timer.start(0);
}

QList<pcmk::ClusterEvent> haproxyEventsBetween(const QMap<QString, RuntimeState>& before, const QMap<QString, RuntimeState>& after,
                                              const QDateTime& when)
{
    // "UP 1/3" and "DOWN 1/2" are checks on their way: only the state they are in counts.
    const auto health = [](const Server& s) { return s.status.section(u' ', 0, 0); };
    QMap<std::pair<QString, QString>, QStringList> nodesOf; // (server, change) -> nodes
    QSet<std::pair<QString, QString>> problems;
    for (auto node = after.cbegin(); node != after.cend(); ++node) {
        const auto was = before.constFind(node.key());
        if (was == before.cend())
            continue; // a HAProxy first heard of: nothing to compare with
        for (const Proxy& backend : node->backends) {
            for (const Server& server : backend.servers) {
                const Server* old = was->server(server.backend, server.name);
                if (!old)
                    continue;
                const QString subject = server.backend + u'/' + server.name;
                if (health(*old) != health(server)) {
                    const std::pair key{subject, QStringLiteral("%1 → %2").arg(health(*old), health(server))};
                    nodesOf[key] << node.key();
                    if (health(server) == u"DOWN")
                        problems.insert(key);
                }
                if (old->adminText() != server.adminText())
                    nodesOf[{subject, ServerTableModel::tr("%1 → %2").arg(old->adminText(), server.adminText())}] << node.key();
            }
        }
    }
    QList<pcmk::ClusterEvent> events;
    for (auto it = nodesOf.cbegin(); it != nodesOf.cend(); ++it)
        events.append({when, pcmk::ClusterEvent::Kind::Balancer, it.key().first,
                       ServerTableModel::tr("%1 on %2's HAProxy").arg(it.key().second, it.value().join(QLatin1String(", "))),
                       problems.contains(it.key())});
    return events;
}

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return ServerTableModel::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return ServerTableModel::tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return seconds % 3600 >= 60 ? ServerTableModel::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60)
                                    : ServerTableModel::tr("%1 h").arg(seconds / 3600);
    return ServerTableModel::tr("%1 d %2 h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
}

bool ServerAcrossNodes::differs() const
{
    const QList<QString> admins = admin.values();
    const QList<int> weights = weight.values();
    return std::adjacent_find(admins.begin(), admins.end(), std::not_equal_to<>()) != admins.end() ||
           std::adjacent_find(weights.begin(), weights.end(), std::not_equal_to<>()) != weights.end();
}

QString ServerAcrossNodes::text() const
{
    const auto grouped = [](const auto& byNode, const auto& show) {
        QMap<QString, QStringList> nodesOf; // value -> nodes
        for (auto it = byNode.cbegin(); it != byNode.cend(); ++it)
            nodesOf[show(it.value())] << it.key();
        QStringList parts;
        for (auto it = nodesOf.cbegin(); it != nodesOf.cend(); ++it)
            parts << ServerTableModel::tr("%1 on %2").arg(it.key(), it.value().join(QLatin1String(", ")));
        return parts.join(QLatin1String("; "));
    };
    QString text = grouped(admin, [](const QString& a) { return a; });
    const QList<int> weights = weight.values();
    if (std::adjacent_find(weights.begin(), weights.end(), std::not_equal_to<>()) != weights.end())
        text += QStringLiteral("; ") + grouped(weight, [](int w) { return ServerTableModel::tr("weight %1").arg(w); });
    return text;
}

QList<ServerAcrossNodes> serversAcrossNodes(const QMap<QString, RuntimeState>& states)
{
    QList<ServerAcrossNodes> across;
    QHash<QString, qsizetype> at; // "backend/server" -> index
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        for (const Proxy& backend : it.value().backends) {
            for (const Server& s : backend.servers) {
                const QString key = s.backend + u'/' + s.name;
                if (!at.contains(key)) {
                    at.insert(key, across.size());
                    across.append({s.backend, s.name, {}, {}});
                }
                ServerAcrossNodes& entry = across[at.value(key)];
                entry.admin.insert(it.key(), s.adminText());
                entry.weight.insert(it.key(), s.weight);
            }
        }
    }
    return across;
}

const ServerAcrossNodes* ServerTableModel::acrossOf(const Server& s) const
{
    for (const ServerAcrossNodes& a : m_across)
        if (a.backend == s.backend && a.server == s.name)
            return &a;
    return nullptr;
}

void ServerTableModel::setState(const RuntimeState& state, const QList<ServerAcrossNodes>& across)
{
    m_across = across;
    QList<Server> servers;
    for (const Proxy& backend : state.backends)
        servers += backend.servers;
    if (servers.size() == m_servers.size()) {
        m_servers = servers; // same rows (the common case): no reset, the selection stays
        Q_EMIT dataChanged(index(0, 0), index(int(m_servers.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_servers = servers;
    endResetModel();
}

const Server* ServerTableModel::serverAt(int row) const
{
    return row >= 0 && row < m_servers.size() ? &m_servers.at(row) : nullptr;
}

int ServerTableModel::rowOf(const QString& backend, const QString& server) const
{
    for (int row = 0; row < m_servers.size(); ++row)
        if (m_servers.at(row).backend == backend && m_servers.at(row).name == server)
            return row;
    return -1;
}

int ServerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_servers.size());
}

int ServerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Server& s = m_servers.at(index.row());
    const ServerAcrossNodes* across = acrossOf(s);
    if (role == ProblemRole)
        return !s.status.startsWith(QLatin1String("UP")) || s.adminText() != u"ready" || (across && across->differs());
    if (role == DiffersRole)
        return across && across->differs();
    if (role == Qt::BackgroundRole) {
        // Translucent, so the colours read on light and dark palettes: down red, drained or in
        // maintenance amber, a disagreement between nodes amber on its column.
        if ((index.column() == StatusColumn || index.column() == ServerColumn) && !s.status.startsWith(QLatin1String("UP")) &&
            !s.status.startsWith(QLatin1String("DRAIN")) && !s.status.startsWith(QLatin1String("NOLB")))
            return QColor(220, 40, 40, 110);
        if ((index.column() == AdminColumn || index.column() == StatusColumn) && s.adminText() != u"ready")
            return QColor(240, 150, 30, 110);
        if (index.column() == EveryNodeColumn && across && across->differs())
            return QColor(240, 150, 30, 110);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == EveryNodeColumn && across)
        return across->differs() ? tr("The nodes' HAProxies disagree: %1").arg(across->text()) : tr("The same on every node");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case BackendColumn: return s.backend;
    case ServerColumn: return s.name;
    case AddressColumn: return s.address;
    case StatusColumn: return s.status;
    case AdminColumn: return s.adminText();
    case WeightColumn: return s.weight;
    case SessionsColumn: return s.sessions;
    case RateColumn: return s.sessionRate;
    case CheckColumn: return s.checksEnabled() ? s.checkStatus : tr("off");
    case ChangedColumn:
        return s.lastChangeSeconds < 0 ? QString() : tr("%1 ago").arg(durationText(s.lastChangeSeconds));
    case EveryNodeColumn:
        if (!across || across->admin.size() < 2)
            return QString();
        return across->differs() ? QStringLiteral("⚠ ") + across->text() : tr("same on all %1").arg(across->admin.size());
    }
    return {};
}

QVariant ServerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case BackendColumn: return tr("Backend");
    case ServerColumn: return tr("Server");
    case AddressColumn: return tr("Address");
    case StatusColumn: return tr("Status");
    case AdminColumn: return tr("Set to");
    case WeightColumn: return tr("Weight");
    case SessionsColumn: return tr("Sessions");
    case RateColumn: return tr("Sessions/s");
    case CheckColumn: return tr("Check");
    case ChangedColumn: return tr("Last change");
    case EveryNodeColumn: return tr("Every node");
    }
    return {};
}

} // namespace hadesk::haproxy
