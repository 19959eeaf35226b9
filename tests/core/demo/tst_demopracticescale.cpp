// The demo practice at full size (200 patients, a year, minute heart rate): every record still
// valid, the archetype spread as documented, and generation time reported. Labelled slow.

#include "core/demo/DemoPracticeGenerator.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::DemoPractice;
using nm::core::DemoPracticeGenerator;
using nm::core::DemoPracticeOptions;
using nm::core::Observation;
using Archetype = DemoPractice::Archetype;

class TestDemoPracticeScale final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullYearWithMinuteHeartRate()
    {
        DemoPracticeOptions options;
        options.seed = 20261125;
        options.patients = 200;
        options.days = 365;
        options.today = QDate(2026, 11, 25);

        QElapsedTimer timer;
        timer.start();
        auto daily = DemoPracticeGenerator::generate(options);
        const qint64 dailyMs = timer.elapsed();
        QVERIFY(daily.ok());
        QCOMPARE(daily.value().observations.size(), qsizetype(200) * 365 * 5);

        options.minuteHeartRate = true;
        timer.restart();
        auto withMinutes = DemoPracticeGenerator::generate(options);
        const qint64 minuteMs = timer.elapsed();
        QVERIFY(withMinutes.ok());
        const DemoPractice &practice = withMinutes.value();
        QCOMPARE(practice.observations.size(), qsizetype(200) * 365 * 5 + 525600);

        timer.restart();
        const QByteArray lines = practice.toJsonLines();
        const qint64 jsonMs = timer.elapsed();

        for (const auto &patient : practice.patients)
            QVERIFY2(patient.validate(options.today).isEmpty(),
                     qPrintable(patient.validate(options.today).toString()));
        for (const auto &note : practice.notes)
            QVERIFY2(note.validate().isEmpty(), qPrintable(note.validate().toString()));
        for (const auto &assessment : practice.assessments)
            QVERIFY(assessment.validate().isEmpty());
        for (const auto &medication : practice.medications)
            QVERIFY2(medication.validate().isEmpty(), qPrintable(medication.validate().toString()));
        for (const auto &appointment : practice.appointments)
            QVERIFY(appointment.validate().isEmpty());
        qsizetype heartRate = 0;
        for (const Observation &observation : practice.observations) {
            QVERIFY(observation.validate().isEmpty());
            if (observation.kind == Observation::Kind::HeartRate)
                ++heartRate;
        }
        QCOMPARE(heartRate, qsizetype(525600));

        QMap<Archetype, int> counts;
        for (const Archetype archetype : practice.archetypes)
            ++counts[archetype];
        int itemNine = 0;
        for (const auto &patient : practice.patients)
            itemNine += patient.riskFlags.contains(nm::core::RiskFlag::SuicideRisk) ? 1 : 0;
        QCOMPARE(counts.value(Archetype::Relapse), 1);
        QCOMPARE(itemNine, 5);

        qInfo("generate 200 x 365: %lld ms; with minute heart rate: %lld ms; toJsonLines: %lld ms "
              "(%lld MB)",
              dailyMs, minuteMs, jsonMs, qint64(lines.size() / (1024 * 1024)));
        qInfo("records: %lld patients, %lld notes, %lld assessments, %lld medications, "
              "%lld appointments, %lld observations",
              qint64(practice.patients.size()), qint64(practice.notes.size()),
              qint64(practice.assessments.size()), qint64(practice.medications.size()),
              qint64(practice.appointments.size()), qint64(practice.observations.size()));
        qInfo("archetypes: responder %d, partial %d, non-responder %d, relapse %d; item-9 %d",
              counts.value(Archetype::Responder), counts.value(Archetype::PartialResponder),
              counts.value(Archetype::NonResponder), counts.value(Archetype::Relapse), itemNine);
    }
};

QTEST_GUILESS_MAIN(TestDemoPracticeScale)
#include "tst_demopracticescale.moc"
