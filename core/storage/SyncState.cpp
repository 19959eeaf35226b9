#include "core/storage/SyncState.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {
const QString CursorName = u"pull_cursor"_s;
const QString LastSyncName = u"last_sync_at"_s;
} // namespace

SyncState::SyncState(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QString, QString> SyncState::value(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM sync_state WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return failure(tr("The sync state could not be read: %1").arg(q.lastError().text()));
    return q.next() ? q.value(0).toString() : QString();
}

Status<QString> SyncState::setValue(const QString &name, const QString &value)
{
    // No UPSERT before SQLite 3.24; INSERT OR REPLACE is exact for a two-column key/value table.
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO sync_state (name, value) VALUES (?, ?)"_s);
    q.addBindValue(name);
    q.addBindValue(value);
    if (!q.exec())
        return tr("The sync state could not be saved: %1").arg(q.lastError().text());
    return Done{};
}

Result<QString, QString> SyncState::cursor() const
{
    return value(CursorName);
}

Status<QString> SyncState::setCursor(const QString &cursor)
{
    return setValue(CursorName, cursor);
}

Result<QDateTime, QString> SyncState::lastSyncAt() const
{
    auto stored = value(LastSyncName);
    if (!stored)
        return failure(stored.error());
    if (stored.value().isEmpty())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(stored.value().toLongLong(), Qt::UTC);
}

Status<QString> SyncState::setLastSyncAt(const QDateTime &at)
{
    return setValue(LastSyncName, QString::number(at.toMSecsSinceEpoch()));
}

} // namespace nm::core
