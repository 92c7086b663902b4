#pragma once

#include <QByteArray>
#include <QDomDocument>
#include <QMultiHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace hadesk::pcmk {

// The <resources> section of a CIB, rearranged as a whole: grouping, cloning and their undoing
// move existing resources, which no single Pacemaker command does, so the section is rewritten
// and replaced in one step. Everything inside is carried over untouched, including elements,
// attributes and comments HAdesk does not know.
class ResourceSection
{
public:
    // From a whole CIB (cibadmin --query); refuses documents with a DTD.
    static std::optional<ResourceSection> fromCib(const QByteArray& cib, QString* error);

    qint64 adminEpoch() const { return m_adminEpoch; }
    qint64 epoch() const { return m_epoch; }

    // Top-level primitives into a new group, or appended to an existing top-level group.
    bool group(const QString& groupId, const QStringList& members, QString* error);
    // A top-level primitive or group into a new clone (promotable on request).
    bool clone(const QString& resourceId, const QString& cloneId, bool promotable, QString* error);
    // A top-level group's primitives back to the top level, where the group was; its own
    // attributes go with it. Refused while constraints name the group.
    bool ungroup(const QString& groupId, QString* error);
    // A top-level clone's resource back to the top level; the clone's attributes go with it.
    // Refused while constraints name the clone.
    bool unclone(const QString& cloneId, QString* error);

    QByteArray toXml() const; // the <resources> element

private:
    QDomElement topLevel(const QString& id) const;
    bool unreferenced(const QString& id, QString* error) const;

    QDomDocument m_document; // holds only <resources>
    qint64 m_adminEpoch = 0;
    qint64 m_epoch = 0;
    QMultiHash<QString, QString> m_constraintsNaming; // resource id -> ids of constraints naming it
};

} // namespace hadesk::pcmk
