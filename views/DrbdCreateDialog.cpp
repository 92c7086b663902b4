#include "views/DrbdCreateDialog.h"

#include "backend/ClusterSession.h"
#include "backend/drbd/DrbdMonitor.h"
#include "backend/jobs/Job.h"
#include "backend/network/NetworkMonitor.h"
#include "ssh/SshConnection.h"

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
    connect(createButton, &QPushButton::clicked, this, &DrbdCreateDialog::create);
    m_fields = new QWidget(this);
    m_fields->setLayout(form);
    m_createButton = createButton;
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fields);
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

jobs::Job* DrbdCreateDialog::create()
{
    if (m_job)
        return nullptr;
    const drbd::NewResource r = resource();
    QString error;
    if (!drbd::DrbdResourceCreator::validate(r, &error)) {
        m_message->setText(error);
        return nullptr;
    }
    if (m_confirm &&
        QMessageBox::question(this, windowTitle(),
                              tr("DRBD metadata is written on %1 of every node, and this file installed as %2:\n\n%3")
                                  .arg(r.disk, drbd::DrbdResourceCreator::pathOf(r.name),
                                       QString::fromUtf8(drbd::DrbdResourceCreator::resourceFile(r))))
            != QMessageBox::Yes)
        return nullptr;
    m_message->setText(tr("Creating %1…").arg(r.name));
    m_fields->setEnabled(false);
    m_createButton->setEnabled(false);
    auto* job = new drbd::DrbdCreateJob(r, m_session->connectionLookup(), m_session->name());
    m_job = job;
    connect(job, &jobs::Job::stepChanged, this, [this, job](int index) {
        const jobs::JobStep& step = job->steps().at(index);
        if (step.state == jobs::StepState::Running)
            m_log->appendPlainText(step.title);
        else if (step.state == jobs::StepState::Undone || step.state == jobs::StepState::UndoFailed)
            m_log->appendPlainText(tr("%1: %2").arg(step.title, jobs::stateName(step.state)));
    });
    connect(job, &jobs::Job::finished, this, [this, job, name = r.name] {
        m_fields->setEnabled(true);
        m_createButton->setEnabled(true);
        if (job->state() == jobs::JobState::Succeeded) {
            m_message->setText(tr("%1 created; its initial sync shows in the DRBD tab.").arg(name));
            accept();
        } else {
            m_message->setText(job->outcomeText());
        }
    });
    m_session->run(job);
    return job;
}

void DrbdCreateDialog::reject()
{
    // Closing while the resource is made stops it there and undoes what was done.
    if (m_job && !m_job->isFinished())
        m_job->cancel();
    QDialog::reject();
}

} // namespace hadesk::views
