#include "backend/setup/SetupConfigs.h"

#include <QCoreApplication>

namespace hadesk::setup {
namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(SetupConfigs)
};

QString attr(const QString& value)
{
    return value.toHtmlEscaped();
}

// class:provider:type as the CIB spells it.
QString agentAttributes(const QString& agent)
{
    const QStringList parts = agent.split(u':');
    if (parts.size() == 3)
        return QStringLiteral("class=\"%1\" provider=\"%2\" type=\"%3\"").arg(attr(parts.at(0)), attr(parts.at(1)), attr(parts.at(2)));
    return QStringLiteral("class=\"%1\" type=\"%2\"").arg(attr(parts.value(0)), attr(parts.value(1)));
}

} // namespace

SetupConfigs::SetupConfigs(SetupPlan plan, QMap<QString, QString> vipInterfaces)
    : m_plan(std::move(plan))
    , m_vipInterfaces(std::move(vipInterfaces))
{
}

QByteArray SetupConfigs::corosyncConf() const
{
    const TimingProfile timing = m_plan.profile();
    QString out;
    out += QStringLiteral("# Written by HAdesk (hadeskctl setup) for cluster %1, timing profile \"%2\".\n"
                          "# Link 0 is preferred; the others carry the cluster when it fails.\n")
               .arg(m_plan.name, timing.name);
    out += QStringLiteral("totem {\n    version: 2\n    cluster_name: %1\n    transport: knet\n"
                          "    crypto_cipher: aes256\n    crypto_hash: sha256\n    ip_version: ipv4\n    token: %2\n")
               .arg(m_plan.name)
               .arg(timing.tokenMs);
    for (int link = 0; link < m_plan.linkCount(); ++link)
        out += QStringLiteral("    interface {\n        linknumber: %1\n        knet_link_priority: %2\n        mcastport: %3\n    }\n")
                   .arg(link)
                   .arg(m_plan.linkCount() - link)
                   .arg(m_plan.corosyncPort);
    out += QStringLiteral("}\n\nnodelist {\n");
    for (int i = 0; i < m_plan.nodes.size(); ++i) {
        const PlanNode& node = m_plan.nodes.at(i);
        out += QStringLiteral("    node {\n        name: %1\n        nodeid: %2\n").arg(node.name).arg(node.nodeId);
        for (int link = 0; link < node.links.size(); ++link)
            out += QStringLiteral("        ring%1_addr: %2\n").arg(link).arg(node.links.at(link));
        out += QStringLiteral("    }\n");
    }
    out += QStringLiteral("}\n\nquorum {\n    provider: corosync_votequorum\n");
    // Two nodes have no majority when one is lost: two_node keeps the survivor quorate (and
    // implies wait_for_all, so a node booting alone does not start services).
    if (m_plan.nodes.size() == 2)
        out += QStringLiteral("    two_node: 1\n");
    out += QStringLiteral("}\n\nlogging {\n    to_logfile: yes\n    logfile: /var/log/corosync/corosync.log\n"
                          "    to_syslog: yes\n    timestamp: on\n}\n");
    return out.toUtf8();
}

QByteArray SetupConfigs::haproxyCfg() const
{
    const TimingProfile timing = m_plan.profile();
    // The health check notices a dead server within fall * inter.
    const QString check = timing.name == u"fast" ? QStringLiteral("check inter 1s fall 2 rise 1")
                                                 : QStringLiteral("check inter 2s fall 3 rise 2");
    QString out = QStringLiteral(
                      "# Written by HAdesk (hadeskctl setup) for cluster %1. HAProxy runs on every node (a clone) and\n"
                      "# binds the VIPs with ip_nonlocal_bind: only the VIP's holder receives their traffic.\n"
                      "global\n\tlog /dev/log local0\n\tchroot /var/lib/haproxy\n"
                      "\tstats socket /run/haproxy/admin.sock mode 660 level admin expose-fd listeners\n"
                      "\tstats timeout 30s\n\tuser haproxy\n\tgroup haproxy\n\tdaemon\n\n"
                      "defaults\n\tlog global\n\tmode http\n\toption httplog\n\toption dontlognull\n"
                      "\ttimeout connect 2s\n\ttimeout client 30s\n\ttimeout server 30s\n"
                      // A server is taken for up until fall checks have failed (after a start, or
                      // before the check has seen it stop): a refused connection then goes to the
                      // next server on every retry instead of answering the client 503. An
                      // active/standby service has one server up of all the nodes'.
                      "\tretries 3\n\toption redispatch 1\n")
                      .arg(m_plan.name);
    QStringList backends;
    for (const PlanFrontend& frontend : m_plan.frontends) {
        const PlanVip* vip = m_plan.vip(frontend.vip);
        out += QStringLiteral("\nfrontend %1\n\tbind %2:%3\n\tdefault_backend %4\n")
                   .arg(frontend.name, vip ? vip->address.toString() : QString())
                   .arg(frontend.port)
                   .arg(frontend.service);
        if (!backends.contains(frontend.service))
            backends << frontend.service;
    }
    for (const QString& name : std::as_const(backends)) {
        const PlanService* service = m_plan.service(name);
        if (!service)
            continue;
        out += QStringLiteral("\nbackend %1\n\tbalance roundrobin\n\toption httpchk GET %2\n").arg(name, service->health);
        for (const PlanNode& node : m_plan.nodes)
            out += QStringLiteral("\tserver %1 %2:%3 %4\n").arg(node.name, node.links.value(0)).arg(service->port).arg(check);
    }
    out += QStringLiteral("\nlisten stats\n\tbind *:8404\n\tstats enable\n\tstats uri /stats\n\tstats refresh 5s\n");
    return out.toUtf8();
}

QList<ClusterOption> SetupConfigs::options() const
{
    const TimingProfile timing = m_plan.profile();
    return {
        {QStringLiteral("crm_config"), QStringLiteral("stonith-enabled"),
         m_plan.fencing.disabled ? QStringLiteral("false") : QStringLiteral("true")},
        {QStringLiteral("crm_config"), QStringLiteral("stonith-timeout"), QStringLiteral("%1s").arg(timing.stonithTimeoutS)},
        {QStringLiteral("crm_config"), QStringLiteral("no-quorum-policy"), QStringLiteral("stop")},
        {QStringLiteral("rsc_defaults"), QStringLiteral("resource-stickiness"), QStringLiteral("100")},
        {QStringLiteral("op_defaults"), QStringLiteral("timeout"), QStringLiteral("%1s").arg(timing.operationTimeoutS)},
        // An undo that stopped half-way leaves it set: a setup run puts the services back.
        {QStringLiteral("crm_config"), QStringLiteral("stop-all-resources"), QStringLiteral("false")},
    };
}

QString SetupConfigs::attributes(const QString& owner, const QMap<QString, QString>& values) const
{
    if (values.isEmpty())
        return {};
    QString out = QStringLiteral("<instance_attributes id=\"%1-ia\">").arg(owner);
    for (auto it = values.begin(); it != values.end(); ++it)
        out += QStringLiteral("<nvpair id=\"%1-ia-%2\" name=\"%2\" value=\"%3\"/>").arg(owner, attr(it.key()), attr(*it));
    return out + QStringLiteral("</instance_attributes>");
}

QString SetupConfigs::operations(const QString& owner, bool stonith) const
{
    const TimingProfile timing = m_plan.profile();
    return QStringLiteral("<operations><op id=\"%1-monitor\" name=\"monitor\" interval=\"%2s\" timeout=\"%3s\"/></operations>")
        .arg(owner)
        .arg(stonith ? 60 : timing.monitorIntervalS)
        .arg(timing.operationTimeoutS);
}

QString SetupConfigs::primitive(const QString& id, const QString& agent, const QMap<QString, QString>& values,
                                const QMap<QString, QString>& meta) const
{
    QString metaXml;
    if (!meta.isEmpty()) {
        metaXml = QStringLiteral("<meta_attributes id=\"%1-meta\">").arg(id);
        for (auto it = meta.begin(); it != meta.end(); ++it)
            metaXml += QStringLiteral("<nvpair id=\"%1-meta-%2\" name=\"%2\" value=\"%3\"/>").arg(id, attr(it.key()), attr(*it));
        metaXml += QStringLiteral("</meta_attributes>");
    }
    return QStringLiteral("<primitive id=\"%1\" %2>%3%4%5</primitive>")
        .arg(id, agentAttributes(agent), metaXml, attributes(id, values), operations(id, agent.startsWith(u"stonith:")));
}

QList<CibElement> SetupConfigs::fencingElements() const
{
    QList<CibElement> elements;
    if (m_plan.fencing.disabled)
        return elements;
    const TimingProfile timing = m_plan.profile();
    for (const PlanNode& node : m_plan.nodes) {
        QMap<QString, QString> values = m_plan.fencing.deviceValues(node.name);
        values.insert(QStringLiteral("pcmk_host_list"), node.name);
        // Two nodes that lose each other would fence each other at once; a random delay lets one win.
        if (m_plan.nodes.size() == 2)
            values.insert(QStringLiteral("pcmk_delay_max"), QStringLiteral("%1s").arg(timing.pcmkDelayMaxS));
        const QString id = QStringLiteral("fence-") + node.name;
        elements << CibElement{QStringLiteral("resources"), id,
                               primitive(id, QStringLiteral("stonith:") + m_plan.fencing.agent, values)};
        // A node never runs its own fence device: it could not fence itself when it misbehaves.
        const QString avoid = QStringLiteral("loc-") + id + QStringLiteral("-avoid");
        elements << CibElement{QStringLiteral("constraints"), avoid,
                               QStringLiteral("<rsc_location id=\"%1\" rsc=\"%2\" node=\"%3\" score=\"-INFINITY\"/>").arg(avoid, id, node.name)};
    }
    return elements;
}

QList<CibElement> SetupConfigs::serviceElements() const
{
    QList<CibElement> elements;
    QStringList fronted; // VIPs HAProxy binds: they follow its clone
    for (const PlanFrontend& frontend : m_plan.frontends)
        if (!fronted.contains(frontend.vip))
            fronted << frontend.vip;
    for (const PlanVip& vip : m_plan.vips) {
        QMap<QString, QString> values{{QStringLiteral("ip"), vip.address.toString()},
                                      {QStringLiteral("cidr_netmask"), QString::number(vip.prefix)}};
        const QString nic = vip.interface.isEmpty() ? m_vipInterfaces.value(vip.id) : vip.interface;
        if (!nic.isEmpty())
            values.insert(QStringLiteral("nic"), nic);
        elements << CibElement{QStringLiteral("resources"), vip.id, primitive(vip.id, QStringLiteral("ocf:heartbeat:IPaddr2"), values)};
    }
    if (!m_plan.frontends.isEmpty())
        elements << CibElement{QStringLiteral("resources"), QStringLiteral("haproxy-clone"),
                               QStringLiteral("<clone id=\"haproxy-clone\">%1</clone>")
                                   .arg(primitive(QStringLiteral("haproxy"), m_plan.haproxyAgent, {}))};
    for (const PlanService& service : m_plan.services) {
        const QString element = primitive(service.name, service.agent, service.parameters);
        if (service.kind == PlanService::Template::ActiveActive)
            elements << CibElement{QStringLiteral("resources"), service.name + QStringLiteral("-clone"),
                                   QStringLiteral("<clone id=\"%1-clone\">%2</clone>").arg(service.name, element)};
        else
            elements << CibElement{QStringLiteral("resources"), service.name, element};
    }
    for (const QString& vip : std::as_const(fronted)) {
        const QString colocation = QStringLiteral("col-%1-with-haproxy").arg(vip);
        const QString order = QStringLiteral("ord-haproxy-then-%1").arg(vip);
        elements << CibElement{QStringLiteral("constraints"), colocation,
                               QStringLiteral("<rsc_colocation id=\"%1\" rsc=\"%2\" with-rsc=\"haproxy-clone\" score=\"INFINITY\"/>").arg(colocation, vip)};
        elements << CibElement{QStringLiteral("constraints"), order,
                               QStringLiteral("<rsc_order id=\"%1\" first=\"haproxy-clone\" then=\"%2\" kind=\"Mandatory\"/>").arg(order, vip)};
    }
    for (const PlanService& service : m_plan.services) {
        if (service.vip.isEmpty())
            continue;
        const QString colocation = QStringLiteral("col-%1-with-%2").arg(service.name, service.vip);
        const QString order = QStringLiteral("ord-%1-then-%2").arg(service.vip, service.name);
        elements << CibElement{QStringLiteral("constraints"), colocation,
                               QStringLiteral("<rsc_colocation id=\"%1\" rsc=\"%2\" with-rsc=\"%3\" score=\"INFINITY\"/>")
                                   .arg(colocation, service.name, service.vip)};
        elements << CibElement{QStringLiteral("constraints"), order,
                               QStringLiteral("<rsc_order id=\"%1\" first=\"%2\" then=\"%3\" kind=\"Mandatory\"/>").arg(order, service.vip, service.name)};
    }
    return elements;
}

QByteArray SetupConfigs::cibConfiguration() const
{
    QString crmConfig;
    QString rscDefaults;
    QString opDefaults;
    for (const ClusterOption& option : options()) {
        const QString pair = QStringLiteral("<nvpair id=\"hadesk-%1-%2\" name=\"%2\" value=\"%3\"/>").arg(option.type, option.name, attr(option.value));
        (option.type == u"crm_config" ? crmConfig : option.type == u"rsc_defaults" ? rscDefaults : opDefaults) += pair;
    }
    QString resources;
    QString constraints;
    for (const CibElement& element : fencingElements() + serviceElements())
        (element.scope == u"resources" ? resources : constraints) += element.xml;
    QString nodes;
    QString status; // every node up and a member, with quorum: the cluster once it runs
    for (int i = 0; i < m_plan.nodes.size(); ++i) {
        nodes += QStringLiteral("<node id=\"%1\" uname=\"%2\"/>").arg(m_plan.nodes.at(i).nodeId).arg(m_plan.nodes.at(i).name);
        status += QStringLiteral("<node_state id=\"%1\" uname=\"%2\" in_ccm=\"true\" crmd=\"online\" join=\"member\" expected=\"member\"/>")
                      .arg(m_plan.nodes.at(i).nodeId)
                      .arg(m_plan.nodes.at(i).name);
    }
    return QStringLiteral("<cib crm_feature_set=\"3.0\" validate-with=\"pacemaker-3.0\" epoch=\"1\" num_updates=\"0\" admin_epoch=\"0\" "
                          "have-quorum=\"1\" dc-uuid=\"1\">"
                          "<configuration><crm_config><cluster_property_set id=\"cib-bootstrap-options\">%1</cluster_property_set></crm_config>"
                          "<nodes>%2</nodes><resources>%3</resources><constraints>%4</constraints>"
                          "<rsc_defaults><meta_attributes id=\"rsc-options\">%5</meta_attributes></rsc_defaults>"
                          "<op_defaults><meta_attributes id=\"op-options\">%6</meta_attributes></op_defaults>"
                          "</configuration><status>%7</status></cib>\n")
        .arg(crmConfig, nodes, resources, constraints, rscDefaults, opDefaults, status)
        .toUtf8();
}

CibElement SetupConfigs::standbyNode(const PlanNode& node) const
{
    // The id Pacemaker gives a corosync node is its nodeid; crm_attribute names the pair so.
    const QString id = QString::number(node.nodeId);
    return {QStringLiteral("nodes"), id,
            QStringLiteral("<node id=\"%1\" uname=\"%2\"><instance_attributes id=\"nodes-%1\">"
                           "<nvpair id=\"nodes-%1-standby\" name=\"standby\" value=\"on\"/></instance_attributes></node>")
                .arg(id, node.name)};
}

QStringList SetupConfigs::resourceIds() const
{
    QStringList ids;
    for (const CibElement& element : fencingElements() + serviceElements())
        if (element.scope == u"resources")
            ids << element.id;
    return ids;
}

QString SetupConfigs::timingInWords() const
{
    const TimingProfile timing = m_plan.profile();
    const int nodes = int(m_plan.nodes.size());
    return Words::tr("timing \"%1\": corosync token %2 ms (%3 ms with %4 nodes), a lost node noticed after about %5 s; "
                     "fencing allowed %6 s; services checked every %7 s")
        .arg(timing.name)
        .arg(timing.tokenMs)
        .arg(timing.effectiveTokenMs(nodes))
        .arg(nodes)
        .arg(timing.detectionMs(nodes) / 1000.0, 0, 'f', 1)
        .arg(timing.stonithTimeoutS)
        .arg(timing.monitorIntervalS);
}

} // namespace hadesk::setup
