#pragma once

// Tests may wait for a command (the program never does).
#include "ssh/SshJob.h"

#include <QSignalSpy>

inline bool waitForFinished(hadesk::ssh::SshJob& job, int timeoutMs)
{
    if (job.isFinished())
        return true;
    QSignalSpy finished(&job, &hadesk::ssh::SshJob::finished);
    return finished.wait(timeoutMs) || job.isFinished();
}
