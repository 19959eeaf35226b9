#include "DomainFixtures.h"
#include "core/domain/Observation.h"

#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using nm::core::FieldErrors;
using nm::core::Observation;
using nm::test::reparsed;
using Kind = Observation::Kind;

Q_DECLARE_METATYPE(Observation::Kind)

namespace {

Observation observation(Kind kind, double value)
{
    Observation o;
    o.meta = nm::test::fixedMeta();
    o.patientId = nm::test::patientId();
    o.at = QDateTime(QDate(2026, 11, 24), QTime(23, 59, 59, 999), Qt::UTC);
    o.kind = kind;
    o.value = value;
    o.unit = Observation::unitFor(kind);
    o.source = u"apple_health"_s;
    return o;
}

} // namespace

class TestObservation final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plausibleRanges_data();
    void plausibleRanges();
    void unitMustMatchKind();
    void everyProblemIsReportedAtOnce();
    void jsonRoundTripsEveryKind();
    void missingValueIsAnError();
    void wrongTypesNameTheField();
};

void TestObservation::plausibleRanges_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("message");
    const QString mood = u"Mood must be between 0 and 10."_s;
    const QString heart = u"Heart rate must be between 20 and 250 bpm."_s;
    const QString steps = u"Steps must be between 0 and 200000 steps."_s;
    QTest::newRow("mood 0") << Kind::Mood << 0.0 << QString();
    QTest::newRow("mood 10") << Kind::Mood << 10.0 << QString();
    QTest::newRow("mood 10.5") << Kind::Mood << 10.5 << mood;
    QTest::newRow("mood -1") << Kind::Mood << -1.0 << mood;
    QTest::newRow("steps 0") << Kind::Steps << 0.0 << QString();
    QTest::newRow("steps -1") << Kind::Steps << -1.0 << steps;
    QTest::newRow("hr 19") << Kind::HeartRate << 19.0 << heart;
    QTest::newRow("hr 20") << Kind::HeartRate << 20.0 << QString();
    QTest::newRow("hr 250") << Kind::HeartRate << 250.0 << QString();
    QTest::newRow("hr 251") << Kind::HeartRate << 251.0 << heart;
    QTest::newRow("resting 300") << Kind::RestingHeartRate << 300.0
                                 << u"Resting heart rate must be between 20 and 250 bpm."_s;
    QTest::newRow("sleep a day") << Kind::SleepMinutes << 1440.0 << QString();
    QTest::newRow("sleep over a day")
        << Kind::SleepMinutes << 1441.0 << u"Sleep must be between 0 and 1440 min."_s;
    QTest::newRow("hrv 45") << Kind::HrvRmssd << 45.2 << QString();
    QTest::newRow("spo2 101") << Kind::Spo2 << 101.0
                              << u"Oxygen saturation must be between 50 and 100 %."_s;
    QTest::newRow("NaN") << Kind::HeartRate << std::numeric_limits<double>::quiet_NaN() << heart;
}

void TestObservation::plausibleRanges()
{
    QFETCH(Kind, kind);
    QFETCH(double, value);
    QFETCH(QString, message);
    const FieldErrors errors = observation(kind, value).validate();
    QCOMPARE(errors.messagesFor(u"value"),
             message.isEmpty() ? QStringList() : QStringList{message});
    QCOMPARE(errors.size(), message.isEmpty() ? 0 : 1);
}

void TestObservation::unitMustMatchKind()
{
    Observation o = observation(Kind::HeartRate, 72);
    o.unit = u"BPM"_s;
    QCOMPARE(o.validate().messagesFor(u"unit"),
             QStringList{u"Heart rate must be recorded in “bpm”."_s});
    o.unit.clear();
    QCOMPARE(o.validate().fields(), QStringList{u"unit"_s});
    QCOMPARE(Observation::unitFor(Kind::HrvRmssd), "ms"_L1);
    QCOMPARE(Observation::unitFor(Kind::Mood), "score"_L1);
}

void TestObservation::everyProblemIsReportedAtOnce()
{
    Observation o = observation(Kind::Steps, -10);
    o.at = {};
    o.unit = u"count"_s;
    QCOMPARE(o.validate().fields(), (QStringList{u"at"_s, u"value"_s, u"unit"_s}));
}

void TestObservation::jsonRoundTripsEveryKind()
{
    QCOMPARE(nm::core::enumIds<Kind>(),
             (QStringList{u"sleep_minutes"_s, u"steps"_s, u"resting_hr"_s, u"hrv_rmssd"_s,
                          u"mood_0_10"_s, u"heart_rate"_s, u"spo2"_s, u"respiratory_rate"_s,
                          u"weight_kg"_s}));
    for (Kind kind : nm::core::enumValues<Kind>()) {
        Observation original = observation(
            kind, (Observation::specFor(kind).minimum + Observation::specFor(kind).maximum) / 2);
        original.source = u"Gerät „Müller“ ⌚"_s;
        QVERIFY2(original.validate().isEmpty(), qPrintable(original.validate().toString()));
        const auto decoded = Observation::fromJson(reparsed(original.toJson()));
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().toString()));
        QVERIFY(decoded.value() == original);
        QCOMPARE(decoded.value().toJson(), original.toJson());
    }
    Observation empty = observation(Kind::Mood, 7);
    empty.source.clear();
    QVERIFY(Observation::fromJson(reparsed(empty.toJson())).value() == empty);
    QCOMPARE(empty.toJson().value("at"_L1).toString(), u"2026-11-24T23:59:59.999Z"_s);
    QCOMPARE(empty.toJson().value("kind"_L1).toString(), u"mood_0_10"_s);
}

void TestObservation::missingValueIsAnError()
{
    QJsonObject json = observation(Kind::HeartRate, 60).toJson();
    json.remove("value"_L1);
    const auto decoded = Observation::fromJson(json);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().messagesFor(u"value"), QStringList{u"Expected a number."_s});
}

void TestObservation::wrongTypesNameTheField()
{
    QJsonObject json = observation(Kind::HeartRate, 60).toJson();
    json.insert("value"_L1, u"60"_s);
    json.insert("kind"_L1, u"blood_pressure"_s);
    json.insert("device_serial"_L1, u"X1"_s); // unknown: ignored
    const auto decoded = Observation::fromJson(json);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().fields(), (QStringList{u"kind"_s, u"value"_s}));
    QCOMPARE(decoded.error().size(), 2);
}

QTEST_GUILESS_MAIN(TestObservation)
#include "tst_observation.moc"
