// The per-patient models (assessment history, notes, medications) and the appointments of a day
// or week, on a real encrypted cache.

#include "core/domain/Appointment.h"
#include "core/domain/Assessment.h"
#include "core/domain/ClinicalNote.h"
#include "core/domain/Medication.h"
#include "core/domain/Patient.h"
#include "core/instruments/InstrumentRegistry.h"
#include "core/models/AppointmentsModel.h"
#include "core/models/AssessmentHistoryModel.h"
#include "core/models/MedicationsModel.h"
#include "core/models/ModelRoles.h"
#include "core/models/NotesModel.h"
#include "core/storage/CacheTables.h"
#include "core/storage/ClinicalNoteRepository.h"
#include "core/storage/Repository.h"
#include "tests/core/models/TestCache.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nm::core;
using nm::core::test::TestCache;

namespace {

const QDate Today(2026, 11, 25);
const QDateTime Now(Today, QTime(9, 30), Qt::UTC);
const QUuid ClinicianA(u"11111111-2222-4333-8444-555555555555"_s);
const QUuid ClinicianB(u"aaaaaaaa-2222-4333-8444-555555555555"_s);

template <typename T> auto accept()
{
    return [](const T &) {
        return FieldErrors();
    };
}

Patient makePatient(const QString &mrn, const QString &family, const QString &given)
{
    Patient patient;
    patient.meta = RecordMeta::create(ClinicianA, Now);
    patient.mrn = mrn;
    patient.familyName = family;
    patient.givenName = given;
    patient.dateOfBirth = QDate(1980, 5, 1);
    return patient;
}

Assessment phq9(const QUuid &patientId, const QDateTime &at, double total, const QString &band,
                QStringList flags = {})
{
    Assessment assessment;
    assessment.meta = RecordMeta::create(ClinicianA, at);
    assessment.patientId = patientId;
    assessment.instrumentId = u"phq9"_s;
    assessment.administeredAt = at;
    assessment.status = Assessment::Status::Completed;
    assessment.totalScore = total;
    assessment.band = band;
    assessment.flags = std::move(flags);
    return assessment;
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestClinicalModels final : public QObject {
    Q_OBJECT

private:
    std::optional<TestCache> m_cache;
    std::optional<InstrumentRegistry> m_registry;
    Patient m_patient = makePatient(u"MRN00001"_s, u"Silva"_s, u"Ana"_s);
    Patient m_other = makePatient(u"MRN00002"_s, u"Okafor"_s, u"Ben"_s);

private Q_SLOTS:
    void initTestCase()
    {
        m_cache.emplace();
        QVERIFY2(m_cache->isOpen(), qPrintable(m_cache->error()));
        auto registry = InstrumentRegistry::loadBuiltIn();
        QVERIFY2(registry, qPrintable(registry ? QString() : registry.error()));
        m_registry.emplace(std::move(registry).value());
        Repository<Patient> patients(m_cache->database(), CacheTables::patients(),
                                     [](const Patient &p) { return p.validate(Today); });
        QVERIFY(patients.create(m_patient));
        QVERIFY(patients.create(m_other));
    }

    void cleanupTestCase() { m_cache.reset(); }

    void assessmentHistoryFollowsAPhq9Course()
    {
        Repository<Assessment> assessments(m_cache->database(), CacheTables::assessments(),
                                           accept<Assessment>());
        const QDateTime start(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC);
        // Baseline 20; 14 is a reliable improvement (6 points) but no response; 9 is a response;
        // 4 is remission (< 5). A GAD-7 and another patient's PHQ-9 must not leak in.
        QVERIFY(
            assessments.put(phq9(m_patient.meta.id, start, 20, u"severe"_s, {u"suicide_risk"_s})));
        QVERIFY(assessments.put(phq9(m_patient.meta.id, start.addDays(28), 14, u"moderate"_s)));
        QVERIFY(assessments.put(phq9(m_patient.meta.id, start.addDays(56), 9, u"mild"_s)));
        QVERIFY(assessments.put(phq9(m_patient.meta.id, start.addDays(84), 4, u"minimal"_s)));
        Assessment gad = phq9(m_patient.meta.id, start.addDays(1), 12, u"moderate"_s);
        gad.instrumentId = u"gad7"_s;
        QVERIFY(assessments.put(gad));
        QVERIFY(assessments.put(phq9(m_other.meta.id, start, 3, u"minimal"_s)));

        AssessmentHistoryModel model(m_cache->database(), &*m_registry);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setPatient(m_patient.meta.id, u"phq9"_s);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(AssessmentHistoryModel::ColumnCount));
        using C = AssessmentHistoryModel;
        // Newest first.
        QCOMPARE(model.index(0, C::DateColumn).data(ModelRoles::RawValueRole).toLongLong(),
                 start.addDays(84).toMSecsSinceEpoch());
        QCOMPARE(cell(model, 0, C::InstrumentColumn), u"PHQ-9"_s);
        QCOMPARE(cell(model, 0, C::TotalColumn), u"4"_s);
        QCOMPARE(cell(model, 0, C::BandColumn), u"Minimal depression"_s);
        QCOMPARE(cell(model, 0, C::ChangeColumn), u"−16"_s);
        QCOMPARE(model.index(0, C::ChangeColumn).data(ModelRoles::RawValueRole).toDouble(), -16.0);
        QCOMPARE(cell(model, 0, C::ResponseColumn), u"Yes"_s);
        QCOMPARE(cell(model, 0, C::RemissionColumn), u"Yes"_s);
        QCOMPARE(cell(model, 0, C::ReliableChangeColumn), u"Improvement"_s);

        QCOMPARE(cell(model, 1, C::TotalColumn), u"9"_s);
        QCOMPARE(cell(model, 1, C::ResponseColumn), u"Yes"_s);
        QCOMPARE(cell(model, 1, C::RemissionColumn), u"No"_s);

        QCOMPARE(cell(model, 2, C::ChangeColumn), u"−6"_s);
        QCOMPARE(cell(model, 2, C::ResponseColumn), u"No"_s);
        QCOMPARE(cell(model, 2, C::ReliableChangeColumn), u"Improvement"_s);

        QCOMPARE(cell(model, 3, C::ChangeColumn), u"Baseline"_s);
        QCOMPARE(cell(model, 3, C::FlagsColumn).isEmpty(), false);
        QCOMPARE(cell(model, 3, C::BandColumn), u"Severe depression"_s);

        // Each outcome explains its rule.
        QVERIFY(cell(model, 0, C::ResponseColumn, Qt::ToolTipRole).contains(u"50 %"_s));
        QVERIFY(cell(model, 0, C::RemissionColumn, Qt::ToolTipRole).contains(u"below 5"_s));
        QVERIFY(cell(model, 0, C::ReliableChangeColumn, Qt::ToolTipRole).contains(u"6 point"_s));

        model.setPatient(m_patient.meta.id);
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 5); // the GAD-7 too, its own baseline
        QCOMPARE(cell(model, 3, C::InstrumentColumn), u"GAD-7"_s);
        QCOMPARE(cell(model, 3, C::ChangeColumn), u"Baseline"_s);
    }

    void notesAreNewestFirstWithStatusAndAddenda()
    {
        ClinicalNoteRepository notes(m_cache->database());
        ClinicalNote intake;
        intake.meta = RecordMeta::create(ClinicianA, Now.addDays(-2));
        intake.patientId = m_patient.meta.id;
        intake.type = ClinicalNote::Type::Intake;
        intake.title = u"Intake"_s;
        intake.body = u"History taken."_s;
        QVERIFY(notes.saveDraft(intake));
        QVERIFY(notes.sign(intake.meta.id, ClinicianA, Now.addDays(-2).addSecs(3600)));
        ClinicalNote addendum = intake;
        addendum.meta = RecordMeta::create(ClinicianA, Now.addDays(-1));
        addendum.type = ClinicalNote::Type::Other;
        addendum.title = u"Correction"_s;
        addendum.body = u"Dose was 100 mg."_s;
        addendum.parentId = intake.meta.id;
        QVERIFY(notes.addAddendum(addendum));
        ClinicalNote draft = intake;
        draft.meta = RecordMeta::create(ClinicianA, Now);
        draft.type = ClinicalNote::Type::Progress;
        draft.title = u"Follow-up"_s;
        draft.body = u"Sleep better."_s;
        QVERIFY(notes.saveDraft(draft));

        NotesModel model(m_cache->database());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setPatient(m_patient.meta.id);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, NotesModel::TitleColumn), u"Follow-up"_s);
        QCOMPARE(cell(model, 0, NotesModel::StatusColumn), u"Draft"_s);
        QCOMPARE(cell(model, 0, NotesModel::TypeColumn), u"Progress"_s);
        QCOMPARE(cell(model, 0, NotesModel::SignedAtColumn), QString());
        QCOMPARE(cell(model, 1, NotesModel::AddendumColumn), u"Addendum"_s);
        QCOMPARE(cell(model, 2, NotesModel::StatusColumn), u"Signed"_s);
        QCOMPARE(cell(model, 2, NotesModel::TypeColumn), u"Intake"_s);
        QVERIFY(!cell(model, 2, NotesModel::SignedAtColumn).isEmpty());
        QCOMPARE(cell(model, 2, NotesModel::AddendumColumn), QString());
        QCOMPARE(model.index(2, 0).data(ModelRoles::IdRole).toUuid(), intake.meta.id);

        model.setPatient(m_other.meta.id);
        QCOMPARE(model.rowCount(), 0);
    }

    void medicationsShowActiveOrAll()
    {
        Repository<Medication> medications(m_cache->database(), CacheTables::medications(),
                                           accept<Medication>());
        const auto make = [&](const QString &name, QDate start, QDate stop) {
            Medication medication;
            medication.meta = RecordMeta::create(ClinicianA, Now);
            medication.patientId = m_patient.meta.id;
            medication.name = name;
            medication.dose = 50;
            medication.unit = u"mg"_s;
            medication.frequency = u"once daily"_s;
            medication.startDate = start;
            medication.stopDate = stop;
            if (stop.isValid())
                medication.reasonStopped = u"side effects"_s;
            return medication;
        };
        QVERIFY(medications.put(make(u"sertraline"_s, QDate(2026, 9, 1), QDate())));
        QVERIFY(medications.put(make(u"lithium"_s, QDate(2026, 10, 1), Today.addDays(10))));
        QVERIFY(medications.put(make(u"citalopram"_s, QDate(2026, 1, 1), QDate(2026, 8, 31))));
        QVERIFY(medications.put(make(u"quetiapine"_s, QDate(2026, 2, 1), Today))); // ends today
        Medication deleted = make(u"mirtazapine"_s, QDate(2026, 3, 1), QDate());
        deleted.meta.deleted = true;
        QVERIFY(medications.put(deleted));

        MedicationsModel model(m_cache->database());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(Today);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setPatient(m_patient.meta.id);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2); // most recently started first
        QCOMPARE(cell(model, 0, MedicationsModel::NameColumn), u"lithium"_s);
        QCOMPARE(cell(model, 1, MedicationsModel::NameColumn), u"sertraline"_s);
        QCOMPARE(cell(model, 1, MedicationsModel::DoseColumn), u"50 mg"_s);
        QCOMPARE(cell(model, 1, MedicationsModel::RouteColumn), u"Oral"_s);
        QCOMPARE(cell(model, 1, MedicationsModel::FrequencyColumn), u"once daily"_s);
        QCOMPARE(cell(model, 1, MedicationsModel::StartColumn), u"2026-09-01"_s);
        QCOMPARE(cell(model, 1, MedicationsModel::StopColumn), QString());

        model.setShowPast(true);
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(cell(model, 3, MedicationsModel::NameColumn), u"citalopram"_s);
        QCOMPARE(cell(model, 3, MedicationsModel::StopColumn), u"2026-08-31"_s);
        QCOMPARE(cell(model, 3, MedicationsModel::ReasonStoppedColumn), u"side effects"_s);
        model.setShowPast(true); // unchanged: no reset
        QCOMPARE(reset.size(), 2);
    }

    void appointmentsOfADayOrAWeek()
    {
        Repository<Appointment> appointments(m_cache->database(), CacheTables::appointments(),
                                             accept<Appointment>());
        const auto make = [&](const Patient &patient, const QUuid &clinician, QDateTime start,
                              Appointment::Kind kind, Appointment::Status status) {
            Appointment appointment;
            appointment.meta = RecordMeta::create(ClinicianA, Now);
            appointment.patientId = patient.meta.id;
            appointment.clinicianId = clinician;
            appointment.start = start;
            appointment.durationMinutes = 45;
            appointment.kind = kind;
            appointment.status = status;
            return appointment;
        };
        const QDateTime day(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC);
        QVERIFY(appointments.put(make(m_patient, ClinicianA, day.addSecs(15 * 3600),
                                      Appointment::Kind::Video, Appointment::Status::Scheduled)));
        QVERIFY(
            appointments.put(make(m_other, ClinicianB, day.addSecs(9 * 3600),
                                  Appointment::Kind::InPerson, Appointment::Status::Completed)));
        QVERIFY(appointments.put(make(m_other, ClinicianA, day.addDays(2).addSecs(10 * 3600),
                                      Appointment::Kind::InPerson, Appointment::Status::NoShow)));
        QVERIFY(
            appointments.put(make(m_patient, ClinicianA, day.addDays(1), // next day, 00:00
                                  Appointment::Kind::InPerson, Appointment::Status::Cancelled)));

        AppointmentsModel model(m_cache->database());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRange(day, day.addDays(1));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2); // [from, to): midnight of the next day is not included
        QCOMPARE(cell(model, 0, AppointmentsModel::PatientColumn), u"Okafor, Ben"_s);
        QCOMPARE(cell(model, 0, AppointmentsModel::KindColumn), u"In person"_s);
        QCOMPARE(cell(model, 0, AppointmentsModel::StatusColumn), u"Completed"_s);
        QCOMPARE(cell(model, 0, AppointmentsModel::DurationColumn), u"45 min"_s);
        QCOMPARE(cell(model, 1, AppointmentsModel::PatientColumn), u"Silva, Ana"_s);
        QCOMPARE(cell(model, 1, AppointmentsModel::KindColumn), u"Video"_s);
        QCOMPARE(model.index(1, AppointmentsModel::TimeColumn)
                     .data(ModelRoles::RawValueRole)
                     .toLongLong(),
                 day.addSecs(15 * 3600).toMSecsSinceEpoch());

        model.setClinician(ClinicianA);
        QCOMPARE(model.rowCount(), 1);
        model.setRange(day, day.addDays(7));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 2, AppointmentsModel::StatusColumn), u"No-show"_s);
        model.setClinician(QUuid());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(reset.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestClinicalModels)
#include "tst_clinicalmodels.moc"
