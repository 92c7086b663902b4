#include "ssh/HostConnection.h"

#include "ssh/SshJob.h"

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

} // namespace hadesk::ssh
