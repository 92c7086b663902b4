#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace hadesk::pcmk {

struct AgentParameter
{
    QString name;
    QString type; // string, integer, boolean, second (as the agent declares)
    QString defaultValue;
    QString shortDescription;
    bool required = false;
    bool unique = false;
    bool deprecated = false;
};

// A resource agent's metadata (crm_resource --show-metadata AGENT): what a new resource of that
// kind takes, so values can be checked before anything is sent to the cluster.
struct AgentMetadata
{
    QString agent; // class:provider:type
    QString shortDescription;
    QList<AgentParameter> parameters;
    QStringList actions;

    static std::optional<AgentMetadata> parse(const QByteArray& xml, const QString& agent, QString* error);
    const AgentParameter* parameter(const QString& name) const;
    // Every problem with these values: unknown names, missing required ones, wrong types.
    QStringList problems(const QMap<QString, QString>& values) const;

    // "ocf:provider:type", or "class:type" for lsb, service, systemd and stonith.
    static bool isValidAgent(const QString& agent);
};

} // namespace hadesk::pcmk
