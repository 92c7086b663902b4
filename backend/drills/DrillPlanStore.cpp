#include "backend/drills/DrillPlanStore.h"

#include "backend/drills/DrillReport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace hadesk::drills {
namespace {

// A plan's name as a file name: what a file system could misread goes.
QString fileSafe(const QString& name)
{
    QString safe = name;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return safe.startsWith(u'.') ? u'_' + safe : safe;
}

} // namespace

DrillPlanStore::DrillPlanStore(QString cluster)
    : m_cluster(std::move(cluster))
{
}

QString DrillPlanStore::directory() const
{
    // Beside the history: drills/CLUSTER.jsonl and drills/CLUSTER.plans/.
    QString history = DrillReport::historyPath(m_cluster);
    history.chop(int(qstrlen(".jsonl")));
    return history + QStringLiteral(".plans");
}

QString DrillPlanStore::fileOf(const QString& name) const
{
    return QDir(directory()).filePath(fileSafe(name) + QStringLiteral(".json"));
}

QStringList DrillPlanStore::names() const
{
    QStringList out;
    const QFileInfoList files = QDir(directory()).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        QString error;
        if (const auto plan = load(file.completeBaseName(), &error))
            out << plan->name;
    }
    out.sort();
    return out;
}

std::optional<DrillPlan> DrillPlanStore::load(const QString& name, QString* error) const
{
    return DrillPlan::fromFile(fileOf(name), error);
}

bool DrillPlanStore::save(const DrillPlan& plan, QString* error) const
{
    if (!QDir().mkpath(directory())) {
        *error = tr("cannot create %1").arg(directory());
        return false;
    }
    QSaveFile file(fileOf(plan.name));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(plan.toJson()).toJson()) < 0 || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool DrillPlanStore::remove(const QString& name, QString* error) const
{
    QFile file(fileOf(name));
    if (!file.remove()) {
        *error = tr("cannot remove %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

QString DrillPlanStore::reportDirectory(const QString& drill, const QDateTime& at) const
{
    QString base = directory();
    base.chop(int(qstrlen(".plans")));
    return QDir(base + QStringLiteral(".reports"))
        .filePath(at.toUTC().toString(QStringLiteral("yyyyMMddThhmmss")) + u'-' + fileSafe(drill));
}

} // namespace hadesk::drills
