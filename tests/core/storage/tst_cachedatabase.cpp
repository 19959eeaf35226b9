// The cache database: configuration, migrations, and refusal of files it must not touch.

#include "core/crypto/SecureBuffer.h"
#include "core/storage/CacheDatabase.h"
#include "core/storage/SqlCipherDriver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::CacheDatabase;
using nm::core::SecureBuffer;
using nm::core::SqlCipherDriver;
using Kind = CacheDatabase::Error::Kind;

namespace {

const QString KeyHex = u"5a5b5c5d5e5f606162636465666768696a6b6c6d6e6f70717273747576777879"_s;
const QString OtherKeyHex = u"a5b5c5d5e5f606162636465666768696a6b6c6d6e6f7071727374757677787a9"_s;

SecureBuffer key(const QString &hex = KeyHex)
{
    return *SecureBuffer::fromHex(hex);
}

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// Runs \a statements on the file through the raw driver, as another program (or a newer
// Novamind) would.
void rawExec(const QString &path, const QString &keyHex, const QStringList &statements)
{
    const QString name = u"raw"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriver::DriverName, name);
        db.setDatabaseName(path);
        db.setConnectOptions("QSQLCIPHER_KEY="_L1 + keyHex + ";QSQLCIPHER_PAGE_SIZE=4096"_L1);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(contents);
}

} // namespace

class TestCacheDatabase final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A migration set on disk: the shipped first migration plus \a extra scripts.
    QString migrationSet(const QString &name, const QList<std::pair<QString, QString>> &extra)
    {
        const QString dir = path(name);
        QDir().mkpath(dir);
        QFile::remove(dir + u"/0001_schema_history.sql"_s);
        QFile::copy(u":/migrations/cache/0001_schema_history.sql"_s,
                    dir + u"/0001_schema_history.sql"_s);
        for (const auto &[file, sql] : extra)
            writeFile(dir + u'/' + file, sql.toUtf8());
        return dir;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void freshCacheIsConfiguredAndMigrated()
    {
        const QString file = path(u"fresh.db"_s);
        auto opened = CacheDatabase::open(file, key());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        CacheDatabase &cache = opened.value();
        const int shipped = int(QDir(u":/migrations/cache"_s).entryList(QDir::Files).size());
        QVERIFY(shipped >= 2);
        QCOMPARE(cache.schemaVersion(), shipped);
        {
            const QSqlDatabase db = cache.database();
            QVERIFY(db.isOpen());
            QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), shipped);
            QCOMPARE(scalar(db, u"PRAGMA application_id"_s).toInt(), CacheDatabase::ApplicationId);
            QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
            QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
            QCOMPARE(scalar(db, u"PRAGMA cipher_page_size"_s).toInt(), 4096);
            QCOMPARE(scalar(db, u"PRAGMA temp_store"_s).toInt(), 2);  // MEMORY
            QCOMPARE(scalar(db, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
            QCOMPARE(scalar(db, u"SELECT count(*) FROM schema_migrations"_s).toInt(), shipped);
            QCOMPARE(
                scalar(db, u"SELECT name FROM schema_migrations WHERE version = 1"_s).toString(),
                u"schema_history"_s);
        }
        cache.close();
        QVERIFY(!QSqlDatabase::connectionNames().contains(u"nm-cache-0"_s));
    }

    void reopeningIsANoOp()
    {
        const QString file = path(u"reopen.db"_s);
        qint64 appliedAt = 0;
        {
            auto first = CacheDatabase::open(file, key());
            QVERIFY(first);
            appliedAt =
                scalar(first.value().database(), u"SELECT max(applied_at) FROM schema_migrations"_s)
                    .toLongLong();
        }
        const QByteArray before = digestOf(file);
        QTest::qWait(5); // a second migration would record a later time
        auto second = CacheDatabase::open(file, key());
        QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
        {
            const QSqlDatabase db = second.value().database();
            QCOMPARE(scalar(db, u"SELECT count(*) FROM schema_migrations"_s).toInt(),
                     second.value().schemaVersion());
            QCOMPARE(scalar(db, u"SELECT max(applied_at) FROM schema_migrations"_s).toLongLong(),
                     appliedAt);
        }
        second.value().close();
        QCOMPARE(digestOf(file), before);
    }

    void newerSchemaIsRefusedAndLeftUnchanged()
    {
        const QString file = path(u"newer.db"_s);
        QVERIFY(CacheDatabase::open(file, key()));
        rawExec(file, KeyHex,
                {u"CREATE TABLE from_the_future (x)"_s, u"PRAGMA user_version = 7"_s});
        const QByteArray before = digestOf(file);
        const QDateTime modified = QFileInfo(file).lastModified();

        auto refused = CacheDatabase::open(file, key());
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Kind::NewerSchema);
        QVERIFY2(refused.error().message.contains(u"newer version of Novamind"_s),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(u"schema version 7"_s));
        QCOMPARE(digestOf(file), before);
        QCOMPARE(QFileInfo(file).lastModified(), modified);
        QVERIFY(!QFile::exists(file + u"-wal"_s) || QFileInfo(file + u"-wal"_s).size() == 0);
    }

    void wrongKeyIsRefusedAndLeftUnchanged()
    {
        const QString file = path(u"wrongkey.db"_s);
        QVERIFY(CacheDatabase::open(file, key()));
        const QByteArray before = digestOf(file);
        auto refused = CacheDatabase::open(file, key(OtherKeyHex));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Kind::CannotDecrypt);
        QVERIFY(refused.error().message.contains(u"not changed"_s));
        QCOMPARE(digestOf(file), before);
        QVERIFY(CacheDatabase::open(file, key())); // and it still opens with the right key
    }

    void corruptOrForeignFilesAreRefusedAndLeftUnchanged_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("random bytes") << QByteArray(8192, '\x5a');
        QTest::newRow("a text file") << QByteArray("patient list\nsmith, john\n");
        QByteArray damaged(16384, '\0');
        damaged.replace(0, 16, "SQLite format 3");
        QTest::newRow("a damaged plain header") << damaged;
    }

    void corruptOrForeignFilesAreRefusedAndLeftUnchanged()
    {
        QFETCH(QByteArray, contents);
        const QString file =
            path(u"foreign-%1.db"_s.arg(QLatin1StringView(QTest::currentDataTag())));
        writeFile(file, contents);
        auto refused = CacheDatabase::open(file, key());
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Kind::CannotDecrypt);
        QFile read(file);
        QVERIFY(read.open(QIODevice::ReadOnly));
        QCOMPARE(read.readAll(), contents);
    }

    void plainSqliteDatabaseIsRefused()
    {
        const QString file = path(u"plain.db"_s);
        {
            QSqlDatabase plain = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plain"_s);
            plain.setDatabaseName(file);
            QVERIFY(plain.open());
            QSqlQuery q(plain);
            QVERIFY(q.exec(u"CREATE TABLE patients (name TEXT)"_s));
            plain.close();
        }
        QSqlDatabase::removeDatabase(u"plain"_s);
        const QByteArray before = digestOf(file);
        auto refused = CacheDatabase::open(file, key());
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Kind::CannotDecrypt);
        QCOMPARE(digestOf(file), before);
    }

    void anotherApplicationsEncryptedDatabaseIsRefused()
    {
        const QString file = path(u"other-app.db"_s);
        rawExec(file, KeyHex, {u"CREATE TABLE their_data (x)"_s});
        const QByteArray before = digestOf(file);
        auto refused = CacheDatabase::open(file, key());
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Kind::NotACache);
        QVERIFY(refused.error().message.contains(u"not a Novamind cache"_s));
        QCOMPARE(digestOf(file), before);
    }

    void failedMigrationRollsBackEntirely()
    {
        const QString broken = migrationSet(
            u"broken"_s,
            {{u"0002_add_patients.sql"_s, u"CREATE TABLE patients (id TEXT PRIMARY KEY);"_s},
             {u"0003_bad.sql"_s,
              u"CREATE TABLE half_done (x);\nINSERT INTO nowhere VALUES (1);"_s}});
        const QString file = path(u"migrate.db"_s);
        auto failed = CacheDatabase::open(file, key(), broken);
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, Kind::MigrationFailed);
        QVERIFY2(failed.error().message.contains(u"bad"_s), qPrintable(failed.error().message));
        QVERIFY(failed.error().message.contains(u"nowhere"_s)); // SQLite's reason is kept

        // Versions 1 and 2 are in; nothing of version 3 is.
        const QString fixed = migrationSet(
            u"fixed"_s,
            {{u"0002_add_patients.sql"_s, u"CREATE TABLE patients (id TEXT PRIMARY KEY);"_s}});
        auto partial = CacheDatabase::open(file, key(), fixed);
        QVERIFY2(partial, qPrintable(partial ? QString() : partial.error().message));
        {
            const QSqlDatabase db = partial.value().database();
            QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), 2);
            QVERIFY(db.tables().contains(u"patients"_s));
            QVERIFY(!db.tables().contains(u"half_done"_s));
            QCOMPARE(scalar(db, u"SELECT count(*) FROM schema_migrations"_s).toInt(), 2);
        }
        partial.value().close();

        // Once the script is corrected, the next open continues from version 2.
        writeFile(fixed + u"/0003_bad.sql"_s, "CREATE TABLE half_done (x);");
        auto complete = CacheDatabase::open(file, key(), fixed);
        QVERIFY(complete);
        QCOMPARE(complete.value().schemaVersion(), 3);
        QVERIFY(complete.value().database().tables().contains(u"half_done"_s));
    }

    void migrationSetMustBeContiguous()
    {
        const QString gap =
            migrationSet(u"gap"_s, {{u"0003_skipped_two.sql"_s, u"CREATE TABLE x (y);"_s}});
        auto refused = CacheDatabase::open(path(u"gap.db"_s), key(), gap);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Kind::Unusable);
        QVERIFY(refused.error().message.contains(u"out of sequence"_s));
    }

    void missingFolderIsAClearError()
    {
        auto refused = CacheDatabase::open(path(u"no/such/folder/cache.db"_s), key());
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Kind::Unusable);
        QVERIFY(refused.error().message.contains(u"cannot be opened"_s));
    }

    void twoCachesAtOnceAreIndependent()
    {
        auto a = CacheDatabase::open(path(u"a.db"_s), key());
        auto b = CacheDatabase::open(path(u"b.db"_s), key(OtherKeyHex));
        QVERIFY(a && b);
        QVERIFY(a.value().database().connectionName() != b.value().database().connectionName());
        CacheDatabase moved = std::move(a.value());
        QVERIFY(moved.database().isOpen());
        QVERIFY(!a.value().database().isValid());
    }
};

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"
