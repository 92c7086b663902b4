#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace hadesk::pcmk {

// Every change HAdesk makes to a cluster, one JSON object per line: time, local user, cluster,
// host, operation, exact command, result. In the user's data folder unless set otherwise.
class AuditLog
{
public:
    static QString path();
    static void setPath(const QString& path); // tests and hadeskctl --audit-log
    // A cluster's own file in a folder beside the log ("events", "drills"): FOLDER/CLUSTER.jsonl,
    // the name made safe for a file.
    static QString besideLog(const QString& folder, const QString& cluster);
    static bool append(QJsonObject entry, QString* error);
    // The newest entries of the log (of one cluster, unless cluster is empty), oldest first, at
    // most max; only the file's tail is read, so a log of years costs no more than one of days.
    static QList<QJsonObject> newest(const QString& cluster, qsizetype max);
    // Tells of every entry appended by this process, on its thread.
    static class AuditNotifier* notifier();
};

class AuditNotifier : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    void appended(const QJsonObject& entry);
};

} // namespace hadesk::pcmk
