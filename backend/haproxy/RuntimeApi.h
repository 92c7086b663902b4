#pragma once

#include "backend/haproxy/RuntimeState.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace hadesk::ssh {
class SshConnection;
class SshJob;
struct JobOptions;
}

namespace hadesk::haproxy {

// HAProxy's runtime API on a node, over the console's SSH session: the command goes on stdin to
// socat (or, where there is none, a few lines of python3) connected to the admin socket, as root.
// Commands are built here from checked names only, never from text pasted together.
class RuntimeApi
{
    Q_DECLARE_TR_FUNCTIONS(hadesk::haproxy::RuntimeApi)

public:
    static QString defaultSocket() { return QStringLiteral("/run/haproxy/admin.sock"); }
    static QString defaultConfig() { return QStringLiteral("/etc/haproxy/haproxy.cfg"); }

    // The socket a configuration declares: the first "stats socket" at "level admin", else the
    // first one; empty when there is none.
    static QString socketFromConfig(const QString& configText);
    // Blocking: reads the node's configuration for its socket; the default when it names none.
    static QString findSocket(ssh::SshConnection& connection, int timeoutMs, QString* error);

    // The shell text that talks to the socket: $1 is the socket, the command comes on stdin.
    static QLatin1String clientScript();
    // Starts one runtime command; the job's stdout is HAProxy's answer.
    // The client's command line and options for one runtime command (on its stdin).
    static QStringList clientArgv(const QString& socket);
    static ssh::JobOptions clientOptions(const QString& command, bool background = false);
    // A poll's read is marked background (JobOptions::background).
    static ssh::SshJob* send(ssh::SshConnection& connection, const QString& socket, const QString& command,
                             bool background = false);
    // Blocking: "show info", "show stat" and "show servers state", asked at once.
    static std::optional<RuntimeState> read(ssh::SshConnection& connection, const QString& socket,
                                            int timeoutMs, QString* error);
    // Blocking: the commands in order; stops at the first one HAProxy refuses (it answers a
    // refusal in words, a success with nothing) and says which.
    static bool apply(ssh::SshConnection& connection, const QString& socket, const QStringList& commands,
                      int timeoutMs, QString* error);

    enum class ServerState { Ready, Drain, Maint };
    static std::optional<ServerState> serverStateNamed(const QString& name);
    static std::optional<QString> setState(const QString& backend, const QString& server, ServerState state,
                                           QString* error);
    static std::optional<QString> setWeight(const QString& backend, const QString& server, int weight,
                                            QString* error);
    static std::optional<QString> setHealthChecks(const QString& backend, const QString& server, bool enabled,
                                                  QString* error);

    // The servers, in every backend, that stand for a cluster node: named after it, or at one of
    // its addresses.
    static QList<Server> serversOfNode(const RuntimeState& state, const QString& node,
                                       const QStringList& addresses = {});

    static bool isValidName(const QString& name);
};

} // namespace hadesk::haproxy
