#include "DomainFixtures.h"
#include "core/domain/Appointment.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::Appointment;
using nm::core::FieldErrors;
using nm::test::reparsed;

namespace {

Appointment appointment()
{
    Appointment a;
    a.meta = nm::test::fixedMeta();
    a.patientId = nm::test::patientId();
    a.clinicianId = nm::test::clinicianId();
    a.start = QDateTime(QDate(2026, 12, 1), QTime(14, 0, 0, 5), Qt::UTC);
    a.durationMinutes = 50;
    a.kind = Appointment::Kind::Video;
    a.status = Appointment::Status::NoShow;
    a.notes = u"Rappeler — prefers afternoons 📞"_s;
    return a;
}

} // namespace

class TestAppointment final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appointmentIsValid();
    void durationEdges_data();
    void durationEdges();
    void everyProblemIsReportedAtOnce();
    void endFollowsDuration();
    void jsonRoundTripsEveryField();
    void jsonRoundTripsEmptyOptionalFields();
    void enumsRoundTrip();
    void wrongTypesNameTheField();
};

void TestAppointment::appointmentIsValid()
{
    const FieldErrors errors = appointment().validate();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.toString()));
}

void TestAppointment::durationEdges_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("4") << 4 << false;
    QTest::newRow("5") << 5 << true;
    QTest::newRow("480") << 480 << true;
    QTest::newRow("481") << 481 << false;
    QTest::newRow("0 (unset)") << 0 << false;
    QTest::newRow("negative") << -30 << false;
}

void TestAppointment::durationEdges()
{
    QFETCH(int, minutes);
    QFETCH(bool, valid);
    Appointment a = appointment();
    a.durationMinutes = minutes;
    QCOMPARE(a.validate().messagesFor(u"duration_minutes"),
             valid ? QStringList()
                   : QStringList{u"The duration must be between 5 and 480 minutes (8 hours)."_s});
}

void TestAppointment::everyProblemIsReportedAtOnce()
{
    Appointment a = appointment();
    a.start = {};
    a.durationMinutes = 481;
    a.clinicianId = {};
    const FieldErrors errors = a.validate();
    QCOMPARE(errors.fields(), (QStringList{u"clinician_id"_s, u"start"_s, u"duration_minutes"_s}));
    QCOMPARE(errors.messagesFor(u"start"),
             QStringList{u"Enter the start date and time of the appointment."_s});
}

void TestAppointment::endFollowsDuration()
{
    QCOMPARE(appointment().end(), QDateTime(QDate(2026, 12, 1), QTime(14, 50, 0, 5), Qt::UTC));
}

void TestAppointment::jsonRoundTripsEveryField()
{
    const Appointment original = appointment();
    const auto decoded = Appointment::fromJson(reparsed(original.toJson()));
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().toString()));
    QVERIFY(decoded.value() == original);
    QCOMPARE(decoded.value().toJson(), original.toJson());
    const QJsonObject json = original.toJson();
    QCOMPARE(json.value("start"_L1).toString(), u"2026-12-01T14:00:00.005Z"_s);
    QCOMPARE(json.value("duration_minutes"_L1).toInt(), 50);
    QCOMPARE(json.value("kind"_L1).toString(), u"video"_s);
    QCOMPARE(json.value("status"_L1).toString(), u"no_show"_s);
}

void TestAppointment::jsonRoundTripsEmptyOptionalFields()
{
    Appointment a = appointment();
    a.notes.clear();
    a.kind = Appointment::Kind::InPerson;
    a.status = Appointment::Status::Scheduled;
    const auto decoded = Appointment::fromJson(reparsed(a.toJson()));
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value() == a);

    // An instant written with an offset is the same instant in UTC.
    QJsonObject json = a.toJson();
    json.insert("start"_L1, u"2026-12-01T15:00:00.005+01:00"_s);
    QCOMPARE(Appointment::fromJson(json).value().start, a.start);
}

void TestAppointment::enumsRoundTrip()
{
    QCOMPARE(nm::core::enumIds<Appointment::Kind>(), (QStringList{u"in_person"_s, u"video"_s}));
    QCOMPARE(nm::core::enumIds<Appointment::Status>(),
             (QStringList{u"scheduled"_s, u"completed"_s, u"no_show"_s, u"cancelled"_s}));
    for (auto status : nm::core::enumValues<Appointment::Status>()) {
        Appointment a = appointment();
        a.status = status;
        QCOMPARE(Appointment::fromJson(a.toJson()).value().status, status);
    }
}

void TestAppointment::wrongTypesNameTheField()
{
    QJsonObject json = appointment().toJson();
    json.insert("duration_minutes"_L1, u"50"_s);
    json.insert("start"_L1, 1764597600);
    json.insert("kind"_L1, u"phone"_s);
    json.insert("room"_L1, u"B12"_s); // unknown: ignored
    const auto decoded = Appointment::fromJson(json);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().fields(), (QStringList{u"start"_s, u"duration_minutes"_s, u"kind"_s}));
    QCOMPARE(decoded.error().messagesFor(u"kind"),
             QStringList{u"Expected one of: in_person, video."_s});
}

QTEST_GUILESS_MAIN(TestAppointment)
#include "tst_appointment.moc"
