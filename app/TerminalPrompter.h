#pragma once

#include <QObject>

namespace hadesk::ssh {
class SshConnection;
struct Prompt;
} // namespace hadesk::ssh

namespace hadesk {

// Answers a connection's prompts on the controlling terminal, as ssh does: host keys with
// yes/no (or at once with --accept-new), secrets without echo. Without a terminal, every
// answer is no.
class TerminalPrompter : public QObject
{
    Q_OBJECT

public:
    TerminalPrompter(ssh::SshConnection* connection, bool acceptNewHostKeys);

private:
    void answer(const ssh::Prompt& prompt);

    ssh::SshConnection* m_connection;
    bool m_acceptNew;
};

} // namespace hadesk
