#include "ssh/CommandLog.h"

namespace hadesk::ssh {

CommandLog* CommandLog::instance()
{
    static CommandLog log;
    return &log;
}

void CommandLog::record(const CommandRecord& record)
{
    {
        QMutexLocker lock(&m_mutex);
        QList<CommandRecord>& kept = record.background ? m_background : m_entries;
        if (kept.size() >= (record.background ? kBackgroundCapacity : kCapacity))
            kept.removeFirst();
        kept.append(record);
        m_backgroundCount += record.background;
    }
    if (!record.background)
        Q_EMIT recorded(record);
}

QList<CommandRecord> CommandLog::backgroundEntries() const
{
    QMutexLocker lock(&m_mutex);
    return m_background;
}

quint64 CommandLog::backgroundCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_backgroundCount;
}

QList<CommandRecord> CommandLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

} // namespace hadesk::ssh
