#pragma once

#include "backend/ClusterProfile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace hadesk {
class ClusterStore;
struct NodeLogin;
}

namespace hadesk::views {

// Adds a cluster in one of two ways: its nodes' addresses (or ~/.ssh/config aliases) with a user
// and a way to log in, or the hosts of an OpenSSH client configuration the operator already
// keeps. Either way the operator names the cluster; problems show before OK can be pressed.
class AddClusterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddClusterDialog(ClusterStore* store, QWidget* parent = nullptr);

    // Switches to the SSH configuration page and lists that file's hosts.
    void setSshConfigPath(const QString& path);
    void setClusterName(const QString& name);

public Q_SLOTS:
    void accept() override;

private:
    QWidget* createAddressPage();
    QWidget* createSshConfigPage();
    bool byAddress() const;
    NodeLogin login() const;
    void browseSshConfig();
    void browseKeyFile();
    void reloadHosts();
    void updateAcceptable();
    void suggestName();
    QStringList checkedHosts() const;

    ClusterStore* m_store;
    QTabWidget* m_source;
    QLineEdit* m_addresses;
    QLineEdit* m_user;
    QSpinBox* m_port;
    QComboBox* m_auth;
    QLineEdit* m_keyFile;
    QPushButton* m_keyBrowse;
    QLineEdit* m_path;
    QListWidget* m_hosts;
    QLineEdit* m_name;
    bool m_nameTyped = false; // by the operator: no more suggestions
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace hadesk::views
