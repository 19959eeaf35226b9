#pragma once

#include "core/Result.h"
#include "core/sync/SyncConflict.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>

namespace nm::core {

/// The conflicts sync found, in the cache (sync_conflicts), until the clinician resolves them.
/// Resolving with the clinician's value writes it as a new local change, which the next sync
/// pushes; keeping the server's value only closes the conflict. Either way the row stays, with
/// its resolution, as a record of what happened.
class ConflictStore {
    Q_DECLARE_TR_FUNCTIONS(ConflictStore)

public:
    enum class Resolution { KeepServer, UseMine };

    explicit ConflictStore(QSqlDatabase db);

    /// Stores the push answer's conflicts ([{field, server_value, client_value}]) of one change;
    /// joins the caller's transaction. A change recorded before (a retried push) adds nothing.
    Status<QString> record(const QString &changeId, const QString &entity, const QString &recordId,
                           const QJsonArray &conflicts, qint64 nowMs);
    /// Unresolved conflicts, oldest first.
    Result<QList<SyncConflict>, QString> open() const;
    Result<int, QString> openCount() const;
    Status<QString> resolve(qint64 conflictId, Resolution resolution);

private:
    QSqlDatabase m_db;
};

} // namespace nm::core
