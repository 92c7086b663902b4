#include "backend/BuildInfo.h"

#include "ssh/SshLibrary.h"

#include <QtGlobal>

namespace hadesk {

QString BuildInfo::version()
{
    return QStringLiteral(HADESK_VERSION);
}

QString BuildInfo::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString BuildInfo::libsshVersion()
{
    return ssh::libsshVersion();
}

QString BuildInfo::summary()
{
    return QStringLiteral("HAdesk %1 (Qt %2, libssh %3)").arg(version(), qtVersion(), libsshVersion());
}

} // namespace hadesk
