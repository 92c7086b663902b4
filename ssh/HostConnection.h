#pragma once

#include "ssh/SshTypes.h"

#include <QObject>

namespace hadesk::ssh {

class SshJob;

// What the backend needs of a node: run a command and follow it. SshConnection is the real one;
// tests put a fake in its place that replays output captured from real nodes.
class HostConnection : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString host() const = 0;
    virtual QString user() const = 0;
    // The job is a child of the connection; deleting it early stops the command.
    virtual SshJob* run(const QStringList& argv, const JobOptions& options = {}) = 0;

    // Replaces a remote file atomically: written to a temporary file beside it, flushed to disk,
    // renamed over the old one (kept as PATH.hadesk-backup), folder flushed. Readers see the old
    // file or the new one, never a part. A bad path or mode fails the job without running it.
    SshJob* upload(const QByteArray& contents, const QString& remotePath,
                   const UploadOptions& options = {});
    // The file's bytes arrive as the job's stdout.
    SshJob* download(const QString& remotePath, bool asRoot = false);

protected:
    friend class SshJob;
    // Stops the command on the node (its process group); the job's finished() follows.
    virtual void cancelJob(quint64 id) = 0;
    // A job that fails with error without running anything.
    SshJob* refuse(const QStringList& argv, const QString& error);

    // For implementations: a job, its output and its end.
    SshJob* newJob(quint64 id, const QStringList& argv, bool keepOutput);
    static void deliver(SshJob* job, const QByteArray& data, bool isStderr);
    static void complete(SshJob* job, int exitCode, const QString& error);
};

} // namespace hadesk::ssh
