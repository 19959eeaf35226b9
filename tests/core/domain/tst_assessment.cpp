#include "DomainFixtures.h"
#include "core/domain/Assessment.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::Assessment;
using nm::core::FieldErrors;
using nm::test::reparsed;
using Status = Assessment::Status;

namespace {

Assessment completedPhq9()
{
    Assessment a;
    a.meta = nm::test::fixedMeta();
    a.patientId = nm::test::patientId();
    a.instrumentId = u"phq9"_s;
    a.instrumentVersion = 2;
    // Deliberately not in alphabetical order ("phq9_10" would sort before "phq9_2"), and with
    // a missing item: the order and the null must both survive.
    for (int item = 1; item <= 10; ++item)
        a.responses.append({u"phq9_"_s % QString::number(item), double(item % 4)});
    a.responses[4].score.reset();
    a.administeredAt = QDateTime(QDate(2026, 11, 25), QTime(9, 30, 0, 250), Qt::UTC);
    a.status = Status::Completed;
    a.totalScore = 13.5;
    a.subscaleScores = {{u"somatic"_s, 4}, {u"cognitive_affective"_s, 9.5}};
    a.band = u"moderate"_s;
    a.flags = {u"suicide_risk"_s};
    a.administeredBy = nm::test::clinicianId();
    return a;
}

} // namespace

class TestAssessment final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void completedIsValid();
    void completedNeedsAdministeredAt();
    void instrumentRequired();
    void responsesAreChecked();
    void jsonRoundTripsEveryFieldInOrder();
    void jsonRoundTripsInProgressWithEmptyFields();
    void wrongTypesNameTheField();
};

void TestAssessment::completedIsValid()
{
    const FieldErrors errors = completedPhq9().validate();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.toString()));
}

void TestAssessment::completedNeedsAdministeredAt()
{
    Assessment a = completedPhq9();
    a.administeredAt = {};
    QCOMPARE(a.validate().messagesFor(u"administered_at"),
             QStringList{u"A completed assessment must record when it was administered."_s});
    a.status = Status::InProgress;
    QVERIFY(a.validate().isEmpty());
}

void TestAssessment::instrumentRequired()
{
    Assessment a = completedPhq9();
    a.instrumentId = u" "_s;
    a.instrumentVersion = 0;
    const FieldErrors errors = a.validate();
    QCOMPARE(errors.fields(), (QStringList{u"instrument_id"_s, u"instrument_version"_s}));
    QCOMPARE(errors.messagesFor(u"instrument_id"), QStringList{u"Choose the instrument."_s});
}

void TestAssessment::responsesAreChecked()
{
    Assessment a = completedPhq9();
    a.responses.append({u"phq9_3"_s, 1});
    a.responses.append({QString(), 1});
    a.responses.append({u""_s, 2});
    QCOMPARE(a.validate().messagesFor(u"responses"),
             (QStringList{u"Item “phq9_3” is answered more than once."_s,
                          u"A response does not name its item."_s}));
}

void TestAssessment::jsonRoundTripsEveryFieldInOrder()
{
    const Assessment original = completedPhq9();
    const QJsonObject json = original.toJson();
    const auto decoded = Assessment::fromJson(reparsed(json));
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().toString()));
    QVERIFY(decoded.value() == original);
    QCOMPARE(decoded.value().toJson(), json);

    QCOMPARE(decoded.value().responses.size(), 10);
    QCOMPARE(decoded.value().responses.at(9).itemId, u"phq9_10"_s);
    QVERIFY(!decoded.value().responses.at(4).score.has_value());
    const QJsonArray responses = json.value("responses"_L1).toArray();
    QCOMPARE(responses.at(1).toObject(),
             (QJsonObject{{"item_id"_L1, u"phq9_2"_s}, {"score"_L1, 2}}));
    QVERIFY(responses.at(4).toObject().value("score"_L1).isNull());
    QCOMPARE(json.value("status"_L1).toString(), u"completed"_s);
    QCOMPARE(json.value("total_score"_L1).toDouble(), 13.5);
    QCOMPARE(json.value("subscale_scores"_L1).toObject().value("somatic"_L1).toDouble(), 4.0);
    QCOMPARE(json.value("instrument_version"_L1).toInt(), 2);
}

void TestAssessment::jsonRoundTripsInProgressWithEmptyFields()
{
    Assessment a;
    a.meta = nm::test::fixedMeta();
    a.patientId = nm::test::patientId();
    a.instrumentId = u"gad7"_s;
    QVERIFY(a.validate().isEmpty());
    const QJsonObject json = a.toJson();
    QVERIFY(json.value("total_score"_L1).isNull());
    QVERIFY(json.value("administered_at"_L1).isNull());
    const auto decoded = Assessment::fromJson(reparsed(json));
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value() == a);
    QCOMPARE(decoded.value().status, Status::InProgress);
    QVERIFY(!decoded.value().totalScore.has_value());

    // Only the instrument: everything else takes its default.
    const auto minimal = Assessment::fromJson(QJsonObject{{"instrument_id"_L1, u"asrm"_s}});
    QVERIFY(minimal.ok());
    QCOMPARE(minimal.value().instrumentVersion, 1);
    QVERIFY(minimal.value().responses.isEmpty());
}

void TestAssessment::wrongTypesNameTheField()
{
    QJsonObject json = completedPhq9().toJson();
    json.insert("responses"_L1, QJsonObject{{"phq9_1"_L1, 2}});
    json.insert("total_score"_L1, u"13"_s);
    json.insert("subscale_scores"_L1, QJsonObject{{"somatic"_L1, u"high"_s}});
    json.insert("instrument_version"_L1, 2.5);
    json.insert("scoring_engine"_L1, u"v3"_s); // unknown: ignored
    auto decoded = Assessment::fromJson(json);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().fields(), (QStringList{u"instrument_version"_s, u"responses"_s,
                                                    u"total_score"_s, u"subscale_scores"_s}));

    json = completedPhq9().toJson();
    QJsonArray responses = json.value("responses"_L1).toArray();
    responses.replace(2, QJsonObject{{"item_id"_L1, u"phq9_3"_s}, {"score"_L1, u"2"_s}});
    json.insert("responses"_L1, responses);
    decoded = Assessment::fromJson(json);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().messagesFor(u"responses"),
             QStringList{u"Expected a list of objects, each with an item id (text) and a score "
                         "(a number or null)."_s});
}

QTEST_GUILESS_MAIN(TestAssessment)
#include "tst_assessment.moc"
