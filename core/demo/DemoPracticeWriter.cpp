#include "core/demo/DemoPracticeWriter.h"

#include "core/storage/CacheTables.h"
#include "core/storage/ObservationRepository.h"
#include "core/storage/Repository.h"
#include "core/storage/WriteTransaction.h"

#include <functional>

namespace nm::core {

namespace {

// put() stores without validating (server records are the server's truth); the generator's own
// tests check that every record it makes is valid.
template <typename T>
Status<QString> putAll(QSqlDatabase db, const RecordTable &table, const QList<T> &records)
{
    Repository<T> repository(std::move(db), table, [](const T &) { return FieldErrors(); });
    for (const T &record : records) {
        if (auto stored = repository.put(record); !stored)
            return stored.error().message;
    }
    return Done{};
}

} // namespace

Status<QString> DemoPracticeWriter::write(const DemoPractice &practice, QSqlDatabase db)
{
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    // Patients first: every other record refers to one; notes keep generation order, so a
    // signed note is stored before the addendum that refers to it.
    const std::function<Status<QString>()> steps[] = {
        [&] { return putAll(db, CacheTables::patients(), practice.patients); },
        [&] { return putAll(db, CacheTables::clinicalNotes(), practice.notes); },
        [&] { return putAll(db, CacheTables::assessments(), practice.assessments); },
        [&] { return putAll(db, CacheTables::medications(), practice.medications); },
        [&] { return putAll(db, CacheTables::appointments(), practice.appointments); },
        [&]() -> Status<QString> {
            if (auto stored = ObservationRepository(db).put(practice.observations); !stored)
                return stored.error().message;
            return Done{};
        },
    };
    for (const auto &step : steps) {
        if (auto stored = step(); !stored)
            return tr("The demo practice could not be loaded: %1").arg(stored.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return Done{};
}

} // namespace nm::core
