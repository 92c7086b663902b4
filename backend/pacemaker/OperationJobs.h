#pragma once

#include "backend/jobs/Job.h"
#include "backend/pacemaker/ClusterOperation.h"

namespace hadesk::ssh {
class HostConnection;
}

namespace hadesk::pcmk {

// A change previewed on a copy of the live CIB: read it (refused once the configuration moved on
// from the version the change was built on), then crm_simulate says what Pacemaker would do, and
// the preview says in words what the change itself does (OperationEffects).
class PreviewJob final : public jobs::Job
{
    Q_OBJECT

public:
    PreviewJob(ssh::HostConnection* node, ClusterOperation operation, const QString& cluster,
               QObject* parent = nullptr);

    const ClusterOperation& operation() const { return m_operation; }
    // Once succeeded.
    const Preview& preview() const { return m_preview; }

private:
    ClusterOperation m_operation;
    Preview m_preview;
    QByteArray m_cib;
};

// The change applied only if the configuration is still the version the preview saw (exit 75,
// "stale", otherwise); audited with that version and the outcome.
class ApplyJob final : public jobs::Job
{
    Q_OBJECT

public:
    ApplyJob(ssh::HostConnection* node, ClusterOperation operation, Preview basis, const QString& cluster,
             QObject* parent = nullptr);

    // Once finished (a cancel or a failure to run is Failed, with the reason).
    const ApplyResult& result() const { return m_result; }

private:
    ClusterOperation m_operation;
    Preview m_basis;
    ApplyResult m_result;
};

// A read that takes a moment: the whole CIB (cibadmin --query) or an agent's metadata.
class ReadJob final : public jobs::Job
{
    Q_OBJECT

public:
    static ReadJob* cib(ssh::HostConnection* node, QObject* parent = nullptr);
    // The agent's name is checked first: an invalid one gives a job that fails at once.
    static ReadJob* metadata(ssh::HostConnection* node, const QString& agent, QObject* parent = nullptr);

    const QByteArray& output() const { return m_output; }

private:
    ReadJob(ssh::HostConnection* node, const QString& title, const QStringList& argv, const QString& failure,
            const QString& refusal, QObject* parent);
    QByteArray m_output;
};

} // namespace hadesk::pcmk
