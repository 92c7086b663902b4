#include "views/TimeChart.h"

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

} // namespace hadesk::views
