// RecordStore: each local change and its journal entry are written together or not at all.

#include "core/crypto/SecureBuffer.h"
#include "core/storage/CacheDatabase.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/RecordStore.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nm::core;
using Kind = RecordStore::Error::Kind;

namespace {

const QString KeyHex = u"a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf"_s;
const QString PatientId = u"6f1c7f2e-1d2b-4c3a-8e9f-0a1b2c3d4e5f"_s;
const QString NoteId = u"0b5c2d1e-9f8a-4b7c-a6d5-e4f3a2b1c0d9"_s;
const QString Clinician = u"c1c1c1c1-0000-4000-8000-000000000001"_s;

RecordTable patientsTable()
{
    return {u"patient"_s,
            u"patients"_s,
            {u"mrn"_s, u"family_name"_s, u"given_name"_s},
            [](const QJsonObject &doc) {
                return QVariantList{doc.value(u"mrn"_s).toString(),
                                    doc.value(u"family_name"_s).toString(),
                                    doc.value(u"given_name"_s).toString()};
            },
            {},
            {}};
}

RecordTable notesTable()
{
    return {u"clinical_note"_s,
            u"clinical_notes"_s,
            {u"patient_id"_s, u"type"_s, u"status"_s, u"body"_s},
            [](const QJsonObject &doc) {
                return QVariantList{
                    doc.value(u"patient_id"_s).toString(), doc.value(u"type"_s).toString(),
                    doc.value(u"status"_s).toString(), doc.value(u"body"_s).toString()};
            },
            [](const QJsonObject &doc) { return doc.value(u"status"_s).toString() == "signed"_L1; },
            {}};
}

QJsonObject patient()
{
    return {{u"id"_s, PatientId},
            {u"version"_s, 0},
            {u"created_by"_s, Clinician},
            {u"mrn"_s, u"MRN00417"_s},
            {u"family_name"_s, u"Nørgaard"_s},
            {u"given_name"_s, u"Åsa"_s},
            {u"allergies"_s, QJsonArray{u"penicillin"_s}}};
}

QJsonObject note(const QString &status, const QString &body)
{
    return {{u"id"_s, NoteId},
            {u"version"_s, 0},
            {u"created_by"_s, Clinician},
            {u"patient_id"_s, PatientId},
            {u"type"_s, u"progress"_s},
            {u"status"_s, status},
            {u"body"_s, body}};
}

} // namespace

class TestRecordStore final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<CacheDatabase> m_cache;
    qint64 m_now = 0;
    int m_changeCounter = 0;

    RecordStore store(const RecordTable &table)
    {
        RecordStore::Clock clock;
        clock.now = [this] {
            return QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC);
        };
        clock.newChangeId = [this] {
            return u"change-%1"_s.arg(++m_changeCounter);
        };
        return RecordStore(m_cache->database(), table, clock);
    }

    QList<JournalEntry> journal()
    {
        return ChangeJournal(m_cache->database()).pending(100).value();
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_cache->database());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private Q_SLOTS:
    void init()
    {
        static int counter = 0;
        auto opened = CacheDatabase::open(m_dir.filePath(u"store%1.db"_s.arg(++counter)),
                                          *SecureBuffer::fromHex(KeyHex));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_cache.emplace(std::move(opened.value()));
        m_now = 1764063000000; // 2025-11-25T09:30:00Z
        m_changeCounter = 0;
    }
    void cleanup() { m_cache.reset(); }

    void createStoresTheRecordAndQueuesEveryField()
    {
        RecordStore patients = store(patientsTable());
        QVERIFY(patients.create(patient()));
        const auto loaded = patients.load(PatientId);
        QVERIFY(loaded && loaded.value());
        const QJsonObject record = *loaded.value();
        QCOMPARE(record.value(u"family_name"_s).toString(), u"Nørgaard"_s);
        QCOMPARE(record.value(u"allergies"_s).toArray(), QJsonArray{u"penicillin"_s});
        QCOMPARE(record.value(u"created_at"_s).toString(), u"2025-11-25T09:30:00.000Z"_s);
        QCOMPARE(record.value(u"updated_at"_s).toString(), u"2025-11-25T09:30:00.000Z"_s);
        QCOMPARE(record.value(u"created_by"_s).toString(), Clinician);
        QCOMPARE(record.value(u"deleted"_s).toBool(), false);
        QCOMPARE(scalar(u"SELECT mrn FROM patients"_s).toString(), u"MRN00417"_s);

        const QList<JournalEntry> entries = journal();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].op, JournalEntry::Op::Create);
        QCOMPARE(entries[0].entity, u"patient"_s);
        QCOMPARE(entries[0].entityId, PatientId);
        QCOMPARE(entries[0].baseVersion, 0);
        QCOMPARE(entries[0].fields.keys(),
                 (QStringList{u"allergies"_s, u"family_name"_s, u"given_name"_s, u"mrn"_s}));
        QCOMPARE(entries[0].fields.value(u"mrn"_s).toObject(),
                 (QJsonObject{{u"old"_s, QJsonValue::Null}, {u"new"_s, u"MRN00417"_s}}));

        QCOMPARE(patients.create(patient()).error().kind, Kind::AlreadyExists);
        QCOMPARE(journal().size(), 1);
    }

    void updateQueuesOnlyTheChangedFields()
    {
        RecordStore patients = store(patientsTable());
        QVERIFY(patients.create(patient()));
        QSqlQuery sync(m_cache->database());
        QVERIFY(sync.exec(u"UPDATE patients SET version = 5"_s)); // as if synced
        QVERIFY(ChangeJournal(m_cache->database()).acknowledge(u"change-1"_s));

        m_now += 60'000;
        QJsonObject edited = *patients.load(PatientId).value();
        edited.insert(u"given_name"_s, u"Åsa Maria"_s);
        edited.insert(u"preferred_name"_s, u"Mia"_s); // a field that was absent
        QVERIFY(patients.update(edited));

        const QList<JournalEntry> entries = journal();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].op, JournalEntry::Op::Update);
        QCOMPARE(entries[0].baseVersion, 5);
        QCOMPARE(entries[0].fields,
                 (QJsonObject{{u"given_name"_s,
                               QJsonObject{{u"old"_s, u"Åsa"_s}, {u"new"_s, u"Åsa Maria"_s}}},
                              {u"preferred_name"_s,
                               QJsonObject{{u"old"_s, QJsonValue::Null}, {u"new"_s, u"Mia"_s}}}}));
        const QJsonObject stored = *patients.load(PatientId).value();
        QCOMPARE(stored.value(u"given_name"_s).toString(), u"Åsa Maria"_s);
        QCOMPARE(stored.value(u"updated_at"_s).toString(), u"2025-11-25T09:31:00.000Z"_s);
        QCOMPARE(stored.value(u"version"_s).toInteger(), 5); // only the server moves it
        QCOMPARE(scalar(u"SELECT given_name FROM patients"_s).toString(), u"Åsa Maria"_s);

        // Saving without a change queues nothing.
        QVERIFY(patients.update(stored));
        QCOMPARE(journal().size(), 1);
    }

    void removeLeavesATombstone()
    {
        RecordStore patients = store(patientsTable());
        QVERIFY(patients.create(patient()));
        QVERIFY(patients.remove(PatientId));
        const QJsonObject stored = *patients.load(PatientId).value();
        QCOMPARE(stored.value(u"deleted"_s).toBool(), true);
        QCOMPARE(scalar(u"SELECT count(*) FROM patients"_s).toInt(), 1);
        const QList<JournalEntry> entries = journal();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[1].op, JournalEntry::Op::Delete);
        QVERIFY(entries[1].fields.isEmpty());
        QCOMPARE(patients.update(patient()).error().kind, Kind::NotFound);
        QVERIFY(patients.remove(PatientId)); // already deleted: nothing more to do
        QCOMPARE(journal().size(), 2);
        QCOMPARE(patients.remove(u"unknown"_s).error().kind, Kind::NotFound);
    }

    void finalRecordsRefuseChange()
    {
        QVERIFY(store(patientsTable()).create(patient()));
        RecordStore notes = store(notesTable());
        QVERIFY(notes.create(note(u"draft"_s, u"Sleep better."_s)));
        QVERIFY(notes.update(note(u"signed"_s, u"Sleep better since the dose change."_s)));
        const int queued = int(journal().size());

        const auto edit = notes.update(note(u"signed"_s, u"Rewritten history."_s));
        QVERIFY(!edit);
        QCOMPARE(edit.error().kind, Kind::Final);
        QCOMPARE(notes.remove(NoteId).error().kind, Kind::Final);
        QCOMPARE(journal().size(), queued);
        QCOMPARE(notes.load(NoteId).value()->value(u"body"_s).toString(),
                 u"Sleep better since the dose change."_s);
    }

    void putStoresServerRecordsWithoutQueuing()
    {
        RecordStore patients = store(patientsTable());
        QJsonObject fromServer = patient();
        fromServer.insert(u"version"_s, 9);
        fromServer.insert(u"created_at"_s, u"2025-01-02T03:04:05.006Z"_s);
        fromServer.insert(u"updated_at"_s, u"2025-06-07T08:09:10.011Z"_s);
        fromServer.insert(u"deleted"_s, false);
        QVERIFY(patients.put(fromServer));
        QCOMPARE(*patients.load(PatientId).value(), fromServer);
        fromServer.insert(u"version"_s, 10);
        fromServer.insert(u"family_name"_s, u"Nørgaard-Lind"_s);
        QVERIFY(patients.put(fromServer));
        QCOMPARE(*patients.load(PatientId).value(), fromServer);
        QCOMPARE(scalar(u"SELECT family_name FROM patients"_s).toString(), u"Nørgaard-Lind"_s);
        QCOMPARE(journal().size(), 0);

        RecordStore notes = store(notesTable());
        QJsonObject signedNote = note(u"signed"_s, u"Final text."_s);
        QVERIFY(!notes.put(signedNote)); // a server record always carries its times
        signedNote.insert(u"version"_s, 3);
        signedNote.insert(u"created_at"_s, u"2025-01-02T03:04:05.006Z"_s);
        signedNote.insert(u"updated_at"_s, u"2025-01-02T03:04:05.006Z"_s);
        QVERIFY(notes.put(signedNote));
        signedNote.insert(u"version"_s, 4); // the server acknowledging it again is fine
        QVERIFY(notes.put(signedNote));
        signedNote.insert(u"body"_s, u"Changed on the server?"_s);
        QCOMPARE(notes.put(signedNote).error().kind, Kind::Final);
        QCOMPARE(journal().size(), 0);
    }

    void aFailedJournalWriteLeavesNoRow()
    {
        // Simulate the journal failing after the row was written in the same transaction.
        QSqlQuery q(m_cache->database());
        QVERIFY(q.exec(u"CREATE TEMP TRIGGER fail_journal BEFORE INSERT ON change_journal "
                       "BEGIN SELECT RAISE(ABORT, 'journal unavailable'); END"_s));
        RecordStore patients = store(patientsTable());
        const auto created = patients.create(patient());
        QVERIFY(!created);
        QCOMPARE(created.error().kind, Kind::Storage);
        QVERIFY2(created.error().message.contains(u"journal unavailable"_s),
                 qPrintable(created.error().message));
        QCOMPARE(scalar(u"SELECT count(*) FROM patients"_s).toInt(), 0);

        QVERIFY(q.exec(u"DROP TRIGGER fail_journal"_s));
        QVERIFY(patients.create(patient()));
        QVERIFY(q.exec(u"CREATE TEMP TRIGGER fail_journal BEFORE INSERT ON change_journal "
                       "BEGIN SELECT RAISE(ABORT, 'journal unavailable'); END"_s));
        QJsonObject edited = patient();
        edited.insert(u"family_name"_s, u"Changed"_s);
        QVERIFY(!patients.update(edited));
        QCOMPARE(patients.load(PatientId).value()->value(u"family_name"_s).toString(),
                 u"Nørgaard"_s);
        QCOMPARE(scalar(u"SELECT family_name FROM patients"_s).toString(), u"Nørgaard"_s);
        QCOMPARE(journal().size(), 1);
    }

    void writesNestInsideACallersTransaction()
    {
        QSqlDatabase db = m_cache->database();
        RecordStore patients = store(patientsTable());
        QVERIFY(db.transaction());
        QVERIFY(patients.create(patient()));
        QVERIFY(db.rollback()); // the caller's unit failed: the write goes with it
        QCOMPARE(scalar(u"SELECT count(*) FROM patients"_s).toInt(), 0);
        QCOMPARE(journal().size(), 0);

        QVERIFY(db.transaction());
        QVERIFY(patients.create(patient()));
        QVERIFY(db.commit());
        QCOMPARE(scalar(u"SELECT count(*) FROM patients"_s).toInt(), 1);
        QCOMPARE(journal().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
