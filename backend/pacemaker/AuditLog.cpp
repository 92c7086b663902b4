#include "backend/pacemaker/AuditLog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace hadesk::pcmk {
namespace {

QMutex& lock()
{
    static QMutex mutex;
    return mutex;
}

QString& overridePath()
{
    static QString path;
    return path;
}

QString localUser()
{
    if (const passwd* entry = getpwuid(getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER");
}

} // namespace

QString AuditLog::path()
{
    QMutexLocker locker(&lock());
    if (!overridePath().isEmpty())
        return overridePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/audit.jsonl");
}

QString AuditLog::besideLog(const QString& folder, const QString& cluster)
{
    QString file = cluster;
    file.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QFileInfo(path()).absoluteDir().filePath(QStringLiteral("%1/%2.jsonl").arg(folder, file));
}

void AuditLog::setPath(const QString& path)
{
    QMutexLocker locker(&lock());
    overridePath() = path;
}

bool AuditLog::append(QJsonObject entry, QString* error)
{
    entry.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    entry.insert(QStringLiteral("local_user"), localUser());
    const QString file = path();
    QMutexLocker locker(&lock());
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = QStringLiteral("cannot write the audit log %1: %2").arg(file, out.errorString());
        return false;
    }
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
    if (out.write(line) != line.size() || !out.flush()) {
        *error = QStringLiteral("cannot write the audit log %1: %2").arg(file, out.errorString());
        return false;
    }
    locker.unlock();
    Q_EMIT notifier()->appended(entry);
    return true;
}

AuditNotifier* AuditLog::notifier()
{
    static AuditNotifier* notifier = new AuditNotifier;
    return notifier;
}

QList<QJsonObject> AuditLog::newest(const QString& cluster, qsizetype max)
{
    // An entry is a few hundred bytes: the tail holds far more than anyone scrolls through.
    constexpr qint64 kTailBytes = 4 * 1024 * 1024;
    const QString file = path();
    QMutexLocker locker(&lock());
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const qint64 start = std::max<qint64>(0, in.size() - kTailBytes);
    in.seek(start);
    QList<QByteArray> lines = in.readAll().split('\n');
    if (start > 0 && !lines.isEmpty())
        lines.removeFirst(); // begun mid-line
    QList<QJsonObject> entries;
    for (auto it = lines.crbegin(); it != lines.crend() && entries.size() < max; ++it) {
        const QJsonObject entry = QJsonDocument::fromJson(*it).object();
        if (entry.isEmpty() || (!cluster.isEmpty() && entry.value(QStringLiteral("cluster")).toString() != cluster))
            continue;
        entries.prepend(entry);
    }
    return entries;
}

} // namespace hadesk::pcmk
