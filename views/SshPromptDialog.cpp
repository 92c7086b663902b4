#include "views/SshPromptDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hadesk::views {

using ssh::Prompt;

SshPromptDialog::SshPromptDialog(const Prompt& prompt, QWidget* parent)
    : QDialog(parent)
    , m_prompt(prompt)
{
    setObjectName(QStringLiteral("sshPromptDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(prompt.text, this);
    text->setObjectName(QStringLiteral("promptText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text);

    auto* buttons = new QDialogButtonBox(this);
    if (prompt.kind == Prompt::Kind::UnknownHostKey) {
        setWindowTitle(tr("Unknown Host Key"));
        auto* fingerprint = new QLabel(prompt.fingerprint, this);
        fingerprint->setObjectName(QStringLiteral("fingerprint"));
        fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
        fingerprint->setStyleSheet(QStringLiteral("font-family: monospace; font-weight: bold"));
        layout->addWidget(new QLabel(tr("Compare this fingerprint with the one the host shows "
                                        "(ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub):"),
                                     this));
        layout->addWidget(fingerprint);
        buttons->addButton(tr("Trust and Connect"), QDialogButtonBox::AcceptRole)
            ->setObjectName(QStringLiteral("acceptButton"));
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
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
    Q_EMIT answered(m_prompt.id, answer);
    answer.secret.fill('\0');
    accepted ? accept() : reject();
}

} // namespace hadesk::views
