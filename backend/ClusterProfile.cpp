#include "backend/ClusterProfile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>

namespace hadesk {

bool ClusterProfile::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    return pattern.match(name).hasMatch();
}

QString ClusterProfile::suggestedName(const QStringList& hosts, const QStringList& taken)
{
    QStringList names;
    for (const QString& host : hosts) {
        if (!QHostAddress(host).isNull())
            return {}; // an address says nothing about the cluster
        names << host.section(u'.', 0, 0).toLower();
    }
    if (names.isEmpty())
        return {};
    QString prefix = names.constFirst();
    for (const QString& name : std::as_const(names)) {
        qsizetype same = 0;
        while (same < prefix.size() && same < name.size() && prefix.at(same) == name.at(same))
            ++same;
        prefix.truncate(same);
    }
    // "node" of node1, node2; "controller" of controller-0, controller-1.
    while (!prefix.isEmpty() && (prefix.back().isDigit() || prefix.back() == u'-' || prefix.back() == u'_' || prefix.back() == u'.'))
        prefix.chop(1);
    if (prefix.size() < 2 || !isValidName(prefix))
        return {};
    QString name = prefix;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1-%2").arg(prefix).arg(n);
    return name;
}

QStringList SegmentLabel::roles()
{
    return {QStringLiteral("external"), QStringLiteral("internal"), QStringLiteral("storage"),
            QStringLiteral("replication"), QStringLiteral("management")};
}

bool SegmentLabel::isValid(const QString& subnet, const SegmentLabel& label, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const auto [network, prefix] = QHostAddress::parseSubnet(subnet);
    if (network.isNull() || !subnet.contains(u'/'))
        return fail(QCoreApplication::translate("hadesk::SegmentLabel", "'%1' is not a subnet like 198.19.0.0/24")
                        .arg(subnet));
    if (label.name.size() > 40 || label.name.contains(u'\n') || label.name.contains(u'\r'))
        return fail(QCoreApplication::translate("hadesk::SegmentLabel",
                                                "A segment's name is one line of at most 40 characters"));
    if (!label.role.isEmpty() && !roles().contains(label.role))
        return fail(QCoreApplication::translate("hadesk::SegmentLabel", "'%1' is not a segment role (%2)")
                        .arg(label.role, roles().join(QLatin1String(", "))));
    return true;
}

} // namespace hadesk
