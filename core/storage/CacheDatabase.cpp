#include "core/storage/CacheDatabase.h"

#include "core/storage/SchemaMigrator.h"
#include "core/storage/SqlCipherDriver.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"nm-cache-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// Removes a connection that failed before it became a CacheDatabase.
void discard(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QVariant pragmaValue(QSqlDatabase &db, const QString &pragma)
{
    return scalar(db, "PRAGMA "_L1 + pragma);
}

} // namespace

CacheDatabase::CacheDatabase(QString connectionName, int schemaVersion)
    : m_connectionName(std::move(connectionName))
    , m_schemaVersion(schemaVersion)
{}

CacheDatabase::CacheDatabase(CacheDatabase &&other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, QString()))
    , m_schemaVersion(other.m_schemaVersion)
{}

CacheDatabase &CacheDatabase::operator=(CacheDatabase &&other) noexcept
{
    if (this != &other) {
        close();
        m_connectionName = std::exchange(other.m_connectionName, QString());
        m_schemaVersion = other.m_schemaVersion;
    }
    return *this;
}

CacheDatabase::~CacheDatabase()
{
    close();
}

QSqlDatabase CacheDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void CacheDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    discard(std::exchange(m_connectionName, QString()));
}

QStringList CacheDatabase::connectionPragmas()
{
    // synchronous=FULL makes each commit durable against power loss, not only against a crash:
    // nothing a clinician saved may vanish. temp_store=MEMORY keeps sort and index scratch data
    // out of unencrypted temp files. cache_size keeps 16 MiB of decrypted pages, so hot pages
    // are not decrypted over and over.
    return {u"foreign_keys = ON"_s, u"synchronous = FULL"_s, u"temp_store = MEMORY"_s,
            u"cache_size = -16384"_s};
}

QStringList CacheDatabase::bulkApplyPragmas(bool on)
{
    // Pulled rows land in random places of the id index: with 16 MiB of pages most inserts
    // evict and later decrypt again a page. 128 MiB holds the indexes of a large chart. Fewer
    // checkpoints mean a page changed by many commits is copied into the file once, not per
    // commit; 1,000 pages (SQLite's default) is about one pulled page's worth of writes.
    // The WAL then grows to a few hundred MB during a first sync, so the bulk apply ends with a
    // checkpoint that truncates it: the disk space comes back once, not at the next launch.
    if (on)
        return {u"cache_size = -131072"_s, u"wal_autocheckpoint = 60000"_s};
    return {u"cache_size = -16384"_s, u"wal_autocheckpoint = 1000"_s,
            u"wal_checkpoint(TRUNCATE)"_s};
}

Result<CacheDatabase, CacheDatabase::Error>
CacheDatabase::open(const QString &path, SecureBuffer key, const QString &migrations)
{
    SqlCipherDriver::registerDriver();
    const QString name = nextConnectionName();
    std::optional<Result<int, Error>> prepared;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriver::DriverName, name);
        prepared.emplace(openAndMigrate(db, path, std::move(key), migrations));
    }
    // The QSqlDatabase handle above is out of scope, so the connection can be removed cleanly.
    if (!*prepared) {
        discard(name);
        return prepared->error();
    }
    return CacheDatabase(name, prepared->value());
}

Result<int, CacheDatabase::Error> CacheDatabase::openAndMigrate(QSqlDatabase &db,
                                                                const QString &path,
                                                                SecureBuffer key,
                                                                const QString &migrations)
{
    using Kind = Error::Kind;
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLCIPHER_PAGE_SIZE=%1"_s.arg(PageSize));
    // The key goes to the driver as bytes, so it never exists as a QString.
    qobject_cast<SqlCipherDriver *>(db.driver())->setKey(std::move(key));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        const bool notDecrypted =
            (error.nativeErrorCode().toInt() & 0xff) == SqlCipherDriver::NotADatabaseCode;
        if (notDecrypted)
            return Error{Kind::CannotDecrypt,
                         tr("The local cache %1 cannot be opened: the key does not decrypt it, or "
                            "it is not an encrypted Novamind cache. The file was not changed.")
                             .arg(path)};
        return Error{Kind::Unusable,
                     tr("The local cache %1 cannot be opened: %2").arg(path, error.text())};
    }

    // Only reads until we know the file is ours and not from the future.
    const int schemaVersion = pragmaValue(db, u"user_version"_s).toInt();
    const qint32 applicationId = pragmaValue(db, u"application_id"_s).toInt();
    const int objectCount = scalar(db, u"SELECT count(*) FROM sqlite_master"_s).toInt();
    if (applicationId != ApplicationId && (schemaVersion > 0 || objectCount > 0))
        return Error{Kind::NotACache,
                     tr("The file %1 is an encrypted database of another application, not a "
                        "Novamind cache. It was left untouched.")
                         .arg(path)};

    const SchemaMigrator migrator(migrations);
    const auto known = migrator.migrations();
    if (!known)
        return Error{Kind::Unusable, known.error()};
    const int knownVersion = int(known.value().size());
    if (schemaVersion > knownVersion)
        return Error{Kind::NewerSchema,
                     tr("The local cache %1 was written by a newer version of Novamind (schema "
                        "version %2; this version understands up to %3). Update Novamind to open "
                        "it. The file was not changed.")
                         .arg(path)
                         .arg(schemaVersion)
                         .arg(knownVersion)};

    for (const QString &pragma : connectionPragmas()) {
        QSqlQuery query(db);
        if (!query.exec("PRAGMA "_L1 + pragma))
            return Error{
                Kind::Unusable,
                tr("Unable to configure the local cache: %1").arg(query.lastError().text())};
    }
    // WAL keeps readers (the UI) and the writer (sync) from blocking each other; SQLCipher
    // encrypts WAL frames like database pages.
    if (pragmaValue(db, u"journal_mode = WAL"_s).toString() != "wal"_L1)
        return Error{Kind::Unusable, tr("The local cache %1 cannot use write-ahead logging; is "
                                        "its folder read-only?")
                                         .arg(path)};

    if (schemaVersion == 0) {
        QSqlQuery stamp(db);
        if (!stamp.exec(u"PRAGMA application_id = %1"_s.arg(ApplicationId)))
            return Error{
                Kind::Unusable,
                tr("Unable to initialise the local cache: %1").arg(stamp.lastError().text())};
    }
    if (const auto migrated = migrator.migrate(db, schemaVersion); !migrated)
        return Error{Kind::MigrationFailed, migrated.error()};
    return knownVersion;
}

} // namespace nm::core
