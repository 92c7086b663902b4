#include "views/AddClusterDialog.h"

#include "backend/ClusterStore.h"
#include "backend/NodeAddressConfig.h"
#include "views/Dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

namespace hadesk::views {

AddClusterDialog::AddClusterDialog(ClusterStore* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_source(new QTabWidget(this))
    , m_name(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Cluster"));
    setObjectName(QStringLiteral("addClusterDialog"));
    m_source->setObjectName(QStringLiteral("clusterSource"));
    m_name->setObjectName(QStringLiteral("clusterName"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_source->addTab(createAddressPage(), tr("&Addresses"));
    m_source->addTab(createSshConfigPage(), tr("SSH &Configuration"));

    auto* nameForm = new QFormLayout;
    nameForm->addRow(tr("Cluster &name:"), m_name);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addLayout(nameForm);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_source, &QTabWidget::currentChanged, this, [this] {
        m_message->clear();
        // The user's own configuration, listed as soon as the page is shown.
        if (!byAddress() && m_path->text().isEmpty() && QFileInfo::exists(m_path->placeholderText()))
            setSshConfigPath(m_path->placeholderText());
        updateAcceptable();
    });
    connect(m_name, &QLineEdit::textChanged, this, &AddClusterDialog::updateAcceptable);
    // A name is suggested from the nodes until the operator types one.
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTyped = true; });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddClusterDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateAcceptable();
    resize(520, 420);
}

QWidget* AddClusterDialog::createAddressPage()
{
    auto* page = new QWidget(m_source);
    page->setObjectName(QStringLiteral("addressPage"));
    m_addresses = new QLineEdit(page);
    m_addresses->setObjectName(QStringLiteral("nodeAddresses"));
    m_addresses->setPlaceholderText(tr("node1.example.com 192.0.2.12 node3"));
    m_addresses->setToolTip(tr("Host names, addresses or aliases of ~/.ssh/config, separated by "
                               "spaces or commas"));
    m_user = new QLineEdit(page);
    m_user->setObjectName(QStringLiteral("loginUser"));
    m_user->setPlaceholderText(tr("as ~/.ssh/config says, or your user name"));
    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("loginPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    m_auth = new QComboBox(page);
    m_auth->setObjectName(QStringLiteral("authMethod"));
    m_auth->addItem(tr("SSH agent or default keys"), int(NodeLogin::Auth::AgentOrDefaultKeys));
    m_auth->addItem(tr("Key file"), int(NodeLogin::Auth::KeyFile));
    m_auth->addItem(tr("Password"), int(NodeLogin::Auth::Password));
    m_keyFile = new QLineEdit(page);
    m_keyFile->setObjectName(QStringLiteral("keyFile"));
    m_keyFile->setPlaceholderText(QStringLiteral("~/.ssh/id_ed25519"));
    m_keyBrowse = new QPushButton(tr("Browse…"), page);
    m_keyBrowse->setObjectName(QStringLiteral("keyFileBrowseButton"));
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(m_keyBrowse);

    auto* form = new QFormLayout(page);
    form->addRow(tr("No&des:"), m_addresses);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Log in &with:"), m_auth);
    // A row of two widgets gets no buddy of its own: without one, "&Key file:" shows its '&'.
    auto* keyLabel = new QLabel(tr("&Key file:"), page);
    keyLabel->setBuddy(m_keyFile);
    form->addRow(keyLabel, keyRow);
    auto* note = new QLabel(tr("Host keys are checked against ~/.ssh/known_hosts; an unknown one is "
                               "shown with its fingerprint before the console trusts it."),
                            page);
    note->setWordWrap(true);
    form->addRow(note);

    for (QLineEdit* edit : {m_addresses, m_user, m_keyFile})
        connect(edit, &QLineEdit::textChanged, this, &AddClusterDialog::updateAcceptable);
    connect(m_port, &QSpinBox::valueChanged, this, &AddClusterDialog::updateAcceptable);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &AddClusterDialog::updateAcceptable);
    connect(m_keyBrowse, &QPushButton::clicked, this, &AddClusterDialog::browseKeyFile);
    return page;
}

QWidget* AddClusterDialog::createSshConfigPage()
{
    auto* page = new QWidget(m_source);
    page->setObjectName(QStringLiteral("sshConfigPage"));
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("sshConfigPath"));
    m_path->setPlaceholderText(QDir::homePath() + QLatin1String("/.ssh/config"));
    m_hosts = new QListWidget(page);
    m_hosts->setObjectName(QStringLiteral("hostList"));
    auto* browseButton = new QPushButton(tr("Browse…"), page);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto* form = new QFormLayout(page);
    form->addRow(tr("SSH configuration:"), pathRow);
    form->addRow(tr("Nodes:"), m_hosts);

    connect(browseButton, &QPushButton::clicked, this, &AddClusterDialog::browseSshConfig);
    connect(m_path, &QLineEdit::editingFinished, this, &AddClusterDialog::reloadHosts);
    connect(m_hosts, &QListWidget::itemChanged, this, &AddClusterDialog::updateAcceptable);
    return page;
}

bool AddClusterDialog::byAddress() const
{
    return m_source->currentIndex() == 0;
}

NodeLogin AddClusterDialog::login() const
{
    NodeLogin login;
    login.user = m_user->text().trimmed();
    login.port = m_port->value();
    login.auth = NodeLogin::Auth(m_auth->currentData().toInt());
    login.keyFile = m_keyFile->text().trimmed();
    return login;
}

void AddClusterDialog::setSshConfigPath(const QString& path)
{
    m_source->setCurrentIndex(1);
    m_path->setText(path);
    reloadHosts();
}

void AddClusterDialog::setClusterName(const QString& name)
{
    m_nameTyped = true; // given: not to be replaced by a suggestion
    m_name->setText(name);
}

void AddClusterDialog::browseSshConfig()
{
    const QString path = Dialogs::openFileName(this, tr("OpenSSH client configuration"),
                                               QDir::homePath() + QLatin1String("/.ssh"));
    if (!path.isEmpty())
        setSshConfigPath(path);
}

void AddClusterDialog::browseKeyFile()
{
    const QString path = Dialogs::openFileName(this, tr("Private key"),
                                               QDir::homePath() + QLatin1String("/.ssh"));
    if (!path.isEmpty())
        m_keyFile->setText(path);
}

void AddClusterDialog::reloadHosts()
{
    m_hosts->clear();
    m_message->clear();
    if (m_path->text().isEmpty()) {
        updateAcceptable();
        return;
    }
    QString error;
    const auto cluster = ClusterStore::fromSshConfig(QString(), m_path->text(), {}, &error);
    if (!cluster) {
        m_message->setText(error);
    } else {
        for (const ClusterNode& node : cluster->nodes) {
            auto* item = new QListWidgetItem(
                tr("%1 (%2)").arg(node.sshHost, node.address), m_hosts);
            item->setData(Qt::UserRole, node.sshHost);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    updateAcceptable();
}

QStringList AddClusterDialog::checkedHosts() const
{
    QStringList hosts;
    for (int i = 0; i < m_hosts->count(); ++i) {
        if (m_hosts->item(i)->checkState() == Qt::Checked)
            hosts << m_hosts->item(i)->data(Qt::UserRole).toString();
    }
    return hosts;
}

void AddClusterDialog::suggestName()
{
    if (m_nameTyped)
        return;
    QStringList taken;
    for (const ClusterProfile& cluster : m_store->clusters())
        taken << cluster.name;
    const QStringList hosts = byAddress() ? NodeAddressConfig::split(m_addresses->text()) : checkedHosts();
    m_name->setText(ClusterProfile::suggestedName(hosts, taken));
}

void AddClusterDialog::updateAcceptable()
{
    suggestName();
    bool nodesOk = false;
    if (byAddress()) {
        const NodeLogin chosen = login();
        m_keyFile->setEnabled(chosen.auth == NodeLogin::Auth::KeyFile);
        m_keyBrowse->setEnabled(chosen.auth == NodeLogin::Auth::KeyFile);
        const QStringList addresses = NodeAddressConfig::split(m_addresses->text());
        const QString problem = NodeAddressConfig::problem(addresses, chosen);
        nodesOk = problem.isEmpty();
        // Nothing typed yet is not a mistake worth pointing out.
        m_message->setText(addresses.isEmpty() ? QString() : problem);
    } else {
        nodesOk = !checkedHosts().isEmpty();
    }
    const bool nameOk = ClusterProfile::isValidName(m_name->text());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(nameOk && nodesOk);
}

void AddClusterDialog::accept()
{
    QString error;
    bool added = false;
    if (byAddress()) {
        added = m_store->addByAddresses(m_name->text(), NodeAddressConfig::split(m_addresses->text()),
                                        login(), &error);
    } else {
        const QStringList hosts = checkedHosts();
        if (hosts.isEmpty())
            return;
        const auto cluster = ClusterStore::fromSshConfig(m_name->text(), m_path->text(), hosts, &error);
        added = cluster && m_store->add(*cluster, &error);
    }
    if (!added) {
        m_message->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace hadesk::views
