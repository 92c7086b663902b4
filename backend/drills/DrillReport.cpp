#include "backend/drills/DrillReport.h"

#include "backend/pacemaker/AuditLog.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextDocument>

#include <cmath>

namespace hadesk::drills {
namespace {

qint64 ms(qint64 ns)
{
    return ns < 0 ? -1 : (ns + 500000) / 1000000;
}

// A time that may lie before the fault, rounded to the millisecond either way.
qint64 signedMs(qint64 ns)
{
    return ns < 0 ? -((-ns + 500000) / 1000000) : (ns + 500000) / 1000000;
}

QJsonValue msOrNull(qint64 ns)
{
    return ns < 0 ? QJsonValue() : QJsonValue(ms(ns));
}

// Times in the report count from the first fault (negative before it).
qint64 fromFault(const DrillRecord& record, qint64 ns)
{
    return record.faultNs >= 0 ? ns - record.faultNs : ns;
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString seconds(qint64 ns)
{
    return ns < 0 ? QStringLiteral("–") : QString::number(double(ns) / 1e9, 'f', 3) + QStringLiteral(" s");
}

QJsonArray offsetsJson(const DrillRecord& record)
{
    QJsonArray out;
    for (const ClockOffset& before : record.offsetsBefore) {
        QJsonObject o{{QStringLiteral("node"), before.node}};
        if (before.measured) {
            o.insert(QStringLiteral("before_ms"), before.offsetMs);
            o.insert(QStringLiteral("before_error_ms"), before.errorMs);
        }
        for (const ClockOffset& after : record.offsetsAfter)
            if (after.node == before.node && after.measured) {
                o.insert(QStringLiteral("after_ms"), after.offsetMs);
                o.insert(QStringLiteral("after_error_ms"), after.errorMs);
            }
        out << o;
    }
    return out;
}

QJsonObject placementJson(const QMap<QString, QStringList>& placement)
{
    QJsonObject o;
    for (auto it = placement.cbegin(); it != placement.cend(); ++it)
        o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return o;
}

// Whose clock timed an event, and within what (a node's offset from the console is known to
// half a round trip).
void addClock(QJsonObject& event, const DrillEvent& e)
{
    event.insert(QStringLiteral("clock"), e.nodeClock ? QStringLiteral("node") : QStringLiteral("console"));
    if (e.nodeClock && e.errorMs >= 0)
        event.insert(QStringLiteral("error_ms"), std::round(e.errorMs * 10) / 10);
}

QJsonArray writesJson(const DrillRecord& record, bool withRecords)
{
    QJsonArray out;
    for (const WriteCheckResult& w : record.writes) {
        QJsonArray lost;
        for (const int seq : w.lostSeqs())
            lost << seq;
        QJsonObject o{{QStringLiteral("name"), w.target.name},
                      {QStringLiteral("url"), w.target.url.toString()},
                      {QStringLiteral("run"), w.run},
                      {QStringLiteral("interval_ms"), w.target.intervalMs},
                      {QStringLiteral("timeout_ms"), w.target.timeoutMs},
                      {QStringLiteral("attempted"), int(w.records.size())},
                      {QStringLiteral("acknowledged"), w.acknowledged()},
                      {QStringLiteral("failed"), w.failed()},
                      {QStringLiteral("lost"), w.lost()},
                      {QStringLiteral("lost_seqs"), lost},
                      {QStringLiteral("verified"), w.verified},
                      {QStringLiteral("error"), w.verifyError}};
        if (withRecords) {
            // [seq, sent_us, answered_us or null, state]
            QJsonArray records;
            for (const WriteRecord& r : w.records)
                records << QJsonArray{r.seq, r.sentNs / 1000, r.answeredNs < 0 ? QJsonValue() : QJsonValue(r.answeredNs / 1000),
                                      WriteRecord::stateName(r.state)};
            o.insert(QStringLiteral("records"), records);
        }
        out << o;
    }
    return out;
}

} // namespace

QList<Phase> DrillReport::phasesOf(const DrillRecord& record, const Outage& outage, const QString& vip)
{
    if (record.faultNs < 0)
        return {};
    struct Mark
    {
        qint64 t;
        QString name;
    };
    QList<Mark> marks{{record.faultNs, {}}};
    const auto firstOf = [&](const std::function<bool(const DrillEvent&)>& wanted) -> qint64 {
        for (const DrillEvent& e : record.events)
            if (e.tNs > record.faultNs && e.tNs <= outage.endNs && e.source != u"drill" && wanted(e))
                return e.tNs;
        return -1;
    };
    // What the recovery needed (a start, the VIP, a server found up) came before the first ok
    // probe. A node-timed one is known within its bound only: when that bound reaches back into
    // the outage, it is put in the middle of what is left of its bound.
    const auto lastOf = [&](const std::function<bool(const DrillEvent&)>& wanted) -> qint64 {
        qint64 t = -1;
        for (const DrillEvent& e : record.events) {
            if (e.tNs <= record.faultNs || e.source == u"drill" || !wanted(e))
                continue;
            const qint64 bound = e.nodeClock && e.errorMs > 0 ? qint64(e.errorMs * 1e6) : 0;
            if (e.tNs <= outage.endNs)
                t = std::max(t, e.tNs);
            else if (e.tNs - bound <= outage.endNs)
                t = std::max(t, (std::max(e.tNs - bound, record.faultNs) + outage.endNs) / 2);
        }
        return t;
    };
    const auto add = [&](qint64 t, const QString& name) {
        if (t >= 0)
            marks.append({t, name});
    };
    add(firstOf([](const DrillEvent&) { return true; }), tr("detect"));
    add(firstOf([](const DrillEvent& e) { return e.kind == u"fencing"; }), tr("fence"));
    add(firstOf([](const DrillEvent& e) { return e.kind == u"promote"; }), tr("DRBD promote"));
    add(lastOf([](const DrillEvent& e) { return e.kind == u"start"; }), tr("resource start"));
    // The service's own VIP, when it has one: another VIP's move is not this service's phase.
    add(lastOf([&vip](const DrillEvent& e) { return e.kind == u"vip" && (vip.isEmpty() || e.subject == vip); }), tr("VIP up"));
    // HAProxy finding a server again: its health checks' share of the outage.
    add(lastOf([](const DrillEvent& e) { return e.kind == u"server-up"; }), tr("backend up"));
    if (outage.endNs > record.faultNs)
        add(outage.endNs, tr("first ok probe"));
    std::stable_sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.t < b.t; });
    QList<Phase> phases;
    for (qsizetype i = 1; i < marks.size(); ++i)
        phases.append({marks.at(i).name, marks.at(i - 1).t, marks.at(i).t});
    return phases;
}

ServiceReport DrillReport::serviceReport(const DrillRecord& record, const ProbeStreamRecord& stream)
{
    ServiceReport report;
    report.stream = &stream;
    report.figures = analyse(stream.results, {record.plan.failuresToStart, record.plan.successesToEnd});
    if (record.faultNs >= 0) {
        report.ttrNs = report.figures.timeToRecoverNs(record.faultNs);
        for (const DrillEvent& e : record.events)
            if (e.tNs >= record.faultNs && e.source != u"drill") {
                report.ttdNs = e.tNs - record.faultNs;
                break;
            }
        if (record.settledNs >= 0)
            report.fullRedundancyNs = record.settledNs - record.faultNs;
        for (const Outage& outage : report.figures.outages)
            if (outage.endNs >= record.faultNs) {
                report.phases = phasesOf(record, outage, stream.target.vip);
                break;
            }
    }
    return report;
}

QList<ExpectationResult> DrillReport::judge(const DrillRecord& record)
{
    QList<ExpectationResult> results;
    for (const Expectation& e : record.plan.expectations) {
        for (const ProbeStreamRecord& stream : record.probes) {
            if (e.service != u"*" && stream.target.service != e.service)
                continue;
            const ServiceReport report = serviceReport(record, stream);
            const QString name = stream.target.id();
            if (e.maxOutageMs >= 0)
                results.append({name, tr("outage at most %1 ms").arg(e.maxOutageMs),
                                tr("%1 ms").arg(ms(report.figures.outageNs)),
                                report.figures.recovered && ms(report.figures.outageNs) <= e.maxOutageMs});
            if (e.zeroFailed)
                results.append({name, tr("no failed request"), tr("%n failed", nullptr, report.figures.failedProbes),
                                report.figures.failedProbes == 0});
            if (!e.endsOn.isEmpty()) {
                const QStringList where = record.placementAfter.value(stream.target.vip);
                results.append({name, tr("ends on %1").arg(e.endsOn),
                                where.isEmpty() ? tr("runs nowhere") : where.join(QStringLiteral(", ")),
                                where.contains(e.endsOn)});
            }
        }
    }
    for (const WriteCheckResult& w : record.writes)
        results.append({w.target.name, tr("no acknowledged write lost"),
                        w.verified                ? tr("%1 of %2 acknowledged writes lost").arg(w.lost()).arg(w.acknowledged())
                        : w.verifyError.isEmpty() ? tr("not read back: the drill ended before")
                                                  : tr("not read back: %1").arg(w.verifyError),
                        w.verified && w.lost() == 0});
    return results;
}

QJsonObject DrillReport::toJson(const DrillRecord& record)
{
    QJsonArray services;
    for (const ProbeStreamRecord& stream : record.probes) {
        const ServiceReport r = serviceReport(record, stream);
        QJsonArray outages;
        for (const Outage& o : r.figures.outages)
            outages << QJsonObject{{QStringLiteral("start_ms"), signedMs(fromFault(record, o.startNs))},
                                   {QStringLiteral("end_ms"), signedMs(fromFault(record, o.endNs))},
                                   {QStringLiteral("duration_ms"), ms(o.durationNs())},
                                   {QStringLiteral("recovered"), o.recovered}};
        QJsonArray phases;
        for (const Phase& p : r.phases)
            phases << QJsonObject{{QStringLiteral("name"), p.name},
                                  {QStringLiteral("from_ms"), signedMs(fromFault(record, p.fromNs))},
                                  {QStringLiteral("to_ms"), signedMs(fromFault(record, p.toNs))},
                                  {QStringLiteral("duration_ms"), ms(p.toNs - p.fromNs)}};
        QJsonArray expectations;
        for (const ExpectationResult& e : record.expectations)
            if (e.service == stream.target.id())
                expectations << QJsonObject{{QStringLiteral("what"), e.what},
                                            {QStringLiteral("measured"), e.measured},
                                            {QStringLiteral("passed"), e.passed}};
        services << QJsonObject{
            {QStringLiteral("name"), stream.target.service},
            {QStringLiteral("probe"), stream.target.kind == ProbeKind::Http ? QStringLiteral("http") : QStringLiteral("tcp")},
            {QStringLiteral("vip"), stream.target.vip},
            {QStringLiteral("address"), stream.target.endpoint()},
            {QStringLiteral("from"), stream.target.from.isEmpty() ? QJsonValue() : QJsonValue(stream.target.from)},
            {QStringLiteral("interval_ms"), stream.target.intervalMs},
            {QStringLiteral("outage_ms"), ms(r.figures.outageNs)},
            {QStringLiteral("outage_bracket_ms"), QJsonArray{ms(r.figures.bracketLowNs), ms(r.figures.bracketHighNs)}},
            {QStringLiteral("ttd_ms"), msOrNull(r.ttdNs)},
            {QStringLiteral("ttr_ms"), msOrNull(r.ttrNs)},
            {QStringLiteral("time_to_full_redundancy_ms"), msOrNull(r.fullRedundancyNs)},
            {QStringLiteral("probes"), r.figures.probes},
            {QStringLiteral("failed_probes"), r.figures.failedProbes},
            {QStringLiteral("flaps"), r.figures.flaps},
            {QStringLiteral("worst_latency_ms"), double(r.figures.worstLatencyNs) / 1e6},
            {QStringLiteral("recovered"), r.figures.recovered},
            {QStringLiteral("outages"), outages},
            {QStringLiteral("phases"), phases},
            {QStringLiteral("expectations"), expectations}};
    }
    QJsonArray events;
    for (const DrillEvent& e : record.events) {
        QJsonObject event{{QStringLiteral("t_ms"), signedMs(fromFault(record, e.tNs))},
                          {QStringLiteral("node"), e.node},
                          {QStringLiteral("source"), e.source},
                          {QStringLiteral("kind"), e.kind},
                          {QStringLiteral("text"), e.text}};
        addClock(event, e);
        events << event;
    }
    QJsonArray checks;
    for (const SafetyCheck& c : record.checks)
        checks << QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("passed"), c.passed},
                              {QStringLiteral("detail"), c.detail}};
    return {{QStringLiteral("format"), 1},
            {QStringLiteral("drill"), record.plan.name},
            {QStringLiteral("plan"), record.plan.toJson()},
            {QStringLiteral("cluster"), record.cluster},
            {QStringLiteral("started_at"), record.startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("result"), record.result},
            {QStringLiteral("reason"), record.reason},
            {QStringLiteral("faults"), QJsonArray::fromStringList(record.faultTitles)},
            {QStringLiteral("recovery_at_ms"), record.recoveryNs < 0 ? QJsonValue() : QJsonValue(signedMs(fromFault(record, record.recoveryNs)))},
            {QStringLiteral("settled_at_ms"), record.settledNs < 0 ? QJsonValue() : QJsonValue(signedMs(fromFault(record, record.settledNs)))},
            {QStringLiteral("duration_ms"), ms(record.endNs)},
            {QStringLiteral("checks"), checks},
            {QStringLiteral("prediction"), QJsonObject{{QStringLiteral("actions"), QJsonArray::fromStringList(record.prediction)},
                                                       {QStringLiteral("note"), record.predictionNote}}},
            {QStringLiteral("services"), services},
            {QStringLiteral("events"), events},
            {QStringLiteral("event_sources"), QJsonArray::fromStringList(record.eventSources)},
            {QStringLiteral("writes"), writesJson(record, false)},
            {QStringLiteral("clock_offsets"), offsetsJson(record)},
            {QStringLiteral("config_restored"), record.configRestored},
            {QStringLiteral("config_difference"), QJsonArray::fromStringList(record.configDifference)},
            {QStringLiteral("not_running"), QJsonArray::fromStringList(record.notRunning)},
            {QStringLiteral("placement_before"), placementJson(record.placementBefore)},
            {QStringLiteral("placement_after"), placementJson(record.placementAfter)}};
}

QString DrillReport::timelineSvg(const DrillRecord& record, int width)
{
    const int left = 150, right = 20, band = 22, gap = 8, top = 40;
    qint64 from = 0, to = std::max<qint64>(record.endNs, 1);
    for (const ProbeStreamRecord& s : record.probes)
        if (!s.results.isEmpty())
            from = from == 0 ? s.results.first().sentNs : std::min(from, s.results.first().sentNs);
    to = std::max(to, from + 1);
    const int lanes = int(record.probes.size());
    const int height = top + lanes * (band + gap) + 40;
    const double span = double(to - from);
    const auto x = [&](qint64 t) { return left + (double(t - from) / span) * (width - left - right); };
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                                 "font-family=\"sans-serif\" font-size=\"11\">\n")
                      .arg(width)
                      .arg(height);
    svg += QStringLiteral("<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"white\"/>\n").arg(width).arg(height);
    // Seconds from the fault along the bottom.
    const qint64 zero = record.faultNs >= 0 ? record.faultNs : from;
    const double seconds = span / 1e9;
    const int step = seconds > 120 ? 30 : seconds > 60 ? 10 : seconds > 20 ? 5 : seconds > 8 ? 2 : 1;
    for (qint64 s = -((zero - from) / 1000000000 / step) * step; zero + s * 1000000000 <= to; s += step) {
        const double px = x(zero + s * 1000000000);
        if (px < left)
            continue;
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#ddd\"/>"
                              "<text x=\"%1\" y=\"%4\" text-anchor=\"middle\" fill=\"#555\">%5 s</text>\n")
                   .arg(px, 0, 'f', 1)
                   .arg(top - 6)
                   .arg(height - 28)
                   .arg(height - 14)
                   .arg(s);
    }
    for (int lane = 0; lane < lanes; ++lane) {
        const ProbeStreamRecord& s = record.probes.at(lane);
        const int y = top + lane * (band + gap);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>\n")
                   .arg(left - 6)
                   .arg(y + band / 2 + 4)
                   .arg(esc(s.target.id()));
        // Runs of the same outcome as one rectangle each, up (green) or down (red).
        qsizetype i = 0;
        while (i < s.results.size()) {
            qsizetype j = i;
            while (j < s.results.size() && s.results.at(j).ok() == s.results.at(i).ok())
                ++j;
            const qint64 end = j < s.results.size() ? s.results.at(j).sentNs : s.results.last().sentNs + s.target.intervalMs * 1000000LL;
            const double x0 = x(s.results.at(i).sentNs), x1 = x(end);
            const bool ok = s.results.at(i).ok();
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"><title>%6 %7 – %8</title></rect>\n")
                       .arg(x0, 0, 'f', 1)
                       .arg(y)
                       .arg(std::max(0.5, x1 - x0), 0, 'f', 1)
                       .arg(band)
                       .arg(ok ? QStringLiteral("#4caf50") : QStringLiteral("#e53935"))
                       .arg(ok ? tr("up") : tr("down"))
                       .arg(double(s.results.at(i).sentNs - zero) / 1e9, 0, 'f', 3)
                       .arg(double(end - zero) / 1e9, 0, 'f', 3);
            i = j;
        }
    }
    const int bottom = top + lanes * (band + gap);
    const auto marker = [&](qint64 t, const QString& colour, const QString& label, bool dashed) {
        const double px = x(t);
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"%4\" stroke-width=\"2\"%5/>"
                              "<text x=\"%1\" y=\"%6\" text-anchor=\"middle\" fill=\"%4\">%7</text>\n")
                   .arg(px, 0, 'f', 1)
                   .arg(top - 4)
                   .arg(bottom)
                   .arg(colour)
                   .arg(dashed ? QStringLiteral(" stroke-dasharray=\"4 3\"") : QString())
                   .arg(14)
                   .arg(esc(label));
    };
    if (record.faultNs >= 0)
        marker(record.faultNs, QStringLiteral("#b71c1c"), tr("fault"), false);
    if (record.recoveryNs >= 0)
        marker(record.recoveryNs, QStringLiteral("#1565c0"), tr("recovery"), true);
    for (const DrillEvent& e : record.events) {
        if (e.source == u"drill" || e.tNs < from || e.tNs > to)
            continue;
        svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"4\" fill=\"#ff9800\"><title>%3 %4: %5</title></circle>\n")
                   .arg(x(e.tNs), 0, 'f', 1)
                   .arg(bottom + 4)
                   .arg(double(e.tNs - zero) / 1e9, 0, 'f', 3)
                   .arg(esc(e.node), esc(e.text));
    }
    svg += QStringLiteral("</svg>\n");
    return svg;
}

QString DrillReport::toHtml(const DrillRecord& record)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                                  "<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;"
                                  "margin:0.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}"
                                  "th{background:#f3f3f3}.passed{color:#2e7d32}.failed,.aborted,.refused{color:#c62828}"
                                  "</style></head><body>\n")
                       .arg(esc(tr("Drill %1 on %2").arg(record.plan.name, record.cluster)));
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("Drill %1 on %2").arg(record.plan.name, record.cluster)));
    html += QStringLiteral("<p>%1 · <b class=\"%2\">%3</b>%4</p>\n")
                .arg(esc(record.startedAt.toUTC().toString(Qt::ISODate)), esc(record.result), esc(record.result.toUpper()),
                     record.reason.isEmpty() ? QString() : QStringLiteral(": ") + esc(record.reason));
    if (!record.faultTitles.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>\n").arg(esc(tr("Fault:")), esc(record.faultTitles.join(QStringLiteral("; "))));
    // Whether the cluster was put back, up front: an aborted drill's first question.
    if (record.faultNs >= 0) {
        const bool restored = record.proofRan && record.configRestored && record.notRunning.isEmpty();
        html += QStringLiteral("<p class=\"%1\"><b>%2</b></p>\n")
                    .arg(restored ? QStringLiteral("passed") : QStringLiteral("failed"),
                         esc(restored ? tr("Cluster restored: the configuration as before, every resource running")
                                      : record.proofRan ? tr("Cluster NOT restored (see Restoration)")
                                                        : tr("Cluster not proven restored: the proof did not run")));
    }
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Timeline"))) + timelineSvg(record);

    html += QStringLiteral("<h2>%1</h2>\n<table><tr>").arg(esc(tr("Services")));
    for (const QString& h : {tr("Service"), tr("Address"), tr("Outage"), tr("Bracket"), tr("Detect"), tr("Recover"),
                             tr("Full redundancy"), tr("Failed probes"), tr("Flaps"), tr("Worst latency"), tr("Expectations")})
        html += QStringLiteral("<th>%1</th>").arg(esc(h));
    html += QStringLiteral("</tr>\n");
    for (const ProbeStreamRecord& stream : record.probes) {
        const ServiceReport r = serviceReport(record, stream);
        QStringList expectations;
        for (const ExpectationResult& e : record.expectations)
            if (e.service == stream.target.id())
                expectations << QStringLiteral("<span class=\"%1\">%2 (%3)</span>")
                                    .arg(e.passed ? QStringLiteral("passed") : QStringLiteral("failed"), esc(e.what), esc(e.measured));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 ms</td><td>%4–%5 ms</td><td>%6</td><td>%7</td><td>%8</td>"
                               "<td>%9 / %10</td><td>%11</td><td>%12 ms</td><td>%13</td></tr>\n")
                    .arg(esc(stream.target.id()), esc(stream.target.endpoint()))
                    .arg(ms(r.figures.outageNs))
                    .arg(ms(r.figures.bracketLowNs))
                    .arg(ms(r.figures.bracketHighNs))
                    .arg(seconds(r.ttdNs), seconds(r.ttrNs), seconds(r.fullRedundancyNs))
                    .arg(r.figures.failedProbes)
                    .arg(r.figures.probes)
                    .arg(r.figures.flaps)
                    .arg(double(r.figures.worstLatencyNs) / 1e6, 0, 'f', 1)
                    .arg(expectations.join(QStringLiteral("<br>")));
    }
    html += QStringLiteral("</table>\n");

    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Phases")));
    for (const ProbeStreamRecord& stream : record.probes) {
        const ServiceReport r = serviceReport(record, stream);
        if (r.phases.isEmpty())
            continue;
        QStringList parts;
        for (const Phase& p : r.phases)
            parts << QStringLiteral("%1 %2 ms").arg(esc(p.name)).arg(ms(p.toNs - p.fromNs));
        html += QStringLiteral("<p><b>%1</b>: %2</p>\n").arg(esc(stream.target.id()), parts.join(QStringLiteral(" → ")));
    }

    if (!record.writes.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>\n")
                    .arg(esc(tr("Writes")), esc(tr("Service")), esc(tr("Written")), esc(tr("Acknowledged")),
                         esc(tr("Not acknowledged")), esc(tr("Lost")), esc(tr("Result")));
        for (const WriteCheckResult& w : record.writes) {
            QStringList lost;
            for (const int seq : w.lostSeqs())
                lost << QString::number(seq);
            const bool passed = w.verified && w.lost() == 0;
            html += QStringLiteral("<tr><td>%1<br><small>%2</small></td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td class=\"%7\">%8</td></tr>\n")
                        .arg(esc(w.target.name), esc(w.target.url.toString()))
                        .arg(w.records.size())
                        .arg(w.acknowledged())
                        .arg(w.failed())
                        .arg(lost.isEmpty() ? QStringLiteral("0") : esc(tr("%1 (records %2)").arg(w.lost()).arg(lost.join(QStringLiteral(", ")))),
                             passed ? QStringLiteral("passed") : QStringLiteral("failed"),
                             esc(passed ? tr("every acknowledged write read back") : w.verified ? tr("writes lost") : w.verifyError));
        }
        html += QStringLiteral("</table>\n");
    }

    html += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th></tr><tr><td>")
                .arg(esc(tr("Prediction and outcome")), esc(tr("Pacemaker predicted")), esc(tr("What happened")));
    html += record.prediction.isEmpty() ? esc(record.predictionNote) : esc(record.prediction.join(u'\n')).replace(u'\n', QStringLiteral("<br>"));
    html += QStringLiteral("</td><td>");
    QStringList happened;
    for (const DrillEvent& e : record.events)
        if (e.source == u"pacemaker" && e.tNs >= record.faultNs)
            happened << esc(e.text);
    html += happened.join(QStringLiteral("<br>")) + QStringLiteral("</td></tr></table>\n");

    html += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th></tr>\n").arg(esc(tr("Safety checks")), esc(tr("Check")), esc(tr("Result")));
    for (const SafetyCheck& c : record.checks)
        html += QStringLiteral("<tr><td>%1</td><td class=\"%2\">%3</td></tr>\n")
                    .arg(esc(c.name), c.passed ? QStringLiteral("passed") : QStringLiteral("failed"), esc(c.detail));
    html += QStringLiteral("</table>\n");

    html += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                .arg(esc(tr("Clocks")), esc(tr("Node")), esc(tr("Offset before")), esc(tr("Offset after")));
    const QJsonArray offsets = offsetsJson(record);
    for (const QJsonValue& v : offsets) {
        const QJsonObject o = v.toObject();
        const auto cell = [&o](const char* value, const char* error) {
            return o.contains(QLatin1String(value)) ? QStringLiteral("%1 ± %2 ms")
                                                          .arg(o.value(QLatin1String(value)).toDouble(), 0, 'f', 1)
                                                          .arg(o.value(QLatin1String(error)).toDouble(), 0, 'f', 1)
                                                    : tr("not measured");
        };
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                    .arg(esc(o.value(QLatin1String("node")).toString()), cell("before_ms", "before_error_ms"),
                         cell("after_ms", "after_error_ms"));
    }
    html += QStringLiteral("</table>\n");

    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Restoration")));
    if (!record.proofRan)
        html += QStringLiteral("<p class=\"failed\">%1</p>\n").arg(esc(tr("not proven: the proof did not run")));
    else if (record.configRestored && record.notRunning.isEmpty())
        html += QStringLiteral("<p class=\"passed\">%1</p>\n").arg(esc(tr("the configuration is the one before the drill and every resource runs")));
    else
        html += QStringLiteral("<p class=\"failed\">%1</p><pre>%2</pre>\n")
                    .arg(esc(tr("not restored")), esc((record.configDifference + record.notRunning).join(u'\n')));
    html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>\n").arg(esc(tr("Resource")), esc(tr("Before")), esc(tr("After")));
    for (auto it = record.placementBefore.cbegin(); it != record.placementBefore.cend(); ++it)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                    .arg(esc(it.key()), esc(it.value().join(QStringLiteral(", "))),
                         esc(record.placementAfter.value(it.key()).join(QStringLiteral(", "))));
    html += QStringLiteral("</table>\n");

    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Events")));
    for (const QString& source : record.eventSources)
        html += QStringLiteral("<p>%1</p>\n").arg(esc(source));
    html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                .arg(esc(tr("Time from the fault")), esc(tr("Node")), esc(tr("Source")), esc(tr("Timed by")), esc(tr("Event")));
    for (const DrillEvent& e : record.events)
        html += QStringLiteral("<tr><td>%1 s</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                    .arg(double(fromFault(record, e.tNs)) / 1e9, 0, 'f', 3)
                    .arg(esc(e.node), esc(e.source),
                         !e.nodeClock        ? esc(tr("console"))
                         : e.errorMs >= 0 ? esc(tr("node's clock ± %1 ms").arg(e.errorMs, 0, 'f', 1))
                                          : esc(tr("node's clock, offset not measured")),
                         esc(e.text));
    html += QStringLiteral("</table>\n</body></html>\n");
    return html;
}

QString DrillReport::richText(const QString& pageHtml, const QString& timelineImage)
{
    QString html = pageHtml;
    static const QRegularExpression svg(QStringLiteral("<svg.*</svg>"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression style(QStringLiteral("<style>.*</style>"), QRegularExpression::DotMatchesEverythingOption);
    html.replace(svg, timelineImage.isEmpty() ? QString() : QStringLiteral("<p><img src=\"%1\"></p>").arg(timelineImage.toHtmlEscaped()));
    html.remove(style);
    return html;
}

QImage DrillReport::timelineImage(const DrillRecord& record, int width)
{
    QSvgRenderer renderer(timelineSvg(record, width).toUtf8());
    QImage image(renderer.defaultSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

bool DrillReport::writePdf(const DrillRecord& record, const QString& pageHtml, const QString& path, QString* error)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(96);
    pdf.setTitle(tr("Drill %1 on %2").arg(record.plan.name, record.cluster));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        *error = tr("cannot write %1").arg(path);
        return false;
    }
    const QRect page = painter.viewport();
    // The timeline first, drawn from the same SVG as the HTML; then the rest of the page's text
    // (QTextDocument draws no SVG).
    const QString svg = timelineSvg(record, page.width());
    QSvgRenderer renderer(svg.toUtf8());
    const QSize size = renderer.defaultSize();
    const QString html = richText(pageHtml);
    QTextDocument document;
    document.setDefaultStyleSheet(QStringLiteral("td,th{padding:2px 6px} th{background:#eee}"));
    document.setHtml(html);
    document.setPageSize(QSizeF(page.size()));
    document.setTextWidth(page.width());
    const int timelineAt = 110; // below the heading and the result
    const int pageHeight = page.height();
    int offset = 0;
    for (int pageIndex = 0; offset < document.size().height(); ++pageIndex) {
        if (pageIndex > 0)
            pdf.newPage();
        painter.save();
        painter.translate(0, -offset);
        document.drawContents(&painter, QRectF(0, offset, page.width(), pageHeight));
        painter.restore();
        if (pageIndex == 0 && renderer.isValid())
            renderer.render(&painter, QRectF(0, timelineAt, size.width(), size.height()));
        offset += pageHeight;
    }
    painter.end();
    return true;
}

QJsonObject DrillReport::rawJson(const DrillRecord& record)
{
    QJsonArray streams;
    for (const ProbeStreamRecord& stream : record.probes) {
        QJsonArray results;
        for (const ProbeResult& r : stream.results)
            results << QJsonArray{r.sentNs / 1000, r.latencyNs / 1000, outcomeName(r.outcome)};
        streams << QJsonObject{{QStringLiteral("service"), stream.target.service},
                               {QStringLiteral("vip"), stream.target.vip},
                               {QStringLiteral("address"), stream.target.address.toString()},
                               {QStringLiteral("port"), stream.target.port},
                               {QStringLiteral("probe"), stream.target.kind == ProbeKind::Http ? QStringLiteral("http") : QStringLiteral("tcp")},
                               {QStringLiteral("interval_ms"), stream.target.intervalMs},
                               {QStringLiteral("timeout_ms"), stream.target.timeoutMs},
                               {QStringLiteral("from"), stream.target.from},
                               {QStringLiteral("results_us"), results}};
    }
    QJsonArray events;
    for (const DrillEvent& e : record.events) {
        QJsonObject event{{QStringLiteral("t_us"), e.tNs / 1000}, {QStringLiteral("node"), e.node},
                          {QStringLiteral("source"), e.source}, {QStringLiteral("kind"), e.kind},
                          {QStringLiteral("subject"), e.subject}, {QStringLiteral("text"), e.text}};
        addClock(event, e);
        events << event;
    }
    const auto us = [](qint64 ns) { return ns < 0 ? QJsonValue() : QJsonValue(ns / 1000); };
    return {{QStringLiteral("format"), 1},
            {QStringLiteral("plan"), record.plan.toJson()},
            {QStringLiteral("cluster"), record.cluster},
            {QStringLiteral("started_at"), record.startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("result"), record.result},
            {QStringLiteral("fault_us"), us(record.faultNs)},
            {QStringLiteral("recovery_us"), us(record.recoveryNs)},
            {QStringLiteral("settled_us"), us(record.settledNs)},
            {QStringLiteral("end_us"), us(record.endNs)},
            {QStringLiteral("streams"), streams},
            {QStringLiteral("events"), events},
            {QStringLiteral("event_sources"), QJsonArray::fromStringList(record.eventSources)},
            {QStringLiteral("writes"), writesJson(record, true)}};
}

std::optional<DrillRecord> DrillReport::fromRawJson(const QJsonObject& json, QString* error)
{
    if (json.value(QLatin1String("format")).toInt() != 1) {
        *error = tr("not a drill's probes.json (format 1)");
        return std::nullopt;
    }
    DrillRecord record;
    const auto plan = DrillPlan::fromJson(json.value(QLatin1String("plan")).toObject(), error);
    if (!plan)
        return std::nullopt;
    record.plan = *plan;
    record.cluster = json.value(QLatin1String("cluster")).toString();
    record.startedAt = QDateTime::fromString(json.value(QLatin1String("started_at")).toString(), Qt::ISODateWithMs);
    record.result = json.value(QLatin1String("result")).toString();
    const auto ns = [&json](const char* key) {
        const QJsonValue v = json.value(QLatin1String(key));
        return v.isNull() || v.isUndefined() ? qint64(-1) : v.toInteger() * 1000;
    };
    record.faultNs = ns("fault_us");
    record.recoveryNs = ns("recovery_us");
    record.settledNs = ns("settled_us");
    record.endNs = ns("end_us");
    QMap<QString, ProbeOutcome> outcomes; // the names report.json and probes.json write
    for (const ProbeOutcome o : {ProbeOutcome::Ok, ProbeOutcome::Refused, ProbeOutcome::Timeout, ProbeOutcome::Wrong, ProbeOutcome::Error})
        outcomes.insert(outcomeName(o), o);
    for (const QJsonValue& v : json.value(QLatin1String("streams")).toArray()) {
        const QJsonObject o = v.toObject();
        ProbeStreamRecord stream;
        stream.target = {o.value(QLatin1String("service")).toString(), o.value(QLatin1String("vip")).toString(),
                         QHostAddress(o.value(QLatin1String("address")).toString()), o.value(QLatin1String("port")).toInt(),
                         o.value(QLatin1String("probe")).toString() == u"http" ? ProbeKind::Http : ProbeKind::Tcp,
                         QStringLiteral("/"), o.value(QLatin1String("interval_ms")).toInt(),
                         o.value(QLatin1String("timeout_ms")).toInt(), o.value(QLatin1String("from")).toString()};
        for (const QJsonValue& r : o.value(QLatin1String("results_us")).toArray()) {
            const QJsonArray a = r.toArray();
            if (a.size() != 3 || !outcomes.contains(a.at(2).toString())) {
                *error = tr("a probe result is not [sent_us, latency_us, outcome]");
                return std::nullopt;
            }
            stream.results.append({a.at(0).toInteger() * 1000, a.at(1).toInteger() * 1000, outcomes.value(a.at(2).toString())});
        }
        record.probes << stream;
    }
    for (const QJsonValue& v : json.value(QLatin1String("events")).toArray()) {
        const QJsonObject o = v.toObject();
        record.events.append({o.value(QLatin1String("t_us")).toInteger() * 1000, o.value(QLatin1String("node")).toString(),
                              o.value(QLatin1String("source")).toString(), o.value(QLatin1String("text")).toString(),
                              o.value(QLatin1String("kind")).toString(), o.value(QLatin1String("subject")).toString(),
                              o.value(QLatin1String("clock")).toString() == u"node",
                              o.value(QLatin1String("error_ms")).toDouble(-1)});
    }
    for (const QJsonValue& v : json.value(QLatin1String("event_sources")).toArray())
        record.eventSources << v.toString();
    for (const QJsonValue& v : json.value(QLatin1String("writes")).toArray()) {
        const QJsonObject o = v.toObject();
        WriteCheckResult w;
        w.target.name = o.value(QLatin1String("name")).toString();
        w.target.url = QUrl(o.value(QLatin1String("url")).toString());
        w.target.intervalMs = o.value(QLatin1String("interval_ms")).toInt();
        w.target.timeoutMs = o.value(QLatin1String("timeout_ms")).toInt();
        w.run = o.value(QLatin1String("run")).toString();
        w.verified = o.value(QLatin1String("verified")).toBool();
        w.verifyError = o.value(QLatin1String("error")).toString();
        QSet<int> lost;
        for (const QJsonValue& seq : o.value(QLatin1String("lost_seqs")).toArray())
            lost << seq.toInt();
        for (const QJsonValue& r : o.value(QLatin1String("records")).toArray()) {
            const QJsonArray a = r.toArray();
            WriteRecord written;
            written.seq = a.at(0).toInt();
            written.sentNs = a.at(1).toInteger() * 1000;
            written.answeredNs = a.at(2).isNull() ? -1 : a.at(2).toInteger() * 1000;
            for (const auto state : {WriteRecord::State::Acknowledged, WriteRecord::State::Failed})
                if (a.at(3).toString() == WriteRecord::stateName(state))
                    written.state = state;
            written.lost = lost.contains(written.seq);
            w.records << written;
        }
        record.writes << w;
    }
    return record;
}

bool DrillReport::write(const DrillRecord& record, const QString& dir, QString* error)
{
    if (!QDir().mkpath(dir)) {
        *error = tr("cannot create %1").arg(dir);
        return false;
    }
    const auto save = [&](const QString& name, const QByteArray& data) {
        QSaveFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            *error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        return true;
    };
    const QString html = toHtml(record);
    return save(QStringLiteral("report.json"), QJsonDocument(toJson(record)).toJson()) &&
           save(QStringLiteral("probes.json"), QJsonDocument(rawJson(record)).toJson(QJsonDocument::Compact)) &&
           save(QStringLiteral("report.html"), html.toUtf8()) &&
           writePdf(record, html, QDir(dir).filePath(QStringLiteral("report.pdf")), error);
}

QString DrillReport::historyPath(const QString& cluster)
{
    return pcmk::AuditLog::besideLog(QStringLiteral("drills"), cluster);
}

QJsonObject DrillReport::historyEntry(const DrillRecord& record, const QString& reportDir)
{
    qint64 worst = 0;
    QString worstService;
    QJsonObject outages;
    for (const ProbeStreamRecord& stream : record.probes) {
        const ServiceReport r = serviceReport(record, stream);
        outages.insert(stream.target.id(), ms(r.figures.outageNs));
        if (r.figures.outageNs >= worst) {
            worst = r.figures.outageNs;
            worstService = stream.target.id();
        }
    }
    return {{QStringLiteral("started_at"), record.startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("drill"), record.plan.name},
            {QStringLiteral("faults"), QJsonArray::fromStringList(record.faultTitles)},
            {QStringLiteral("result"), record.result},
            {QStringLiteral("worst_outage_ms"), ms(worst)},
            {QStringLiteral("worst_service"), worstService},
            {QStringLiteral("outages_ms"), outages},
            {QStringLiteral("config_restored"), record.configRestored},
            {QStringLiteral("report"), reportDir.isEmpty() ? QString() : QFileInfo(reportDir).absoluteFilePath()}};
}

bool DrillReport::appendHistory(const DrillRecord& record, const QString& reportDir, QString* error)
{
    const QString path = historyPath(record.cluster);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    const QByteArray line = QJsonDocument(historyEntry(record, reportDir)).toJson(QJsonDocument::Compact) + '\n';
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(line) != line.size()) {
        *error = tr("cannot append to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QList<QJsonObject> DrillReport::history(const QString& cluster)
{
    QList<QJsonObject> entries;
    QFile file(historyPath(cluster));
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QJsonDocument doc = QJsonDocument::fromJson(file.readLine());
        if (doc.isObject())
            entries << doc.object();
    }
    return entries;
}

} // namespace hadesk::drills
