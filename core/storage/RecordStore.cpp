#include "core/storage/RecordStore.h"

#include "core/domain/RecordMeta.h"
#include "core/storage/WriteTransaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

// The record without the common fields of every clinical row (DESIGN §5), which have columns of
// their own: what is stored as `doc`.
QJsonObject documentOf(const QJsonObject &record)
{
    QJsonObject doc = record;
    for (const QString &key : RecordMeta::jsonFields())
        doc.remove(key);
    return doc;
}

QString serialized(const QJsonObject &doc)
{
    return QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact));
}

QVariant instantColumn(const QJsonValue &iso)
{
    const QDateTime at = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant();
}

QJsonValue instantJson(const QVariant &msecs)
{
    if (msecs.isNull())
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(msecs.toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs);
}

// {name: {old, new}} for every field whose value differs; a field absent on one side is null.
QJsonObject changedFields(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject fields;
    QStringList keys = before.keys();
    for (const QString &key : after.keys()) {
        if (!before.contains(key))
            keys.append(key);
    }
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue oldValue = before.value(key);
        const QJsonValue newValue = after.value(key);
        if (oldValue != newValue) {
            fields.insert(
                key, QJsonObject{{u"old"_s, oldValue.isUndefined() ? QJsonValue::Null : oldValue},
                                 {u"new"_s, newValue.isUndefined() ? QJsonValue::Null : newValue}});
        }
    }
    return fields;
}

} // namespace

RecordStore::RecordStore(QSqlDatabase db, RecordTable table)
    : RecordStore(std::move(db), std::move(table), Clock())
{}

RecordStore::RecordStore(QSqlDatabase db, RecordTable table, Clock clock)
    : m_db(std::move(db))
    , m_table(std::move(table))
    , m_clock(std::move(clock))
{
    if (!m_clock.newChangeId)
        m_clock.newChangeId = [] {
            return QUuid::createUuid().toString(QUuid::WithoutBraces);
        };
}

RecordStore::Error RecordStore::storageError(const QString &detail) const
{
    return {Error::Kind::Storage,
            tr("The record could not be saved in the local cache: %1").arg(detail)};
}

JournalEntry RecordStore::journalEntry(const QString &id, JournalEntry::Op op, qint64 baseVersion,
                                       const QJsonObject &fields) const
{
    JournalEntry entry;
    entry.changeId = m_clock.newChangeId();
    entry.entity = m_table.entity;
    entry.entityId = id;
    entry.op = op;
    entry.baseVersion = baseVersion;
    entry.fields = fields;
    entry.createdAt = m_clock.now().toMSecsSinceEpoch();
    return entry;
}

Result<QList<QJsonObject>, RecordStore::Error>
RecordStore::select(const QString &where, const QVariantList &binds, const QString &orderBy) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, version, created_at, updated_at, created_by, deleted, doc FROM "_s +
              m_table.table + u" WHERE "_s + where +
              (orderBy.isEmpty() ? QString() : u" ORDER BY "_s + orderBy));
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (!q.exec())
        return Error{
            Error::Kind::Storage,
            tr("The records could not be read from the local cache: %1").arg(q.lastError().text())};
    QList<QJsonObject> records;
    while (q.next()) {
        QJsonObject record = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        record.insert(u"id"_s, q.value(0).toString());
        record.insert(u"version"_s, q.value(1).toLongLong());
        record.insert(u"created_at"_s, instantJson(q.value(2)));
        record.insert(u"updated_at"_s, instantJson(q.value(3)));
        record.insert(u"created_by"_s,
                      q.value(4).isNull() ? QJsonValue::Null : QJsonValue(q.value(4).toString()));
        record.insert(u"deleted"_s, q.value(5).toInt() != 0);
        records.append(record);
    }
    return records;
}

Result<std::optional<QJsonObject>, RecordStore::Error> RecordStore::load(const QString &id) const
{
    auto found = select(u"id = ?"_s, {id}, {});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(found.value().constFirst());
}

Result<QList<QJsonObject>, RecordStore::Error> RecordStore::loadWhere(const QString &where,
                                                                      const QVariantList &binds,
                                                                      const QString &orderBy) const
{
    return select(where, binds, orderBy);
}

Status<RecordStore::Error> RecordStore::write(const QJsonObject &record, bool insert,
                                              const JournalEntry *entry)
{
    const QJsonObject doc = documentOf(record);
    const QString id = record.value(u"id"_s).toString();
    const QVariantList extra = m_table.columnValues(doc);

    // An edit (row + journal entry) is a savepoint of its own. A server record is written by
    // callers that abandon their transaction when a write fails (a pulled page, bulk puts):
    // there a savepoint per record would only cost its journal, every page of which SQLCipher
    // encrypts.
    WriteTransaction transaction(m_db, entry ? WriteTransaction::Nesting::Savepoint
                                             : WriteTransaction::Nesting::JoinOuter);
    if (auto begun = transaction.begin(); !begun)
        return storageError(begun.error());

    QSqlQuery q(m_db);
    if (insert) {
        QString placeholders = u"?, ?, ?, ?, ?, ?, ?"_s;
        for (qsizetype i = 0; i < m_table.columns.size(); ++i)
            placeholders += u", ?"_s;
        QStringList columns = {u"id"_s,         u"version"_s, u"created_at"_s, u"updated_at"_s,
                               u"created_by"_s, u"deleted"_s, u"doc"_s};
        columns += m_table.columns;
        q.prepare(u"INSERT INTO "_s + m_table.table + u" ("_s + columns.join(u", "_s) +
                  u") VALUES ("_s + placeholders + u')');
        q.addBindValue(id);
        q.addBindValue(record.value(u"version"_s).toInteger());
        q.addBindValue(instantColumn(record.value(u"created_at"_s)));
        q.addBindValue(instantColumn(record.value(u"updated_at"_s)));
        const QString createdBy = record.value(u"created_by"_s).toString();
        q.addBindValue(createdBy.isEmpty() ? QVariant() : QVariant(createdBy));
        q.addBindValue(record.value(u"deleted"_s).toBool() ? 1 : 0);
        q.addBindValue(serialized(doc));
    } else {
        // A put (no journal entry) carries the server's version and times; an edit keeps them.
        QString assignments = entry ? u"updated_at = ?, deleted = ?, doc = ?"_s
                                    : u"version = ?, created_at = ?, created_by = ?, "
                                      "updated_at = ?, deleted = ?, doc = ?"_s;
        for (const QString &column : m_table.columns)
            assignments += u", "_s + column + u" = ?"_s;
        q.prepare(u"UPDATE "_s + m_table.table + u" SET "_s + assignments + u" WHERE id = ?"_s);
        if (!entry) {
            q.addBindValue(record.value(u"version"_s).toInteger());
            q.addBindValue(instantColumn(record.value(u"created_at"_s)));
            const QString createdBy = record.value(u"created_by"_s).toString();
            q.addBindValue(createdBy.isEmpty() ? QVariant() : QVariant(createdBy));
        }
        q.addBindValue(instantColumn(record.value(u"updated_at"_s)));
        q.addBindValue(record.value(u"deleted"_s).toBool() ? 1 : 0);
        q.addBindValue(serialized(doc));
    }
    for (const QVariant &value : extra)
        q.addBindValue(value);
    if (!insert)
        q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError().text());

    if (m_table.writeDerived) {
        if (auto derived = m_table.writeDerived(m_db, id, doc); !derived)
            return storageError(derived.error());
    }
    if (entry) {
        if (auto queued = ChangeJournal(m_db).append(*entry); !queued)
            return storageError(queued.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return storageError(committed.error());
    return Done{};
}

Status<RecordStore::Error> RecordStore::create(const QJsonObject &record)
{
    const QString id = record.value(u"id"_s).toString();
    if (id.isEmpty())
        return Error{Error::Kind::Storage, tr("A record needs an id before it can be saved")};
    auto existing = load(id);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{Error::Kind::AlreadyExists, tr("A record with this id already exists")};

    QJsonObject stored = record;
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    if (!QDateTime::fromString(stored.value(u"created_at"_s).toString(), Qt::ISODateWithMs)
             .isValid())
        stored.insert(u"created_at"_s, now);
    stored.insert(u"updated_at"_s, now);
    stored.insert(u"deleted"_s, false);
    const JournalEntry entry = journalEntry(id, JournalEntry::Op::Create, 0,
                                            changedFields(QJsonObject(), documentOf(stored)));
    return write(stored, true, &entry);
}

Status<RecordStore::Error> RecordStore::update(const QJsonObject &record)
{
    const QString id = record.value(u"id"_s).toString();
    auto existing = load(id);
    if (!existing)
        return existing.error();
    if (!existing.value() || existing.value()->value(u"deleted"_s).toBool())
        return Error{Error::Kind::NotFound, tr("The record no longer exists")};
    const QJsonObject &current = *existing.value();
    const QJsonObject before = documentOf(current);
    if (m_table.isFinal && m_table.isFinal(before))
        return Error{Error::Kind::Final, tr("This record is final and cannot be changed")};

    const QJsonObject fields = changedFields(before, documentOf(record));
    if (fields.isEmpty())
        return Done{};
    QJsonObject stored = record;
    stored.insert(u"updated_at"_s, m_clock.now().toString(Qt::ISODateWithMs));
    stored.insert(u"deleted"_s, false);
    const JournalEntry entry =
        journalEntry(id, JournalEntry::Op::Update, current.value(u"version"_s).toInteger(), fields);
    return write(stored, false, &entry);
}

Status<RecordStore::Error> RecordStore::put(const QJsonObject &record)
{
    const QString id = record.value(u"id"_s).toString();
    if (id.isEmpty())
        return Error{Error::Kind::Storage, tr("A record needs an id before it can be saved")};
    if (instantColumn(record.value(u"created_at"_s)).isNull() ||
        instantColumn(record.value(u"updated_at"_s)).isNull())
        return Error{Error::Kind::Storage,
                     tr("A record from the server must carry its created_at and updated_at")};
    auto existing = load(id);
    if (!existing)
        return existing.error();
    if (existing.value() && m_table.isFinal && m_table.isFinal(documentOf(*existing.value())) &&
        documentOf(*existing.value()) != documentOf(record))
        return Error{Error::Kind::Final, tr("This record is final and cannot be changed")};
    return write(record, !existing.value(), nullptr);
}

Status<RecordStore::Error> RecordStore::putFromServer(const QJsonObject &record)
{
    return putFromServer(QList<QJsonObject>{record});
}

Status<RecordStore::Error> RecordStore::putFromServer(const QList<QJsonObject> &records)
{
    for (const QJsonObject &record : records) {
        if (record.value(u"id"_s).toString().isEmpty())
            return Error{Error::Kind::Storage, tr("A record needs an id before it can be saved")};
    }
    // A pulled page is one transaction already; its caller abandons it if a record fails.
    WriteTransaction transaction(m_db, WriteTransaction::Nesting::JoinOuter);
    if (auto begun = transaction.begin(); !begun)
        return storageError(begun.error());
    // The immutability triggers step aside while this row exists (cache migration 0005); it
    // lives only inside this transaction.
    QSqlQuery flag(m_db);
    if (!flag.exec(
            u"INSERT OR REPLACE INTO sync_state (name, value) VALUES ('server_apply', '1')"_s))
        return storageError(flag.lastError().text());
    for (const QJsonObject &record : records) {
        auto existing = load(record.value(u"id"_s).toString());
        if (!existing)
            return existing.error();
        if (auto written = write(record, !existing.value(), nullptr); !written)
            return written.error();
    }
    if (!flag.exec(u"DELETE FROM sync_state WHERE name = 'server_apply'"_s))
        return storageError(flag.lastError().text());
    if (auto committed = transaction.commit(); !committed)
        return storageError(committed.error());
    return Done{};
}

Status<RecordStore::Error> RecordStore::remove(const QString &id)
{
    auto existing = load(id);
    if (!existing)
        return existing.error();
    if (!existing.value())
        return Error{Error::Kind::NotFound, tr("The record no longer exists")};
    QJsonObject stored = *existing.value();
    if (stored.value(u"deleted"_s).toBool())
        return Done{};
    if (m_table.isFinal && m_table.isFinal(documentOf(stored)))
        return Error{Error::Kind::Final, tr("This record is final and cannot be deleted")};
    stored.insert(u"updated_at"_s, m_clock.now().toString(Qt::ISODateWithMs));
    stored.insert(u"deleted"_s, true);
    const JournalEntry entry = journalEntry(id, JournalEntry::Op::Delete,
                                            stored.value(u"version"_s).toInteger(), QJsonObject());
    return write(stored, false, &entry);
}

} // namespace nm::core
