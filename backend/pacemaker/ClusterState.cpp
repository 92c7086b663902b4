#include "backend/pacemaker/ClusterState.h"

namespace hadesk::pcmk {

QString kindName(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Primitive: return QStringLiteral("primitive");
    case ResourceKind::Group: return QStringLiteral("group");
    case ResourceKind::Clone: return QStringLiteral("clone");
    case ResourceKind::Promotable: return QStringLiteral("promotable");
    case ResourceKind::Bundle: return QStringLiteral("bundle");
    }
    return {};
}

QString Constraint::describe() const
{
    QStringList detail;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        if (it.key() != u"id")
            detail << it.key() + u'=' + it.value();
    }
    return kindName(kind) + QLatin1String(": ") + detail.join(u' ');
}

QString kindName(ConstraintKind kind)
{
    switch (kind) {
    case ConstraintKind::Location: return QStringLiteral("location");
    case ConstraintKind::Colocation: return QStringLiteral("colocation");
    case ConstraintKind::Order: return QStringLiteral("order");
    case ConstraintKind::Ticket: return QStringLiteral("ticket");
    }
    return {};
}

QString Resource::agent() const
{
    if (kind != ResourceKind::Primitive)
        return {};
    if (provider.isEmpty())
        return agentClass + u':' + type;
    return agentClass + u':' + provider + u':' + type;
}

const Resource* ClusterState::resource(const QString& id) const
{
    const qsizetype index = m_resourceIndex.value(id, -1);
    if (index >= 0 && index < resources.size() && resources.at(index).id == id)
        return &resources.at(index);
    // Every resource indexed: the miss is final (the empty parent id of every top-level
    // resource is asked for often; a scan each time made the placement grid quadratic).
    if (index < 0 && m_resourceIndex.size() == resources.size())
        return nullptr;
    // Some appended directly: look it up the slow way.
    for (const Resource& r : resources) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

void ClusterState::addResource(const Resource& resource)
{
    m_resourceIndex.insert(resource.id, resources.size());
    resources.append(resource);
}

Resource* ClusterState::resource(const QString& id)
{
    return const_cast<Resource*>(std::as_const(*this).resource(id));
}

const Node* ClusterState::node(const QString& name) const
{
    for (const Node& n : nodes) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

Node* ClusterState::node(const QString& name)
{
    return const_cast<Node*>(std::as_const(*this).node(name));
}

QList<FailCount> ClusterState::failCountsOf(const QString& resource) const
{
    QList<FailCount> found;
    for (const FailCount& failCount : failCounts) {
        if (failCount.resource == resource)
            found << failCount;
    }
    return found;
}

QList<const Constraint*> ClusterState::constraintsOf(const QString& resource) const
{
    QList<const Constraint*> found;
    for (const Constraint& constraint : constraints) {
        if (constraint.resources.contains(resource))
            found << &constraint;
    }
    return found;
}

QString ClusterState::version() const
{
    return QStringLiteral("%1.%2.%3").arg(adminEpoch).arg(epoch).arg(numUpdates);
}

} // namespace hadesk::pcmk
