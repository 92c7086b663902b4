#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace hadesk::ssh {
class SshConnection;
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

// Reads, checks and installs the configuration through the node's SSH session, as root. Every
// step runs a constant script with the paths as arguments and the text on stdin.
class ConfigFile
{
    Q_DECLARE_TR_FUNCTIONS(hadesk::haproxy::ConfigFile)

public:
    explicit ConfigFile(ssh::SshConnection& connection, QString path = defaultPath());

    static QString defaultPath() { return QStringLiteral("/etc/haproxy/haproxy.cfg"); }
    static QByteArray digest(const QByteArray& text);

    // Blocking, like everything here.
    std::optional<ConfigSnapshot> read(int timeoutMs, QString* error) const;
    // haproxy -c on a copy beside the real file, which is then removed. true when HAProxy accepts
    // it; *report has what HAProxy said either way.
    bool check(const QByteArray& text, int timeoutMs, QString* report) const;
    // Checks, replaces the file by a rename (keeping the old one as PATH.hadesk-previous),
    // reloads, and confirms a new HAProxy process answers on the socket. An empty expected digest
    // installs whatever is there now.
    InstallResult install(const QByteArray& text, const QByteArray& expectedSha256, const QString& socket,
                          int timeoutMs) const;
    // Puts PATH.hadesk-previous back and reloads: undoes an install that others did not survive.
    InstallResult restorePrevious(const QString& socket, int timeoutMs) const;

private:
    InstallResult runScript(const QString& mode, const QByteArray& input, const QByteArray& expected,
                            const QString& socket, int timeoutMs) const;

    ssh::SshConnection& m_connection;
    QString m_path;
};

// One configuration for every node that runs HAProxy: checked everywhere before any node is
// touched, installed node by node, and taken back off the nodes already done when one fails.
struct RolloutNode
{
    QString name;
    ssh::SshConnection* connection = nullptr;
    QByteArray expectedSha256; // from the read the edit started from; empty: no check
    QString socket;
};

struct RolloutResult
{
    bool installed = false;
    QString summary;
    QList<std::pair<QString, InstallResult>> perNode;
};

RolloutResult rollOut(const QList<RolloutNode>& nodes, const QByteArray& text, int timeoutMs);

} // namespace hadesk::haproxy
