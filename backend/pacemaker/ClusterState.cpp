#include "backend/pacemaker/ClusterState.h"

#include <QRegularExpression>

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

QList<OperationFailCount> ClusterState::operationFailCountsOf(const QString& resource) const
{
    // fail-count-RSC#OP_INTERVAL, last-failure-RSC#OP_INTERVAL; RSC may carry an instance ":N".
    static const QRegularExpression name(QStringLiteral("^fail-count-(.+)#(.+)_(\\d+)$"));
    QList<OperationFailCount> found;
    for (const Node& node : nodes) {
        for (auto it = node.transientAttributes.cbegin(); it != node.transientAttributes.cend(); ++it) {
            const auto match = name.match(it.key());
            if (!match.hasMatch() || match.captured(1).section(u':', 0, 0) != resource)
                continue;
            const QString value = it.value();
            const int count = value.contains(QLatin1String("INFINITY")) ? 1000000 : value.toInt();
            if (count <= 0)
                continue;
            const QString last = QStringLiteral("last-failure-") + it.key().mid(int(qstrlen("fail-count-")));
            found.append({node.name, match.captured(2), match.captured(3).toInt(), count,
                          node.transientAttributes.value(last).toLongLong()});
        }
    }
    std::sort(found.begin(), found.end(), [](const OperationFailCount& a, const OperationFailCount& b) {
        return std::tie(a.node, a.operation, a.intervalMs) < std::tie(b.node, b.operation, b.intervalMs);
    });
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

QString Constraint::inWords() const
{
    const Constraint& c = *this;
    const auto a = [&c](const char* key) { return c.attributes.value(QLatin1String(key)); };
    const QString subject = c.resources.join(QLatin1String(", "));
    const QString role = a("role").isEmpty() ? a("rsc-role") : a("role");
    const QString who = role == u"Promoted" || role == u"Master" ? QStringLiteral("the promoted role of %1").arg(subject) : subject;
    if (c.hasResourceSets)
        return QStringLiteral("%1 of the set %2").arg(kindName(c.kind), subject);
    switch (c.kind) {
    case ConstraintKind::Location: {
        const QString node = c.locationNode();
        const QString score = c.locationScore();
        if (node.isEmpty())
            return QStringLiteral("%1 is placed by a rule").arg(who);
        return score.startsWith(u'-') ? QStringLiteral("%1 is kept off %2 (score %3)").arg(who, node, score)
                                      : QStringLiteral("%1 prefers %2 (score %3)").arg(who, node, score);
    }
    case ConstraintKind::Colocation: {
        const QString score = a("score");
        if (score == u"INFINITY" || score == u"+INFINITY")
            return QStringLiteral("%1 runs with %2, always").arg(a("rsc"), a("with-rsc"));
        if (score == u"-INFINITY")
            return QStringLiteral("%1 never runs with %2").arg(a("rsc"), a("with-rsc"));
        return score.startsWith(u'-') ? QStringLiteral("%1 prefers to run apart from %2 (score %3)").arg(a("rsc"), a("with-rsc"), score)
                                      : QStringLiteral("%1 prefers to run with %2 (score %3)").arg(a("rsc"), a("with-rsc"), score);
    }
    case ConstraintKind::Order: {
        const QString orderKind = a("kind");
        return orderKind.isEmpty() || orderKind == u"Mandatory"
                   ? QStringLiteral("%1 starts before %2").arg(a("first"), a("then"))
                   : QStringLiteral("%1 starts before %2 (%3)").arg(a("first"), a("then"), orderKind.toLower());
    }
    case ConstraintKind::Ticket:
        return QStringLiteral("%1 depends on ticket %2").arg(subject, a("ticket"));
    }
    return c.describe();
}

QString Constraint::lifetimeInWords() const
{
    const Constraint& c = *this;
    return c.expires.isEmpty() ? QStringLiteral("with no end: it stays until cleared")
                               : QStringLiteral("until %1").arg(c.expires);
}

} // namespace hadesk::pcmk
