#include "ssh/HostConnection.h"

#include "ssh/SshJob.h"

#include <QRegularExpression>
#include <QTimer>

namespace hadesk::ssh {

SshJob* HostConnection::newJob(quint64 id, const QStringList& argv, bool keepOutput)
{
    return new SshJob(this, id, argv, keepOutput);
}

void HostConnection::deliver(SshJob* job, const QByteArray& data, bool isStderr)
{
    job->addOutput(data, isStderr);
}

void HostConnection::complete(SshJob* job, int exitCode, const QString& error)
{
    job->finish(exitCode, error);
}

namespace {

// Run as: sh -c SCRIPT hadesk-upload TARGET MODE BACKUP, with the contents on stdin. Fixed text:
// the path and mode arrive as quoted arguments, never pasted into it.
constexpr char kUploadScript[] = R"sh(set -eu
target=$1 mode=$2 backup=$3
dir=$(dirname -- "$target")
tmp=$(mktemp -- "$dir/.hadesk-upload.XXXXXX")
trap 'rm -f -- "$tmp"' EXIT
cat >"$tmp"
if [ -e "$target" ]; then
    chmod --reference="$target" -- "$tmp"
    chown --reference="$target" -- "$tmp" 2>/dev/null || true
    if [ "$backup" = yes ]; then cp -p -- "$target" "$target.hadesk-backup"; fi
else
    chmod -- "$mode" "$tmp"
fi
sync -- "$tmp"
mv -f -- "$tmp" "$target"
trap - EXIT
sync -- "$dir"
)sh";

QString invalidPath(const QString& path)
{
    if (!path.startsWith(u'/') || path.endsWith(u'/') || path.contains(QChar(0)) || path.contains(u'\n'))
        return QStringLiteral("'%1' is not an absolute file path").arg(path);
    return {};
}

} // namespace

SshJob* HostConnection::refuse(const QStringList& argv, const QString& error)
{
    // Never reaches a node: id 0 is no command to cancel there.
    SshJob* job = newJob(0, argv, true);
    QTimer::singleShot(0, job, [job, error] { complete(job, -1, error); });
    return job;
}

SshJob* HostConnection::upload(const QByteArray& contents, const QString& remotePath,
                              const UploadOptions& options)
{
    static const QRegularExpression mode(QStringLiteral("^0?[0-7]{3}$"));
    const QStringList argv{QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kUploadScript),
                           QStringLiteral("hadesk-upload"), remotePath, options.newFileMode,
                           options.backup ? QStringLiteral("yes") : QStringLiteral("no")};
    if (const QString error = invalidPath(remotePath); !error.isEmpty())
        return refuse(argv, error);
    if (!mode.match(options.newFileMode).hasMatch())
        return refuse(argv, QStringLiteral("'%1' is not a file mode").arg(options.newFileMode));
    JobOptions job;
    job.stdinData = contents;
    job.asRoot = options.asRoot;
    return run(argv, job);
}

SshJob* HostConnection::download(const QString& remotePath, bool asRoot)
{
    const QStringList argv{QStringLiteral("cat"), QStringLiteral("--"), remotePath};
    if (const QString error = invalidPath(remotePath); !error.isEmpty())
        return refuse(argv, error);
    JobOptions job;
    job.asRoot = asRoot;
    return run(argv, job);
}

} // namespace hadesk::ssh
