#pragma once

#include <QDate>
#include <QList>
#include <QUuid>

namespace nm::core {

/// What DemoPracticeGenerator::generate() builds. Everything it produces follows from these
/// values alone: there is no clock and no global random source behind it.
struct DemoPracticeOptions {
    /// The two care-team ids used when the caller names none; fixed so that demo data generated
    /// on two machines refers to the same (demo) clinicians.
    static QList<QUuid> defaultClinicians()
    {
        return {QUuid(0x6e6d0001, 0xd3e0, 0x4c11, 0x8a, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01),
                QUuid(0x6e6d0001, 0xd3e0, 0x4c11, 0x8a, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02)};
    }

    quint64 seed = 0;
    int patients = 200;
    /// The last day of the simulated period, the practice's "today". Required: the generator
    /// never reads the clock, so the same options give the same practice on any day.
    QDate today;
    /// Length of the simulated period, ending on \a today.
    int days = 365;
    /// One patient also gets a heart-rate sample every minute of the period.
    bool minuteHeartRate = false;
    /// The clinicians' user ids the practice's records are assigned to and created by.
    QList<QUuid> clinicians = defaultClinicians();
};

} // namespace nm::core
