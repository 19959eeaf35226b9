#include "core/storage/ChangeJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nm::core {

ChangeJournal::ChangeJournal(QSqlDatabase db)
    : m_db(std::move(db))
{}

Status<QString> ChangeJournal::append(const JournalEntry &entry)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO change_journal (change_id, entity, entity_id, op, base_version, "
              "fields, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(entry.changeId);
    q.addBindValue(entry.entity);
    q.addBindValue(entry.entityId);
    q.addBindValue(JournalEntry::opName(entry.op));
    q.addBindValue(entry.baseVersion);
    q.addBindValue(QString::fromUtf8(QJsonDocument(entry.fields).toJson(QJsonDocument::Compact)));
    q.addBindValue(entry.createdAt);
    if (!q.exec())
        return tr("The change could not be queued for sync: %1").arg(q.lastError().text());
    return Done{};
}

Result<QList<JournalEntry>, QString> ChangeJournal::select(const QString &where, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT seq, change_id, entity, entity_id, op, base_version, fields, created_at, "
              "state, reject_code, reject_detail, reject_errors FROM change_journal WHERE "_s +
              where + u" ORDER BY seq LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return tr("The sync queue could not be read: %1").arg(q.lastError().text());
    QList<JournalEntry> entries;
    while (q.next()) {
        JournalEntry entry;
        entry.seq = q.value(0).toLongLong();
        entry.changeId = q.value(1).toString();
        entry.entity = q.value(2).toString();
        entry.entityId = q.value(3).toString();
        // The table's CHECK constraint admits only the three names opFromName knows.
        entry.op =
            JournalEntry::opFromName(q.value(4).toString()).value_or(JournalEntry::Op::Update);
        entry.baseVersion = q.value(5).toLongLong();
        entry.fields = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        entry.createdAt = q.value(7).toLongLong();
        entry.rejected = q.value(8).toString() == "rejected"_L1;
        entry.rejectCode = q.value(9).toString();
        entry.rejectDetail = q.value(10).toString();
        const QJsonArray errors = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array();
        for (const QJsonValue &error : errors)
            entry.rejectErrors.add(error[u"field"].toString(), error[u"message"].toString());
        entries.append(entry);
    }
    return entries;
}

Result<QList<JournalEntry>, QString> ChangeJournal::pending(int limit) const
{
    return select(u"state = 'pending'"_s, limit);
}

Result<QList<JournalEntry>, QString> ChangeJournal::rejected() const
{
    return select(u"state = 'rejected'"_s, std::numeric_limits<int>::max());
}

Result<int, QString> ChangeJournal::pendingCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM change_journal WHERE state = 'pending'"_s) || !q.next())
        return tr("The sync queue could not be read: %1").arg(q.lastError().text());
    return q.value(0).toInt();
}

Status<QString> ChangeJournal::acknowledge(const QString &changeId)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM change_journal WHERE change_id = ?"_s);
    q.addBindValue(changeId);
    if (!q.exec())
        return tr("The sync queue could not be updated: %1").arg(q.lastError().text());
    return Done{};
}

Status<QString> ChangeJournal::reject(const QString &changeId, const QString &code,
                                      const QString &detail, const FieldErrors &errors)
{
    QJsonArray named;
    for (const FieldError &error : errors)
        named.append(QJsonObject{{u"field"_s, error.field}, {u"message"_s, error.message}});
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE change_journal SET state = 'rejected', reject_code = ?, reject_detail = ?, "
              "reject_errors = ? WHERE change_id = ?"_s);
    q.addBindValue(code);
    q.addBindValue(detail);
    q.addBindValue(named.isEmpty() ? QVariant()
                                   : QVariant(QString::fromUtf8(
                                         QJsonDocument(named).toJson(QJsonDocument::Compact))));
    q.addBindValue(changeId);
    if (!q.exec())
        return tr("The sync queue could not be updated: %1").arg(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return tr("The change %1 is not in the sync queue").arg(changeId);
    return Done{};
}

} // namespace nm::core
