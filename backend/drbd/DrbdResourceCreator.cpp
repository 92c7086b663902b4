#include "backend/drbd/DrbdResourceCreator.h"

#include "backend/drbd/DrbdOperations.h"
#include "ssh/HostConnection.h"
#include "ssh/SshJob.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace hadesk::drbd {
namespace {

constexpr int kMaxMinor = (1 << 20) - 1;
constexpr int kConnectWaitMs = 60000;

// Each script takes its arguments as $1, $2: nothing the operator typed is pasted into it.
const QString kCheckScript = QStringLiteral(R"SH(file=/etc/drbd.d/$1.res
if [ -e "$file" ]; then echo "$file exists already" >&2; exit 3; fi
if [ ! -b "$2" ]; then echo "$2 is not a block device" >&2; exit 3; fi
if awk -v d="$2" '$1 == d { found = 1 } END { exit !found }' /proc/mounts; then
    echo "$2 is mounted" >&2; exit 3
fi
found=$(blkid -p -o export "$2" 2>&1)
rc=$?
if [ $rc -ne 2 ]; then
    echo "$2 is not empty (blkid: $(echo "$found" | grep -E '^(TYPE|LABEL|VERSION)=' | tr '\n' ' '))" >&2; exit 3
fi
)SH");

// drbdadm's dry run of the whole configuration with the new file: syntax, this host's section,
// and no minor, address or disk used twice.
const QString kValidateScript = QStringLiteral(R"SH(conf=$(mktemp /tmp/hadesk-drbd.XXXXXX) || exit 1
printf 'include "/etc/drbd.conf";\ninclude "%s";\n' "$2" >"$conf"
drbdadm -c "$conf" -d create-md -- "$1" >/dev/null && drbdadm -c "$conf" -d up -- "$1" >/dev/null
rc=$?
rm -f "$conf"
exit $rc
)SH");

// A hard link never replaces an existing file: installing fails if one appeared meanwhile.
const QString kInstallScript = QStringLiteral(R"SH(ln "$1" "$2" && rm -f "$1")SH");

const QString kMineScript = QStringLiteral(R"SH(if [ ! -e "$1" ]; then echo "$1 does not exist" >&2; exit 3; fi
if ! head -n 1 "$1" | grep '^# Created by HAdesk' >/dev/null; then
    echo "$1 was not written by HAdesk: left alone" >&2; exit 3
fi
)SH");

const QString kUninstallScript = kMineScript + QStringLiteral("rm -f \"$1\"\n");

QStringList shell(const QString& script, const QStringList& args)
{
    return QStringList{QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh")} + args;
}

QStringList drbdadm(const QStringList& words, const QString& resource)
{
    return QStringList{QStringLiteral("drbdadm")} + words + QStringList{QStringLiteral("--"), resource};
}

QString stagedPathOf(const QString& name)
{
    return QStringLiteral("/etc/drbd.d/.%1.res.hadesk-new").arg(name);
}

// A step that runs argv as root on the node; a failure's reason ends with noteOnFailure.
std::function<void(jobs::StepContext&)> command(const ConnectionOf& connectionOf, const QString& node,
                                                const QStringList& argv, int timeoutMs, const QString& noteOnFailure = {})
{
    return [=](jobs::StepContext& step) {
        ssh::HostConnection* connection = step.reach(connectionOf(node));
        if (!connection)
            return;
        if (noteOnFailure.isEmpty()) {
            step.runToEnd(connection, argv, asRoot(timeoutMs));
            return;
        }
        step.run(connection, argv, asRoot(timeoutMs), [step, noteOnFailure](ssh::SshJob& job) mutable {
            if (job.succeeded())
                step.succeed(QString::fromUtf8(job.allStdout()).trimmed());
            else
                step.fail(job.failureText() + u' ' + noteOnFailure);
        });
    };
}

// Waits on the node itself, so a Stop ends the wait there and nothing polls from here.
const QString kWaitConnectedScript = QStringLiteral(R"SH(i=0
while [ "$(drbdadm cstate -- "$1" 2>&1)" != Connected ]; do
    i=$((i + 1))
    if [ "$i" -gt "$2" ]; then echo "not connected: $(drbdadm cstate -- "$1" 2>&1)" >&2; exit 1; fi
    sleep 0.5
done
)SH");

} // namespace

QString DrbdResourceCreator::pathOf(const QString& name)
{
    return QStringLiteral("/etc/drbd.d/%1.res").arg(name);
}

QByteArray DrbdResourceCreator::marker()
{
    return "# Created by HAdesk";
}

bool DrbdResourceCreator::validate(const NewResource& r, QString* error)
{
    static const QRegularExpression diskPath(QStringLiteral(R"(^/dev/[A-Za-z0-9._/-]+$)"));
    static const QRegularExpression hostName(QStringLiteral(R"(^[A-Za-z0-9]([A-Za-z0-9.-]{0,62})$)"));
    static const QRegularExpression rate(QStringLiteral(R"(^[1-9][0-9]{0,6}[KMG]?$)"));
    QString why;
    if (!DrbdOperations::isValidResourceName(r.name))
        why = tr("'%1' is not a resource name HAdesk writes (letters, digits, . _ - only)").arg(r.name);
    else if (r.minor < 0 || r.minor > kMaxMinor)
        why = tr("the device minor must be between 0 and %1").arg(kMaxMinor);
    else if (r.port < 1 || r.port > 65535)
        why = tr("the port must be between 1 and 65535");
    else if (!diskPath.match(r.disk).hasMatch() || r.disk.contains(QLatin1String("..")))
        why = tr("'%1' is not a block device path under /dev").arg(r.disk);
    else if (!r.resyncRate.isEmpty() && !rate.match(r.resyncRate).hasMatch())
        why = tr("'%1' is not a resync rate (a number, optionally K, M or G)").arg(r.resyncRate);
    // DRBD 8.4 replicates between two nodes; more take DRBD 9's node ids and mesh.
    else if (r.nodes.size() != 2)
        why = tr("a resource needs two nodes");
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    QSet<QString> names, addresses;
    for (const NewResourceNode& node : r.nodes) {
        if (!hostName.match(node.name).hasMatch()) {
            *error = tr("'%1' is not a host name").arg(node.name);
            return false;
        }
        if (QHostAddress(node.address).isNull()) {
            *error = tr("'%1' (for %2) is not an IP address").arg(node.address, node.name);
            return false;
        }
        names.insert(node.name);
        addresses.insert(QHostAddress(node.address).toString());
    }
    if (names.size() != r.nodes.size() || addresses.size() != r.nodes.size()) {
        *error = tr("every node needs a name and an address of its own");
        return false;
    }
    if (!r.initialPrimary.isEmpty() && !names.contains(r.initialPrimary)) {
        *error = tr("the initial primary %1 is not one of the nodes").arg(r.initialPrimary);
        return false;
    }
    if (!r.skipInitialSync && r.initialPrimary.isEmpty()) {
        *error = tr("choose the node the initial sync starts from, or skip the sync for empty disks");
        return false;
    }
    return true;
}

QByteArray DrbdResourceCreator::resourceFile(const NewResource& r)
{
    QString text = QString::fromUtf8(marker()) +
                   QStringLiteral(": HAdesk removes only files that start with this line.\n"
                                  "resource %1 {\n"
                                  "    protocol C;\n"
                                  "    device minor %2;\n"
                                  "    disk %3;\n"
                                  "    meta-disk internal;\n")
                       .arg(r.name)
                       .arg(r.minor)
                       .arg(r.disk);
    if (!r.resyncRate.isEmpty())
        text += QStringLiteral("    disk {\n        c-plan-ahead 0;\n        resync-rate %1;\n    }\n").arg(r.resyncRate);
    for (const NewResourceNode& node : r.nodes) {
        const QHostAddress address(node.address);
        const QString endpoint = address.protocol() == QAbstractSocket::IPv6Protocol
                                     ? QStringLiteral("ipv6 [%1]:%2").arg(address.toString()).arg(r.port)
                                     : QStringLiteral("%1:%2").arg(address.toString()).arg(r.port);
        text += QStringLiteral("    on %1 {\n        address %2;\n    }\n").arg(node.name, endpoint);
    }
    return (text + QStringLiteral("}\n")).toUtf8();
}

DrbdCreateJob::DrbdCreateJob(const NewResource& r, const ConnectionOf& connectionOf, const QString& cluster,
                             int timeoutMs, QObject* parent)
    : Job(tr("Create DRBD resource %1").arg(r.name), cluster, parent)
{
    QString invalid;
    if (!DrbdResourceCreator::validate(r, &invalid)) {
        addStep({tr("check the resource"), {}, false, [invalid](jobs::StepContext& step) { step.fail(invalid); }, {}});
        return;
    }
    const QString file = DrbdResourceCreator::pathOf(r.name), staged = stagedPathOf(r.name);
    QStringList nodes;
    for (const NewResourceNode& node : r.nodes)
        nodes << node.name;
    const auto on = [](const QString& node, const QString& what) { return QStringLiteral("%1: %2").arg(node, what); };

    // Nothing changes until every node has passed its checks.
    for (const QString& node : std::as_const(nodes))
        addStep({on(node, tr("check that %1 and %2 are free").arg(file, r.disk)), node, false,
                 command(connectionOf, node, shell(kCheckScript, {r.name, r.disk}), timeoutMs), {}});
    const QByteArray contents = DrbdResourceCreator::resourceFile(r);
    for (const QString& node : std::as_const(nodes)) {
        addStep({on(node, tr("write %1").arg(staged)), node, true,
                 [=](jobs::StepContext& step) {
                     ssh::HostConnection* connection = step.reach(connectionOf(node));
                     if (!connection)
                         return;
                     ssh::UploadOptions options;
                     options.asRoot = true;
                     options.backup = false;
                     options.newFileMode = QStringLiteral("0644");
                     step.setAudit({{QStringLiteral("command"), QJsonArray{QStringLiteral("upload"), staged}}});
                     step.follow(connection->upload(contents, staged, options), [step](ssh::SshJob& job) mutable {
                         if (job.succeeded())
                             step.succeed();
                         else
                             step.fail(job.failureText());
                     });
                 },
                 command(connectionOf, node, shell(QStringLiteral("rm -f \"$1\""), {staged}), timeoutMs)});
        addStep({on(node, tr("check the configuration with %1 (drbdadm -d)").arg(r.name)), node, false,
                 command(connectionOf, node, shell(kValidateScript, {r.name, staged}), timeoutMs), {}});
    }
    for (const QString& node : std::as_const(nodes))
        addStep({on(node, tr("install %1").arg(file)), node, true,
                 command(connectionOf, node, shell(kInstallScript, {staged, file}), timeoutMs),
                 command(connectionOf, node, shell(kUninstallScript, {file}), timeoutMs)});
    // DRBD's metadata is not wiped again: after a later step fails the disk is refused as not
    // empty until the operator wipes it, and each failure from here says so.
    const QString metadataStays = tr("(the DRBD metadata written on %1 stays; drbdadm wipe-md removes it)").arg(r.disk);
    for (const QString& node : std::as_const(nodes))
        addStep({on(node, tr("create DRBD metadata on %1").arg(r.disk)), node, true,
                 command(connectionOf, node, drbdadm({QStringLiteral("create-md")}, r.name), timeoutMs, metadataStays), {}});
    for (const QString& node : std::as_const(nodes))
        addStep({on(node, tr("bring %1 up").arg(r.name)), node, true,
                 command(connectionOf, node, drbdadm({QStringLiteral("up")}, r.name), timeoutMs, metadataStays),
                 command(connectionOf, node, drbdadm({QStringLiteral("down")}, r.name), timeoutMs)});

    const QString& first = nodes.first();
    addStep({on(first, tr("wait for the nodes to connect")), first, false,
             command(connectionOf, first, shell(kWaitConnectedScript, {r.name, QString::number(kConnectWaitMs / 500)}),
                     kConnectWaitMs + timeoutMs, tr("(check the addresses and the firewall) %1").arg(metadataStays)),
             {}});
    if (r.skipInitialSync) {
        addStep({on(first, tr("skip the initial sync (the disks are empty)")), first, true,
                 command(connectionOf, first,
                         drbdadm({QStringLiteral("new-current-uuid"), QStringLiteral("--clear-bitmap")}, r.name), timeoutMs,
                         metadataStays),
                 {}});
        if (!r.initialPrimary.isEmpty())
            addStep({on(r.initialPrimary, tr("make %1 Primary").arg(r.name)), r.initialPrimary, true,
                     command(connectionOf, r.initialPrimary, drbdadm({QStringLiteral("primary")}, r.name), timeoutMs,
                             metadataStays),
                     {}});
        return;
    }
    addStep({on(r.initialPrimary, tr("start the initial sync from here (primary --force)")), r.initialPrimary, true,
             command(connectionOf, r.initialPrimary,
                     drbdadm({QStringLiteral("primary"), QStringLiteral("--force")}, r.name), timeoutMs, metadataStays),
             {}});
}

DrbdRemoveJob::DrbdRemoveJob(const QString& name, const QStringList& nodes, const ConnectionOf& connectionOf,
                             const QString& cluster, int timeoutMs, QObject* parent)
    : Job(tr("Remove DRBD resource %1").arg(name), cluster, parent)
{
    if (!DrbdOperations::isValidResourceName(name)) {
        const QString why = tr("'%1' is not a resource name HAdesk writes (letters, digits, . _ - only)").arg(name);
        addStep({tr("check the resource"), {}, false, [why](jobs::StepContext& step) { step.fail(why); }, {}});
        return;
    }
    const QString file = DrbdResourceCreator::pathOf(name);
    const auto on = [](const QString& node, const QString& what) { return QStringLiteral("%1: %2").arg(node, what); };
    for (const QString& node : nodes)
        addStep({on(node, tr("check that HAdesk wrote %1").arg(file)), node, false,
                 command(connectionOf, node, shell(kMineScript, {file}), timeoutMs), {}});
    // Taken down on one node and refused on the next (in use there): brought up again.
    for (const QString& node : nodes)
        addStep({on(node, tr("take %1 down").arg(name)), node, true,
                 command(connectionOf, node, drbdadm({QStringLiteral("down")}, name), timeoutMs),
                 command(connectionOf, node, drbdadm({QStringLiteral("up")}, name), timeoutMs)});
    for (const QString& node : nodes)
        addStep({on(node, tr("remove %1").arg(file)), node, true,
                 command(connectionOf, node, shell(kUninstallScript, {file}), timeoutMs), {}});
}

} // namespace hadesk::drbd
