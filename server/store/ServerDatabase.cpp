#include "server/store/ServerDatabase.h"

#include "core/storage/SchemaMigrator.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace nm::server {

ServerDatabase::ServerDatabase(DatabaseUrl url)
    : m_url(std::move(url))
{
    static QAtomicInteger<quint64> counter;
    m_prefix = u"nm-server-%1-"_s.arg(counter.fetchAndAddRelaxed(1));
}

QSqlDatabase ServerDatabase::connect(const QString &name) const
{
    const bool sqlite = m_url.kind == DatabaseUrl::Kind::Sqlite;
    QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? u"QSQLITE"_s : u"QPSQL"_s, name);
    if (sqlite) {
        db.setDatabaseName(m_url.sqlitePath);
        // Several worker threads write: wait for each other's locks instead of failing at once.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setDatabaseName(m_url.database);
        db.setConnectOptions(m_url.connectOptions);
    }
    if (db.open() && sqlite) {
        QSqlQuery pragma(db);
        pragma.exec(u"PRAGMA journal_mode = WAL"_s);
        pragma.exec(u"PRAGMA foreign_keys = ON"_s);
        pragma.exec(u"PRAGMA synchronous = FULL"_s);
    }
    return db;
}

QSqlDatabase ServerDatabase::connection() const
{
    const QString name =
        m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    if (!QSqlDatabase::contains(name))
        return connect(name);
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isOpen())
        db.open(); // a dropped PostgreSQL connection comes back; the error stays in lastError()
    return db;
}

nm::core::Result<ServerDatabase, QString> ServerDatabase::open(const DatabaseUrl &url)
{
    return open(url, url.kind == DatabaseUrl::Kind::Sqlite ? u":/migrations/server/sqlite"_s
                                                           : u":/migrations/server/postgres"_s);
}

nm::core::Result<ServerDatabase, QString> ServerDatabase::open(const DatabaseUrl &url,
                                                               const QString &migrationsDirectory)
{
    ServerDatabase database(url);
    QSqlDatabase db = database.connection();
    if (!db.isOpen())
        return tr("Cannot open the database %1: %2").arg(url.redacted(), db.lastError().text());

    int current = 0;
    {
        // Absent before the first migration, which creates it.
        QSqlQuery version(db);
        if (version.exec(u"SELECT max(version) FROM schema_migrations"_s) && version.next())
            current = version.value(0).toInt();
    }
    const nm::core::SchemaMigrator migrator(migrationsDirectory);
    const auto known = migrator.migrations();
    if (!known)
        return known.error();
    const int knownVersion = int(known.value().size());
    if (current > knownVersion)
        return tr("The database %1 was migrated by a newer novamind-server (schema %2; this "
                  "version knows up to %3). Upgrade the server; nothing was changed.")
            .arg(url.redacted())
            .arg(current)
            .arg(knownVersion);
    if (auto migrated = migrator.migrate(db, current); !migrated)
        return migrated.error();
    database.m_schemaVersion = knownVersion;
    return database;
}

} // namespace nm::server
