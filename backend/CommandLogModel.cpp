#include "backend/CommandLogModel.h"

#include "ssh/ShellQuote.h"

namespace hadesk {
namespace {
constexpr qsizetype kCapacity = 10000;
}

CommandLogModel::CommandLogModel(ssh::CommandLog* log, QObject* parent)
    : QAbstractTableModel(parent)
{
    const QList<ssh::CommandRecord> entries = log->entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        m_records << *it;
    connect(log, &ssh::CommandLog::recorded, this, &CommandLogModel::onRecorded);
}

void CommandLogModel::onRecorded(const ssh::CommandRecord& record)
{
    beginInsertRows({}, 0, 0);
    m_records.prepend(record);
    endInsertRows();
    if (m_records.size() > kCapacity) {
        beginRemoveRows({}, int(kCapacity), int(m_records.size()) - 1);
        m_records.resize(kCapacity);
        endRemoveRows();
    }
}

int CommandLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int CommandLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CommandLogModel::commandText(const QStringList& argv)
{
    // sh -c SCRIPT NAME ARGS...: HAdesk's wrappers (preview, apply, upload) are named by $0; what
    // they run is their arguments, which is what the operator wants to read.
    if (argv.size() >= 4 && argv.at(0) == u"sh" && argv.at(1) == u"-c")
        return QStringLiteral("[%1] %2").arg(argv.at(3), QString::fromUtf8(ssh::ShellQuote::join(argv.mid(4))));
    return QString::fromUtf8(ssh::ShellQuote::join(argv));
}

QVariant CommandLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ssh::CommandRecord& record = m_records.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == CommandColumn)
        return QString::fromUtf8(ssh::ShellQuote::join(record.argv)); // the whole of it, script and all
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StartedColumn: return record.started.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case HostColumn: return record.user.isEmpty() ? record.host : record.user + u'@' + record.host;
    case CommandColumn: return commandText(record.argv);
    case DurationColumn: return tr("%1 ms").arg(record.durationMs);
    case ExitColumn: return record.error.isEmpty() ? QVariant(record.exitCode) : QVariant(record.error);
    }
    return {};
}

QVariant CommandLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartedColumn: return tr("Started");
    case HostColumn: return tr("Host");
    case CommandColumn: return tr("Command");
    case DurationColumn: return tr("Duration");
    case ExitColumn: return tr("Exit");
    }
    return {};
}

} // namespace hadesk
