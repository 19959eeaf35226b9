#include "core/sync/ConflictStore.h"

#include "core/storage/CacheTables.h"
#include "core/storage/RecordStore.h"
#include "core/storage/WriteTransaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

QString jsonText(const QJsonValue &value)
{
    // A JSON value of any type, stored as a one-element array so scalars survive the trip.
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue jsonValue(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

} // namespace

ConflictStore::ConflictStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

Status<QString> ConflictStore::record(const QString &changeId, const QString &entity,
                                      const QString &recordId, const QJsonArray &conflicts,
                                      qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR IGNORE INTO sync_conflicts (change_id, entity, record_id, field, "
              "server_value, client_value, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QJsonValue &conflict : conflicts) {
        q.bindValue(0, changeId);
        q.bindValue(1, entity);
        q.bindValue(2, recordId);
        q.bindValue(3, conflict[u"field"].toString());
        q.bindValue(4, jsonText(conflict[u"server_value"]));
        q.bindValue(5, jsonText(conflict[u"client_value"]));
        q.bindValue(6, nowMs);
        if (!q.exec())
            return tr("The conflict could not be saved: %1").arg(q.lastError().text());
    }
    return Done{};
}

Result<QList<SyncConflict>, QString> ConflictStore::open() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT id, change_id, entity, record_id, field, server_value, client_value, "
                "created_at FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY id"_s))
        return tr("The conflicts could not be read: %1").arg(q.lastError().text());
    QList<SyncConflict> conflicts;
    while (q.next())
        conflicts.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(),
                          jsonValue(q.value(5).toString()), jsonValue(q.value(6).toString()),
                          QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC)});
    return conflicts;
}

Result<int, QString> ConflictStore::openCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"_s) || !q.next())
        return tr("The conflicts could not be read: %1").arg(q.lastError().text());
    return q.value(0).toInt();
}

Status<QString> ConflictStore::resolve(qint64 conflictId, Resolution resolution)
{
    auto all = open();
    if (!all)
        return all.error();
    const auto it =
        std::find_if(all.value().cbegin(), all.value().cend(),
                     [conflictId](const SyncConflict &c) { return c.id == conflictId; });
    if (it == all.value().cend())
        return tr("This conflict was already resolved");
    const SyncConflict conflict = *it;

    WriteTransaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    if (resolution == Resolution::UseMine) {
        const std::optional<RecordTable> table = CacheTables::forEntity(conflict.entity);
        if (!table)
            return tr("This kind of record cannot take a value back; keep the server's");
        RecordStore store(m_db, *table);
        if (conflict.field == "deleted"_L1) {
            // The protocol has no undelete: a record the server deleted stays deleted, and the
            // conflict stays open for the clinician to see.
            if (!conflict.clientValue.toBool())
                return tr("A record deleted on the server cannot be restored here; keep the "
                          "server's version, or enter it again");
            // The clinician's delete goes out again, against the version now in the cache.
            if (auto removed = store.remove(conflict.recordId); !removed)
                return removed.error().message;
        }
        auto current = store.load(conflict.recordId);
        if (!current || !current.value())
            return tr("The record no longer exists");
        QJsonObject record = *current.value();
        if (conflict.field != "deleted"_L1) {
            if (conflict.clientValue.isNull())
                record.remove(conflict.field);
            else
                record.insert(conflict.field, conflict.clientValue);
            // A new local change like any edit: journaled, pushed, merged again on the server.
            if (auto updated = store.update(record); !updated)
                return updated.error().message;
        }
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?"_s);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(resolution == Resolution::UseMine ? u"mine"_s : u"server"_s);
    q.addBindValue(conflictId);
    if (!q.exec())
        return tr("The conflict could not be resolved: %1").arg(q.lastError().text());
    return transaction.commit();
}

} // namespace nm::core
