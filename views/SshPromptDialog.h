#pragma once

#include "ssh/SshTypes.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace hadesk::views {

// The question a connection asks (a new host key, a password, a passphrase) as a dialog. It
// shows the host key's SHA256 fingerprint in full; secrets are typed without echo. answered()
// comes exactly once: closing the dialog is a "no".
class SshPromptDialog : public QDialog
{
    Q_OBJECT

public:
    SshPromptDialog(const ssh::Prompt& prompt, QWidget* parent = nullptr);

    const ssh::Prompt& prompt() const { return m_prompt; }

Q_SIGNALS:
    void answered(quint64 promptId, const hadesk::ssh::PromptAnswer& answer);

private:
    void finishWith(bool accepted);

    ssh::Prompt m_prompt;
    QLineEdit* m_secret = nullptr;
    bool m_answered = false;
};

} // namespace hadesk::views
