#include "backend/haproxy/RuntimeReadJob.h"

#include "backend/haproxy/RuntimeApi.h"
#include "ssh/HostConnection.h"
#include "ssh/SshJob.h"

#include <array>
#include <memory>

namespace hadesk::haproxy {

RuntimeReadJob::RuntimeReadJob(ssh::HostConnection* node, const QString& socket, const QString& cluster, QObject* parent)
    : Job(tr("Read HAProxy's state"), cluster, parent)
    , m_node(node)
    , m_socket(socket)
{
    const QString host = node ? node->host() : QString();
    if (m_socket.isEmpty())
        addStep({tr("find the admin socket in %1 on %2").arg(RuntimeApi::defaultConfig(), host), host, false,
                 [this](jobs::StepContext& step) { findSocket(step); }, {}});
    addStep({tr("show info, show stat and show servers state on %1").arg(host), host, false,
             [this](jobs::StepContext& step) { read(step); }, {}});
}

void RuntimeReadJob::findSocket(jobs::StepContext& step)
{
    if (!step.reach(m_node))
        return;
    step.follow(m_node->download(RuntimeApi::defaultConfig(), true), [this, step](ssh::SshJob& job) mutable {
        if (!job.succeeded()) {
            step.fail(tr("%1 could not be read: %2").arg(RuntimeApi::defaultConfig(), job.failureText()));
            return;
        }
        m_socket = RuntimeApi::socketFromConfig(QString::fromUtf8(job.allStdout()));
        if (m_socket.isEmpty())
            m_socket = RuntimeApi::defaultSocket();
        step.succeed(m_socket);
    });
}

void RuntimeReadJob::read(jobs::StepContext& step)
{
    if (!step.reach(m_node))
        return;
    // Three commands on one multiplexed session: they run side by side.
    const std::array<QString, 3> commands{QStringLiteral("show info"), QStringLiteral("show stat"),
                                          QStringLiteral("show servers state")};
    auto answers = std::make_shared<std::array<QByteArray, 3>>();
    auto pending = std::make_shared<int>(3);
    for (int i = 0; i < 3; ++i) {
        step.run(m_node, RuntimeApi::clientArgv(m_socket), RuntimeApi::clientOptions(commands.at(i)),
                 [this, step, answers, pending, i, command = commands.at(i)](ssh::SshJob& job) mutable {
                     if (!job.succeeded()) {
                         step.fail(tr("%1 failed: %2").arg(command, job.failureText()));
                         return;
                     }
                     (*answers)[i] = job.allStdout();
                     if (--*pending > 0)
                         return;
                     QString error;
                     m_state = RuntimeReader::readAll(answers->at(0), answers->at(1), answers->at(2), &error);
                     m_state ? step.succeed() : step.fail(error);
                 });
    }
}

} // namespace hadesk::haproxy
