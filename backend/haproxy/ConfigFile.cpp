#include "backend/haproxy/ConfigFile.h"

#include "backend/haproxy/RuntimeApi.h"
#include "ssh/SshJob.h"

#include <QCryptographicHash>

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

} // namespace

QByteArray ConfigFile::digest(const QByteArray& text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
}

QStringList ConfigFile::scriptArgv(Mode mode, const QString& path, const QString& socket, const QByteArray& expectedSha256)
{
    const QString name = mode == Mode::Check     ? QStringLiteral("check")
                         : mode == Mode::Install ? QStringLiteral("install")
                                                 : QStringLiteral("restore");
    return {QStringLiteral("sh"), QStringLiteral("-c"), QLatin1String(kScript), QStringLiteral("hadesk-haproxy-config"),
            name, path, socket, QString::fromLatin1(expectedSha256), RuntimeApi::clientScript()};
}

ssh::JobOptions ConfigFile::scriptOptions(const QByteArray& input, int timeoutMs)
{
    ssh::JobOptions options;
    options.asRoot = true;
    options.timeoutMs = timeoutMs;
    options.stdinData = input;
    return options;
}

InstallResult ConfigFile::resultOf(const ssh::SshJob& job)
{
    InstallResult result;
    if (!job.errorString().isEmpty()) {
        result.detail = job.errorString();
        return result;
    }
    result.detail = QString::fromUtf8(job.allStdout() + job.allStderr()).trimmed();
    switch (job.exitCode()) {
    case 0: result.outcome = InstallResult::Outcome::Installed; break;
    case 3: result.outcome = InstallResult::Outcome::Changed; break;
    case 4: result.outcome = InstallResult::Outcome::Rejected; break;
    case 5: result.outcome = InstallResult::Outcome::RolledBack; break;
    default:
        if (result.detail.isEmpty())
            result.detail = job.failureText();
        break;
    }
    return result;
}

} // namespace hadesk::haproxy
