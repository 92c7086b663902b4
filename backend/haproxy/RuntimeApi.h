#pragma once

#include "backend/haproxy/RuntimeState.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace hadesk::ssh {
class HostConnection;
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

    // The shell text that talks to the socket: $1 is the socket, the command comes on stdin.
    static QLatin1String clientScript();
    // The client's command line and options for one runtime command (on its stdin).
    static QStringList clientArgv(const QString& socket);
    static ssh::JobOptions clientOptions(const QString& command, bool background = false);
    // A poll's read is marked background (JobOptions::background).
    static ssh::SshJob* send(ssh::HostConnection& connection, const QString& socket, const QString& command,
                             bool background = false);
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
