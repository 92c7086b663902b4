#pragma once

#include "backend/pacemaker/ClusterState.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace hadesk::pcmk {

// Something that changed in a cluster between two states HAdesk saw.
struct ClusterEvent
{
    // New kinds go last: the journal keeps them as numbers.
    enum class Kind { Cluster, Node, Resource, Failure, Fencing, Constraint, Balancer, Console, Drill, Drbd };
    enum class Change { Other, Started, Stopped }; // a resource's, on node: two of them may be one move
    QDateTime time;
    Kind kind = Kind::Cluster;
    QString subject; // the node, resource or constraint it is about
    QString text;
    bool problem = false; // a failure, a node lost, fencing, quorum lost
    Change change = Change::Other;
    QString node{};
    QDateTime replaces{}; // a move seen in two steps: the time of the stop it takes the place of
    QDateTime happened{}; // when the cluster says it happened (a fence's completion), if it says
};

// The events that lead from one state to the next: nodes joining and leaving, resources
// starting, stopping, moving, being promoted or failing, new failed actions, fencing, constraint
// and quorum changes. Pure: the same two states always give the same events.
// A change to the configuration says who made it when Pacemaker records that ("by root via
// crm_resource on node1").
QList<ClusterEvent> eventsBetween(const ClusterState& before, const ClusterState& after, const QDateTime& when);

// The event timeline, newest first, bounded.
class EventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, SubjectColumn, TextColumn, ColumnCount };
    enum Role { ProblemRole = Qt::UserRole + 1, KindRole };
    static constexpr int kCapacity = 5000;
    using QAbstractTableModel::QAbstractTableModel;

    // A resource whose newest event is its stop on one node, started on another within
    // kMoveSeconds, moved: the stop becomes one "moved" event.
    static constexpr int kMoveSeconds = 120;
    void add(const QList<ClusterEvent>& events);
    // Keeps the events across restarts of the console: read back from this file (the newest
    // kJournalKept), and every new one appended to it; bounded, rewritten with the newest when it
    // holds twice that.
    static constexpr int kJournalKept = 1000;
    void setJournal(const QString& path);
    const QList<ClusterEvent>& events() const { return m_events; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(ClusterEvent::Kind kind);

private:
    void writeJournal(const QList<ClusterEvent>& events);
    // The row of the resource's stop a start completes into a move, or -1.
    qsizetype stopBefore(const ClusterEvent& start) const;

    QList<ClusterEvent> m_events; // newest first
    QString m_journal;
    int m_journalLines = 0;
};

} // namespace hadesk::pcmk
