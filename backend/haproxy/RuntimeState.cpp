#include "backend/haproxy/RuntimeState.h"

#include <QHash>

namespace hadesk::haproxy {
namespace {

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

// The first line of a reply that is not what was asked for, to quote in an error.
QString firstLine(const QByteArray& text)
{
    const QByteArray line = text.trimmed().split('\n').value(0).trimmed();
    return line.isEmpty() ? RuntimeReader::tr("an empty reply") : QString::fromUtf8(line.left(200));
}

class Columns
{
public:
    explicit Columns(const QList<QByteArray>& names)
    {
        for (int i = 0; i < names.size(); ++i)
            m_index.insert(names.at(i).trimmed(), i);
    }
    bool has(const char* name) const { return m_index.contains(name); }
    QByteArray text(const QList<QByteArray>& row, const char* name) const
    {
        const int i = m_index.value(name, -1);
        return i >= 0 && i < row.size() ? row.at(i) : QByteArray();
    }
    qint64 number(const QList<QByteArray>& row, const char* name, qint64 missing = 0) const
    {
        bool ok = false;
        const qint64 value = text(row, name).toLongLong(&ok);
        return ok ? value : missing;
    }

private:
    QHash<QByteArray, int> m_index;
};

} // namespace

QString Server::adminText() const
{
    if (inMaintenance())
        return QStringLiteral("maint");
    if (draining())
        return QStringLiteral("drain");
    return QStringLiteral("ready");
}

const Proxy* RuntimeState::backend(const QString& name) const
{
    for (const Proxy& proxy : backends) {
        if (proxy.name == name)
            return &proxy;
    }
    return nullptr;
}

const Server* RuntimeState::server(const QString& backendName, const QString& name) const
{
    if (const Proxy* proxy = backend(backendName)) {
        for (const Server& server : proxy->servers) {
            if (server.name == name)
                return &server;
        }
    }
    return nullptr;
}

bool RuntimeReader::readInfo(const QByteArray& text, RuntimeState* state, QString* error)
{
    QMap<QString, QString> info;
    for (const QByteArray& line : text.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0)
            info.insert(QString::fromUtf8(line.left(colon).trimmed()), QString::fromUtf8(line.mid(colon + 1).trimmed()));
    }
    if (!info.contains(QStringLiteral("Name")) || !info.contains(QStringLiteral("Version"))) {
        setError(error, tr("HAProxy's \"show info\" answered %1").arg(firstLine(text)));
        return false;
    }
    state->info = info;
    return true;
}

bool RuntimeReader::readStat(const QByteArray& csv, RuntimeState* state, QString* error)
{
    const QList<QByteArray> lines = csv.split('\n');
    if (lines.isEmpty() || !lines.constFirst().startsWith("# pxname,svname,")) {
        setError(error, tr("HAProxy's \"show stat\" answered %1").arg(firstLine(csv)));
        return false;
    }
    const Columns columns(lines.constFirst().mid(2).split(','));
    for (const char* needed : {"status", "type", "scur"}) {
        if (!columns.has(needed)) {
            setError(error, tr("HAProxy's \"show stat\" has no column %1").arg(QLatin1String(needed)));
            return false;
        }
    }
    QList<Proxy> frontends;
    QList<Proxy> backends;
    QList<Server> servers;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArray& line = lines.at(n);
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArray> row = line.split(',');
        const QString proxyName = QString::fromUtf8(columns.text(row, "pxname"));
        const QString name = QString::fromUtf8(columns.text(row, "svname"));
        bool typed = false;
        const int type = columns.text(row, "type").toInt(&typed);
        if (!typed || proxyName.isEmpty() || name.isEmpty()) {
            setError(error, tr("HAProxy's \"show stat\" has a malformed line %1: %2").arg(n + 1).arg(firstLine(line)));
            return false;
        }
        if (type == 0 || type == 1) { // frontend, backend
            Proxy proxy;
            proxy.name = proxyName;
            proxy.kind = type == 0 ? Proxy::Kind::Frontend : Proxy::Kind::Backend;
            proxy.status = QString::fromUtf8(columns.text(row, "status"));
            proxy.sessions = int(columns.number(row, "scur"));
            proxy.sessionLimit = int(columns.number(row, "slim"));
            proxy.totalSessions = columns.number(row, "stot");
            proxy.sessionRate = int(columns.number(row, "rate"));
            proxy.requestRate = int(columns.number(row, "req_rate"));
            proxy.totalRequests = columns.number(row, "req_tot");
            (type == 0 ? frontends : backends).append(proxy);
        } else if (type == 2) {
            Server server;
            server.backend = proxyName;
            server.name = name;
            server.address = QString::fromUtf8(columns.text(row, "addr"));
            server.status = QString::fromUtf8(columns.text(row, "status"));
            server.weight = int(columns.number(row, "weight"));
            server.sessions = int(columns.number(row, "scur"));
            server.totalSessions = columns.number(row, "stot");
            server.sessionRate = int(columns.number(row, "rate"));
            server.checkStatus = QString::fromUtf8(columns.text(row, "check_status"));
            server.lastChangeSeconds = columns.number(row, "lastchg", -1);
            server.downtimeSeconds = columns.number(row, "downtime", -1);
            servers.append(server);
        }
        // type 3: listeners ("stats socket" and the like), not shown.
    }
    // Servers come before their backend's own line: attach them once every backend is known.
    for (const Server& server : std::as_const(servers)) {
        const auto backend = std::find_if(backends.begin(), backends.end(),
                                          [&](const Proxy& p) { return p.name == server.backend; });
        if (backend == backends.end()) {
            setError(error, tr("HAProxy's \"show stat\" lists server %1 of no backend").arg(server.name));
            return false;
        }
        backend->servers.append(server);
    }
    state->frontends = frontends;
    state->backends = backends;
    return true;
}

bool RuntimeReader::readServersState(const QByteArray& text, RuntimeState* state, QString* error)
{
    const QList<QByteArray> lines = text.split('\n');
    // A version line ("1"), then the header.
    if (lines.size() < 2 || lines.at(0).trimmed() != "1" || !lines.at(1).startsWith("# be_id ")) {
        setError(error, tr("HAProxy's \"show servers state\" answered %1").arg(firstLine(text)));
        return false;
    }
    const Columns columns(lines.at(1).mid(2).split(' '));
    for (qsizetype n = 2; n < lines.size(); ++n) {
        const QByteArray line = lines.at(n).trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> row = line.split(' ');
        const QString backendName = QString::fromUtf8(columns.text(row, "be_name"));
        const QString serverName = QString::fromUtf8(columns.text(row, "srv_name"));
        const qint64 admin = columns.number(row, "srv_admin_state", -1);
        const qint64 operational = columns.number(row, "srv_op_state", -1);
        if (backendName.isEmpty() || serverName.isEmpty() || admin < 0 || operational < 0) {
            setError(error, tr("HAProxy's \"show servers state\" has a malformed line %1: %2")
                                .arg(n + 1)
                                .arg(firstLine(line)));
            return false;
        }
        for (Proxy& backend : state->backends) {
            for (Server& server : backend.servers) {
                if (backend.name == backendName && server.name == serverName) {
                    server.adminState = int(admin);
                    server.operationalState = int(operational);
                    server.checkState = int(columns.number(row, "srv_check_state", -1));
                }
            }
        }
    }
    return true;
}

std::optional<RuntimeState> RuntimeReader::readAll(const QByteArray& info, const QByteArray& stat,
                                                   const QByteArray& serversState, QString* error)
{
    RuntimeState state;
    if (!readInfo(info, &state, error) || !readStat(stat, &state, error) ||
        !readServersState(serversState, &state, error))
        return std::nullopt;
    return state;
}

} // namespace hadesk::haproxy
