#pragma once

#include "core/Result.h"
#include "server/store/DatabaseUrl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace nm::server {

/// The server's database, embedded SQLite or PostgreSQL behind one interface: open() connects,
/// runs the dialect's migrations (resources/migrations/server/<dialect>) and hands out one
/// connection per thread, because a QSqlDatabase must never cross threads (HTTP handlers that
/// touch the database run on worker threads).
class ServerDatabase {
    Q_DECLARE_TR_FUNCTIONS(ServerDatabase)

public:
    static nm::core::Result<ServerDatabase, QString> open(const DatabaseUrl &url);
    static nm::core::Result<ServerDatabase, QString> open(const DatabaseUrl &url,
                                                          const QString &migrationsDirectory);

    /// This thread's connection, opened on first use.
    QSqlDatabase connection() const;
    DatabaseUrl::Kind kind() const { return m_url.kind; }
    int schemaVersion() const { return m_schemaVersion; }

private:
    explicit ServerDatabase(DatabaseUrl url);
    QSqlDatabase connect(const QString &name) const;

    DatabaseUrl m_url;
    QString m_prefix;
    int m_schemaVersion = 0;
};

} // namespace nm::server
