#include "backend/drbd/DrbdResourceCreator.h"

#include "backend/drbd/DrbdOperations.h"
#include "ssh/SshConnection.h"
#include "ssh/SshJob.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <memory>

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

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs one step on one node as root, audited. *output gets its stdout.
class StepRunner
{
public:
    StepRunner(const DrbdResourceCreator::ConnectionOf& connectionOf, const QString& cluster, int timeoutMs,
               const DrbdResourceCreator::Progress& progress)
        : m_connectionOf(connectionOf)
        , m_cluster(cluster)
        , m_timeoutMs(timeoutMs)
        , m_progress(progress)
    {
    }

    bool run(const QString& node, const QString& summary, const QStringList& argv, QString* error,
             QByteArray* output = nullptr, bool audited = true)
    {
        ssh::SshConnection* connection = begin(node, summary, audited, error);
        if (!connection)
            return false;
        ssh::JobOptions options;
        options.asRoot = true;
        options.timeoutMs = m_timeoutMs;
        std::unique_ptr<ssh::SshJob> job(connection->run(argv, options));
        return finish(node, summary, argv, job.get(), error, output, audited);
    }

    bool upload(const QString& node, const QString& summary, const QByteArray& contents, const QString& path,
                QString* error)
    {
        ssh::SshConnection* connection = begin(node, summary, true, error);
        if (!connection)
            return false;
        ssh::UploadOptions options;
        options.asRoot = true;
        options.backup = false;
        options.newFileMode = QStringLiteral("0644");
        std::unique_ptr<ssh::SshJob> job(connection->upload(contents, path, options));
        return finish(node, summary, {QStringLiteral("upload"), path}, job.get(), error, nullptr, true);
    }

private:
    // Tells of the step (the checks are not news) and finds its node's connection.
    ssh::SshConnection* begin(const QString& node, const QString& summary, bool told, QString* error)
    {
        if (m_progress && told)
            m_progress(QStringLiteral("%1: %2").arg(node, summary));
        ssh::SshConnection* connection = m_connectionOf(node);
        if (!connection)
            *error = DrbdResourceCreator::tr("%1: %2 is not connected").arg(summary, node);
        return connection;
    }

    bool finish(const QString& node, const QString& summary, const QStringList& argv, ssh::SshJob* job, QString* error,
                QByteArray* output, bool audited)
    {
        const bool answered = job->waitForFinished(m_timeoutMs + 1000);
        const bool ok = answered && job->succeeded();
        const QString message = !answered ? DrbdResourceCreator::tr("no answer in time")
                                          : (ok ? QString::fromUtf8(job->allStdout()).trimmed() : job->failureText());
        if (output)
            *output = job->allStdout();
        if (!ok)
            *error = QStringLiteral("%1: %2: %3").arg(node, summary, message);
        if (audited && !DrbdOperations::audit(m_cluster, node, summary, argv, ok, message, ok ? error : nullptr))
            return false;
        return ok;
    }

    DrbdResourceCreator::ConnectionOf m_connectionOf;
    QString m_cluster;
    int m_timeoutMs;
    DrbdResourceCreator::Progress m_progress;
};

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

bool DrbdResourceCreator::create(const NewResource& r, const ConnectionOf& connectionOf, const QString& cluster,
                                 int timeoutMs, QString* error, const Progress& progress)
{
    if (!validate(r, error))
        return false;
    StepRunner steps(connectionOf, cluster, timeoutMs, progress);
    const QString file = pathOf(r.name), staged = stagedPathOf(r.name);
    QStringList nodes;
    for (const NewResourceNode& node : r.nodes)
        nodes << node.name;

    // Nothing changes until every node has passed its checks.
    for (const QString& node : std::as_const(nodes))
        if (!steps.run(node, tr("check that %1 and %2 are free").arg(file, r.disk), shell(kCheckScript, {r.name, r.disk}),
                       error, nullptr, false))
            return false;

    QStringList stagedOn, installedOn, upOn;
    const auto undo = [&] {
        QString ignored;
        for (const QString& node : std::as_const(upOn))
            steps.run(node, tr("take %1 down again").arg(r.name), drbdadm({QStringLiteral("down")}, r.name), &ignored);
        for (const QString& node : std::as_const(installedOn))
            steps.run(node, tr("remove %1 again").arg(file), shell(kUninstallScript, {file}), &ignored);
        for (const QString& node : std::as_const(stagedOn))
            steps.run(node, tr("remove %1").arg(staged), shell(QStringLiteral("rm -f \"$1\""), {staged}), &ignored, nullptr, false);
        return false;
    };
    const QByteArray contents = resourceFile(r);
    for (const QString& node : std::as_const(nodes)) {
        if (!steps.upload(node, tr("write %1").arg(staged), contents, staged, error))
            return undo();
        stagedOn << node;
        if (!steps.run(node, tr("check the configuration with %1 (drbdadm -d)").arg(r.name),
                       shell(kValidateScript, {r.name, staged}), error))
            return undo();
    }
    for (const QString& node : std::as_const(nodes)) {
        if (!steps.run(node, tr("install %1").arg(file), shell(kInstallScript, {staged, file}), error))
            return undo();
        stagedOn.removeAll(node);
        installedOn << node;
    }
    for (const QString& node : std::as_const(nodes))
        if (!steps.run(node, tr("create DRBD metadata on %1").arg(r.disk), drbdadm({QStringLiteral("create-md")}, r.name), error)) {
            *error += u' ' + tr("(metadata written on other nodes' %1 stays; drbdadm wipe-md removes it)").arg(r.disk);
            return undo();
        }
    for (const QString& node : std::as_const(nodes)) {
        if (!steps.run(node, tr("bring %1 up").arg(r.name), drbdadm({QStringLiteral("up")}, r.name), error))
            return undo();
        upOn << node;
    }

    // From here the resource exists: a failure says what is left to do instead of undoing.
    const QString& first = nodes.first();
    QByteArray state;
    QString waitError;
    const auto connected = [&] {
        return steps.run(first, QString(), drbdadm({QStringLiteral("cstate")}, r.name), &waitError, &state, false) &&
               state.trimmed() == "Connected";
    };
    for (int waited = 0; !connected(); waited += 500) {
        if (waited >= kConnectWaitMs) {
            *error = tr("%1 is up on every node but its nodes did not connect (%2): check the addresses and "
                        "the firewall, then start the initial sync by hand")
                         .arg(r.name, waitError.isEmpty() ? QString::fromUtf8(state.trimmed()) : waitError);
            return false;
        }
        pause(500);
    }
    if (r.skipInitialSync) {
        if (!steps.run(first, tr("skip the initial sync (the disks are empty)"),
                       drbdadm({QStringLiteral("new-current-uuid"), QStringLiteral("--clear-bitmap")}, r.name), error))
            return false;
        if (!r.initialPrimary.isEmpty() &&
            !steps.run(r.initialPrimary, tr("make %1 Primary").arg(r.name), drbdadm({QStringLiteral("primary")}, r.name), error))
            return false;
        return true;
    }
    return steps.run(r.initialPrimary, tr("start the initial sync from here (primary --force)"),
                     drbdadm({QStringLiteral("primary"), QStringLiteral("--force")}, r.name), error);
}

bool DrbdResourceCreator::remove(const QString& name, const QStringList& nodes, const ConnectionOf& connectionOf,
                                 const QString& cluster, int timeoutMs, QString* error, const Progress& progress)
{
    if (!DrbdOperations::isValidResourceName(name)) {
        *error = tr("'%1' is not a resource name HAdesk writes (letters, digits, . _ - only)").arg(name);
        return false;
    }
    StepRunner steps(connectionOf, cluster, timeoutMs, progress);
    const QString file = pathOf(name);
    for (const QString& node : nodes)
        if (!steps.run(node, tr("check that HAdesk wrote %1").arg(file), shell(kMineScript, {file}), error, nullptr, false))
            return false;
    for (const QString& node : nodes)
        if (!steps.run(node, tr("take %1 down").arg(name), drbdadm({QStringLiteral("down")}, name), error))
            return false;
    for (const QString& node : nodes)
        if (!steps.run(node, tr("remove %1").arg(file), shell(kUninstallScript, {file}), error))
            return false;
    return true;
}

} // namespace hadesk::drbd
