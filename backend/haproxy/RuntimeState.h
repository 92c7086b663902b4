#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace hadesk::haproxy {

// A server of a backend as one HAProxy process sees it: "show stat" for traffic and health,
// "show servers state" for what the operator set (drain, maintenance, weight, checks).
struct Server
{
    QString backend;
    QString name;
    QString address;     // host:port
    QString status;      // UP, DOWN, DRAIN, MAINT, "no check", "UP 1/2", ...
    int weight = 0;      // effective
    int sessions = 0;    // current
    qint64 totalSessions = 0;
    int sessionRate = 0; // per second, over the last second
    QString checkStatus; // L7OK, L4CON, ...
    qint64 lastChangeSeconds = -1;
    qint64 downtimeSeconds = -1;
    // From "show servers state" (srv_admin_state, srv_op_state, srv_check_state); -1 unknown.
    int adminState = -1;
    int operationalState = -1;
    int checkState = -1;

    bool draining() const { return adminState > 0 && (adminState & 0x18); }
    bool inMaintenance() const { return adminState > 0 && (adminState & 0x67); }
    bool checksEnabled() const { return checkState < 0 || (checkState & 0x04); }
    // What the operator set, in words: "ready", "drain", "maint".
    QString adminText() const;
};

// A frontend or a backend with its servers.
struct Proxy
{
    enum class Kind { Frontend, Backend };
    QString name;
    Kind kind = Kind::Frontend;
    QString status; // OPEN, UP, DOWN, ...
    int sessions = 0;
    int sessionLimit = 0;
    qint64 totalSessions = 0;
    int sessionRate = 0;
    int requestRate = 0;  // HTTP requests per second (frontends)
    qint64 totalRequests = 0; // HTTP requests so far (frontends and backends in HTTP mode)
    QList<Server> servers; // backends only
};

// Everything one HAProxy process answered.
struct RuntimeState
{
    QMap<QString, QString> info; // "show info": Name, Version, Uptime_sec, CurrConns, ...
    QList<Proxy> frontends;
    QList<Proxy> backends;

    const Proxy* backend(const QString& name) const;
    const Server* server(const QString& backend, const QString& name) const;
};

// Readers of the runtime API's answers. Columns are found by their header names, so an HAProxy
// that adds or moves columns still reads; a reply without the expected header is an error (a
// permission refusal or an unknown command comes back as text, not as an exit code).
class RuntimeReader
{
    Q_DECLARE_TR_FUNCTIONS(hadesk::haproxy::RuntimeReader)

public:
    static bool readInfo(const QByteArray& text, RuntimeState* state, QString* error);
    // Frontends and backends with their servers; the stats listener's own proxy included.
    static bool readStat(const QByteArray& csv, RuntimeState* state, QString* error);
    // Adds the admin, operational and check states to servers already read from "show stat".
    static bool readServersState(const QByteArray& text, RuntimeState* state, QString* error);
    // The three answers together.
    static std::optional<RuntimeState> readAll(const QByteArray& info, const QByteArray& stat,
                                               const QByteArray& serversState, QString* error);
};

} // namespace hadesk::haproxy
