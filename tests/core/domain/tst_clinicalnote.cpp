#include "DomainFixtures.h"
#include "core/domain/ClinicalNote.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::ClinicalNote;
using nm::core::FieldErrors;
using nm::test::reparsed;
using Status = ClinicalNote::Status;
using Type = ClinicalNote::Type;

namespace {

const QDateTime SignedAt(QDate(2026, 11, 25), QTime(10, 15, 30, 999), Qt::UTC);

ClinicalNote signedNote()
{
    ClinicalNote note;
    note.meta = nm::test::fixedMeta();
    note.patientId = nm::test::patientId();
    note.type = Type::MedicationManagement;
    note.title = u"Suivi — médication 💊"_s;
    note.body = u"Sertraline bien tolérée.\nSleep improved; PHQ-9 down to 8.\n\tPlan: continue."_s;
    note.status = Status::Signed;
    note.signedAt = SignedAt;
    note.signedBy = nm::test::clinicianId();
    return note;
}

ClinicalNote addendumTo(const ClinicalNote &parent)
{
    ClinicalNote addendum = signedNote();
    addendum.meta.id = QUuid(u"a0a0a0a0-b1b1-4c2c-8d3d-e4e4e4e4e4e4"_s);
    addendum.status = Status::Draft;
    addendum.signedAt = {};
    addendum.signedBy = {};
    addendum.body = u"Correction: dose is 100 mg, not 50 mg."_s;
    addendum.parentId = parent.meta.id;
    return addendum;
}

} // namespace

class TestClinicalNote final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signedNoteIsValid();
    void signingNeedsBodyTimeAndSigner();
    void draftMayBeEmptyButNotSigned();
    void addendumCannotAmendItself();
    void addendumParentRules();
    void titleIsLimited();
    void jsonRoundTripsEveryField();
    void jsonRoundTripsDraftWithEmptyFields();
    void enumsRoundTrip();
    void unknownFieldsAreIgnored();
    void wrongTypesNameTheField();
};

void TestClinicalNote::signedNoteIsValid()
{
    const FieldErrors errors = signedNote().validate();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.toString()));
}

void TestClinicalNote::signingNeedsBodyTimeAndSigner()
{
    ClinicalNote note = signedNote();
    note.body = u" \n\t "_s;
    note.signedAt = {};
    note.signedBy = {};
    const FieldErrors errors = note.validate();
    QCOMPARE(errors.fields(), (QStringList{u"body"_s, u"signed_at"_s, u"signed_by"_s}));
    QCOMPARE(errors.messagesFor(u"body"), QStringList{u"A note cannot be signed without text."_s});
    QCOMPARE(errors.messagesFor(u"signed_at"),
             QStringList{u"A signed note must record when it was signed."_s});
    QCOMPARE(errors.messagesFor(u"signed_by"),
             QStringList{u"A signed note must record who signed it."_s});
}

void TestClinicalNote::draftMayBeEmptyButNotSigned()
{
    ClinicalNote note = signedNote();
    note.status = Status::Draft;
    note.body.clear();
    note.signedAt = {};
    note.signedBy = {};
    QVERIFY(note.validate().isEmpty());

    note.signedAt = SignedAt;
    note.signedBy = nm::test::clinicianId();
    const FieldErrors errors = note.validate();
    QCOMPARE(errors.messagesFor(u"signed_at"),
             QStringList{u"A draft note cannot have a signing time."_s});
    QCOMPARE(errors.messagesFor(u"signed_by"),
             QStringList{u"A draft note cannot have a signer."_s});
    QCOMPARE(errors.size(), 2);
}

void TestClinicalNote::addendumCannotAmendItself()
{
    const ClinicalNote parent = signedNote();
    ClinicalNote addendum = addendumTo(parent);
    QVERIFY(addendum.isAddendum());
    QVERIFY(addendum.validate().isEmpty());
    addendum.parentId = addendum.meta.id;
    QCOMPARE(addendum.validate().messagesFor(u"parent_id"),
             QStringList{u"A note cannot be an addendum to itself."_s});
}

void TestClinicalNote::addendumParentRules()
{
    ClinicalNote parent = signedNote();
    const ClinicalNote addendum = addendumTo(parent);
    QVERIFY(addendum.validateAsAddendumTo(parent).isEmpty());

    ClinicalNote other = parent;
    other.meta.id = QUuid(u"ffffffff-0000-4000-8000-000000000001"_s);
    QCOMPARE(addendum.validateAsAddendumTo(other).messagesFor(u"parent_id"),
             QStringList{u"This addendum does not refer to that note."_s});

    parent.status = Status::Draft;
    parent.meta.deleted = true;
    parent.patientId = QUuid(u"ffffffff-0000-4000-8000-000000000002"_s);
    QCOMPARE(
        addendum.validateAsAddendumTo(parent).messagesFor(u"parent_id"),
        (QStringList{u"An addendum can only amend a signed note; edit the draft itself instead."_s,
                     u"An addendum cannot amend a deleted note."_s,
                     u"An addendum must be about the same patient as the note it amends."_s}));
}

void TestClinicalNote::titleIsLimited()
{
    ClinicalNote note = signedNote();
    note.title = QString(200, u'é');
    QVERIFY(note.validate().isEmpty());
    note.title.append(u'!');
    QCOMPARE(note.validate().messagesFor(u"title"),
             QStringList{u"The title can be at most 200 characters."_s});
}

void TestClinicalNote::jsonRoundTripsEveryField()
{
    const ClinicalNote original = addendumTo(signedNote());
    for (const ClinicalNote &note : {signedNote(), original}) {
        const auto decoded = ClinicalNote::fromJson(reparsed(note.toJson()));
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().toString()));
        QVERIFY(decoded.value() == note);
        QCOMPARE(decoded.value().toJson(), note.toJson());
    }
    const QJsonObject json = signedNote().toJson();
    QCOMPARE(json.value("signed_at"_L1).toString(), u"2026-11-25T10:15:30.999Z"_s);
    QCOMPARE(json.value("type"_L1).toString(), u"medication_management"_s);
    QCOMPARE(json.value("status"_L1).toString(), u"signed"_s);
    QVERIFY(json.value("parent_id"_L1).isNull());
    QCOMPARE(original.toJson().value("parent_id"_L1).toString(),
             u"6f1c2a34-8e0b-4c5d-9a7e-1b2c3d4e5f60"_s);
}

void TestClinicalNote::jsonRoundTripsDraftWithEmptyFields()
{
    ClinicalNote draft;
    draft.meta = nm::test::fixedMeta();
    draft.patientId = nm::test::patientId();
    const auto decoded = ClinicalNote::fromJson(reparsed(draft.toJson()));
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value() == draft);
    QCOMPARE(decoded.value().status, Status::Draft);
    QCOMPARE(decoded.value().type, Type::Progress);
    QVERIFY(!decoded.value().signedAt.isValid());
}

void TestClinicalNote::enumsRoundTrip()
{
    QCOMPARE(nm::core::enumIds<Type>(),
             (QStringList{u"intake"_s, u"progress"_s, u"medication_management"_s, u"crisis"_s,
                          u"other"_s}));
    for (Type type : nm::core::enumValues<Type>()) {
        ClinicalNote note = signedNote();
        note.type = type;
        const auto decoded = ClinicalNote::fromJson(note.toJson());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().type, type);
    }
    QCOMPARE(nm::core::enumIds<Status>(), (QStringList{u"draft"_s, u"signed"_s}));
}

void TestClinicalNote::unknownFieldsAreIgnored()
{
    QJsonObject json = signedNote().toJson();
    json.insert("template_id"_L1, u"soap-v2"_s);
    const auto decoded = ClinicalNote::fromJson(json);
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value() == signedNote());
}

void TestClinicalNote::wrongTypesNameTheField()
{
    QJsonObject json = signedNote().toJson();
    json.insert("body"_L1, QJsonArray{u"line"_s});
    json.insert("status"_L1, u"Signed"_s);
    json.insert("signed_at"_L1, u"2026-11-25"_s);
    const auto decoded = ClinicalNote::fromJson(json);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().fields(), (QStringList{u"body"_s, u"status"_s, u"signed_at"_s}));
    QCOMPARE(decoded.error().messagesFor(u"status"),
             QStringList{u"Expected one of: draft, signed."_s});
}

QTEST_GUILESS_MAIN(TestClinicalNote)
#include "tst_clinicalnote.moc"
