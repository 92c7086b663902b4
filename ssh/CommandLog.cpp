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
        if (m_entries.size() >= kCapacity)
            m_entries.removeFirst();
        m_entries.append(record);
    }
    Q_EMIT recorded(record);
}

QList<CommandRecord> CommandLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

} // namespace hadesk::ssh
