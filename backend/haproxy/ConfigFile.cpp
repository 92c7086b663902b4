#include "backend/haproxy/ConfigFile.h"

#include "backend/haproxy/RuntimeApi.h"
#include "ssh/SshConnection.h"
#include "ssh/SshJob.h"

#include <QCryptographicHash>

#include <memory>

namespace hadesk::haproxy {
namespace {

// $1 mode (check, install, restore), $2 the configuration, $3 the admin socket, $4 the digest the
// file must still have (may be empty), $5 the socket client; the candidate text on stdin.
// Exit codes: 0 done, 3 changed since read, 4 rejected by haproxy -c, 5 reload failed and rolled
// back, anything else failed before touching the file.
const char* const kScript = R"SH(mode=$1 cfg=$2 sock=$3 expected=$4 client=$5
new="$cfg.hadesk-new" prev="$cfg.hadesk-previous"
worker_pid() {
    printf 'show info\n' | sh -c "$client" hadesk-haproxy "$sock" 2>/dev/null | sed -n 's/^Pid: //p'
}
running() {
    if command -v systemctl >/dev/null 2>&1; then systemctl is-active --quiet haproxy >/dev/null 2>&1
    else /etc/init.d/haproxy status >/dev/null 2>&1; fi
}
reload_haproxy() {
    if command -v systemctl >/dev/null 2>&1; then systemctl reload haproxy; else /etc/init.d/haproxy reload; fi
}
# A reload counts once a process other than the old one answers on the socket, and still does a
# second later: systemd's master-worker mode reports success even when the new configuration never
# took over, and a process that fails to bind a frontend answers for a moment before it exits.
took_over() {
    i=0
    while [ $i -lt 50 ]; do
        now=$(worker_pid)
        if [ -n "$now" ] && [ "$now" != "$1" ]; then
            sleep 1
            [ "$(worker_pid)" = "$now" ] && return 0
        fi
        sleep 0.2
        i=$((i + 1))
    done
    return 1
}
write_candidate() {
    (umask 077 && cat >"$new") || { rm -f "$new"; echo "cannot write $new" >&2; exit 1; }
    chmod --reference="$cfg" "$new" 2>/dev/null
    chown --reference="$cfg" "$new" 2>/dev/null
    if ! haproxy -c -f "$new" 2>&1; then rm -f "$new"; exit 4; fi
}
# Puts $1 in place of the configuration by a rename, so HAProxy never reads half a file.
replace_with() {
    cp -p "$1" "$new" && sync "$new" && mv -f "$new" "$cfg"
}
case $mode in
check)
    write_candidate
    rm -f "$new"
    ;;
install)
    [ -f "$cfg" ] || { echo "$cfg does not exist" >&2; exit 1; }
    if [ -n "$expected" ]; then
        now=$(sha256sum <"$cfg" | cut -d' ' -f1)
        [ "$now" = "$expected" ] || { echo "$cfg was changed by someone else since it was read" >&2; exit 3; }
    fi
    write_candidate
    old=$(worker_pid)
    cp -p "$cfg" "$prev" || { rm -f "$new"; exit 1; }
    sync "$new" && mv -f "$new" "$cfg" || { rm -f "$new"; exit 1; }
    if ! running; then
        # Not running here (stopped by the cluster, say): starting it is not ours to do.
        echo "HAProxy is not running on this node; the file is in place for its next start"
        exit 0
    fi
    reload_haproxy 2>&1 && took_over "$old" && exit 0
    replace_with "$prev" || { echo "the reload failed and the previous file could not be put back" >&2; exit 1; }
    # The failed process may have taken the socket's name with it; a reload onto the previous file
    # gives the runtime API back.
    if [ -z "$old" ] || [ "$(worker_pid)" != "$old" ]; then
        reload_haproxy >/dev/null 2>&1 && took_over "" ||
            { echo "the reload failed; the previous file is back but HAProxy did not reload onto it" >&2; exit 1; }
    fi
    echo "the reload failed; the previous configuration is back in place and running" >&2
    exit 5
    ;;
restore)
    [ -f "$prev" ] || { echo "there is no previous configuration to restore" >&2; exit 1; }
    old=$(worker_pid)
    replace_with "$prev" || exit 1
    running || exit 0
    reload_haproxy 2>&1 && took_over "$old"
    ;;
*)
    exit 2
    ;;
esac)SH";

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

} // namespace

ConfigFile::ConfigFile(ssh::SshConnection& connection, QString path)
    : m_connection(connection)
    , m_path(std::move(path))
{
}

QByteArray ConfigFile::digest(const QByteArray& text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
}

std::optional<ConfigSnapshot> ConfigFile::read(int timeoutMs, QString* error) const
{
    std::unique_ptr<ssh::SshJob> job(m_connection.download(m_path, true));
    if (!job->waitForFinished(timeoutMs)) {
        setError(error, tr("%1 could not be read in time").arg(m_path));
        return std::nullopt;
    }
    if (!job->succeeded()) {
        setError(error, tr("%1 could not be read: %2").arg(m_path, job->failureText()));
        return std::nullopt;
    }
    return ConfigSnapshot{job->allStdout(), digest(job->allStdout())};
}

InstallResult ConfigFile::runScript(const QString& mode, const QByteArray& input, const QByteArray& expected,
                                    const QString& socket, int timeoutMs) const
{
    ssh::JobOptions options;
    options.asRoot = true;
    options.timeoutMs = timeoutMs;
    options.stdinData = input;
    std::unique_ptr<ssh::SshJob> job(m_connection.run({QStringLiteral("sh"), QStringLiteral("-c"),
                                                       QLatin1String(kScript), QStringLiteral("hadesk-haproxy-config"),
                                                       mode, m_path, socket, QString::fromLatin1(expected),
                                                       RuntimeApi::clientScript()},
                                                      options));
    InstallResult result;
    if (!job->waitForFinished(timeoutMs + 5000) || !job->errorString().isEmpty()) {
        result.detail = job->isFinished() ? job->errorString() : tr("no answer in time");
        return result;
    }
    result.detail = QString::fromUtf8(job->allStdout() + job->allStderr()).trimmed();
    switch (job->exitCode()) {
    case 0: result.outcome = InstallResult::Outcome::Installed; break;
    case 3: result.outcome = InstallResult::Outcome::Changed; break;
    case 4: result.outcome = InstallResult::Outcome::Rejected; break;
    case 5: result.outcome = InstallResult::Outcome::RolledBack; break;
    default:
        if (result.detail.isEmpty())
            result.detail = job->failureText();
        break;
    }
    return result;
}

bool ConfigFile::check(const QByteArray& text, int timeoutMs, QString* report) const
{
    const InstallResult result = runScript(QStringLiteral("check"), text, {}, RuntimeApi::defaultSocket(), timeoutMs);
    setError(report, result.detail);
    return result.installed();
}

InstallResult ConfigFile::install(const QByteArray& text, const QByteArray& expectedSha256, const QString& socket,
                                  int timeoutMs) const
{
    return runScript(QStringLiteral("install"), text, expectedSha256, socket, timeoutMs);
}

InstallResult ConfigFile::restorePrevious(const QString& socket, int timeoutMs) const
{
    return runScript(QStringLiteral("restore"), {}, {}, socket, timeoutMs);
}

RolloutResult rollOut(const QList<RolloutNode>& nodes, const QByteArray& text, int timeoutMs)
{
    RolloutResult rollout;
    // Every node checks the text first: a node with another HAProxy version may refuse it.
    for (const RolloutNode& node : nodes) {
        QString report;
        if (!ConfigFile(*node.connection).check(text, timeoutMs, &report)) {
            rollout.perNode.append({node.name, {InstallResult::Outcome::Rejected, report}});
            rollout.summary = ConfigFile::tr("%1 rejected the configuration; no node was changed").arg(node.name);
            return rollout;
        }
    }
    QList<const RolloutNode*> done;
    for (const RolloutNode& node : nodes) {
        const InstallResult result =
            ConfigFile(*node.connection).install(text, node.expectedSha256, node.socket, timeoutMs);
        rollout.perNode.append({node.name, result});
        if (result.installed()) {
            done.append(&node);
            continue;
        }
        QStringList undone;
        for (const RolloutNode* back : done) {
            const InstallResult restored = ConfigFile(*back->connection).restorePrevious(back->socket, timeoutMs);
            rollout.perNode.append({back->name, restored});
            undone << (restored.installed() ? back->name : ConfigFile::tr("%1 (failed: %2)").arg(back->name, restored.detail));
        }
        rollout.summary = ConfigFile::tr("%1: %2").arg(node.name, result.detail);
        if (!undone.isEmpty())
            rollout.summary += u'\n' + ConfigFile::tr("previous configuration restored on %1").arg(undone.join(u", "));
        return rollout;
    }
    rollout.installed = true;
    rollout.summary = ConfigFile::tr("installed and reloaded on %n node(s)", nullptr, int(nodes.size()));
    return rollout;
}

} // namespace hadesk::haproxy
