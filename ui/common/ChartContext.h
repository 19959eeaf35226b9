#pragma once

#include "core/instruments/InstrumentRegistry.h"
#include "core/storage/RecordStore.h"
#include "core/sync/SignedInUser.h"

#include <QSqlDatabase>
#include <QUuid>

namespace nm::ui {

/// What every tab of one open chart works with: the signed-in user's unlocked cache, the patient,
/// who is charting (their id signs notes and their permissions decide what is offered), the
/// shipped instruments and the clock new records are stamped with (tests fix it).
struct ChartContext {
    QSqlDatabase db;
    QUuid patientId;
    core::SignedInUser user;
    const core::InstrumentRegistry *instruments = nullptr;
    core::RecordStore::Clock clock;
};

} // namespace nm::ui
