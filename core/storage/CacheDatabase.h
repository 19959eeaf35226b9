#pragma once

#include "core/Result.h"
#include "core/crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace nm::core {

/// The encrypted local cache of one (server, user): a QSQLCIPHER connection configured as
/// DESIGN §4 requires and migrated to the schema this build knows. Refuses, without writing to
/// it, a file it cannot decrypt, a database that is not a Novamind cache, and a cache whose
/// schema is newer than this build.
class CacheDatabase {
    Q_DECLARE_TR_FUNCTIONS(CacheDatabase)

public:
    struct Error {
        enum class Kind {
            CannotDecrypt, ///< wrong key, or not an encrypted database at all
            NotACache,     ///< decrypts, but some other application's database
            NewerSchema,   ///< written by a newer Novamind; left untouched
            Unusable,      ///< I/O or configuration failure
            MigrationFailed,
        };
        Kind kind;
        QString message;
    };

    /// "NMC1": marks the file as ours in the SQLite header (PRAGMA application_id).
    static constexpr qint32 ApplicationId = 0x4E4D4331;
    static constexpr int PageSize = 4096;
    static constexpr QLatin1StringView DefaultMigrations{":/migrations/cache"};

    /// The PRAGMAs every cache connection runs after opening, besides journal_mode=WAL (which the
    /// benchmarks apply to their plain-SQLite baseline too, so both sides are configured alike).
    static QStringList connectionPragmas();

    /// PRAGMAs for a bulk apply (an initial sync of hundreds of thousands of rows) when \a on,
    /// and those that restore connectionPragmas()' memory and checkpoint settings when not.
    static QStringList bulkApplyPragmas(bool on);

    /// Opens (creating if absent) the cache at \a path with the 32-byte \a key and migrates it.
    static Result<CacheDatabase, Error> open(const QString &path, SecureBuffer key,
                                             const QString &migrations = DefaultMigrations);

    CacheDatabase(CacheDatabase &&other) noexcept;
    CacheDatabase &operator=(CacheDatabase &&other) noexcept;
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;
    ~CacheDatabase();

    /// The connection, for this thread only (a QSqlDatabase must not cross threads).
    QSqlDatabase database() const;
    int schemaVersion() const { return m_schemaVersion; }
    /// Closes the connection; the key is gone with it.
    void close();

private:
    CacheDatabase(QString connectionName, int schemaVersion);
    /// Opens \a db, checks that it may be touched, configures and migrates it.
    static Result<int, Error> openAndMigrate(QSqlDatabase &db, const QString &path,
                                             SecureBuffer key, const QString &migrations);

    QString m_connectionName;
    int m_schemaVersion = 0;
};

} // namespace nm::core
