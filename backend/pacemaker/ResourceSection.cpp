#include "backend/pacemaker/ResourceSection.h"

#include <QSet>
#include <QXmlStreamReader>

namespace hadesk::pcmk {
namespace {

bool isResourceElement(const QDomElement& element)
{
    const QString tag = element.tagName();
    return tag == u"primitive" || tag == u"group" || tag == u"clone" || tag == u"master" || tag == u"bundle";
}

QList<QDomElement> resourceChildren(const QDomElement& parent)
{
    QList<QDomElement> found;
    for (QDomElement child = parent.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (isResourceElement(child))
            found << child;
    }
    return found;
}

} // namespace

std::optional<ResourceSection> ResourceSection::fromCib(const QByteArray& cib, QString* error)
{
    // QDom would expand a DTD's entities; a CIB never has one. A DTD comes before the root
    // element, so the scan stops there.
    QXmlStreamReader scan(cib);
    while (!scan.atEnd() && scan.readNext() != QXmlStreamReader::StartElement) {
        if (scan.tokenType() == QXmlStreamReader::DTD) {
            *error = QStringLiteral("the CIB has a DTD, which Pacemaker never writes: refused");
            return std::nullopt;
        }
    }
    QDomDocument whole;
    QString message;
    if (!whole.setContent(cib, &message)) {
        *error = QStringLiteral("the CIB is not readable XML: %1").arg(message);
        return std::nullopt;
    }
    const QDomElement root = whole.documentElement();
    const QDomElement resources = root.firstChildElement(QStringLiteral("configuration"))
                                      .firstChildElement(QStringLiteral("resources"));
    if (root.tagName() != u"cib" || resources.isNull()) {
        *error = QStringLiteral("not a CIB with a <resources> section");
        return std::nullopt;
    }
    ResourceSection section;
    section.m_adminEpoch = root.attribute(QStringLiteral("admin_epoch")).toLongLong();
    section.m_epoch = root.attribute(QStringLiteral("epoch")).toLongLong();
    section.m_document.appendChild(section.m_document.importNode(resources, true));
    const QDomElement constraints = root.firstChildElement(QStringLiteral("configuration"))
                                        .firstChildElement(QStringLiteral("constraints"));
    for (QDomElement c = constraints.firstChildElement(); !c.isNull(); c = c.nextSiblingElement()) {
        const QString constraintId = c.attribute(QStringLiteral("id"));
        for (const char* key : {"rsc", "with-rsc", "first", "then"}) {
            if (c.hasAttribute(QLatin1String(key)))
                section.m_constraintsNaming.insert(c.attribute(QLatin1String(key)), constraintId);
        }
        const QDomNodeList refs = c.elementsByTagName(QStringLiteral("resource_ref"));
        for (int i = 0; i < refs.size(); ++i)
            section.m_constraintsNaming.insert(refs.at(i).toElement().attribute(QStringLiteral("id")), constraintId);
    }
    return section;
}

QDomElement ResourceSection::topLevel(const QString& id) const
{
    for (const QDomElement& element : resourceChildren(m_document.documentElement())) {
        if (element.attribute(QStringLiteral("id")) == id)
            return element;
    }
    return {};
}

bool ResourceSection::group(const QString& groupId, const QStringList& members, QString* error)
{
    if (members.isEmpty() || members.size() != QSet<QString>(members.cbegin(), members.cend()).size()) {
        *error = QStringLiteral("a group needs one or more resources, each named once");
        return false;
    }
    QList<QDomElement> primitives;
    for (const QString& id : members) {
        const QDomElement element = topLevel(id);
        if (element.isNull() || element.tagName() != u"primitive") {
            *error = QStringLiteral("%1 is not a primitive at the top level (only those can join a group; take it out "
                                    "of its group or clone first)")
                         .arg(id);
            return false;
        }
        primitives << element;
    }
    QDomElement group = topLevel(groupId);
    QDomElement resources = m_document.documentElement();
    if (group.isNull()) {
        group = m_document.createElement(QStringLiteral("group"));
        group.setAttribute(QStringLiteral("id"), groupId);
        resources.insertBefore(group, primitives.constFirst());
    } else if (group.tagName() != u"group") {
        *error = QStringLiteral("%1 exists and is a %2, not a group").arg(groupId, group.tagName());
        return false;
    }
    for (QDomElement& primitive : primitives)
        group.appendChild(resources.removeChild(primitive));
    return true;
}

bool ResourceSection::clone(const QString& resourceId, const QString& cloneId, bool promotable, QString* error)
{
    const QDomElement resource = topLevel(resourceId);
    if (resource.isNull() || (resource.tagName() != u"primitive" && resource.tagName() != u"group")) {
        *error = QStringLiteral("%1 is not a primitive or group at the top level").arg(resourceId);
        return false;
    }
    if (!topLevel(cloneId).isNull()) {
        *error = QStringLiteral("%1 already exists").arg(cloneId);
        return false;
    }
    QDomElement resources = m_document.documentElement();
    QDomElement clone = m_document.createElement(QStringLiteral("clone"));
    clone.setAttribute(QStringLiteral("id"), cloneId);
    if (promotable) {
        QDomElement meta = m_document.createElement(QStringLiteral("meta_attributes"));
        meta.setAttribute(QStringLiteral("id"), cloneId + QLatin1String("-meta_attributes"));
        QDomElement pair = m_document.createElement(QStringLiteral("nvpair"));
        pair.setAttribute(QStringLiteral("id"), cloneId + QLatin1String("-meta_attributes-promotable"));
        pair.setAttribute(QStringLiteral("name"), QStringLiteral("promotable"));
        pair.setAttribute(QStringLiteral("value"), QStringLiteral("true"));
        meta.appendChild(pair);
        clone.appendChild(meta);
    }
    resources.insertBefore(clone, resource);
    clone.appendChild(resources.removeChild(resource));
    return true;
}

// Pacemaker refuses a constraint naming an id that no longer exists; say which ones stand in the way.
bool ResourceSection::unreferenced(const QString& id, QString* error) const
{
    QStringList naming = m_constraintsNaming.values(id);
    if (naming.isEmpty())
        return true;
    naming.sort();
    naming.removeDuplicates();
    *error = QStringLiteral("constraints name %1 (%2): remove them, or change them to name its member, first")
                 .arg(id, naming.join(QLatin1String(", ")));
    return false;
}

bool ResourceSection::ungroup(const QString& groupId, QString* error)
{
    QDomElement group = topLevel(groupId);
    if (group.isNull() || group.tagName() != u"group") {
        *error = QStringLiteral("%1 is not a group at the top level (a cloned group is uncloned first)").arg(groupId);
        return false;
    }
    if (!unreferenced(groupId, error))
        return false;
    QDomElement resources = m_document.documentElement();
    for (QDomElement& member : resourceChildren(group))
        resources.insertBefore(group.removeChild(member), group);
    resources.removeChild(group);
    return true;
}

bool ResourceSection::unclone(const QString& cloneId, QString* error)
{
    QDomElement clone = topLevel(cloneId);
    if (clone.isNull() || (clone.tagName() != u"clone" && clone.tagName() != u"master")) {
        *error = QStringLiteral("%1 is not a clone at the top level").arg(cloneId);
        return false;
    }
    if (!unreferenced(cloneId, error))
        return false;
    QDomElement resources = m_document.documentElement();
    for (QDomElement& member : resourceChildren(clone))
        resources.insertBefore(clone.removeChild(member), clone);
    resources.removeChild(clone);
    return true;
}

QByteArray ResourceSection::toXml() const
{
    return m_document.toByteArray(-1);
}

} // namespace hadesk::pcmk
