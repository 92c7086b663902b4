#include "views/DrillTimeline.h"

#include "backend/drills/DrillReport.h"
#include "views/TimeChart.h"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>

namespace hadesk::views {
namespace {

constexpr qreal kHalfBand = 0.35;
constexpr qint64 kNs = 1000000;

const QColor kUp(0x4c, 0xaf, 0x50);
const QColor kDown(0xd3, 0x2f, 0x2f);
const QColor kEvent(0x30, 0x60, 0xc0);
const QColor kFault(0x90, 0x10, 0x10);
const QColor kRecovery(0x10, 0x70, 0x10);

} // namespace

DrillTimeline::DrillTimeline(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("drillTimeline"));
    setRenderHint(QPainter::Antialiasing);
    setChart(bandChart(tr("Services and events"), QStringLiteral("hh:mm:ss"), {}));
    setMinimumHeight(220);
}

qreal DrillTimeline::wallOf(qint64 ms) const
{
    return qreal(m_zeroWallMs + ms);
}

QAreaSeries* DrillTimeline::band(const QString& name, const QColor& colour)
{
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    auto* area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    area->setName(name);
    area->setColor(colour);
    area->setBorderColor(colour);
    attachSeries(chart(), area);
    return area;
}

void DrillTimeline::place(QAreaSeries* series, int row, qint64 fromMs, qint64 toMs) const
{
    const qreal y = qreal(m_rows.size() - 1 - row);
    series->upperSeries()->replace({{wallOf(fromMs), y + kHalfBand}, {wallOf(toMs), y + kHalfBand}});
    series->lowerSeries()->replace({{wallOf(fromMs), y - kHalfBand}, {wallOf(toMs), y - kHalfBand}});
    series->setVisible(true);
}

QLineSeries* DrillTimeline::marker(const QString& name, const QColor& colour)
{
    auto* line = new QLineSeries;
    line->setName(name);
    QPen pen(colour);
    pen.setWidth(2);
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    attachSeries(chart(), line);
    line->setVisible(false);
    return line;
}

void DrillTimeline::clear()
{
    chart()->removeAllSeries();
    m_bands.clear();
    m_events.clear();
    m_bandsByRow.clear();
    m_rows.clear();
    m_eventMarks = nullptr;
    m_fault = m_recovery = nullptr;
    setBandRows(chart(), {});
}

void DrillTimeline::show(const drills::DrillRecord& record, const QList<drills::ServiceReport>& reports)
{
    QStringList rows{tr("events")};
    for (const drills::ProbeStreamRecord& stream : record.probes)
        rows << stream.target.id();
    m_zeroWallMs = record.zeroWallMs;
    if (rows != m_rows) {
        clear();
        m_rows = rows;
        setBandRows(chart(), rows);
        m_bands.resize(size_t(record.probes.size()));
        for (qsizetype i = 0; i < record.probes.size(); ++i)
            m_bands[size_t(i)].answered = band(tr("answering"), kUp);
        m_eventMarks = new QScatterSeries;
        m_eventMarks->setName(tr("cluster events"));
        m_eventMarks->setMarkerSize(9);
        m_eventMarks->setColor(kEvent);
        m_eventMarks->setBorderColor(kEvent);
        attachSeries(chart(), m_eventMarks);
        connect(m_eventMarks, &QScatterSeries::hovered, this, &DrillTimeline::onHovered);
        m_fault = marker(tr("fault"), kFault);
        m_recovery = marker(tr("recovery"), kRecovery);
    }
    m_bandsByRow.clear();
    qint64 lastMs = record.endNs / kNs;
    for (qsizetype i = 0; i < record.probes.size(); ++i) {
        const drills::ProbeStreamRecord& stream = record.probes.at(i);
        Row& row = m_bands[size_t(i)];
        QList<Band>& bands = m_bandsByRow[rows.at(i + 1)];
        if (stream.results.isEmpty()) {
            row.answered->setVisible(false);
            for (QAreaSeries* s : row.outages)
                s->setVisible(false);
            continue;
        }
        const qint64 fromMs = stream.results.constFirst().sentNs / kNs;
        const qint64 toMs = stream.results.constLast().sentNs / kNs;
        lastMs = std::max(lastMs, toMs);
        place(row.answered, int(i + 1), fromMs, toMs);
        bands.append({fromMs, toMs, true});
        // The outages as the report counts them, an ongoing one up to the newest probe.
        const QList<drills::Outage>& outages = reports.at(i).figures.outages;
        while (row.outages.size() < size_t(outages.size()))
            row.outages.push_back(band(tr("outage"), kDown));
        for (size_t o = 0; o < row.outages.size(); ++o) {
            if (o >= size_t(outages.size())) {
                row.outages[o]->setVisible(false);
                continue;
            }
            const drills::Outage& outage = outages.at(qsizetype(o));
            place(row.outages[o], int(i + 1), outage.startNs / kNs, outage.endNs / kNs);
            bands.append({outage.startNs / kNs, outage.endNs / kNs, false});
        }
    }
    m_events.clear();
    QList<QPointF> points;
    const qreal eventsRow = qreal(m_rows.size() - 1);
    for (const drills::DrillEvent& e : record.events) {
        const qint64 ms = e.tNs / kNs;
        QString text = e.node.isEmpty() ? QStringLiteral("%1: %2").arg(e.source, e.text)
                                        : QStringLiteral("%1 %2: %3").arg(e.node, e.source, e.text);
        m_events.append({ms, text});
        points << QPointF(wallOf(ms), eventsRow);
        lastMs = std::max(lastMs, ms);
    }
    m_eventMarks->replace(points);
    const qreal top = eventsRow + 0.5;
    const auto line = [&](QLineSeries* series, qint64 ns) {
        series->setVisible(ns >= 0);
        if (ns >= 0)
            series->replace({{wallOf(ns / kNs), -0.5}, {wallOf(ns / kNs), top}});
    };
    line(m_fault, record.faultNs);
    line(m_recovery, record.recoveryNs);
    // One legend entry per kind of band, not per row.
    QSet<QString> named;
    for (QLegendMarker* m : chart()->legend()->markers()) {
        const bool shown = !named.contains(m->label()) && m->series()->isVisible();
        m->setVisible(shown);
        if (shown)
            named.insert(m->label());
    }
    for (QAbstractAxis* axis : chart()->axes(Qt::Horizontal))
        if (auto* time = qobject_cast<QDateTimeAxis*>(axis))
            time->setRange(QDateTime::fromMSecsSinceEpoch(m_zeroWallMs), QDateTime::fromMSecsSinceEpoch(m_zeroWallMs + lastMs + 1000));
}

QList<DrillTimeline::Band> DrillTimeline::bands(const QString& row) const
{
    return m_bandsByRow.value(row);
}

QString DrillTimeline::eventTextNear(qint64 ms, qint64 withinMs) const
{
    QStringList texts;
    for (const Mark& m : m_events)
        if (std::abs(m.ms - ms) <= withinMs)
            texts << QStringLiteral("%1 s  %2").arg(double(m.ms) / 1000.0, 0, 'f', 3).arg(m.text);
    return texts.join(u'\n');
}

void DrillTimeline::onHovered(const QPointF& point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), eventTextNear(qint64(point.x()) - m_zeroWallMs), this);
}

} // namespace hadesk::views
