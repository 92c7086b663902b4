#include "backend/setup/HostChecks.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace hadesk::setup {

std::optional<HostFacts> HostFacts::parse(const QString& node, const QByteArray& agentOutput, QString* error)
{
    for (const QByteArray& line : agentOutput.split('\n')) {
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(line, &parseError).object();
        if (o.value(u"kind").toString() != u"facts")
            continue;
        HostFacts facts;
        facts.node = node;
        facts.hostname = o.value(u"hostname").toString();
        const QJsonObject os = o.value(u"os").toObject();
        facts.osId = os.value(u"ID").toString();
        facts.osVersion = os.value(u"VERSION_ID").toString();
        facts.osName = os.value(u"PRETTY_NAME").toString(facts.osId);
        const QJsonObject versions = o.value(u"versions").toObject();
        for (auto it = versions.begin(); it != versions.end(); ++it)
            facts.versions.insert(it.key(), it->toString());
        for (const QJsonValue& m : o.value(u"membership").toArray()) {
            const QJsonObject what = m.toObject();
            QString said = what.value(u"what").toString();
            if (said == u"corosync.conf")
                said += QStringLiteral(" (cluster \"%1\", %2 nodes)").arg(what.value(u"cluster").toString()).arg(what.value(u"nodes").toInt());
            facts.membership << said;
        }
        facts.firewall = o.value(u"firewall").toString();
        for (const QJsonValue& a : o.value(u"addresses").toArray()) {
            const QJsonObject address = a.toObject();
            facts.addresses << Address{address.value(u"interface").toString(), address.value(u"address").toString(),
                                       address.value(u"prefix").toInt(), address.value(u"mtu").toInt()};
        }
        const QJsonObject resolves = o.value(u"resolves").toObject();
        for (auto it = resolves.begin(); it != resolves.end(); ++it) {
            QStringList addresses;
            for (const QJsonValue& a : it->toArray())
                addresses << a.toString();
            facts.resolves.insert(it.key(), addresses);
        }
        const QJsonObject tools = o.value(u"tools").toObject();
        for (auto it = tools.begin(); it != tools.end(); ++it)
            facts.tools.insert(it.key(), it->toBool());
        facts.journal = o.value(u"journal").toArray();
        for (const QJsonValue& agent : o.value(u"fence_agents").toArray())
            facts.fenceAgents << agent.toString();
        return facts;
    }
    *error = HostChecks::tr("%1: the setup agent reported nothing it found").arg(node);
    return std::nullopt;
}

QString HostFacts::journalCluster() const
{
    for (const QJsonValue& entry : journal) {
        const QString cluster = entry.toObject().value(u"cluster").toString();
        if (!cluster.isEmpty())
            return cluster;
    }
    return {};
}

QString HostFacts::lastStepDone() const
{
    QString step;
    for (const QJsonValue& entry : journal)
        if (entry.toObject().value(u"op").toString() == u"step-done")
            step = entry.toObject().value(u"step").toString();
    return step;
}

QList<Refusal> HostChecks::additionRefusals(const SetupPlan& plan, const QList<HostFacts>& hosts, const QString& added)
{
    QList<Refusal> refusals;
    for (const HostFacts& f : hosts) {
        const bool running = f.runsCluster();
        // An addition that got part of the way (its journal is this cluster's) is carried on.
        if (f.node == added && f.journalCluster() != plan.name && (running || !f.journalCluster().isEmpty()))
            refusals << Refusal{f.node, tr("it is in a cluster already: it is not a node to add")};
        else if (f.node != added && (!running || f.journalCluster() != plan.name))
            refusals << Refusal{f.node, tr("it does not run %1 as HAdesk built it: build the cluster first (hadeskctl setup)").arg(plan.name)};
    }
    return refusals;
}

QStringList HostChecks::packagesToAsk()
{
    return {QStringLiteral("corosync"), QStringLiteral("pacemaker"), QStringLiteral("resource-agents"),
            QStringLiteral("fence-agents"), QStringLiteral("haproxy"), QStringLiteral("drbd-utils")};
}

QStringList HostChecks::requiredPackages(const SetupPlan& plan, const HostFacts& facts)
{
    QStringList packages{QStringLiteral("corosync"), QStringLiteral("pacemaker"), QStringLiteral("resource-agents")};
    if (!plan.fencing.disabled && !facts.fenceAgents.contains(plan.fencing.agent))
        packages << QStringLiteral("fence-agents");
    if (!plan.frontends.isEmpty())
        packages << QStringLiteral("haproxy");
    return packages;
}

QStringList HostChecks::firewallPorts(const SetupPlan& plan)
{
    // corosync's knet links (one port, on each link's address); pacemaker-remote; HAProxy's frontends.
    QStringList ports{QStringLiteral("%1/udp").arg(plan.corosyncPort), QStringLiteral("3121/tcp")};
    for (const PlanFrontend& frontend : plan.frontends)
        ports << QStringLiteral("%1/tcp").arg(frontend.port);
    // HAProxy on one node reaches the services on the others.
    for (const PlanService& service : plan.services)
        if (service.port > 0)
            ports << QStringLiteral("%1/tcp").arg(service.port);
    ports.removeDuplicates();
    return ports;
}

HostVerdict HostChecks::check(const SetupPlan& plan, const QList<HostFacts>& hosts)
{
    HostVerdict verdict;
    QMap<QString, QString> versionSeen; // package -> "version on node"
    for (const HostFacts& host : hosts) {
        const PlanNode* node = plan.node(host.node);
        if (!node)
            continue;
        const QString journalCluster = host.journalCluster();
        const bool ours = journalCluster == plan.name;
        if (ours)
            verdict.resumes = true;
        if (!journalCluster.isEmpty() && !ours)
            verdict.refusals << Refusal{host.node, tr("HAdesk set it up for cluster \"%1\": undo that first (hadeskctl setup --undo)").arg(journalCluster)};
        // A corosync.conf alone is the package's example; a key, a CIB or a running corosync is a cluster.
        else if (!ours && host.membership.size() > host.membership.filter(QStringLiteral("corosync.conf")).size())
            verdict.refusals << Refusal{host.node, tr("it belongs to a cluster already (%1)").arg(host.membership.join(QStringLiteral(", ")))};
        if (host.hostname != node->name)
            verdict.refusals << Refusal{host.node, tr("its host name is \"%1\", the plan calls it \"%2\"").arg(host.hostname, node->name)};
        if (!host.tools.value(QStringLiteral("systemctl")))
            verdict.refusals << Refusal{host.node, tr("no systemctl: setup needs systemd's service manager")};

        // Clocks: fencing, logs and a drill's timeline all assume the nodes agree.
        if (host.clockMeasured && std::abs(host.clockOffsetMs) > kClockLimitMs)
            verdict.refusals << Refusal{host.node, tr("its clock is %1 s %2 this machine's (limit %3 s): set up NTP (chrony) first")
                                                        .arg(std::abs(host.clockOffsetMs) / 1000, 0, 'f', 1)
                                                        .arg(host.clockOffsetMs > 0 ? tr("ahead of") : tr("behind"))
                                                        .arg(kClockLimitMs / 1000, 0, 'f', 0)};

        // Its link addresses are its own.
        QStringList own;
        for (const HostFacts::Address& a : host.addresses)
            own << a.address;
        for (int l = 0; l < node->links.size(); ++l)
            if (!own.contains(node->links.at(l)))
                verdict.refusals << Refusal{host.node, tr("link %1's address %2 is not on any of its interfaces (%3)")
                                                           .arg(l)
                                                           .arg(node->links.at(l), own.join(QStringLiteral(", ")))};

        // Names: each node's name resolves to one of its plan addresses, or not at all.
        for (const PlanNode& other : plan.nodes) {
            const QStringList resolved = host.resolves.value(other.name);
            if (resolved.isEmpty()) {
                verdict.warnings << tr("%1 does not resolve the name %2 (add it to /etc/hosts: %3)").arg(host.node, other.name, other.links.value(0));
                continue;
            }
            // The first answer is the one programs use: Debian's 127.0.1.1 line comes before the right one.
            if (!other.links.contains(resolved.first()))
                verdict.refusals << Refusal{host.node, tr("it resolves %1 to %2, the plan gives %3%4")
                                                           .arg(other.name, resolved.join(QStringLiteral(", ")), other.links.join(QStringLiteral(", ")),
                                                                resolved.first().startsWith(QStringLiteral("127."))
                                                                    ? tr(" (the 127.0.1.1 line Debian's installer writes: point it at the link 0 address)")
                                                                    : QString())};
        }

        if (host.firewall == u"nftables")
            verdict.refusals << Refusal{host.node, tr("nftables has rules of its own: open %1 in them, then run again")
                                                       .arg(firewallPorts(plan).join(QStringLiteral(", ")))};

        const QStringList required = requiredPackages(plan, host);
        QStringList missing;
        for (const QString& package : required) {
            const QString version = host.versions.value(package);
            if (version.isEmpty()) {
                missing << package;
                continue;
            }
            const QString seen = versionSeen.value(package);
            if (seen.isEmpty())
                versionSeen.insert(package, version + QStringLiteral(" on ") + host.node);
            else if (!seen.startsWith(version + u' '))
                verdict.refusals << Refusal{host.node, tr("%1 %2 here, %3: every node needs the same version").arg(package, version, seen)};
        }
        if (!missing.isEmpty()) {
            if (!host.tools.value(QStringLiteral("apt-get")) && !host.tools.value(QStringLiteral("dnf")))
                verdict.refusals << Refusal{host.node, tr("%1 missing and neither apt-get nor dnf to install them").arg(missing.join(QStringLiteral(", ")))};
            verdict.missingPackages.insert(host.node, missing);
        }
        if (!plan.fencing.disabled && !missing.contains(QStringLiteral("fence-agents")) && !host.fenceAgents.contains(plan.fencing.agent)
            && host.versions.value(QStringLiteral("pacemaker")).size() > 0)
            verdict.refusals << Refusal{host.node, tr("the fence agent %1 is not installed").arg(plan.fencing.agent)};

        // A VIP already on an interface is someone else's unless this cluster holds it.
        for (const PlanVip& vip : plan.vips)
            if (!ours && own.contains(vip.address.toString()))
                verdict.refusals << Refusal{host.node, tr("the VIP %1 (%2) is already an address of this host").arg(vip.address.toString(), vip.id)};
    }

    // Distributions: one kind of host makes one kind of cluster.
    QSet<QString> systems;
    for (const HostFacts& host : hosts)
        systems.insert(host.osName);
    if (systems.size() > 1)
        verdict.warnings << tr("the nodes run different systems: %1").arg(QStringList(systems.values()).join(QStringLiteral(", ")));

    // Every VIP on a segment every node has, on one interface name.
    for (const PlanVip& vip : plan.vips) {
        QSet<QString> interfaces;
        QStringList outside;
        QStringList segments;
        for (const HostFacts& host : hosts) {
            QString found;
            for (const HostFacts::Address& a : host.addresses) {
                const QHostAddress address(a.address);
                if (a.interface != u"lo" && a.address != vip.address.toString() && vip.address.isInSubnet(address, a.prefix)
                    && a.prefix <= vip.prefix)
                    found = a.interface;
                if (a.interface != u"lo" && host.node == hosts.first().node && a.address != vip.address.toString())
                    segments << QStringLiteral("%1/%2 on %3")
                                    .arg(QHostAddress(address.toIPv4Address() & (a.prefix ? ~0u << (32 - a.prefix) : 0)).toString())
                                    .arg(a.prefix)
                                    .arg(a.interface);
            }
            if (found.isEmpty())
                outside << host.node;
            else
                interfaces.insert(found);
        }
        if (!outside.isEmpty()) {
            verdict.refusals << Refusal{QStringLiteral("vips.") + vip.id,
                                        tr("%1/%2 is outside every segment of %3 (%4 has %5)")
                                            .arg(vip.address.toString())
                                            .arg(vip.prefix)
                                            .arg(outside.join(QStringLiteral(", ")), hosts.isEmpty() ? QString() : hosts.first().node,
                                                 segments.join(QStringLiteral(", ")))};
            continue;
        }
        if (!vip.interface.isEmpty()) {
            if (!interfaces.contains(vip.interface) || interfaces.size() > 1)
                verdict.refusals << Refusal{QStringLiteral("vips.") + vip.id,
                                            tr("the plan puts it on %1, its segment is on %2").arg(vip.interface, QStringList(interfaces.values()).join(QStringLiteral(", ")))};
            verdict.vipInterfaces.insert(vip.id, vip.interface);
        } else if (interfaces.size() > 1) {
            verdict.refusals << Refusal{QStringLiteral("vips.") + vip.id,
                                        tr("its segment is on differently named interfaces (%1): give \"interface\"")
                                            .arg(QStringList(interfaces.values()).join(QStringLiteral(", ")))};
        } else if (!interfaces.isEmpty()) {
            verdict.vipInterfaces.insert(vip.id, *interfaces.begin());
        }
    }
    return verdict;
}

} // namespace hadesk::setup
