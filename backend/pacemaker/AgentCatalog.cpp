#include "backend/pacemaker/AgentCatalog.h"

#include "ssh/SshConnection.h"
#include "ssh/SshJob.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace hadesk::pcmk {
namespace {

constexpr int TimeoutMs = 30000;

bool isValidClass(const QString& agentClass)
{
    static const QRegularExpression pattern(QStringLiteral("^(ocf:[A-Za-z0-9_.-]+|lsb|service|systemd|stonith)$"));
    return pattern.match(agentClass).hasMatch();
}

} // namespace

AgentCatalog::AgentCatalog(QObject* parent)
    : QObject(parent)
{
}

AgentCatalog::~AgentCatalog() = default;

void AgentCatalog::setConnection(ssh::SshConnection* connection)
{
    m_connection = connection;
}

std::optional<QStringList> AgentCatalog::readList(const QByteArray& xml, QString* error)
{
    QXmlStreamReader reader(xml);
    QStringList items;
    QString statusCode;
    QStringList errors;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = reader.name();
        if (name == u"item" || name == u"provider" || name == u"agent")
            items << reader.readElementText().trimmed();
        else if (name == u"error")
            errors << reader.readElementText().trimmed();
        else if (name == u"status")
            statusCode = reader.attributes().value(QLatin1String("code")).toString();
    }
    if (reader.hasError()) {
        *error = QStringLiteral("unreadable list from crm_resource: %1").arg(reader.errorString());
        return std::nullopt;
    }
    if (statusCode.isEmpty()) {
        *error = QStringLiteral("crm_resource's list has no status");
        return std::nullopt;
    }
    if (statusCode != u"0") {
        *error = errors.isEmpty() ? QStringLiteral("crm_resource failed with status %1").arg(statusCode)
                                  : errors.join(u'\n');
        return std::nullopt;
    }
    return items;
}

QStringList AgentCatalog::classesFrom(const QStringList& standards, const QStringList& providers)
{
    QStringList classes;
    if (standards.contains(QStringLiteral("ocf"))) {
        for (const QString& provider : providers)
            classes << QStringLiteral("ocf:") + provider;
    }
    for (const QString& standard : standards) {
        if (standard != u"ocf")
            classes << standard;
    }
    classes.removeIf([](const QString& c) { return !isValidClass(c); });
    return classes;
}

void AgentCatalog::run(const QStringList& argv, const QString& request, std::function<void(const ssh::SshJob&)> done)
{
    if (!m_connection) {
        Q_EMIT failed(request, tr("Not connected to the cluster."));
        return;
    }
    ssh::JobOptions options;
    options.timeoutMs = TimeoutMs;
    ssh::SshJob* job = m_connection->run(argv, options);
    connect(job, &ssh::SshJob::finished, this, [job, done = std::move(done)] {
        job->deleteLater();
        done(*job);
    });
}

void AgentCatalog::list(const QStringList& arguments, const QString& request,
                        std::function<void(const QStringList&)> done)
{
    const QStringList argv = QStringList{QStringLiteral("crm_resource")} + arguments + QStringList{QStringLiteral("--output-as=xml")};
    run(argv, request, [this, request, done = std::move(done)](const ssh::SshJob& job) {
        QString error;
        // A failed listing still answers in XML with the reason; an empty stdout means no answer.
        const auto items = job.allStdout().isEmpty() ? std::nullopt : readList(job.allStdout(), &error);
        if (!items) {
            Q_EMIT failed(request, error.isEmpty() ? job.failureText() : error);
            return;
        }
        done(*items);
    });
}

void AgentCatalog::requestClasses()
{
    if (m_classes) {
        Q_EMIT classesReady(*m_classes);
        return;
    }
    const QString request = QStringLiteral("classes");
    list({QStringLiteral("--list-standards")}, request, [this, request](const QStringList& standards) {
        list({QStringLiteral("--list-ocf-providers")}, request, [this, standards](const QStringList& providers) {
            m_classes = classesFrom(standards, providers);
            Q_EMIT classesReady(*m_classes);
        });
    });
}

void AgentCatalog::requestAgents(const QString& agentClass)
{
    if (!isValidClass(agentClass)) {
        Q_EMIT failed(agentClass, tr("'%1' is not an agent class such as ocf:heartbeat.").arg(agentClass));
        return;
    }
    if (const auto known = m_agents.constFind(agentClass); known != m_agents.cend()) {
        Q_EMIT agentsReady(agentClass, *known);
        return;
    }
    list({QStringLiteral("--list-agents"), agentClass}, agentClass, [this, agentClass](const QStringList& names) {
        QStringList agents;
        for (const QString& name : names) {
            // Names a resource cannot have (cluster-glue's "external/..." plugins) are left out.
            const QString agent = agentClass + u':' + name;
            if (AgentMetadata::isValidAgent(agent))
                agents << agent;
        }
        m_agents.insert(agentClass, agents);
        Q_EMIT agentsReady(agentClass, agents);
    });
}

void AgentCatalog::requestMetadata(const QString& agent)
{
    if (const auto known = m_metadata.constFind(agent); known != m_metadata.cend()) {
        Q_EMIT metadataReady(agent, *known);
        return;
    }
    if (!AgentMetadata::isValidAgent(agent)) {
        Q_EMIT failed(agent, tr("'%1' is not an agent name such as ocf:heartbeat:IPaddr2.").arg(agent));
        return;
    }
    run({QStringLiteral("crm_resource"), QStringLiteral("--show-metadata"), agent}, agent,
        [this, agent](const ssh::SshJob& job) {
            if (!job.succeeded()) {
                Q_EMIT failed(agent, job.failureText());
                return;
            }
            QString error;
            const auto metadata = AgentMetadata::parse(job.allStdout(), agent, &error);
            if (!metadata) {
                Q_EMIT failed(agent, error);
                return;
            }
            m_metadata.insert(agent, *metadata);
            Q_EMIT metadataReady(agent, *metadata);
        });
}

} // namespace hadesk::pcmk
