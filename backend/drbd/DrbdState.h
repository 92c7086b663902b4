#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace hadesk::drbd {

// What one node's DRBD says about itself, as "drbdsetup events2" reports it. DRBD 8.4 (the lab's)
// and DRBD 9 use the same line format; 9 adds node ids, several peers, quorum and promotion
// fields, which are optional here.

// A volume's local disk.
struct Device
{
    int volume = 0;
    int minor = -1;
    QString disk;      // UpToDate, Inconsistent, Outdated, Diskless, Attaching, Failed, ...
    qint64 sizeKiB = 0;
    QString blocked;   // "no", or what holds I/O back: upper, lower, ...
    std::optional<bool> quorum; // DRBD 9
    bool client = false;        // DRBD 9: diskless by design, not by failure
};

// A volume as seen towards one peer.
struct PeerDevice
{
    int volume = 0;
    QString replication;     // Established, SyncSource, SyncTarget, PausedSyncS, VerifyS, Off, ...
    QString peerDisk;        // the peer's disk state, as this node knows it
    QString resyncSuspended; // "no", or why: user, peer, dependency, ...
    qint64 outOfSyncKiB = 0;
    qint64 sentKiB = 0;
    qint64 receivedKiB = 0;
    std::optional<double> donePercent; // DRBD 9's statistics carry it; 8.4's do not

    bool isResync() const;  // a resync runs or is paused
    bool isVerify() const;
    bool isPaused() const { return replication.startsWith(u"Paused"); }
    // This node sends the data (SyncSource, VerifyS) rather than receives it.
    bool isSource() const { return replication.endsWith(u'S') || replication == u"SyncSource"; }
};

struct Connection
{
    int peerNodeId = -1;
    QString name;      // conn-name: the peer's host name on DRBD 9, "peer" on 8.4
    QString state;     // Connected, StandAlone, Connecting, Disconnecting, ...
    QString peerRole;  // Primary, Secondary, Unknown
    bool congested = false;
    QList<PeerDevice> peerDevices;

    const PeerDevice* peerDevice(int volume) const;
};

struct Resource
{
    QString name;
    QString role;      // Primary, Secondary, Unknown
    QString suspended; // "no", or why I/O is frozen: user, no-data, fencing, quorum
    std::optional<bool> mayPromote; // DRBD 9
    QList<Device> devices;
    QList<Connection> connections;
    // The kernel called the split-brain helper (seen on the stream), or logged an unresolved
    // split brain, since the resource last connected.
    bool splitBrain = false;

    const Device* device(int volume) const;
    bool ioSuspended() const { return !suspended.isEmpty() && suspended != u"no"; }
};

struct NodeState
{
    QList<Resource> resources;
    const Resource* resource(const QString& name) const;
};

// Applies "drbdsetup events2" lines, one at a time, to a NodeState: the snapshot (exists ... up
// to "exists -") and then the stream's create/change/destroy. A line it cannot read is refused
// with the reason and changes nothing; objects and fields it does not know are passed over, so a
// newer DRBD's extras do no harm.
class Events2Parser
{
    Q_DECLARE_TR_FUNCTIONS(Events2Parser)

public:
    bool apply(const QByteArray& line, QString* error);
    // "exists -" has been seen: the snapshot is whole.
    bool hasSnapshot() const { return m_snapshotDone; }
    const NodeState& state() const { return m_state; }
    // Starts over, for a new snapshot after a reconnect.
    void reset();
    // Takes a status read's numbers (out-of-sync, sent, received, done) for the peer devices it
    // shares with the state; the states themselves stay the stream's, which is never behind.
    void mergeStatistics(const NodeState& status);

    // A whole "events2 --now" output: nullopt, with the reason, when a line is malformed or the
    // output ends before "exists -".
    static std::optional<NodeState> readSnapshot(const QByteArray& output, QString* error);
    // "drbdsetup status --verbose --statistics" output: the same state as a tree. It is what
    // carries a resync's or verify's "done:" on DRBD 8.4, so the monitor polls it for progress.
    // DRBD 9 names each connection by its peer and gives its node-id; 8.4 calls it "peer".
    static std::optional<NodeState> readStatus(const QByteArray& output, QString* error);
    // "dmesg" lines about split brain: the resources whose latest such line says it is
    // unresolved (the kernel writes "Split-Brain detected but unresolved, dropping connection!"
    // and, once resolved, "Split-Brain detected, manually solved" or an automatic recovery).
    // 8.4 names the minor, not the resource: the state maps it.
    static QStringList unresolvedSplitBrains(const QByteArray& kernelLog, const NodeState& state);

private:
    NodeState m_state;
    bool m_snapshotDone = false;
};

} // namespace hadesk::drbd
