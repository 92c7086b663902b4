#pragma once

#include <QJsonObject>
#include <QString>

namespace hadesk::pcmk {

// Every change HAdesk makes to a cluster, one JSON object per line: time, local user, cluster,
// host, operation, exact command, result. In the user's data folder unless set otherwise.
class AuditLog
{
public:
    static QString path();
    static void setPath(const QString& path); // tests and hadeskctl --audit-log
    static bool append(QJsonObject entry, QString* error);
};

} // namespace hadesk::pcmk
