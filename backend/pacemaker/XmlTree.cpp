#include "backend/pacemaker/XmlTree.h"

#include <QXmlStreamReader>

namespace hadesk::pcmk {

QString XmlElement::attr(const QString& key, const QString& fallback) const
{
    for (const auto& [attributeName, value] : attributes) {
        if (attributeName == key)
            return value;
    }
    return fallback;
}

const XmlElement* XmlElement::child(const QString& childName) const
{
    for (const XmlElement& element : children) {
        if (element.name == childName)
            return &element;
    }
    return nullptr;
}

QList<const XmlElement*> XmlElement::childrenNamed(const QString& childName) const
{
    QList<const XmlElement*> found;
    for (const XmlElement& element : children) {
        if (element.name == childName)
            found << &element;
    }
    return found;
}

std::optional<XmlElement> XmlTree::parse(const QByteArray& xml, QString* error)
{
    if (xml.size() > kMaxBytes) {
        *error = QStringLiteral("XML of %1 bytes is larger than the %2 accepted").arg(xml.size()).arg(kMaxBytes);
        return std::nullopt;
    }
    QXmlStreamReader reader(xml);
    reader.setEntityExpansionLimit(0);
    std::optional<XmlElement> root;
    QList<XmlElement*> stack;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            // Agents' metadata names its DTD (never fetched); entity declarations are refused,
            // so no expansion tricks and no external entities.
            if (!reader.entityDeclarations().isEmpty()) {
                *error = QStringLiteral("line %1: entity declarations are not accepted in Pacemaker XML")
                             .arg(reader.lineNumber());
                return std::nullopt;
            }
            break;
        case QXmlStreamReader::StartElement: {
            if (stack.size() >= kMaxDepth) {
                *error = QStringLiteral("line %1: elements nested deeper than %2")
                             .arg(reader.lineNumber())
                             .arg(kMaxDepth);
                return std::nullopt;
            }
            XmlElement element;
            element.name = reader.name().toString();
            const QXmlStreamAttributes attributes = reader.attributes();
            element.attributes.reserve(attributes.size());
            for (const QXmlStreamAttribute& attribute : attributes)
                element.attributes.append({attribute.name().toString(), attribute.value().toString()});
            if (stack.isEmpty()) {
                if (root) {
                    *error = QStringLiteral("more than one root element");
                    return std::nullopt;
                }
                root = std::move(element);
                stack.append(&*root);
            } else {
                stack.last()->children.append(std::move(element));
                stack.append(&stack.last()->children.last());
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            stack.removeLast();
            break;
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty() && !reader.isWhitespace())
                stack.last()->text += reader.text();
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        *error = QStringLiteral("line %1, column %2: %3")
                     .arg(reader.lineNumber())
                     .arg(reader.columnNumber())
                     .arg(reader.errorString());
        return std::nullopt;
    }
    if (!root) {
        *error = QStringLiteral("no XML document");
        return std::nullopt;
    }
    return root;
}

} // namespace hadesk::pcmk
