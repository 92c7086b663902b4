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
