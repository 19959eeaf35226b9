// The encrypted cache against its baseline: the same workloads on QSQLCIPHER and on Qt's plain
// QSQLITE driver (the system SQLite), in one run, with the same connection settings. Reports
// RATIO lines (encrypted median time / plain median time) and the unlock (KDF) time.

#include "benchmarks/AlternatingRuns.h"
#include "benchmarks/RatioReporter.h"
#include "core/crypto/KdfParams.h"
#include "core/crypto/KeyVault.h"
#include "core/crypto/SecureBuffer.h"
#include "core/crypto/SecureRandom.h"
#include "core/storage/CacheDatabase.h"
#include "core/storage/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <memory>
#include <random>

using namespace Qt::StringLiterals;
using namespace nm::core;

namespace {

constexpr int Rows = 100'000;
constexpr int BatchSize = 1'000;
constexpr int Lookups = 100'000;
constexpr qint64 FirstMinute = Q_INT64_C(1'767'225'600'000); // 2026-01-01T00:00Z, in ms
constexpr int Rounds = 7; // runs per side; the median of them is reported

enum class Backend { Encrypted, Plain };

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

// One open database of either kind, configured exactly like the product's cache.
class Connection {
public:
    Connection(Backend backend, const QString &path)
        : m_name(u"bench-%1"_s.arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            backend == Backend::Encrypted ? QString(SqlCipherDriver::DriverName) : u"QSQLITE"_s,
            m_name);
        db.setDatabaseName(path);
        if (backend == Backend::Encrypted) {
            db.setConnectOptions(u"QSQLCIPHER_PAGE_SIZE=%1"_s.arg(CacheDatabase::PageSize));
            qobject_cast<SqlCipherDriver *>(db.driver())->setKey(SecureRandom::key(32));
        }
        if (!db.open())
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        for (const QString &pragma : CacheDatabase::connectionPragmas())
            run(q, "PRAGMA "_L1 + pragma);
        run(q, u"PRAGMA journal_mode = WAL"_s);
    }
    ~Connection()
    {
        {
            QSqlDatabase db = database();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

    static void run(QSqlQuery &q, const QString &sql)
    {
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

void createSchema(const Connection &connection)
{
    QSqlQuery q(connection.database());
    Connection::run(q, u"CREATE TABLE observations (id INTEGER PRIMARY KEY, patient_id TEXT NOT "
                       "NULL, kind TEXT NOT NULL, at INTEGER NOT NULL, value REAL NOT NULL, unit "
                       "TEXT, source TEXT)"_s);
    Connection::run(q, u"CREATE INDEX observations_patient ON observations (patient_id, kind, "
                       "at)"_s);
    Connection::run(q, u"CREATE INDEX observations_at ON observations (at)"_s);
}

// How the rows of a sync arrive. Wearables upload one patient's readings together, so a page of
// changes is mostly one patient's consecutive minutes (Runs). Interleaved, where every row belongs
// to another patient, is the worst case for the (patient_id, kind, at) index: each transaction
// then dirties a leaf page per patient, and every dirty page is encrypted when it is written.
enum class Order { Runs, Interleaved };

QString patientId(int i, Order order)
{
    const int patient = order == Order::Runs ? (i / BatchSize) % 100 : i % 100;
    return u"8c0f7c1e-5a8b-4c55-9d1e-%1"_s.arg(patient, 12, 10, QChar(u'0'));
}

// 100,000 rows in transactions of 1,000 through one prepared statement: how sync applies pages.
void insertRows(const Connection &connection, Order order)
{
    QSqlDatabase db = connection.database();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO observations (patient_id, kind, at, value, unit, source) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    const QString kind = u"heart_rate"_s;
    const QString unit = u"bpm"_s;
    const QString source = u"wearable"_s;
    for (int i = 0; i < Rows; ++i) {
        if (i % BatchSize == 0 && !db.transaction())
            qFatal("begin: %s", qPrintable(db.lastError().text()));
        q.bindValue(0, patientId(i, order));
        q.bindValue(1, kind);
        q.bindValue(2, FirstMinute + qint64(i) * 60'000);
        q.bindValue(3, 55.0 + (i * 37 % 400) / 10.0);
        q.bindValue(4, unit);
        q.bindValue(5, source);
        if (!q.exec())
            qFatal("insert: %s", qPrintable(q.lastError().text()));
        if (i % BatchSize == BatchSize - 1 && !db.commit())
            qFatal("commit: %s", qPrintable(db.lastError().text()));
    }
}

// A populated database per backend, shared by the read benchmarks. Owned by main(): the
// connections must close while QtSql's connection registry and the application still exist.
class ReadFixtures {
public:
    const Connection &get(Backend backend)
    {
        std::unique_ptr<Connection> &slot = backend == Backend::Encrypted ? m_encrypted : m_plain;
        if (!slot) {
            slot = std::make_unique<Connection>(
                backend, scratch().filePath(backend == Backend::Encrypted ? u"read-encrypted.db"_s
                                                                          : u"read-plain.db"_s));
            createSchema(*slot);
            insertRows(*slot, Order::Runs);
        }
        return *slot;
    }

private:
    std::unique_ptr<Connection> m_encrypted;
    std::unique_ptr<Connection> m_plain;
};

void cacheInsert(benchmark::State &state, Backend backend, Order order)
{
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = scratch().filePath(
            u"insert-%1-%2.db"_s.arg(backend == Backend::Encrypted ? u"e"_s : u"p"_s).arg(++round));
        {
            Connection connection(backend, path);
            createSchema(connection);
            state.ResumeTiming();
            insertRows(connection, order);
            state.PauseTiming();
        }
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * Rows);
}

// Random minutes of random patients through the (patient_id, kind, at) index, as a chart
// tooltip or a sync merge looks a row up.
void cacheLookup(benchmark::State &state, Backend backend, ReadFixtures *fixtures)
{
    const Connection &connection = fixtures->get(backend);
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT value FROM observations WHERE patient_id = ? AND kind = ? AND at = ?"_s);
    std::mt19937 random(20261125);
    std::uniform_int_distribution<int> pick(0, Rows - 1);
    std::vector<int> order(Lookups);
    std::generate(order.begin(), order.end(), [&] { return pick(random); });
    const QString kind = u"heart_rate"_s;
    double sum = 0;
    for (auto _ : state) {
        for (int i : order) {
            q.bindValue(0, patientId(i, Order::Runs));
            q.bindValue(1, kind);
            q.bindValue(2, FirstMinute + qint64(i) * 60'000);
            if (!q.exec() || !q.next())
                qFatal("lookup %d failed", i);
            sum += q.value(0).toDouble();
        }
    }
    benchmark::DoNotOptimize(sum);
    state.SetItemsProcessed(state.iterations() * Lookups);
}

// Every row of a time range in order: what a trajectory or a wearable chart reads.
void cacheScan(benchmark::State &state, Backend backend, ReadFixtures *fixtures)
{
    const Connection &connection = fixtures->get(backend);
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT at, value FROM observations WHERE at BETWEEN ? AND ? ORDER BY at"_s);
    for (auto _ : state) {
        q.bindValue(0, FirstMinute);
        q.bindValue(1, FirstMinute + qint64(Rows) * 60'000);
        if (!q.exec())
            qFatal("scan failed: %s", qPrintable(q.lastError().text()));
        int rows = 0;
        double sum = 0;
        while (q.next()) {
            sum += q.value(1).toDouble();
            ++rows;
        }
        if (rows != Rows)
            qFatal("scan read %d rows", rows);
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * Rows);
}

// One offline unlock: Argon2id with the product's recommended parameters, then the GCM unwrap.
void unlock(benchmark::State &state)
{
    const SecureBuffer dek = SecureRandom::key(KeyVault::DekSize);
    const auto vault = KeyVault::seal(dek, u"correct horse battery staple"_s);
    if (!vault)
        qFatal("seal failed");
    for (auto _ : state) {
        auto key = vault.value().unlock(u"correct horse battery staple"_s);
        if (!key)
            qFatal("unlock failed");
        benchmark::DoNotOptimize(key.value().data());
    }
}

constexpr nm::bench::Sides<Backend> EncryptedVsPlain{{"/encrypted", Backend::Encrypted},
                                                     {"/plain", Backend::Plain}};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // QtSql loads the QSQLITE plugin through the application
    SqlCipherDriver::registerDriver();
    if (!scratch().isValid())
        qFatal("no temporary directory");

    nm::bench::registerAlternatingRuns("cache_insert", EncryptedVsPlain, Rounds, cacheInsert,
                                       Order::Runs);
    nm::bench::registerAlternatingRuns("cache_insert_interleaved", EncryptedVsPlain, Rounds,
                                       cacheInsert, Order::Interleaved);
    ReadFixtures fixtures;
    nm::bench::registerAlternatingRuns("cache_lookup", EncryptedVsPlain, Rounds, cacheLookup,
                                       &fixtures);
    nm::bench::registerAlternatingRuns("cache_scan", EncryptedVsPlain, Rounds, cacheScan,
                                       &fixtures);
    for (int round = 0; round < Rounds; ++round)
        benchmark::RegisterBenchmark("unlock", unlock)
            ->Iterations(1)
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);

    benchmark::Initialize(&argc, argv);
    nm::bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatio("cache_insert", "cache_insert/encrypted", "cache_insert/plain");
    reporter.printRatio("cache_insert_interleaved", "cache_insert_interleaved/encrypted",
                        "cache_insert_interleaved/plain");
    reporter.printRatio("cache_lookup", "cache_lookup/encrypted", "cache_lookup/plain");
    reporter.printRatio("cache_scan", "cache_scan/encrypted", "cache_scan/plain");
    reporter.printFigure("unlock_ms", "unlock");
    benchmark::Shutdown();
    return reporter.complete() ? 0 : 1;
}
