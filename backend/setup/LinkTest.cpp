#include "backend/setup/LinkTest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hadesk::setup {

QJsonObject LinkTest::request(const SetupPlan& plan, const QString& node, const QStringList& running)
{
    const PlanNode* self = plan.node(node);
    QJsonArray listen;
    QJsonArray probes;
    if (self) {
        for (const QString& address : self->links)
            listen << address;
        for (const PlanNode& peer : plan.nodes) {
            if (peer.name == node || (running.contains(node) && running.contains(peer.name)))
                continue;
            for (int link = 0; link < self->links.size() && link < peer.links.size(); ++link)
                probes << QJsonObject{{QStringLiteral("from"), node},
                                      {QStringLiteral("to"), peer.name},
                                      {QStringLiteral("link"), link},
                                      {QStringLiteral("local"), self->links.at(link)},
                                      {QStringLiteral("remote"), peer.links.at(link)}};
        }
    }
    // A probe takes up to about three seconds; every node's echo servers stay up until the node
    // with the most probes is done.
    const double duration = kDurationS + 3.0 * double(plan.nodes.size() - 1) * double(plan.linkCount());
    return {{QStringLiteral("mode"), QStringLiteral("links")},
            {QStringLiteral("port"), testPort(plan, running)},
            {QStringLiteral("duration_s"), duration},
            {QStringLiteral("start_after_s"), 1.5},
            {QStringLiteral("listen"), listen},
            {QStringLiteral("probes"), probes}};
}

QList<LinkResult> LinkTest::parse(const QString& node, const QByteArray& agentOutput, QStringList* errors)
{
    QList<LinkResult> results;
    for (const QByteArray& line : agentOutput.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString kind = o.value(u"kind").toString();
        if (kind == u"link-error") {
            errors->append(tr("%1: %2").arg(node, o.value(u"error").toString()));
            continue;
        }
        if (kind != u"link")
            continue;
        LinkResult r;
        r.from = o.value(u"from").toString();
        r.to = o.value(u"to").toString();
        r.link = o.value(u"link").toInt();
        r.local = o.value(u"local").toString();
        r.remote = o.value(u"remote").toString();
        r.ok = o.value(u"ok").toBool();
        r.error = o.value(u"error").toString();
        r.rttMinMs = o.value(u"rtt_min_ms").toDouble();
        r.rttAvgMs = o.value(u"rtt_avg_ms").toDouble();
        r.rttMaxMs = o.value(u"rtt_max_ms").toDouble();
        r.jitterMs = o.value(u"jitter_ms").toDouble();
        r.lost = o.value(u"lost").toInt();
        r.sent = o.value(u"sent").toInt();
        r.mtu = o.value(u"mtu").toInt();
        results << r;
    }
    return results;
}

QString LinkTest::describe(const LinkResult& r)
{
    if (!r.ok)
        return tr("%1 → %2 link %3 (%4 → %5): %6").arg(r.from, r.to).arg(r.link).arg(r.local, r.remote, r.error);
    return tr("%1 → %2 link %3: rtt %4/%5/%6 ms, jitter %7 ms, %8 of %9 lost, path MTU %10")
        .arg(r.from, r.to)
        .arg(r.link)
        .arg(r.rttMinMs, 0, 'f', 2)
        .arg(r.rttAvgMs, 0, 'f', 2)
        .arg(r.rttMaxMs, 0, 'f', 2)
        .arg(r.jitterMs, 0, 'f', 2)
        .arg(r.lost)
        .arg(r.sent)
        .arg(r.mtu);
}

int LinkTest::testPort(const SetupPlan& plan, const QStringList& running)
{
    // Beside a running corosync: the same links and MTU, on a port it leaves free.
    return running.isEmpty() ? plan.corosyncPort : plan.corosyncPort + 100;
}

LinkVerdict LinkTest::judge(const SetupPlan& plan, const QList<LinkResult>& results, const QStringList& running)
{
    LinkVerdict verdict;
    bool quick = !results.isEmpty();
    double worst = 0;
    int expected = 0;
    for (const PlanNode& node : plan.nodes)
        for (const PlanNode& peer : plan.nodes)
            if (peer.name != node.name && !(running.contains(node.name) && running.contains(peer.name)))
                expected += int(node.links.size());
    for (const LinkResult& r : results) {
        if (!r.ok) {
            verdict.refusals << Refusal{r.from, describe(r)};
            quick = false;
            continue;
        }
        worst = std::max(worst, r.rttMaxMs);
        if (r.lost > 0)
            verdict.warnings << tr("%1: packets lost").arg(describe(r));
        // knet fragments itself, but a path MTU below the interface's is a misconfigured hop.
        if (r.mtu > 0 && r.mtu < 1280)
            verdict.warnings << tr("%1: a path MTU this small slows every message").arg(describe(r));
        // A token of 1000 ms holds while round trips stay well below it even under load.
        if (r.rttMaxMs > 2 || r.jitterMs > 0.5 || r.lost > 0)
            quick = false;
    }
    if (results.size() < expected)
        verdict.refusals << Refusal{{}, tr("%1 of %2 link measurements arrived").arg(results.size()).arg(expected)};
    if (expected == 0)
        quick = plan.timing == u"fast"; // corosync's links only: nothing measured to go on
    verdict.suggestedTiming = quick ? QStringLiteral("fast") : QStringLiteral("default");
    // Every node running corosync already (a run to continue): nothing was measured to suggest from.
    verdict.summary = expected == 0 ? tr("nothing to measure")
                                    : tr("%1 links measured, worst round trip %2 ms: timing \"%3\" suggested")
                                          .arg(results.size())
                                          .arg(worst, 0, 'f', 2)
                                          .arg(verdict.suggestedTiming);
    if (plan.timing == u"fast" && !quick)
        verdict.warnings << tr("the plan asks for the fast timing, but the links are not quick and steady enough for it");
    return verdict;
}

} // namespace hadesk::setup
