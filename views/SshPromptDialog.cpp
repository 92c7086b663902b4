#include "views/SshPromptDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hadesk::views {

using ssh::Prompt;

SshPromptDialog::SshPromptDialog(const Prompt& prompt, QWidget* parent)
    : QDialog(parent)
    , m_prompts{prompt}
{
    setObjectName(QStringLiteral("sshPromptDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QDialogButtonBox(this);
    if (prompt.kind == Prompt::Kind::UnknownHostKey) {
        setWindowTitle(tr("Unknown Host Key"));
        auto* text = new QLabel(prompt.text, this);
        text->setObjectName(QStringLiteral("promptText"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        layout->addWidget(text);
        layout->addWidget(new QLabel(tr("Compare each fingerprint with the one the host shows "
                                        "(ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub):"),
                                     this));
        m_keys = new QGridLayout;
        layout->addLayout(m_keys);
        addFingerprintRow(prompt);
        m_trust = buttons->addButton(tr("Trust and Connect"), QDialogButtonBox::AcceptRole);
        m_trust->setObjectName(QStringLiteral("acceptButton"));
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        auto* text = new QLabel(prompt.text, this);
        text->setObjectName(QStringLiteral("promptText"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        layout->addWidget(text);
        setWindowTitle(prompt.kind == Prompt::Kind::SudoPassword ? tr("sudo Password")
                       : prompt.kind == Prompt::Kind::Passphrase ? tr("Key Passphrase")
                                                                   : tr("Password"));
        m_secret = new QLineEdit(this);
        m_secret->setObjectName(QStringLiteral("secret"));
        m_secret->setEchoMode(prompt.echo ? QLineEdit::Normal : QLineEdit::Password);
        layout->addWidget(m_secret);
        buttons->addButton(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("acceptButton"));
        buttons->addButton(QDialogButtonBox::Cancel);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { finishWith(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] { finishWith(false); });
    connect(this, &QDialog::rejected, this, [this] { finishWith(false); });
}

void SshPromptDialog::addFingerprintRow(const Prompt& prompt)
{
    const int row = m_keys->rowCount();
    auto* host = new QLabel(prompt.host, this);
    host->setObjectName(QStringLiteral("fingerprintHost"));
    host->setStyleSheet(QStringLiteral("font-weight: bold"));
    auto* fingerprint = new QLabel(prompt.fingerprint, this);
    fingerprint->setObjectName(QStringLiteral("fingerprint"));
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fingerprint->setStyleSheet(QStringLiteral("font-family: monospace; font-weight: bold"));
    m_keys->addWidget(host, row, 0);
    m_keys->addWidget(fingerprint, row, 1);
}

bool SshPromptDialog::addHostKey(const Prompt& prompt)
{
    if (m_answered || !m_keys || prompt.kind != Prompt::Kind::UnknownHostKey)
        return false;
    m_prompts << prompt;
    addFingerprintRow(prompt);
    setWindowTitle(tr("Unknown Host Keys"));
    if (auto* text = findChild<QLabel*>(QStringLiteral("promptText")))
        text->setText(tr("The authenticity of %n host(s) cannot be established: HAdesk has never seen their keys.", nullptr,
                         int(m_prompts.size())));
    m_trust->setText(tr("Trust All and Connect"));
    adjustSize();
    return true;
}

QStringList SshPromptDialog::hosts() const
{
    QStringList hosts;
    for (const Prompt& prompt : m_prompts)
        hosts << prompt.host;
    return hosts;
}

void SshPromptDialog::finishWith(bool accepted)
{
    if (m_answered)
        return;
    m_answered = true;
    ssh::PromptAnswer answer;
    answer.accepted = accepted;
    if (accepted && m_secret)
        answer.secret = m_secret->text().toUtf8();
    if (m_secret)
        m_secret->clear();
    for (const Prompt& prompt : std::as_const(m_prompts))
        Q_EMIT answered(prompt.id, answer);
    answer.secret.fill('\0');
    accepted ? accept() : reject();
}

} // namespace hadesk::views
