#include "backend/pacemaker/ClusterEvents.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <QSet>

namespace hadesk::pcmk {
namespace {

class EventList
{
public:
    explicit EventList(const QDateTime& when) : m_when(when) {}

    void add(ClusterEvent::Kind kind, const QString& subject, const QString& text, bool problem = false)
    {
        m_events.append({m_when, kind, subject, text, problem, ClusterEvent::Change::Other, {}, {}});
    }
    ClusterEvent& last() { return m_events.last(); }
    void addChange(const QString& resource, ClusterEvent::Change change, const QString& node, const QString& text)
    {
        m_events.append({m_when, ClusterEvent::Kind::Resource, resource, text, false, change, node, {}});
    }
    // The events so far are changes of the configuration: said who made them.
    void markConfiguration(qsizetype from, const QString& by)
    {
        if (by.isEmpty())
            return;
        for (qsizetype i = from; i < m_events.size(); ++i)
            m_events[i].text += QStringLiteral(" (%1)").arg(EventModel::tr("by %1").arg(by));
    }
    qsizetype size() const { return m_events.size(); }
    QList<ClusterEvent> take() { return std::move(m_events); }

private:
    QDateTime m_when;
    QList<ClusterEvent> m_events;
};

void nodeEvents(const ClusterState& before, const ClusterState& after, const QString& by, EventList* events)
{
    using K = ClusterEvent::Kind;
    for (const Node& node : after.nodes) {
        const Node* was = before.node(node.name);
        if (!was) {
            events->add(K::Node, node.name, EventModel::tr("added to the cluster"));
            continue;
        }
        if (was->online != node.online)
            events->add(K::Node, node.name, node.online ? EventModel::tr("came online") : EventModel::tr("went offline"),
                        !node.online);
        if (!was->unclean && node.unclean)
            events->add(K::Node, node.name, EventModel::tr("is UNCLEAN: it will be fenced"), true);
        const qsizetype configured = events->size();
        if (was->standby != node.standby)
            events->add(K::Node, node.name, node.standby ? EventModel::tr("put in standby") : EventModel::tr("out of standby"));
        if (was->maintenance != node.maintenance)
            events->add(K::Node, node.name,
                        node.maintenance ? EventModel::tr("in maintenance") : EventModel::tr("out of maintenance"));
        events->markConfiguration(configured, by);
        if (!was->isDc && node.isDc)
            events->add(K::Node, node.name, EventModel::tr("became the DC"));
    }
    for (const Node& node : before.nodes) {
        if (!after.node(node.name))
            events->add(K::Node, node.name, EventModel::tr("removed from the cluster"));
    }
}

void resourceEvents(const ClusterState& before, const ClusterState& after, const QString& by, EventList* events)
{
    using K = ClusterEvent::Kind;
    for (const Resource& resource : after.resources) {
        const Resource* was = before.resource(resource.id);
        if (!was) {
            if (!resource.implicit) {
                events->add(K::Resource, resource.id, EventModel::tr("created"));
                events->markConfiguration(events->size() - 1, by);
            }
            continue;
        }
        if (!was->failed && resource.failed)
            events->add(K::Resource, resource.id, EventModel::tr("failed"), true);
        else if (was->failed && !resource.failed && !resource.activeOn.isEmpty())
            events->add(K::Resource, resource.id, EventModel::tr("recovered: runs again on %1").arg(resource.activeOn.join(QLatin1String(", "))));
        if (resource.kind != ResourceKind::Primitive)
            continue; // its members tell where things went
        // Most resources stay where they were: no sets to build for them.
        if (was->activeOn != resource.activeOn) {
            const QSet<QString> from(was->activeOn.cbegin(), was->activeOn.cend());
            const QSet<QString> to(resource.activeOn.cbegin(), resource.activeOn.cend());
            if (from.size() == 1 && to.size() == 1 && from != to) {
                events->add(K::Resource, resource.id,
                            EventModel::tr("moved %1 → %2").arg(*from.cbegin(), *to.cbegin()));
            } else {
                QStringList started = QStringList(to.cbegin(), to.cend());
                started.removeIf([&](const QString& n) { return from.contains(n); });
                started.sort();
                QStringList stopped = QStringList(from.cbegin(), from.cend());
                stopped.removeIf([&](const QString& n) { return to.contains(n); });
                stopped.sort();
                for (const QString& node : std::as_const(started))
                    events->addChange(resource.id, ClusterEvent::Change::Started, node, EventModel::tr("started on %1").arg(node));
                for (const QString& node : std::as_const(stopped))
                    events->addChange(resource.id, ClusterEvent::Change::Stopped, node, EventModel::tr("stopped on %1").arg(node));
            }
        }
        for (auto it = resource.roleOn.cbegin(); it != resource.roleOn.cend(); ++it) {
            const QString old = was->roleOn.value(it.key());
            if (old.isEmpty() || old == it.value())
                continue;
            if (it.value() == u"Promoted")
                events->add(K::Resource, resource.id, EventModel::tr("promoted on %1").arg(it.key()));
            else if (old == u"Promoted")
                events->add(K::Resource, resource.id, EventModel::tr("demoted on %1").arg(it.key()));
        }
    }
    for (const Resource& resource : before.resources) {
        if (!after.resource(resource.id) && !resource.implicit) {
            events->add(K::Resource, resource.id, EventModel::tr("deleted"));
            events->markConfiguration(events->size() - 1, by);
        }
    }
}

QString failureKey(const FailedAction& f)
{
    return f.resource + u'\x1f' + f.node + u'\x1f' + f.operation + u'\x1f' + f.lastChange;
}

QString fenceKey(const FenceEvent& e)
{
    return e.target + u'\x1f' + e.action + u'\x1f' + e.completed + u'\x1f' + e.status;
}

} // namespace

QList<ClusterEvent> eventsBetween(const ClusterState& before, const ClusterState& after, const QDateTime& when)
{
    using K = ClusterEvent::Kind;
    EventList events(when);
    // Who changed the configuration, when this state's last change is new (a standby until
    // reboot is status, not configuration: it leaves the last change as it was).
    const bool newChange = after.lastChange != before.lastChange || after.lastChangeBy != before.lastChangeBy;
    const QString by = newChange ? after.lastChangeBy : QString();
    if (before.hasQuorum != after.hasQuorum)
        events.add(K::Cluster, after.clusterName, after.hasQuorum ? EventModel::tr("quorum regained") : EventModel::tr("quorum lost"),
                   !after.hasQuorum);
    const QString maintenance = QStringLiteral("maintenance-mode");
    qsizetype configured = events.size();
    if (before.properties.value(maintenance) != after.properties.value(maintenance))
        events.add(K::Cluster, after.clusterName,
                   after.properties.value(maintenance) == u"true" ? EventModel::tr("maintenance mode on")
                                                                  : EventModel::tr("maintenance mode off"));
    events.markConfiguration(configured, by);
    nodeEvents(before, after, by, &events);
    resourceEvents(before, after, by, &events);

    QSet<QString> knownFailures;
    for (const FailedAction& f : before.failures)
        knownFailures.insert(failureKey(f));
    QSet<QString> stillFailed;
    for (const FailedAction& f : after.failures)
        stillFailed.insert(failureKey(f));
    // A failure that is no longer listed was cleaned up (or expired): the resource runs clean again.
    for (const FailedAction& f : before.failures) {
        const Resource* now = after.resource(f.resource);
        if (!stillFailed.contains(failureKey(f)) && now && !now->activeOn.isEmpty())
            events.add(K::Failure, f.resource, EventModel::tr("%1 failure on %2 cleared; it runs on %3")
                                                   .arg(f.operation, f.node, now->activeOn.join(QLatin1String(", "))));
    }
    for (const FailedAction& f : after.failures) {
        if (!knownFailures.contains(failureKey(f)))
            events.add(K::Failure, f.resource,
                       EventModel::tr("%1 failed on %2: %3").arg(f.operation, f.node,
                                                                 f.exitReason.isEmpty() ? f.exitStatus : f.exitReason),
                       true);
    }
    QSet<QString> knownFencing;
    for (const FenceEvent& e : before.fencing)
        knownFencing.insert(fenceKey(e));
    for (const FenceEvent& e : after.fencing) {
        if (knownFencing.contains(fenceKey(e)))
            continue;
        events.add(K::Fencing, e.target, EventModel::tr("fenced (%1) by %2: %3").arg(e.action, e.delegate, e.status), true);
        // An old fence can look new: the history is rebuilt when the node that kept it rejoins.
        QDateTime completed = QDateTime::fromString(e.completed, QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
        completed.setTimeSpec(Qt::UTC);
        events.last().happened = completed;
    }
    configured = events.size();
    QHash<QString, const Constraint*> oldConstraints;
    for (const Constraint& c : before.constraints)
        oldConstraints.insert(c.id, &c);
    for (const Constraint& c : after.constraints) {
        const Constraint* was = oldConstraints.take(c.id);
        if (!was)
            events.add(K::Constraint, c.id, EventModel::tr("%1 constraint added").arg(kindName(c.kind)));
        else if (was->attributes != c.attributes || was->resources != c.resources)
            events.add(K::Constraint, c.id, EventModel::tr("changed"));
    }
    for (const Constraint* c : std::as_const(oldConstraints))
        events.add(K::Constraint, c->id, EventModel::tr("%1 constraint removed").arg(kindName(c->kind)));
    events.markConfiguration(configured, by);
    return events.take();
}

void EventModel::setJournal(const QString& path)
{
    m_journal = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return; // none yet
    QList<ClusterEvent> kept;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QDateTime time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        const int kind = o.value(QStringLiteral("kind")).toInt(-1);
        if (!time.isValid() || kind < 0 || kind > int(ClusterEvent::Kind::Drbd))
            continue; // a line this version cannot read is skipped, not fatal
        const QString subject = o.value(QStringLiteral("subject")).toString();
        const QDateTime replaces = QDateTime::fromString(o.value(QStringLiteral("replaces")).toString(), Qt::ISODateWithMs);
        if (replaces.isValid())
            kept.removeIf([&](const ClusterEvent& e) { return e.subject == subject && e.time == replaces; });
        kept.prepend({time, ClusterEvent::Kind(kind), subject, o.value(QStringLiteral("text")).toString(),
                      o.value(QStringLiteral("problem")).toBool(), ClusterEvent::Change::Other, {}, {}});
    }
    m_journalLines = int(kept.size());
    if (kept.size() > kJournalKept)
        kept.resize(kJournalKept);
    beginResetModel();
    m_events = kept + m_events;
    if (m_events.size() > kCapacity)
        m_events.resize(kCapacity);
    endResetModel();
}

void EventModel::writeJournal(const QList<ClusterEvent>& events)
{
    if (m_journal.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_journal).absolutePath());
    const auto line = [](const ClusterEvent& e) -> QByteArray { // not a QStringBuilder of a temporary
        QJsonObject o{{QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs)},
                      {QStringLiteral("kind"), int(e.kind)},
                      {QStringLiteral("subject"), e.subject},
                      {QStringLiteral("text"), e.text},
                      {QStringLiteral("problem"), e.problem}};
        if (e.replaces.isValid())
            o.insert(QStringLiteral("replaces"), e.replaces.toUTC().toString(Qt::ISODateWithMs));
        return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    };
    // Bounded: once it holds twice what is kept, it is written again with the newest only.
    if (m_journalLines + events.size() > 2 * kJournalKept) {
        QSaveFile file(m_journal);
        if (!file.open(QIODevice::WriteOnly))
            return;
        const qsizetype keep = std::min<qsizetype>(kJournalKept, m_events.size());
        for (qsizetype i = keep - 1; i >= 0; --i)
            file.write(line(m_events.at(i)));
        if (file.commit())
            m_journalLines = int(keep);
        return;
    }
    QFile file(m_journal);
    if (!file.open(QIODevice::Append))
        return;
    for (const ClusterEvent& e : events)
        file.write(line(e));
    m_journalLines += int(events.size());
}

void EventModel::add(const QList<ClusterEvent>& incoming)
{
    // A start elsewhere soon after a stop, nothing of it running between: one move. The stop's
    // row says so and no row is added (written to the journal as replacing the stop).
    QList<ClusterEvent> events;
    for (const ClusterEvent& event : incoming) {
        if (event.change == ClusterEvent::Change::Started) {
            const qsizetype stop = stopBefore(event);
            if (stop >= 0) {
                ClusterEvent& moved = m_events[stop];
                ClusterEvent merged = event;
                merged.text = tr("moved %1 → %2").arg(moved.node, event.node);
                merged.change = ClusterEvent::Change::Other;
                merged.replaces = moved.time;
                moved = merged;
                Q_EMIT dataChanged(index(int(stop), 0), index(int(stop), ColumnCount - 1));
                writeJournal({merged});
                continue;
            }
        }
        events << event;
    }
    if (events.isEmpty())
        return;
    beginInsertRows({}, 0, int(events.size()) - 1);
    for (const ClusterEvent& event : events)
        m_events.prepend(event);
    endInsertRows();
    if (m_events.size() > kCapacity) {
        beginRemoveRows({}, kCapacity, int(m_events.size()) - 1);
        m_events.resize(kCapacity);
        endRemoveRows();
    }
    writeJournal(events);
}

qsizetype EventModel::stopBefore(const ClusterEvent& start) const
{
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const ClusterEvent& e = m_events.at(i);
        if (e.time.secsTo(start.time) > kMoveSeconds)
            return -1;
        if (e.subject != start.subject || e.kind != ClusterEvent::Kind::Resource)
            continue;
        // The newest event of the resource must be its stop, on another node.
        return e.change == ClusterEvent::Change::Stopped && e.node != start.node ? i : -1;
    }
    return -1;
}

int EventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventModel::kindText(ClusterEvent::Kind kind)
{
    switch (kind) {
    case ClusterEvent::Kind::Cluster: return tr("cluster");
    case ClusterEvent::Kind::Node: return tr("node");
    case ClusterEvent::Kind::Resource: return tr("resource");
    case ClusterEvent::Kind::Failure: return tr("failure");
    case ClusterEvent::Kind::Fencing: return tr("fencing");
    case ClusterEvent::Kind::Constraint: return tr("constraint");
    case ClusterEvent::Kind::Balancer: return tr("HAProxy");
    case ClusterEvent::Kind::Console: return tr("HAdesk");
    case ClusterEvent::Kind::Drill: return tr("drill");
    case ClusterEvent::Kind::Drbd: return tr("DRBD");
    }
    return {};
}

QVariant EventModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ClusterEvent& event = m_events.at(index.row());
    if (role == ProblemRole)
        return event.problem;
    if (role == KindRole)
        return int(event.kind);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: {
        // The date too when it is not today's (a journal read back after a restart).
        const QDateTime local = event.time.toLocalTime();
        return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm:ss"))
                                                    : local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    case KindColumn: return kindText(event.kind);
    case SubjectColumn: return event.subject;
    case TextColumn: return event.text;
    }
    return {};
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case KindColumn: return tr("Kind");
    case SubjectColumn: return tr("Subject");
    case TextColumn: return tr("What happened");
    }
    return {};
}

} // namespace hadesk::pcmk
