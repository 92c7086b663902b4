#include "views/TimeChart.h"

#include <QAbstractSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QValueAxis>

namespace hadesk::views {

QChart* timeChart(const QString& title, const QString& timeFormat, const QString& valueFormat)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* time = new QDateTimeAxis;
    time->setFormat(timeFormat);
    time->setTickCount(5);
    auto* value = new QValueAxis;
    value->setLabelFormat(valueFormat);
    value->setRange(0, 1);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(value, Qt::AlignLeft);
    return chart;
}

void attachSeries(QChart* chart, QAbstractSeries* series)
{
    chart->addSeries(series);
    for (QAbstractAxis* axis : chart->axes())
        series->attachAxis(axis);
    // Qt Charts 6.4 lays out no labels or grid for a date-time axis that had no series when its
    // chart was first shown; hiding and showing it again lays it out.
    if (chart->series().size() == 1) {
        for (QAbstractAxis* axis : chart->axes(Qt::Horizontal)) {
            axis->setVisible(false);
            axis->setVisible(true);
        }
    }
}

} // namespace hadesk::views
