#include "backend/pacemaker/AgentMetadata.h"

#include "backend/pacemaker/XmlTree.h"

#include <QRegularExpression>

namespace hadesk::pcmk {

bool AgentMetadata::isValidAgent(const QString& agent)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(ocf:[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+|(lsb|service|systemd|stonith):[A-Za-z0-9_.@-]+)$"));
    return pattern.match(agent).hasMatch();
}

std::optional<AgentMetadata> AgentMetadata::parse(const QByteArray& xml, const QString& agent, QString* error)
{
    const auto root = XmlTree::parse(xml, error);
    if (!root)
        return std::nullopt;
    if (root->name != u"resource-agent") {
        *error = QStringLiteral("not resource agent metadata: <%1>").arg(root->name);
        return std::nullopt;
    }
    AgentMetadata metadata;
    metadata.agent = agent;
    if (const XmlElement* shortdesc = root->child(QStringLiteral("shortdesc")))
        metadata.shortDescription = shortdesc->text.simplified();
    if (const XmlElement* parameters = root->child(QStringLiteral("parameters"))) {
        for (const XmlElement* element : parameters->childrenNamed(QStringLiteral("parameter"))) {
            AgentParameter parameter;
            parameter.name = element->attr(QStringLiteral("name"));
            parameter.required = element->attr(QStringLiteral("required")) == u"1";
            parameter.unique = element->attr(QStringLiteral("unique")) == u"1";
            parameter.deprecated = element->attr(QStringLiteral("deprecated")) == u"1";
            if (const XmlElement* shortdesc = element->child(QStringLiteral("shortdesc")))
                parameter.shortDescription = shortdesc->text.simplified();
            if (const XmlElement* content = element->child(QStringLiteral("content"))) {
                parameter.type = content->attr(QStringLiteral("type"), QStringLiteral("string"));
                parameter.defaultValue = content->attr(QStringLiteral("default"));
            }
            metadata.parameters << parameter;
        }
    }
    if (const XmlElement* actions = root->child(QStringLiteral("actions"))) {
        for (const XmlElement* action : actions->childrenNamed(QStringLiteral("action")))
            metadata.actions << action->attr(QStringLiteral("name"));
    }
    return metadata;
}

const AgentParameter* AgentMetadata::parameter(const QString& name) const
{
    for (const AgentParameter& p : parameters) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QStringList AgentMetadata::problems(const QMap<QString, QString>& values) const
{
    static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9]+$"));
    static const QRegularExpression boolean(QStringLiteral("^(true|false|yes|no|on|off|1|0)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression seconds(QStringLiteral("^[0-9]+(ms|msec|us|usec|s|sec|m|min|h|hr)?$"));
    QStringList found;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const AgentParameter* p = parameter(it.key());
        if (!p) {
            found << QStringLiteral("%1 has no parameter '%2'").arg(agent, it.key());
            continue;
        }
        if ((p->type == u"integer" && !integer.match(it.value()).hasMatch()) ||
            (p->type == u"boolean" && !boolean.match(it.value()).hasMatch()) ||
            ((p->type == u"second" || p->type == u"time") && !seconds.match(it.value()).hasMatch()))
            found << QStringLiteral("%1='%2' is not a valid %3").arg(it.key(), it.value(), p->type);
    }
    // The fencer fills in the target of a fence device itself.
    static const QStringList setByFencer{QStringLiteral("action"), QStringLiteral("port"), QStringLiteral("plug"),
                                         QStringLiteral("nodename")};
    const bool fenceDevice = agent.startsWith(QLatin1String("stonith:"));
    for (const AgentParameter& p : parameters) {
        if (fenceDevice && setByFencer.contains(p.name))
            continue;
        if (p.required && !values.contains(p.name))
            found << QStringLiteral("%1 needs '%2' (%3)").arg(agent, p.name, p.shortDescription.isEmpty() ? p.type : p.shortDescription);
    }
    return found;
}

} // namespace hadesk::pcmk
