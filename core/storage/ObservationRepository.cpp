#include "core/storage/ObservationRepository.h"

#include "core/domain/RecordMeta.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

QVariant uuidOrNull(const QUuid &id)
{
    return id.isNull() ? QVariant() : QVariant(id.toString(QUuid::WithoutBraces));
}

} // namespace

ObservationRepository::ObservationRepository(QSqlDatabase db, RecordStore::Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{
    if (!m_clock.newChangeId)
        m_clock.newChangeId = [] {
            return QUuid::createUuid().toString(QUuid::WithoutBraces);
        };
}

Status<RepositoryError> ObservationRepository::add(const QList<Observation> &observations)
{
    for (qsizetype i = 0; i < observations.size(); ++i) {
        const FieldErrors problems = observations.at(i).validate();
        if (!problems.isEmpty())
            return RepositoryError{
                RepositoryError::Kind::Invalid,
                tr("Reading %1 of %2 needs attention").arg(i + 1).arg(observations.size()),
                problems};
    }
    return write(observations, true);
}

Status<RepositoryError> ObservationRepository::put(const QList<Observation> &observations)
{
    return write(observations, false);
}

Status<RepositoryError> ObservationRepository::write(const QList<Observation> &observations,
                                                     bool journal)
{
    const auto failed = [](const QString &detail) {
        return RepositoryError{
            RepositoryError::Kind::Storage,
            tr("The readings could not be saved in the local cache: %1").arg(detail),
            {}};
    };
    // A server page joins the engine's transaction: a savepoint per page costs more than its rows.
    WriteTransaction transaction(m_db, journal ? WriteTransaction::Nesting::Savepoint
                                               : WriteTransaction::Nesting::JoinOuter);
    if (auto begun = transaction.begin(); !begun)
        return failed(begun.error());
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    // A local reading is new by construction (fresh id); a server reading usually is too, and
    // the rare one that arrives again (an edit, a tombstone, a resumed page) is updated in place.
    // INSERT OR REPLACE would be one statement, but it costs a delete and a second index search
    // for every row of an initial sync.
    QSqlQuery insert(m_db);
    insert.prepare((journal ? u"INSERT"_s : u"INSERT OR IGNORE"_s) +
                   u" INTO observations (version, created_at, updated_at, created_by, "
                   "deleted, patient_id, kind, at, value, unit, source, id) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery update(m_db);
    bool updatePrepared = false;
    ChangeJournal outbox(m_db);
    for (const Observation &observation : observations) {
        const RecordMeta &meta = observation.meta;
        const QString id = meta.id.toString(QUuid::WithoutBraces);
        const QVariantList values = {
            meta.version,
            journal || !meta.createdAt.isValid() ? now : meta.createdAt.toMSecsSinceEpoch(),
            journal || !meta.updatedAt.isValid() ? now : meta.updatedAt.toMSecsSinceEpoch(),
            uuidOrNull(meta.createdBy),
            meta.deleted ? 1 : 0,
            observation.patientId.toString(QUuid::WithoutBraces),
            QString(enumId(observation.kind)),
            observation.at.toMSecsSinceEpoch(),
            observation.value,
            observation.unit,
            observation.source.isNull() ? u""_s : observation.source,
            id,
        };
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec())
            return failed(insert.lastError().text());
        if (!journal && insert.numRowsAffected() == 0) {
            // Ignored: the id is already here (anything else a constraint refuses, the update
            // refuses again, with its reason).
            if (!updatePrepared &&
                !update.prepare(u"UPDATE observations SET version = ?, created_at = ?, "
                                "updated_at = ?, created_by = ?, deleted = ?, patient_id = ?, "
                                "kind = ?, at = ?, value = ?, unit = ?, source = ? WHERE id = ?"_s))
                return failed(update.lastError().text());
            updatePrepared = true;
            for (int i = 0; i < values.size(); ++i)
                update.bindValue(i, values.at(i));
            if (!update.exec())
                return failed(update.lastError().text());
            if (update.numRowsAffected() != 1)
                return failed(tr("reading %1 was refused").arg(id));
        }
        if (!journal)
            continue;
        JournalEntry entry;
        entry.changeId = m_clock.newChangeId();
        entry.entity = u"observation"_s;
        entry.entityId = id;
        entry.op = JournalEntry::Op::Create;
        entry.createdAt = now;
        const QJsonObject json = observation.toJson();
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (!RecordMeta::jsonFields().contains(it.key()))
                entry.fields.insert(
                    it.key(), QJsonObject{{u"old"_s, QJsonValue::Null}, {u"new"_s, it.value()}});
        }
        if (auto queued = outbox.append(entry); !queued)
            return failed(queued.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return failed(committed.error());
    return Done{};
}

} // namespace nm::core
