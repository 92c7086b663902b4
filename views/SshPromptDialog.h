#pragma once

#include "ssh/SshTypes.h"

#include <QDialog>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hadesk::views {

// The question a connection asks (a new host key, a password, a passphrase) as a dialog. It
// shows the host key's SHA256 fingerprint in full; secrets are typed without echo. The new host
// keys of a cluster's nodes, asked at about the same time, are one dialog listing each node's
// fingerprint, trusted or refused together. answered() comes exactly once per prompt: closing
// the dialog is a "no".
class SshPromptDialog : public QDialog
{
    Q_OBJECT

public:
    SshPromptDialog(const ssh::Prompt& prompt, QWidget* parent = nullptr);

    const ssh::Prompt& prompt() const { return m_prompts.constFirst(); }
    // Another host's new key, while this one is an unanswered host-key question: listed here,
    // answered with the rest. False when this dialog cannot take it.
    bool addHostKey(const ssh::Prompt& prompt);
    QStringList hosts() const;

Q_SIGNALS:
    void answered(quint64 promptId, const hadesk::ssh::PromptAnswer& answer);

private:
    void finishWith(bool accepted);
    void addFingerprintRow(const ssh::Prompt& prompt);

    QList<ssh::Prompt> m_prompts;
    QGridLayout* m_keys = nullptr;
    QPushButton* m_trust = nullptr;
    QLineEdit* m_secret = nullptr;
    bool m_answered = false;
};

} // namespace hadesk::views
