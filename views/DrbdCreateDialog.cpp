#include "views/DrbdCreateDialog.h"

#include "backend/ClusterSession.h"
#include "backend/drbd/DrbdMonitor.h"
#include "backend/network/NetworkMonitor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hadesk::views {
namespace {

// The next minor after every one the nodes use now.
int freeMinor(const drbd::DrbdMonitor* monitor)
{
    int next = 0;
    const QMap<QString, drbd::NodeState> states = monitor->nodeStates();
    for (const drbd::NodeState& state : states)
        for (const drbd::Resource& r : state.resources)
            for (const drbd::Device& d : r.devices)
                next = std::max(next, d.minor + 1);
    return next;
}

// Where DRBD already replicates from this node (the replication segment), else its first address.
QString replicationAddress(const net::NetworkPicture& picture, const QString& node)
{
    for (const net::ReplicationLink& link : picture.replicationLinks)
        if (link.node == node && !link.address.isEmpty())
            return link.address;
    return picture.addressesOf(node).value(0);
}

} // namespace

DrbdCreateDialog::DrbdCreateDialog(ClusterSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_disk(new QLineEdit(this))
    , m_minor(new QSpinBox(this))
    , m_port(new QSpinBox(this))
    , m_rate(new QLineEdit(this))
    , m_initial(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
{
    setWindowTitle(tr("New DRBD Resource"));
    setObjectName(QStringLiteral("drbdCreateDialog"));
    m_name->setObjectName(QStringLiteral("drbdName"));
    m_name->setPlaceholderText(tr("letters, digits, . _ -"));
    m_disk->setObjectName(QStringLiteral("drbdDisk"));
    m_disk->setPlaceholderText(tr("/dev/… (empty, the same path on every node)"));
    m_minor->setRange(0, (1 << 20) - 1);
    m_minor->setValue(freeMinor(session->drbd()));
    m_port->setRange(1, 65535);
    m_port->setValue(7789 + m_minor->value());
    m_rate->setText(QStringLiteral("4M"));
    m_rate->setToolTip(tr("Resync rate per second (K, M or G); empty for DRBD's default"));
    m_message->setObjectName(QStringLiteral("drbdCreateMessage"));
    m_message->setWordWrap(true);
    m_log->setObjectName(QStringLiteral("drbdCreateLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(200);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Backing disk:"), m_disk);
    form->addRow(tr("Device &minor:"), m_minor);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Resync rate:"), m_rate);
    const net::NetworkPicture picture = session->network()->picture();
    for (const QString& host : session->hosts()) {
        auto* use = new QCheckBox(host, this);
        use->setObjectName(QStringLiteral("drbdNode-") + host);
        use->setChecked(m_nodes.size() < 2);
        auto* address = new QLineEdit(replicationAddress(picture, host), this);
        address->setObjectName(QStringLiteral("drbdAddress-") + host);
        address->setPlaceholderText(tr("replication address"));
        form->addRow(use, address);
        m_nodes.append({use, address});
        m_initial->addItem(tr("Initial sync from %1").arg(host), host);
    }
    m_initial->setObjectName(QStringLiteral("drbdInitial"));
    m_initial->addItem(tr("No initial sync: the disks are empty"));
    form->addRow(tr("&Start:"), m_initial);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* createButton = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    createButton->setObjectName(QStringLiteral("drbdCreate"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(createButton, &QPushButton::clicked, this, [this] {
        if (create())
            accept();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);
}

drbd::NewResource DrbdCreateDialog::resource() const
{
    drbd::NewResource r;
    r.name = m_name->text().trimmed();
    r.disk = m_disk->text().trimmed();
    r.minor = m_minor->value();
    r.port = m_port->value();
    r.resyncRate = m_rate->text().trimmed();
    for (const NodeRow& row : m_nodes)
        if (row.use->isChecked())
            r.nodes.append({row.use->text(), row.address->text().trimmed()});
    r.initialPrimary = m_initial->currentData().toString();
    r.skipInitialSync = r.initialPrimary.isEmpty();
    return r;
}

bool DrbdCreateDialog::create()
{
    const drbd::NewResource r = resource();
    QString error;
    if (!drbd::DrbdResourceCreator::validate(r, &error)) {
        m_message->setText(error);
        return false;
    }
    if (m_confirm &&
        QMessageBox::question(this, windowTitle(),
                              tr("DRBD metadata is written on %1 of every node, and this file installed as %2:\n\n%3")
                                  .arg(r.disk, drbd::DrbdResourceCreator::pathOf(r.name),
                                       QString::fromUtf8(drbd::DrbdResourceCreator::resourceFile(r))))
            != QMessageBox::Yes)
        return false;
    m_message->setText(tr("Creating %1…").arg(r.name));
    setEnabled(false);
    const bool ok = drbd::DrbdResourceCreator::create(
        r, [this](const QString& node) { return m_session->connectionTo(node); }, m_session->name(), 60000, &error,
        [this](const QString& step) { m_log->appendPlainText(step); });
    setEnabled(true);
    m_message->setText(ok ? tr("%1 created; its initial sync shows in the DRBD tab.").arg(r.name) : error);
    return ok;
}

} // namespace hadesk::views
