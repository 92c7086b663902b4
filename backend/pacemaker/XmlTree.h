#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace hadesk::pcmk {

// A small read-only element tree, built with limits: Pacemaker's XML comes from hosts and
// files, so depth, size and entity tricks must give an error, never a crash or a hang.
struct XmlElement
{
    QString name;
    QList<std::pair<QString, QString>> attributes;
    QList<XmlElement> children;
    QString text; // character data, when not only whitespace


    QString attr(const QString& key, const QString& fallback = {}) const;
    bool flag(const QString& key) const { return attr(key) == u"true"; }
    const XmlElement* child(const QString& childName) const;
    QList<const XmlElement*> childrenNamed(const QString& childName) const;
};

class XmlTree
{
public:
    static constexpr int kMaxDepth = 64;
    static constexpr qsizetype kMaxBytes = 256 * 1024 * 1024;

    // The document's root element, or nullopt with *error saying what is wrong and where.
    static std::optional<XmlElement> parse(const QByteArray& xml, QString* error);
};

} // namespace hadesk::pcmk
