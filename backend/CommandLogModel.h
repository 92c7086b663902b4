#pragma once

#include "ssh/CommandLog.h"

#include <QAbstractTableModel>

namespace hadesk {

// The command log as a table, newest first: every command run on every host, with its duration
// and exit code, so operators can learn the commands behind each action.
class CommandLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StartedColumn, HostColumn, CommandColumn, DurationColumn, ExitColumn, ColumnCount };
    // A command as the operator reads it: a wrapper script ("sh -c 'set -eu…' hadesk-apply …")
    // by its name and what it runs; the whole command line is the tooltip.
    static QString commandText(const QStringList& argv);
    explicit CommandLogModel(ssh::CommandLog* log, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onRecorded(const ssh::CommandRecord& record);
    QList<ssh::CommandRecord> m_records; // newest first
};

} // namespace hadesk
