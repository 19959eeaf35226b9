#pragma once

#include "core/Result.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/RecordTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace nm::core {

/// Reads and writes the records of one entity kind in the cache, each local change together with
/// its change-journal entry in one transaction (DESIGN §7): both are written, or neither.
/// Records are the entity's JSON as the domain codecs write it, meta fields included. Deletion is
/// a tombstone; a final record (RecordTable::isFinal) refuses every change.
class RecordStore {
    Q_DECLARE_TR_FUNCTIONS(RecordStore)

public:
    struct Error {
        enum class Kind { NotFound, AlreadyExists, Final, Storage };
        Kind kind;
        QString message;
    };

    /// Where "now" and new change ids come from; tests make both deterministic.
    struct Clock {
        std::function<QDateTime()> now = [] {
            return QDateTime::currentDateTimeUtc();
        };
        std::function<QString()> newChangeId;
    };

    RecordStore(QSqlDatabase db, RecordTable table);
    RecordStore(QSqlDatabase db, RecordTable table, Clock clock);

    /// Stores a new record and queues a "create" carrying every field.
    Status<Error> create(const QJsonObject &record);
    /// Stores the record's new field values and queues an "update" with each changed field's old
    /// and new value; unchanged records queue nothing. updated_at becomes now.
    Status<Error> update(const QJsonObject &record);
    /// Stores \a record exactly as given (meta fields included) without queuing anything: for
    /// records that come from the server (a sync pull) or from a data import, not from an edit.
    /// Replaces a stored record with the same id unless that one is final. Inside a caller's
    /// transaction it takes no savepoint: a caller whose put failed abandons its transaction.
    Status<Error> put(const QJsonObject &record);
    /// Like put(), for sync only: the server's record replaces the cache's even when the cached
    /// one is final, because the server holds the authoritative chart (a note signed here but
    /// refused there comes back as the server has it; the refused change stays in the journal).
    Status<Error> putFromServer(const QJsonObject &record);
    /// putFromServer() for each of \a records, in one step (a pulled page's records of a kind).
    Status<Error> putFromServer(const QList<QJsonObject> &records);
    /// Marks the record deleted and queues a "delete".
    Status<Error> remove(const QString &id);
    /// The record, meta fields included; std::nullopt when there is none with \a id.
    Result<std::optional<QJsonObject>, Error> load(const QString &id) const;
    /// Every record matching the SQL condition \a where over the table's columns (with ?
    /// placeholders bound to \a binds), ordered by \a orderBy.
    Result<QList<QJsonObject>, Error> loadWhere(const QString &where, const QVariantList &binds,
                                                const QString &orderBy) const;

private:
    Status<Error> write(const QJsonObject &record, bool insert, const JournalEntry *entry);
    JournalEntry journalEntry(const QString &id, JournalEntry::Op op, qint64 baseVersion,
                              const QJsonObject &fields) const;
    Error storageError(const QString &detail) const;
    Result<QList<QJsonObject>, Error> select(const QString &where, const QVariantList &binds,
                                             const QString &orderBy) const;

    QSqlDatabase m_db;
    RecordTable m_table;
    Clock m_clock;
};

} // namespace nm::core
