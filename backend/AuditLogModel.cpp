#include "backend/AuditLogModel.h"

#include "backend/CommandLogModel.h"
#include "backend/pacemaker/AuditLog.h"

#include <QColor>
#include <QDateTime>
#include <QJsonArray>

namespace hadesk {

AuditLogModel::AuditLogModel(QString cluster, QObject* parent)
    : QAbstractTableModel(parent)
    , m_cluster(std::move(cluster))
{
    connect(pcmk::AuditLog::notifier(), &pcmk::AuditNotifier::appended, this, &AuditLogModel::onAppended);
    reload();
}

void AuditLogModel::reload()
{
    beginResetModel();
    m_entries.clear();
    const QList<QJsonObject> oldestFirst = pcmk::AuditLog::newest(m_cluster, kCapacity);
    for (auto it = oldestFirst.crbegin(); it != oldestFirst.crend(); ++it)
        m_entries << *it;
    endResetModel();
}

void AuditLogModel::onAppended(const QJsonObject& entry)
{
    if (entry.value(QStringLiteral("cluster")).toString() != m_cluster)
        return;
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    if (m_entries.size() > kCapacity) {
        beginRemoveRows({}, int(kCapacity), int(m_entries.size()) - 1);
        m_entries.resize(kCapacity);
        endRemoveRows();
    }
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const QJsonObject& entry = m_entries.at(index.row());
    const auto text = [&entry](const char* key) { return entry.value(QLatin1String(key)).toString(); };
    QStringList argv;
    for (const QJsonValue& word : entry.value(QStringLiteral("command")).toArray())
        argv << word.toString();
    const QString result = text("result");
    if (role == Qt::ForegroundRole && index.column() == ResultColumn)
        return result == u"applied" ? QVariant() : QVariant(QColor(0xd0, 0x30, 0x30));
    if (role == Qt::ToolTipRole && index.column() == CommandColumn)
        return argv.join(u' ');
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: {
        const QDateTime time = QDateTime::fromString(text("time"), Qt::ISODateWithMs).toLocalTime();
        return time.date() == QDate::currentDate() ? time.toString(QStringLiteral("HH:mm:ss"))
                                                   : time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    case UserColumn: return text("local_user");
    case HostColumn: return text("host");
    case OperationColumn: return text("operation");
    case CommandColumn: return CommandLogModel::commandText(argv);
    case ResultColumn: return result;
    case MessageColumn: return text("message");
    default: return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case UserColumn: return tr("User");
    case HostColumn: return tr("Through");
    case OperationColumn: return tr("Operation");
    case CommandColumn: return tr("Command");
    case ResultColumn: return tr("Result");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

} // namespace hadesk
