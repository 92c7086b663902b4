#include "backend/pacemaker/OperationJobs.h"

#include "backend/pacemaker/AgentMetadata.h"
#include "backend/pacemaker/ClusterState.h"
#include "backend/pacemaker/ClusterStateReader.h"
#include "ssh/HostConnection.h"
#include "ssh/SshJob.h"

#include <QJsonArray>

namespace hadesk::pcmk {
namespace {

constexpr int kTimeoutMs = 120'000;
constexpr int kStaleExitCode = 75; // EX_TEMPFAIL: the apply script's "changed since the preview"

// Run as: sh -c SCRIPT hadesk-preview COMMAND..., the live CIB on stdin. The command edits a copy
// (CIB_file), and Pacemaker's scheduler says what would follow. The copy's constraints before and
// after the change frame crm_simulate's XML, behind markers, so the preview can say which the
// change creates or removes without parsing the whole CIB on the GUI thread.
// stdin: the CIB's length in bytes on a line, the CIB, then the command's own input. read takes
// the line byte by byte and GNU head -c no more than it is asked for, so the rest stays on stdin.
constexpr char kPreviewScript[] = R"sh(set -eu
dir=$(mktemp -d)
trap 'rm -rf -- "$dir"' EXIT
read -r cib_bytes
head -c "$cib_bytes" >"$dir/cib.xml"
CIB_file="$dir/cib.xml" cibadmin --query --scope constraints
CIB_file="$dir/cib.xml" "$@" >/dev/null
CIB_file="$dir/cib.xml" cibadmin --query --scope constraints >"$dir/constraints.xml"
printf '\n<!--hadesk-simulation-->\n'
crm_simulate --simulate --xml-file "$dir/cib.xml" --output-as=xml
printf '\n<!--hadesk-constraints-->\n'
cat "$dir/constraints.xml"
)sh";
constexpr char kSimulationMarker[] = "\n<!--hadesk-simulation-->\n";
constexpr char kConstraintsMarker[] = "\n<!--hadesk-constraints-->\n";

// Run as: sh -c SCRIPT hadesk-apply ADMIN_EPOCH EPOCH COMMAND...: the command runs only if the
// configuration is still at the version the preview was made on.
constexpr char kApplyScript[] = R"sh(set -eu
admin_epoch=$1 epoch=$2
shift 2
head=$(cibadmin --query --xpath /cib --no-children)
case "$head" in *" admin_epoch=\"$admin_epoch\""*) ;; *) echo "the configuration changed since the preview" >&2; exit 75 ;; esac
case "$head" in *" epoch=\"$epoch\""*) ;; *) echo "the configuration changed since the preview" >&2; exit 75 ;; esac
exec "$@"
)sh";

// A refusal in the operator's words: the tool's own message, not "sh exited with 105"; a move
// to the node a resource already runs on is said as such, not as "Requested item already exists".
QString refusalOf(const ClusterOperation& operation, const ssh::SshJob& job)
{
    if (!job.errorString().isEmpty())
        return job.failureText(); // the connection's problem, not the tool's
    QString said = QString::fromUtf8(job.allStderr()).trimmed();
    for (const QString& prefix : {QStringLiteral("crm_resource: "), QStringLiteral("crm_attribute: "),
                                  QStringLiteral("cibadmin: "), QStringLiteral("Error performing operation: ")})
        if (said.startsWith(prefix))
            said = said.mid(prefix.size());
    if (operation.resourceAction == u"move" && said.contains(QLatin1String("Requested item already exists")))
        return operation.node.isEmpty()
                   ? PreviewJob::tr("%1 cannot be moved away: it has a move or ban left behind; clear it first").arg(operation.resource)
                   : PreviewJob::tr("%1 already runs on %2: there is nothing to move").arg(operation.resource, operation.node);
    const QString tool = operation.argv.value(0, QStringLiteral("sh"));
    return said.isEmpty() ? PreviewJob::tr("%1 refused it (exit status %2)").arg(tool).arg(job.exitCode())
                          : PreviewJob::tr("%1 refused it: %2").arg(tool, said);
}

ssh::JobOptions asRoot(const QByteArray& stdinData = {})
{
    ssh::JobOptions options;
    options.asRoot = true;
    options.timeoutMs = kTimeoutMs;
    options.stdinData = stdinData;
    return options;
}

} // namespace

PreviewJob::PreviewJob(ssh::HostConnection* node, ClusterOperation operation, const QString& cluster,
                       QObject* parent)
    : Job(tr("preview: %1").arg(operation.summary), cluster, parent)
    , m_operation(std::move(operation))
{
    addStep({tr("read the configuration"), node->host(), false, [this, node](jobs::StepContext& step) {
                 step.run(node, {QStringLiteral("cibadmin"), QStringLiteral("--query")}, asRoot(),
                          [this, step](ssh::SshJob& query) mutable {
                              if (!query.succeeded()) {
                                  step.fail(tr("cannot read the CIB: %1").arg(query.failureText()));
                                  return;
                              }
                              ClusterState state; // only its version: the CIB goes to the simulation untouched
                              QString error;
                              if (!ClusterStateReader::readCibVersion(query.allStdout(), &state, &error)) {
                                  step.fail(error);
                                  return;
                              }
                              if (m_operation.builtOnEpoch >= 0 && (m_operation.builtOnAdminEpoch != state.adminEpoch ||
                                                                    m_operation.builtOnEpoch != state.epoch)) {
                                  step.fail(tr("the configuration changed (from %1.%2 to %3.%4) since this change "
                                               "was prepared; prepare it again")
                                                .arg(m_operation.builtOnAdminEpoch)
                                                .arg(m_operation.builtOnEpoch)
                                                .arg(state.adminEpoch)
                                                .arg(state.epoch));
                                  return;
                              }
                              m_preview.adminEpoch = state.adminEpoch;
                              m_preview.epoch = state.epoch;
                              m_cib = query.allStdout();
                              step.succeed(tr("version %1.%2").arg(state.adminEpoch).arg(state.epoch));
                          });
             }, {}});
    addStep({tr("ask Pacemaker what would happen (crm_simulate)"), node->host(), false,
             [this, node](jobs::StepContext& step) {
                 if (!m_operation.previewable) {
                     OperationEffects::describe({}, {}, m_operation, &m_preview); // the configuration stays as it is
                     step.succeed(tr("nothing to simulate: this acts on running resources"));
                     return;
                 }
                 step.run(node,
                          QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kPreviewScript),
                                      QStringLiteral("hadesk-preview")} +
                              m_operation.argv,
                          asRoot(QByteArray::number(m_cib.size()) + '\n' + m_cib + m_operation.input),
                          [this, step](ssh::SshJob& simulate) mutable {
                              m_cib.clear();
                              QString error;
                              const QByteArray output = simulate.allStdout();
                              const qsizetype simulation = output.indexOf(kSimulationMarker);
                              const qsizetype marker = output.lastIndexOf(kConstraintsMarker);
                              const qsizetype simulationStart = simulation + qsizetype(sizeof(kSimulationMarker)) - 1;
                              QList<Constraint> before, after;
                              if (!simulate.succeeded())
                                  step.fail(refusalOf(m_operation, simulate));
                              else if (simulation < 0 || marker < simulation)
                                  step.fail(tr("the preview printed no constraints after the change"));
                              else if (!ClusterStateReader::readConstraints(output.left(simulation), &before, &error) ||
                                       !OperationRunner::readSimulation(output.mid(simulationStart, marker - simulationStart),
                                                                        &m_preview.actions, &error) ||
                                       !ClusterStateReader::readConstraints(
                                           output.mid(marker + qsizetype(sizeof(kConstraintsMarker)) - 1), &after, &error))
                                  step.fail(error);
                              else {
                                  OperationEffects::describe(before, after, m_operation, &m_preview);
                                  step.succeed(tr("%n action(s)", nullptr, int(m_preview.actions.size())));
                              }
                          });
             }, {}});
}

ApplyJob::ApplyJob(ssh::HostConnection* node, ClusterOperation operation, Preview basis, const QString& cluster,
                   QObject* parent)
    : Job(operation.summary, cluster, parent)
    , m_operation(std::move(operation))
    , m_basis(basis)
{
    m_result.message = tr("not applied");
    addStep({tr("apply: %1").arg(m_operation.summary), node->host(), true, [this, node](jobs::StepContext& step) {
                 const QString basisVersion = QStringLiteral("%1.%2").arg(m_basis.adminEpoch).arg(m_basis.epoch);
                 QJsonObject audit{{QStringLiteral("operation"), m_operation.summary},
                                   {QStringLiteral("command"), QJsonArray::fromStringList(m_operation.argv)},
                                   {QStringLiteral("remote_user"), node->user()},
                                   {QStringLiteral("basis_version"), basisVersion}};
                 step.setAudit(audit);
                 step.run(
                     node,
                     QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kApplyScript),
                                 QStringLiteral("hadesk-apply"), QString::number(m_basis.adminEpoch),
                                 QString::number(m_basis.epoch)} +
                         m_operation.argv,
                     asRoot(m_operation.input), [this, step, audit](ssh::SshJob& job) mutable {
                         static const char* outcomes[] = {"applied", "refused-stale", "failed"};
                         m_result = {};
                         if (job.succeeded()) {
                             m_result.outcome = ApplyResult::Outcome::Applied;
                             m_result.exitCode = 0;
                             m_result.message = tr("applied: %1").arg(m_operation.summary);
                         } else if (job.errorString().isEmpty() && job.exitCode() == kStaleExitCode) {
                             m_result.outcome = ApplyResult::Outcome::Stale;
                             m_result.exitCode = kStaleExitCode;
                             m_result.message = tr("refused: the cluster configuration changed since the preview "
                                                   "(it was at %1.%2); preview again")
                                                    .arg(m_basis.adminEpoch)
                                                    .arg(m_basis.epoch);
                         } else if (job.errorString().startsWith(QLatin1String("timed out"))) {
                             m_result.message = tr("no answer within %1 s; the change may or may not have been made")
                                                    .arg(kTimeoutMs / 1000);
                         } else {
                             m_result.exitCode = job.exitCode();
                             m_result.message = tr("%1 failed: %2").arg(m_operation.summary, refusalOf(m_operation, job));
                         }
                         audit.insert(QStringLiteral("result"), QLatin1String(outcomes[int(m_result.outcome)]));
                         audit.insert(QStringLiteral("exit_code"), m_result.exitCode);
                         audit.insert(QStringLiteral("message"), m_result.message);
                         step.setAudit(audit);
                         if (m_result.outcome == ApplyResult::Outcome::Applied)
                             step.succeed(m_result.message);
                         else
                             step.fail(m_result.message);
                     });
             }, {}});
    connect(this, &Job::finished, this, [this] {
        // Stopped, or the step never got its answer (the connection went while it ran): say so,
        // not "not applied", since the change may have been made.
        if (state() == jobs::JobState::Cancelled || (state() == jobs::JobState::Failed && m_result.exitCode < 0 &&
                                                     m_result.message == tr("not applied")))
            m_result.message = outcomeText();
    });
}

ReadJob::ReadJob(ssh::HostConnection* node, const QString& title, const QStringList& argv, const QString& failure,
                 const QString& refusal, QObject* parent)
    : Job(title, QString(), parent)
{
    addStep({title, node->host(), false, [this, node, argv, failure, refusal](jobs::StepContext& step) {
                 if (!refusal.isEmpty()) {
                     step.fail(refusal); // before anything is sent
                     return;
                 }
                 step.run(node, argv, asRoot(), [this, step, failure](ssh::SshJob& job) mutable {
                     if (!job.succeeded()) {
                         step.fail(failure.arg(job.failureText()));
                         return;
                     }
                     m_output = job.allStdout();
                     step.succeed();
                 });
             }, {}});
}

ReadJob* ReadJob::cib(ssh::HostConnection* node, QObject* parent)
{
    return new ReadJob(node, tr("read the CIB"), {QStringLiteral("cibadmin"), QStringLiteral("--query")},
                       tr("cannot read the CIB: %1"), {}, parent);
}

ReadJob* ReadJob::metadata(ssh::HostConnection* node, const QString& agent, QObject* parent)
{
    return new ReadJob(node, tr("read the metadata of %1").arg(agent),
                       {QStringLiteral("crm_resource"), QStringLiteral("--show-metadata"), agent},
                       tr("no metadata for %1: %2").arg(agent, QStringLiteral("%1")),
                       AgentMetadata::isValidAgent(agent)
                           ? QString()
                           : tr("'%1' is not an agent name such as ocf:heartbeat:IPaddr2").arg(agent),
                       parent);
}

} // namespace hadesk::pcmk
