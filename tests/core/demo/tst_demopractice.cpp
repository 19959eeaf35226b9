// The deterministic demo practice: same seed → byte-identical output, every record valid and
// consistent with the scoring engine, and the promised clinical courses present.

#include "core/demo/DemoPracticeGenerator.h"
#include "core/domain/FieldRules.h"
#include "core/domain/TimeOrderedUuid.h"
#include "core/instruments/InstrumentRegistry.h"
#include "core/instruments/MeasurementBasedCare.h"
#include "core/instruments/ScoringEngine.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using nm::core::Assessment;
using nm::core::DemoPractice;
using nm::core::DemoPracticeGenerator;
using nm::core::DemoPracticeOptions;
using nm::core::InstrumentDefinition;
using nm::core::InstrumentRegistry;
using nm::core::MeasurementBasedCare;
using nm::core::Observation;
using nm::core::ScoreResult;
using nm::core::ScoringContext;
using nm::core::ScoringEngine;
using nm::core::TimeOrderedUuid;
using Archetype = DemoPractice::Archetype;

namespace {

const QDate Today(2026, 11, 25);
constexpr int Patients = 20;
constexpr int Days = 90;
constexpr int DailyKinds = 5;

DemoPracticeOptions smallOptions(quint64 seed = 42)
{
    DemoPracticeOptions options;
    options.seed = seed;
    options.patients = Patients;
    options.days = Days;
    options.today = Today;
    return options;
}

DemoPractice generateOrFail(const DemoPracticeOptions &options)
{
    auto practice = DemoPracticeGenerator::generate(options);
    if (!practice)
        qFatal("generate() failed: %s", qPrintable(practice.error()));
    return std::move(practice).value();
}

// One patient's PHQ-9 totals in the order they were administered.
QList<double> phq9Totals(const DemoPractice &practice, const QUuid &patient)
{
    QList<const Assessment *> found;
    for (const Assessment &assessment : practice.assessments) {
        if (assessment.patientId == patient && assessment.instrumentId == "phq9"_L1)
            found.append(&assessment);
    }
    std::sort(found.begin(), found.end(), [](const Assessment *a, const Assessment *b) {
        return a->administeredAt < b->administeredAt;
    });
    QList<double> totals;
    for (const Assessment *assessment : found)
        totals.append(assessment->totalScore.value_or(-1));
    return totals;
}

} // namespace

class TestDemoPractice final : public QObject {
    Q_OBJECT

private:
    std::optional<InstrumentRegistry> m_registry;
    DemoPractice m_practice;

    const InstrumentDefinition &instrument(const QString &id) const
    {
        const InstrumentDefinition *definition = m_registry->find(id);
        if (!definition)
            qFatal("instrument %s is not loaded", qPrintable(id));
        return *definition;
    }

    QList<QUuid> patientsWith(Archetype archetype) const
    {
        QList<QUuid> ids;
        for (const nm::core::Patient &patient : m_practice.patients) {
            if (m_practice.archetypes.value(patient.meta.id) == archetype)
                ids.append(patient.meta.id);
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto registry = InstrumentRegistry::loadBuiltIn();
        QVERIFY2(registry.ok(), qPrintable(registry.ok() ? QString() : registry.error()));
        m_registry.emplace(std::move(registry).value());
        m_practice = generateOrFail(smallOptions());
    }

    void sameSeedIsByteIdentical()
    {
        const QByteArray first = generateOrFail(smallOptions()).toJsonLines();
        const QByteArray second = generateOrFail(smallOptions()).toJsonLines();
        QVERIFY(!first.isEmpty());
        QCOMPARE(first.count('\n'),
                 qsizetype(m_practice.patients.size() + m_practice.notes.size() +
                           m_practice.assessments.size() + m_practice.medications.size() +
                           m_practice.appointments.size() + m_practice.observations.size()));
        QVERIFY(first == second);
        QCOMPARE(QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex(),
                 QCryptographicHash::hash(second, QCryptographicHash::Sha256).toHex());
    }

    void jsonLinesHaveTheEntityEnvelope()
    {
        const QByteArray lines = m_practice.toJsonLines();
        const QList<QByteArray> split = lines.split('\n');
        QVERIFY(split.first().startsWith(R"({"data":{)"));
        QVERIFY(split.first().endsWith(R"("entity":"patient"})"));
        QVERIFY(split.at(split.size() - 2).endsWith(R"("entity":"observation"})"));
        QVERIFY(split.last().isEmpty()); // every line, the last included, ends in \n
    }

    void differentSeedDiffers()
    {
        const DemoPractice other = generateOrFail(smallOptions(43));
        QVERIFY(other.toJsonLines() != m_practice.toJsonLines());
        QVERIFY(other.patients.first().meta.id != m_practice.patients.first().meta.id);
    }

    void neverReadsTheClock()
    {
        // A different "today" moves every date by the same amount, and nothing else.
        DemoPracticeOptions later = smallOptions();
        later.today = Today.addDays(7);
        const DemoPractice shifted = generateOrFail(later);
        QCOMPARE(shifted.patients.size(), m_practice.patients.size());
        QCOMPARE(shifted.observations.first().at, m_practice.observations.first().at.addDays(7));
        // Ids are time-ordered: their time moves with the dates, their random bits stay.
        const QUuid before = m_practice.patients.first().meta.id;
        const QUuid after = shifted.patients.first().meta.id;
        QCOMPARE(TimeOrderedUuid::msecsOf(after),
                 TimeOrderedUuid::msecsOf(before) + qint64(7) * 24 * 3600 * 1000);
        QCOMPARE(after.toString().mid(15), before.toString().mid(15));
    }

    void everyRecordValidates()
    {
        for (const nm::core::Patient &patient : m_practice.patients) {
            const auto errors = patient.validate(Today);
            QVERIFY2(errors.isEmpty(), qPrintable(errors.toString()));
        }
        QHash<QUuid, const nm::core::ClinicalNote *> notesById;
        for (const nm::core::ClinicalNote &note : m_practice.notes)
            notesById.insert(note.meta.id, &note);
        int addenda = 0;
        for (const nm::core::ClinicalNote &note : m_practice.notes) {
            QVERIFY2(note.validate().isEmpty(), qPrintable(note.validate().toString()));
            if (note.isAddendum()) {
                ++addenda;
                const auto *parent = notesById.value(note.parentId);
                QVERIFY(parent);
                QVERIFY2(note.validateAsAddendumTo(*parent).isEmpty(),
                         qPrintable(note.validateAsAddendumTo(*parent).toString()));
            }
        }
        QVERIFY(addenda >= 1);
        for (const Assessment &assessment : m_practice.assessments)
            QVERIFY2(assessment.validate().isEmpty(), qPrintable(assessment.validate().toString()));
        for (const nm::core::Medication &medication : m_practice.medications)
            QVERIFY2(medication.validate().isEmpty(), qPrintable(medication.validate().toString()));
        for (const nm::core::Appointment &appointment : m_practice.appointments)
            QVERIFY2(appointment.validate().isEmpty(),
                     qPrintable(appointment.validate().toString()));
        for (const Observation &observation : m_practice.observations)
            QVERIFY2(observation.validate().isEmpty(),
                     qPrintable(observation.validate().toString()));
    }

    void idsAreUniqueAndLinksResolve()
    {
        QSet<QUuid> ids;
        qsizetype count = 0;
        const auto add = [&](const QUuid &id) {
            ids.insert(id);
            ++count;
        };
        QSet<QUuid> patients;
        for (const auto &record : m_practice.patients) {
            add(record.meta.id);
            patients.insert(record.meta.id);
        }
        for (const auto &record : m_practice.notes) {
            add(record.meta.id);
            QVERIFY(patients.contains(record.patientId));
        }
        for (const auto &record : m_practice.assessments) {
            add(record.meta.id);
            QVERIFY(patients.contains(record.patientId));
        }
        for (const auto &record : m_practice.medications) {
            add(record.meta.id);
            QVERIFY(patients.contains(record.patientId));
        }
        for (const auto &record : m_practice.appointments) {
            add(record.meta.id);
            QVERIFY(patients.contains(record.patientId));
        }
        for (const auto &record : m_practice.observations) {
            add(record.meta.id);
            QVERIFY(patients.contains(record.patientId));
        }
        QCOMPARE(ids.size(), count);
        // Time-ordered (version 7) ids, made at their record's creation time.
        for (const auto &record : m_practice.observations)
            QCOMPARE(TimeOrderedUuid::msecsOf(record.meta.id),
                     record.meta.createdAt.toMSecsSinceEpoch());
        for (const QUuid &id : std::as_const(ids))
            QVERIFY(TimeOrderedUuid::msecsOf(id) > 0);
    }

    void storedScoresMatchTheEngine()
    {
        QHash<QUuid, QString> sexOf;
        for (const nm::core::Patient &patient : m_practice.patients)
            sexOf.insert(patient.meta.id, nm::core::enumId(patient.sexAtBirth).toString());
        QSet<QString> instruments;
        for (const Assessment &assessment : m_practice.assessments) {
            instruments.insert(assessment.instrumentId);
            const InstrumentDefinition &definition = instrument(assessment.instrumentId);
            QCOMPARE(assessment.status, Assessment::Status::Completed);
            QCOMPARE(assessment.instrumentVersion, definition.version());
            ScoringEngine::Responses responses;
            for (const Assessment::ItemResponse &response : assessment.responses) {
                QVERIFY(response.score);
                responses.insert(response.itemId, int(*response.score));
            }
            const auto scored = ScoringEngine::score(
                definition, responses,
                ScoringContext::withSexAtBirth(sexOf.value(assessment.patientId)));
            QVERIFY2(scored.ok(), qPrintable(scored.ok() ? QString() : scored.error()));
            const ScoreResult &result = scored.value();
            QVERIFY(result.complete);
            QCOMPARE(assessment.totalScore, result.total);
            QMap<QString, double> subscales;
            for (const ScoreResult::SubscaleScore &subscale : result.subscales) {
                if (subscale.score)
                    subscales.insert(subscale.id, *subscale.score);
            }
            QCOMPARE(assessment.subscaleScores, subscales);
            QCOMPARE(assessment.band, result.band ? result.band->id : QString());
            QStringList flags;
            for (const ScoreResult::RaisedFlag &flag : result.flags)
                flags.append(flag.id);
            QCOMPARE(assessment.flags, flags);
        }
        QVERIFY(instruments.contains(u"phq9"_s));
        QVERIFY(instruments.contains(u"gad7"_s));
    }

    void everyPatientHasPhq9AndMostGad7()
    {
        QSet<QUuid> withPhq9;
        QSet<QUuid> withGad7;
        for (const Assessment &assessment : m_practice.assessments) {
            if (assessment.instrumentId == "phq9"_L1)
                withPhq9.insert(assessment.patientId);
            if (assessment.instrumentId == "gad7"_L1)
                withGad7.insert(assessment.patientId);
        }
        QCOMPARE(withPhq9.size(), m_practice.patients.size());
        QVERIFY(withGad7.size() * 2 > m_practice.patients.size());
    }

    void respondersRespondAndRemit()
    {
        const QList<QUuid> responders = patientsWith(Archetype::Responder);
        QVERIFY(!responders.isEmpty());
        for (const QUuid &id : responders) {
            const QList<double> totals = phq9Totals(m_practice, id);
            QVERIFY(totals.size() >= 2);
            QVERIFY2(MeasurementBasedCare::response(totals.first(), totals.last()).met,
                     qPrintable(u"%1 → %2"_s.arg(totals.first()).arg(totals.last())));
            QVERIFY(MeasurementBasedCare::remission(instrument(u"phq9"_s), totals.last()).met);
        }
    }

    void partialRespondersDropByAQuarterToAHalf()
    {
        const QList<QUuid> partial = patientsWith(Archetype::PartialResponder);
        QVERIFY(!partial.isEmpty());
        for (const QUuid &id : partial) {
            const QList<double> totals = phq9Totals(m_practice, id);
            QVERIFY(totals.size() >= 2);
            const double drop = totals.first() - totals.last();
            QVERIFY2(4 * drop >= totals.first() && 2 * drop < totals.first(),
                     qPrintable(u"%1 → %2"_s.arg(totals.first()).arg(totals.last())));
        }
    }

    void nonRespondersDoNotRespond()
    {
        const QList<QUuid> nonResponders = patientsWith(Archetype::NonResponder);
        QVERIFY(!nonResponders.isEmpty());
        for (const QUuid &id : nonResponders) {
            const QList<double> totals = phq9Totals(m_practice, id);
            QVERIFY(totals.size() >= 2);
            QVERIFY(!MeasurementBasedCare::response(totals.first(), totals.last()).met);
            QVERIFY2(4 * (totals.first() - totals.last()) < totals.first(),
                     qPrintable(u"%1 → %2"_s.arg(totals.first()).arg(totals.last())));
        }
    }

    void oneRelapse()
    {
        const QList<QUuid> relapses = patientsWith(Archetype::Relapse);
        QCOMPARE(relapses.size(), 1);
        const QList<double> totals = phq9Totals(m_practice, relapses.first());
        const double best = *std::min_element(totals.cbegin(), totals.cend());
        // Improved into remission, then reliably worse again.
        QVERIFY(MeasurementBasedCare::response(totals.first(), best).met);
        QVERIFY(MeasurementBasedCare::remission(instrument(u"phq9"_s), best).met);
        const auto change =
            MeasurementBasedCare::reliableChange(instrument(u"phq9"_s), best, totals.last());
        QVERIFY(change.met);
        QCOMPARE(change.direction, MeasurementBasedCare::Direction::Deterioration);
        // The patient stopped the medication in between, and it was restarted.
        bool stoppedByPatient = false;
        for (const nm::core::Medication &medication : m_practice.medications) {
            if (medication.patientId == relapses.first() &&
                medication.reasonStopped.contains(u"by patient"_s))
                stoppedByPatient = true;
        }
        QVERIFY(stoppedByPatient);
    }

    void itemNineFlagsTheChart()
    {
        QSet<QUuid> flaggedByAssessment;
        for (const Assessment &assessment : m_practice.assessments) {
            if (!assessment.flags.contains(u"suicide_risk"_s))
                continue;
            QCOMPARE(assessment.instrumentId, u"phq9"_s);
            const auto item9 = std::find_if(
                assessment.responses.cbegin(), assessment.responses.cend(),
                [](const Assessment::ItemResponse &response) { return response.itemId == u"9"; });
            QVERIFY(item9 != assessment.responses.cend());
            QVERIFY(item9->score.value_or(0) > 0);
            flaggedByAssessment.insert(assessment.patientId);
        }
        QVERIFY(!flaggedByAssessment.isEmpty());
        QSet<QUuid> flaggedOnChart;
        for (const nm::core::Patient &patient : m_practice.patients) {
            if (patient.riskFlags.contains(nm::core::RiskFlag::SuicideRisk))
                flaggedOnChart.insert(patient.meta.id);
        }
        QCOMPARE(flaggedOnChart, flaggedByAssessment);
        bool crisisNote = false;
        for (const nm::core::ClinicalNote &note : m_practice.notes) {
            if (note.type == nm::core::ClinicalNote::Type::Crisis)
                crisisNote = flaggedOnChart.contains(note.patientId);
        }
        QVERIFY(crisisNote);
    }

    void notesMentionTheCourse()
    {
        int signedNotes = 0;
        int drafts = 0;
        for (const nm::core::ClinicalNote &note : m_practice.notes) {
            if (note.status == nm::core::ClinicalNote::Status::Signed)
                ++signedNotes;
            else
                ++drafts;
            if (note.type == nm::core::ClinicalNote::Type::Progress ||
                note.type == nm::core::ClinicalNote::Type::Intake)
                QVERIFY2(note.body.contains(u"PHQ-9 "_s), qPrintable(note.body));
        }
        QVERIFY(signedNotes > drafts);
    }

    void medicationChangesArePresent()
    {
        QStringList reasons;
        for (const nm::core::Medication &medication : m_practice.medications)
            reasons.append(medication.reasonStopped);
        QVERIFY(reasons.contains(u"dose increased"_s));
        QVERIFY(std::any_of(reasons.cbegin(), reasons.cend(), [](const QString &reason) {
            return reason.startsWith(u"side effects"_s);
        }));
    }

    void appointmentsCoverPastAndFuture()
    {
        QSet<nm::core::Appointment::Status> statuses;
        for (const nm::core::Appointment &appointment : m_practice.appointments) {
            statuses.insert(appointment.status);
            QVERIFY(appointment.durationMinutes >= 30 && appointment.durationMinutes <= 60);
            if (appointment.status == nm::core::Appointment::Status::Scheduled)
                QVERIFY(appointment.start.date() >= Today);
            else
                QVERIFY(appointment.start.date() <= Today);
        }
        QVERIFY(statuses.contains(nm::core::Appointment::Status::Completed));
        QVERIFY(statuses.contains(nm::core::Appointment::Status::Scheduled));
        QVERIFY(statuses.contains(nm::core::Appointment::Status::NoShow) ||
                statuses.contains(nm::core::Appointment::Status::Cancelled));
    }

    void patientsAreSyntheticWithGeneratedNames()
    {
        const QRegularExpression syllables(
            u"^(?:"_s + DemoPracticeGenerator::nameSyllables().join(u'|') + u")+$"_s,
            QRegularExpression::CaseInsensitiveOption);
        QSet<QString> mrns;
        for (const nm::core::Patient &patient : m_practice.patients) {
            QVERIFY(patient.synthetic);
            QVERIFY(!patient.givenName.isEmpty());
            QVERIFY(!patient.familyName.isEmpty());
            QVERIFY2(syllables.match(patient.givenName).hasMatch(), qPrintable(patient.givenName));
            QVERIFY2(syllables.match(patient.familyName).hasMatch(),
                     qPrintable(patient.familyName));
            QVERIFY(patient.givenName.at(0).isUpper());
            QVERIFY(nm::core::FieldRules::isMrn(patient.mrn));
            mrns.insert(patient.mrn);
            QVERIFY(patient.email.endsWith(u"@example.org"_s));
            QVERIFY(patient.phone.contains(u" 555 01"_s));
            QVERIFY(!patient.careTeam.isEmpty());
            for (const QUuid &clinician : patient.careTeam)
                QVERIFY(DemoPracticeOptions::defaultClinicians().contains(clinician));
            QVERIFY(patient.dateOfBirth <= Today.addYears(-18));
            QVERIFY(patient.dateOfBirth > Today.addYears(-85));
        }
        QCOMPARE(mrns.size(), m_practice.patients.size());
    }

    void observationCountsAndUnits()
    {
        QCOMPARE(m_practice.observations.size(), qsizetype(Patients) * Days * DailyKinds);
        QHash<Observation::Kind, qsizetype> perKind;
        for (const Observation &observation : m_practice.observations) {
            ++perKind[observation.kind];
            QCOMPARE(observation.unit, Observation::unitFor(observation.kind));
            QVERIFY(observation.at.date() <= Today);
            QVERIFY(observation.at.date() > Today.addDays(-Days));
        }
        QCOMPARE(perKind.size(), DailyKinds);
        for (auto it = perKind.cbegin(); it != perKind.cend(); ++it)
            QCOMPARE(it.value(), qsizetype(Patients) * Days);
        QVERIFY(m_practice.minuteHeartRatePatient.isNull());
    }

    void wearablesFollowTheCourse()
    {
        // Sleep and mood are worse in the first week than in the last for the responders, whose
        // PHQ-9 falls by at least half.
        double earlyMood = 0;
        double lateMood = 0;
        double earlySleep = 0;
        double lateSleep = 0;
        const QSet<QUuid> responders = [&] {
            const QList<QUuid> list = patientsWith(Archetype::Responder);
            return QSet<QUuid>(list.cbegin(), list.cend());
        }();
        for (const Observation &observation : m_practice.observations) {
            if (!responders.contains(observation.patientId))
                continue;
            const bool early = observation.at.date() < Today.addDays(-Days + 8);
            const bool late = observation.at.date() > Today.addDays(-7);
            if (observation.kind == Observation::Kind::Mood) {
                earlyMood += early ? observation.value : 0;
                lateMood += late ? observation.value : 0;
            } else if (observation.kind == Observation::Kind::SleepMinutes) {
                earlySleep += early ? observation.value : 0;
                lateSleep += late ? observation.value : 0;
            }
        }
        QVERIFY(lateMood > earlyMood);
        QVERIFY(lateSleep > earlySleep);
    }

    void minuteHeartRateForOnePatient()
    {
        DemoPracticeOptions options = smallOptions();
        options.patients = 5;
        options.days = 30;
        options.minuteHeartRate = true;
        const DemoPractice practice = generateOrFail(options);
        QVERIFY(!practice.minuteHeartRatePatient.isNull());
        qsizetype heartRate = 0;
        for (const Observation &observation : practice.observations) {
            if (observation.kind != Observation::Kind::HeartRate)
                continue;
            QCOMPARE(observation.patientId, practice.minuteHeartRatePatient);
            QVERIFY2(observation.validate().isEmpty(),
                     qPrintable(observation.validate().toString()));
            ++heartRate;
        }
        QCOMPARE(heartRate, qsizetype(30) * 1440);
        QCOMPARE(practice.observations.size(), qsizetype(5) * 30 * DailyKinds + 30 * 1440);

        // Asking for the minute series adds it and changes nothing else.
        options.minuteHeartRate = false;
        const DemoPractice without = generateOrFail(options);
        QCOMPARE(without.patients, practice.patients);
        QCOMPARE(without.notes, practice.notes);
        QCOMPARE(without.assessments, practice.assessments);
        QCOMPARE(without.observations.size(), practice.observations.size() - heartRate);
    }

    void unusableOptionsAreRefused_data()
    {
        QTest::addColumn<int>("patients");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("validToday");
        QTest::addColumn<bool>("clinicians");
        QTest::newRow("no today") << 5 << 30 << false << true;
        QTest::newRow("negative patients") << -1 << 30 << true << true;
        QTest::newRow("zero days") << 5 << 0 << true << true;
        QTest::newRow("no clinicians") << 5 << 30 << true << false;
    }
    void unusableOptionsAreRefused()
    {
        QFETCH(int, patients);
        QFETCH(int, days);
        QFETCH(bool, validToday);
        QFETCH(bool, clinicians);
        DemoPracticeOptions options = smallOptions();
        options.patients = patients;
        options.days = days;
        if (!validToday)
            options.today = QDate();
        if (!clinicians)
            options.clinicians.clear();
        const auto practice = DemoPracticeGenerator::generate(options);
        QVERIFY(!practice.ok());
        QVERIFY(!practice.error().isEmpty());
    }

    void emptyPracticeIsFine()
    {
        DemoPracticeOptions options = smallOptions();
        options.patients = 0;
        const DemoPractice practice = generateOrFail(options);
        QVERIFY(practice.patients.isEmpty());
        QVERIFY(practice.toJsonLines().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoPractice)
#include "tst_demopractice.moc"
