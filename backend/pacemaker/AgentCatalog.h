#pragma once

#include "backend/pacemaker/AgentMetadata.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace hadesk::ssh {
class SshConnection;
class SshJob;
} // namespace hadesk::ssh

namespace hadesk::pcmk {

// The resource agents a node offers and their metadata, asked over SSH on demand and kept: the
// dialogs that create resources fill themselves from here without blocking the window. Answers
// come as signals, from the cache at once when it has them.
class AgentCatalog : public QObject
{
    Q_OBJECT

public:
    explicit AgentCatalog(QObject* parent = nullptr);
    ~AgentCatalog() override;

    // The node to ask; a cluster session changes it when it fails over.
    void setConnection(ssh::SshConnection* connection);

    // Agent classes: "ocf:PROVIDER" for each OCF provider, then the other standards (stonith, ...).
    void requestClasses();
    // The agents of one class, as full names ("ocf:heartbeat:IPaddr2").
    void requestAgents(const QString& agentClass);
    void requestMetadata(const QString& agent);

    // Reads crm_resource's --output-as=xml lists (standards, providers, agents): the items, or why not.
    static std::optional<QStringList> readList(const QByteArray& xml, QString* error);
    // The agent classes from the lists of standards and OCF providers.
    static QStringList classesFrom(const QStringList& standards, const QStringList& providers);

Q_SIGNALS:
    void classesReady(const QStringList& classes);
    void agentsReady(const QString& agentClass, const QStringList& agents);
    void metadataReady(const QString& agent, const hadesk::pcmk::AgentMetadata& metadata);
    void failed(const QString& request, const QString& error);

private:
    // Runs a command on the node; done gets the finished job unless there is no node to ask.
    void run(const QStringList& argv, const QString& request, std::function<void(const ssh::SshJob&)> done);
    // Runs crm_resource with these arguments (plus --output-as=xml) and hands the list to done.
    void list(const QStringList& arguments, const QString& request, std::function<void(const QStringList&)> done);

    QPointer<ssh::SshConnection> m_connection;
    std::optional<QStringList> m_classes;
    QHash<QString, QStringList> m_agents;
    QHash<QString, AgentMetadata> m_metadata;
};

} // namespace hadesk::pcmk

Q_DECLARE_METATYPE(hadesk::pcmk::AgentMetadata)
