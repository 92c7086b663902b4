#include "backend/drills/DrillPlan.h"

#include "backend/pacemaker/ClusterOperation.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonArray>

namespace hadesk::drills {
namespace {

struct KindName
{
    FaultSpec::Kind kind;
    const char* name;
};
constexpr KindName kKinds[] = {
    {FaultSpec::Kind::Switchover, "switchover"},     {FaultSpec::Kind::NodeCrash, "node-crash"},
    {FaultSpec::Kind::Partition, "partition"},       {FaultSpec::Kind::ServiceKill, "service-kill"},
    {FaultSpec::Kind::MonitorFail, "monitor-fail"},  {FaultSpec::Kind::HaproxyLoss, "haproxy-loss"},
    {FaultSpec::Kind::DrbdDisconnect, "drbd-disconnect"}, {FaultSpec::Kind::Command, "command"},
};

QStringList stringsOf(const QJsonValue& value, bool* ok)
{
    QStringList out;
    *ok = value.isUndefined() || value.isArray();
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            *ok = false;
        out << item.toString();
    }
    return out;
}

// An integer field within [low, high], the default when absent.
bool readInt(const QJsonObject& json, const char* key, int low, int high, int* value, QString* error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != double(qint64(d)) || d < low || d > high) {
        *error = DrillLibrary::tr("%1 must be a whole number from %2 to %3").arg(QLatin1String(key)).arg(low).arg(high);
        return false;
    }
    *value = int(d);
    return true;
}

bool validEndpoint(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    return colon > 0 && ok && port > 0 && port < 65536 && !QHostAddress(host).isNull();
}

std::optional<FaultSpec> faultFromJson(const QJsonObject& json, int index, QString* error)
{
    const auto fail = [&](const QString& why) {
        *error = DrillLibrary::tr("fault %1: %2").arg(index + 1).arg(why);
        return std::nullopt;
    };
    FaultSpec fault;
    const auto kind = FaultSpec::kindNamed(json.value(QLatin1String("kind")).toString());
    if (!kind)
        return fail(DrillLibrary::tr("unknown kind \"%1\"").arg(json.value(QLatin1String("kind")).toString()));
    fault.kind = *kind;
    fault.resource = json.value(QLatin1String("resource")).toString();
    fault.node = json.value(QLatin1String("node")).toString();
    fault.segment = json.value(QLatin1String("segment")).toString();
    fault.drbd = json.value(QLatin1String("drbd")).toString();
    fault.process = json.value(QLatin1String("process")).toString();
    bool ok = true, ok2 = true;
    fault.inject = stringsOf(json.value(QLatin1String("inject")), &ok);
    fault.undo = stringsOf(json.value(QLatin1String("undo")), &ok2);
    if (!ok || !ok2)
        return fail(DrillLibrary::tr("inject and undo are lists of arguments (strings), never a shell line"));
    QString why;
    if (!readInt(json, "at_ms", 0, 3600000, &fault.atMs, &why))
        return fail(why);
    using K = FaultSpec::Kind;
    const bool needsResource = fault.kind == K::Switchover || fault.kind == K::NodeCrash ||
                               fault.kind == K::ServiceKill || fault.kind == K::MonitorFail;
    if (needsResource && !pcmk::ClusterOperation::isValidId(fault.resource))
        return fail(DrillLibrary::tr("resource must be a resource id, not \"%1\"").arg(fault.resource));
    if ((fault.kind == K::Partition || fault.kind == K::HaproxyLoss) && !pcmk::ClusterOperation::isValidNodeName(fault.node))
        return fail(DrillLibrary::tr("node must be a node's name, not \"%1\"").arg(fault.node));
    if (!fault.node.isEmpty() && !pcmk::ClusterOperation::isValidNodeName(fault.node))
        return fail(DrillLibrary::tr("node must be a node's name, not \"%1\"").arg(fault.node));
    // A role the operator gave the segments, or a subnet itself (a cluster whose roles are not named).
    const bool subnet = QHostAddress::parseSubnet(fault.segment).second > 0;
    if (fault.kind == K::Partition && !subnet &&
        !QStringList{QStringLiteral("internal"), QStringLiteral("external"), QStringLiteral("all")}.contains(fault.segment))
        return fail(DrillLibrary::tr("segment must be internal, external, all or a subnet, not \"%1\"").arg(fault.segment));
    if (fault.kind == K::DrbdDisconnect && !pcmk::ClusterOperation::isValidId(fault.drbd))
        return fail(DrillLibrary::tr("drbd must be a DRBD resource's name, not \"%1\"").arg(fault.drbd));
    if (fault.kind == K::Command && (fault.inject.isEmpty() || fault.undo.isEmpty()))
        return fail(DrillLibrary::tr("a command fault needs both inject and undo, each a list of arguments"));
    if (fault.process.contains(u'\n') || fault.process.size() > 200)
        return fail(DrillLibrary::tr("process must be one line of at most 200 characters"));
    return fault;
}

} // namespace

QString FaultSpec::kindName(Kind kind)
{
    for (const KindName& k : kKinds)
        if (k.kind == kind)
            return QLatin1String(k.name);
    return {};
}

std::optional<FaultSpec::Kind> FaultSpec::kindNamed(const QString& name)
{
    for (const KindName& k : kKinds)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

bool DrillPlan::destructive() const
{
    return std::any_of(faults.cbegin(), faults.cend(), [](const FaultSpec& f) { return f.destructive(); });
}

std::optional<DrillPlan> DrillPlan::fromJson(const QJsonObject& json, QString* error)
{
    DrillPlan plan;
    plan.name = json.value(QLatin1String("name")).toString();
    plan.description = json.value(QLatin1String("description")).toString();
    if (plan.name.isEmpty() || plan.name.size() > 80 || plan.name.contains(u'/') || plan.name.contains(u'\n')) {
        *error = DrillLibrary::tr("name must be one line of at most 80 characters without '/'");
        return std::nullopt;
    }
    const QJsonArray faults = json.value(QLatin1String("faults")).toArray();
    if (faults.isEmpty()) {
        *error = DrillLibrary::tr("faults must list at least one fault");
        return std::nullopt;
    }
    for (qsizetype i = 0; i < faults.size(); ++i) {
        const auto fault = faultFromJson(faults.at(i).toObject(), int(i), error);
        if (!fault)
            return std::nullopt;
        plan.faults << *fault;
    }
    std::stable_sort(plan.faults.begin(), plan.faults.end(),
                     [](const FaultSpec& a, const FaultSpec& b) { return a.atMs < b.atMs; });
    const QJsonObject probes = json.value(QLatin1String("probes")).toObject();
    const QJsonObject limits = json.value(QLatin1String("limits")).toObject();
    if (!readInt(probes, "tcp_interval_ms", 5, 10000, &plan.tcpIntervalMs, error) ||
        !readInt(probes, "http_interval_ms", 5, 10000, &plan.httpIntervalMs, error) ||
        !readInt(probes, "timeout_ms", 10, 30000, &plan.probeTimeoutMs, error) ||
        !readInt(probes, "failures_to_start", 1, 100, &plan.failuresToStart, error) ||
        !readInt(probes, "successes_to_end", 1, 100, &plan.successesToEnd, error) ||
        !readInt(limits, "baseline_ms", 500, 600000, &plan.baselineMs, error) ||
        !readInt(limits, "observe_ms", 1000, 3600000, &plan.observeMs, error) ||
        !readInt(limits, "hold_ms", 0, 600000, &plan.holdMs, error) ||
        !readInt(limits, "settle_ms", 1000, 3600000, &plan.settleMs, error))
        return std::nullopt;
    for (const QJsonValue& value : probes.value(QLatin1String("extra")).toArray()) {
        const QJsonObject o = value.toObject();
        ExtraProbe probe{o.value(QLatin1String("name")).toString(), o.value(QLatin1String("address")).toString(),
                         o.value(QLatin1String("kind")).toString() == u"http",
                         o.value(QLatin1String("path")).toString(QStringLiteral("/")),
                         o.value(QLatin1String("from")).toString()};
        if (!probe.from.isEmpty() && !pcmk::ClusterOperation::isValidNodeName(probe.from)) {
            *error = DrillLibrary::tr("probes.extra: from must be a node's name, not \"%1\"").arg(probe.from);
            return std::nullopt;
        }
        if (probe.name.isEmpty() || !validEndpoint(probe.address) || !probe.path.startsWith(u'/') ||
            probe.path.contains(u' ') || probe.path.contains(u'\r') || probe.path.contains(u'\n')) {
            *error = DrillLibrary::tr("probes.extra: each needs a name, an address IP:PORT and a path from /, not \"%1\"")
                         .arg(probe.address);
            return std::nullopt;
        }
        plan.extraProbes << probe;
    }
    bool skipOk = true, fromOk = true;
    plan.skipServices = stringsOf(probes.value(QLatin1String("skip")), &skipOk);
    plan.probeFrom = stringsOf(probes.value(QLatin1String("from_nodes")), &fromOk);
    if (!skipOk || !fromOk) {
        *error = DrillLibrary::tr("probes.%1 must be a list of names").arg(skipOk ? QStringLiteral("from_nodes") : QStringLiteral("skip"));
        return std::nullopt;
    }
    for (const QString& node : std::as_const(plan.probeFrom))
        if (!pcmk::ClusterOperation::isValidNodeName(node) || plan.probeFrom.count(node) > 1) {
            *error = DrillLibrary::tr("probes.from_nodes: each must be a node's name, once, not \"%1\"").arg(node);
            return std::nullopt;
        }
    for (const QJsonValue& value : json.value(QLatin1String("expectations")).toArray()) {
        const QJsonObject o = value.toObject();
        Expectation e{o.value(QLatin1String("service")).toString(QStringLiteral("*")),
                      qint64(o.value(QLatin1String("max_outage_ms")).toDouble(-1)),
                      o.value(QLatin1String("ends_on")).toString(), o.value(QLatin1String("zero_failed")).toBool()};
        if (!e.endsOn.isEmpty() && !pcmk::ClusterOperation::isValidNodeName(e.endsOn)) {
            *error = DrillLibrary::tr("expectations: ends_on must be a node's name, not \"%1\"").arg(e.endsOn);
            return std::nullopt;
        }
        plan.expectations << e;
    }
    for (const QJsonValue& value : json.value(QLatin1String("writes")).toArray()) {
        const QJsonObject o = value.toObject();
        WriteTarget target;
        target.name = o.value(QLatin1String("name")).toString();
        target.url = QUrl(o.value(QLatin1String("url")).toString(), QUrl::StrictMode);
        if (target.name.isEmpty() || !target.url.isValid() || target.url.scheme() != u"http" || target.url.host().isEmpty() ||
            target.url.hasQuery() || target.url.hasFragment()) {
            *error = DrillLibrary::tr("writes: each needs a name and an http:// URL of a folder, not \"%1\"")
                         .arg(o.value(QLatin1String("url")).toString());
            return std::nullopt;
        }
        if (!readInt(o, "interval_ms", 10, 60000, &target.intervalMs, error) ||
            !readInt(o, "timeout_ms", 100, 60000, &target.timeoutMs, error))
            return std::nullopt;
        plan.writes << target;
    }
    plan.restorePlacement = json.value(QLatin1String("restore_placement")).toBool();
    return plan;
}

std::optional<DrillPlan> DrillPlan::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = DrillLibrary::tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = DrillLibrary::tr("%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

QJsonObject DrillPlan::toJson() const
{
    QJsonArray faultList;
    for (const FaultSpec& f : faults) {
        QJsonObject o{{QStringLiteral("kind"), FaultSpec::kindName(f.kind)}, {QStringLiteral("at_ms"), f.atMs}};
        const auto put = [&o](const char* key, const QString& value) {
            if (!value.isEmpty())
                o.insert(QLatin1String(key), value);
        };
        put("resource", f.resource);
        put("node", f.node);
        put("segment", f.segment);
        put("drbd", f.drbd);
        put("process", f.process);
        if (!f.inject.isEmpty())
            o.insert(QStringLiteral("inject"), QJsonArray::fromStringList(f.inject));
        if (!f.undo.isEmpty())
            o.insert(QStringLiteral("undo"), QJsonArray::fromStringList(f.undo));
        faultList << o;
    }
    QJsonArray extra;
    for (const ExtraProbe& p : extraProbes)
        extra << QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("address"), p.address},
                             {QStringLiteral("kind"), p.http ? QStringLiteral("http") : QStringLiteral("tcp")},
                             {QStringLiteral("path"), p.path}, {QStringLiteral("from"), p.from}};
    QJsonArray writeList;
    for (const WriteTarget& w : writes)
        writeList << QJsonObject{{QStringLiteral("name"), w.name}, {QStringLiteral("url"), w.url.toString()},
                                 {QStringLiteral("interval_ms"), w.intervalMs}, {QStringLiteral("timeout_ms"), w.timeoutMs}};
    QJsonArray expected;
    for (const Expectation& e : expectations) {
        QJsonObject o{{QStringLiteral("service"), e.service}};
        if (e.maxOutageMs >= 0)
            o.insert(QStringLiteral("max_outage_ms"), e.maxOutageMs);
        if (!e.endsOn.isEmpty())
            o.insert(QStringLiteral("ends_on"), e.endsOn);
        if (e.zeroFailed)
            o.insert(QStringLiteral("zero_failed"), true);
        expected << o;
    }
    return {{QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("faults"), faultList},
            {QStringLiteral("probes"),
             QJsonObject{{QStringLiteral("tcp_interval_ms"), tcpIntervalMs},
                         {QStringLiteral("http_interval_ms"), httpIntervalMs},
                         {QStringLiteral("timeout_ms"), probeTimeoutMs},
                         {QStringLiteral("failures_to_start"), failuresToStart},
                         {QStringLiteral("successes_to_end"), successesToEnd},
                         {QStringLiteral("extra"), extra},
                         {QStringLiteral("skip"), QJsonArray::fromStringList(skipServices)},
                         {QStringLiteral("from_nodes"), QJsonArray::fromStringList(probeFrom)}}},
            {QStringLiteral("expectations"), expected},
            {QStringLiteral("writes"), writeList},
            {QStringLiteral("limits"),
             QJsonObject{{QStringLiteral("baseline_ms"), baselineMs},
                         {QStringLiteral("observe_ms"), observeMs},
                         {QStringLiteral("hold_ms"), holdMs},
                         {QStringLiteral("settle_ms"), settleMs}}},
            {QStringLiteral("restore_placement"), restorePlacement}};
}

QList<DrillLibrary::Entry> DrillLibrary::entries()
{
    return {
        {QStringLiteral("switchover"), tr("standby the node running a resource (planned)"), {QStringLiteral("resource")}},
        {QStringLiteral("node-crash"), tr("fence the node running a resource through the cluster's own fencing"),
         {QStringLiteral("resource")}},
        {QStringLiteral("partition"), tr("cut one node off a segment with packet filtering on the node"),
         {QStringLiteral("node"), QStringLiteral("segment")}},
        {QStringLiteral("service-kill"), tr("kill -9 a resource's process on its node"), {QStringLiteral("resource")}},
        {QStringLiteral("monitor-fail"), tr("make a resource's monitor fail (crm_resource --fail)"), {QStringLiteral("resource")}},
        {QStringLiteral("haproxy-loss"), tr("stop HAProxy on a node"), {QStringLiteral("node")}},
        {QStringLiteral("drbd-disconnect"), tr("disconnect a DRBD resource's replication"), {QStringLiteral("drbd")}},
        {QStringLiteral("command"), tr("a fault and its undo, each a command run on the console's machine"),
         {QStringLiteral("inject"), QStringLiteral("undo")}},
    };
}

const DrillLibrary::Entry* DrillLibrary::entry(const QString& name)
{
    static const QList<Entry> all = entries();
    for (const Entry& e : all)
        if (e.name == name)
            return &e;
    return nullptr;
}

std::optional<DrillPlan> DrillLibrary::build(const QString& name, const QMap<QString, QString>& parameters,
                                             const QMap<QString, QStringList>& commands, QString* error)
{
    const Entry* e = entry(name);
    if (!e) {
        *error = tr("no ready-made drill is called \"%1\"").arg(name);
        return std::nullopt;
    }
    QJsonObject fault{{QStringLiteral("kind"), name}};
    for (const QString& parameter : e->parameters) {
        if (commands.contains(parameter))
            fault.insert(parameter, QJsonArray::fromStringList(commands.value(parameter)));
        else if (parameters.contains(parameter))
            fault.insert(parameter, parameters.value(parameter));
    }
    // drbd-disconnect and service-kill take an optional node / process too.
    for (const char* optional : {"node", "process"})
        if (parameters.contains(QLatin1String(optional)) && !fault.contains(QLatin1String(optional)))
            fault.insert(QLatin1String(optional), parameters.value(QLatin1String(optional)));
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("description"), e->summary},
                     {QStringLiteral("faults"), QJsonArray{fault}}};
    return DrillPlan::fromJson(json, error);
}

} // namespace hadesk::drills
