#include "views/AddClusterDialog.h"

#include "backend/ClusterStore.h"
#include "views/Dialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace hadesk::views {

AddClusterDialog::AddClusterDialog(ClusterStore* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_name(new QLineEdit(this))
    , m_path(new QLineEdit(this))
    , m_hosts(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Cluster"));
    setObjectName(QStringLiteral("addClusterDialog"));
    m_name->setObjectName(QStringLiteral("clusterName"));
    m_path->setObjectName(QStringLiteral("sshConfigPath"));
    m_hosts->setObjectName(QStringLiteral("hostList"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_path->setPlaceholderText(QDir::homePath() + QLatin1String("/.ssh/config"));

    auto* browseButton = new QPushButton(tr("Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto* form = new QFormLayout;
    form->addRow(tr("SSH configuration:"), pathRow);
    form->addRow(tr("Nodes:"), m_hosts);
    form->addRow(tr("Cluster name:"), m_name);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(browseButton, &QPushButton::clicked, this, &AddClusterDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &AddClusterDialog::reloadHosts);
    connect(m_name, &QLineEdit::textChanged, this, &AddClusterDialog::updateAcceptable);
    connect(m_hosts, &QListWidget::itemChanged, this, &AddClusterDialog::updateAcceptable);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddClusterDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateAcceptable();
    resize(480, 380);
}

void AddClusterDialog::setSshConfigPath(const QString& path)
{
    m_path->setText(path);
    reloadHosts();
}

void AddClusterDialog::setClusterName(const QString& name)
{
    m_name->setText(name);
}

void AddClusterDialog::browse()
{
    const QString path = Dialogs::openFileName(this, tr("OpenSSH client configuration"),
                                               QDir::homePath() + QLatin1String("/.ssh"));
    if (!path.isEmpty())
        setSshConfigPath(path);
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

void AddClusterDialog::updateAcceptable()
{
    const bool nameOk = ClusterProfile::isValidName(m_name->text());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(nameOk && !checkedHosts().isEmpty());
}

void AddClusterDialog::accept()
{
    QString error;
    const QStringList hosts = checkedHosts();
    if (hosts.isEmpty())
        return;
    const auto cluster = ClusterStore::fromSshConfig(m_name->text(), m_path->text(), hosts, &error);
    if (!cluster || !m_store->add(*cluster, &error)) {
        m_message->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace hadesk::views
