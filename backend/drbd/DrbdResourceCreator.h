#pragma once

#include "backend/drbd/DrbdActionJob.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hadesk::drbd {

struct NewResourceNode
{
    QString name;    // as DRBD knows the host (uname -n); also its SSH host here
    QString address; // on the replication segment
};

// A DRBD resource to create: one volume on the same backing disk path on every node, internal
// metadata, protocol C.
struct NewResource
{
    QString name;
    int minor = -1;
    int port = 0;
    QString disk;
    QList<NewResourceNode> nodes;
    QString resyncRate;     // "4M", "500K", ...; empty: DRBD's default (slow on purpose)
    QString initialPrimary; // the node the initial sync starts from (or Primary after a skipped sync)
    bool skipInitialSync = false; // only for disks that are empty on every node: no sync at all
};

// What HAdesk writes for a new DRBD resource, and what it checks first.
class DrbdResourceCreator
{
    Q_DECLARE_TR_FUNCTIONS(DrbdResourceCreator)

public:
    static bool validate(const NewResource& resource, QString* error);
    // The file's text (validate first).
    static QByteArray resourceFile(const NewResource& resource);
    static QString pathOf(const QString& name);
    // The first line of every file HAdesk writes; DrbdRemoveJob only touches files that have it.
    static QByteArray marker();
};

// Creates a DRBD resource on every node, without touching any existing configuration: its own
// file /etc/drbd.d/NAME.res (marked as HAdesk's), checked first on every node (the name free, the
// disk a block device with no filesystem or DRBD metadata on it, drbdadm's own dry run of the
// whole configuration with the new file: no clash of minor, address or disk), then installed on
// every node without replacing anything (a hard link, which fails if the file exists), metadata
// created, brought up, and the initial sync started from the chosen node (or skipped on request).
// A failure or a Stop undoes what was done (the resource taken down, its file removed) except the
// metadata; every step that changes a node is in the audit log. An invalid resource fails at once.
class DrbdCreateJob final : public jobs::Job
{
    Q_OBJECT

public:
    DrbdCreateJob(const NewResource& resource, const ConnectionOf& connectionOf, const QString& cluster,
                  int timeoutMs = DrbdActionJob::kDefaultTimeoutMs, QObject* parent = nullptr);
};

// Takes down and deletes a resource HAdesk created, on the given nodes. Refused for a file
// HAdesk did not write, and by drbdadm for a resource in use (Primary and mounted, say); a node
// taken down before such a refusal is brought up again.
class DrbdRemoveJob final : public jobs::Job
{
    Q_OBJECT

public:
    DrbdRemoveJob(const QString& name, const QStringList& nodes, const ConnectionOf& connectionOf,
                  const QString& cluster, int timeoutMs = DrbdActionJob::kDefaultTimeoutMs, QObject* parent = nullptr);
};

} // namespace hadesk::drbd
