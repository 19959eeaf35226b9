// Encryption at rest (DESIGN §4): nothing written through QSQLCIPHER reaches the database file or
// its write-ahead log in plaintext, and neither plain SQLite nor a wrong key can read it.

#include "core/crypto/SecureBuffer.h"
#include "core/storage/CacheDatabase.h"
#include "core/storage/SqlCipherDriver.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::CacheDatabase;
using nm::core::SecureBuffer;
using nm::core::SqlCipherDriver;

namespace {

const QString KeyHex = u"8f1e0c9d2b3a4f5e6d7c8b9a0f1e2d3c4b5a69788796a5b4c3d2e1f001122334"_s;
const QString Marker = u"PATIENT-MARKER-Zyx9-Quetiapine-Hallucination"_s;

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// True when the marker appears in UTF-8 or UTF-16 (either byte order) anywhere in the bytes.
bool containsMarker(const QByteArray &bytes)
{
    const QByteArray utf8 = Marker.toUtf8();
    QByteArray utf16le;
    QByteArray utf16be;
    for (QChar c : Marker) {
        utf16le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    return bytes.contains(utf8) || bytes.contains(utf16le) || bytes.contains(utf16be);
}

struct Snapshot {
    QByteArray database;
    QByteArray wal;
};

// Writes the marker through \a driverName in WAL mode and captures the database and WAL bytes
// while the connection is still open (the WAL is checkpointed and deleted at close), then the
// database bytes after close.
Snapshot writeMarker(const QString &driverName, const QString &path, const QString &options,
                     QByteArray *afterClose)
{
    Snapshot snapshot;
    const QString name = driverName + u"-writer"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName, name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        if (!db.open())
            qFatal("open failed: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        q.exec(u"PRAGMA journal_mode = WAL"_s);
        q.exec(u"PRAGMA wal_autocheckpoint = 0"_s); // keep the frames in the WAL for the scan
        q.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, raw BLOB)"_s);
        q.exec(u"CREATE INDEX notes_body ON notes (body)"_s); // the marker lands in an index too
        q.prepare(u"INSERT INTO notes (body, raw) VALUES (?, ?)"_s);
        for (int i = 0; i < 20; ++i) {
            q.addBindValue(QString(Marker + QString::number(i)));
            q.addBindValue(Marker.toUtf8());
            if (!q.exec())
                qFatal("insert failed: %s", qPrintable(q.lastError().text()));
        }
        q.finish();
        snapshot.database = fileBytes(path);
        snapshot.wal = fileBytes(path + u"-wal"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    *afterClose = fileBytes(path);
    return snapshot;
}

} // namespace

class TestEncryptionAtRest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SqlCipherDriver::registerDriver();
        QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s));
    }

    // The control: the same workload through plain SQLite leaves the marker readable in the
    // bytes, so the scan below would notice a plaintext leak.
    void plainSqliteLeavesTheMarkerVisible()
    {
        const QString path = m_dir.filePath(u"plain.db"_s);
        QByteArray afterClose;
        const Snapshot snapshot = writeMarker(u"QSQLITE"_s, path, {}, &afterClose);
        QVERIFY(!snapshot.wal.isEmpty());
        QVERIFY(containsMarker(snapshot.wal));
        QVERIFY(containsMarker(afterClose));
    }

    void markerIsAbsentFromDatabaseAndWal()
    {
        const QString path = m_dir.filePath(u"cipher.db"_s);
        QByteArray afterClose;
        const Snapshot snapshot = writeMarker(
            SqlCipherDriver::DriverName, path,
            "QSQLCIPHER_KEY="_L1 + KeyHex + ";QSQLCIPHER_PAGE_SIZE=4096"_L1, &afterClose);
        QVERIFY2(snapshot.wal.size() > 4096, "the WAL must hold the written pages");
        QVERIFY(!containsMarker(snapshot.wal));
        QVERIFY(!containsMarker(snapshot.database));
        QVERIFY(afterClose.size() >= 4096);
        QVERIFY(!containsMarker(afterClose));
        // Not even SQLite's file header is in the clear.
        QVERIFY(!afterClose.startsWith("SQLite format 3"));

        // The data is still there for the right key.
        const QString name = u"reader"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriver::DriverName, name);
            db.setDatabaseName(path);
            db.setConnectOptions("QSQLCIPHER_KEY="_L1 + KeyHex + ";QSQLCIPHER_PAGE_SIZE=4096"_L1);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT count(*) FROM notes WHERE body LIKE '"_s + Marker + u"%'"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 20);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void cacheDatabaseFilesHoldNoPlaintext()
    {
        const QString path = m_dir.filePath(u"cache.db"_s);
        auto cache = CacheDatabase::open(path, *SecureBuffer::fromHex(KeyHex));
        QVERIFY2(cache, qPrintable(cache ? QString() : cache.error().message));
        {
            QSqlQuery q(cache.value().database());
            QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
            QVERIFY(q.exec(u"CREATE TABLE scratch (body TEXT)"_s));
            QVERIFY(q.prepare(u"INSERT INTO scratch VALUES (?)"_s));
            q.addBindValue(Marker);
            QVERIFY(q.exec());
        }
        const QByteArray wal = fileBytes(path + u"-wal"_s);
        QVERIFY(!wal.isEmpty());
        QVERIFY(!containsMarker(wal));
        cache.value().close();
        QVERIFY(!containsMarker(fileBytes(path)));
    }

    void plainSqliteCannotReadTheFile()
    {
        const QString path = m_dir.filePath(u"cipher.db"_s);
        const QString name = u"intruder"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.open(); // SQLite opens lazily; the first read is what fails
            QSqlQuery q(db);
            QVERIFY(!q.exec(u"SELECT count(*) FROM sqlite_master"_s));
            QCOMPARE(q.lastError().nativeErrorCode(), u"26"_s); // SQLITE_NOTADB
            QVERIFY(!q.exec(u"SELECT body FROM notes"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void wrongKeyFailsAtOpen()
    {
        const QString path = m_dir.filePath(u"cipher.db"_s);
        const QByteArray before = fileBytes(path);
        QString wrong = KeyHex;
        wrong[0] = wrong[0] == u'0' ? u'1' : u'0'; // one bit of difference is enough
        const QString name = u"wrongkey"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriver::DriverName, name);
            db.setDatabaseName(path);
            db.setConnectOptions("QSQLCIPHER_KEY="_L1 + wrong + ";QSQLCIPHER_PAGE_SIZE=4096"_L1);
            QVERIFY(!db.open());
            QVERIFY(!db.isOpen());
            QCOMPARE(db.lastError().nativeErrorCode().toInt() & 0xff,
                     SqlCipherDriver::NotADatabaseCode);
        }
        QSqlDatabase::removeDatabase(name);
        QCOMPARE(fileBytes(path), before);
    }

    // The plain baseline used by the benchmarks must really be the system's SQLite and not
    // SQLCipher reached through symbol interposition (see cmake/NovamindDependencies.cmake).
    void plainDriverIsTheSystemSqlite()
    {
        const QString name = u"version"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(u":memory:"_s);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT sqlite_version()"_s));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toString() != u"3.15.2"_s, qPrintable(q.value(0).toString()));
            QVERIFY(q.exec(u"PRAGMA cipher_version"_s));
            QVERIFY(!q.next());
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestEncryptionAtRest)
#include "tst_encryptionatrest.moc"
