#include "backend/drbd/DrbdState.h"

#include <QHash>
#include <QRegularExpression>

#include <type_traits>

namespace hadesk::drbd {
namespace {

using Fields = QHash<QString, QString>;

// "key:value key:value ...": values have no spaces in events2 (names are restricted by DRBD).
std::optional<Fields> fieldsOf(const QList<QByteArray>& words, QString* error)
{
    Fields fields;
    for (const QByteArray& word : words) {
        const qsizetype colon = word.indexOf(':');
        if (colon <= 0) {
            *error = Events2Parser::tr("\"%1\" is not a key:value field").arg(QString::fromUtf8(word));
            return std::nullopt;
        }
        // DRBD 9 paths carry addresses ("local:ipv4:10.0.0.1:7789"): the value is all after the first colon.
        fields.insert(QString::fromUtf8(word.left(colon)), QString::fromUtf8(word.mid(colon + 1)));
    }
    return fields;
}

// Reads the numbers first, so a bad one refuses the line before anything is changed.
class NumberReader
{
public:
    NumberReader(const Fields& fields, QString* error)
        : m_fields(fields)
        , m_error(error)
    {
    }
    // The field's value, or the fallback when absent; a value that is no number sets ok false.
    qint64 get(const QString& key, qint64 fallback) { return read<qint64>(key).value_or(fallback); }
    std::optional<double> getDouble(const QString& key) { return read<double>(key); }
    bool ok() const { return m_ok; }

private:
    template<typename Number>
    std::optional<Number> read(const QString& key)
    {
        const auto it = m_fields.constFind(key);
        if (it == m_fields.constEnd())
            return std::nullopt;
        bool valid = false;
        const Number value = std::is_floating_point_v<Number> ? Number(it->toDouble(&valid))
                                                              : Number(it->toLongLong(&valid));
        if (!valid && m_ok) {
            m_ok = false;
            *m_error = Events2Parser::tr("%1:%2 is not a number").arg(key, *it);
        }
        return value;
    }

    const Fields& m_fields;
    QString* m_error;
    bool m_ok = true;
};

void setText(const Fields& fields, const QString& key, QString& target)
{
    if (const auto it = fields.constFind(key); it != fields.constEnd())
        target = *it;
}

std::optional<bool> yesNo(const Fields& fields, const QString& key, std::optional<bool> current)
{
    const auto it = fields.constFind(key);
    return it == fields.constEnd() ? current : std::optional<bool>(*it == u"yes");
}

template<typename T, typename Match>
T* findIn(QList<T>& list, Match match)
{
    for (T& item : list)
        if (match(item))
            return &item;
    return nullptr;
}

template<typename T, typename Match>
T& findOrAdd(QList<T>& list, Match match)
{
    if (T* found = findIn(list, match))
        return *found;
    list.append(T{});
    return list.last();
}

} // namespace

bool PeerDevice::isResync() const
{
    static const QStringList states{QStringLiteral("SyncSource"),    QStringLiteral("SyncTarget"),
                                    QStringLiteral("PausedSyncS"),   QStringLiteral("PausedSyncT"),
                                    QStringLiteral("StartingSyncS"), QStringLiteral("StartingSyncT"),
                                    QStringLiteral("WFBitMapS"),     QStringLiteral("WFBitMapT"),
                                    QStringLiteral("WFSyncUUID")};
    return states.contains(replication);
}

bool PeerDevice::isVerify() const
{
    return replication == u"VerifyS" || replication == u"VerifyT";
}

const PeerDevice* Connection::peerDevice(int volume) const
{
    for (const PeerDevice& p : peerDevices)
        if (p.volume == volume)
            return &p;
    return nullptr;
}

const Device* Resource::device(int volume) const
{
    for (const Device& d : devices)
        if (d.volume == volume)
            return &d;
    return nullptr;
}

const Resource* NodeState::resource(const QString& name) const
{
    for (const Resource& r : resources)
        if (r.name == name)
            return &r;
    return nullptr;
}

void Events2Parser::reset()
{
    m_state = {};
    m_snapshotDone = false;
}

void Events2Parser::mergeStatistics(const NodeState& status)
{
    for (Resource& r : m_state.resources) {
        const Resource* other = status.resource(r.name);
        if (!other)
            continue;
        for (Connection& c : r.connections) {
            for (const Connection& oc : other->connections) {
                if (oc.peerNodeId != c.peerNodeId)
                    continue;
                for (PeerDevice& p : c.peerDevices) {
                    if (const PeerDevice* op = oc.peerDevice(p.volume)) {
                        p.outOfSyncKiB = op->outOfSyncKiB;
                        p.sentKiB = op->sentKiB;
                        p.receivedKiB = op->receivedKiB;
                        p.donePercent = p.isResync() || p.isVerify() ? op->donePercent : std::nullopt;
                    }
                }
            }
        }
    }
}

bool Events2Parser::apply(const QByteArray& rawLine, QString* error)
{
    QString ignored;
    QString& why = error ? *error : ignored;
    const QByteArray line = rawLine.trimmed();
    if (line.isEmpty())
        return true;
    const QList<QByteArray> words = line.split(' ');
    const QByteArray event = words.value(0), object = words.value(1);
    static const QList<QByteArray> events{"exists", "create", "change", "destroy", "call", "response", "rename"};
    if (!events.contains(event) || object.isEmpty()) {
        why = tr("not an events2 line: %1").arg(QString::fromUtf8(line.left(120)));
        return false;
    }
    if (event == "exists" && object == "-") {
        m_snapshotDone = true;
        return true;
    }
    const auto fields = fieldsOf(words.mid(2), &why);
    if (!fields)
        return false;
    const QString name = fields->value(QStringLiteral("name"));
    if (name.isEmpty()) {
        why = tr("no resource name in: %1").arg(QString::fromUtf8(line.left(120)));
        return false;
    }
    NumberReader numbers(*fields, &why);
    const int volume = int(numbers.get(QStringLiteral("volume"), 0));
    const int peerNodeId = int(numbers.get(QStringLiteral("peer-node-id"), -1));
    const int minor = int(numbers.get(QStringLiteral("minor"), -1));
    if (!numbers.ok())
        return false;

    auto sameResource = [&](const Resource& r) { return r.name == name; };
    auto sameConnection = [&](const Connection& c) { return c.peerNodeId == peerNodeId; };
    auto sameVolume = [&](const auto& v) { return v.volume == volume; };

    if (event == "call" || event == "response") {
        // Helpers the kernel runs; the split-brain one is the only record of a split brain a
        // stream gets on DRBD 8.4 (the connection just goes StandAlone).
        if (event == "call" && object == "helper" && fields->value(QStringLiteral("helper")) == u"split-brain")
            if (Resource* r = findIn(m_state.resources, sameResource))
                r->splitBrain = true;
        return true;
    }
    if (event == "rename") {
        if (Resource* r = findIn(m_state.resources, sameResource))
            setText(*fields, QStringLiteral("new_name"), r->name);
        return true;
    }
    if (event == "destroy") {
        if (object == "resource") {
            m_state.resources.removeIf(sameResource);
        } else if (Resource* r = findIn(m_state.resources, sameResource)) {
            if (object == "connection")
                r->connections.removeIf(sameConnection);
            else if (object == "device")
                r->devices.removeIf(sameVolume);
            else if (object == "peer-device")
                if (Connection* c = findIn(r->connections, sameConnection))
                    c->peerDevices.removeIf(sameVolume);
        }
        return true;
    }

    // exists, create, change: a change carries only the fields that changed.
    if (object == "resource") {
        Resource& r = findOrAdd(m_state.resources, sameResource);
        r.name = name;
        setText(*fields, QStringLiteral("role"), r.role);
        setText(*fields, QStringLiteral("suspended"), r.suspended);
        r.mayPromote = yesNo(*fields, QStringLiteral("may_promote"), r.mayPromote);
        return true;
    }
    if (object != "connection" && object != "device" && object != "peer-device")
        return true; // path, and whatever a later DRBD adds
    if (object != "device" && peerNodeId < 0) {
        why = tr("no peer-node-id in: %1").arg(QString::fromUtf8(line.left(120)));
        return false;
    }
    const qint64 size = numbers.get(QStringLiteral("size"), -1);
    const qint64 outOfSync = numbers.get(QStringLiteral("out-of-sync"), -1);
    const qint64 sent = numbers.get(QStringLiteral("sent"), -1);
    const qint64 received = numbers.get(QStringLiteral("received"), -1);
    const std::optional<double> done = numbers.getDouble(QStringLiteral("done"));
    if (!numbers.ok())
        return false;
    // A change may come for an object whose "exists" line was lost (a stream joined late): it
    // is added with what the line says.
    Resource& r = findOrAdd(m_state.resources, sameResource);
    r.name = name;
    if (object == "device") {
        Device& d = findOrAdd(r.devices, sameVolume);
        d.volume = volume;
        if (minor >= 0)
            d.minor = minor;
        setText(*fields, QStringLiteral("disk"), d.disk);
        setText(*fields, QStringLiteral("blocked"), d.blocked);
        if (size >= 0)
            d.sizeKiB = size;
        d.quorum = yesNo(*fields, QStringLiteral("quorum"), d.quorum);
        d.client = yesNo(*fields, QStringLiteral("client"), d.client).value_or(false);
        return true;
    }
    Connection& c = findOrAdd(r.connections, sameConnection);
    c.peerNodeId = peerNodeId;
    setText(*fields, QStringLiteral("conn-name"), c.name);
    if (object == "connection") {
        setText(*fields, QStringLiteral("connection"), c.state);
        setText(*fields, QStringLiteral("role"), c.peerRole);
        c.congested = yesNo(*fields, QStringLiteral("congested"), c.congested).value_or(false);
        if (c.state == u"Connected")
            r.splitBrain = false;
        return true;
    }
    PeerDevice& p = findOrAdd(c.peerDevices, sameVolume);
    p.volume = volume;
    setText(*fields, QStringLiteral("replication"), p.replication);
    setText(*fields, QStringLiteral("peer-disk"), p.peerDisk);
    setText(*fields, QStringLiteral("resync-suspended"), p.resyncSuspended);
    if (outOfSync >= 0)
        p.outOfSyncKiB = outOfSync;
    if (sent >= 0)
        p.sentKiB = sent;
    if (received >= 0)
        p.receivedKiB = received;
    // Only a resync or verify has a "done"; afterwards it is stale.
    p.donePercent = done ? done : (p.isResync() || p.isVerify() ? p.donePercent : std::nullopt);
    return true;
}

std::optional<NodeState> Events2Parser::readSnapshot(const QByteArray& output, QString* error)
{
    Events2Parser parser;
    int number = 0;
    for (const QByteArray& line : output.split('\n')) {
        ++number;
        QString why;
        if (!parser.apply(line, &why)) {
            if (error)
                *error = tr("line %1: %2").arg(number).arg(why);
            return std::nullopt;
        }
        if (parser.hasSnapshot())
            return parser.state();
    }
    if (error)
        *error = tr("the DRBD state ends early (no \"exists -\" line): the output is cut short");
    return std::nullopt;
}

std::optional<NodeState> Events2Parser::readStatus(const QByteArray& output, QString* error)
{
    // The tree is turned into the events2 lines it stands for, one per object, so both outputs
    // are read by the same code. Deeper lines add fields to the object above; "drbdadm status"
    // (not verbose) leaves out "volume:" and "minor:" when there is one volume.
    //   hafs role:Secondary suspended:no              exists resource name:hafs ...
    //       write-ordering:flush                      (more fields of the object above)
    //     volume:0 minor:0 disk:UpToDate             exists device name:hafs volume:0 ...
    //     peer connection:Connected role:Primary      exists connection name:hafs peer-node-id:0 conn-name:peer ...
    //       volume:0 replication:Established ...      exists peer-device name:hafs peer-node-id:0 ...
    Events2Parser parser;
    QByteArray pending, resource, connectionKey;
    int connections = 0;
    int number = 0;
    const auto flush = [&](int lineNumber) {
        QString why;
        if (!pending.isEmpty() && !parser.apply(pending, &why)) {
            if (error)
                *error = tr("line %1: %2").arg(lineNumber).arg(why);
            return false;
        }
        pending.clear();
        return true;
    };
    for (const QByteArray& raw : output.split('\n')) {
        ++number;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype indent = raw.indexOf(line.front());
        const QByteArray first = line.left(line.indexOf(' ') < 0 ? line.size() : line.indexOf(' '));
        const bool named = !first.contains(':'); // a resource's or a connection's name opens the line
        QByteArray opens;
        if (indent == 0 && named) {
            resource = first;
            connections = 0;
            connectionKey.clear();
            opens = "exists resource name:" + resource + ' ' + line.mid(first.size() + 1).replace("node-id:", "local-node-id:");
        } else if (indent == 2 && named) {
            // DRBD 9 gives the peer's node-id; 8.4 has one peer and no ids.
            QByteArray rest = line.mid(first.size() + 1);
            QByteArray id = QByteArray::number(connections++);
            for (const QByteArray& word : rest.split(' '))
                if (word.startsWith("node-id:"))
                    id = word.mid(8);
            connectionKey = "peer-node-id:" + id + " conn-name:" + first;
            opens = "exists connection name:" + resource + ' ' + connectionKey + ' ' + rest;
        } else if (indent == 2) {
            // "volume:0 minor:0 disk:..." (verbose), or just "disk:..." with one volume
            opens = "exists device name:" + resource + ' ' + line;
            connectionKey.clear();
        } else if (indent == 4 && !connectionKey.isEmpty()) {
            opens = "exists peer-device name:" + resource + ' ' + connectionKey + ' ' + line;
        }
        if (!opens.isEmpty()) {
            if (!flush(number - 1))
                return std::nullopt;
            pending = opens;
        } else if (!pending.isEmpty()) {
            pending += ' ' + line;
        } else {
            if (error)
                *error = tr("line %1: not DRBD status output: %2").arg(number).arg(QString::fromUtf8(line.left(120)));
            return std::nullopt;
        }
    }
    if (!flush(number))
        return std::nullopt;
    return parser.state();
}

QStringList Events2Parser::unresolvedSplitBrains(const QByteArray& kernelLog, const NodeState& state)
{
    // 8.4: "block drbd0: Split-Brain detected but unresolved, dropping connection!" (by minor),
    // DRBD 9: "drbd r0/0 drbd1 nodeB: Split-Brain detected but unresolved, ..." (by name).
    static const QRegularExpression line(
        QStringLiteral(R"((?:block drbd(\d+)|drbd ([^ :/]+)[^:]*): Split-Brain detected(.*))"));
    QHash<QString, bool> latest;
    QStringList order;
    for (const QByteArray& raw : kernelLog.split('\n')) {
        const auto m = line.match(QString::fromUtf8(raw));
        if (!m.hasMatch())
            continue;
        QString resource = m.captured(2);
        if (resource.isEmpty()) {
            const int minor = m.captured(1).toInt();
            for (const Resource& r : state.resources)
                for (const Device& d : r.devices)
                    if (d.minor == minor)
                        resource = r.name;
        }
        if (resource.isEmpty())
            continue; // a minor that is gone
        if (!latest.contains(resource))
            order << resource;
        latest.insert(resource, m.captured(3).contains(u"unresolved"));
    }
    QStringList unresolved;
    for (const QString& resource : std::as_const(order))
        if (latest.value(resource))
            unresolved << resource;
    return unresolved;
}

} // namespace hadesk::drbd
