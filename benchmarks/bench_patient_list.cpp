// The patient list on a practice-sized cache (100,000 patients) and a year of minute-level heart
// rate for one patient. Reports:
//   RATIO  patient_first_page        time to the list's first page / time to load every patient
//   FIGURE patient_filter_ms         one more search character ("m" -> "mu") until the first page
//   FIGURE observation_year_query_ms one year of minute heart rate through ObservationQuery

#include "benchmarks/AlternatingRuns.h"
#include "benchmarks/RatioReporter.h"
#include "core/crypto/SecureBuffer.h"
#include "core/domain/Patient.h"
#include "core/models/ObservationQuery.h"
#include "core/models/PatientFilterProxyModel.h"
#include "core/models/PatientListModel.h"
#include "core/storage/CacheDatabase.h"
#include "core/storage/CacheTables.h"
#include "core/storage/Repository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <memory>
#include <random>

using namespace Qt::StringLiterals;
using namespace nm::core;

namespace {

constexpr int Patients = 100'000;
constexpr int MinutesPerYear = 525'600;
constexpr int Rounds = 7;
constexpr int KeystrokeRounds = 21;
const QDate Today(2026, 11, 25);
const QDateTime YearStart(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
const QUuid Clinician(u"11111111-2222-4333-8444-555555555555"_s);
const QUuid WearablePatient(u"8c0f7c1e-5a8b-4c55-9d1e-000000000001"_s);

// Names of several origins, some accented, so the search has realistic prefix collisions.
const QStringList FamilyNames = {
    u"Müller"_s,    u"Muñoz"_s,    u"Murphy"_s,    u"Musa"_s,     u"García"_s,   u"O'Brien"_s,
    u"Silva"_s,     u"Okafor"_s,   u"Nguyen"_s,    u"Smith"_s,    u"Ólafsson"_s, u"Kowalski"_s,
    u"Johnson"_s,   u"Williams"_s, u"Brown"_s,     u"Jones"_s,    u"Miller"_s,   u"Davis"_s,
    u"Rodríguez"_s, u"Martínez"_s, u"Hernández"_s, u"López"_s,    u"González"_s, u"Wilson"_s,
    u"Anderson"_s,  u"Thomas"_s,   u"Taylor"_s,    u"Moore"_s,    u"Jackson"_s,  u"Martin"_s,
    u"Lee"_s,       u"Pérez"_s,    u"Thompson"_s,  u"White"_s,    u"Harris"_s,   u"Sánchez"_s,
    u"Clark"_s,     u"Ramírez"_s,  u"Lewis"_s,     u"Robinson"_s, u"Walker"_s,   u"Young"_s,
    u"Allen"_s,     u"King"_s,     u"Wright"_s,    u"Scott"_s,    u"Torres"_s,   u"Hill"_s,
    u"Flores"_s,    u"Green"_s,    u"Adams"_s,     u"Nelson"_s,   u"Baker"_s,    u"Hall"_s,
    u"Rivera"_s,    u"Campbell"_s, u"Mitchell"_s,  u"Carter"_s,   u"Roberts"_s,  u"Schmidt"_s};
const QStringList GivenNames = {
    u"Ana"_s,       u"Jürgen"_s,  u"Mei"_s,      u"Oluwaseun"_s, u"Liam"_s,    u"Zoë"_s,
    u"Anders"_s,    u"Maria"_s,   u"Ben"_s,      u"James"_s,     u"Mary"_s,    u"John"_s,
    u"Patricia"_s,  u"Robert"_s,  u"Jennifer"_s, u"Michael"_s,   u"Linda"_s,   u"David"_s,
    u"Elizabeth"_s, u"William"_s, u"Barbara"_s,  u"Richard"_s,   u"Susan"_s,   u"Joseph"_s,
    u"Jessica"_s,   u"Thomas"_s,  u"Sarah"_s,    u"Charles"_s,   u"Karen"_s,   u"Chloé"_s,
    u"Daniel"_s,    u"Nancy"_s,   u"Matthew"_s,  u"Lisa"_s,      u"Anthony"_s, u"Betty"_s,
    u"Mark"_s,      u"Sandra"_s,  u"Donald"_s,   u"Ashley"_s,    u"Steven"_s,  u"Kimberly"_s,
    u"Paul"_s,      u"Emily"_s,   u"Andrew"_s,   u"Donna"_s,     u"Joshua"_s,  u"Michelle"_s,
    u"Kenji"_s,     u"Aiyana"_s,  u"Sven"_s,     u"Ingrid"_s,    u"Ahmed"_s,   u"Fatima"_s,
    u"Raj"_s,       u"Priya"_s,   u"Chen"_s,     u"Yuki"_s,      u"Omar"_s,    u"Leila"_s};
const QStringList PreferredNames = {u"Annie"_s, u"Mo"_s, u"Jay"_s, u"Bea"_s, u"Sam"_s};

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

void run(QSqlQuery &q)
{
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
}

// The populated cache, shared by every benchmark. Owned by main(): the connection must close
// while QtSql's connection registry and the application still exist.
class Fixture {
public:
    Fixture()
    {
        auto opened = CacheDatabase::open(
            scratch().filePath(u"patients.db"_s),
            *SecureBuffer::fromHex(
                u"f0e1d2c3b4a5968778695a4b3c2d1e0ff0e1d2c3b4a5968778695a4b3c2d1e0f"_s));
        if (!opened)
            qFatal("cannot open the cache: %s", qPrintable(opened.error().message));
        m_cache = std::make_unique<CacheDatabase>(std::move(opened.value()));
        insertPatients();
        insertHeartRate();
        explain();
    }

    QSqlDatabase database() const { return m_cache->database(); }

private:
    void insertPatients()
    {
        QSqlDatabase db = database();
        Repository<Patient> patients(db, CacheTables::patients(),
                                     [](const Patient &p) { return p.validate(Today); });
        std::mt19937 random(20261125);
        const auto pick = [&random](const QStringList &list) {
            return list[std::uniform_int_distribution<qsizetype>(0, list.size() - 1)(random)];
        };
        const QDateTime now(Today, QTime(9, 0), Qt::UTC);
        if (!db.transaction())
            qFatal("begin failed");
        for (int i = 0; i < Patients; ++i) {
            Patient patient;
            patient.meta = RecordMeta::create(Clinician, now);
            patient.meta.version = 1;
            if (i == 0)
                patient.meta.id = WearablePatient;
            patient.mrn = u"NM%1"_s.arg(i, 7, 10, QChar(u'0'));
            patient.familyName = pick(FamilyNames);
            patient.givenName = pick(GivenNames);
            if (i % 7 == 0)
                patient.preferredName = pick(PreferredNames);
            patient.dateOfBirth =
                QDate(1930, 1, 1).addDays(std::uniform_int_distribution<int>(0, 30'000)(random));
            if (i % 20 == 0)
                patient.riskFlags = {RiskFlag::SuicideRisk};
            if (i % 50 == 0)
                patient.careTeam = {Clinician};
            if (auto stored = patients.put(patient); !stored)
                qFatal("put failed: %s", qPrintable(stored.error().message));
        }
        if (!db.commit())
            qFatal("commit failed");
    }

    // Plain columns, prepared INSERTs, transactions of 10,000: how a wearable sync writes them.
    void insertHeartRate()
    {
        QSqlDatabase db = database();
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO observations (id, version, created_at, updated_at, patient_id, "
                  "kind, at, value, unit, source) VALUES (?, 1, ?, ?, ?, 'heart_rate', ?, ?, "
                  "'bpm', 'wearable')"_s);
        const QString patient = WearablePatient.toString(QUuid::WithoutBraces);
        const qint64 first = YearStart.toMSecsSinceEpoch();
        for (int minute = 0; minute < MinutesPerYear; ++minute) {
            if (minute % 10'000 == 0 && !db.transaction())
                qFatal("begin failed");
            const qint64 at = first + qint64(minute) * 60'000;
            q.bindValue(0, QUuid::createUuid().toString(QUuid::WithoutBraces));
            q.bindValue(1, at);
            q.bindValue(2, at);
            q.bindValue(3, patient);
            q.bindValue(4, at);
            q.bindValue(5, 55.0 + (minute * 37 % 600) / 10.0);
            run(q);
            if ((minute % 10'000 == 9'999 || minute == MinutesPerYear - 1) && !db.commit())
                qFatal("commit failed");
        }
    }

    // The plans of the statement shapes PatientListModel runs (see PatientListModel::loadPage),
    // printed so a regression to a full scan is visible in the benchmark log.
    void explain()
    {
        const QString select = u"EXPLAIN QUERY PLAN SELECT p.id, p.family_name, p.given_name, "
                               "p.preferred_name, p.mrn, p.date_of_birth, p.risk_flags, "
                               "(SELECT group_concat(c.clinician_id, ' ') FROM "
                               "patient_care_team c WHERE c.patient_id = p.id) "
                               "FROM patients p WHERE "_s;
        const QString byName = u" ORDER BY p.family_name ASC, p.given_name ASC, p.id ASC "
                               "LIMIT 201"_s;
        const QString fts = u"(SELECT docid FROM patients_fts WHERE patients_fts MATCH "
                            "'\"mu*\"') AND "_s;
        const QList<std::pair<const char *, QString>> plans = {
            {"first page", select + u"p.deleted = 0"_s + byName},
            {"next page",
             select +
                 u"p.deleted = 0 AND p.family_name >= 'M' AND (p.family_name > 'M' OR "
                 "(p.family_name = 'M' AND (p.given_name > 'A' OR (p.given_name = 'A' AND "
                 "p.id > 'x'))))"_s +
                 byName},
            {"many matches", select + u"+p.rowid IN "_s + fts + u"p.deleted = 0"_s + byName},
            {"few matches", select + u"p.rowid IN "_s + fts + u"p.deleted = 0"_s + byName},
            {"age order",
             select + u"p.deleted = 0 ORDER BY p.date_of_birth DESC, p.id ASC LIMIT 201"_s},
            {"observations",
             u"EXPLAIN QUERY PLAN SELECT at, value FROM observations WHERE patient_id = 'x' AND "
             "kind = 'heart_rate' AND at >= 0 AND at < 1 AND deleted = 0 ORDER BY at"_s},
        };
        QSqlQuery q(database());
        for (const auto &[name, sql] : plans) {
            if (!q.exec(sql))
                qFatal("%s", qPrintable(q.lastError().text()));
            while (q.next())
                qInfo("PLAN %s: %s", name, qPrintable(q.value(3).toString()));
        }
    }

    std::unique_ptr<CacheDatabase> m_cache;
};

enum class Load { FirstPage, EveryPatient };

// (a) what the list does vs (b) the naive way: every patient row read and decoded.
void patientFirstPage(benchmark::State &state, Load load, Fixture *fixture)
{
    for (auto _ : state) {
        if (load == Load::FirstPage) {
            PatientListModel model(fixture->database());
            if (model.rowCount() != PatientListModel::DefaultPageSize)
                qFatal("first page has %d rows", model.rowCount());
            benchmark::DoNotOptimize(model.index(0, 0).data());
        } else {
            Repository<Patient> patients(fixture->database(), CacheTables::patients(),
                                         [](const Patient &) { return FieldErrors(); });
            auto all = patients.loadWhere(u"deleted = 0"_s, {}, u"family_name, given_name, id"_s);
            if (!all || all.value().size() != Patients)
                qFatal("loading every patient failed");
            benchmark::DoNotOptimize(all.value().constFirst().mrn);
        }
    }
}

// (c) one keystroke: the search goes from "m" to "mu" until the first page is there.
void filterKeystroke(benchmark::State &state, Fixture *fixture)
{
    PatientListModel source(fixture->database());
    PatientFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    for (auto _ : state) {
        state.PauseTiming();
        proxy.setSearchText(u"m"_s);
        state.ResumeTiming();
        proxy.setSearchText(u"mu"_s);
        if (proxy.rowCount() == 0)
            qFatal("no patient matches \"mu\"");
    }
}

// (d) a year of minute-level heart rate, as a wearable chart loads it.
void observationYear(benchmark::State &state, Fixture *fixture)
{
    for (auto _ : state) {
        auto series = ObservationQuery::series(fixture->database(), WearablePatient,
                                               Observation::Kind::HeartRate, YearStart,
                                               YearStart.addYears(1));
        if (!series || series.value().size() != MinutesPerYear)
            qFatal("the year query returned the wrong rows");
        benchmark::DoNotOptimize(series.value().values.constLast());
    }
}

constexpr nm::bench::Sides<Load> FirstPageVsEveryPatient{{"/first_page", Load::FirstPage},
                                                         {"/every_patient", Load::EveryPatient}};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (!scratch().isValid())
        qFatal("no temporary directory");
    Fixture fixture;

    nm::bench::registerAlternatingRuns("patient_first_page", FirstPageVsEveryPatient, Rounds,
                                       patientFirstPage, &fixture);
    for (int round = 0; round < KeystrokeRounds; ++round)
        benchmark::RegisterBenchmark("patient_filter_keystroke", filterKeystroke, &fixture)
            ->Iterations(1)
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);
    for (int round = 0; round < Rounds; ++round)
        benchmark::RegisterBenchmark("observation_year_query", observationYear, &fixture)
            ->Iterations(1)
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);

    benchmark::Initialize(&argc, argv);
    nm::bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatio("patient_first_page", "patient_first_page/first_page",
                        "patient_first_page/every_patient");
    reporter.printFigure("patient_filter_ms", "patient_filter_keystroke");
    reporter.printFigure("observation_year_query_ms", "observation_year_query");
    benchmark::Shutdown();
    return reporter.complete() ? 0 : 1;
}
