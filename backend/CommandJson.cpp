#include "backend/CommandJson.h"

#include "backend/drbd/DrbdOverview.h"
#include "backend/haproxy/RuntimeState.h"
#include "backend/jobs/Job.h"
#include "backend/network/NetworkModel.h"

#include <QJsonArray>

namespace hadesk::json {
namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue time(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject server(const haproxy::Server& s)
{
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("address"), s.address},
            {QStringLiteral("status"), s.status},
            {QStringLiteral("admin"), s.adminText()},
            {QStringLiteral("weight"), s.weight},
            {QStringLiteral("sessions"), s.sessions},
            {QStringLiteral("total_sessions"), s.totalSessions},
            {QStringLiteral("session_rate"), s.sessionRate},
            {QStringLiteral("check"), s.checkStatus},
            {QStringLiteral("checks_enabled"), s.checksEnabled()},
            {QStringLiteral("last_change_seconds"), s.lastChangeSeconds},
            {QStringLiteral("downtime_seconds"), s.downtimeSeconds}};
}

QJsonObject progress(const drbd::Progress& p)
{
    return {{QStringLiteral("verify"), p.verify},
            {QStringLiteral("paused"), p.paused},
            {QStringLiteral("percent"), p.percent},
            {QStringLiteral("remaining_kib"), p.remainingKiB},
            {QStringLiteral("rate_kib_s"), p.rateKiBs},
            {QStringLiteral("eta_seconds"), p.etaSeconds}};
}

QJsonObject resource(const drbd::ResourceOverview& o)
{
    QJsonArray replicas, links;
    for (const drbd::Replica& r : o.replicas)
        replicas.append(QJsonObject{{QStringLiteral("node"), r.node},
                                    {QStringLiteral("role"), r.role},
                                    {QStringLiteral("disks"), QJsonArray::fromStringList(r.disks)},
                                    {QStringLiteral("suspended"), r.suspended},
                                    {QStringLiteral("split_brain"), r.splitBrain}});
    for (const drbd::Link& l : o.links) {
        QJsonObject link{{QStringLiteral("nodes"), QJsonArray{l.nodeA, l.nodeB}},
                         {QStringLiteral("connection"), QJsonArray{l.stateA, l.stateB}},
                         {QStringLiteral("replication"), QJsonArray{l.replicationA, l.replicationB}},
                         {QStringLiteral("peer_disk"), QJsonArray{l.peerDiskA, l.peerDiskB}},
                         {QStringLiteral("out_of_sync_kib"), l.outOfSyncKiB},
                         {QStringLiteral("progress"), l.progress ? QJsonValue(progress(*l.progress)) : QJsonValue()},
                         {QStringLiteral("source"), orNull(l.sourceNode)}};
        links.append(link);
    }
    return {{QStringLiteral("name"), o.name},
            {QStringLiteral("replicas"), replicas},
            {QStringLiteral("links"), links},
            {QStringLiteral("up_to_date"), QJsonArray::fromStringList(o.upToDateNodes())},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(o.warnings)},
            {QStringLiteral("cluster_resource"), orNull(o.clusterResource)},
            {QStringLiteral("promoted_node"), orNull(o.promotedNode)},
            {QStringLiteral("stacked"), QJsonArray::fromStringList(o.stacked)}};
}

} // namespace

QJsonObject network(const net::NetworkPicture& picture)
{
    QJsonArray segments;
    for (const net::Segment& s : picture.segments) {
        QJsonObject on;
        for (auto it = s.interfaceOn.cbegin(); it != s.interfaceOn.cend(); ++it)
            on.insert(it.key(), it.value());
        segments.append(QJsonObject{{QStringLiteral("subnet"), s.subnet},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("role"), s.role},
                                    {QStringLiteral("interface_on"), on}});
    }
    QJsonObject nodes;
    for (const net::NodeInterfaces& node : picture.nodes) {
        QJsonArray interfaces;
        for (const net::Interface& i : node.interfaces) {
            QJsonArray addresses;
            for (const net::InterfaceAddress& a : i.addresses)
                addresses.append(QStringLiteral("%1/%2").arg(a.address).arg(a.prefix));
            interfaces.append(QJsonObject{{QStringLiteral("name"), i.name},
                                          {QStringLiteral("state"), i.state},
                                          {QStringLiteral("speed_mbps"), i.speedMbps},
                                          {QStringLiteral("addresses"), addresses}});
        }
        nodes.insert(node.node, interfaces);
    }
    QJsonArray vips;
    for (const net::Vip& v : picture.vips)
        vips.append(QJsonObject{{QStringLiteral("resource"), v.resource},
                                {QStringLiteral("address"), v.address},
                                {QStringLiteral("segment"), v.segment},
                                {QStringLiteral("active_on"), QJsonArray::fromStringList(v.activeOn)},
                                {QStringLiteral("seen_on"), QJsonArray::fromStringList(v.seenOn)}});
    QJsonArray services;
    for (const net::Service& s : picture.services)
        services.append(QJsonObject{{QStringLiteral("name"), s.name},
                                    {QStringLiteral("vip"), s.vip},
                                    {QStringLiteral("address"), s.address},
                                    {QStringLiteral("port"), s.port},
                                    {QStringLiteral("process"), s.process},
                                    {QStringLiteral("resource"), s.resource},
                                    {QStringLiteral("segment"), s.segment},
                                    {QStringLiteral("server_segments"), QJsonArray::fromStringList(s.serverSegments)},
                                    {QStringLiteral("listening_on"), QJsonArray::fromStringList(s.listeningOn)}});
    QJsonArray links;
    for (const net::ClusterLink& l : picture.clusterLinks)
        links.append(QJsonObject{{QStringLiteral("node"), l.node},
                                 {QStringLiteral("link"), l.link},
                                 {QStringLiteral("address"), l.address}});
    QJsonArray replication;
    for (const net::ReplicationLink& l : picture.replicationLinks)
        replication.append(QJsonObject{{QStringLiteral("resource"), l.resource},
                                       {QStringLiteral("node"), l.node},
                                       {QStringLiteral("address"), l.address},
                                       {QStringLiteral("port"), l.port}});
    QJsonArray warnings;
    for (const net::Warning& w : picture.warnings)
        warnings.append(QJsonObject{{QStringLiteral("subject"), w.subject}, {QStringLiteral("text"), w.text}});
    return {{QStringLiteral("segments"), segments},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("vips"), vips},
            {QStringLiteral("services"), services},
            {QStringLiteral("cluster_links"), links},
            {QStringLiteral("replication_links"), replication},
            {QStringLiteral("warnings"), warnings}};
}

QJsonObject haproxy(const haproxy::RuntimeState& state)
{
    QJsonArray frontends;
    for (const haproxy::Proxy& p : state.frontends)
        frontends.append(QJsonObject{{QStringLiteral("name"), p.name},
                                     {QStringLiteral("status"), p.status},
                                     {QStringLiteral("sessions"), p.sessions},
                                     {QStringLiteral("session_limit"), p.sessionLimit},
                                     {QStringLiteral("session_rate"), p.sessionRate},
                                     {QStringLiteral("request_rate"), p.requestRate}});
    QJsonArray backends;
    for (const haproxy::Proxy& p : state.backends) {
        QJsonArray servers;
        for (const haproxy::Server& s : p.servers)
            servers.append(server(s));
        backends.append(QJsonObject{{QStringLiteral("name"), p.name},
                                    {QStringLiteral("status"), p.status},
                                    {QStringLiteral("sessions"), p.sessions},
                                    {QStringLiteral("session_rate"), p.sessionRate},
                                    {QStringLiteral("servers"), servers}});
    }
    return {{QStringLiteral("version"), state.info.value(QStringLiteral("Version"))},
            {QStringLiteral("uptime_seconds"), state.info.value(QStringLiteral("Uptime_sec")).toLongLong()},
            {QStringLiteral("current_connections"), state.info.value(QStringLiteral("CurrConns")).toLongLong()},
            {QStringLiteral("frontends"), frontends},
            {QStringLiteral("backends"), backends}};
}

QJsonObject drbd(const QList<drbd::ResourceOverview>& resources)
{
    QJsonArray all;
    for (const drbd::ResourceOverview& o : resources)
        all.append(resource(o));
    return {{QStringLiteral("resources"), all}};
}

QJsonObject job(const jobs::Job& job)
{
    QJsonArray steps;
    for (const jobs::JobStep& step : job.steps())
        steps.append(QJsonObject{{QStringLiteral("title"), step.title},
                                 {QStringLiteral("host"), orNull(step.host)},
                                 {QStringLiteral("command"), QJsonArray::fromStringList(step.argv)},
                                 {QStringLiteral("changes"), step.changes},
                                 {QStringLiteral("state"), jobs::stateName(step.state)},
                                 {QStringLiteral("started"), time(step.started)},
                                 {QStringLiteral("ended"), time(step.ended)},
                                 {QStringLiteral("detail"), step.detail}});
    const int failed = job.failedStep();
    return {{QStringLiteral("title"), job.title()},
            {QStringLiteral("cluster"), orNull(job.cluster())},
            {QStringLiteral("state"), jobs::stateName(job.state())},
            {QStringLiteral("outcome"), job.outcomeText()},
            {QStringLiteral("failed_step"), failed >= 0 ? QJsonValue(failed) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("error"), orNull(job.error())},
            {QStringLiteral("started"), time(job.startedAt())},
            {QStringLiteral("ended"), time(job.endedAt())},
            {QStringLiteral("steps"), steps}};
}

} // namespace hadesk::json
