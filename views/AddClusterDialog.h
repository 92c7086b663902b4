#pragma once

#include "backend/ClusterProfile.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace hadesk {
class ClusterStore;
}

namespace hadesk::views {

// Adds a cluster whose nodes are hosts of an OpenSSH client configuration: the operator picks the
// file, sees its hosts, ticks the cluster's nodes and names the cluster.
class AddClusterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddClusterDialog(ClusterStore* store, QWidget* parent = nullptr);

    void setSshConfigPath(const QString& path);
    void setClusterName(const QString& name);

public Q_SLOTS:
    void accept() override;

private:
    void browse();
    void reloadHosts();
    void updateAcceptable();
    QStringList checkedHosts() const;

    ClusterStore* m_store;
    QLineEdit* m_name;
    QLineEdit* m_path;
    QListWidget* m_hosts;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace hadesk::views
