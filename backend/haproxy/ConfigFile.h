#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

#include "ssh/SshTypes.h"

namespace hadesk::ssh {
class SshJob;
}

namespace hadesk::haproxy {

// HAProxy's configuration file on a node, as it was read: the text and the digest an install
// compares against, so nobody's concurrent edit is overwritten.
struct ConfigSnapshot
{
    QByteArray text;
    QByteArray sha256; // hex, as sha256sum prints it
};

// What became of one install on one node.
struct InstallResult
{
    enum class Outcome {
        Installed,  // checked, in place, and HAProxy reloaded onto it
        Rejected,   // haproxy -c refused it: nothing was touched
        Changed,    // the file is no longer what was read: nothing was touched
        RolledBack, // the reload failed: the previous file is back, the old HAProxy still serves
        Failed,     // could not run at all (connection, permissions): nothing was touched
    };
    Outcome outcome = Outcome::Failed;
    QString detail; // HAProxy's or the shell's words

    bool installed() const { return outcome == Outcome::Installed; }
};

// The script that checks, installs and restores the configuration on a node, as root: a constant
// text with the paths as arguments and the candidate on stdin. The configuration jobs run it.
class ConfigFile
{
    Q_DECLARE_TR_FUNCTIONS(hadesk::haproxy::ConfigFile)

public:
    static QString defaultPath() { return QStringLiteral("/etc/haproxy/haproxy.cfg"); }
    static QByteArray digest(const QByteArray& text);

    // check: haproxy -c on a copy beside the real file, which is then removed. install: checks,
    // replaces the file by a rename (keeping the old one as PATH.hadesk-previous) if it still has
    // the expected digest (empty: whatever is there), reloads, and confirms a new HAProxy process
    // answers on the socket. restore: puts PATH.hadesk-previous back and reloads.
    enum class Mode { Check, Install, Restore };
    static QStringList scriptArgv(Mode mode, const QString& path, const QString& socket,
                                  const QByteArray& expectedSha256 = {});
    static ssh::JobOptions scriptOptions(const QByteArray& input, int timeoutMs);
    // What the script's exit says.
    static InstallResult resultOf(const ssh::SshJob& job);
};

} // namespace hadesk::haproxy
