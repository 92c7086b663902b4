#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hadesk::ssh {

// One concrete host of an OpenSSH client configuration, with the options that apply to it.
struct SshHostEntry
{
    QString alias;    // what follows "Host", and what is passed to ssh
    QString hostName; // the address actually contacted (the alias when HostName is unset)
    QString user;     // empty when the configuration does not say
    int port = 22;
    QStringList identityFiles;
    QStringList knownHostsFiles;       // UserKnownHostsFile, as written (may start with ~)
    QStringList globalKnownHostsFiles; // GlobalKnownHostsFile
    QString hostKeyAlias;
    int connectTimeoutSeconds = 0; // ConnectTimeout; 0 when unset (HAdesk's own default applies)

    bool operator==(const SshHostEntry&) const = default;
};

struct SshConfigParseResult
{
    QList<SshHostEntry> hosts; // in the order the file names them
    QString error;             // empty on success
    bool ok() const { return error.isEmpty(); }
};

// Reads an OpenSSH ssh_config(5) the way ssh evaluates it for a host: blocks whose Host patterns
// match (with * ? and ! negation) contribute options, and the first value obtained wins.
// Hosts named only by patterns are not listed. Match blocks cannot be evaluated without a
// connection, so their options are skipped; Include is followed (relative paths from ~/.ssh, as
// ssh does for a user's configuration).
class SshConfigFile
{
    Q_DECLARE_TR_FUNCTIONS(hadesk::ssh::SshConfigFile)

public:
    static SshConfigParseResult parse(const QString& path);
    // The options that apply to any host name, listed in the file or not.
    static SshHostEntry resolve(const QString& path, const QString& host, QString* error);

    // origin names the text in error messages ("origin:line: ...").
    static SshConfigParseResult parseText(const QString& text, const QString& origin);

    // ssh_config's pattern language for one pattern list, e.g. "node* !node3".
    static bool hostMatches(const QStringList& patterns, const QString& host);
};

} // namespace hadesk::ssh
