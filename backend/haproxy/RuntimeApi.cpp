#include "backend/haproxy/RuntimeApi.h"

#include "ssh/HostConnection.h"
#include "ssh/SshJob.h"

#include <QRegularExpression>

#include <memory>

namespace hadesk::haproxy {
namespace {

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

// Runs on the node with the socket as $1 and the command on stdin. Constant text: nothing typed
// by anyone is ever part of it.
const char* const kClientScript = R"(sock=$1
if command -v socat >/dev/null 2>&1; then
    exec socat -t 10 - "UNIX-CONNECT:$sock"
fi
exec python3 -c '
import socket, sys
s = socket.socket(socket.AF_UNIX)
s.settimeout(10)
s.connect(sys.argv[1])
s.sendall(sys.stdin.buffer.read())
while True:
    chunk = s.recv(65536)
    if not chunk:
        break
    sys.stdout.buffer.write(chunk)
' "$sock")";

} // namespace

bool RuntimeApi::isValidName(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.:-]{1,100}$"));
    return valid.match(name).hasMatch();
}

QString RuntimeApi::socketFromConfig(const QString& configText)
{
    QString first;
    for (const QString& raw : configText.split(u'\n')) {
        const QString line = raw.section(u'#', 0, 0).simplified();
        if (!line.startsWith(QLatin1String("stats socket ")))
            continue;
        const QStringList words = line.split(u' ');
        QString path = words.value(2);
        // "ipv4@", "unix@" prefixes; only local sockets can be reached this way.
        if (path.startsWith(QLatin1String("unix@")))
            path = path.mid(5);
        if (!path.startsWith(u'/'))
            continue;
        const int level = int(words.indexOf(QStringLiteral("level")));
        if (level >= 0 && words.value(level + 1) == u"admin")
            return path;
        if (first.isEmpty())
            first = path;
    }
    return first;
}

QLatin1String RuntimeApi::clientScript()
{
    return QLatin1String(kClientScript);
}

QStringList RuntimeApi::clientArgv(const QString& socket)
{
    return {QStringLiteral("sh"), QStringLiteral("-c"), clientScript(), QStringLiteral("hadesk-haproxy"), socket};
}

ssh::JobOptions RuntimeApi::clientOptions(const QString& command, bool background)
{
    ssh::JobOptions options;
    options.background = background;
    options.asRoot = true;
    options.timeoutMs = 20000;
    options.stdinData = command.toUtf8() + '\n';
    return options;
}

ssh::SshJob* RuntimeApi::send(ssh::HostConnection& connection, const QString& socket, const QString& command,
                              bool background)
{
    return connection.run(clientArgv(socket), clientOptions(command, background));
}

std::optional<RuntimeApi::ServerState> RuntimeApi::serverStateNamed(const QString& name)
{
    if (name == u"ready")
        return ServerState::Ready;
    if (name == u"drain")
        return ServerState::Drain;
    if (name == u"maint")
        return ServerState::Maint;
    return std::nullopt;
}

namespace {

bool checkNames(const QString& backend, const QString& server, QString* error)
{
    for (const QString& name : {backend, server}) {
        if (!RuntimeApi::isValidName(name)) {
            setError(error, RuntimeApi::tr("'%1' is not a valid HAProxy backend or server name").arg(name));
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<QString> RuntimeApi::setState(const QString& backend, const QString& server, ServerState state,
                                            QString* error)
{
    if (!checkNames(backend, server, error))
        return std::nullopt;
    const char* word = state == ServerState::Ready ? "ready" : state == ServerState::Drain ? "drain" : "maint";
    return QStringLiteral("set server %1/%2 state %3").arg(backend, server, QLatin1String(word));
}

std::optional<QString> RuntimeApi::setWeight(const QString& backend, const QString& server, int weight,
                                             QString* error)
{
    if (!checkNames(backend, server, error))
        return std::nullopt;
    if (weight < 0 || weight > 256) {
        setError(error, tr("A weight is between 0 and 256, not %1").arg(weight));
        return std::nullopt;
    }
    return QStringLiteral("set server %1/%2 weight %3").arg(backend, server).arg(weight);
}

std::optional<QString> RuntimeApi::setHealthChecks(const QString& backend, const QString& server, bool enabled,
                                                   QString* error)
{
    if (!checkNames(backend, server, error))
        return std::nullopt;
    return QStringLiteral("%1 health %2/%3")
        .arg(enabled ? QLatin1String("enable") : QLatin1String("disable"), backend, server);
}

QList<Server> RuntimeApi::serversOfNode(const RuntimeState& state, const QString& node, const QStringList& addresses)
{
    QList<Server> found;
    for (const Proxy& backend : state.backends) {
        for (const Server& server : backend.servers) {
            const QString host = server.address.section(u':', 0, -2);
            if (server.name == node || (!host.isEmpty() && addresses.contains(host)))
                found << server;
        }
    }
    return found;
}

} // namespace hadesk::haproxy
