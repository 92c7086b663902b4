#include "backend/ClusterProfile.h"

#include <QRegularExpression>

namespace hadesk {

bool ClusterProfile::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    return pattern.match(name).hasMatch();
}

} // namespace hadesk
