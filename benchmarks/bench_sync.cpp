// Sync over loopback against the real novamind-server (this build's), seeded with the demo
// practice: 200 patients with a year of daily data, one of them with a year of minute heart rate.
// Reports:
//   FIGURE sync_rows_per_s        initial sync into an empty cache as the nurse (on every care
//                                 team): records pulled per second, from the first pull to
//                                 `synced` (login and cache creation excluded), median
//   FIGURE raw_insert_rows_per_s  the same records, already decoded, written into an empty cache
//                                 with RecordStore::put / ObservationRepository::put, one
//                                 transaction per page of 1000, with the cache settings the
//                                 engine uses while pulling: the local-write baseline, median
//   RATIO  sync_vs_raw_insert     sync rows/s / raw insert rows/s (higher is better; target 0.4)
//   FIGURE push_rows_per_s        10,000 journaled observations pushed: entries per second of the
//                                 whole pass (syncNow to `synced`, the pull that follows included)
// Before the timed runs, one instrumented pull of every page says where a page's time goes:
// server, HTTP, JSON parsing, decoding; the local writes are the baseline's runs. The engine
// overlaps the stages (next page requested, decoded on a worker thread while one is written),
// so the end-to-end time can be below their sum.
// Three runs of each when they fit in about three minutes, else one (the output says so).

#include "benchmarks/AlternatingRuns.h"
#include "benchmarks/RatioReporter.h"
#include "benchmarks/ServerUnderTest.h"
#include "core/Result.h"
#include "core/crypto/SecureBuffer.h"
#include "core/domain/Observation.h"
#include "core/storage/CacheDatabase.h"
#include "core/storage/CacheTables.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/ObservationRepository.h"
#include "core/storage/RecordStore.h"
#include "core/storage/WriteTransaction.h"
#include "core/sync/ApiClient.h"
#include "core/sync/LoginResult.h"
#include "core/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using nm::bench::ServerUnderTest;
using namespace nm::core;

namespace {

using BenchStatus = ServerUnderTest::Status;

constexpr int Patients = 200;
// On every care team, so her initial sync is the whole practice.
const QString Username = u"nurse.okafor"_s;
// seed-demo's password for every demo account (server/cli/SeedDemoCommand.h, which this
// workstation-side target cannot include).
constexpr char DemoPassword[] = "novamind demo 2026";
constexpr int PageSize = 1000; // SyncEngine's default page; the baseline's transaction size
constexpr int PushEntries = 10'000;
// Runs of each kind (end to end and raw insert alternating, then push); medians are reported.
constexpr int Rounds = 3;
// The whole benchmark should end within about three minutes. At the target rate three rounds
// fit; when the first round shows that they do not (a slow product), the figures come from fewer
// runs rather than the benchmark running for a quarter of an hour.
constexpr double BudgetSeconds = 180;
constexpr double PushRoundSeconds = 10; // a generous guess, before any push has run
constexpr int RequestTimeoutMs = 60'000;
constexpr double TargetRowsPerSecond = 50'000;
constexpr double TargetRatio = 0.4;

// The summary lines this benchmark owes run-benchmarks.sh, printed "unavailable" on failure.
constexpr const char *SummaryLines[] = {"FIGURE sync_rows_per_s", "FIGURE raw_insert_rows_per_s",
                                        "RATIO sync_vs_raw_insert", "FIGURE push_rows_per_s"};

double median(std::vector<double> values)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double seconds(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e9;
}

// One pulled page as the engine would apply it: documents for RecordStore, decoded readings
// for ObservationRepository.
struct PulledRecord {
    QString entity;
    QJsonObject data;
};
struct Page {
    QList<PulledRecord> records;
    QList<Observation> observations;
};

// Where the instrumented pull spent its time, summed over every page.
struct Stages {
    int pages = 0;
    qint64 rows = 0;
    qint64 bytes = 0;
    double httpSeconds = 0;    ///< GET sent to body read: server + loopback + QNetworkAccessManager
    double parseSeconds = 0;   ///< QJsonDocument::fromJson of the body
    double walkSeconds = 0;    ///< reading entity, id and data out of each change
    double decodeSeconds = 0;  ///< Observation::fromJson
    double serverSeconds = -1; ///< the server's own request durations, from its request log
    double serverFirstSeconds = -1;
};

// Everything the timed runs share. Owned by main(): the cache connections must close while
// QtSql's connection registry and the application still exist.
struct Bench {
    ServerUnderTest *server = nullptr;
    std::unique_ptr<ApiClient> api;
    QUuid device;
    QUuid userId;
    SecureBuffer cacheKey;
    std::vector<Page> pages;
    QHash<QString, RecordTable> tables;
    qint64 rows = 0;
    QUuid pushPatient;
    Stages stages;

    std::vector<double> syncSeconds;
    std::vector<double> syncServerSeconds; ///< the server's share of each end-to-end run
    std::vector<double> rawSeconds;
    std::vector<double> pushSeconds;       ///< whole pass
    std::vector<double> pushPhaseSeconds;  ///< until the engine turned to pulling
    std::vector<double> pushServerSeconds; ///< the server's POST durations in the push phase
    qint64 pulledAfterPush = 0;
    QString firstError;

    // The cache of the latest end-to-end run, kept for the push runs. The directory outlives
    // the connection (declared first, destroyed last).
    std::unique_ptr<QTemporaryDir> syncedDirectory;
    std::optional<CacheDatabase> syncedCache;

    void error(benchmark::State &state, const QString &message)
    {
        if (firstError.isEmpty())
            firstError = message;
        state.SkipWithError(message.toStdString().c_str());
    }
};

// Waits in a local event loop until finish() is called (from a completion or a signal).
class Waiter {
public:
    void finish()
    {
        m_done = true;
        m_loop.quit();
    }
    void wait()
    {
        if (!m_done)
            m_loop.exec();
    }

private:
    QEventLoop m_loop;
    bool m_done = false;
};

Result<CacheDatabase, QString> openEmptyCache(const QTemporaryDir &directory, const Bench &bench)
{
    if (!directory.isValid())
        return failure(QString(u"no temporary directory: "_s + directory.errorString()));
    auto cache = CacheDatabase::open(directory.filePath(u"cache.db"_s),
                                     SecureBuffer::copyOf(bench.cacheKey.view()));
    if (!cache)
        return failure(cache.error().message);
    return std::move(cache).value();
}

BenchStatus logIn(Bench &bench)
{
    Waiter waiter;
    std::optional<Result<LoginResult, ApiError>> login;
    bench.api->login(Username, SecureBuffer::copyOf(QByteArrayView(DemoPassword)), {}, bench.device,
                     u"bench_sync"_s, [&](Result<LoginResult, ApiError> result) {
                         login = std::move(result);
                         waiter.finish();
                     });
    waiter.wait();
    if (!*login)
        return failure(
            QString(u"login as "_s + Username + u" failed: "_s + login->error().message()));
    if (login->value().isSetupOnly())
        return failure(u"login gave a setup-only session; is --mfa-required-roles none set?"_s);
    bench.cacheKey = std::move(login->value().cacheKey);
    bench.userId = login->value().user.id;
    return Done{};
}

// The server's durations, in seconds, of \a method /api/v1/sync/changes (GET: pull, POST: push)
// logged after \a offset, in request order.
std::vector<double> serverSyncDurations(const QString &logFile, qint64 offset,
                                        QLatin1StringView method)
{
    std::vector<double> durations;
    QFile file(logFile);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return durations;
    const QRegularExpression line(
        u"method=%1 route=\\S*/sync/changes\\S* status=200 duration_ms=([0-9.]+)"_s.arg(method));
    const QString text = QString::fromUtf8(file.readAll());
    for (auto it = line.globalMatch(text); it.hasNext();)
        durations.push_back(it.next().captured(1).toDouble() / 1000.0);
    return durations;
}

// Pulls every page the way SyncEngine does (same query, same page size) but with a clock
// around each step, and keeps the decoded pages as the baseline's input.
BenchStatus instrumentedPull(Bench &bench)
{
    QNetworkAccessManager network;
    QByteArray authorization("Bearer ");
    authorization.append(bench.api->tokens().accessToken.view());
    const qint64 logOffset = QFile(bench.server->logFile()).size();
    Stages &stages = bench.stages;
    QString cursor = u"0"_s;
    for (bool first = true;; first = false) {
        QString path = u"/api/v1/sync/changes?since=%1&limit=%2"_s.arg(cursor).arg(PageSize);
        if (first)
            path += u"&count=true"_s;
        QNetworkRequest request(bench.server->url(path));
        request.setTransferTimeout(RequestTimeoutMs);
        request.setRawHeader("Authorization", authorization);
        request.setRawHeader("Accept", "application/json");

        QElapsedTimer clock;
        clock.start();
        const std::unique_ptr<QNetworkReply> reply(network.get(request));
        Waiter waiter;
        QObject::connect(reply.get(), &QNetworkReply::finished, reply.get(),
                         [&waiter] { waiter.finish(); });
        if (!reply->isFinished())
            waiter.wait();
        const QByteArray body = reply->readAll();
        const double http = seconds(clock);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200)
            return failure(u"GET %1 answered %2: %3"_s.arg(path).arg(status).arg(
                status ? QString::fromUtf8(body.left(300)) : reply->errorString()));
        stages.httpSeconds += http;
        stages.bytes += body.size();

        clock.restart();
        const QJsonObject answer = QJsonDocument::fromJson(body).object();
        stages.parseSeconds += seconds(clock);

        clock.restart();
        Page page;
        double decode = 0;
        const QJsonArray changes = answer.value(u"changes"_s).toArray();
        for (const QJsonValue &value : changes) {
            const QString entity = value[u"entity"].toString();
            const QString id = value[u"id"].toString(); // the engine reads it too
            const QJsonObject data = value[u"data"].toObject();
            if (entity == "observation"_L1) {
                QElapsedTimer decoding;
                decoding.start();
                auto observation = Observation::fromJson(data);
                decode += seconds(decoding);
                if (!observation)
                    return failure(u"observation %1 does not decode"_s.arg(id));
                page.observations.append(std::move(observation).value());
                continue;
            }
            if (!bench.tables.contains(entity)) {
                const std::optional<RecordTable> table = CacheTables::forEntity(entity);
                if (!table)
                    return failure(u"the server sent an unknown entity \"%1\""_s.arg(entity));
                bench.tables.insert(entity, *table);
            }
            page.records.append({entity, data});
        }
        stages.walkSeconds += seconds(clock) - decode;
        stages.decodeSeconds += decode;
        stages.rows += changes.size();
        ++stages.pages;
        if (bench.pushPatient.isNull() && !page.observations.isEmpty())
            bench.pushPatient = page.observations.constFirst().patientId;
        bench.pages.push_back(std::move(page));

        cursor = answer.value(u"next_cursor"_s).toString();
        if (cursor.isEmpty())
            return failure(u"a page without next_cursor"_s);
        if (!answer.value(u"has_more"_s).toBool())
            break;
    }
    bench.rows = stages.rows;

    // The server writes its log line just after the answer; give the last one a moment.
    std::vector<double> server;
    for (int attempt = 0; attempt < 50; ++attempt) {
        server = serverSyncDurations(bench.server->logFile(), logOffset, "GET"_L1);
        if (int(server.size()) >= stages.pages)
            break;
        QThread::msleep(20);
    }
    if (int(server.size()) == stages.pages) {
        stages.serverSeconds = 0;
        for (double s : server)
            stages.serverSeconds += s;
        stages.serverFirstSeconds = server.front();
    }
    if (bench.rows == 0 || bench.pushPatient.isNull())
        return failure(u"the pull returned no observations; was the practice seeded?"_s);
    return Done{};
}

struct Pass {
    bool synced = false;
    QString error;
    qint64 pushed = 0;
    qint64 pulled = 0;
    double totalSeconds = 0; ///< syncNow() to `synced`
    double pushSeconds = 0;  ///< syncNow() until the engine turned to pulling
    double pullSeconds = 0;  ///< the first pull to `synced`
};

// One SyncEngine pass, as SyncRun drives it, with the phase boundaries timed.
Pass runPass(SyncEngine &engine)
{
    Pass pass;
    Waiter waiter;
    QObject guard; // its destruction disconnects everything below
    QElapsedTimer clock;
    qint64 pullStartNs = -1;
    QObject::connect(&engine, &SyncEngine::phaseChanged, &guard, [&](SyncEngine::Phase phase) {
        if (phase == SyncEngine::Phase::Pulling && pullStartNs < 0)
            pullStartNs = clock.nsecsElapsed();
    });
    QObject::connect(&engine, &SyncEngine::progress, &guard,
                     [&](SyncEngine::Phase phase, qint64 done, qint64) {
                         (phase == SyncEngine::Phase::Pushing ? pass.pushed : pass.pulled) = done;
                     });
    QObject::connect(&engine, &SyncEngine::synced, &guard, [&] {
        pass.synced = true;
        waiter.finish();
    });
    QObject::connect(&engine, &SyncEngine::failed, &guard, [&](const ApiError &error, qint64) {
        pass.error = error.message();
        waiter.finish();
    });
    QObject::connect(&engine, &SyncEngine::wipeRequired, &guard, [&](const ApiError &error) {
        pass.error = u"wipe required: "_s + error.message();
        waiter.finish();
    });
    clock.start();
    engine.syncNow();
    waiter.wait();
    const qint64 endNs = clock.nsecsElapsed();
    pass.totalSeconds = double(endNs) / 1e9;
    if (pullStartNs >= 0) {
        pass.pushSeconds = double(pullStartNs) / 1e9;
        pass.pullSeconds = double(endNs - pullStartNs) / 1e9;
    }
    return pass;
}

SyncEngine::Options engineOptions()
{
    // SyncRun's options without its retries: a failure must fail the run, not be waited out.
    SyncEngine::Options options;
    options.pageSize = PageSize;
    options.retry = false;
    return options;
}

enum class Side { EndToEnd, RawInsert };

void endToEnd(benchmark::State &state, Bench &bench)
{
    auto directory = std::make_unique<QTemporaryDir>();
    auto cache = openEmptyCache(*directory, bench);
    if (!cache) {
        bench.error(state, cache.error());
        return;
    }
    Pass pass;
    const qint64 logOffset = QFile(bench.server->logFile()).size();
    {
        SyncEngine engine(cache.value().database(), *bench.api, bench.device, engineOptions());
        for (auto _ : state)
            pass = runPass(engine);
    }
    if (!pass.synced) {
        bench.error(state, u"the initial sync failed: "_s + pass.error);
        return;
    }
    // Not waited for: the last log line may still be missing, which changes little.
    const std::vector<double> server =
        serverSyncDurations(bench.server->logFile(), logOffset, "GET"_L1);
    double serverSeconds = 0;
    for (double s : server)
        serverSeconds += s;
    bench.syncServerSeconds.push_back(serverSeconds);
    if (pass.pulled != bench.rows) {
        bench.error(state,
                    u"the sync pulled %1 records, the instrumented pull %2"_s.arg(pass.pulled)
                        .arg(bench.rows));
        return;
    }
    bench.syncSeconds.push_back(pass.pullSeconds);
    state.counters["rows"] = double(pass.pulled);
    state.counters["rows_per_s"] = double(pass.pulled) / pass.pullSeconds;
    // The newest synced cache replaces the previous one; the connection closes first.
    bench.syncedCache.reset();
    bench.syncedDirectory = std::move(directory);
    bench.syncedCache.emplace(std::move(cache).value());
}

Status<QString> insertAll(QSqlDatabase db, const Bench &bench)
{
    // The cache as SyncEngine sets it for a pull: bulk-apply memory and checkpoint settings,
    // and pages committed without a flush to disk (the engine restores FULL after each).
    for (const QString &pragma : CacheDatabase::bulkApplyPragmas(true))
        QSqlQuery(db).exec("PRAGMA "_L1 + pragma);
    QSqlQuery(db).exec(u"PRAGMA synchronous = NORMAL"_s);
    const auto restore = qScopeGuard([&db] {
        for (const QString &pragma : CacheDatabase::bulkApplyPragmas(false))
            QSqlQuery(db).exec("PRAGMA "_L1 + pragma);
        QSqlQuery(db).exec(u"PRAGMA synchronous = FULL"_s);
    });
    for (const Page &page : bench.pages) {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun)
            return begun.error();
        for (const PulledRecord &record : page.records) {
            if (auto put = RecordStore(db, bench.tables.value(record.entity)).put(record.data);
                !put)
                return put.error().message;
        }
        if (!page.observations.isEmpty()) {
            if (auto put = ObservationRepository(db).put(page.observations); !put)
                return put.error().message;
        }
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    return Done{};
}

void rawInsert(benchmark::State &state, Bench &bench)
{
    const QTemporaryDir directory;
    auto cache = openEmptyCache(directory, bench);
    if (!cache) {
        bench.error(state, cache.error());
        return;
    }
    Status<QString> inserted = Done{};
    double elapsed = 0;
    {
        const QSqlDatabase db = cache.value().database();
        for (auto _ : state) {
            QElapsedTimer clock;
            clock.start();
            inserted = insertAll(db, bench);
            elapsed = seconds(clock);
        }
    }
    if (!inserted) {
        bench.error(state, u"the raw insert failed: "_s + inserted.error());
        return;
    }
    bench.rawSeconds.push_back(elapsed);
    state.counters["rows"] = double(bench.rows);
    state.counters["rows_per_s"] = double(bench.rows) / elapsed;
}

void initialSync(benchmark::State &state, Side side, Bench *bench)
{
    if (side == Side::EndToEnd)
        endToEnd(state, *bench);
    else
        rawInsert(state, *bench);
}

// New heart-rate readings for one patient the nurse may see, a minute apart and apart from
// every other round's, so each round pushes 10,000 new records.
QList<Observation> newReadings(const Bench &bench, int round)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Observation> readings;
    readings.reserve(PushEntries);
    for (int i = 0; i < PushEntries; ++i) {
        Observation reading;
        reading.meta = RecordMeta::create(bench.userId, now);
        reading.patientId = bench.pushPatient;
        reading.at = now.addSecs(-60 * (qint64(round) * PushEntries + i + 1));
        reading.kind = Observation::Kind::HeartRate;
        reading.value = 55 + i % 50;
        reading.unit = Observation::unitFor(reading.kind);
        reading.source = u"manual"_s;
        readings.append(reading);
    }
    return readings;
}

void pushJournal(benchmark::State &state, Bench *bench)
{
    if (!bench->syncedCache) {
        bench->error(state, u"no synced cache to push from (the initial sync failed)"_s);
        return;
    }
    const QSqlDatabase db = bench->syncedCache->database();
    const int round = int(bench->pushSeconds.size());
    // Not timed: the clinician's writes, each with its journal entry.
    if (auto added = ObservationRepository(db).add(newReadings(*bench, round)); !added) {
        bench->error(state, u"writing the readings failed: "_s + added.error().message);
        return;
    }
    Pass pass;
    const qint64 logOffset = QFile(bench->server->logFile()).size();
    {
        SyncEngine engine(db, *bench->api, bench->device, engineOptions());
        for (auto _ : state)
            pass = runPass(engine);
    }
    if (!pass.synced) {
        bench->error(state, u"the push failed: "_s + pass.error);
        return;
    }
    double serverSeconds = 0;
    for (double s : serverSyncDurations(bench->server->logFile(), logOffset, "POST"_L1))
        serverSeconds += s;
    bench->pushServerSeconds.push_back(serverSeconds);
    const auto pending = ChangeJournal(db).pendingCount();
    const auto rejected = ChangeJournal(db).rejected();
    if (pass.pushed != PushEntries || !pending || pending.value() != 0 || !rejected ||
        !rejected.value().isEmpty()) {
        bench->error(state, u"pushed %1 of %2 entries; %3 pending, %4 rejected"_s.arg(pass.pushed)
                                .arg(PushEntries)
                                .arg(pending ? pending.value() : -1)
                                .arg(rejected ? rejected.value().size() : -1));
        return;
    }
    bench->pushSeconds.push_back(pass.totalSeconds);
    bench->pushPhaseSeconds.push_back(pass.pushSeconds);
    bench->pulledAfterPush = pass.pulled;
    state.counters["entries_per_s"] = double(PushEntries) / pass.totalSeconds;
}

void printStages(const Bench &bench)
{
    const Stages &s = bench.stages;
    const double raw = median(bench.rawSeconds);
    const double sync = median(bench.syncSeconds);
    const double syncServer = median(bench.syncServerSeconds);
    const double perPage = 1000.0 / s.pages; // ms per page from seconds in total
    std::printf("\nWhere the time goes (%d pages, %lld records, %.1f MB of JSON; seconds in total, "
                "ms per page):\n",
                s.pages, static_cast<long long>(s.rows), double(s.bytes) / 1e6);
    const auto row = [perPage](const char *stage, double total) {
        std::printf("  %-58s %8.2f s %8.2f ms/page\n", stage, total, total * perPage);
    };
    if (s.serverSeconds >= 0) {
        row("server: request handled (query, JSON, write to socket)", s.serverSeconds);
        std::printf("  %-58s %8.2f s\n", "  of which the first page (it also counts what remains)",
                    s.serverFirstSeconds);
        row("HTTP: loopback and QNetworkAccessManager (GET - server)",
            s.httpSeconds - s.serverSeconds);
    } else {
        row("server + HTTP (the server's log lines were not found)", s.httpSeconds);
    }
    row("client: QJsonDocument::fromJson of the page", s.parseSeconds);
    row("client: walking the changes (entity, id, data)", s.walkSeconds);
    row("client: Observation::fromJson", s.decodeSeconds);
    if (raw > 0)
        row("client: local writes (raw insert median, put per page)", raw);
    const double sum = s.httpSeconds + s.parseSeconds + s.walkSeconds + s.decodeSeconds + raw;
    row("sum of the stages", sum);
    if (sync > 0) {
        row("end to end (median)", sync);
        row("end to end - sum (the engine's own work; below 0: stages overlap)", sync - sum);
    }
    if (syncServer >= 0)
        row("server's share of the end-to-end runs (median, its log)", syncServer);
}

// \a summaryPrinted: whether the summary lines are out (a failure after them must not print them
// again as unavailable).
// Registers \a rounds alternating end-to-end and raw-insert runs, or push runs, and runs them.
void runRounds(Bench &bench, nm::bench::RatioReporter &reporter, bool push, int rounds)
{
    if (rounds <= 0)
        return;
    if (push) {
        for (int round = 0; round < rounds; ++round)
            benchmark::RegisterBenchmark("push_10000_entries", pushJournal, &bench)
                ->Iterations(1)
                ->UseRealTime()
                ->Unit(benchmark::kMillisecond);
    } else {
        nm::bench::registerAlternatingRuns<Side, Bench *>(
            "initial_sync",
            nm::bench::Sides<Side>{{"/end_to_end", Side::EndToEnd},
                                   {"/raw_insert", Side::RawInsert}},
            rounds, initialSync, &bench);
    }
    benchmark::RunSpecifiedBenchmarks(&reporter);
    // The next call registers afresh: these runs must not run again.
    benchmark::ClearRegisteredBenchmarks();
}

BenchStatus run(ServerUnderTest &server, Bench &bench, nm::bench::RatioReporter &reporter,
                bool &summaryPrinted)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QElapsedTimer clock;
    clock.start();
    if (const BenchStatus seeded =
            server.seedDemo({u"--patients"_s, QString::number(Patients), u"--minute-heart-rate"_s});
        !seeded)
        return seeded;
    std::printf("seed-demo --patients %d --minute-heart-rate: %.1f s\n", Patients, seconds(clock));
    // Text request log: instrumentedPull() reads the server's durations from it.
    if (const BenchStatus started =
            server.start({u"--mfa-required-roles"_s, u"none"_s, u"--log-format"_s, u"text"_s});
        !started)
        return started;

    bench.server = &server;
    bench.api = std::make_unique<ApiClient>(server.url(u"/"_s));
    bench.api->setTimeout(std::chrono::milliseconds(RequestTimeoutMs));
    bench.device = QUuid::createUuid();
    if (const BenchStatus loggedIn = logIn(bench); !loggedIn)
        return loggedIn;

    clock.restart();
    if (const BenchStatus pulled = instrumentedPull(bench); !pulled)
        return pulled;
    std::printf("instrumented pull: %lld records in %d pages, %.1f s\n",
                static_cast<long long>(bench.rows), bench.stages.pages, seconds(clock));
    std::fflush(stdout);

    // One round first: it tells how many more fit in the budget.
    clock.restart();
    runRounds(bench, reporter, false, 1);
    if (!bench.firstError.isEmpty())
        return failure(bench.firstError);
    const double roundSeconds = seconds(clock);
    const auto fits = [&](int rounds, double each) {
        return seconds(sinceStart) + rounds * each <= BudgetSeconds;
    };
    const int moreRounds = fits(Rounds - 1, roundSeconds) ? Rounds - 1 : 0;
    runRounds(bench, reporter, false, moreRounds);
    runRounds(bench, reporter, true, fits(Rounds, PushRoundSeconds) ? Rounds : 1);
    if (!bench.firstError.isEmpty())
        return failure(bench.firstError);
    if (moreRounds == 0)
        std::printf("\nOne round of the initial sync took %.0f s: %d rounds would not end within "
                    "the %.0f s budget, so the sync figures below are single runs\n",
                    roundSeconds, Rounds, BudgetSeconds);

    printStages(bench);

    // Rows per second from the median time; -1 when a benchmark filter left no runs.
    const auto rate = [](double rows, const std::vector<double> &samples) {
        const double m = median(samples);
        return m > 0 ? rows / m : -1;
    };
    const double syncRate = rate(double(bench.rows), bench.syncSeconds);
    const double rawRate = rate(double(bench.rows), bench.rawSeconds);
    const double pushRate = rate(PushEntries, bench.pushSeconds);
    const double pushPhaseRate = rate(PushEntries, bench.pushPhaseSeconds);
    std::printf("\nsync_rows_per_s = %lld records pulled / seconds from the first pull to "
                "`synced` (login and cache creation excluded), as nurse.okafor on a practice of "
                "%d patients plus a year of minute heart rate, median of %d runs\n",
                static_cast<long long>(bench.rows), Patients, int(bench.syncSeconds.size()));
    std::printf("raw_insert_rows_per_s = the same records, decoded, through RecordStore::put / "
                "ObservationRepository::put, %d per transaction, into an empty cache, median of %d "
                "runs alternating with the syncs\n",
                PageSize, int(bench.rawSeconds.size()));
    std::printf("sync_vs_raw_insert = sync rows/s / raw insert rows/s: higher is better, the "
                "target is >= %.1f\n",
                TargetRatio);
    std::printf("push_rows_per_s = %d journaled observations / seconds from syncNow() to "
                "`synced`, median of %d runs; the pass includes the pull that follows, which "
                "brings the %lld pushed records back (push phase alone: %.0f entries/s, %.2f s "
                "of it in the server's POST handling, median)\n",
                PushEntries, int(bench.pushSeconds.size()),
                static_cast<long long>(bench.pulledAfterPush), pushPhaseRate,
                median(bench.pushServerSeconds));
    summaryPrinted = true;
    bool complete = true;
    const auto print = [&complete](const char *kind, const char *name, int decimals, double value) {
        if (value <= 0) {
            std::printf("%s %s unavailable\n", kind, name);
            complete = false;
            return;
        }
        std::printf("%s %s %.*f\n", kind, name, decimals, value);
    };
    print("FIGURE", "sync_rows_per_s", 0, syncRate);
    print("FIGURE", "raw_insert_rows_per_s", 0, rawRate);
    print("RATIO", "sync_vs_raw_insert", 3, syncRate > 0 && rawRate > 0 ? syncRate / rawRate : -1);
    print("FIGURE", "push_rows_per_s", 0, pushRate);
    if (syncRate > 0 && syncRate < TargetRowsPerSecond)
        std::printf("TARGET MISSED: sync_rows_per_s %.0f < %.0f\n", syncRate, TargetRowsPerSecond);
    if (syncRate > 0 && rawRate > 0 && syncRate / rawRate < TargetRatio)
        std::printf("TARGET MISSED: sync_vs_raw_insert %.3f < %.1f\n", syncRate / rawRate,
                    TargetRatio);
    if (!complete)
        return failure(u"a figure is unavailable: did a benchmark filter leave out its runs?"_s);
    return Done{};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // QNetworkAccessManager and QProcess need the application
    // Loopback, whatever http_proxy says; this covers ApiClient's own network access manager.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    benchmark::Initialize(&argc, argv);
    nm::bench::RatioReporter reporter;
    int exitCode = 0;
    {
        ServerUnderTest server;
        bool summaryPrinted = false;
        // The bench (its caches and client) is gone before the server stops.
        const BenchStatus ran = [&] {
            Bench bench;
            return run(server, bench, reporter, summaryPrinted);
        }();
        const BenchStatus stopped = server.stop();
        for (const BenchStatus *status : {&ran, &stopped}) {
            if (!*status) {
                std::fprintf(stderr, "bench_sync: %s\n", qPrintable(status->error()));
                exitCode = 1;
            }
        }
        if (!ran) {
            std::fprintf(stderr, "bench_sync: the end of the server's log:\n%s\n",
                         qPrintable(server.logTail()));
            if (!summaryPrinted) {
                for (const char *line : SummaryLines)
                    std::printf("%s unavailable\n", line);
            }
        }
    }
    benchmark::Shutdown();
    return exitCode;
}
