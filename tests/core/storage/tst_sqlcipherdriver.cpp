// Conformance of the QSQLCIPHER driver with what QSqlQuery, QSqlQueryModel and QSqlTableModel
// rely on (DESIGN §4, "The QSQLCIPHER driver").

#include "core/storage/SqlCipherDriver.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::SqlCipherDriver;

namespace {

const QString KeyHex = u"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"_s;
const QString OtherKeyHex = u"ff0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1eff"_s;

int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

} // namespace

class TestSqlCipherDriver final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(u"db%1.sqlite"_s.arg(++m_counter)); }

    // Opens a fresh connection; the caller removes it with close().
    QSqlDatabase openDb(const QString &path, const QString &options = {})
    {
        const QString name = u"conn%1"_s.arg(++m_counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriver::DriverName, name);
        db.setDatabaseName(path);
        db.setConnectOptions(options.isNull() ? "QSQLCIPHER_KEY="_L1 + KeyHex : options);
        db.open();
        return db;
    }

    static void close(QSqlDatabase &db)
    {
        const QString name = db.connectionName();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SqlCipherDriver::registerDriver();
        SqlCipherDriver::registerDriver(); // idempotent
        QVERIFY(QSqlDatabase::drivers().contains(u"QSQLCIPHER"_s));
    }

    void opensWithKeyAndIsSqlCipher()
    {
        QSqlDatabase db = openDb(newPath());
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA cipher_version"_s));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toString().isEmpty());
        QVERIFY(q.exec(u"SELECT sqlite_version()"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"3.15.2"_s);
        q.finish();
        close(db);
    }

    void refusesToOpenWithoutAUsableKey_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("no key") << QString(u""_s) << u"key"_s;
        QTest::newRow("short key") << u"QSQLCIPHER_KEY=0011"_s << u"hexadecimal"_s;
        QTest::newRow("not hex") << "QSQLCIPHER_KEY="_L1 + QString(64, u'z') << u"hexadecimal"_s;
        QTest::newRow("misspelt option") << "QSQLCIPHER_KYE="_L1 + KeyHex << u"Unknown"_s;
        QTest::newRow("bad page size")
            << "QSQLCIPHER_KEY="_L1 + KeyHex + ";QSQLCIPHER_PAGE_SIZE=1000"_L1 << u"power of two"_s;
    }

    void refusesToOpenWithoutAUsableKey()
    {
        QFETCH(QString, options);
        QFETCH(QString, expectedText);
        const QString path = newPath();
        QSqlDatabase db = openDb(path, options);
        QVERIFY(!db.isOpen());
        QVERIFY(db.isOpenError());
        QVERIFY2(db.lastError().text().contains(expectedText), qPrintable(db.lastError().text()));
        QCOMPARE(db.lastError().type(), QSqlError::ConnectionError);
        QVERIFY(!QFile::exists(path)); // nothing was created
        close(db);
    }

    void wrongKeyFailsAtOpen()
    {
        const QString path = newPath();
        {
            QSqlDatabase db = openDb(path);
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE t (x)"_s));
            q.finish();
            close(db);
        }
        QSqlDatabase db = openDb(path, "QSQLCIPHER_KEY="_L1 + OtherKeyHex);
        QVERIFY(!db.isOpen());
        QCOMPARE(primaryCode(db.lastError()), SqlCipherDriver::NotADatabaseCode);
        QVERIFY2(db.lastError().text().contains(u"key is wrong"_s),
                 qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(!q.exec(u"SELECT * FROM t"_s));
        close(db);
    }

    void keyFromSetKeyTakesPrecedence()
    {
        const QString path = newPath();
        const QString name = u"setkey"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriver::DriverName, name);
            db.setDatabaseName(path);
            auto *driver = qobject_cast<SqlCipherDriver *>(db.driver());
            QVERIFY(driver);
            driver->setKey(*nm::core::SecureBuffer::fromHex(KeyHex));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE t (x)"_s));
            q.finish();
            db.close();
            // The key is consumed by open(): reopening without one is refused.
            QVERIFY(!db.open());
        }
        QSqlDatabase::removeDatabase(name);
        // The same bytes given as the connect option open the file.
        QSqlDatabase db = openDb(path);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QVERIFY(db.tables().contains(u"t"_s));
        close(db);
    }

    void plainSqliteFileIsRefused()
    {
        const QString path = newPath();
        {
            QSqlDatabase plain = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plain"_s);
            plain.setDatabaseName(path);
            QVERIFY(plain.open());
            QSqlQuery q(plain);
            QVERIFY(q.exec(u"CREATE TABLE t (x)"_s));
            QVERIFY(q.exec(u"INSERT INTO t VALUES (1)"_s));
            plain.close();
        }
        QSqlDatabase::removeDatabase(u"plain"_s);
        QSqlDatabase db = openDb(path);
        QVERIFY(!db.isOpen());
        QCOMPARE(primaryCode(db.lastError()), SqlCipherDriver::NotADatabaseCode);
        close(db);
    }

    void readOnlyAndBusyTimeoutOptions()
    {
        const QString path = newPath();
        QSqlDatabase writer = openDb(path);
        QSqlQuery w(writer);
        QVERIFY(w.exec(u"PRAGMA journal_mode = WAL"_s));
        QVERIFY(w.exec(u"CREATE TABLE t (v INTEGER)"_s));
        QVERIFY(w.exec(u"INSERT INTO t VALUES (1)"_s));

        QSqlDatabase reader =
            openDb(path, "QSQLCIPHER_KEY="_L1 + KeyHex + ";QSQLCIPHER_OPEN_READONLY"_L1);
        QVERIFY2(reader.isOpen(), qPrintable(reader.lastError().text()));
        QSqlQuery r(reader);
        QVERIFY(r.exec(u"SELECT v FROM t"_s));
        QVERIFY(r.next());
        QCOMPARE(r.value(0).toInt(), 1);
        QVERIFY(!r.exec(u"INSERT INTO t VALUES (2)"_s));
        QCOMPARE(primaryCode(r.lastError()), 8); // SQLITE_READONLY
        r.finish();

        // A second writer waits for the busy timeout, then reports SQLITE_BUSY.
        QSqlDatabase other =
            openDb(path, "QSQLCIPHER_KEY="_L1 + KeyHex + ";QSQLCIPHER_BUSY_TIMEOUT=50"_L1);
        QVERIFY(writer.transaction()); // BEGIN IMMEDIATE holds the write lock
        QVERIFY(!other.transaction());
        QCOMPARE(primaryCode(other.lastError()), 5); // SQLITE_BUSY
        QCOMPARE(other.lastError().type(), QSqlError::TransactionError);
        QVERIFY(writer.commit());
        QVERIFY(other.transaction());
        QVERIFY(other.rollback());
        w.finish();
        close(other);
        close(reader);
        close(writer);
    }

    void bindsPositionalAndNamedPlaceholders()
    {
        QSqlDatabase db = openDb(newPath());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE p (a INTEGER, b TEXT, c INTEGER)"_s));

        QVERIFY(q.prepare(u"INSERT INTO p (a, b, c) VALUES (?, ?, ?)"_s));
        q.addBindValue(1);
        q.addBindValue(u"one"_s);
        q.addBindValue(10);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        q.bindValue(0, 2);
        q.bindValue(1, u"two"_s);
        q.bindValue(2, 20);
        QVERIFY(q.exec());

        // Named, bound out of order, one name used twice.
        QVERIFY(q.prepare(u"INSERT INTO p (a, b, c) VALUES (:a, :b, :a * 10 + :c)"_s));
        q.bindValue(u":c"_s, 5);
        q.bindValue(u":b"_s, u"three"_s);
        q.bindValue(u":a"_s, 3);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        // A colon inside a string literal is not a placeholder.
        QVERIFY(q.prepare(u"SELECT a FROM p WHERE b = :b AND ':x' = ':x'"_s));
        q.bindValue(u":b"_s, u"three"_s);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);

        QVERIFY(q.exec(u"SELECT a, b, c FROM p ORDER BY a"_s));
        QList<QVariantList> rows;
        while (q.next())
            rows.append({q.value(0), q.value(1), q.value(2)});
        const QList<QVariantList> expected = {
            {1, u"one"_s, 10}, {2, u"two"_s, 20}, {3, u"three"_s, 35}};
        QCOMPARE(rows.size(), expected.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i][0].toInt(), expected[i][0].toInt());
            QCOMPARE(rows[i][1].toString(), expected[i][1].toString());
            QCOMPARE(rows[i][2].toInt(), expected[i][2].toInt());
        }
        q.finish();
        close(db);
    }

    void roundTripsEveryStorageClass()
    {
        QSqlDatabase db = openDb(newPath());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE v (i INTEGER, r REAL, t TEXT, b BLOB, n TEXT)"_s));
        QByteArray blob(1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < blob.size(); ++i)
            blob[i] = char((i * 131 + 7) % 256);        // every byte value, including NUL
        const qint64 big = Q_INT64_C(9007199254740993); // not representable as a double
        const QString unicode =
            u"Grüße 😀👩‍⚕️ — שלום עולם — مرحبا — 漢字 — \u200f"_s; // emoji, RTL, BiDi mark
        QVERIFY(q.prepare(u"INSERT INTO v VALUES (?, ?, ?, ?, ?)"_s));
        q.addBindValue(big);
        q.addBindValue(3.141592653589793);
        q.addBindValue(unicode);
        q.addBindValue(blob);
        q.addBindValue(QVariant(QMetaType(QMetaType::QString)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        QVERIFY(q.exec(u"SELECT i, r, t, b, n, length(t), typeof(n), length(b) FROM v"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).metaType().id(), QMetaType::LongLong);
        QCOMPARE(q.value(0).toLongLong(), big);
        QCOMPARE(q.value(1).metaType().id(), QMetaType::Double);
        QCOMPARE(q.value(1).toDouble(), 3.141592653589793);
        QCOMPARE(q.value(2).metaType().id(), QMetaType::QString);
        QCOMPARE(q.value(2).toString(), unicode);
        QCOMPARE(q.value(3).metaType().id(), QMetaType::QByteArray);
        QCOMPARE(q.value(3).toByteArray(), blob);
        QVERIFY(q.isNull(4));
        QVERIFY(q.value(4).isNull());
        QCOMPARE(q.value(4).metaType().id(), QMetaType::QString); // typed by the declaration
        QCOMPARE(q.value(5).toInt(), unicode.toUcs4().size());    // SQLite counts characters
        QCOMPARE(q.value(6).toString(), u"null"_s);
        QCOMPARE(q.value(7).toInt(), blob.size());

        // Unicode in the statement text itself, and in a comparison.
        QVERIFY(q.exec(u"SELECT count(*) FROM v WHERE t LIKE '%שלום%' AND t <> '😀'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        close(db);
    }

    void bindsOtherQtTypes()
    {
        QSqlDatabase db = openDb(newPath());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE o (v)"_s));
        QVERIFY(q.prepare(u"INSERT INTO o VALUES (?)"_s));
        const QVariantList values = {true,
                                     QDate(2026, 11, 25),
                                     QDateTime(QDate(2026, 11, 25), QTime(9, 30, 1, 250), Qt::UTC),
                                     QVariant(),
                                     QString(),
                                     QByteArray(),
                                     std::numeric_limits<quint64>::max()};
        for (const QVariant &value : values) {
            q.bindValue(0, value);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(u"SELECT v, typeof(v) FROM o ORDER BY rowid"_s));
        const QStringList expected = {
            u"1|integer"_s, u"2026-11-25|text"_s, u"2026-11-25T09:30:01.250Z|text"_s, u"|null"_s,
            u"|null"_s,     u"|null"_s,           u"18446744073709551615|text"_s};
        QStringList actual;
        while (q.next())
            actual << q.value(0).toString() + u'|' + q.value(1).toString();
        QCOMPARE(actual, expected);
        q.finish();
        close(db);
    }

    void forwardOnlyAndScrollableResults()
    {
        QSqlDatabase db = openDb(newPath());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE s (n INTEGER)"_s));
        QVERIFY(db.transaction());
        QVERIFY(q.prepare(u"INSERT INTO s VALUES (?)"_s));
        for (int i = 0; i < 50; ++i) {
            q.bindValue(0, i);
            QVERIFY(q.exec());
        }
        QVERIFY(db.commit());

        QSqlQuery forward(db);
        forward.setForwardOnly(true);
        QVERIFY(forward.exec(u"SELECT n FROM s ORDER BY n"_s));
        QCOMPARE(forward.at(), int(QSql::BeforeFirstRow));
        int expected = 0;
        while (forward.next()) {
            QCOMPARE(forward.at(), expected);
            QCOMPARE(forward.value(0).toInt(), expected);
            ++expected;
        }
        QCOMPARE(expected, 50);
        QCOMPARE(forward.at(), int(QSql::AfterLastRow));

        QSqlQuery scroll(db);
        QVERIFY(!scroll.isForwardOnly());
        QVERIFY(scroll.exec(u"SELECT n FROM s ORDER BY n"_s));
        QVERIFY(scroll.seek(10));
        QCOMPARE(scroll.value(0).toInt(), 10);
        QVERIFY(scroll.previous());
        QCOMPARE(scroll.value(0).toInt(), 9);
        QVERIFY(scroll.seek(5, true));
        QCOMPARE(scroll.value(0).toInt(), 14);
        QVERIFY(scroll.last());
        QCOMPARE(scroll.at(), 49);
        QCOMPARE(scroll.value(0).toInt(), 49);
        QVERIFY(scroll.first());
        QCOMPARE(scroll.value(0).toInt(), 0);
        QVERIFY(!scroll.seek(50));
        QVERIFY(scroll.seek(49));
        QVERIFY(!scroll.next());
        QCOMPARE(scroll.size(), -1); // SQLite cannot know the size up front

        QSqlQuery empty(db);
        QVERIFY(empty.exec(u"SELECT n FROM s WHERE n < 0"_s));
        QVERIFY(empty.isSelect());
        QVERIFY(!empty.next());
        QVERIFY(!empty.first());
        QVERIFY(!empty.last());
        QCOMPARE(empty.record().count(), 1);
        forward.finish();
        scroll.finish();
        q.finish();
        close(db);
    }

    void lastInsertIdAndRowsAffected()
    {
        QSqlDatabase db = openDb(newPath());
        QVERIFY(db.driver()->hasFeature(QSqlDriver::LastInsertId));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE r (id INTEGER PRIMARY KEY, x TEXT)"_s));
        QVERIFY(q.exec(u"INSERT INTO r (x) VALUES ('a')"_s));
        QCOMPARE(q.lastInsertId().toLongLong(), 1);
        QCOMPARE(q.numRowsAffected(), 1);
        QVERIFY(q.exec(u"INSERT INTO r (id, x) VALUES (41, 'b')"_s));
        QCOMPARE(q.lastInsertId().toLongLong(), 41);
        QVERIFY(q.exec(u"INSERT INTO r (x) VALUES ('c')"_s));
        QCOMPARE(q.lastInsertId().toLongLong(), 42);
        QVERIFY(q.exec(u"UPDATE r SET x = 'z' WHERE id > 1"_s));
        QCOMPARE(q.numRowsAffected(), 2);
        QVERIFY(!q.lastInsertId().isValid()); // an update inserts nothing
        QVERIFY(q.exec(u"DELETE FROM r WHERE id = 999"_s));
        QCOMPARE(q.numRowsAffected(), 0);
        QVERIFY(q.exec(u"SELECT * FROM r"_s));
        QCOMPARE(q.numRowsAffected(), -1);
        q.finish();
        close(db);
    }

    void transactionsCommitAndRollBack()
    {
        const QString path = newPath();
        QSqlDatabase db = openDb(path);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE tx (v INTEGER)"_s));
        QVERIFY(db.transaction());
        QVERIFY(q.exec(u"INSERT INTO tx VALUES (1)"_s));
        QVERIFY(db.commit());
        QVERIFY(db.transaction());
        QVERIFY(q.exec(u"INSERT INTO tx VALUES (2)"_s));
        QVERIFY(q.exec(u"UPDATE tx SET v = 100"_s));
        QVERIFY(db.rollback());
        QVERIFY(!db.commit()); // no transaction is open any more
        QCOMPARE(db.lastError().type(), QSqlError::TransactionError);
        q.finish();
        close(db);

        QSqlDatabase again = openDb(path);
        QSqlQuery check(again);
        QVERIFY(check.exec(u"SELECT group_concat(v) FROM tx"_s));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), u"1"_s);
        check.finish();
        close(again);
    }

    void constraintViolationsCarrySqliteCodes_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<int>("extendedCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("primary key")
            << u"INSERT INTO child (id, parent, name, age) VALUES (1, 1, 'x', 1)"_s << 1555
            << u"UNIQUE constraint failed: child.id"_s;
        QTest::newRow("unique")
            << u"INSERT INTO child (id, parent, name, age, email) VALUES (5, 1, 'x', 1, 'a@b')"_s
            << 2067 << u"UNIQUE constraint failed: child.email"_s;
        QTest::newRow("not null") << u"INSERT INTO child (id, parent, age) VALUES (2, 1, 1)"_s
                                  << 1299 << u"NOT NULL constraint failed: child.name"_s;
        QTest::newRow("check")
            << u"INSERT INTO child (id, parent, name, age) VALUES (3, 1, 'y', -1)"_s << 275
            << u"CHECK constraint failed: child"_s;
        QTest::newRow("foreign key")
            << u"INSERT INTO child (id, parent, name, age) VALUES (4, 99, 'z', 1)"_s << 787
            << u"FOREIGN KEY constraint failed"_s;
    }

    void constraintViolationsCarrySqliteCodes()
    {
        QFETCH(QString, statement);
        QFETCH(int, extendedCode);
        QFETCH(QString, message);
        QSqlDatabase db = openDb(newPath());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA foreign_keys = ON"_s));
        QVERIFY(q.exec(u"CREATE TABLE parent (id INTEGER PRIMARY KEY)"_s));
        QVERIFY(q.exec(u"CREATE TABLE child (id INTEGER PRIMARY KEY, parent INTEGER NOT NULL "
                       "REFERENCES parent(id), name TEXT NOT NULL, age INTEGER CHECK (age >= 0), "
                       "email TEXT UNIQUE)"_s));
        QVERIFY(q.exec(u"INSERT INTO parent VALUES (1)"_s));
        QVERIFY(q.exec(u"INSERT INTO child VALUES (1, 1, 'a', 5, 'a@b')"_s));

        QVERIFY(!q.exec(statement));
        const QSqlError error = q.lastError();
        QCOMPARE(error.type(), QSqlError::StatementError);
        QCOMPARE(error.nativeErrorCode(), QString::number(extendedCode));
        QCOMPARE(primaryCode(error), 19); // SQLITE_CONSTRAINT
        QVERIFY2(error.databaseText().contains(message), qPrintable(error.databaseText()));
        QVERIFY(q.exec(u"SELECT count(*) FROM child"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        close(db);
    }

    void badStatementsAreReported()
    {
        QSqlDatabase db = openDb(newPath());
        QSqlQuery q(db);
        QVERIFY(!q.exec(u"SELEKT 1"_s));
        QCOMPARE(primaryCode(q.lastError()), 1); // SQLITE_ERROR
        QVERIFY(q.lastError().databaseText().contains(u"syntax error"_s));

        QVERIFY(!q.exec(u"SELECT 1; SELECT 2"_s));
        QVERIFY(q.lastError().text().contains(u"multiple statements"_s));
        QVERIFY(q.exec(u"SELECT 1; -- a trailing comment is fine"_s));

        QVERIFY(q.prepare(u"SELECT ?, ?"_s));
        q.addBindValue(1);
        QVERIFY(!q.exec());
        QVERIFY2(q.lastError().text().contains(u"Parameter count mismatch"_s),
                 qPrintable(q.lastError().text()));
        q.finish();
        close(db);
    }

    void numericalPrecisionPolicy()
    {
        QSqlDatabase db = openDb(newPath());
        QSqlQuery q(db);
        q.setNumericalPrecisionPolicy(QSql::LowPrecisionInt32);
        QVERIFY(q.exec(u"SELECT 7, 2.9"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).metaType().id(), QMetaType::LongLong); // integers stay exact
        QCOMPARE(q.value(1).metaType().id(), QMetaType::Int);
        QCOMPARE(q.value(1).toInt(), 2);
        q.finish();
        close(db);
    }

    void batchExecution()
    {
        QSqlDatabase db = openDb(newPath());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE b (a INTEGER, b TEXT)"_s));
        QVERIFY(q.prepare(u"INSERT INTO b VALUES (?, ?)"_s));
        q.addBindValue(QVariantList{1, 2, 3});
        q.addBindValue(QVariantList{u"x"_s, u"y"_s, QVariant()});
        QVERIFY2(q.execBatch(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"SELECT count(*), count(b) FROM b"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QCOMPARE(q.value(1).toInt(), 2);
        q.finish();
        close(db);
    }

    void catalogueTablesRecordAndPrimaryIndex()
    {
        QSqlDatabase db = openDb(newPath());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE visit (patient TEXT NOT NULL, seq INTEGER NOT NULL, "
                       "note VARCHAR(200) DEFAULT 'none', score REAL, raw BLOB, "
                       "PRIMARY KEY (seq, patient))"_s));
        QVERIFY(q.exec(u"CREATE TABLE auto (id INTEGER PRIMARY KEY, label TEXT)"_s));
        QVERIFY(q.exec(u"CREATE VIEW recent AS SELECT * FROM visit"_s));
        QVERIFY(q.exec(u"CREATE TABLE \"odd \"\"name\" (x INT)"_s));
        q.finish();

        QStringList tables = db.tables(QSql::Tables);
        tables.sort();
        QCOMPARE(tables, (QStringList{u"auto"_s, u"odd \"name"_s, u"visit"_s}));
        QCOMPARE(db.tables(QSql::Views), QStringList{u"recent"_s});
        QVERIFY(db.tables(QSql::SystemTables).contains(u"sqlite_master"_s));

        const QSqlRecord record = db.record(u"visit"_s);
        QCOMPARE(record.count(), 5);
        QCOMPARE(record.fieldName(0), u"patient"_s);
        QCOMPARE(record.field(0).metaType().id(), QMetaType::QString);
        QCOMPARE(record.field(0).requiredStatus(), QSqlField::Required);
        QCOMPARE(record.field(1).metaType().id(), QMetaType::LongLong);
        QCOMPARE(record.field(2).metaType().id(), QMetaType::QString);
        QCOMPARE(record.field(2).requiredStatus(), QSqlField::Optional);
        QCOMPARE(record.field(2).defaultValue().toString(), u"'none'"_s);
        QCOMPARE(record.field(3).metaType().id(), QMetaType::Double);
        QCOMPARE(record.field(4).metaType().id(), QMetaType::QByteArray);
        QVERIFY(!record.field(1).isAutoValue());

        const QSqlIndex key = db.primaryIndex(u"visit"_s);
        QCOMPARE(key.count(), 2);
        QCOMPARE(key.fieldName(0), u"seq"_s); // declaration order of the key, not of the table
        QCOMPARE(key.fieldName(1), u"patient"_s);

        QVERIFY(db.record(u"auto"_s).field(u"id"_s).isAutoValue());
        QCOMPARE(db.primaryIndex(u"auto"_s).fieldName(0), u"id"_s);
        QCOMPARE(db.record(u"\"odd \"\"name\""_s).count(), 1);
        QCOMPARE(db.record(u"main.visit"_s).count(), 5);
        QVERIFY(db.record(u"missing"_s).isEmpty());
        close(db);
    }

    void escapingAndFormatting()
    {
        QSqlDatabase db = openDb(newPath());
        const QSqlDriver *driver = db.driver();
        QCOMPARE(driver->escapeIdentifier(u"plain"_s, QSqlDriver::FieldName), u"\"plain\""_s);
        QCOMPARE(driver->escapeIdentifier(u"we\"ird"_s, QSqlDriver::FieldName), u"\"we\"\"ird\""_s);
        QCOMPARE(driver->escapeIdentifier(u"main.visit"_s, QSqlDriver::TableName),
                 u"\"main\".\"visit\""_s);
        QCOMPARE(driver->escapeIdentifier(u"\"already\""_s, QSqlDriver::TableName),
                 u"\"already\""_s);

        QSqlField text(u"t"_s, QMetaType(QMetaType::QString));
        text.setValue(u"O'Brien"_s);
        QCOMPARE(driver->formatValue(text), u"'O''Brien'"_s);
        QSqlField blob(u"b"_s, QMetaType(QMetaType::QByteArray));
        blob.setValue(QByteArray("\x01\xff", 2));
        QCOMPARE(driver->formatValue(blob), u"X'01ff'"_s);
        QSqlField flag(u"f"_s, QMetaType(QMetaType::Bool));
        flag.setValue(true);
        QCOMPARE(driver->formatValue(flag), u"1"_s);
        QSqlField null(u"n"_s, QMetaType(QMetaType::Int));
        QCOMPARE(driver->formatValue(null), u"NULL"_s);

        // The formatted values are valid SQLite.
        QSqlQuery q(db);
        QVERIFY(q.exec("SELECT "_L1 + driver->formatValue(text) + u',' + driver->formatValue(blob) +
                       u',' + driver->formatValue(flag)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"O'Brien"_s);
        QCOMPARE(q.value(1).toByteArray(), QByteArray("\x01\xff", 2));
        q.finish();
        close(db);
    }

    void tableModelEditRoundTrip()
    {
        const QString path = newPath();
        QSqlDatabase db = openDb(path);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE med (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                       "dose REAL)"_s));
        QVERIFY(q.exec(u"INSERT INTO med (name, dose) VALUES ('sertraline', 50), "
                       "('lithium', 600)"_s));
        q.finish();
        {
            QSqlTableModel model(nullptr, db);
            model.setTable(u"med"_s);
            model.setEditStrategy(QSqlTableModel::OnManualSubmit);
            model.setSort(0, Qt::AscendingOrder);
            QVERIFY2(model.select(), qPrintable(model.lastError().text()));
            QCOMPARE(model.rowCount(), 2);
            QCOMPARE(model.data(model.index(0, 1)).toString(), u"sertraline"_s);

            QVERIFY(model.setData(model.index(0, 2), 100.0));
            QSqlRecord added = model.record();
            added.setValue(u"name"_s, u"bupropion 😀"_s);
            added.setValue(u"dose"_s, 150.0);
            added.setGenerated(u"id"_s, false);
            QVERIFY(model.insertRecord(-1, added));
            QVERIFY(model.removeRow(1));
            QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
        }
        close(db);

        QSqlDatabase again = openDb(path);
        QSqlQuery check(again);
        QVERIFY(check.exec(u"SELECT id, name, dose FROM med ORDER BY id"_s));
        QStringList rows;
        while (check.next())
            rows << u"%1 %2 %3"_s.arg(check.value(0).toInt())
                        .arg(check.value(1).toString())
                        .arg(check.value(2).toDouble());
        QCOMPARE(rows, (QStringList{u"1 sertraline 100"_s, u"2 bupropion 😀 150"_s}));
        check.finish();
        close(again);
    }

    void queryModelOverTenThousandRows()
    {
        QSqlDatabase db = openDb(newPath());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE big (n INTEGER PRIMARY KEY, label TEXT)"_s));
        QVERIFY(db.transaction());
        QVERIFY(q.prepare(u"INSERT INTO big VALUES (?, ?)"_s));
        for (int i = 0; i < 10000; ++i) {
            q.bindValue(0, i);
            q.bindValue(1, u"row %1"_s.arg(i));
            QVERIFY(q.exec());
        }
        QVERIFY(db.commit());
        q.finish();

        QSqlQueryModel model;
        model.setQuery(u"SELECT n, label FROM big ORDER BY n"_s, db);
        QVERIFY2(!model.lastError().isValid(), qPrintable(model.lastError().text()));
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"label"_s);
        QVERIFY(model.rowCount() < 10000); // fetched lazily
        while (model.canFetchMore())
            model.fetchMore();
        QCOMPARE(model.rowCount(), 10000);
        for (int row : {0, 1, 254, 255, 256, 5000, 9998, 9999}) {
            QCOMPARE(model.data(model.index(row, 0)).toInt(), row);
            QCOMPARE(model.data(model.index(row, 1)).toString(), u"row %1"_s.arg(row));
        }
        // Backwards access after the end was reached.
        QCOMPARE(model.data(model.index(3, 1)).toString(), u"row 3"_s);
        model.clear();
        close(db);
    }

    void closingTheConnectionInvalidatesOpenQueries()
    {
        QSqlDatabase db = openDb(newPath());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE c (v)"_s));
        QVERIFY(q.exec(u"INSERT INTO c VALUES (1), (2)"_s));
        QVERIFY(q.exec(u"SELECT v FROM c"_s));
        QVERIFY(q.next());
        db.close();
        QVERIFY(!q.isActive());
        QVERIFY(!q.next());
        QVERIFY(!q.exec(u"SELECT 1"_s));
        q = QSqlQuery();
        close(db);
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
