#pragma once

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QStringList>

namespace hadesk::ssh {

// One command HAdesk ran on a host. Secrets never get here: passwords travel on stdin only.
struct CommandRecord
{
    QString host;
    QString user;
    QStringList argv;
    QDateTime started;
    qint64 durationMs = 0;
    int exitCode = -1;
    QString error; // why there is no exit code
};

// The console's command log: every command run on any host, most recent last.
class CommandLog : public QObject
{
    Q_OBJECT

public:
    static CommandLog* instance();

    void record(const CommandRecord& record);
    QList<CommandRecord> entries() const;

Q_SIGNALS:
    void recorded(const hadesk::ssh::CommandRecord& record);

private:
    static constexpr qsizetype kCapacity = 10000;
    mutable QMutex m_mutex;
    QList<CommandRecord> m_entries;
};

} // namespace hadesk::ssh

Q_DECLARE_METATYPE(hadesk::ssh::CommandRecord)
