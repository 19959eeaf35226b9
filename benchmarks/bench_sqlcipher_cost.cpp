// What encryption itself costs, apart from the SQLite version. bench_cache compares the cache
// (SQLCipher 3.4.1 = SQLite 3.15.2) with the system SQLite (3.40 on Debian 12), so its ratios mix
// two things: encryption, and eight years of SQLite engine work. Here both sides are the same
// SQLCipher library through its C API, once keyed and once without a key (SQLCipher then behaves
// as plain SQLite 3.15.2): the RATIO lines are the price of encryption alone.

#include "benchmarks/AlternatingRuns.h"
#include "benchmarks/RatioReporter.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int Rows = 100'000;
constexpr int BatchSize = 1'000;
constexpr int Lookups = 100'000;
constexpr long long FirstMinute = 1'767'225'600'000LL;
constexpr int Rounds = 7;
constexpr char RawKey[] = "x'000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'";

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
        std::abort();
    }
}

// One connection with the cache's settings (page size 4096, WAL, synchronous=FULL, 16 MiB page
// cache, temp_store=MEMORY), keyed or not.
class RawDatabase {
public:
    RawDatabase(const std::string &path, bool keyed)
    {
        std::remove(path.c_str());
        std::remove((path + "-wal").c_str());
        check(sqlite3_open(path.c_str(), &m_db), m_db, "open");
        if (keyed) {
            check(sqlite3_key(m_db, RawKey, int(std::strlen(RawKey))), m_db, "key");
            exec("PRAGMA cipher_page_size = 4096");
        } else {
            exec("PRAGMA page_size = 4096");
        }
        exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA cache_size = -16384; "
             "PRAGMA temp_store = MEMORY");
        exec("CREATE TABLE observations (id INTEGER PRIMARY KEY, patient_id TEXT NOT NULL, kind "
             "TEXT NOT NULL, at INTEGER NOT NULL, value REAL NOT NULL, unit TEXT, source TEXT); "
             "CREATE INDEX observations_patient ON observations (patient_id, kind, at); "
             "CREATE INDEX observations_at ON observations (at)");
    }
    ~RawDatabase() { sqlite3_close(m_db); }
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    void exec(const char *sql)
    {
        check(sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr), m_db, sql);
    }
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        check(sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr), m_db, sql);
        return stmt;
    }
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

// The same rows as bench_cache's cache_insert: 1,000-row transactions, each one patient's run.
std::string patientId(int i)
{
    char id[64];
    std::snprintf(id, sizeof id, "8c0f7c1e-5a8b-4c55-9d1e-%012d", (i / BatchSize) % 100);
    return id;
}

void insertRows(RawDatabase &db)
{
    sqlite3_stmt *insert = db.prepare("INSERT INTO observations (patient_id, kind, at, value, "
                                      "unit, source) VALUES (?, ?, ?, ?, ?, ?)");
    for (int i = 0; i < Rows; ++i) {
        if (i % BatchSize == 0)
            db.exec("BEGIN IMMEDIATE");
        const std::string patient = patientId(i);
        sqlite3_bind_text(insert, 1, patient.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, "heart_rate", -1, SQLITE_STATIC);
        sqlite3_bind_int64(insert, 3, FirstMinute + i * 60'000LL);
        sqlite3_bind_double(insert, 4, 55.0 + (i * 37 % 400) / 10.0);
        sqlite3_bind_text(insert, 5, "bpm", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 6, "wearable", -1, SQLITE_STATIC);
        check(sqlite3_step(insert), db.handle(), "insert");
        sqlite3_reset(insert);
        if (i % BatchSize == BatchSize - 1)
            db.exec("COMMIT");
    }
    sqlite3_finalize(insert);
}

std::string pathFor(const char *what, bool keyed)
{
    return scratch()
        .filePath(QString::fromLatin1(what) + (keyed ? u"-keyed.db"_s : u"-plain.db"_s))
        .toStdString();
}

void rawInsert(benchmark::State &state, bool keyed)
{
    for (auto _ : state) {
        state.PauseTiming();
        RawDatabase db(pathFor("insert", keyed), keyed);
        state.ResumeTiming();
        insertRows(db);
    }
}

// A populated database per side, owned by main() and handed to the read benchmarks.
struct ReadFixtures {
    RawDatabase keyed{pathFor("read", true), true};
    RawDatabase plain{pathFor("read", false), false};
    ReadFixtures()
    {
        insertRows(keyed);
        insertRows(plain);
    }
    RawDatabase &get(bool isKeyed) { return isKeyed ? keyed : plain; }
};

void rawLookup(benchmark::State &state, bool keyed, ReadFixtures *fixtures)
{
    RawDatabase &db = fixtures->get(keyed);
    sqlite3_stmt *lookup =
        db.prepare("SELECT value FROM observations WHERE patient_id = ? AND kind = ? AND at = ?");
    std::mt19937 random(20261125);
    std::uniform_int_distribution<int> pick(0, Rows - 1);
    std::vector<int> order(Lookups);
    for (int &i : order)
        i = pick(random);
    double sum = 0;
    for (auto _ : state) {
        for (int i : order) {
            const std::string patient = patientId(i);
            sqlite3_bind_text(lookup, 1, patient.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(lookup, 2, "heart_rate", -1, SQLITE_STATIC);
            sqlite3_bind_int64(lookup, 3, FirstMinute + i * 60'000LL);
            if (sqlite3_step(lookup) != SQLITE_ROW)
                std::abort();
            sum += sqlite3_column_double(lookup, 0);
            sqlite3_reset(lookup);
        }
    }
    benchmark::DoNotOptimize(sum);
    sqlite3_finalize(lookup);
}

void rawScan(benchmark::State &state, bool keyed, ReadFixtures *fixtures)
{
    RawDatabase &db = fixtures->get(keyed);
    sqlite3_stmt *scan =
        db.prepare("SELECT at, value FROM observations WHERE at BETWEEN ? AND ? ORDER BY at");
    for (auto _ : state) {
        sqlite3_bind_int64(scan, 1, FirstMinute);
        sqlite3_bind_int64(scan, 2, FirstMinute + Rows * 60'000LL);
        int rows = 0;
        double sum = 0;
        while (sqlite3_step(scan) == SQLITE_ROW) {
            sum += sqlite3_column_double(scan, 1);
            ++rows;
        }
        sqlite3_reset(scan);
        if (rows != Rows)
            std::abort();
        benchmark::DoNotOptimize(sum);
    }
    sqlite3_finalize(scan);
}

constexpr nm::bench::Sides<bool> KeyedVsUnkeyed{{"/keyed", true}, {"/unkeyed", false}};

} // namespace

int main(int argc, char **argv)
{
    if (!scratch().isValid())
        return 2;
    ReadFixtures fixtures;
    nm::bench::registerAlternatingRuns("cipher_cost_insert", KeyedVsUnkeyed, Rounds, rawInsert);
    nm::bench::registerAlternatingRuns("cipher_cost_lookup", KeyedVsUnkeyed, Rounds, rawLookup,
                                       &fixtures);
    nm::bench::registerAlternatingRuns("cipher_cost_scan", KeyedVsUnkeyed, Rounds, rawScan,
                                       &fixtures);

    benchmark::Initialize(&argc, argv);
    nm::bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatio("cipher_cost_insert", "cipher_cost_insert/keyed",
                        "cipher_cost_insert/unkeyed");
    reporter.printRatio("cipher_cost_lookup", "cipher_cost_lookup/keyed",
                        "cipher_cost_lookup/unkeyed");
    reporter.printRatio("cipher_cost_scan", "cipher_cost_scan/keyed", "cipher_cost_scan/unkeyed");
    benchmark::Shutdown();
    return reporter.complete() ? 0 : 1;
}
