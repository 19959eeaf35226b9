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
    WriteTransaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return failed(begun.error());
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery insert(m_db);
    // A local reading is new by construction (fresh id); a server reading may arrive again.
    insert.prepare((journal ? u"INSERT"_s : u"INSERT OR REPLACE"_s) +
                   u" INTO observations (id, version, created_at, updated_at, created_by, "
                   "deleted, patient_id, kind, at, value, unit, source) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    ChangeJournal outbox(m_db);
    for (const Observation &observation : observations) {
        const RecordMeta &meta = observation.meta;
        const QString id = meta.id.toString(QUuid::WithoutBraces);
        insert.bindValue(0, id);
        insert.bindValue(1, meta.version);
        insert.bindValue(
            2, journal || !meta.createdAt.isValid() ? now : meta.createdAt.toMSecsSinceEpoch());
        insert.bindValue(
            3, journal || !meta.updatedAt.isValid() ? now : meta.updatedAt.toMSecsSinceEpoch());
        insert.bindValue(4, uuidOrNull(meta.createdBy));
        insert.bindValue(5, meta.deleted ? 1 : 0);
        insert.bindValue(6, observation.patientId.toString(QUuid::WithoutBraces));
        insert.bindValue(7, QString(enumId(observation.kind)));
        insert.bindValue(8, observation.at.toMSecsSinceEpoch());
        insert.bindValue(9, observation.value);
        insert.bindValue(10, observation.unit);
        insert.bindValue(11, observation.source.isNull() ? u""_s : observation.source);
        if (!insert.exec())
            return failed(insert.lastError().text());
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
