#pragma once

#include "backend/pacemaker/ClusterState.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace hadesk::pcmk {

// Something that changed in a cluster between two states HAdesk saw.
struct ClusterEvent
{
    enum class Kind { Cluster, Node, Resource, Failure, Fencing, Constraint };
    QDateTime time;
    Kind kind = Kind::Cluster;
    QString subject; // the node, resource or constraint it is about
    QString text;
    bool problem = false; // a failure, a node lost, fencing, quorum lost
};

// The events that lead from one state to the next: nodes joining and leaving, resources
// starting, stopping, moving, being promoted or failing, new failed actions, fencing, constraint
// and quorum changes. Pure: the same two states always give the same events.
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

    QList<ClusterEvent> m_events; // newest first
    QString m_journal;
    int m_journalLines = 0;
};

} // namespace hadesk::pcmk
