#pragma once

#include "core/Result.h"
#include "core/domain/Permission.h"
#include "core/instruments/InstrumentRegistry.h"
#include "server/store/CareTeamStore.h"
#include "server/store/ServerDatabase.h"
#include "server/sync/SyncEntity.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUuid>

#include <optional>

namespace nm::server {

/// The server side of sync (DESIGN §7) over the clinical tables of schema 3.
///  * pull: every record the user may see (care team or live break-glass) that changed after the
///    cursor, in change-sequence order, a page at a time;
///  * push: a batch of client changes, each checked on its own (permission, visibility,
///    immutability, the domain's validation, the assessment's scores recomputed) and merged
///    field by field; answered per change, idempotent by change_id.
class SyncStore {
public:
    static constexpr int MaxPageSize = 1000;

    struct Page {
        QByteArray json; ///< {"changes":[…],"next_cursor":"…","has_more":…}
        int count = 0;
        qint64 nextCursor = 0;
        bool hasMore = false;
        /// Rows after this page, when asked for (-1 otherwise): the workstation's progress bar.
        qint64 remaining = -1;
    };

    struct Writer {
        QUuid userId;
        QList<nm::core::Permission> permissions;
        QUuid deviceId;
        qint64 nowMs = 0;
    };

    SyncStore(const ServerDatabase &database, const CareTeamStore &careTeams,
              const nm::core::InstrumentRegistry &instruments);

    /// \a countRemaining costs a count over everything left, so clients ask for it once per
    /// sync, on the first page.
    nm::core::Result<Page, QString> pull(const QUuid &userId, qint64 cursor, int limit,
                                         qint64 nowMs, bool countRemaining = false) const;
    /// One result object per change, in order; an error only when the database failed (then
    /// nothing of the batch was applied).
    nm::core::Result<QJsonArray, QString> push(const Writer &writer, const QJsonArray &changes);
    /// Stores whole records as the server's own (demo data, imports), each at version 1, in one
    /// transaction. \a records are full record objects with their "id".
    nm::core::Status<QString> importRecords(const SyncEntity &entity,
                                            const QList<QJsonObject> &records,
                                            const Writer &writer);
    /// Gives every record of \a patientId a new change sequence, so users who were just given
    /// access (care team, break-glass) pull the patient's whole chart on their next sync. In a
    /// transaction of its own.
    nm::core::Status<QString> republishPatient(const QUuid &patientId);

private:
    struct Stored {
        qint64 version = 0;
        bool deleted = false;
        QJsonObject record;
        QString patientId;
        QString updatedBy;
        QString updatedDevice;
    };

    /// pull() inside its snapshot.
    nm::core::Result<Page, QString> readPage(const QUuid &userId, qint64 cursor, int limit,
                                             qint64 nowMs, bool countRemaining) const;
    nm::core::Result<QJsonObject, QString> apply(const Writer &writer, const QJsonObject &change);
    nm::core::Result<std::optional<Stored>, QString> load(const SyncEntity &entity,
                                                          const QString &id) const;
    /// \a count new change sequences; the first of them.
    nm::core::Result<qint64, QString> reserveSeqs(qint64 count) const;
    nm::core::Status<QString> write(const SyncEntity &entity, const QString &id,
                                    const QJsonObject &record, bool exists, const Writer &writer);
    /// Rejection codes for the clinical rules a merged record must meet, or nothing.
    std::optional<QJsonObject> ruleViolation(const SyncEntity &entity, const QJsonObject &record,
                                             const std::optional<Stored> &before,
                                             const Writer &writer) const;

    const ServerDatabase &m_database;
    const CareTeamStore &m_careTeams;
    const nm::core::InstrumentRegistry &m_instruments;
};

} // namespace nm::server
