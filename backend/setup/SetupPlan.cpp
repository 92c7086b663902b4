#include "backend/setup/SetupPlan.h"

#include "backend/pacemaker/AgentMetadata.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace hadesk::setup {
namespace {

// Pacemaker ids and node names: what the CIB and corosync accept, and nothing a shell could read.
bool validId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]{0,62}$"));
    return pattern.match(id).hasMatch();
}

bool validSshHost(const QString& host)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.:@%-]{1,255}$"));
    return pattern.match(host).hasMatch() && !host.startsWith(u'-');
}

bool validParameterName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,62}$"));
    return pattern.match(name).hasMatch();
}

QMap<QString, QString> stringMap(const QJsonValue& value, const QString& where, QList<Refusal>* refusals)
{
    QMap<QString, QString> map;
    if (value.isUndefined() || value.isNull())
        return map;
    if (!value.isObject()) {
        refusals->append({where, SetupPlan::tr("must be an object of name: value")});
        return map;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!validParameterName(it.key()))
            refusals->append({where, SetupPlan::tr("\"%1\" is not a parameter name").arg(it.key())});
        else if (it->isString())
            map.insert(it.key(), it->toString());
        else if (it->isDouble())
            map.insert(it.key(), QString::number(it->toDouble()));
        else if (it->isBool())
            map.insert(it.key(), it->toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else
            refusals->append({where + u'.' + it.key(), SetupPlan::tr("must be a string, a number or true/false")});
    }
    return map;
}

// Full-line // comments, as `hadeskctl setup example` writes them, are not JSON.
QByteArray withoutComments(const QByteArray& text)
{
    QByteArray out;
    for (const QByteArray& line : text.split('\n'))
        out += line.trimmed().startsWith("//") ? QByteArray() : line + '\n';
    return out;
}

} // namespace

std::optional<TimingProfile> TimingProfile::named(const QString& name)
{
    if (name == u"default")
        return TimingProfile{name, 3000, 10, 20, 60, 15};
    // Token 1000 ms: a dead node noticed in about 2.2 s (3.6 s with three nodes); monitors and
    // fencing waits shortened to match, so the gain is not lost waiting for them.
    if (name == u"fast")
        return TimingProfile{name, 1000, 5, 20, 30, 5};
    return std::nullopt;
}

const QList<ServicePreset>& ServicePreset::all()
{
    // OpenStack's API services run under systemd on every control node behind HAProxy (stateless,
    // active/active); their ports are the services' registered ones.
    static const QList<ServicePreset> presets{
        {QStringLiteral("identity"), QStringLiteral("systemd:keystone"), 5000, QStringLiteral("/v3"),
         PlanService::Template::ActiveActive, QStringLiteral("Keystone, the identity API")},
        {QStringLiteral("image"), QStringLiteral("systemd:glance-api"), 9292, QStringLiteral("/healthcheck"),
         PlanService::Template::ActiveActive, QStringLiteral("Glance, the image API")},
        {QStringLiteral("compute-api"), QStringLiteral("systemd:nova-api"), 8774, QStringLiteral("/"),
         PlanService::Template::ActiveActive, QStringLiteral("Nova's compute API")},
        {QStringLiteral("network-api"), QStringLiteral("systemd:neutron-server"), 9696, QStringLiteral("/"),
         PlanService::Template::ActiveActive, QStringLiteral("Neutron's network API")},
        {QStringLiteral("dashboard"), QStringLiteral("systemd:apache2"), 80, QStringLiteral("/dashboard/"),
         PlanService::Template::ActiveActive, QStringLiteral("Horizon, the dashboard (Apache)")},
    };
    return presets;
}

const ServicePreset* ServicePreset::named(const QString& name)
{
    for (const ServicePreset& preset : all())
        if (preset.name == name)
            return &preset;
    return nullptr;
}

const PlanNode* SetupPlan::node(const QString& nodeName) const
{
    for (const PlanNode& n : nodes)
        if (n.name == nodeName)
            return &n;
    return nullptr;
}

const PlanVip* SetupPlan::vip(const QString& id) const
{
    for (const PlanVip& v : vips)
        if (v.id == id)
            return &v;
    return nullptr;
}

const PlanService* SetupPlan::service(const QString& serviceName) const
{
    for (const PlanService& s : services)
        if (s.name == serviceName)
            return &s;
    return nullptr;
}

QStringList SetupPlan::nodeNames() const
{
    QStringList names;
    for (const PlanNode& n : nodes)
        names << n.name;
    return names;
}

std::optional<SetupPlan> SetupPlan::fromFile(const QString& path, QList<Refusal>* refusals)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        refusals->append({path, tr("cannot read the plan: %1").arg(file.errorString())});
        return std::nullopt;
    }
    return fromJson(file.readAll(), refusals);
}

std::optional<SetupPlan> SetupPlan::fromJson(const QByteArray& json, QList<Refusal>* refusals)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(withoutComments(json), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        refusals->append({{}, error.error != QJsonParseError::NoError
                                  ? tr("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset)
                                  : tr("the plan must be a JSON object")});
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const int before = int(refusals->size());
    static const QSet<QString> known{QStringLiteral("cluster"), QStringLiteral("fencing"), QStringLiteral("vips"),
                                     QStringLiteral("haproxy"), QStringLiteral("storage"), QStringLiteral("services")};
    for (const QString& key : root.keys())
        if (!known.contains(key))
            refusals->append({key, tr("unknown key (known: cluster, fencing, vips, haproxy, storage, services)")});

    SetupPlan plan;
    const QJsonObject cluster = root.value(u"cluster").toObject();
    plan.name = cluster.value(u"name").toString();
    if (!validId(plan.name))
        refusals->append({QStringLiteral("cluster.name"), tr("a name of letters, digits, '-', '_' or '.' is needed")});
    plan.timing = cluster.value(u"timing").toString(QStringLiteral("default"));
    if (!TimingProfile::named(plan.timing))
        refusals->append({QStringLiteral("cluster.timing"), tr("\"%1\" is not a timing profile (default or fast)").arg(plan.timing)});
    plan.corosyncPort = cluster.value(u"port").toInt(5405);
    if (plan.corosyncPort < 1 || plan.corosyncPort > 65535)
        refusals->append({QStringLiteral("cluster.port"), tr("not a UDP port")});

    QSet<QString> names;
    QSet<QString> addresses;
    const QJsonArray nodes = cluster.value(u"nodes").toArray();
    for (int i = 0; i < nodes.size(); ++i) {
        const QJsonObject n = nodes.at(i).toObject();
        const QString where = QStringLiteral("cluster.nodes[%1]").arg(i);
        PlanNode node{n.value(u"name").toString(), n.value(u"ssh").toString(), {}, n.value(u"id").toInt(i + 1)};
        if (node.nodeId < 1)
            refusals->append({where + QStringLiteral(".id"), tr("a corosync nodeid is a positive number")});
        for (const PlanNode& earlier : std::as_const(plan.nodes))
            if (earlier.nodeId == node.nodeId)
                refusals->append({where + QStringLiteral(".id"), tr("nodeid %1 is %2's already").arg(node.nodeId).arg(earlier.name)});
        if (!validId(node.name))
            refusals->append({where + QStringLiteral(".name"), tr("\"%1\" is not a node name").arg(node.name)});
        else if (names.contains(node.name))
            refusals->append({where + QStringLiteral(".name"), tr("%1 is listed twice").arg(node.name)});
        names.insert(node.name);
        if (!node.ssh.isEmpty() && !validSshHost(node.ssh))
            refusals->append({where + QStringLiteral(".ssh"), tr("\"%1\" is not a host to connect to").arg(node.ssh)});
        const QJsonArray links = n.value(u"links").toArray();
        for (int l = 0; l < links.size(); ++l) {
            const QString text = links.at(l).toString();
            const QHostAddress address(text);
            if (address.isNull() || address.protocol() != QAbstractSocket::IPv4Protocol)
                refusals->append({where + QStringLiteral(".links[%1]").arg(l), tr("\"%1\" is not an IPv4 address").arg(text)});
            else if (addresses.contains(address.toString()))
                refusals->append({where + QStringLiteral(".links[%1]").arg(l), tr("%1 is used twice").arg(text)});
            addresses.insert(address.toString());
            node.links << address.toString();
        }
        if (node.links.isEmpty() || node.links.size() > 8)
            refusals->append({where + QStringLiteral(".links"), tr("one to eight corosync link addresses are needed")});
        plan.nodes << node;
    }
    if (plan.nodes.size() < 2)
        refusals->append({QStringLiteral("cluster.nodes"), tr("a cluster needs at least two nodes")});
    if (plan.nodes.size() > 32)
        refusals->append({QStringLiteral("cluster.nodes"), tr("more than 32 nodes: corosync does not support it")});
    for (const PlanNode& node : std::as_const(plan.nodes))
        if (node.links.size() != plan.linkCount())
            refusals->append({QStringLiteral("cluster.nodes"),
                              tr("%1 has %2 links, %3 has %4: every node needs the same links")
                                  .arg(node.name).arg(node.links.size()).arg(plan.nodes.first().name).arg(plan.linkCount())});
    const QJsonObject fencing = root.value(u"fencing").toObject();
    plan.fencing.disabled = fencing.value(u"enabled").toBool(true) == false;
    plan.fencing.agent = fencing.value(u"agent").toString();
    plan.fencing.parameters = stringMap(fencing.value(u"parameters"), QStringLiteral("fencing.parameters"), refusals);
    const QJsonValue test = fencing.value(u"test");
    plan.fencing.allowUntested = test.isBool() && !test.toBool();
    plan.fencing.testNode = test.isString() ? test.toString() : QString();
    if (!plan.fencing.disabled) {
        if (!pcmk::AgentMetadata::isValidAgent(QStringLiteral("stonith:") + plan.fencing.agent))
            refusals->append({QStringLiteral("fencing.agent"), tr("a fence agent is needed (fence_ipmilan, say); "
                                                                  "\"enabled\": false only knowingly")});
        const QJsonObject devices = fencing.value(u"devices").toObject();
        for (auto it = devices.begin(); it != devices.end(); ++it) {
            if (!names.contains(it.key()))
                refusals->append({QStringLiteral("fencing.devices.") + it.key(), tr("not a node of the cluster")});
            plan.fencing.devices.insert(it.key(), stringMap(*it, QStringLiteral("fencing.devices.") + it.key(), refusals));
        }
        for (const PlanNode& node : std::as_const(plan.nodes))
            if (!devices.contains(node.name))
                refusals->append({QStringLiteral("fencing.devices"), tr("%1 has no fence device").arg(node.name)});
        if (!plan.fencing.allowUntested && !names.contains(plan.fencing.testNode))
            refusals->append({QStringLiteral("fencing.test"),
                              tr("the node to test-fence is needed (\"test\": false skips the test, unsafely)")});
    }

    QSet<QString> ids = names;
    for (const QString& node : std::as_const(names))
        ids << QStringLiteral("fence-") + node << QStringLiteral("loc-fence-") + node + QStringLiteral("-avoid");
    auto newId = [&](const QString& id, const QString& where) {
        if (!validId(id))
            refusals->append({where, tr("\"%1\" is not an id (letters, digits, '-', '_', '.')").arg(id)});
        else if (ids.contains(id))
            refusals->append({where, tr("%1 is used twice").arg(id)});
        ids.insert(id);
    };
    const QJsonArray vips = root.value(u"vips").toArray();
    QSet<QString> vipAddresses;
    for (int i = 0; i < vips.size(); ++i) {
        const QJsonObject v = vips.at(i).toObject();
        const QString where = QStringLiteral("vips[%1]").arg(i);
        PlanVip vip{v.value(u"id").toString(), QHostAddress(v.value(u"address").toString()), v.value(u"prefix").toInt(24),
                    v.value(u"interface").toString()};
        newId(vip.id, where + QStringLiteral(".id"));
        if (vip.address.isNull() || vip.address.protocol() != QAbstractSocket::IPv4Protocol)
            refusals->append({where + QStringLiteral(".address"), tr("\"%1\" is not an IPv4 address").arg(v.value(u"address").toString())});
        else if (vipAddresses.contains(vip.address.toString()) || addresses.contains(vip.address.toString()))
            refusals->append({where + QStringLiteral(".address"), tr("%1 is already used").arg(vip.address.toString())});
        vipAddresses.insert(vip.address.toString());
        if (vip.prefix < 1 || vip.prefix > 32)
            refusals->append({where + QStringLiteral(".prefix"), tr("a prefix length from 1 to 32 is needed")});
        if (!vip.interface.isEmpty() && !validParameterName(vip.interface))
            refusals->append({where + QStringLiteral(".interface"), tr("\"%1\" is not an interface name").arg(vip.interface)});
        plan.vips << vip;
    }

    const QJsonArray services = root.value(u"services").toArray();
    for (int i = 0; i < services.size(); ++i) {
        const QJsonObject s = services.at(i).toObject();
        const QString where = QStringLiteral("services[%1]").arg(i);
        PlanService service;
        service.name = s.value(u"name").toString();
        service.preset = s.value(u"preset").toString();
        if (!service.preset.isEmpty()) {
            if (const ServicePreset* preset = ServicePreset::named(service.preset)) {
                service.agent = preset->agent;
                service.port = preset->port;
                service.health = preset->health;
                service.kind = preset->kind;
            } else {
                refusals->append({where + QStringLiteral(".preset"), tr("\"%1\" is not a preset").arg(service.preset)});
            }
        }
        const QString kind = s.value(u"template").toString(
            service.kind == PlanService::Template::ActiveActive ? QStringLiteral("active-active") : QStringLiteral("active-standby"));
        if (kind == u"active-active")
            service.kind = PlanService::Template::ActiveActive;
        else if (kind == u"active-standby")
            service.kind = PlanService::Template::ActiveStandby;
        else
            refusals->append({where + QStringLiteral(".template"), tr("\"%1\" is not a template (active-standby, active-active)").arg(kind)});
        service.agent = s.value(u"agent").toString(service.agent);
        service.port = s.value(u"port").toInt(service.port);
        service.health = s.value(u"health").toString(service.health);
        service.vip = s.value(u"vip").toString();
        service.parameters = stringMap(s.value(u"parameters"), where + QStringLiteral(".parameters"), refusals);
        newId(service.name, where + QStringLiteral(".name"));
        // The ids the templates make from it are taken too (web and web-clone cannot both be services).
        if (service.kind == PlanService::Template::ActiveActive)
            newId(service.name + QStringLiteral("-clone"), where + QStringLiteral(".name"));
        if (!pcmk::AgentMetadata::isValidAgent(service.agent))
            refusals->append({where + QStringLiteral(".agent"), tr("\"%1\" is not an agent (ocf:provider:type, systemd:unit...)").arg(service.agent)});
        if (service.port < 0 || service.port > 65535)
            refusals->append({where + QStringLiteral(".port"), tr("not a TCP port")});
        if (!service.health.startsWith(u'/') || service.health.contains(QRegularExpression(QStringLiteral("\\s"))))
            refusals->append({where + QStringLiteral(".health"), tr("an HTTP path such as /health is needed")});
        if (!service.vip.isEmpty() && !plan.vip(service.vip))
            refusals->append({where + QStringLiteral(".vip"), tr("no VIP %1 in vips").arg(service.vip)});
        if (!service.vip.isEmpty() && service.kind == PlanService::Template::ActiveActive)
            refusals->append({where + QStringLiteral(".vip"), tr("an active/active service is reached through a frontend, not a VIP of its own")});
        plan.services << service;
    }

    const QJsonObject haproxy = root.value(u"haproxy").toObject();
    plan.haproxyAgent = haproxy.value(u"agent").toString(plan.haproxyAgent);
    if (!pcmk::AgentMetadata::isValidAgent(plan.haproxyAgent))
        refusals->append({QStringLiteral("haproxy.agent"), tr("\"%1\" is not an agent").arg(plan.haproxyAgent)});
    for (const QString& reserved : {QStringLiteral("haproxy"), QStringLiteral("haproxy-clone")})
        if (ids.contains(reserved))
            refusals->append({{}, tr("%1 is the id of HAProxy's clone: name it otherwise").arg(reserved)});
    const QJsonArray frontends = haproxy.value(u"frontends").toArray();
    QSet<QString> binds;
    for (int i = 0; i < frontends.size(); ++i) {
        const QJsonObject f = frontends.at(i).toObject();
        const QString where = QStringLiteral("haproxy.frontends[%1]").arg(i);
        PlanFrontend frontend{f.value(u"name").toString(), f.value(u"vip").toString(), f.value(u"port").toInt(),
                              f.value(u"service").toString()};
        newId(frontend.name, where + QStringLiteral(".name"));
        if (!plan.vip(frontend.vip))
            refusals->append({where + QStringLiteral(".vip"), tr("no VIP %1 in vips").arg(frontend.vip)});
        if (frontend.port < 1 || frontend.port > 65535)
            refusals->append({where + QStringLiteral(".port"), tr("not a TCP port")});
        const QString bind = frontend.vip + u':' + QString::number(frontend.port);
        if (binds.contains(bind))
            refusals->append({where, tr("%1 port %2 is bound twice").arg(frontend.vip).arg(frontend.port)});
        binds.insert(bind);
        const PlanService* service = plan.service(frontend.service);
        if (!service)
            refusals->append({where + QStringLiteral(".service"), tr("no service %1 in services").arg(frontend.service)});
        else if (service->port == 0)
            refusals->append({where + QStringLiteral(".service"), tr("%1 has no port for HAProxy to reach").arg(service->name)});
        plan.frontends << frontend;
    }
    if (root.contains(u"storage")) {
        plan.hasStorage = true;
        refusals->append({QStringLiteral("storage"), tr("DRBD storage in a setup plan is not supported yet: set it up "
                                                        "with hadeskctl drbd once the cluster runs")});
    }
    // Whether a VIP lies on a segment the nodes have is for the host checks: the plan cannot tell.
    if (refusals->size() > before)
        return std::nullopt;
    return plan;
}

QString SetupPlan::digest() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(toJson()).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

QJsonObject SetupPlan::toJson() const
{
    auto map = [](const QMap<QString, QString>& m) {
        QJsonObject o;
        for (auto it = m.begin(); it != m.end(); ++it)
            o.insert(it.key(), *it);
        return o;
    };
    QJsonArray nodeArray;
    for (const PlanNode& n : nodes) {
        QJsonObject o{{QStringLiteral("name"), n.name}, {QStringLiteral("links"), QJsonArray::fromStringList(n.links)}};
        if (!n.ssh.isEmpty())
            o.insert(QStringLiteral("ssh"), n.ssh);
        if (n.nodeId != nodeArray.size() + 1)
            o.insert(QStringLiteral("id"), n.nodeId);
        nodeArray << o;
    }
    QJsonObject cluster{{QStringLiteral("name"), name}, {QStringLiteral("timing"), timing}, {QStringLiteral("nodes"), nodeArray}};
    if (corosyncPort != 5405)
        cluster.insert(QStringLiteral("port"), corosyncPort);
    QJsonObject fence;
    if (fencing.disabled) {
        fence.insert(QStringLiteral("enabled"), false);
    } else {
        fence.insert(QStringLiteral("agent"), fencing.agent);
        fence.insert(QStringLiteral("parameters"), map(fencing.parameters));
        QJsonObject devices;
        for (auto it = fencing.devices.begin(); it != fencing.devices.end(); ++it)
            devices.insert(it.key(), map(*it));
        fence.insert(QStringLiteral("devices"), devices);
        fence.insert(QStringLiteral("test"), fencing.allowUntested ? QJsonValue(false) : QJsonValue(fencing.testNode));
    }
    QJsonArray vipArray;
    for (const PlanVip& v : vips) {
        QJsonObject o{{QStringLiteral("id"), v.id}, {QStringLiteral("address"), v.address.toString()}, {QStringLiteral("prefix"), v.prefix}};
        if (!v.interface.isEmpty())
            o.insert(QStringLiteral("interface"), v.interface);
        vipArray << o;
    }
    QJsonArray frontendArray;
    for (const PlanFrontend& f : frontends)
        frontendArray << QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("vip"), f.vip},
                                     {QStringLiteral("port"), f.port}, {QStringLiteral("service"), f.service}};
    QJsonArray serviceArray;
    for (const PlanService& s : services) {
        QJsonObject o{{QStringLiteral("name"), s.name},
                      {QStringLiteral("template"), s.kind == PlanService::Template::ActiveActive ? QStringLiteral("active-active")
                                                                                                 : QStringLiteral("active-standby")},
                      {QStringLiteral("agent"), s.agent},
                      {QStringLiteral("port"), s.port},
                      {QStringLiteral("health"), s.health}};
        if (!s.preset.isEmpty())
            o.insert(QStringLiteral("preset"), s.preset);
        if (!s.parameters.isEmpty())
            o.insert(QStringLiteral("parameters"), map(s.parameters));
        if (!s.vip.isEmpty())
            o.insert(QStringLiteral("vip"), s.vip);
        serviceArray << o;
    }
    return {{QStringLiteral("cluster"), cluster},
            {QStringLiteral("fencing"), fence},
            {QStringLiteral("vips"), vipArray},
            {QStringLiteral("haproxy"), QJsonObject{{QStringLiteral("agent"), haproxyAgent}, {QStringLiteral("frontends"), frontendArray}}},
            {QStringLiteral("services"), serviceArray}};
}

QByteArray SetupPlan::example(const QStringList& hosts)
{
    QByteArray out;
    out += "// A starting plan for hadeskctl setup (schema: docs/setup.md). Lines starting with // are\n"
           "// comments. Fill in each node's corosync link addresses (link 0 first, ideally the\n"
           "// internal segment), the fence agent and its devices, the VIPs and the services, then\n"
           "// check it with: hadeskctl setup --dry-run PLAN\n";
    QJsonArray nodeArray;
    QJsonObject devices;
    for (const QString& host : hosts) {
        QString nodeName = host.section(u'.', 0, 0);
        if (!validId(nodeName))
            nodeName = QStringLiteral("node%1").arg(nodeArray.size() + 1);
        nodeArray << QJsonObject{{QStringLiteral("name"), nodeName},
                                 {QStringLiteral("ssh"), host},
                                 {QStringLiteral("links"), QJsonArray{QStringLiteral("LINK0-ADDRESS"), QStringLiteral("LINK1-ADDRESS")}}};
        devices.insert(nodeName, QJsonObject{{QStringLiteral("ipaddr"), QString(QStringLiteral("BMC-ADDRESS-OF-") + nodeName)}});
    }
    const QJsonObject plan{
        {QStringLiteral("cluster"), QJsonObject{{QStringLiteral("name"), QStringLiteral("mycluster")},
                                                {QStringLiteral("timing"), QStringLiteral("default")},
                                                {QStringLiteral("nodes"), nodeArray}}},
        {QStringLiteral("fencing"), QJsonObject{{QStringLiteral("agent"), QStringLiteral("fence_ipmilan")},
                                                {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("username"), QStringLiteral("admin")},
                                                                                           {QStringLiteral("password"), QStringLiteral("secret")},
                                                                                           {QStringLiteral("lanplus"), QStringLiteral("1")}}},
                                                {QStringLiteral("devices"), devices},
                                                {QStringLiteral("test"), nodeArray.isEmpty() ? QString() : nodeArray.last().toObject().value(u"name").toString()}}},
        {QStringLiteral("vips"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("vip-int")},
                                                        {QStringLiteral("address"), QStringLiteral("10.0.0.100")},
                                                        {QStringLiteral("prefix"), 24}}}},
        {QStringLiteral("haproxy"), QJsonObject{{QStringLiteral("frontends"),
                                                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("identity-int")},
                                                                        {QStringLiteral("vip"), QStringLiteral("vip-int")},
                                                                        {QStringLiteral("port"), 5000},
                                                                        {QStringLiteral("service"), QStringLiteral("identity")}}}}}},
        {QStringLiteral("services"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("identity")},
                                                            {QStringLiteral("preset"), QStringLiteral("identity")},
                                                            {QStringLiteral("port"), 5001}}}},
    };
    out += QJsonDocument(plan).toJson(QJsonDocument::Indented);
    return out;
}

} // namespace hadesk::setup
