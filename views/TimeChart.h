#pragma once

class QAbstractSeries;
class QChart;
class QString;

namespace hadesk::views {

// An empty chart of values over wall-clock time: a time axis below (timeFormat, as
// QDateTimeAxis takes it), a value axis from 0 on the left (valueFormat, printf style), the
// legend at the bottom. Series attach to both axes.
QChart* timeChart(const QString& title, const QString& timeFormat, const QString& valueFormat);
// Adds a series to such a chart, on both axes.
void attachSeries(QChart* chart, QAbstractSeries* series);

} // namespace hadesk::views
