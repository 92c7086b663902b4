#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace hadesk::ssh {

// Where to connect: a host as ssh would be given it, resolved through an OpenSSH client
// configuration (the explicit file, like ssh -F, or ~/.ssh/config).
struct SshTarget
{
    QString host;
    QString configFile;
};

enum class ConnectionState
{
    Disconnected,
    Connecting,
    Authenticating,
    Connected,
    Lost,         // the link dropped; a reconnect follows
    Reconnecting, // waiting out the backoff before the next attempt
    Failed,       // will not retry by itself: host key refused, authentication failed
};

QString stateName(ConnectionState state);

// A question the connection needs answered before it can go on. The worker waits for the answer
// (SshConnection::answerPrompt) with a time limit; no answer counts as "no".
struct Prompt
{
    enum class Kind { UnknownHostKey, Passphrase, Password, KeyboardInteractive, SudoPassword };
    quint64 id = 0;
    Kind kind = Kind::Password;
    QString host;
    QString text;        // what to show the user
    QString fingerprint; // UnknownHostKey: SHA256 fingerprint
    bool echo = false;   // KeyboardInteractive: whether the answer may be shown
};

struct PromptAnswer
{
    bool accepted = false;
    QByteArray secret; // the password or passphrase; wiped after use
};

struct JobOptions
{
    QByteArray stdinData;   // written to the command's stdin, then EOF
    int timeoutMs = 0;      // 0: no limit
    bool asRoot = false;    // run through sudo when the login user is not root
    bool keepOutput = true; // accumulate stdout/stderr for allStdout()/allStderr()
    // A watcher's or poller's read, not something the operator asked for: the command log keeps
    // the last few apart instead of among the operator's commands.
    bool background = false;
};

struct UploadOptions
{
    bool backup = true;                 // keep the previous file as PATH.hadesk-backup
    QString newFileMode = QStringLiteral("0644"); // for a file that did not exist; else kept
    bool asRoot = false;
};

} // namespace hadesk::ssh

Q_DECLARE_METATYPE(hadesk::ssh::Prompt)
Q_DECLARE_METATYPE(hadesk::ssh::ConnectionState)
Q_DECLARE_METATYPE(hadesk::ssh::PromptAnswer)
