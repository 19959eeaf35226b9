#pragma once

#include <QList>
#include <QtGlobal>

namespace nm::core {

/// One kind of observation of one patient over a time range, in columns: times[i] (UTC ms since
/// the epoch, ascending) goes with values[i]. Columnar because a year of minute-level heart rate
/// is 525,600 samples that charts and decimation walk as plain arrays.
struct ObservationSeries {
    QList<qint64> times;
    QList<double> values;

    qsizetype size() const { return times.size(); }
    bool isEmpty() const { return times.isEmpty(); }
};

} // namespace nm::core
