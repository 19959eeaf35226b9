// Clinical notes in the cache: drafts, signing, addenda, and full-text search.

#include "core/crypto/SecureBuffer.h"
#include "core/domain/ClinicalNote.h"
#include "core/domain/Patient.h"
#include "core/storage/CacheDatabase.h"
#include "core/storage/CacheTables.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/ClinicalNoteRepository.h"
#include "core/storage/Repository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nm::core;
using Kind = RepositoryError::Kind;

namespace {

const QString KeyHex = u"f0e1d2c3b4a5968778695a4b3c2d1e0ff0e1d2c3b4a5968778695a4b3c2d1e0f"_s;
const QUuid Clinician(u"11111111-2222-4333-8444-555555555555"_s);
const QDateTime Now(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC);

Patient makePatient(const QString &mrn, const QString &family)
{
    Patient patient;
    patient.meta = RecordMeta::create(Clinician, Now);
    patient.mrn = mrn;
    patient.givenName = u"Ana"_s;
    patient.familyName = family;
    patient.dateOfBirth = QDate(1984, 3, 9);
    return patient;
}

ClinicalNote makeNote(const QUuid &patientId, const QString &title, const QString &body)
{
    ClinicalNote note;
    note.meta = RecordMeta::create(Clinician, Now);
    note.patientId = patientId;
    note.type = ClinicalNote::Type::Progress;
    note.title = title;
    note.body = body;
    return note;
}

} // namespace

class TestClinicalNoteRepository final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<CacheDatabase> m_cache;
    std::optional<ClinicalNoteRepository> m_notes;
    Patient m_patient;
    Patient m_other;

    QList<JournalEntry> journal()
    {
        return ChangeJournal(m_cache->database()).pending(1000).value();
    }

private Q_SLOTS:
    void init()
    {
        static int counter = 0;
        auto opened = CacheDatabase::open(m_dir.filePath(u"notes%1.db"_s.arg(++counter)),
                                          *SecureBuffer::fromHex(KeyHex));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_cache.emplace(std::move(opened.value()));
        Repository<Patient> patients(m_cache->database(), CacheTables::patients(),
                                     [](const Patient &p) { return p.validate(Now.date()); });
        m_patient = makePatient(u"MRN00001"_s, u"Silva"_s);
        m_other = makePatient(u"MRN00002"_s, u"Okafor"_s);
        for (const Patient &patient : {m_patient, m_other}) {
            const auto created = patients.create(patient);
            QVERIFY2(created, qPrintable(created ? QString()
                                                 : created.error().message + u' ' +
                                                       created.error().fields.toString()));
        }
        m_notes.emplace(m_cache->database());
    }

    void cleanup()
    {
        m_notes.reset();
        m_cache.reset();
    }

    void draftsAreSavedAndUpdated()
    {
        ClinicalNote note = makeNote(m_patient.meta.id, u"Follow-up"_s, u"Sleep improving."_s);
        QVERIFY(m_notes->saveDraft(note));
        note.body = u"Sleep improving; appetite back."_s;
        QVERIFY(m_notes->saveDraft(note));
        const auto loaded = m_notes->load(note.meta.id);
        QVERIFY(loaded && loaded.value());
        QCOMPARE(loaded.value()->body, note.body);
        QCOMPARE(loaded.value()->status, ClinicalNote::Status::Draft);
        const QList<JournalEntry> entries = journal();
        QCOMPARE(entries.size(), 4); // two patients, the note's create and its update
        QCOMPARE(entries[3].op, JournalEntry::Op::Update);
        QCOMPARE(entries[3].fields.keys(), QStringList{u"body"_s});
    }

    void signingMakesTheNoteFinal()
    {
        ClinicalNote note = makeNote(m_patient.meta.id, u"Follow-up"_s, u"Stable on lithium."_s);
        QVERIFY(m_notes->saveDraft(note));
        const QDateTime signedAt(QDate(2026, 11, 25), QTime(10, 0, 0, 123), Qt::UTC);
        QVERIFY(m_notes->sign(note.meta.id, Clinician, signedAt));
        const ClinicalNote stored = *m_notes->load(note.meta.id).value();
        QCOMPARE(stored.status, ClinicalNote::Status::Signed);
        QCOMPARE(stored.signedAt, signedAt);
        QCOMPARE(stored.signedBy, Clinician);

        ClinicalNote edited = stored;
        edited.status = ClinicalNote::Status::Draft;
        edited.signedAt = {};
        edited.signedBy = {};
        edited.body = u"Rewritten."_s;
        QCOMPARE(m_notes->saveDraft(edited).error().kind, Kind::Final);
        QCOMPARE(m_notes->sign(note.meta.id, Clinician, signedAt).error().kind, Kind::Final);
        QCOMPARE(m_notes->load(note.meta.id).value()->body, u"Stable on lithium."_s);
        QCOMPARE(m_notes->saveDraft(stored).error().kind, Kind::Invalid); // signed: not a draft
    }

    void anEmptyNoteCannotBeSigned()
    {
        ClinicalNote note = makeNote(m_patient.meta.id, u"Empty"_s, QString());
        QVERIFY(m_notes->saveDraft(note));
        const auto signing = m_notes->sign(note.meta.id, Clinician, Now);
        QVERIFY(!signing);
        QCOMPARE(signing.error().kind, Kind::Invalid);
        QVERIFY(signing.error().fields.contains(u"body"));
        QCOMPARE(m_notes->load(note.meta.id).value()->status, ClinicalNote::Status::Draft);
    }

    void addendaAmendSignedNotesOnly()
    {
        ClinicalNote original = makeNote(m_patient.meta.id, u"Intake"_s, u"Dose 50 mg."_s);
        QVERIFY(m_notes->saveDraft(original));

        ClinicalNote addendum = makeNote(m_patient.meta.id, u"Correction"_s, u"Dose was 100 mg."_s);
        addendum.parentId = original.meta.id;
        const auto early = m_notes->addAddendum(addendum);
        QCOMPARE(early.error().kind, Kind::Invalid); // the original is still a draft
        QVERIFY(early.error().fields.contains(u"parent_id"));

        QVERIFY(m_notes->sign(original.meta.id, Clinician, Now));
        QVERIFY(m_notes->addAddendum(addendum));
        QCOMPARE(m_notes->load(addendum.meta.id).value()->parentId, original.meta.id);

        ClinicalNote foreign = makeNote(m_other.meta.id, u"Wrong chart"_s, u"x"_s);
        foreign.parentId = original.meta.id;
        QCOMPARE(m_notes->addAddendum(foreign).error().kind, Kind::Invalid);

        ClinicalNote orphan = makeNote(m_patient.meta.id, u"Orphan"_s, u"x"_s);
        orphan.parentId = QUuid::createUuid();
        QCOMPARE(m_notes->addAddendum(orphan).error().kind, Kind::NotFound);
        QCOMPARE(
            m_notes->addAddendum(makeNote(m_patient.meta.id, u"No parent"_s, u"x"_s)).error().kind,
            Kind::Invalid);
    }

    void notesOfAPatientInOrder()
    {
        ClinicalNote first = makeNote(m_patient.meta.id, u"First"_s, u"a"_s);
        first.meta.createdAt = Now.addDays(-2);
        ClinicalNote second = makeNote(m_patient.meta.id, u"Second"_s, u"b"_s);
        second.meta.createdAt = Now.addDays(-1);
        QVERIFY(m_notes->saveDraft(second));
        QVERIFY(m_notes->saveDraft(first));
        QVERIFY(m_notes->saveDraft(makeNote(m_other.meta.id, u"Other"_s, u"c"_s)));
        const auto notes = m_notes->forPatient(m_patient.meta.id);
        QVERIFY(notes);
        QCOMPARE(notes.value().size(), 2);
        QCOMPARE(notes.value()[0].title, u"First"_s);
        QCOMPARE(notes.value()[1].title, u"Second"_s);
    }

    void searchFindsRanksAndHighlights()
    {
        const ClinicalNote inBody =
            makeNote(m_patient.meta.id, u"Follow-up"_s,
                     u"Reviewed sleep diary. Lithium level 0.7 mmol/L, tolerating well."_s);
        const ClinicalNote inTitle =
            makeNote(m_patient.meta.id, u"Lithium review"_s, u"Lithium level checked."_s);
        const ClinicalNote accented =
            makeNote(m_other.meta.id, u"Travel"_s, u"Returned from Köln; jet lag, poor sleep."_s);
        QVERIFY(m_notes->saveDraft(inBody));
        QVERIFY(m_notes->saveDraft(inTitle));
        QVERIFY(m_notes->saveDraft(accented));

        auto hits = m_notes->search(u"lith"_s); // a prefix finds the whole word
        QVERIFY(hits);
        QCOMPARE(hits.value().size(), 2);
        QCOMPARE(hits.value()[0].noteId, inTitle.meta.id); // title and body outrank body alone
        QVERIFY(hits.value()[0].rank > hits.value()[1].rank);
        const NoteSearchHit &hit = hits.value()[1];
        QCOMPARE(hit.patientId, m_patient.meta.id);
        QCOMPARE(hit.title, u"Follow-up"_s);
        QCOMPARE(hit.highlights.size(), 1);
        const auto [start, length] = hit.highlights.first();
        QCOMPARE(hit.snippet.mid(start, length), u"Lithium"_s);
        QVERIFY(!hit.snippet.contains(QChar(0x02)));

        QCOMPARE(m_notes->search(u"KOLN"_s).value().size(), 1);          // case and accents ignored
        QCOMPARE(m_notes->search(u"sleep lithium"_s).value().size(), 1); // every word required
        QCOMPARE(m_notes->search(u"sleep"_s, m_other.meta.id).value().size(), 1);
        QCOMPARE(m_notes->search(u"sleep"_s).value().size(), 2);
        QCOMPARE(m_notes->search(u"lithium"_s, {}, 1).value().size(), 1);

        // Input that would be FTS syntax is taken as plain words.
        for (const QString &odd : {u"\"lith"_s, u"lith* OR"_s, u"(lith"_s, u"NEAR lith"_s}) {
            const auto result = m_notes->search(odd);
            QVERIFY2(result, qPrintable(odd));
        }
        QCOMPARE(m_notes->search(u"  ***  "_s).value().size(), 0);
        QCOMPARE(m_notes->search(u"lith OR koln"_s).value().size(), 0); // "or" is just a word

        QSqlQuery tombstone(m_cache->database());
        QVERIFY(tombstone.exec(u"UPDATE clinical_notes SET deleted = 1 WHERE title = 'Travel'"_s));
        QCOMPARE(m_notes->search(u"koln"_s).value().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClinicalNoteRepository)
#include "tst_clinicalnoterepository.moc"
