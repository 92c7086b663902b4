#include "views/TimeChart.h"

#include <QAbstractSeries>
#include <QCategoryAxis>
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

QChart* bandChart(const QString& title, const QString& timeFormat, const QStringList& rows)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* time = new QDateTimeAxis;
    time->setFormat(timeFormat);
    time->setTickCount(6);
    auto* names = new QCategoryAxis;
    names->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    names->setGridLineVisible(false);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(names, Qt::AlignLeft);
    setBandRows(chart, rows);
    return chart;
}

void setBandRows(QChart* chart, const QStringList& rows)
{
    for (QAbstractAxis* axis : chart->axes(Qt::Vertical)) {
        auto* names = qobject_cast<QCategoryAxis*>(axis);
        if (!names)
            continue;
        for (const QString& label : names->categoriesLabels())
            names->remove(label);
        // Categories go in increasing value: the last row (at 0) first.
        for (qsizetype i = rows.size() - 1; i >= 0; --i)
            names->append(rows.at(i), qreal(rows.size() - 1 - i));
        names->setRange(-0.6, qreal(std::max<qsizetype>(rows.size(), 1)) - 0.4);
    }
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
