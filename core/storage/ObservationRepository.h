#pragma once

#include "core/domain/Observation.h"
#include "core/storage/RecordStore.h"
#include "core/storage/RepositoryError.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace nm::core {

/// Writes observations (wearable and self-reported readings) to the cache. They are many — a
/// year of minute heart rate is 525,600 rows for one patient — so they are plain columns, not
/// JSON documents, and batches are written in one transaction through one prepared statement.
class ObservationRepository {
    Q_DECLARE_TR_FUNCTIONS(ObservationRepository)

public:
    explicit ObservationRepository(QSqlDatabase db,
                                   RecordStore::Clock clock = RecordStore::Clock());

    /// Validates and stores readings entered or recorded on this workstation, each queued for
    /// sync; all of them or none.
    Status<RepositoryError> add(const QList<Observation> &observations);
    /// Stores readings that come from the server or an import as they are, queuing nothing;
    /// a reading with a known id replaces the stored one.
    Status<RepositoryError> put(const QList<Observation> &observations);

private:
    Status<RepositoryError> write(const QList<Observation> &observations, bool journal);

    QSqlDatabase m_db;
    RecordStore::Clock m_clock;
};

} // namespace nm::core
