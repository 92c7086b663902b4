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
    bool background = false; // a watcher's read (JobOptions::background)
};

// The console's command log: every command run on any host, most recent last. The operator's
// commands and the background reads (watchers, polls) are kept apart, each bounded, so a console
// left open for hours neither grows nor redraws its log for reads nobody asked for.
class CommandLog : public QObject
{
    Q_OBJECT

public:
    static CommandLog* instance();

    void record(const CommandRecord& record);
    // The operator's commands (and the jobs'), not the background reads.
    QList<CommandRecord> entries() const;
    QList<CommandRecord> backgroundEntries() const;
    quint64 backgroundCount() const;

    static constexpr qsizetype kCapacity = 5000;
    static constexpr qsizetype kBackgroundCapacity = 200;

Q_SIGNALS:
    // Not for background reads.
    void recorded(const hadesk::ssh::CommandRecord& record);

private:
    mutable QMutex m_mutex;
    QList<CommandRecord> m_entries;
    QList<CommandRecord> m_background;
    quint64 m_backgroundCount = 0;
};

} // namespace hadesk::ssh

Q_DECLARE_METATYPE(hadesk::ssh::CommandRecord)
