#pragma once

#include <QChartView>

#include <vector>

class QAreaSeries;
class QLineSeries;
class QScatterSeries;

namespace hadesk::drills {
struct DrillRecord;
struct ServiceReport;
} // namespace hadesk::drills

namespace hadesk::views {

// A drill's timeline as it runs: a band per probe stream (green while its probes answer, red
// for each outage as the engine counts it, nothing where nothing was probed), the cluster's
// events as markers on a row of their own (hover one for its text), the fault and the recovery
// as lines across the bands. Drawn again from the record each time show() is called.
class DrillTimeline : public QChartView
{
    Q_OBJECT

public:
    explicit DrillTimeline(QWidget* parent = nullptr);

    // reports: each probe stream's figures, in the record's order (the caller has them already).
    void show(const drills::DrillRecord& record, const QList<drills::ServiceReport>& reports);
    void clear();

    // For a view's tests and tooltips: the rows from the top, each stream's up and down bands
    // in drill-clock milliseconds, and the events' texts near a time.
    QStringList rows() const { return m_rows; }
    struct Band
    {
        qint64 fromMs;
        qint64 toMs;
        bool up;
    };
    QList<Band> bands(const QString& row) const;
    QString eventTextNear(qint64 ms, qint64 withinMs = 250) const;
    int eventCount() const { return int(m_events.size()); }

private:
    struct Row
    {
        QAreaSeries* answered = nullptr;
        std::vector<QAreaSeries*> outages;
    };
    QAreaSeries* band(const QString& name, const QColor& colour);
    void place(QAreaSeries* series, int row, qint64 fromMs, qint64 toMs) const;
    qreal wallOf(qint64 ms) const;
    QLineSeries* marker(const QString& name, const QColor& colour);
    void onHovered(const QPointF& point, bool state);

    qint64 m_zeroWallMs = 0;
    QStringList m_rows;
    std::vector<Row> m_bands;
    QScatterSeries* m_eventMarks = nullptr;
    QLineSeries* m_fault = nullptr;
    QLineSeries* m_recovery = nullptr;
    struct Mark
    {
        qint64 ms;
        QString text;
    };
    QList<Mark> m_events;
    QMap<QString, QList<Band>> m_bandsByRow;
};

} // namespace hadesk::views
