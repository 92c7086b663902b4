// The console's time charts, drawn offscreen: a series added after the chart is shown (as the
// HAProxy tab adds a backend's line when its first round comes) still gets a time axis with its
// labels (Qt Charts 6.4 drew none: the HAProxy charts had no time axis).
#include "views/TimeChart.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QImage>
#include <QLineSeries>
#include <QTest>

using namespace hadesk::views;

class TestTimeChart : public QObject
{
    Q_OBJECT

    // Pixels darker than the chart's background in the band under the plot area, where the time
    // labels go.
    static int inkUnderThePlot(QChartView& view)
    {
        const QImage image = view.grab().toImage();
        const QRect plot = view.chart()->plotArea().toAlignedRect();
        int ink = 0;
        for (int y = plot.bottom() + 4; y < std::min(image.height(), plot.bottom() + 20); ++y)
            for (int x = plot.left(); x < plot.right(); ++x)
                ink += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        return ink;
    }

private Q_SLOTS:
    void aSeriesAddedAfterShowingGetsATimeAxis()
    {
        QChart* chart = timeChart(QStringLiteral("Requests"), QStringLiteral("HH:mm:ss"), QStringLiteral("%.0f"));
        QChartView view(chart);
        view.resize(500, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        auto* series = new QLineSeries(chart);
        attachSeries(chart, series);
        QCOMPARE(series->attachedAxes().size(), 2);
        const QDateTime end = QDateTime::currentDateTime();
        QList<QPointF> points;
        for (int i = 0; i <= 30; ++i)
            points.append({qreal(end.addSecs(-60 + 2 * i).toMSecsSinceEpoch()), 10.0});
        series->replace(points);
        chart->axes(Qt::Horizontal).constFirst()->setRange(end.addSecs(-60), end);
        QTRY_VERIFY2(inkUnderThePlot(view) > 50, qPrintable(QString::number(inkUnderThePlot(view))));
    }
};

QTEST_MAIN(TestTimeChart)
#include "tst_timechart.moc"
