#include "server/sync/SyncStore.h"

#include "core/domain/Assessment.h"
#include "core/domain/JsonValues.h"
#include "core/domain/RecordMeta.h"
#include "core/instruments/AssessmentScorer.h"
#include "server/store/SqlSupport.h"
#include "server/sync/ChangeMerger.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using nm::core::FieldErrors;
using nm::core::Permission;
using nm::core::RecordMeta;

namespace nm::server {

namespace {

QJsonObject result(const QString &changeId, const QString &status)
{
    return {{u"change_id"_s, changeId}, {u"status"_s, status}};
}

QJsonObject rejected(const QString &changeId, const QString &code, const QString &detail,
                     const FieldErrors &errors = {})
{
    QJsonObject answer = result(changeId, u"rejected"_s);
    answer.insert(u"code"_s, code);
    answer.insert(u"detail"_s, detail);
    if (!errors.isEmpty()) {
        QJsonArray list;
        for (const auto &error : errors)
            list.append(QJsonObject{{u"field"_s, error.field}, {u"message"_s, error.message}});
        answer.insert(u"errors"_s, list);
    }
    return answer;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// The users who may see a patient: its care team, or a live break-glass grant.
constexpr auto VisibleToUser =
    "patient_id IN (SELECT patient_id FROM care_team WHERE user_id = ? UNION "
    "SELECT patient_id FROM break_glass_grants WHERE user_id = ? AND expires_at > ?)";

} // namespace

SyncStore::SyncStore(const ServerDatabase &database, const CareTeamStore &careTeams,
                     const nm::core::InstrumentRegistry &instruments)
    : m_database(database)
    , m_careTeams(careTeams)
    , m_instruments(instruments)
{}

nm::core::Result<SyncStore::Page, QString> SyncStore::pull(const QUuid &userId, qint64 cursor,
                                                           int limit, qint64 nowMs,
                                                           bool countRemaining) const
{
    // One snapshot for every table of the page. Pushes commit change sequences in order, so a
    // snapshot always holds a complete prefix of them; separate statements could each see a
    // different moment, return a row with seq S+1 without the one with seq S committed in
    // between, and move the client's cursor past S for good.
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return u"Reading changes failed: cannot begin a transaction"_s;
    if (m_database.kind() == DatabaseUrl::Kind::Postgres) {
        // PostgreSQL's default (read committed) takes a new snapshot per statement.
        QSqlQuery isolation(db);
        if (!isolation.exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s)) {
            const QString message = sqlFailure(u"Reading changes"_s, isolation);
            db.rollback();
            return message;
        }
    }
    auto page = readPage(userId, cursor, limit, nowMs, countRemaining);
    db.rollback(); // read only: nothing to keep
    return page;
}

nm::core::Result<SyncStore::Page, QString> SyncStore::readPage(const QUuid &userId, qint64 cursor,
                                                               int limit, qint64 nowMs,
                                                               bool countRemaining) const
{
    limit = std::clamp(limit, 1, MaxPageSize);
    struct Row {
        qint64 seq;
        const SyncEntity *entity;
        QString id;
        qint64 version;
        bool deleted;
        QByteArray record;
    };
    // Each table gives its first rows after the cursor; merged by sequence, the first `limit`
    // of all of them are the page. One row more than the page tells whether there is more.
    QList<Row> rows;
    for (const SyncEntity &entity : SyncEntity::all()) {
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        // SQLite would otherwise walk the patient index and sort every visible row by seq for
        // each page (hundreds of milliseconds per page for a patient with a year of minute
        // heart rate); the seq index gives the page in order and stops at the limit.
        const QString source = m_database.kind() == DatabaseUrl::Kind::Sqlite
                                   ? u"%1 INDEXED BY %1_seq"_s.arg(entity.table)
                                   : entity.table;
        q.prepare(u"SELECT seq, id, version, deleted, data FROM %1 WHERE seq > ? AND %2 "
                  "ORDER BY seq LIMIT ?"_s.arg(source, QLatin1StringView(VisibleToUser)));
        q.addBindValue(cursor);
        q.addBindValue(idText(userId));
        q.addBindValue(idText(userId));
        q.addBindValue(nowMs);
        q.addBindValue(limit + 1);
        if (!q.exec())
            return sqlFailure(u"Reading changes"_s, q);
        while (q.next())
            rows.append({q.value(0).toLongLong(), &entity, q.value(1).toString(),
                         q.value(2).toLongLong(), q.value(3).toInt() != 0,
                         q.value(4).toString().toUtf8()});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.seq < b.seq; });
    Page page;
    page.hasMore = rows.size() > limit;
    if (page.hasMore)
        rows.resize(limit);
    page.count = int(rows.size());
    page.nextCursor = rows.isEmpty() ? cursor : rows.last().seq;

    if (countRemaining) {
        page.remaining = 0;
        for (const SyncEntity &entity : SyncEntity::all()) {
            QSqlQuery q(m_database.connection());
            q.prepare(u"SELECT count(*) FROM %1 WHERE seq > ? AND %2"_s.arg(
                entity.table, QLatin1StringView(VisibleToUser)));
            q.addBindValue(page.nextCursor);
            q.addBindValue(idText(userId));
            q.addBindValue(idText(userId));
            q.addBindValue(nowMs);
            if (!q.exec() || !q.next())
                return sqlFailure(u"Counting changes"_s, q);
            page.remaining += q.value(0).toLongLong();
        }
    }

    // The record text is spliced into the answer as stored: pulls move hundreds of thousands
    // of rows, and parsing each only to write it again would double the server's work.
    QByteArray json = "{\"changes\":[";
    json.reserve(rows.size() * 256 + 64);
    bool first = true;
    for (Row &row : rows) {
        if (row.entity->name == "patient"_L1) {
            // The care team is the server's: the workstation's "my patients" reads it here.
            QJsonObject record = QJsonDocument::fromJson(row.record).object();
            const auto members = m_careTeams.members(QUuid::fromString(row.id));
            if (!members)
                return members.error();
            QJsonArray team;
            for (const CareTeamStore::Member &member : members.value())
                team.append(idText(member.userId));
            record.insert(u"care_team"_s, team);
            row.record = compact(record);
        }
        if (!first)
            json += ',';
        first = false;
        json += "{\"entity\":\"" + row.entity->name.toLatin1() + "\",\"id\":\"" +
                row.id.toLatin1() + "\",\"version\":" + QByteArray::number(row.version) +
                ",\"deleted\":" + (row.deleted ? "true" : "false") + ",\"data\":" + row.record +
                '}';
    }
    json += "],\"next_cursor\":\"" + QByteArray::number(page.nextCursor) +
            "\",\"has_more\":" + (page.hasMore ? "true" : "false");
    if (page.remaining >= 0)
        json += ",\"remaining\":" + QByteArray::number(page.remaining);
    json += '}';
    page.json = std::move(json);
    return page;
}

nm::core::Result<QJsonArray, QString> SyncStore::push(const Writer &writer,
                                                      const QJsonArray &changes)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return u"Applying changes failed: cannot begin a transaction"_s;
    // Writing first takes SQLite's write lock (and PostgreSQL's row lock on the counter) at
    // once: pushes queue here instead of failing half-way, and change sequences commit in order.
    QSqlQuery lock(db);
    if (!lock.exec(u"UPDATE sync_counter SET value = value WHERE id = 1"_s)) {
        const QString message = sqlFailure(u"Locking the change sequence"_s, lock);
        db.rollback();
        return message;
    }
    QJsonArray results;
    for (const QJsonValue &value : changes) {
        auto answered = apply(writer, value.toObject());
        if (!answered) {
            db.rollback();
            return answered.error();
        }
        results.append(answered.value());
    }
    if (!db.commit()) {
        db.rollback();
        return u"Applying changes failed: the commit was refused"_s;
    }
    return results;
}

nm::core::Result<QJsonObject, QString> SyncStore::apply(const Writer &writer,
                                                        const QJsonObject &change)
{
    const QString changeId = change.value(u"change_id"_s).toString();
    if (changeId.isEmpty() || changeId.size() > 100)
        return rejected(changeId, u"invalid_change"_s, u"change_id is missing or too long"_s);

    // Answered before: the same answer again, marked duplicate, and nothing applied twice.
    {
        QSqlQuery seen(m_database.connection());
        seen.prepare(u"SELECT result, user_id FROM sync_applied_changes WHERE change_id = ?"_s);
        seen.addBindValue(changeId);
        if (!seen.exec())
            return sqlFailure(u"Reading applied changes"_s, seen);
        if (seen.next()) {
            // Someone else's change id: answering it would tell them about another's change.
            if (seen.value(1).toString() != idText(writer.userId))
                return rejected(changeId, u"invalid_change"_s,
                                u"This change_id was already used; make a new one"_s);
            QJsonObject earlier =
                QJsonDocument::fromJson(seen.value(0).toString().toUtf8()).object();
            earlier.insert(u"status"_s, u"duplicate"_s);
            return earlier;
        }
    }

    const SyncEntity *entity = SyncEntity::find(change.value(u"entity"_s).toString());
    if (!entity)
        return rejected(changeId, u"unknown_entity"_s, u"No such kind of record"_s);
    const QString op = change.value(u"op"_s).toString();
    if (op != "create"_L1 && op != "update"_L1 && op != "delete"_L1)
        return rejected(changeId, u"invalid_change"_s, u"op must be create, update or delete"_s);
    const QUuid uuid = nm::core::JsonValues::parseUuid(change.value(u"id"_s).toString());
    if (uuid.isNull())
        return rejected(changeId, u"invalid_change"_s, u"id is not a UUID"_s);
    const QString id = idText(uuid);
    const QJsonObject fields = change.value(u"fields"_s).toObject();
    if (!writer.permissions.contains(entity->writePermission))
        return rejected(changeId, u"forbidden"_s,
                        u"Your role may not change %1 records"_s.arg(entity->name));

    auto loaded = load(*entity, id);
    if (!loaded)
        return loaded.error();
    const std::optional<Stored> &current = loaded.value();

    QJsonObject record;
    QJsonArray conflicts;
    if (op == "create"_L1) {
        if (current)
            return rejected(changeId, u"exists"_s, u"A record with this id already exists"_s);
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (!RecordMeta::jsonFields().contains(it.key()) &&
                !entity->serverOwnedFields.contains(it.key()))
                record.insert(it.key(), it.value().toObject().value(u"new"_s));
        }
    } else {
        if (!current)
            return rejected(changeId, u"not_found"_s, u"No such record"_s);
        record = current->record;
    }

    const QString patientId = entity->patientIdOf(id, op == "create"_L1 ? record : current->record);
    // A new patient is its creator's; everything else needs access to the patient now.
    if (!(op == "create"_L1 && entity->name == "patient"_L1)) {
        const auto allowed =
            m_careTeams.mayAccess(writer.userId, QUuid::fromString(patientId), writer.nowMs);
        if (!allowed)
            return allowed.error();
        if (!allowed.value())
            return rejected(changeId, u"not_on_care_team"_s,
                            u"You are not on this patient's care team"_s);
    }

    if (current && entity->immutable(current->record))
        return rejected(changeId, u"immutable"_s,
                        entity->name == "clinical_note"_L1
                            ? u"A signed note cannot be changed; write an addendum"_s
                            : u"A completed assessment cannot be changed"_s);

    QStringList applied;
    if (op == "update"_L1) {
        if (current->deleted) {
            conflicts.append(QJsonObject{
                {u"field"_s, u"deleted"_s}, {u"server_value"_s, true}, {u"client_value"_s, false}});
            QJsonObject answer = result(changeId, u"conflict"_s);
            answer.insert(u"version"_s, current->version);
            answer.insert(u"conflicts"_s, conflicts);
            return answer;
        }
        ChangeMerger::Outcome merged =
            ChangeMerger::merge(current->record, fields, entity->serverOwnedFields);
        // Signing a note or completing an assessment seals what the clinician's screen showed.
        // If the record changed since the version that screen started from, and not on that
        // same device (whose own unsynced edits it did show), the seal would cover text the
        // signer never read there: nothing applies, and the change comes back as a conflict.
        const qint64 base = change.value(u"base_version"_s).toInteger();
        if (entity->immutable(merged.merged) && base != current->version &&
            (writer.deviceId.isNull() || current->updatedDevice != idText(writer.deviceId))) {
            QJsonArray unseen;
            for (auto it = fields.begin(); it != fields.end(); ++it)
                unseen.append(
                    QJsonObject{{u"field"_s, it.key()},
                                {u"server_value"_s, current->record.value(it.key())},
                                {u"client_value"_s, it.value().toObject().value(u"new"_s)}});
            QJsonObject answer = result(changeId, u"conflict"_s);
            answer.insert(u"version"_s, current->version);
            answer.insert(u"code"_s, u"changed_since_read"_s);
            answer.insert(u"conflicts"_s, unseen);
            return answer;
        }
        record = merged.merged;
        applied = merged.applied;
        conflicts = merged.conflicts;
    } else if (op == "delete"_L1) {
        const qint64 base = change.value(u"base_version"_s).toInteger();
        if (current->deleted) {
            QJsonObject answer = result(changeId, u"applied"_s);
            answer.insert(u"version"_s, current->version);
            return answer;
        }
        // Deleting what someone else has changed since would discard their work unseen.
        if (base != current->version) {
            QJsonObject answer = result(changeId, u"conflict"_s);
            answer.insert(u"version"_s, current->version);
            answer.insert(u"conflicts"_s, QJsonArray{QJsonObject{{u"field"_s, u"deleted"_s},
                                                                 {u"server_value"_s, false},
                                                                 {u"client_value"_s, true}}});
            return answer;
        }
        applied << u"deleted"_s;
    }

    // The whole record as it would be stored, checked with the domain's own rules.
    RecordMeta meta;
    meta.id = uuid;
    meta.version =
        current ? current->version + (applied.isEmpty() && op != "create"_L1 ? 0 : 1) : 1;
    meta.createdAt =
        current
            ? nm::core::JsonValues::parseInstant(current->record.value(u"created_at"_s).toString())
            : utc(writer.nowMs);
    meta.createdBy = current ? QUuid::fromString(current->record.value(u"created_by"_s).toString())
                             : writer.userId;
    meta.updatedAt = utc(writer.nowMs);
    meta.deleted = op == "delete"_L1;
    meta.writeTo(record);

    if (op == "create"_L1 || !applied.isEmpty()) {
        FieldErrors errors = entity->validate(record, utc(writer.nowMs).date());
        if (!errors.isEmpty())
            return rejected(changeId, u"invalid"_s, u"Some fields need attention"_s, errors);
        if (const auto violation = ruleViolation(*entity, record, current, writer)) {
            QJsonObject answer = *violation;
            answer.insert(u"change_id"_s, changeId);
            return answer;
        }
        if (auto written = write(*entity, id, record, current.has_value(), writer); !written)
            return written.error();
        if (op == "create"_L1 && entity->name == "patient"_L1) {
            // Whoever registers a patient treats them; administrators adjust the team later.
            QSqlQuery join(m_database.connection());
            join.prepare(u"INSERT INTO care_team (patient_id, user_id, assigned_by, assigned_at) "
                         "VALUES (?, ?, ?, ?)"_s);
            join.addBindValue(id);
            join.addBindValue(idText(writer.userId));
            join.addBindValue(idText(writer.userId));
            join.addBindValue(writer.nowMs);
            if (!join.exec())
                return sqlFailure(u"Adding the creator to the care team"_s, join);
        }
    }

    QJsonObject answer = result(changeId, conflicts.isEmpty() ? u"applied"_s : u"conflict"_s);
    answer.insert(u"version"_s, meta.version);
    if (!conflicts.isEmpty())
        answer.insert(u"conflicts"_s, conflicts);
    QSqlQuery remember(m_database.connection());
    remember.prepare(u"INSERT INTO sync_applied_changes (change_id, user_id, device_id, result, "
                     "applied_at) VALUES (?, ?, ?, ?, ?)"_s);
    remember.addBindValue(changeId);
    remember.addBindValue(idText(writer.userId));
    remember.addBindValue(writer.deviceId.isNull() ? QVariant()
                                                   : QVariant(idText(writer.deviceId)));
    remember.addBindValue(QString::fromUtf8(compact(answer)));
    remember.addBindValue(writer.nowMs);
    if (!remember.exec())
        return sqlFailure(u"Recording the applied change"_s, remember);
    return answer;
}

std::optional<QJsonObject> SyncStore::ruleViolation(const SyncEntity &entity,
                                                    const QJsonObject &record,
                                                    const std::optional<Stored> &before,
                                                    const Writer &writer) const
{
    const bool wasFinal = before && entity.immutable(before->record);
    if (entity.name == "clinical_note"_L1 && entity.immutable(record) && !wasFinal &&
        !writer.permissions.contains(Permission::NotesSign))
        return rejected({}, u"forbidden"_s, u"Your role may not sign notes"_s);

    if (entity.name == "assessment"_L1 && entity.immutable(record) && !wasFinal) {
        // The scores of a completed assessment must follow from its answers: the server scores
        // it again with the same engine, so a tampered or buggy client cannot store a total,
        // band or safety flag its answers do not give.
        auto assessment = nm::core::Assessment::fromJson(record);
        if (!assessment)
            return rejected({}, u"invalid"_s, u"Some fields need attention"_s, assessment.error());
        nm::core::ScoringContext context;
        if (auto patient = load(*SyncEntity::find(u"patient"),
                                assessment.value().patientId.toString(QUuid::WithoutBraces));
            patient && patient.value()) {
            const QString sex = patient.value()->record.value(u"sex_at_birth"_s).toString();
            if (sex == "female"_L1 || sex == "male"_L1)
                context = nm::core::ScoringContext::withSexAtBirth(sex);
        }
        auto computed =
            nm::core::AssessmentScorer(m_instruments).score(assessment.value(), context);
        if (!computed)
            return rejected({}, u"invalid"_s, u"Some answers need attention"_s, computed.error());
        if (!nm::core::AssessmentScorer::sameScores(assessment.value(), computed.value()))
            return rejected({}, u"score_mismatch"_s,
                            u"The stored scores do not follow from the answers"_s);
    }
    return std::nullopt;
}

nm::core::Result<std::optional<SyncStore::Stored>, QString>
SyncStore::load(const SyncEntity &entity, const QString &id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT version, deleted, data, patient_id, updated_by, updated_device FROM %1 "
              "WHERE id = ?"_s.arg(entity.table));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(u"Reading the record"_s, q);
    if (!q.next())
        return std::optional<Stored>();
    return std::optional<Stored>(
        Stored{q.value(0).toLongLong(), q.value(1).toInt() != 0,
               QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(),
               q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
}

nm::core::Result<qint64, QString> SyncStore::reserveSeqs(qint64 count) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE sync_counter SET value = value + ? WHERE id = 1"_s);
    q.addBindValue(count);
    if (!q.exec())
        return sqlFailure(u"Taking change sequences"_s, q);
    if (!q.exec(u"SELECT value FROM sync_counter WHERE id = 1"_s) || !q.next())
        return sqlFailure(u"Reading the change sequence"_s, q);
    return q.value(0).toLongLong() - count + 1;
}

nm::core::Status<QString> SyncStore::write(const SyncEntity &entity, const QString &id,
                                           const QJsonObject &record, bool exists,
                                           const Writer &writer)
{
    const auto seq = reserveSeqs(1);
    if (!seq)
        return seq.error();
    QSqlQuery q(m_database.connection());
    if (exists) {
        q.prepare(u"UPDATE %1 SET version = ?, seq = ?, deleted = ?, data = ?, updated_at = ?, "
                  "updated_by = ?, updated_device = ? WHERE id = ?"_s.arg(entity.table));
    } else {
        q.prepare(u"INSERT INTO %1 (version, seq, deleted, data, updated_at, updated_by, "
                  "updated_device, id, patient_id, created_at, created_by) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(entity.table));
    }
    q.addBindValue(record.value(u"version"_s).toInteger());
    q.addBindValue(seq.value());
    q.addBindValue(record.value(u"deleted"_s).toBool() ? 1 : 0);
    q.addBindValue(QString::fromUtf8(compact(record)));
    q.addBindValue(writer.nowMs);
    q.addBindValue(idText(writer.userId));
    q.addBindValue(writer.deviceId.isNull() ? QVariant() : QVariant(idText(writer.deviceId)));
    q.addBindValue(id);
    if (!exists) {
        q.addBindValue(entity.patientIdOf(id, record));
        q.addBindValue(writer.nowMs);
        q.addBindValue(idText(writer.userId));
    }
    if (!q.exec())
        return sqlFailure(u"Storing the record"_s, q);
    return nm::core::Done{};
}

nm::core::Status<QString> SyncStore::importRecords(const SyncEntity &entity,
                                                   const QList<QJsonObject> &records,
                                                   const Writer &writer)
{
    if (records.isEmpty())
        return nm::core::Done{};
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return u"Importing records failed: cannot begin a transaction"_s;
    auto fail = [&db](const QString &message) {
        db.rollback();
        return message;
    };
    const auto first = reserveSeqs(records.size());
    if (!first)
        return fail(first.error());
    QSqlQuery insert(db);
    insert.prepare(
        u"INSERT INTO %1 (id, patient_id, version, seq, deleted, data, created_at, "
        "created_by, updated_at, updated_by) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
            entity.table));
    for (qsizetype i = 0; i < records.size(); ++i) {
        QJsonObject record = records.at(i);
        record.insert(u"version"_s, 1);
        const QString id = record.value(u"id"_s).toString();
        insert.bindValue(0, id);
        insert.bindValue(1, entity.patientIdOf(id, record));
        insert.bindValue(2, first.value() + i);
        insert.bindValue(3, record.value(u"deleted"_s).toBool() ? 1 : 0);
        insert.bindValue(4, QString::fromUtf8(compact(record)));
        insert.bindValue(5, writer.nowMs);
        insert.bindValue(6, idText(writer.userId));
        insert.bindValue(7, writer.nowMs);
        insert.bindValue(8, idText(writer.userId));
        if (!insert.exec())
            return fail(sqlFailure(u"Importing a record"_s, insert));
    }
    if (!db.commit())
        return fail(u"Importing records failed: the commit was refused"_s);
    return nm::core::Done{};
}

nm::core::Status<QString> SyncStore::republishPatient(const QUuid &patientId)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return u"Republishing the patient failed: cannot begin a transaction"_s;
    auto fail = [&db](const QString &message) {
        db.rollback();
        return message;
    };
    // Each row gets a sequence of its own: a page may end between any two rows, and the next
    // pull starts after the last sequence it saw.
    for (const SyncEntity &entity : SyncEntity::all()) {
        QSqlQuery ids(db);
        ids.setForwardOnly(true);
        ids.prepare(u"SELECT id FROM %1 WHERE patient_id = ? ORDER BY seq"_s.arg(entity.table));
        ids.addBindValue(idText(patientId));
        if (!ids.exec())
            return fail(sqlFailure(u"Republishing the patient"_s, ids));
        QStringList rows;
        while (ids.next())
            rows << ids.value(0).toString();
        ids.finish();
        if (rows.isEmpty())
            continue;
        const auto first = reserveSeqs(rows.size());
        if (!first)
            return fail(first.error());
        QSqlQuery update(db);
        update.prepare(u"UPDATE %1 SET seq = ? WHERE id = ?"_s.arg(entity.table));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            update.bindValue(0, first.value() + i);
            update.bindValue(1, rows.at(i));
            if (!update.exec())
                return fail(sqlFailure(u"Republishing the patient"_s, update));
        }
    }
    if (!db.commit())
        return fail(u"Republishing the patient failed: the commit was refused"_s);
    return nm::core::Done{};
}

} // namespace nm::server
