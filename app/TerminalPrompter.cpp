#include "app/TerminalPrompter.h"

#include "ssh/SshConnection.h"

#include <QFile>

#include <termios.h>
#include <unistd.h>

#include <fcntl.h>

namespace hadesk {
namespace {

// Reads one line from /dev/tty, with echo off for secrets. Returns false without a terminal.
bool readTerminalLine(const QString& question, bool echo, QByteArray* line)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false;
    const QByteArray text = question.toUtf8() + ' ';
    [[maybe_unused]] auto written = ::write(fd, text.constData(), size_t(text.size()));
    termios saved{};
    const bool isTerminal = tcgetattr(fd, &saved) == 0;
    if (isTerminal && !echo) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSANOW, &quiet);
    }
    char c = 0;
    line->clear();
    while (::read(fd, &c, 1) == 1 && c != '\n')
        line->append(c);
    if (isTerminal && !echo) {
        tcsetattr(fd, TCSANOW, &saved);
        written = ::write(fd, "\n", 1);
    }
    ::close(fd);
    return true;
}

} // namespace

TerminalPrompter::TerminalPrompter(ssh::SshConnection* connection, bool acceptNewHostKeys)
    : QObject(connection)
    , m_connection(connection)
    , m_acceptNew(acceptNewHostKeys)
{
    connect(connection, &ssh::SshConnection::promptRequested, this, &TerminalPrompter::answer);
}

void TerminalPrompter::answer(const ssh::Prompt& prompt)
{
    ssh::PromptAnswer reply;
    QByteArray line;
    if (prompt.kind == ssh::Prompt::Kind::UnknownHostKey) {
        if (m_acceptNew) {
            reply.accepted = true;
        } else if (readTerminalLine(prompt.text + QLatin1String(
                                                      "\nAre you sure you want to continue "
                                                      "connecting (yes/no)?"),
                                    true, &line)) {
            reply.accepted = line.trimmed() == "yes";
        }
    } else if (readTerminalLine(prompt.text, prompt.echo, &line)) {
        reply.accepted = true;
        reply.secret = line;
        line.fill('\0');
    }
    m_connection->answerPrompt(prompt.id, reply);
    reply.secret.fill('\0');
}

} // namespace hadesk
