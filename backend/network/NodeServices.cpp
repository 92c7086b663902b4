#include "backend/network/NodeServices.h"

#include "ssh/SshTypes.h"


#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <memory>

namespace hadesk::net {
namespace {

// Section markers no HAProxy configuration or ss line starts with.
constexpr QLatin1String kListenersMark("@@hadesk listeners");
constexpr QLatin1String kLinksMark("@@hadesk corosync");
constexpr QLatin1String kHaproxyMark("@@hadesk haproxy");
constexpr QLatin1String kDrbdMark("@@hadesk drbd");
constexpr QLatin1String kKnetMark("@@hadesk knet");
constexpr QLatin1String kVersionMark("@@hadesk corosync-version");
constexpr QLatin1String kPacemakerVersionMark("@@hadesk pacemaker-version");

const char* const kScript = R"SH(echo '@@hadesk listeners'
ss -Hltnp 2>/dev/null
echo '@@hadesk corosync'
corosync-cmapctl -b nodelist 2>/dev/null
echo '@@hadesk haproxy'
cat /etc/haproxy/haproxy.cfg 2>/dev/null
echo '@@hadesk drbd'
command -v drbdadm >/dev/null 2>&1 && drbdadm dump-xml 2>/dev/null
echo '@@hadesk knet'
corosync-cfgtool -n 2>/dev/null
echo '@@hadesk corosync-version'
command -v corosync >/dev/null 2>&1 && corosync -v 2>/dev/null | head -n 1
echo '@@hadesk pacemaker-version'
command -v pacemakerd >/dev/null 2>&1 && pacemakerd --version 2>/dev/null | head -n 1
exit 0)SH";

// "0.0.0.0", "::", "*" and "" all mean every address; brackets and "%iface" scopes go.
QString plainAddress(QString address)
{
    if (address.startsWith(u'[') && address.endsWith(u']'))
        address = address.mid(1, address.size() - 2);
    address = address.section(u'%', 0, 0);
    if (address == u"0.0.0.0" || address == u"::" || address == u"*")
        return {};
    return address;
}

// "ADDR:PORT", "[V6]:PORT", ":PORT", "*:PORT", "ipv4@ADDR:PORT", "ADDR:PORT-PORT".
std::optional<Endpoint> endpointOf(QString text)
{
    const int family = int(text.indexOf(u'@'));
    if (family >= 0) {
        const QString prefix = text.left(family);
        if (prefix != u"ipv4" && prefix != u"ipv6" && prefix != u"tcp" && prefix != u"tcp4" && prefix != u"tcp6")
            return std::nullopt; // unix@, abns@, fd@, sockpair@, quic4@: not a TCP address
        text = text.mid(family + 1);
    }
    const int colon = int(text.lastIndexOf(u':'));
    if (colon < 0)
        return std::nullopt;
    bool ok = false;
    const int port = text.mid(colon + 1).section(u'-', 0, 0).toInt(&ok);
    if (!ok || port <= 0 || port > 65535)
        return std::nullopt;
    return Endpoint{plainAddress(text.left(colon)), port};
}

// "server NAME ADDR[:PORT]": "198.18.0.11:8080", "node1", "[2001:db8::1]:80", "2001:db8::1"; the
// port may be missing or an offset (+1, -1).
QString serverAddress(const QString& text)
{
    if (text.startsWith(u'['))
        return text.mid(1).section(u']', 0, 0);
    return text.count(u':') == 1 ? text.section(u':', 0, 0) : text;
}

QStringList sectionLines(const QByteArray& output, QLatin1String mark)
{
    QStringList lines;
    bool inside = false;
    for (const QByteArray& raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QLatin1String("@@hadesk "))) {
            inside = line == mark;
            continue;
        }
        if (inside)
            lines << line;
    }
    return lines;
}

QByteArray joined(const QStringList& lines)
{
    return lines.join(u'\n').toUtf8();
}

} // namespace

QList<Listener> ServiceReader::readListeners(const QByteArray& ssOutput)
{
    static const QRegularExpression process(QStringLiteral("users:\\(\\(\"([^\"]+)\""));
    QList<Listener> listeners;
    for (const QByteArray& raw : ssOutput.split('\n')) {
        const QStringList fields = QString::fromUtf8(raw).simplified().split(u' ', Qt::SkipEmptyParts);
        // State Recv-Q Send-Q Local:Port Peer:Port [Process]
        if (fields.size() < 5 || fields.at(0) != u"LISTEN")
            continue;
        const auto local = endpointOf(fields.at(3));
        if (!local)
            continue;
        Listener listener{local->address, local->port, {}};
        if (fields.size() > 5)
            listener.process = process.match(fields.at(5)).captured(1);
        listeners.append(listener);
    }
    return listeners;
}

QList<ClusterLink> ServiceReader::readClusterLinks(const QByteArray& cmapOutput)
{
    // nodelist.node.0.name (str) = node1
    // nodelist.node.0.ring1_addr (str) = 198.19.0.11
    static const QRegularExpression line(
        QStringLiteral("^nodelist\\.node\\.(\\d+)\\.(name|ring(\\d+)_addr) \\(\\w+\\) = (\\S+)$"));
    QMap<int, QString> names;
    QMap<int, QList<ClusterLink>> links;
    for (const QByteArray& raw : cmapOutput.split('\n')) {
        const auto match = line.match(QString::fromUtf8(raw).trimmed());
        if (!match.hasMatch())
            continue;
        const int index = match.captured(1).toInt();
        if (match.captured(2) == u"name")
            names.insert(index, match.captured(4));
        else
            links[index].append({{}, match.captured(3).toInt(), match.captured(4)});
    }
    QList<ClusterLink> all;
    for (auto it = links.begin(); it != links.end(); ++it) {
        for (ClusterLink& link : it.value()) {
            // A nodelist without names knows its nodes by their first address.
            link.node = names.value(it.key(), it.value().first().address);
            all.append(link);
        }
    }
    return all;
}

QList<ProxyFrontend> ServiceReader::readFrontends(const QByteArray& haproxyConfig)
{
    static const QStringList sectionKeywords{
        QStringLiteral("global"),  QStringLiteral("defaults"),  QStringLiteral("frontend"),
        QStringLiteral("backend"), QStringLiteral("listen"),    QStringLiteral("peers"),
        QStringLiteral("resolvers"), QStringLiteral("userlist"), QStringLiteral("program"),
        QStringLiteral("mailers"), QStringLiteral("cache"),     QStringLiteral("http-errors"),
        QStringLiteral("ring"),    QStringLiteral("crt-store")};
    struct Section
    {
        QString kind, name;
        QList<Endpoint> binds;
        QStringList backends; // default_backend, use_backend
        QStringList servers;
    };
    QList<Section> sections;
    for (const QByteArray& raw : haproxyConfig.split('\n')) {
        const QStringList words = QString::fromUtf8(raw).section(u'#', 0, 0).simplified().split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        if (sectionKeywords.contains(words.first())) {
            sections.append({words.first(), words.value(1), {}, {}, {}});
            continue;
        }
        if (sections.isEmpty())
            continue;
        Section& section = sections.last();
        const QString& keyword = words.first();
        if (keyword == u"bind" && words.size() > 1) {
            for (const QString& address : words.at(1).split(u',', Qt::SkipEmptyParts)) {
                if (const auto endpoint = endpointOf(address))
                    section.binds.append(*endpoint);
            }
        } else if ((keyword == u"default_backend" || keyword == u"use_backend") && words.size() > 1) {
            section.backends << words.at(1);
        } else if (keyword == u"server" && words.size() > 2) {
            section.servers << serverAddress(words.at(2));
        }
    }
    QHash<QString, QStringList> serversOf;
    for (const Section& section : std::as_const(sections)) {
        if (section.kind == u"backend" || section.kind == u"listen")
            serversOf.insert(section.name, section.servers);
    }
    QList<ProxyFrontend> frontends;
    for (const Section& section : std::as_const(sections)) {
        if (section.kind != u"frontend" && section.kind != u"listen")
            continue;
        ProxyFrontend frontend{section.name, section.binds, section.servers,
                               section.kind == u"listen" ? QStringList{section.name} : section.backends};
        for (const QString& backend : section.backends) {
            for (const QString& server : serversOf.value(backend)) {
                if (!frontend.serverAddresses.contains(server))
                    frontend.serverAddresses << server;
            }
        }
        frontends.append(frontend);
    }
    return frontends;
}

QList<ReplicationLink> ServiceReader::readReplicationLinks(const QByteArray& dumpXml)
{
    // <resource name="hafs"><host name="node1">...<address family="ipv4" port="7789">198.18.0.11</address>
    // The <connection> elements repeat the hosts' addresses: only the hosts are read.
    QList<ReplicationLink> links;
    QXmlStreamReader xml(dumpXml);
    QStringList path; // the open elements
    QString resource, host;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            path.removeLast();
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        const QString parent = path.value(path.size() - 1);
        if (name == u"resource")
            resource = xml.attributes().value(QLatin1String("name")).toString();
        if (name == u"host" && parent == u"resource")
            host = xml.attributes().value(QLatin1String("name")).toString();
        if (name == u"address" && parent == u"host" && path.value(path.size() - 2) == u"resource") {
            const int port = xml.attributes().value(QLatin1String("port")).toInt();
            links.append({resource, host, xml.readElementText().trimmed(), port});
            continue; // readElementText has read its end
        }
        path << name;
    }
    return xml.hasError() ? QList<ReplicationLink>() : links;
}

QList<LinkStatus> ServiceReader::readLinkStatuses(const QString& node, const QByteArray& cfgtoolOutput,
                                                  const QByteArray& cmapOutput)
{
    // nodelist.node.1.nodeid (u32) = 2 / nodelist.node.1.name (str) = node2
    static const QRegularExpression cmap(QStringLiteral("^nodelist\\.node\\.(\\d+)\\.(name|nodeid) \\(\\w+\\) = (\\S+)$"));
    QMap<int, QString> nameAt, idAt;
    for (const QByteArray& raw : cmapOutput.split('\n')) {
        const auto match = cmap.match(QString::fromUtf8(raw).trimmed());
        if (match.hasMatch())
            (match.captured(2) == u"name" ? nameAt : idAt).insert(match.captured(1).toInt(), match.captured(3));
    }
    QHash<QString, QString> nameOf; // node id -> name
    for (auto it = idAt.cbegin(); it != idAt.cend(); ++it)
        nameOf.insert(it.value(), nameAt.value(it.key(), it.value()));

    // nodeid: 2 reachable
    //    LINK: 0 udp (198.18.0.11->198.18.0.12) enabled connected mtu: 1397
    static const QRegularExpression peer(QStringLiteral("^nodeid:\\s*(\\d+)\\b"));
    static const QRegularExpression link(QStringLiteral("^LINK:\\s*(\\d+)(?:\\s+\\w+)?\\s+\\(([^)]*)\\)(.*)$"));
    QList<LinkStatus> statuses;
    QString current;
    for (const QByteArray& raw : cfgtoolOutput.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (const auto match = peer.match(line); match.hasMatch()) {
            current = nameOf.value(match.captured(1), match.captured(1));
            continue;
        }
        const auto match = link.match(line);
        if (!match.hasMatch() || current.isEmpty())
            continue;
        const QStringList ends = match.captured(2).split(QStringLiteral("->"));
        const QStringList flags = match.captured(3).split(u' ', Qt::SkipEmptyParts);
        statuses.append({node, current, match.captured(1).toInt(), ends.value(0).trimmed(), ends.value(1).trimmed(),
                         flags.contains(QLatin1String("enabled")), flags.contains(QLatin1String("connected"))});
    }
    return statuses;
}

QString ServiceReader::readCorosyncVersion(const QByteArray& output)
{
    // Corosync Cluster Engine, version '3.1.7'
    static const QRegularExpression version(QStringLiteral("version '([^']+)'"));
    return version.match(QString::fromUtf8(output)).captured(1);
}

QString ServiceReader::readPacemakerVersion(const QByteArray& output)
{
    // Pacemaker 2.1.5
    static const QRegularExpression version(QStringLiteral("^Pacemaker (\\d\\S*)"));
    return version.match(QString::fromUtf8(output).trimmed()).captured(1);
}

QStringList ServiceReader::command()
{
    return {QStringLiteral("sh"), QStringLiteral("-c"), QLatin1String(kScript)};
}

NodeServices ServiceReader::read(const QString& node, const QByteArray& output)
{
    const QByteArray nodelist = joined(sectionLines(output, kLinksMark));
    return {node,
            readListeners(joined(sectionLines(output, kListenersMark))),
            readClusterLinks(nodelist),
            readFrontends(joined(sectionLines(output, kHaproxyMark))),
            readReplicationLinks(joined(sectionLines(output, kDrbdMark))),
            readLinkStatuses(node, joined(sectionLines(output, kKnetMark)), nodelist),
            readCorosyncVersion(joined(sectionLines(output, kVersionMark))),
            readPacemakerVersion(joined(sectionLines(output, kPacemakerVersionMark)))};
}

ssh::JobOptions ServiceReader::jobOptions()
{
    ssh::JobOptions options;
    options.asRoot = true;
    options.timeoutMs = 20000;
    return options;
}

std::optional<KnownService> ServiceReader::knownService(int port)
{
    // The seeds' split: the dashboard on the external network, the data-heavy APIs and the
    // control plane's own plumbing on the internal one. Ports that serve both (Keystone's 5000)
    // are left out: either place is right.
    static const QHash<int, KnownService> known{
        {80, {QStringLiteral("HTTP (dashboard)"), QStringLiteral("external")}},
        {443, {QStringLiteral("HTTPS (dashboard)"), QStringLiteral("external")}},
        {6080, {QStringLiteral("noVNC console proxy"), QStringLiteral("external")}},
        {3306, {QStringLiteral("MySQL/Galera"), QStringLiteral("internal")}},
        {4444, {QStringLiteral("Galera state transfer"), QStringLiteral("internal")}},
        {4567, {QStringLiteral("Galera replication"), QStringLiteral("internal")}},
        {4568, {QStringLiteral("Galera incremental transfer"), QStringLiteral("internal")}},
        {5672, {QStringLiteral("RabbitMQ"), QStringLiteral("internal")}},
        {25672, {QStringLiteral("RabbitMQ clustering"), QStringLiteral("internal")}},
        {11211, {QStringLiteral("memcached"), QStringLiteral("internal")}},
        {35357, {QStringLiteral("Keystone admin API"), QStringLiteral("internal")}},
        {9292, {QStringLiteral("Glance image API"), QStringLiteral("internal")}},
        {8774, {QStringLiteral("Nova compute API"), QStringLiteral("internal")}},
        {8778, {QStringLiteral("Placement API"), QStringLiteral("internal")}},
        {9696, {QStringLiteral("Neutron network API"), QStringLiteral("internal")}},
        {8776, {QStringLiteral("Cinder volume API"), QStringLiteral("internal")}},
        {2224, {QStringLiteral("pcsd"), QStringLiteral("internal")}},
        {7789, {QStringLiteral("DRBD replication"), QStringLiteral("internal")}},
    };
    const auto it = known.constFind(port);
    if (it == known.cend())
        return std::nullopt;
    return *it;
}

} // namespace hadesk::net
