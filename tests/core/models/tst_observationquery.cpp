// The read side of observation series: a time range of one kind for one patient.

#include "core/domain/Patient.h"
#include "core/models/ObservationQuery.h"
#include "core/storage/CacheTables.h"
#include "core/storage/Repository.h"
#include "tests/core/models/TestCache.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nm::core;
using nm::core::test::TestCache;

namespace {

const QDate Today(2026, 11, 25);
const QDateTime Start(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);

} // namespace

class TestObservationQuery final : public QObject {
    Q_OBJECT

private:
    std::optional<TestCache> m_cache;
    QUuid m_patient;
    QUuid m_other;

    void insert(const QUuid &patient, const QString &kind, const QDateTime &at, double value,
                bool deleted = false)
    {
        QSqlQuery q(m_cache->database());
        q.prepare(u"INSERT INTO observations (id, created_at, updated_at, deleted, patient_id, "
                  "kind, at, value, unit) VALUES (?, 0, 0, ?, ?, ?, ?, ?, 'bpm')"_s);
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(deleted ? 1 : 0);
        q.addBindValue(patient.toString(QUuid::WithoutBraces));
        q.addBindValue(kind);
        q.addBindValue(at.toMSecsSinceEpoch());
        q.addBindValue(value);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cache.emplace();
        QVERIFY2(m_cache->isOpen(), qPrintable(m_cache->error()));
        Repository<Patient> patients(m_cache->database(), CacheTables::patients(),
                                     [](const Patient &) { return FieldErrors(); });
        for (QUuid *id : {&m_patient, &m_other}) {
            Patient patient;
            patient.meta = RecordMeta::create(QUuid(), Start);
            patient.mrn = u"MRN0000%1"_s.arg(id == &m_patient ? 1 : 2);
            patient.familyName = u"Silva"_s;
            patient.givenName = u"Ana"_s;
            QVERIFY(patients.put(patient));
            *id = patient.meta.id;
        }
        // Out of order on purpose; the query must order by time.
        for (int minute : {5, 0, 3, 1, 4, 2, 6})
            insert(m_patient, u"heart_rate"_s, Start.addSecs(minute * 60), 60 + minute);
        insert(m_patient, u"heart_rate"_s, Start.addSecs(7 * 60), 999, true); // tombstone
        insert(m_patient, u"steps"_s, Start.addSecs(2 * 60), 120);
        insert(m_other, u"heart_rate"_s, Start.addSecs(2 * 60), 88);
    }

    void cleanupTestCase() { m_cache.reset(); }

    void rangeIsHalfOpenOrderedAndExcludesOthers()
    {
        auto series =
            ObservationQuery::series(m_cache->database(), m_patient, Observation::Kind::HeartRate,
                                     Start.addSecs(60), Start.addSecs(5 * 60));
        QVERIFY2(series, qPrintable(series ? QString() : series.error()));
        const ObservationSeries &s = series.value();
        QCOMPARE(s.size(), 4); // minutes 1..4; minute 5 is the excluded end
        QCOMPARE(s.times, (QList<qint64>{Start.addSecs(60).toMSecsSinceEpoch(),
                                         Start.addSecs(120).toMSecsSinceEpoch(),
                                         Start.addSecs(180).toMSecsSinceEpoch(),
                                         Start.addSecs(240).toMSecsSinceEpoch()}));
        QCOMPARE(s.values, (QList<double>{61, 62, 63, 64}));
    }

    void tombstonesAndOtherKindsAreLeftOut()
    {
        auto all = ObservationQuery::series(m_cache->database(), m_patient,
                                            Observation::Kind::HeartRate, Start, Start.addDays(1));
        QVERIFY(all);
        QCOMPARE(all.value().size(), 7);
        QVERIFY(!all.value().values.contains(999));
        auto steps = ObservationQuery::series(m_cache->database(), m_patient,
                                              Observation::Kind::Steps, Start, Start.addDays(1));
        QVERIFY(steps);
        QCOMPARE(steps.value().values, QList<double>{120});
        auto empty =
            ObservationQuery::series(m_cache->database(), m_patient, Observation::Kind::HeartRate,
                                     Start.addDays(1), Start.addDays(2));
        QVERIFY(empty);
        QVERIFY(empty.value().isEmpty());
    }

    void usesTheSeriesIndex()
    {
        QSqlQuery q(m_cache->database());
        QVERIFY(q.exec(u"EXPLAIN QUERY PLAN SELECT at, value FROM observations WHERE patient_id = "
                       "'x' AND kind = 'heart_rate' AND at >= 0 AND at < 1 AND deleted = 0 "
                       "ORDER BY at"_s));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        QVERIFY2(plan.join(u' ').contains(u"observations_series"_s), qPrintable(plan.join(u' ')));
        QVERIFY2(!plan.join(u' ').contains(u"TEMP B-TREE"_s), qPrintable(plan.join(u' ')));
    }

    void aClosedDatabaseIsAnError()
    {
        QSqlDatabase closed;
        auto series = ObservationQuery::series(closed, m_patient, Observation::Kind::HeartRate,
                                               Start, Start.addDays(1));
        QVERIFY(!series);
        QVERIFY(!series.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestObservationQuery)
#include "tst_observationquery.moc"
