// Patients, medications, appointments, assessments and observations through their repositories
// on a real encrypted cache.

#include "core/crypto/SecureBuffer.h"
#include "core/instruments/InstrumentRegistry.h"
#include "core/storage/AppointmentRepository.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/CacheDatabase.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/MedicationRepository.h"
#include "core/storage/ObservationRepository.h"
#include "core/storage/PatientRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nm::core;
using Kind = RepositoryError::Kind;

namespace {

const QString KeyHex = u"00ff11ee22dd33cc44bb55aa66997788000ff11ee22dd33cc44bb55aa6699778"_s;
const QUuid Clinician(u"11111111-2222-4333-8444-555555555555"_s);
const QUuid Colleague(u"22222222-3333-4444-8555-666666666666"_s);
const QDateTime Now(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC);

QString describe(const RepositoryError &error)
{
    return error.message + u' ' + error.fields.toString();
}

} // namespace

class TestClinicalRepositories final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<CacheDatabase> m_cache;
    std::optional<InstrumentRegistry> m_instruments;
    Patient m_patient;

    RecordStore::Clock clock() const
    {
        RecordStore::Clock fixed;
        fixed.now = [] {
            return Now;
        };
        return fixed;
    }
    QSqlDatabase db() const { return m_cache->database(); }
    int queued() const { return ChangeJournal(db()).pendingCount().value(); }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto registry = InstrumentRegistry::loadBuiltIn();
        QVERIFY2(registry, qPrintable(registry ? QString() : registry.error()));
        m_instruments.emplace(std::move(registry).value());
    }

    void init()
    {
        static int counter = 0;
        auto opened = CacheDatabase::open(m_dir.filePath(u"repos%1.db"_s.arg(++counter)),
                                          *SecureBuffer::fromHex(KeyHex));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_cache.emplace(std::move(opened.value()));
        m_patient = Patient();
        m_patient.meta = RecordMeta::create(Clinician, Now);
        m_patient.mrn = u"NM004711"_s;
        m_patient.givenName = u"Leilani"_s;
        m_patient.familyName = u"Ōkubo"_s;
        m_patient.dateOfBirth = QDate(1990, 5, 17);
        m_patient.careTeam = {Clinician};
        const auto created = PatientRepository(db(), clock()).create(m_patient);
        QVERIFY2(created, qPrintable(created ? QString() : describe(created.error())));
    }

    void cleanup() { m_cache.reset(); }

    void patientsAreValidatedAgainstTheClockAndKeepTheirCareTeam()
    {
        PatientRepository patients(db(), clock());
        Patient unborn = m_patient;
        unborn.meta = RecordMeta::create(Clinician, Now);
        unborn.mrn = u"NM004712"_s;
        unborn.dateOfBirth = Now.date().addDays(1);
        const int before = queued();
        const auto refused = patients.create(unborn);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Kind::Invalid);
        QVERIFY(refused.error().fields.contains(u"date_of_birth"));
        QCOMPARE(queued(), before);
        QVERIFY(!patients.load(unborn.meta.id).value());

        QCOMPARE(scalar(u"SELECT group_concat(clinician_id) FROM patient_care_team"_s).toString(),
                 Clinician.toString(QUuid::WithoutBraces));
        Patient shared = *patients.load(m_patient.meta.id).value();
        shared.careTeam = {Clinician, Colleague};
        QVERIFY(patients.update(shared));
        QCOMPARE(scalar(u"SELECT count(*) FROM patient_care_team WHERE patient_id = '"_s +
                        m_patient.meta.id.toString(QUuid::WithoutBraces) + u'\'')
                     .toInt(),
                 2);
        QCOMPARE(patients.load(m_patient.meta.id).value()->careTeam, shared.careTeam);
    }

    void medicationDoseChangesAndStopsAreJournaled()
    {
        MedicationRepository medications(db(), clock());
        Medication sertraline;
        sertraline.meta = RecordMeta::create(Clinician, Now);
        sertraline.patientId = m_patient.meta.id;
        sertraline.name = u"Sertraline"_s;
        sertraline.dose = 50;
        sertraline.unit = u"mg"_s;
        sertraline.frequency = u"once daily"_s;
        sertraline.startDate = QDate(2026, 9, 1);
        QVERIFY(medications.create(sertraline));

        const int before = queued();
        sertraline.dose = 100;
        QVERIFY(medications.update(sertraline));
        QCOMPARE(queued(), before + 1);
        const JournalEntry change = ChangeJournal(db()).pending(100).value().last();
        QCOMPARE(change.fields.keys(), QStringList{u"dose"_s});
        QCOMPARE(change.fields[u"dose"_s].toObject()[u"old"_s].toDouble(), 50.0);
        QCOMPARE(change.fields[u"dose"_s].toObject()[u"new"_s].toDouble(), 100.0);

        Medication stopped = sertraline;
        stopped.stopDate = QDate(2026, 11, 20);
        const auto noReason = medications.update(stopped);
        QCOMPARE(noReason.error().kind, Kind::Invalid); // a stop needs its reason
        stopped.reasonStopped = u"Nausea"_s;
        QVERIFY(medications.update(stopped));
        const auto list = medications.forPatient(m_patient.meta.id);
        QCOMPARE(list.value().size(), 1);
        QCOMPARE(list.value()[0].reasonStopped, u"Nausea"_s);
        QCOMPARE(list.value()[0].dose, 100.0);
    }

    void appointmentsByRangeAndClinician()
    {
        AppointmentRepository appointments(db(), clock());
        const auto make = [this](const QDateTime &start, const QUuid &clinician) {
            Appointment appointment;
            appointment.meta = RecordMeta::create(Clinician, Now);
            appointment.patientId = m_patient.meta.id;
            appointment.clinicianId = clinician;
            appointment.start = start;
            appointment.durationMinutes = 50;
            return appointment;
        };
        const QDateTime monday(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        QVERIFY(appointments.create(make(monday, Clinician)));
        QVERIFY(appointments.create(make(monday.addDays(2), Colleague)));
        QVERIFY(appointments.create(make(monday.addDays(7), Clinician)));
        Appointment tooLong = make(monday.addDays(1), Clinician);
        tooLong.durationMinutes = 481;
        const auto refused = appointments.create(tooLong);
        QCOMPARE(refused.error().kind, Kind::Invalid);
        QVERIFY(refused.error().fields.contains(u"duration_minutes"));

        QCOMPARE(appointments.between(monday, monday.addDays(7)).value().size(), 2);
        const auto mine = appointments.between(monday, monday.addDays(14), Clinician);
        QCOMPARE(mine.value().size(), 2);
        QCOMPARE(mine.value()[0].start, monday);
    }

    void completingAnAssessmentScoresItWithTheEngine()
    {
        AssessmentRepository assessments(db(), *m_instruments, clock());
        Assessment phq9;
        phq9.meta = RecordMeta::create(Clinician, Now);
        phq9.patientId = m_patient.meta.id;
        phq9.instrumentId = u"phq9"_s;
        phq9.administeredBy = Clinician;
        for (int item = 1; item <= 9; ++item)
            phq9.responses.append({QString::number(item), item == 9 ? 1.0 : 2.0});
        phq9.totalScore = 3; // whatever the caller says, the engine decides
        QVERIFY(assessments.saveInProgress(phq9));

        const auto completed = assessments.complete(phq9);
        QVERIFY2(completed, qPrintable(completed ? QString() : describe(completed.error())));
        const Assessment stored = *assessments.load(phq9.meta.id).value();
        QCOMPARE(stored.status, Assessment::Status::Completed);
        QCOMPARE(stored.totalScore, std::optional<double>(17));
        QCOMPARE(stored.band, u"moderately_severe"_s);
        QVERIFY(stored.flags.contains(u"suicide_risk"_s));
        QCOMPARE(stored.administeredAt, Now);
        QCOMPARE(scalar(u"SELECT total_score FROM assessments"_s).toDouble(), 17.0);

        Assessment altered = stored;
        altered.responses[8].score = 0;
        QCOMPARE(assessments.complete(altered).error().kind, Kind::Final);
        QCOMPARE(assessments.load(phq9.meta.id).value()->totalScore, std::optional<double>(17));
    }

    void impossibleAnswersAreRefused_data()
    {
        QTest::addColumn<QString>("instrument");
        QTest::addColumn<QString>("item");
        QTest::addColumn<double>("score");
        QTest::addColumn<QString>("field");
        QTest::newRow("out of range") << u"phq9"_s << u"1"_s << 4.0 << u"responses"_s;
        QTest::newRow("unknown item") << u"phq9"_s << u"10"_s << 1.0 << u"responses"_s;
        QTest::newRow("not an option") << u"phq9"_s << u"1"_s << 1.5 << u"responses"_s;
        QTest::newRow("unknown instrument") << u"phq10"_s << u"1"_s << 1.0 << u"instrument_id"_s;
    }

    void impossibleAnswersAreRefused()
    {
        QFETCH(QString, instrument);
        QFETCH(QString, item);
        QFETCH(double, score);
        QFETCH(QString, field);
        AssessmentRepository assessments(db(), *m_instruments, clock());
        Assessment assessment;
        assessment.meta = RecordMeta::create(Clinician, Now);
        assessment.patientId = m_patient.meta.id;
        assessment.instrumentId = instrument;
        assessment.responses = {{item, score}};
        const auto refused = assessments.complete(assessment);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Kind::Invalid);
        QVERIFY2(refused.error().fields.contains(field), qPrintable(describe(refused.error())));
        QVERIFY(!assessments.load(assessment.meta.id).value());
    }

    void observationsAreAllOrNothing()
    {
        ObservationRepository observations(db(), clock());
        const auto reading = [this](int day, double steps) {
            Observation observation;
            observation.meta = RecordMeta::create(Clinician, Now);
            observation.patientId = m_patient.meta.id;
            observation.kind = Observation::Kind::Steps;
            observation.at = Now.addDays(-day);
            observation.value = steps;
            observation.unit = QString(Observation::unitFor(Observation::Kind::Steps));
            observation.source = u"wearable"_s;
            return observation;
        };
        const int before = queued();
        QVERIFY(observations.add({reading(1, 4200), reading(2, 8100)}));
        QCOMPARE(scalar(u"SELECT count(*) FROM observations"_s).toInt(), 2);
        QCOMPARE(queued(), before + 2);

        const auto refused = observations.add({reading(3, 5000), reading(4, -10)});
        QCOMPARE(refused.error().kind, Kind::Invalid);
        QVERIFY(refused.error().message.contains(u"2 of 2"_s));
        QCOMPARE(scalar(u"SELECT count(*) FROM observations"_s).toInt(), 2);

        Observation fromServer = reading(5, 3000);
        fromServer.meta.version = 4;
        QVERIFY(observations.put({fromServer}));
        fromServer.value = 3100;
        QVERIFY(observations.put({fromServer}));
        QCOMPARE(scalar(u"SELECT value FROM observations WHERE version = 4"_s).toDouble(), 3100.0);
        QCOMPARE(scalar(u"SELECT count(*) FROM observations"_s).toInt(), 3);
        fromServer.meta.version = 5;
        fromServer.meta.deleted = true;
        QVERIFY(observations.put({fromServer}));
        QCOMPARE(scalar(u"SELECT deleted FROM observations WHERE version = 5"_s).toInt(), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM observations"_s).toInt(), 3);
        QCOMPARE(queued(), before + 2);

        // A row the table refuses is an error, not silently skipped (the insert ignores
        // conflicts only so that a known id becomes an update).
        Observation broken = reading(6, 10);
        broken.unit = QString();
        const auto notStored = observations.put({broken});
        QVERIFY(!notStored);
        QCOMPARE(notStored.error().kind, Kind::Storage);
        QCOMPARE(scalar(u"SELECT count(*) FROM observations"_s).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestClinicalRepositories)
#include "tst_clinicalrepositories.moc"
