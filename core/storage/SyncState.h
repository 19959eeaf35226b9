#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace nm::core {

/// Sync bookkeeping kept in the cache (the sync_state table): the opaque pull cursor and the time
/// of the last successful sync. setCursor() joins the caller's transaction, so a pulled page and
/// the cursor after it are committed together and an interrupted pull resumes where it stopped.
class SyncState {
    Q_DECLARE_TR_FUNCTIONS(SyncState)

public:
    explicit SyncState(QSqlDatabase db);

    /// The cursor to pull from; empty before the first pull.
    Result<QString, QString> cursor() const;
    Status<QString> setCursor(const QString &cursor);
    /// Invalid before the first successful sync.
    Result<QDateTime, QString> lastSyncAt() const;
    Status<QString> setLastSyncAt(const QDateTime &at);

private:
    Result<QString, QString> value(const QString &name) const;
    Status<QString> setValue(const QString &name, const QString &value);

    QSqlDatabase m_db;
};

} // namespace nm::core
