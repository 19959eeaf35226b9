#include "DomainFixtures.h"
#include "core/domain/FieldRules.h"
#include "core/domain/Patient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::FieldErrors;
using nm::core::FieldRules;
using nm::core::Patient;
using nm::core::RecordMeta;
using nm::core::RiskFlag;
using nm::test::fixedMeta;
using nm::test::reparsed;

namespace {

// Fixed so the date-of-birth edges do not depend on when the test runs.
const QDate Today(2026, 11, 25);

/// Every field set, with names that need more than Latin-1.
Patient fullPatient()
{
    Patient p;
    p.meta = fixedMeta();
    p.mrn = u"AB-123456"_s;
    p.givenName = u"José-Émilie"_s;
    p.familyName = u"Nguyễn Ørsted 🌻"_s;
    p.preferredName = u"Zoë"_s;
    p.dateOfBirth = QDate(1984, 3, 7);
    p.sexAtBirth = Patient::SexAtBirth::Intersex;
    p.genderIdentity = u"non-binary"_s;
    p.pronouns = u"they/them"_s;
    p.phone = u"+1 (555) 123-4567"_s;
    p.email = u"jose.emilie@example.org"_s;
    p.address = {
        u"12 Rue de l’Église"_s, u"Apt 3"_s, u"Montréal"_s, u"QC"_s, u"H2X 1Y4"_s, u"CA"_s};
    p.emergencyContact = {u"Ana Ørsted"_s, u"sister"_s, u"+44 20 7946 0958"_s};
    p.diagnosisCodes = {u"F32.1"_s, u"F41.1"_s, u"Z91.5"_s};
    p.allergies = {u"penicillin"_s, u"lithium — rash"_s};
    p.riskFlags = {RiskFlag::SuicideRisk, RiskFlag::Safeguarding};
    p.careTeam = {nm::test::clinicianId(), QUuid(u"99999999-8888-4777-8666-555555555555"_s)};
    p.synthetic = true;
    return p;
}

} // namespace

class TestPatient final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullPatientIsValid();
    void dateOfBirthEdges_data();
    void dateOfBirthEdges();
    void mrnShapes_data();
    void mrnShapes();
    void emailShapes_data();
    void emailShapes();
    void phoneShapes_data();
    void phoneShapes();
    void icdShapes_data();
    void icdShapes();
    void namesRequiredAndLimited();
    void emergencyContactIsCheckedWhenPartlyFilled();
    void listEntriesAreChecked();
    void everyProblemIsReportedAtOnce();
    void jsonRoundTripsEveryField();
    void jsonUsesWireForms();
    void jsonRoundTripsEmptyOptionalFields();
    void missingFieldsTakeDefaults();
    void unknownFieldsAreIgnored();
    void wrongTypesNameTheField_data();
    void wrongTypesNameTheField();
};

void TestPatient::fullPatientIsValid()
{
    const FieldErrors errors = fullPatient().validate(Today);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.toString()));
}

void TestPatient::dateOfBirthEdges_data()
{
    QTest::addColumn<QDate>("dateOfBirth");
    QTest::addColumn<QString>("message");
    const QString future = u"Date of birth cannot be in the future."_s;
    const QString tooOld = u"Date of birth cannot be more than 130 years ago."_s;
    QTest::newRow("today") << Today << QString();
    QTest::newRow("tomorrow") << Today.addDays(1) << future;
    QTest::newRow("exactly 130 years") << QDate(1896, 11, 25) << QString();
    QTest::newRow("130 years and 1 day") << QDate(1896, 11, 24) << tooOld;
    QTest::newRow("missing") << QDate() << u"Enter the date of birth."_s;
}

void TestPatient::dateOfBirthEdges()
{
    QFETCH(QDate, dateOfBirth);
    QFETCH(QString, message);
    Patient p = fullPatient();
    p.dateOfBirth = dateOfBirth;
    const FieldErrors errors = p.validate(Today);
    QCOMPARE(errors.messagesFor(u"date_of_birth"),
             message.isEmpty() ? QStringList() : QStringList{message});
    QCOMPARE(errors.size(), message.isEmpty() ? 0 : 1);
}

void TestPatient::mrnShapes_data()
{
    QTest::addColumn<QString>("mrn");
    QTest::addColumn<bool>("valid");
    QTest::newRow("6 digits") << u"123456"_s << true;
    QTest::newRow("12 characters") << u"ABCDEF123456"_s << true;
    QTest::newRow("hyphen inside") << u"AB-123456"_s << true;
    QTest::newRow("12 with hyphen") << u"ABCDE-123456"_s << true;
    QTest::newRow("5 characters") << u"AB123"_s << false;
    QTest::newRow("13 characters") << u"ABCDEF1234567"_s << false;
    QTest::newRow("13 with hyphen") << u"ABCDEF-123456"_s << false;
    QTest::newRow("lower case") << u"ab123456"_s << false;
    QTest::newRow("leading hyphen") << u"-AB12345"_s << false;
    QTest::newRow("trailing hyphen") << u"AB12345-"_s << false;
    QTest::newRow("two hyphens") << u"AB-12-345"_s << false;
    QTest::newRow("space") << u"AB 123456"_s << false;
    QTest::newRow("accented letter") << u"ÄB123456"_s << false;
}

void TestPatient::mrnShapes()
{
    QFETCH(QString, mrn);
    QFETCH(bool, valid);
    QCOMPARE(FieldRules::isMrn(mrn), valid);
    Patient p = fullPatient();
    p.mrn = mrn;
    const QStringList expected =
        valid ? QStringList()
              : QStringList{u"The MRN must be 6 to 12 characters long: capital letters A–Z and "
                            "digits 0–9, with at most one hyphen between them (for example "
                            "AB-12345)."_s};
    QCOMPARE(p.validate(Today).messagesFor(u"mrn"), expected);
}

void TestPatient::emailShapes_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty is allowed") << QString() << true;
    QTest::newRow("plain") << u"a@example.org"_s << true;
    QTest::newRow("subdomain and plus") << u"first.last+tag@mail.example.co.uk"_s << true;
    QTest::newRow("unicode") << u"zoë@exämple.de"_s << true;
    QTest::newRow("no at") << u"example.org"_s << false;
    QTest::newRow("no tld") << u"a@example"_s << false;
    QTest::newRow("two at") << u"a@b@example.org"_s << false;
    QTest::newRow("space") << u"a b@example.org"_s << false;
    QTest::newRow("non-breaking space") << u"a\u00a0b@example.org"_s << false;
    QTest::newRow("empty label") << u"a@example..org"_s << false;
    QTest::newRow("trailing dot") << u"a@example.org."_s << false;
    QTest::newRow("no local part") << u"@example.org"_s << false;
}

void TestPatient::emailShapes()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    Patient p = fullPatient();
    p.email = email;
    const QStringList expected =
        valid
            ? QStringList()
            : QStringList{u"An e-mail address must look like name@example.com, with no spaces."_s};
    QCOMPARE(p.validate(Today).messagesFor(u"email"), expected);
}

void TestPatient::phoneShapes_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("message");
    const QString characters =
        u"A phone number may contain only digits, spaces, hyphens, parentheses and a leading +, "
        "for example +1 (555) 123-4567."_s;
    QTest::newRow("empty is allowed") << QString() << QString();
    QTest::newRow("7 digits") << u"5551234"_s << QString();
    QTest::newRow("15 digits with +") << u"+123456789012345"_s << QString();
    QTest::newRow("formatted") << u"+1 (555) 123-4567"_s << QString();
    QTest::newRow("6 digits") << u"555-123"_s
                              << u"A phone number must have 7 to 15 digits; this one has 6."_s;
    QTest::newRow("16 digits") << u"+1234567890123456"_s
                               << u"A phone number must have 7 to 15 digits; this one has 16."_s;
    QTest::newRow("letters") << u"555-CALL-NOW"_s << characters;
    QTest::newRow("plus inside") << u"555+1234567"_s << characters;
    QTest::newRow("extension") << u"5551234 ext. 5"_s << characters;
}

void TestPatient::phoneShapes()
{
    QFETCH(QString, phone);
    QFETCH(QString, message);
    QCOMPARE(FieldRules::isPhone(phone), message.isEmpty() && !phone.isEmpty());
    Patient p = fullPatient();
    p.phone = phone;
    QCOMPARE(p.validate(Today).messagesFor(u"phone"),
             message.isEmpty() ? QStringList() : QStringList{message});
}

void TestPatient::icdShapes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("F32.1") << u"F32.1"_s << true;
    QTest::newRow("F41.1") << u"F41.1"_s << true;
    QTest::newRow("Z91.5") << u"Z91.5"_s << true;
    QTest::newRow("category only") << u"F20"_s << true;
    QTest::newRow("letter third") << u"F3A"_s << true;
    QTest::newRow("seven characters") << u"T43.224A"_s << true;
    QTest::newRow("lower case") << u"f32.1"_s << false;
    QTest::newRow("digit second missing") << u"FF2.1"_s << false;
    QTest::newRow("two characters") << u"F3"_s << false;
    QTest::newRow("dot without extension") << u"F32."_s << false;
    QTest::newRow("five after dot") << u"T43.224AB"_s << false;
    QTest::newRow("no dot") << u"F321"_s << false;
    QTest::newRow("space") << u"F32 .1"_s << false;
}

void TestPatient::icdShapes()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(FieldRules::isIcd10Cm(code), valid);
    Patient p = fullPatient();
    p.diagnosisCodes = {code};
    const QStringList messages = p.validate(Today).messagesFor(u"diagnosis_codes");
    if (valid) {
        QCOMPARE(messages, QStringList());
    } else {
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().startsWith(u"“"_s % code % u"” is not an ICD-10-CM code."_s),
                 qPrintable(messages.first()));
    }
}

void TestPatient::namesRequiredAndLimited()
{
    Patient p = fullPatient();
    p.givenName = u"   "_s;
    p.familyName = QString();
    FieldErrors errors = p.validate(Today);
    QCOMPARE(errors.messagesFor(u"given_name"), QStringList{u"Enter the given name."_s});
    QCOMPARE(errors.messagesFor(u"family_name"), QStringList{u"Enter the family name."_s});

    // 100 characters is the limit, counted as a reader counts them: an emoji is one.
    p.givenName = QString(99, u'é') % u"🌻"_s;
    p.familyName = QString(101, u'a');
    p.preferredName = QString(101, u'z');
    errors = p.validate(Today);
    QCOMPARE(errors.messagesFor(u"given_name"), QStringList());
    QCOMPARE(errors.messagesFor(u"family_name"),
             QStringList{u"The family name can be at most 100 characters."_s});
    QCOMPARE(errors.messagesFor(u"preferred_name"),
             QStringList{u"The preferred name can be at most 100 characters."_s});
    p.preferredName.clear();
    QCOMPARE(p.validate(Today).messagesFor(u"preferred_name"), QStringList());
}

void TestPatient::emergencyContactIsCheckedWhenPartlyFilled()
{
    Patient p = fullPatient();
    p.emergencyContact = {};
    QVERIFY(p.validate(Today).isEmpty());

    p.emergencyContact.relationship = u"partner"_s;
    FieldErrors errors = p.validate(Today);
    QCOMPARE(errors.fields(),
             (QStringList{u"emergency_contact.name"_s, u"emergency_contact.phone"_s}));
    QCOMPARE(errors.messagesFor(u"emergency_contact.phone"),
             QStringList{u"Enter a phone number for the emergency contact."_s});

    p.emergencyContact = {u"Ana"_s, QString(), u"12"_s};
    errors = p.validate(Today);
    QCOMPARE(errors.fields(), QStringList{u"emergency_contact.phone"_s});
    QCOMPARE(errors.messagesFor(u"emergency_contact.phone"),
             QStringList{u"A phone number must have 7 to 15 digits; this one has 2."_s});
}

void TestPatient::listEntriesAreChecked()
{
    Patient p = fullPatient();
    const QUuid clinician = p.careTeam.first();
    p.diagnosisCodes = {u"F32.1"_s, u"F32.1"_s};
    p.allergies = {u"penicillin"_s, u" "_s};
    p.careTeam = {clinician, QUuid(), clinician};
    const FieldErrors errors = p.validate(Today);
    QCOMPARE(errors.messagesFor(u"diagnosis_codes"),
             QStringList{u"“F32.1” is listed more than once."_s});
    QCOMPARE(errors.messagesFor(u"allergies"),
             QStringList{u"An allergy entry is empty. Fill it in or remove it."_s});
    QCOMPARE(errors.messagesFor(u"care_team"),
             (QStringList{u"A care team entry does not name a clinician."_s,
                          u"A clinician is listed more than once in the care team."_s}));
}

void TestPatient::everyProblemIsReportedAtOnce()
{
    Patient p = fullPatient();
    p.meta.id = QUuid();
    p.mrn = u"ab"_s;
    p.givenName.clear();
    p.dateOfBirth = Today.addDays(1);
    p.phone = u"12"_s;
    p.email = u"not an email"_s;
    p.emergencyContact.phone = u"call me"_s;
    p.diagnosisCodes = {u"F32.1"_s, u"depression"_s};
    const FieldErrors errors = p.validate(Today);
    QCOMPARE(errors.fields(),
             (QStringList{u"id"_s, u"mrn"_s, u"given_name"_s, u"date_of_birth"_s, u"phone"_s,
                          u"email"_s, u"emergency_contact.phone"_s, u"diagnosis_codes"_s}));
    QCOMPARE(errors.size(), 8);
}

void TestPatient::jsonRoundTripsEveryField()
{
    const Patient original = fullPatient();
    const auto decoded = Patient::fromJson(reparsed(original.toJson()));
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().toString()));
    QVERIFY(decoded.value() == original);
    QCOMPARE(decoded.value().toJson(), original.toJson());
    // Spot checks that equality is not vacuous.
    QCOMPARE(decoded.value().familyName, u"Nguyễn Ørsted 🌻"_s);
    QCOMPARE(decoded.value().emergencyContact.phone, u"+44 20 7946 0958"_s);
    QCOMPARE(decoded.value().riskFlags,
             (QList<RiskFlag>{RiskFlag::SuicideRisk, RiskFlag::Safeguarding}));
    QCOMPARE(decoded.value().meta.updatedAt.toMSecsSinceEpoch(),
             original.meta.updatedAt.toMSecsSinceEpoch());
}

void TestPatient::jsonUsesWireForms()
{
    const QJsonObject json = fullPatient().toJson();
    QCOMPARE(json.value("date_of_birth"_L1).toString(), u"1984-03-07"_s);
    QCOMPARE(json.value("updated_at"_L1).toString(), u"2026-11-25T09:30:00.250Z"_s);
    QCOMPARE(json.value("created_at"_L1).toString(), u"2026-01-02T03:04:05.006Z"_s);
    QCOMPARE(json.value("id"_L1).toString(), u"6f1c2a34-8e0b-4c5d-9a7e-1b2c3d4e5f60"_s);
    QCOMPARE(json.value("sex_at_birth"_L1).toString(), u"intersex"_s);
    QCOMPARE(json.value("risk_flags"_L1).toArray(),
             (QJsonArray{u"suicide_risk"_s, u"safeguarding"_s}));
    QCOMPARE(json.value("address"_L1).toObject().value("postal_code"_L1).toString(), u"H2X 1Y4"_s);
    QCOMPARE(json.value("care_team"_L1).toArray().first().toString(),
             u"11111111-2222-4333-8444-555555555555"_s);
    QCOMPARE(json.value("version"_L1).toInteger(), 42);
    QCOMPARE(json.value("synthetic"_L1).toBool(), true);
}

void TestPatient::jsonRoundTripsEmptyOptionalFields()
{
    Patient sparse;
    sparse.meta = fixedMeta();
    sparse.mrn = u"123456"_s;
    sparse.givenName = u"Ana"_s;
    sparse.familyName = u"Lee"_s;
    sparse.dateOfBirth = QDate(2000, 2, 29);
    QVERIFY(sparse.validate(Today).isEmpty());
    const auto decoded = Patient::fromJson(reparsed(sparse.toJson()));
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value() == sparse);
    QCOMPARE(decoded.value().sexAtBirth, Patient::SexAtBirth::Unknown);
    QVERIFY(decoded.value().address.isEmpty());
    QVERIFY(decoded.value().riskFlags.isEmpty());
}

void TestPatient::missingFieldsTakeDefaults()
{
    const auto decoded = Patient::fromJson(QJsonObject{{"mrn"_L1, u"123456"_s}});
    QVERIFY(decoded.ok());
    const Patient &p = decoded.value();
    QCOMPARE(p.mrn, u"123456"_s);
    QVERIFY(p.meta.id.isNull());
    QCOMPARE(p.meta.version, 0);
    QCOMPARE(p.meta.deleted, false);
    QVERIFY(!p.dateOfBirth.isValid());
    QCOMPARE(p.sexAtBirth, Patient::SexAtBirth::Unknown);
    QCOMPARE(p.synthetic, false);
    QVERIFY(p.careTeam.isEmpty());
    // Decoding does not judge; validation then names what is missing.
    QVERIFY(p.validate(Today).contains(u"date_of_birth"));
}

void TestPatient::unknownFieldsAreIgnored()
{
    QJsonObject json = fullPatient().toJson();
    json.insert("favourite_colour"_L1, u"teal"_s);
    json.insert("nested_future"_L1, QJsonObject{{"a"_L1, 1}});
    QJsonObject address = json.value("address"_L1).toObject();
    address.insert("geo"_L1, QJsonArray{1.5, 2.5});
    json.insert("address"_L1, address);
    const auto decoded = Patient::fromJson(json);
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value() == fullPatient());
}

void TestPatient::wrongTypesNameTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("errorField");
    QTest::addColumn<QString>("message");
    const QString date = u"Expected a date as YYYY-MM-DD, for example 1984-03-07."_s;
    QTest::newRow("dob number") << u"date_of_birth"_s << QJsonValue(19840307) << u"date_of_birth"_s
                                << date;
    QTest::newRow("dob other format")
        << u"date_of_birth"_s << QJsonValue(u"07/03/1984"_s) << u"date_of_birth"_s << date;
    QTest::newRow("dob not a day")
        << u"date_of_birth"_s << QJsonValue(u"2023-02-30"_s) << u"date_of_birth"_s << date;
    QTest::newRow("mrn number") << u"mrn"_s << QJsonValue(123456) << u"mrn"_s
                                << u"Expected text."_s;
    QTest::newRow("synthetic string")
        << u"synthetic"_s << QJsonValue(u"yes"_s) << u"synthetic"_s << u"Expected true or false."_s;
    QTest::newRow("sex unknown id") << u"sex_at_birth"_s << QJsonValue(u"F"_s) << u"sex_at_birth"_s
                                    << u"Expected one of: female, male, intersex, unknown."_s;
    QTest::newRow("risk flag unknown")
        << u"risk_flags"_s << QJsonValue(QJsonArray{u"suicide_risk"_s, u"sad"_s}) << u"risk_flags"_s
        << u"Expected a list whose entries are each one of: suicide_risk, violence_risk, "
           "self_harm, overdose_risk, safeguarding."_s;
    QTest::newRow("codes not a list") << u"diagnosis_codes"_s << QJsonValue(u"F32.1"_s)
                                      << u"diagnosis_codes"_s << u"Expected a list of text."_s;
    QTest::newRow("care team bad id")
        << u"care_team"_s << QJsonValue(QJsonArray{u"dr-who"_s}) << u"care_team"_s
        << u"Expected a list of identifiers (UUIDs)."_s;
    QTest::newRow("id not uuid") << u"id"_s << QJsonValue(u"42"_s) << u"id"_s
                                 << u"Expected an identifier (UUID)."_s;
    QTest::newRow("version fraction")
        << u"version"_s << QJsonValue(1.5) << u"version"_s << u"Expected a whole number."_s;
    QTest::newRow("created_at no zone")
        << u"created_at"_s << QJsonValue(u"2026-11-25T09:30:00.250"_s) << u"created_at"_s
        << u"Expected a date and time in ISO 8601 with a time zone, for example "
           "2026-11-25T09:30:00.250Z."_s;
    QTest::newRow("address string")
        << u"address"_s << QJsonValue(u"Main St"_s) << u"address"_s << u"Expected an object."_s;
    QTest::newRow("nested wrong type")
        << u"emergency_contact"_s << QJsonValue(QJsonObject{{"phone"_L1, 5551234}})
        << u"emergency_contact.phone"_s << u"Expected text."_s;
}

void TestPatient::wrongTypesNameTheField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, errorField);
    QFETCH(QString, message);
    QJsonObject json = fullPatient().toJson();
    json.insert(field, value);
    const auto decoded = Patient::fromJson(json);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().fields(), QStringList{errorField});
    QCOMPARE(decoded.error().messagesFor(errorField), QStringList{message});
    QCOMPARE(decoded.error().toString(), errorField % u": "_s % message);
}

QTEST_GUILESS_MAIN(TestPatient)
#include "tst_patient.moc"
