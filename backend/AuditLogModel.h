#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>

namespace hadesk {

// A cluster's audit log as a table, newest first: every change HAdesk made to it (from this
// console, hadeskctl or an earlier run), with who, where, what, the exact command and the result.
// Read from the log's tail when made, then kept up to date as entries are appended; bounded.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, UserColumn, HostColumn, OperationColumn, CommandColumn, ResultColumn, MessageColumn, ColumnCount };
    static constexpr qsizetype kCapacity = 2000;

    explicit AuditLogModel(QString cluster, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Reads the log again (another process, hadeskctl, wrote to it).
    void reload();

private:
    void onAppended(const QJsonObject& entry);

    QString m_cluster;
    QList<QJsonObject> m_entries; // newest first
};

} // namespace hadesk
