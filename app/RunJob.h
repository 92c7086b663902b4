#pragma once

#include "backend/jobs/Job.h"

#include <QCoreApplication>

namespace hadesk {

// hadeskctl runs each job on the application's event loop, which ends with the job. Returns the
// job's end state; the step log went to stderr as it ran when verbose.
inline jobs::JobState runToEnd(jobs::Job& job)
{
    QObject::connect(&job, &jobs::Job::finished, QCoreApplication::instance(), [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    job.start();
    QCoreApplication::exec();
    return job.state();
}

} // namespace hadesk
