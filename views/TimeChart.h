#pragma once

#include <QStringList>

class QAbstractSeries;
class QChart;

namespace hadesk::views {

// An empty chart of values over wall-clock time: a time axis below (timeFormat, as
// QDateTimeAxis takes it), a value axis from 0 on the left (valueFormat, printf style), the
// legend at the bottom. Series attach to both axes.
QChart* timeChart(const QString& title, const QString& timeFormat, const QString& valueFormat);
// An empty chart of rows over wall-clock time: the time axis below, the rows named on the left,
// the first at the top; row i is at value rowCount - 1 - i, each a band from -0.4 to +0.4 of it.
QChart* bandChart(const QString& title, const QString& timeFormat, const QStringList& rows);
// Names the rows of a band chart again (the rows a drill probes are known once it runs).
void setBandRows(QChart* chart, const QStringList& rows);
// Adds a series to such a chart, on both axes.
void attachSeries(QChart* chart, QAbstractSeries* series);

} // namespace hadesk::views
