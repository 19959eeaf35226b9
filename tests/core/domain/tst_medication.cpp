#include "DomainFixtures.h"
#include "core/domain/Medication.h"

#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using nm::core::FieldErrors;
using nm::core::Medication;
using nm::test::reparsed;
using Route = Medication::Route;

namespace {

Medication stoppedMedication()
{
    Medication m;
    m.meta = nm::test::fixedMeta();
    m.patientId = nm::test::patientId();
    m.name = u"Lévomépromazine"_s;
    m.dose = 12.5;
    m.unit = u"mg"_s;
    m.route = Route::Sublingual;
    m.frequency = u"au coucher — at bedtime as needed"_s;
    m.startDate = QDate(2026, 3, 1);
    m.stopDate = QDate(2026, 6, 30);
    m.reasonStopped = u"Sedation too strong 😴"_s;
    m.prescriberId = nm::test::clinicianId();
    return m;
}

} // namespace

class TestMedication final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stoppedMedicationIsValid();
    void doseMustBePositive_data();
    void doseMustBePositive();
    void unitRequiredWithDoseAndFromList();
    void stopDateEdges();
    void reasonAndStopDateGoTogether();
    void nameAndStartRequired();
    void everyProblemIsReportedAtOnce();
    void jsonRoundTripsEveryField();
    void jsonRoundTripsEmptyOptionalFields();
    void routesRoundTrip();
    void wrongTypesNameTheField();
};

void TestMedication::stoppedMedicationIsValid()
{
    const FieldErrors errors = stoppedMedication().validate();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.toString()));
}

void TestMedication::doseMustBePositive_data()
{
    QTest::addColumn<double>("dose");
    QTest::addColumn<bool>("valid");
    QTest::newRow("0") << 0.0 << false;
    QTest::newRow("negative") << -5.0 << false;
    QTest::newRow("tiny") << 0.001 << true;
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << false;
}

void TestMedication::doseMustBePositive()
{
    QFETCH(double, dose);
    QFETCH(bool, valid);
    Medication m = stoppedMedication();
    m.dose = dose;
    QCOMPARE(m.validate().messagesFor(u"dose"),
             valid ? QStringList() : QStringList{u"The dose must be greater than 0."_s});
}

void TestMedication::unitRequiredWithDoseAndFromList()
{
    Medication m = stoppedMedication();
    m.unit.clear();
    QCOMPARE(m.validate().messagesFor(u"unit"),
             QStringList{u"Choose the unit of the dose, for example mg."_s});
    m.dose.reset();
    QVERIFY(m.validate().isEmpty());

    m.dose = 5;
    m.unit = u"ml"_s; // must be spelled mL
    QCOMPARE(m.validate().messagesFor(u"unit"),
             QStringList{u"The unit must be one of: mg, mcg, g, mL, units, IU, mEq, mmol, "
                         "drops, puffs, tablets, capsules, patches, sprays."_s});
    for (const QString &unit : Medication::units()) {
        m.unit = unit;
        QVERIFY2(m.validate().isEmpty(), qPrintable(unit));
    }
}

void TestMedication::stopDateEdges()
{
    Medication m = stoppedMedication();
    m.stopDate = m.startDate;
    QVERIFY(m.validate().isEmpty());
    m.stopDate = m.startDate.addDays(-1);
    QCOMPARE(m.validate().messagesFor(u"stop_date"),
             QStringList{u"The stop date cannot be before the start date."_s});
}

void TestMedication::reasonAndStopDateGoTogether()
{
    Medication m = stoppedMedication();
    m.reasonStopped = u"  "_s;
    QCOMPARE(m.validate().messagesFor(u"reason_stopped"),
             QStringList{u"Enter the reason the medication was stopped."_s});

    m = stoppedMedication();
    m.stopDate = {};
    QCOMPARE(m.validate().messagesFor(u"stop_date"),
             QStringList{u"A reason for stopping is given, but no stop date. Enter the stop "
                         "date, or clear the reason."_s});
    m.reasonStopped.clear();
    QVERIFY(m.validate().isEmpty());
    QVERIFY(!m.isStopped());
}

void TestMedication::nameAndStartRequired()
{
    Medication m = stoppedMedication();
    m.name = u" "_s;
    m.startDate = {};
    const FieldErrors errors = m.validate();
    QCOMPARE(errors.messagesFor(u"name"), QStringList{u"Enter the medication name."_s});
    QCOMPARE(errors.messagesFor(u"start_date"),
             QStringList{u"Enter the date the medication was started."_s});
    // Without a start there is nothing to compare the stop date with.
    QVERIFY(!errors.contains(u"stop_date"));
}

void TestMedication::everyProblemIsReportedAtOnce()
{
    Medication m = stoppedMedication();
    m.patientId = {};
    m.name.clear();
    m.dose = 0;
    m.unit.clear();
    m.stopDate = m.startDate.addDays(-1);
    m.reasonStopped.clear();
    const FieldErrors errors = m.validate();
    QCOMPARE(errors.fields(), (QStringList{u"patient_id"_s, u"name"_s, u"dose"_s, u"unit"_s,
                                           u"stop_date"_s, u"reason_stopped"_s}));
}

void TestMedication::jsonRoundTripsEveryField()
{
    const Medication original = stoppedMedication();
    const auto decoded = Medication::fromJson(reparsed(original.toJson()));
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().toString()));
    QVERIFY(decoded.value() == original);
    QCOMPARE(decoded.value().toJson(), original.toJson());
    const QJsonObject json = original.toJson();
    QCOMPARE(json.value("dose"_L1).toDouble(), 12.5);
    QCOMPARE(json.value("route"_L1).toString(), u"sublingual"_s);
    QCOMPARE(json.value("start_date"_L1).toString(), u"2026-03-01"_s);
    QCOMPARE(json.value("reason_stopped"_L1).toString(), u"Sedation too strong 😴"_s);
}

void TestMedication::jsonRoundTripsEmptyOptionalFields()
{
    Medication current;
    current.meta = nm::test::fixedMeta();
    current.patientId = nm::test::patientId();
    current.name = u"lithium carbonate"_s;
    current.startDate = QDate(2026, 1, 1);
    const QJsonObject json = current.toJson();
    QVERIFY(json.value("dose"_L1).isNull());
    QVERIFY(json.value("stop_date"_L1).isNull());
    QVERIFY(json.value("prescriber_id"_L1).isNull());
    const auto decoded = Medication::fromJson(reparsed(json));
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value() == current);
    QVERIFY(!decoded.value().dose.has_value());
}

void TestMedication::routesRoundTrip()
{
    QCOMPARE(nm::core::enumIds<Route>(),
             (QStringList{u"oral"_s, u"sublingual"_s, u"im"_s, u"iv"_s, u"sc"_s, u"transdermal"_s,
                          u"inhaled"_s, u"other"_s}));
    for (Route route : nm::core::enumValues<Route>()) {
        Medication m = stoppedMedication();
        m.route = route;
        const auto decoded = Medication::fromJson(m.toJson());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().route, route);
    }
}

void TestMedication::wrongTypesNameTheField()
{
    QJsonObject json = stoppedMedication().toJson();
    json.insert("dose"_L1, u"12.5"_s);
    json.insert("stop_date"_L1, u"30/06/2026"_s);
    json.insert("route"_L1, u"by mouth"_s);
    json.insert("prescriber_id"_L1, 7);
    json.insert("unknown_future_field"_L1, true);
    const auto decoded = Medication::fromJson(json);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().fields(),
             (QStringList{u"dose"_s, u"route"_s, u"stop_date"_s, u"prescriber_id"_s}));
    QCOMPARE(decoded.error().messagesFor(u"dose"), QStringList{u"Expected a number."_s});
    QCOMPARE(decoded.error().messagesFor(u"stop_date"),
             QStringList{u"Expected a date as YYYY-MM-DD, for example 1984-03-07."_s});
}

QTEST_GUILESS_MAIN(TestMedication)
#include "tst_medication.moc"
