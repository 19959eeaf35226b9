// The workstation's sync, end to end: the product's ApiClient and SyncEngine in-process, real
// encrypted caches on disk, and the real novamind-server (SQLite, and PostgreSQL in the _postgres
// run). Two or three "workstations" are two or three caches with their own device ids. What a
// clinician would notice is asserted: every value typed reaches the server or stays visible
// (a conflict, a rejected change), nothing is applied twice, an interrupted pull resumes, and a
// revoked device loses its cache.

#include "core/domain/ClinicalNote.h"
#include "core/domain/Medication.h"
#include "core/domain/Observation.h"
#include "core/domain/Patient.h"
#include "core/domain/RecordMeta.h"
#include "core/storage/CacheTables.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/ClinicalNoteRepository.h"
#include "core/storage/MedicationRepository.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/RecordStore.h"
#include "core/storage/SyncState.h"
#include "core/storage/WriteTransaction.h"
#include "core/sync/ConflictStore.h"
#include "core/sync/SyncRun.h"
#include "server/cli/SeedDemoCommand.h"
#include "tests/integration/SyncTestBed.h"
#include "tests/support/FaultProxy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using nm::core::CacheTables;
using nm::core::ChangeJournal;
using nm::core::ClinicalNote;
using nm::core::ClinicalNoteRepository;
using nm::core::ConflictStore;
using nm::core::JournalEntry;
using nm::core::Medication;
using nm::core::MedicationRepository;
using nm::core::Patient;
using nm::core::PatientRepository;
using nm::core::RecordMeta;
using nm::core::RecordStore;
using nm::core::RecordTable;
using nm::core::RepositoryError;
using nm::core::SyncConflict;
using nm::core::SyncEngine;
using nm::core::SyncRun;
using nm::test::FaultProxy;
using nm::test::SyncTestBed;
using Workstation = nm::test::SyncTestBed::Workstation;

namespace {

// Enough demo patients that a pull at PageSize rows a page takes many pages.
constexpr int DemoPatients = 20;
constexpr int PageSize = 200;

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString json(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QString json(const QList<JournalEntry> &entries)
{
    QStringList lines;
    for (const JournalEntry &e : entries)
        lines << u"%1 %2 %3 fields %4 state %5 %6"_s.arg(
            JournalEntry::opName(e.op), e.entity, e.entityId, json(e.fields),
            e.rejected ? u"rejected"_s : u"pending"_s, e.rejectCode);
    return lines.join(u"; "_s);
}

QString json(const QList<SyncConflict> &conflicts)
{
    QStringList lines;
    for (const SyncConflict &c : conflicts)
        lines << u"%1 %2 %3: server %4, client %5"_s.arg(c.entity, c.recordId, c.field,
                                                         json(c.serverValue), json(c.clientValue));
    return lines.join(u"; "_s);
}

Patient newPatient(const QUuid &createdBy, const QString &familyName)
{
    Patient p;
    p.meta = RecordMeta::create(createdBy);
    p.mrn = u"MRN%1"_s.arg(QRandomGenerator::global()->bounded(100000, 999999));
    p.givenName = u"Alex"_s;
    p.familyName = familyName;
    p.dateOfBirth = QDate(1988, 4, 12);
    p.sexAtBirth = Patient::SexAtBirth::Female;
    return p;
}

Medication newMedication(const QUuid &createdBy, const QUuid &patientId, const QString &name,
                         double dose)
{
    Medication m;
    m.meta = RecordMeta::create(createdBy);
    m.patientId = patientId;
    m.name = name;
    m.dose = dose;
    m.unit = u"mg"_s;
    m.frequency = u"once daily"_s;
    m.startDate = QDate(2025, 1, 6);
    m.prescriberId = createdBy;
    return m;
}

QString problem(const RepositoryError &error)
{
    return error.message + u' ' + error.fields.toString();
}

// Loads, changes and saves a record through its repository, as an editor would; empty when it
// worked, else why not.
template <typename Repo, typename T>
QString edit(Repo repository, const QUuid &id, const std::function<void(T &)> &change)
{
    auto loaded = repository.load(id);
    if (!loaded)
        return problem(loaded.error());
    if (!loaded.value())
        return u"no record %1 in the cache"_s.arg(idText(id));
    T record = *loaded.value();
    change(record);
    if (auto saved = repository.update(record); !saved)
        return problem(saved.error());
    return {};
}

QString editPatient(const Workstation &w, const QUuid &id,
                    const std::function<void(Patient &)> &change)
{
    return edit<PatientRepository, Patient>(PatientRepository(w.db()), id, change);
}

QString editMedication(const Workstation &w, const QUuid &id,
                       const std::function<void(Medication &)> &change)
{
    return edit<MedicationRepository, Medication>(MedicationRepository(w.db()), id, change);
}

// The record as \a w's cache holds it, meta fields included; empty when it has none.
QJsonObject cached(const Workstation &w, const RecordTable &table, const QUuid &id)
{
    auto loaded = RecordStore(w.db(), table).load(idText(id));
    return loaded && loaded.value() ? *loaded.value() : QJsonObject();
}

// Every record of \a table in \a w's cache, by id.
QList<QJsonObject> cachedAll(const Workstation &w, const RecordTable &table)
{
    auto loaded = RecordStore(w.db(), table).loadWhere(u"1 = 1"_s, {}, u"id"_s);
    return loaded ? loaded.value() : QList<QJsonObject>();
}

qint64 rowCount(const Workstation &w, const QString &table)
{
    QSqlQuery q(w.db());
    if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<JournalEntry> pendingOf(const Workstation &w)
{
    auto entries = ChangeJournal(w.db()).pending(100000);
    return entries ? entries.value() : QList<JournalEntry>();
}

QList<JournalEntry> rejectedOf(const Workstation &w)
{
    auto entries = ChangeJournal(w.db()).rejected();
    return entries ? entries.value() : QList<JournalEntry>();
}

QList<SyncConflict> conflictsOf(const Workstation &w)
{
    auto open = ConflictStore(w.db()).open();
    return open ? open.value() : QList<SyncConflict>();
}

// The pulls ("GET /api/v1/sync/changes?…") among the requests the proxy saw.
QList<QByteArray> pullRequests(const FaultProxy &proxy)
{
    QList<QByteArray> pulls;
    for (const QByteArray &line : proxy.requestLines()) {
        if (line.startsWith("GET /api/v1/sync/changes"))
            pulls << line;
    }
    return pulls;
}

// The cache table each pulled entity lands in.
const QList<std::pair<QString, QString>> &entityTables()
{
    static const QList<std::pair<QString, QString>> tables{
        {u"patient"_s, u"patients"_s},         {u"clinical_note"_s, u"clinical_notes"_s},
        {u"assessment"_s, u"assessments"_s},   {u"medication"_s, u"medications"_s},
        {u"appointment"_s, u"appointments"_s}, {u"observation"_s, u"observations"_s},
    };
    return tables;
}

} // namespace

// A sync that must end "synced"; anything else fails the test with what the engine said.
#define VERIFY_SYNCED(station)                                                                     \
    do {                                                                                           \
        const Workstation::Outcome outcome_ = (station).sync();                                    \
        QVERIFY2(outcome_.synced(), qPrintable((station).name() + u": "_s + outcome_.describe())); \
    } while (false)

class TestSyncEngine final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SyncTestBed> m_bed;
    QTemporaryDir m_caches;
    QByteArray m_admin;

    std::unique_ptr<Workstation> station(const QString &name, QUrl server = {},
                                         SyncEngine::Options options = {})
    {
        return std::make_unique<Workstation>(server.isEmpty() ? m_bed->baseUrl() : server,
                                             m_caches.filePath(name), name, options);
    }

    // Creates the account; its access token, for looking at the server's side of a test.
    QByteArray account(const QString &username, const QString &role = u"psychiatrist"_s)
    {
        QString error;
        if (m_bed->addUser(username, role, &error).isEmpty()) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        const QByteArray token = m_bed->accessToken(username, SyncTestBed::password(), &error);
        if (token.isEmpty())
            qWarning("%s", qPrintable(error));
        return token;
    }

    // The server's record: {entity, id, version, deleted, data}; empty when the user sees none.
    QJsonObject onServer(const QByteArray &token, const QString &entity, const QUuid &id)
    {
        const auto records = m_bed->pullAll(token);
        if (!records) {
            qWarning("%s", qPrintable(records.error()));
            return {};
        }
        return records.value().value(entity).value(idText(id));
    }

    QString assignCareTeam(const QUuid &patientId, const QList<QUuid> &users)
    {
        QJsonArray ids;
        for (const QUuid &user : users)
            ids.append(idText(user));
        const auto reply = m_bed->http().send(
            "PUT", u"/api/v1/admin/patients/%1/care-team"_s.arg(idText(patientId)),
            QJsonDocument(QJsonObject{{u"user_ids"_s, ids}}).toJson(), m_admin);
        return reply.status == 200 ? QString() : u"care team: "_s + reply.summary();
    }

    QString revokeDevice(const QUuid &device)
    {
        const auto reply = m_bed->http().send(
            "POST", u"/api/v1/admin/devices/%1/revoke"_s.arg(idText(device)), {}, m_admin);
        return reply.status == 200 ? QString() : u"revoke: "_s + reply.summary();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_caches.isValid());
        QElapsedTimer started;
        started.start();
        m_bed = std::make_unique<SyncTestBed>();
        QString error;
        QVERIFY2(m_bed->start(DemoPatients, &error), qPrintable(error));
        m_admin = account(u"sync.admin"_s, u"admin"_s);
        QVERIFY(!m_admin.isEmpty());
        qInfo("%s server with %d demo patients ready in %lld ms",
              qPrintable(nm::test::ServerProcess::backend()), DemoPatients, started.elapsed());
    }

    // DESIGN §7: per-field three-way merge; a conflict keeps the server's value and the
    // clinician's in a conflict record; choosing "mine" is a new change that wins on the server.
    void twoWorkstationsEditOnePatient()
    {
        const QByteArray ames = account(u"dr.ames"_s);
        QVERIFY(!account(u"dr.baker"_s).isEmpty() && !ames.isEmpty());
        QString error;
        auto a = station(u"A-ames"_s);
        auto b = station(u"B-baker"_s);
        QVERIFY2(a->signIn(u"dr.ames"_s, SyncTestBed::password(), &error), qPrintable(error));
        QVERIFY2(b->signIn(u"dr.baker"_s, SyncTestBed::password(), &error), qPrintable(error));
        const RecordTable patients = CacheTables::patients();

        // A registers the patient and syncs.
        const Patient patient = newPatient(a->userId(), u"Rivera"_s);
        const QUuid id = patient.meta.id;
        auto created = PatientRepository(a->db()).create(patient);
        QVERIFY2(created, qPrintable(created ? QString() : problem(created.error())));
        VERIFY_SYNCED(*a);
        QCOMPARE(cached(*a, patients, id).value(u"version"_s).toInteger(), 1);
        QVERIFY(pendingOf(*a).isEmpty());

        // The administrator adds B to the care team; B's next sync brings the chart.
        error = assignCareTeam(id, {a->userId(), b->userId()});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        VERIFY_SYNCED(*b);
        QCOMPARE(cached(*b, patients, id).value(u"family_name"_s).toString(), u"Rivera"_s);
        QCOMPARE(cached(*b, patients, id).value(u"version"_s).toInteger(), 1);

        // Offline, each changes a different field; both changes survive both syncs.
        error = editPatient(*a, id, [](Patient &p) { p.phone = u"+1 555 0100"_s; });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = editPatient(*b, id, [](Patient &p) { p.pronouns = u"they/them"_s; });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        VERIFY_SYNCED(*a);
        VERIFY_SYNCED(*b);
        VERIFY_SYNCED(*a);
        QJsonObject server = onServer(ames, u"patient"_s, id);
        for (const QJsonObject &record : {server.value(u"data"_s).toObject(),
                                          cached(*a, patients, id), cached(*b, patients, id)}) {
            QVERIFY2(record.value(u"phone"_s) == u"+1 555 0100"_s &&
                         record.value(u"pronouns"_s) == u"they/them"_s,
                     qPrintable(json(record)));
            QCOMPARE(record.value(u"version"_s).toInteger(), 3);
        }
        QVERIFY2(conflictsOf(*a).isEmpty() && conflictsOf(*b).isEmpty(),
                 qPrintable(json(conflictsOf(*a)) + json(conflictsOf(*b))));

        // Both change the preferred name from the same value: A's push is first and stands.
        error = editPatient(*a, id, [](Patient &p) { p.preferredName = u"Lex"_s; });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = editPatient(*b, id, [](Patient &p) { p.preferredName = u"Ali"_s; });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        VERIFY_SYNCED(*a);
        VERIFY_SYNCED(*b);
        server = onServer(ames, u"patient"_s, id);
        QCOMPARE(server.value(u"data"_s).toObject().value(u"preferred_name"_s).toString(),
                 u"Lex"_s);
        // B's cache shows what the server kept; B's own value waits in the conflict.
        QCOMPARE(cached(*b, patients, id).value(u"preferred_name"_s).toString(), u"Lex"_s);
        const QList<SyncConflict> conflicts = conflictsOf(*b);
        QVERIFY2(conflicts.size() == 1, qPrintable(json(conflicts)));
        const SyncConflict &conflict = conflicts.constFirst();
        QCOMPARE(conflict.entity, u"patient"_s);
        QCOMPARE(conflict.recordId, idText(id));
        QCOMPARE(conflict.field, u"preferred_name"_s);
        QCOMPARE(conflict.serverValue.toString(), u"Lex"_s);
        QCOMPARE(conflict.clientValue.toString(), u"Ali"_s);
        // The conflict answered the change: it is out of the outbox, not rejected.
        QVERIFY2(pendingOf(*b).isEmpty() && rejectedOf(*b).isEmpty(),
                 qPrintable(json(pendingOf(*b)) + json(rejectedOf(*b))));
        QVERIFY(conflictsOf(*a).isEmpty());

        // The clinician keeps theirs: a new local change against the server's value.
        auto resolved =
            ConflictStore(b->db()).resolve(conflict.id, ConflictStore::Resolution::UseMine);
        QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error()));
        QVERIFY(conflictsOf(*b).isEmpty());
        const QList<JournalEntry> queued = pendingOf(*b);
        QVERIFY2(queued.size() == 1, qPrintable(json(queued)));
        QCOMPARE(queued.constFirst().op, JournalEntry::Op::Update);
        QCOMPARE(queued.constFirst().fields,
                 (QJsonObject{{u"preferred_name"_s,
                               QJsonObject{{u"old"_s, u"Lex"_s}, {u"new"_s, u"Ali"_s}}}}));
        QCOMPARE(cached(*b, patients, id).value(u"preferred_name"_s).toString(), u"Ali"_s);

        VERIFY_SYNCED(*b);
        VERIFY_SYNCED(*a);
        server = onServer(ames, u"patient"_s, id);
        // Nothing typed along the way is lost, and all three copies agree.
        for (const QJsonObject &record : {server.value(u"data"_s).toObject(),
                                          cached(*a, patients, id), cached(*b, patients, id)}) {
            QVERIFY2(record.value(u"preferred_name"_s) == u"Ali"_s &&
                         record.value(u"phone"_s) == u"+1 555 0100"_s &&
                         record.value(u"pronouns"_s) == u"they/them"_s,
                     qPrintable(json(record)));
        }
        QCOMPARE(cached(*a, patients, id), cached(*b, patients, id));
        QVERIFY(pendingOf(*a).isEmpty() && pendingOf(*b).isEmpty());
    }

    // DESIGN §5/§7: a signed note is immutable in the cache, in the repository and on the
    // server; a change the server refuses stays in the journal with the server's code.
    void signedNoteStaysImmutableEndToEnd()
    {
        // One clinician on two workstations.
        const QByteArray cole = account(u"dr.cole"_s);
        QVERIFY(!cole.isEmpty());
        QString error;
        auto a = station(u"A-cole"_s);
        auto b = station(u"B-cole"_s);
        QVERIFY2(a->signIn(u"dr.cole"_s, SyncTestBed::password(), &error), qPrintable(error));
        QVERIFY2(b->signIn(u"dr.cole"_s, SyncTestBed::password(), &error), qPrintable(error));

        const Patient patient = newPatient(a->userId(), u"Okoro"_s);
        QVERIFY(PatientRepository(a->db()).create(patient));
        ClinicalNote note;
        note.meta = RecordMeta::create(a->userId());
        note.patientId = patient.meta.id;
        note.type = ClinicalNote::Type::Progress;
        note.title = u"Follow-up"_s;
        note.body = u"Mood improving; sleeping seven hours."_s;
        const QUuid noteId = note.meta.id;
        auto saved = ClinicalNoteRepository(a->db()).saveDraft(note);
        QVERIFY2(saved, qPrintable(saved ? QString() : problem(saved.error())));
        VERIFY_SYNCED(*a);
        VERIFY_SYNCED(*b);
        auto onB = ClinicalNoteRepository(b->db()).load(noteId);
        QVERIFY(onB && onB.value());
        QCOMPARE(onB.value()->status, ClinicalNote::Status::Draft);

        // A signs and syncs: the note is final on the server.
        auto signedNote = ClinicalNoteRepository(a->db()).sign(noteId, a->userId(),
                                                               QDateTime::currentDateTimeUtc());
        QVERIFY2(signedNote, qPrintable(signedNote ? QString() : problem(signedNote.error())));
        VERIFY_SYNCED(*a);
        QJsonObject server = onServer(cole, u"clinical_note"_s, noteId);
        QCOMPARE(server.value(u"data"_s).toObject().value(u"status"_s).toString(), u"signed"_s);
        const qint64 signedVersion = server.value(u"version"_s).toInteger();

        // On A every local way to change it is refused, and nothing is queued.
        ClinicalNoteRepository notesOnA(a->db());
        ClinicalNote rewrite = *notesOnA.load(noteId).value();
        rewrite.body = u"Rewritten after signing"_s;
        QVERIFY(!notesOnA.saveDraft(rewrite));
        rewrite.status = ClinicalNote::Status::Draft;
        rewrite.signedAt = {};
        rewrite.signedBy = {};
        auto refused = notesOnA.saveDraft(rewrite);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, RepositoryError::Kind::Final);
        auto signedAgain = notesOnA.sign(noteId, a->userId(), QDateTime::currentDateTimeUtc());
        QVERIFY(!signedAgain);
        QCOMPARE(signedAgain.error().kind, RepositoryError::Kind::Final);
        // Below the repository too: the record store refuses to change a final record.
        RecordStore rawNotesOnA(a->db(), CacheTables::clinicalNotes());
        QJsonObject raw = cached(*a, CacheTables::clinicalNotes(), noteId);
        raw.insert(u"body"_s, u"Rewritten after signing"_s);
        auto rawUpdate = rawNotesOnA.update(raw);
        QVERIFY(!rawUpdate);
        QCOMPARE(rawUpdate.error().kind, RecordStore::Error::Kind::Final);
        auto rawRemove = rawNotesOnA.remove(idText(noteId));
        QVERIFY(!rawRemove);
        QCOMPARE(rawRemove.error().kind, RecordStore::Error::Kind::Final);
        QVERIFY2(pendingOf(*a).isEmpty(), qPrintable(json(pendingOf(*a))));

        // B still holds the draft and edits it offline: allowed there, refused by the server.
        ClinicalNote late = *onB.value();
        late.body = u"Mood improving; sleeping seven hours. Added on B."_s;
        QVERIFY(ClinicalNoteRepository(b->db()).saveDraft(late));
        VERIFY_SYNCED(*b);
        QList<JournalEntry> rejected = rejectedOf(*b);
        QVERIFY2(rejected.size() == 1, qPrintable(json(rejected)));
        QCOMPARE(rejected.at(0).entityId, idText(noteId));
        QCOMPARE(rejected.at(0).rejectCode, u"immutable"_s);
        QVERIFY(!rejected.at(0).rejectDetail.isEmpty());
        // What B typed is still there to read, in the rejected entry.
        QCOMPARE(rejected.at(0).fields.value(u"body"_s)[u"new"].toString(), late.body);
        QVERIFY(pendingOf(*b).isEmpty());
        server = onServer(cole, u"clinical_note"_s, noteId);
        QCOMPARE(server.value(u"data"_s).toObject().value(u"body"_s).toString(), note.body);
        QCOMPARE(server.value(u"version"_s).toInteger(), signedVersion);
        // B's cache now has the signed note, as the server keeps it.
        const QJsonObject bCopy = cached(*b, CacheTables::clinicalNotes(), noteId);
        QCOMPARE(bCopy.value(u"status"_s).toString(), u"signed"_s);
        QCOMPARE(bCopy.value(u"body"_s).toString(), note.body);

        // A deletion forged straight into B's journal (no local path makes one any more): the
        // server refuses it as well, and it stays visible beside the first.
        JournalEntry forged;
        forged.changeId = idText(QUuid::createUuid());
        forged.entity = u"clinical_note"_s;
        forged.entityId = idText(noteId);
        forged.op = JournalEntry::Op::Delete;
        forged.baseVersion = signedVersion;
        forged.createdAt = QDateTime::currentMSecsSinceEpoch();
        {
            nm::core::WriteTransaction transaction(b->db());
            QVERIFY(transaction.begin());
            QVERIFY(ChangeJournal(b->db()).append(forged));
            QVERIFY(transaction.commit());
        }
        VERIFY_SYNCED(*b);
        rejected = rejectedOf(*b);
        QVERIFY2(rejected.size() == 2, qPrintable(json(rejected)));
        QCOMPARE(rejected.at(1).changeId, forged.changeId);
        QCOMPARE(rejected.at(1).rejectCode, u"immutable"_s);
        server = onServer(cole, u"clinical_note"_s, noteId);
        QCOMPARE(server.value(u"deleted"_s).toBool(), false);
        QCOMPARE(server.value(u"version"_s).toInteger(), signedVersion);

        // Rejected entries are not sent again.
        const Workstation::Outcome again = b->sync();
        QVERIFY2(again.synced(), qPrintable(again.describe()));
        QCOMPARE(again.pushed, qint64(0));
        QCOMPARE(rejectedOf(*b).size(), 2);
    }

    // A deletes a medication; B, offline from the version before, changes its dose. The server
    // answers B with a conflict on `deleted` (server/sync/SyncStore.cpp): the deletion stands,
    // and B's dose must not vanish — it stays on B for the clinician to see.
    void editOfADeletedRecordIsNotLost()
    {
        const QByteArray ema = account(u"dr.ema"_s);
        QVERIFY(!ema.isEmpty());
        QString error;
        auto a = station(u"A-ema"_s);
        auto b = station(u"B-ema"_s);
        QVERIFY2(a->signIn(u"dr.ema"_s, SyncTestBed::password(), &error), qPrintable(error));
        QVERIFY2(b->signIn(u"dr.ema"_s, SyncTestBed::password(), &error), qPrintable(error));
        const Patient patient = newPatient(a->userId(), u"Haddad"_s);
        QVERIFY(PatientRepository(a->db()).create(patient));
        const Medication medication =
            newMedication(a->userId(), patient.meta.id, u"sertraline"_s, 50);
        const QUuid id = medication.meta.id;
        QVERIFY(MedicationRepository(a->db()).create(medication));
        VERIFY_SYNCED(*a);
        VERIFY_SYNCED(*b);
        QCOMPARE(cached(*b, CacheTables::medications(), id).value(u"version"_s).toInteger(), 1);

        auto removed = MedicationRepository(a->db()).remove(id);
        QVERIFY2(removed, qPrintable(removed ? QString() : problem(removed.error())));
        VERIFY_SYNCED(*a);
        QVERIFY(onServer(ema, u"medication"_s, id).value(u"deleted"_s).toBool());

        error = editMedication(*b, id, [](Medication &m) { m.dose = 75; });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        VERIFY_SYNCED(*b);
        const QJsonObject server = onServer(ema, u"medication"_s, id);
        QVERIFY2(server.value(u"deleted"_s).toBool(), qPrintable(json(server)));
        QCOMPARE(server.value(u"data"_s).toObject().value(u"dose"_s).toDouble(), 50.0);

        const QList<SyncConflict> conflicts = conflictsOf(*b);
        const auto deletedConflict =
            std::find_if(conflicts.cbegin(), conflicts.cend(), [&](const SyncConflict &c) {
                return c.recordId == idText(id) && c.field == "deleted"_L1;
            });
        QVERIFY2(deletedConflict != conflicts.cend(), qPrintable(json(conflicts)));
        QCOMPARE(deletedConflict->serverValue, QJsonValue(true));
        QCOMPARE(deletedConflict->clientValue, QJsonValue(false));

        // The dose B typed (75) must still be on B: as the clinician's value of a conflict, or
        // as a change still in the journal.
        bool kept = std::any_of(conflicts.cbegin(), conflicts.cend(), [&](const SyncConflict &c) {
            return c.recordId == idText(id) && c.field == "dose"_L1 &&
                   c.clientValue == QJsonValue(75);
        });
        for (const JournalEntry &entry : pendingOf(*b) + rejectedOf(*b))
            kept |= entry.entityId == idText(id) &&
                    entry.fields.value(u"dose"_s)[u"new"] == QJsonValue(75);
        QVERIFY2(kept, qPrintable(u"B's dose 75 is nowhere on B. Cache: "_s +
                                  json(cached(*b, CacheTables::medications(), id)) +
                                  u"; conflicts: "_s + json(conflicts) + u"; journal: "_s +
                                  json(pendingOf(*b) + rejectedOf(*b))));
    }

    // The mirror case: A changes the dose, B deletes from the version before. The server keeps
    // the medication (conflict on `deleted`); if the clinician on B insists ("use mine"), the
    // deletion must go out as a new change and reach the server.
    void staleDeleteResolvedAsMineReachesTheServer()
    {
        const QByteArray eli = account(u"dr.eli"_s);
        QVERIFY(!eli.isEmpty());
        QString error;
        auto a = station(u"A-eli"_s);
        auto b = station(u"B-eli"_s);
        QVERIFY2(a->signIn(u"dr.eli"_s, SyncTestBed::password(), &error), qPrintable(error));
        QVERIFY2(b->signIn(u"dr.eli"_s, SyncTestBed::password(), &error), qPrintable(error));
        const Patient patient = newPatient(a->userId(), u"Lindgren"_s);
        QVERIFY(PatientRepository(a->db()).create(patient));
        const Medication medication =
            newMedication(a->userId(), patient.meta.id, u"lithium carbonate"_s, 300);
        const QUuid id = medication.meta.id;
        QVERIFY(MedicationRepository(a->db()).create(medication));
        VERIFY_SYNCED(*a);
        VERIFY_SYNCED(*b);

        error = editMedication(*a, id, [](Medication &m) { m.dose = 450; });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        VERIFY_SYNCED(*a);
        QVERIFY(MedicationRepository(b->db()).remove(id));
        VERIFY_SYNCED(*b);
        QJsonObject server = onServer(eli, u"medication"_s, id);
        QCOMPARE(server.value(u"deleted"_s).toBool(), false);
        QCOMPARE(server.value(u"data"_s).toObject().value(u"dose"_s).toDouble(), 450.0);
        // B's cache shows the server's medication, and the deletion waits in a conflict.
        const QJsonObject onB = cached(*b, CacheTables::medications(), id);
        QVERIFY2(!onB.value(u"deleted"_s).toBool() && onB.value(u"dose"_s).toDouble() == 450.0,
                 qPrintable(json(onB)));
        const QList<SyncConflict> conflicts = conflictsOf(*b);
        QVERIFY2(conflicts.size() == 1 && conflicts.at(0).field == "deleted"_L1 &&
                     conflicts.at(0).serverValue == QJsonValue(false) &&
                     conflicts.at(0).clientValue == QJsonValue(true),
                 qPrintable(json(conflicts)));

        auto resolved =
            ConflictStore(b->db()).resolve(conflicts.at(0).id, ConflictStore::Resolution::UseMine);
        QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error()));
        const QList<JournalEntry> queued = pendingOf(*b);
        QVERIFY2(queued.size() == 1 && queued.at(0).op == JournalEntry::Op::Delete,
                 qPrintable(u"\"use mine\" on a deletion queued: ["_s + json(queued) +
                            u"]; B's cache: "_s +
                            json(cached(*b, CacheTables::medications(), id))));
        VERIFY_SYNCED(*b);
        server = onServer(eli, u"medication"_s, id);
        QVERIFY2(server.value(u"deleted"_s).toBool(), qPrintable(json(server)));
    }

    // A rejected change stays in the journal with the server's code and reason; the changes
    // around it in the same push are applied.
    void rejectedChangeStaysVisibleAndTheRestApplies()
    {
        const QByteArray fox = account(u"dr.fox"_s);
        QVERIFY(!fox.isEmpty());
        QString error;
        auto a = station(u"A-fox"_s);
        QVERIFY2(a->signIn(u"dr.fox"_s, SyncTestBed::password(), &error), qPrintable(error));
        const Patient patient = newPatient(a->userId(), u"Nakamura"_s);
        const QUuid id = patient.meta.id;
        QVERIFY(PatientRepository(a->db()).create(patient));
        VERIFY_SYNCED(*a);

        // Offline: valid, invalid, valid, valid, invalid. The repositories refuse the invalid
        // ones, so those are written below them (RecordStore: row and journal entry, no
        // validation) — what a buggy or older workstation could queue.
        error = editPatient(*a, id, [](Patient &p) { p.phone = u"+1 555 0123"_s; });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Medication negative = newMedication(a->userId(), id, u"quetiapine"_s, -5);
        auto refused = MedicationRepository(a->db()).create(negative);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, RepositoryError::Kind::Invalid);
        QVERIFY(RecordStore(a->db(), CacheTables::medications()).create(negative.toJson()));
        const Medication valid = newMedication(a->userId(), id, u"bupropion"_s, 150);
        QVERIFY(MedicationRepository(a->db()).create(valid));
        error = editPatient(*a, id, [](Patient &p) { p.pronouns = u"she/her"_s; });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = editPatient(*a, id, [](Patient &p) { p.dateOfBirth = QDate(2999, 1, 1); });
        QVERIFY2(!error.isEmpty(), "the repository took a date of birth in the future");
        QJsonObject future = cached(*a, CacheTables::patients(), id);
        future.insert(u"date_of_birth"_s, u"2999-01-01"_s);
        QVERIFY(RecordStore(a->db(), CacheTables::patients()).update(future));
        QCOMPARE(pendingOf(*a).size(), 5);

        const Workstation::Outcome outcome = a->sync();
        QVERIFY2(outcome.synced(), qPrintable(outcome.describe()));
        QCOMPARE(outcome.pushed, qint64(5));
        const QList<JournalEntry> rejected = rejectedOf(*a);
        QVERIFY2(rejected.size() == 2, qPrintable(json(rejected)));
        QCOMPARE(rejected.at(0).entityId, idText(negative.meta.id));
        QCOMPARE(rejected.at(0).op, JournalEntry::Op::Create);
        QCOMPARE(rejected.at(0).rejectCode, u"invalid"_s);
        QVERIFY(!rejected.at(0).rejectDetail.isEmpty());
        QCOMPARE(rejected.at(1).entityId, idText(id));
        QCOMPARE(rejected.at(1).fields.value(u"date_of_birth"_s)[u"new"].toString(),
                 u"2999-01-01"_s);
        QCOMPARE(rejected.at(1).rejectCode, u"invalid"_s);
        // The fields the server named are kept, so the workstation can point at them.
        QVERIFY2(rejected.at(0).rejectErrors.contains(u"dose"),
                 qPrintable(rejected.at(0).rejectErrors.toString()));
        QVERIFY2(rejected.at(1).rejectErrors.contains(u"date_of_birth"),
                 qPrintable(rejected.at(1).rejectErrors.toString()));
        QVERIFY(!rejected.at(1).rejectErrors.messagesFor(u"date_of_birth").constFirst().isEmpty());
        QVERIFY(pendingOf(*a).isEmpty());

        const auto records = m_bed->pullAll(fox);
        QVERIFY2(records, qPrintable(records ? QString() : records.error()));
        const QJsonObject server = records.value().value(u"patient"_s).value(idText(id));
        const QJsonObject data = server.value(u"data"_s).toObject();
        QCOMPARE(data.value(u"phone"_s).toString(), u"+1 555 0123"_s);
        QCOMPARE(data.value(u"pronouns"_s).toString(), u"she/her"_s);
        QCOMPARE(data.value(u"date_of_birth"_s).toString(), u"1988-04-12"_s);
        QCOMPARE(server.value(u"version"_s).toInteger(), 3);
        const auto medications = records.value().value(u"medication"_s);
        QVERIFY(medications.contains(idText(valid.meta.id)));
        QVERIFY(!medications.contains(idText(negative.meta.id)));
        // The cache follows the server's patient again.
        QCOMPARE(cached(*a, CacheTables::patients(), id).value(u"date_of_birth"_s).toString(),
                 u"1988-04-12"_s);

        // Nothing is sent again, and the rejections stay until the clinician deals with them.
        const Workstation::Outcome again = a->sync();
        QVERIFY2(again.synced(), qPrintable(again.describe()));
        QCOMPARE(again.pushed, qint64(0));
        QCOMPARE(rejectedOf(*a).size(), 2);
    }

    // DESIGN §7: a page and the cursor after it are committed together, so an interrupted pull
    // resumes after the last page it applied and never applies one twice.
    void pullResumesAfterInterruption()
    {
        auto proxy = FaultProxy::start(m_bed->server().port());
        QVERIFY2(proxy, qPrintable(proxy ? QString() : proxy.error()));
        FaultProxy &faults = *proxy.value();
        faults.setFaultPathPrefix(u"/api/v1/sync"_s);
        SyncEngine::Options options;
        options.pageSize = PageSize;
        options.retry = false;
        auto w = station(u"N-okafor"_s, QUrl(u"http://127.0.0.1:%1"_s.arg(faults.port())), options);
        const QString demoPassword = QString::fromLatin1(nm::server::SeedDemoCommand::DemoPassword);
        QString error;
        QVERIFY2(w->signIn(u"nurse.okafor"_s, demoPassword, &error), qPrintable(error));

        // Three pages arrive; the fourth is answered by the server but the answer is lost, and
        // so is the answer to QNAM's own resend of it.
        using Fault = FaultProxy::Fault;
        faults.setPlan({Fault::none(), Fault::none(), Fault::none(), Fault::dropAfterForward(),
                        Fault::dropAfterForward()});
        const Workstation::Outcome first = w->sync();
        QVERIFY2(first.kind == Workstation::Outcome::Kind::Failed, qPrintable(first.describe()));
        QCOMPARE(first.pulled, 3 * PageSize);
        const auto stored = nm::core::SyncState(w->db()).cursor();
        QVERIFY(stored && !stored.value().isEmpty());
        const QString cursor = stored.value();
        qint64 applied = 0;
        for (const auto &[entity, table] : entityTables())
            applied += rowCount(*w, table);
        QCOMPARE(applied, 3 * PageSize);
        const auto sinceOf = [](const QByteArray &line) {
            return QUrlQuery(QUrl(QString::fromLatin1(line.mid(line.indexOf(' ') + 1))).query())
                .queryItemValue(u"since"_s);
        };
        const QList<QByteArray> interrupted = pullRequests(faults);
        QCOMPARE(interrupted.size(), 5);
        // The lost page was asked for from the stored cursor, twice.
        QCOMPARE(sinceOf(interrupted.at(3)), cursor);
        QCOMPARE(sinceOf(interrupted.at(4)), cursor);

        faults.resetCounters();
        const Workstation::Outcome second = w->sync();
        QVERIFY2(second.synced(), qPrintable(second.describe()));
        const QList<QByteArray> pulls = pullRequests(faults);
        QVERIFY(!pulls.isEmpty());
        // The resumed pass starts at the stored cursor, not at 0 and not a page later.
        QCOMPARE(sinceOf(pulls.constFirst()), cursor);

        QString failure;
        const QByteArray nurse = m_bed->accessToken(u"nurse.okafor"_s, demoPassword, &failure);
        QVERIFY2(!nurse.isEmpty(), qPrintable(failure));
        const auto everything = m_bed->pullAll(nurse);
        QVERIFY2(everything, qPrintable(everything ? QString() : everything.error()));
        qint64 total = 0;
        for (const auto &[entity, table] : entityTables()) {
            const qint64 onServer = everything.value().value(entity).size();
            total += onServer;
            QVERIFY2(rowCount(*w, table) == onServer,
                     qPrintable(u"%1: %2 in the cache, %3 on the server"_s.arg(table)
                                    .arg(rowCount(*w, table))
                                    .arg(onServer)));
        }
        // Every row came down exactly once over the two passes.
        QCOMPARE(first.pulled + second.pulled, total);
        QCOMPARE(qint64(pulls.size()), (total - 3 * PageSize + PageSize - 1) / PageSize);
        qInfo("%lld rows pulled: %lld before the interruption, %lld in %lld pages after", total,
              first.pulled, second.pulled, qint64(pulls.size()));
    }

    // DESIGN §7: retries with backoff through drops, delays, truncated answers and 5xx/429;
    // every change reaches the server exactly once, and a fresh workstation pulls the same
    // records.
    void changesSurviveNetworkFaults()
    {
        const QByteArray gray = account(u"dr.gray"_s);
        QVERIFY(!gray.isEmpty());
        auto proxy = FaultProxy::start(m_bed->server().port());
        QVERIFY2(proxy, qPrintable(proxy ? QString() : proxy.error()));
        FaultProxy &faults = *proxy.value();
        faults.setFaultPathPrefix(u"/api/v1/sync"_s);
        SyncEngine::Options options;
        // Small batches and pages, so there are many requests for the faults to hit.
        options.pushBatch = 5;
        options.pageSize = 10;
        options.retry = true;
        options.firstRetry = std::chrono::milliseconds(20);
        options.maxRetry = std::chrono::milliseconds(300);
        auto a = station(u"A-gray"_s, QUrl(u"http://127.0.0.1:%1"_s.arg(faults.port())), options);
        QString error;
        QVERIFY2(a->signIn(u"dr.gray"_s, SyncTestBed::password(), &error), qPrintable(error));
        a->api().setTimeout(std::chrono::milliseconds(5000));

        // 100 changes offline: 5 patients, 10 successive edits of each, 9 medications each.
        constexpr int Patients = 5;
        constexpr int Edits = 10;
        constexpr int Medications = 9;
        QList<QUuid> patients;
        QList<QUuid> medications;
        for (int p = 0; p < Patients; ++p) {
            const Patient patient = newPatient(a->userId(), u"Faultless %1"_s.arg(p));
            patients << patient.meta.id;
            QVERIFY(PatientRepository(a->db()).create(patient));
            for (int e = 1; e <= Edits; ++e) {
                error = editPatient(*a, patient.meta.id, [e](Patient &record) {
                    record.preferredName = u"Name %1"_s.arg(e);
                });
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
            for (int m = 0; m < Medications; ++m) {
                const Medication medication =
                    newMedication(a->userId(), patient.meta.id, u"medication %1"_s.arg(m), 10 + m);
                medications << medication.meta.id;
                QVERIFY(MedicationRepository(a->db()).create(medication));
            }
        }
        QCOMPARE(pendingOf(*a).size(), Patients * (1 + Edits + Medications));

        constexpr quint64 Seed = 20250611;
        faults.setRandomFaults(0.3, Seed,
                               QList<FaultProxy::Fault::Kind>{
                                   FaultProxy::Fault::Kind::DropBeforeForward,
                                   FaultProxy::Fault::Kind::DropAfterForward,
                                   FaultProxy::Fault::Kind::Delay,
                                   FaultProxy::Fault::Kind::TruncateResponse,
                                   FaultProxy::Fault::Kind::Status,
                               });
        const Workstation::Outcome faulty = a->sync(60000);
        QVERIFY2(faulty.synced(), qPrintable(faulty.describe() + u" (fault seed %1)"_s.arg(Seed)));
        // Which requests got which fault: a push whose answer was lost after the server applied
        // it is the case that makes the retry a replay ("duplicate").
        const QList<QByteArray> lines = faults.requestLines();
        const QList<FaultProxy::Fault> applied = faults.appliedFaults();
        int lostPushAnswers = 0;
        QStringList seen;
        for (qsizetype i = 0; i < lines.size() && i < applied.size(); ++i) {
            const FaultProxy::Fault::Kind kind = applied.at(i).kind;
            if (kind == FaultProxy::Fault::Kind::None)
                continue;
            const QByteArray &line = lines.at(i);
            seen << QString::fromLatin1(
                        line.left(line.contains('?') ? line.indexOf('?') : line.size())) +
                        u": "_s + applied.at(i).describe();
            lostPushAnswers += line.startsWith("POST /api/v1/sync/changes") &&
                               (kind == FaultProxy::Fault::Kind::DropAfterForward ||
                                kind == FaultProxy::Fault::Kind::TruncateResponse);
        }
        qInfo("%d faults in %d requests (seed %llu), %lld failures retried by the engine:\n  %s",
              faults.faultsInjected(), faults.requestsSeen(), Seed, qint64(faulty.retried.size()),
              qPrintable(seen.join(u"\n  "_s)));
        QVERIFY2(lostPushAnswers > 0, "this seed loses no push answer; choose another");

        faults.setRandomFaults(0, 0, QList<FaultProxy::Fault::Kind>{});
        const Workstation::Outcome calm = a->sync();
        QVERIFY2(calm.synced(), qPrintable(calm.describe()));
        QCOMPARE(calm.pushed, qint64(0));
        QVERIFY2(pendingOf(*a).isEmpty() && rejectedOf(*a).isEmpty(),
                 qPrintable(json(pendingOf(*a) + rejectedOf(*a))));
        QVERIFY2(conflictsOf(*a).isEmpty(), qPrintable(json(conflictsOf(*a))));

        // Exactly once: each accepted write bumps a version, so a patient is at 1 + Edits and a
        // medication at 1, with the last value typed.
        const auto records = m_bed->pullAll(gray);
        QVERIFY2(records, qPrintable(records ? QString() : records.error()));
        QCOMPARE(records.value().value(u"patient"_s).size(), Patients);
        QCOMPARE(records.value().value(u"medication"_s).size(), Patients * Medications);
        for (const QUuid &id : std::as_const(patients)) {
            const QJsonObject server = records.value().value(u"patient"_s).value(idText(id));
            QVERIFY2(server.value(u"version"_s).toInteger() == 1 + Edits &&
                         server.value(u"data"_s).toObject().value(u"preferred_name"_s) ==
                             u"Name %1"_s.arg(Edits),
                     qPrintable(json(server)));
        }
        for (const QUuid &id : std::as_const(medications))
            QCOMPARE(records.value()
                         .value(u"medication"_s)
                         .value(idText(id))
                         .value(u"version"_s)
                         .toInteger(),
                     1);

        // A fresh workstation pulling everything has the very same records as A.
        auto c = station(u"C-gray"_s);
        QVERIFY2(c->signIn(u"dr.gray"_s, SyncTestBed::password(), &error), qPrintable(error));
        VERIFY_SYNCED(*c);
        for (const RecordTable &table :
             {CacheTables::patients(), CacheTables::medications(), CacheTables::clinicalNotes(),
              CacheTables::assessments(), CacheTables::appointments()}) {
            const QList<QJsonObject> onA = cachedAll(*a, table);
            const QList<QJsonObject> onC = cachedAll(*c, table);
            QCOMPARE(onA.size(), onC.size());
            for (qsizetype i = 0; i < onA.size(); ++i)
                QVERIFY2(onA.at(i) == onC.at(i),
                         qPrintable(u"%1\nA: %2\nC: %3"_s.arg(table.table, json(onA.at(i)),
                                                              json(onC.at(i)))));
        }
    }

    // A record the clinician edits while a pull is on its way is skipped by that pull (their
    // version stays on screen, SyncEngine::applyPage). Once the edit has been answered, the cache
    // must hold the server's record again, with what others changed meanwhile.
    void recordEditedDuringAPullCatchesUpAfterwards()
    {
        const QByteArray iris = account(u"dr.iris"_s);
        QVERIFY(!iris.isEmpty());
        auto proxy = FaultProxy::start(m_bed->server().port());
        QVERIFY2(proxy, qPrintable(proxy ? QString() : proxy.error()));
        FaultProxy &faults = *proxy.value();
        faults.setFaultPathPrefix(u"/api/v1/sync"_s);
        SyncEngine::Options options;
        options.retry = false;
        auto a = station(u"A-iris"_s, QUrl(u"http://127.0.0.1:%1"_s.arg(faults.port())), options);
        auto b = station(u"B-iris"_s);
        QString error;
        QVERIFY2(a->signIn(u"dr.iris"_s, SyncTestBed::password(), &error), qPrintable(error));
        QVERIFY2(b->signIn(u"dr.iris"_s, SyncTestBed::password(), &error), qPrintable(error));
        const Patient patient = newPatient(a->userId(), u"Castillo"_s);
        const QUuid id = patient.meta.id;
        QVERIFY(PatientRepository(a->db()).create(patient));
        VERIFY_SYNCED(*a);
        VERIFY_SYNCED(*b);

        // B changes two fields.
        error = editPatient(*b, id, [](Patient &p) {
            p.phone = u"+1 555 0111"_s;
            p.pronouns = u"he/him"_s;
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        VERIFY_SYNCED(*b);

        // A's next pull is held up in the proxy; meanwhile the clinician on A changes the phone.
        faults.resetCounters();
        faults.setPlan({FaultProxy::Fault::delay(800)});
        QTimer watch;
        QString edited = u"the pull never came"_s;
        QObject::connect(&watch, &QTimer::timeout, &watch, [&] {
            if (pullRequests(faults).isEmpty())
                return;
            watch.stop();
            edited = editPatient(*a, id, [](Patient &p) { p.phone = u"+1 555 0222"_s; });
        });
        watch.start(10);
        VERIFY_SYNCED(*a);
        QVERIFY2(edited.isEmpty(), qPrintable(edited));

        // A's edit goes out: the phone conflicts (B's came first) and the server keeps B's.
        VERIFY_SYNCED(*a);
        const QJsonObject server = onServer(iris, u"patient"_s, id);
        QCOMPARE(server.value(u"data"_s).toObject().value(u"phone"_s).toString(), u"+1 555 0111"_s);
        QCOMPARE(server.value(u"data"_s).toObject().value(u"pronouns"_s).toString(), u"he/him"_s);
        const QList<SyncConflict> conflicts = conflictsOf(*a);
        QVERIFY2(conflicts.size() == 1 && conflicts.at(0).field == "phone"_L1 &&
                     conflicts.at(0).clientValue == QJsonValue(u"+1 555 0222"_s),
                 qPrintable(json(conflicts)));
        // A's cache is the server's record again, B's pronouns included.
        const QJsonObject onA = cached(*a, CacheTables::patients(), id);
        QVERIFY2(onA.value(u"pronouns"_s) == u"he/him"_s &&
                     onA.value(u"version"_s) == server.value(u"version"_s),
                 qPrintable(u"A: "_s + json(onA) + u"\nserver: "_s + json(server)));
    }

    // One clinician signs the same draft on two workstations. The second signature is refused
    // (immutable) and stays visible; the second workstation must still finish its sync and
    // show the note as the server keeps it.
    void twoWorkstationsSignTheSameDraft()
    {
        const QByteArray jude = account(u"dr.jude"_s);
        QVERIFY(!jude.isEmpty());
        QString error;
        auto a = station(u"A-jude"_s);
        auto b = station(u"B-jude"_s);
        QVERIFY2(a->signIn(u"dr.jude"_s, SyncTestBed::password(), &error), qPrintable(error));
        QVERIFY2(b->signIn(u"dr.jude"_s, SyncTestBed::password(), &error), qPrintable(error));
        const Patient patient = newPatient(a->userId(), u"Ferreira"_s);
        QVERIFY(PatientRepository(a->db()).create(patient));
        ClinicalNote note;
        note.meta = RecordMeta::create(a->userId());
        note.patientId = patient.meta.id;
        note.title = u"Intake"_s;
        note.body = u"Presenting with low mood for three months."_s;
        const QUuid noteId = note.meta.id;
        QVERIFY(ClinicalNoteRepository(a->db()).saveDraft(note));
        VERIFY_SYNCED(*a);
        VERIFY_SYNCED(*b);

        QVERIFY(ClinicalNoteRepository(b->db()).sign(noteId, b->userId(),
                                                     QDateTime::currentDateTimeUtc()));
        VERIFY_SYNCED(*b);
        QTest::qWait(5); // a signing time of its own
        QVERIFY(ClinicalNoteRepository(a->db()).sign(noteId, a->userId(),
                                                     QDateTime::currentDateTimeUtc()));
        const Workstation::Outcome outcome = a->sync();
        const QList<JournalEntry> rejected = rejectedOf(*a);
        QVERIFY2(rejected.size() == 1 && rejected.at(0).rejectCode == "immutable"_L1,
                 qPrintable(json(rejected)));
        QVERIFY2(outcome.synced(), qPrintable(u"A: "_s + outcome.describe()));
        const QJsonObject server = onServer(jude, u"clinical_note"_s, noteId);
        QJsonObject onA = cached(*a, CacheTables::clinicalNotes(), noteId);
        QCOMPARE(onA.value(u"signed_at"_s),
                 server.value(u"data"_s).toObject().value(u"signed_at"_s));
        QCOMPARE(onA.value(u"version"_s), server.value(u"version"_s));
    }

    // B changes a draft's text; A, which has not seen that change, signs its copy. A signature
    // must cover the text the signer read: the server may not end up with a note signed by A
    // whose body A never saw, and A's sync must not get stuck on the note.
    void signingCoversOnlyTheTextTheSignerSaw()
    {
        const QByteArray kai = account(u"dr.kai"_s);
        QVERIFY(!kai.isEmpty());
        QString error;
        auto a = station(u"A-kai"_s);
        auto b = station(u"B-kai"_s);
        QVERIFY2(a->signIn(u"dr.kai"_s, SyncTestBed::password(), &error), qPrintable(error));
        QVERIFY2(b->signIn(u"dr.kai"_s, SyncTestBed::password(), &error), qPrintable(error));
        const Patient patient = newPatient(a->userId(), u"Mwangi"_s);
        QVERIFY(PatientRepository(a->db()).create(patient));
        ClinicalNote note;
        note.meta = RecordMeta::create(a->userId());
        note.patientId = patient.meta.id;
        note.title = u"Crisis contact"_s;
        note.body = u"Denies suicidal intent; safety plan reviewed."_s;
        const QUuid noteId = note.meta.id;
        QVERIFY(ClinicalNoteRepository(a->db()).saveDraft(note));
        VERIFY_SYNCED(*a);
        VERIFY_SYNCED(*b);

        ClinicalNote changed = *ClinicalNoteRepository(b->db()).load(noteId).value();
        changed.body = u"Reports passive suicidal thoughts; safety plan reviewed."_s;
        QVERIFY(ClinicalNoteRepository(b->db()).saveDraft(changed));
        VERIFY_SYNCED(*b);

        QVERIFY(ClinicalNoteRepository(a->db()).sign(noteId, a->userId(),
                                                     QDateTime::currentDateTimeUtc()));
        const Workstation::Outcome outcome = a->sync();
        const QJsonObject server = onServer(kai, u"clinical_note"_s, noteId);
        const QJsonObject data = server.value(u"data"_s).toObject();
        QVERIFY2(data.value(u"status"_s) != u"signed"_s || data.value(u"body"_s) == note.body,
                 qPrintable(u"the server holds a note signed on A with a text A never saw: "_s +
                            json(server)));
        QVERIFY2(outcome.synced(), qPrintable(u"A: "_s + outcome.describe()));
    }

    // DESIGN §4: a revoked device's next sync asks for the wipe; SyncRun, which owns the files,
    // deletes the cache, whether the refusal comes at sign-in or in the middle of a sync.
    // A pull while others push: every page must hold every change numbered before its cursor.
    // Changes are numbered when they are written but become visible when their transaction
    // commits; a page read between the two would move the cursor past a change it never saw,
    // and the reader would miss that row for good.
    void pushesDuringAPullAreNeverSkipped()
    {
        const QByteArray pace = account(u"dr.pace"_s);
        QVERIFY(!pace.isEmpty());
        QString error;
        auto writer = station(u"W-pace"_s);
        QVERIFY2(writer->signIn(u"dr.pace"_s, SyncTestBed::password(), &error), qPrintable(error));
        const Patient patient = newPatient(writer->userId(), u"Okonkwo"_s);
        QVERIFY(PatientRepository(writer->db()).create(patient));
        VERIFY_SYNCED(*writer);

        // Readings in batches, posted without waiting, so the server writes them while it
        // answers the reader's pages.
        QNetworkAccessManager network;
        int outstanding = 0;
        int posted = 0;
        QStringList problems;
        // Each batch: a medication, then readings. Pages read the tables one after another, so
        // a batch committed between those reads is where a skipped change would come from.
        const auto createChange = [](const QString &entity, const QUuid &id,
                                     const QJsonObject &json) {
            QJsonObject fields;
            for (auto it = json.begin(); it != json.end(); ++it) {
                if (!RecordMeta::jsonFields().contains(it.key()))
                    fields.insert(it.key(), QJsonObject{{u"old"_s, QJsonValue::Null},
                                                        {u"new"_s, it.value()}});
            }
            return QJsonObject{{u"change_id"_s, idText(QUuid::createUuid())},
                               {u"entity"_s, entity},
                               {u"id"_s, idText(id)},
                               {u"op"_s, u"create"_s},
                               {u"base_version"_s, 0},
                               {u"fields"_s, fields}};
        };
        const auto postBatch = [&] {
            QJsonArray changes;
            Medication medication;
            medication.meta = RecordMeta::create(writer->userId());
            medication.patientId = patient.meta.id;
            medication.name = u"Sertraline"_s;
            medication.dose = 50;
            medication.unit = u"mg"_s;
            medication.frequency = u"once daily"_s;
            medication.startDate = QDate::currentDate();
            changes.append(createChange(u"medication"_s, medication.meta.id, medication.toJson()));
            for (int i = 1; i < 10; ++i) {
                nm::core::Observation reading;
                reading.meta = RecordMeta::create(writer->userId());
                reading.patientId = patient.meta.id;
                reading.kind = nm::core::Observation::Kind::HeartRate;
                reading.at = QDateTime::currentDateTimeUtc().addSecs(-60 * (posted + i));
                reading.value = 60 + i;
                reading.unit = nm::core::Observation::unitFor(reading.kind);
                changes.append(createChange(u"observation"_s, reading.meta.id, reading.toJson()));
            }
            posted += 10;
            QNetworkRequest request(m_bed->baseUrl().resolved(QUrl(u"/api/v1/sync/changes"_s)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            request.setRawHeader("Authorization", "Bearer " + pace);
            QNetworkReply *reply =
                network.post(request, QJsonDocument(QJsonObject{{u"changes"_s, changes}}).toJson());
            ++outstanding;
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
                --outstanding;
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status != 200)
                    problems.append(
                        u"HTTP %1: %2"_s.arg(status).arg(QString::fromUtf8(reply->readAll())));
                reply->deleteLater();
            });
        };
        for (int i = 0; i < 30; ++i)
            postBatch();
        QTRY_COMPARE_WITH_TIMEOUT(outstanding, 0, 20000);

        SyncEngine::Options small;
        small.pageSize = 20; // about 15 pages before the new ones
        small.retry = false;
        auto reader = station(u"R-pace"_s, {}, small);
        QVERIFY2(reader->signIn(u"dr.pace"_s, SyncTestBed::password(), &error), qPrintable(error));
        QTimer writing;
        QObject::connect(&writing, &QTimer::timeout, &writing, [&] {
            if (outstanding < 4)
                postBatch();
        });
        writing.start(2);
        const Workstation::Outcome during = reader->sync();
        writing.stop();
        QVERIFY2(during.synced(), qPrintable(during.describe()));
        QTRY_COMPARE_WITH_TIMEOUT(outstanding, 0, 20000);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY2(posted > 320,
                 qPrintable(u"only %1 readings were posted during the pull"_s.arg(posted - 300)));

        // What was pushed during the pull arrives with the next one; nothing was skipped.
        VERIFY_SYNCED(*reader);
        const auto everything = m_bed->pullAll(pace);
        QVERIFY2(everything, qPrintable(everything ? QString() : everything.error()));
        for (const auto &[entity, table, perBatch] :
             {std::tuple(u"medication"_s, u"medications"_s, 1),
              std::tuple(u"observation"_s, u"observations"_s, 9)}) {
            qint64 onServer = 0;
            for (const QJsonObject &record : everything.value().value(entity)) {
                if (record.value(u"data"_s)[u"patient_id"] == idText(patient.meta.id))
                    ++onServer;
            }
            QCOMPARE(onServer, qint64(posted / 10 * perBatch));
            QSqlQuery count(reader->db());
            QVERIFY(count.exec(u"SELECT count(*) FROM %1 WHERE patient_id = '%2'"_s.arg(
                        table, idText(patient.meta.id))) &&
                    count.next());
            QVERIFY2(count.value(0).toLongLong() == onServer,
                     qPrintable(u"%1: %2 in the cache, %3 on the server"_s.arg(table)
                                    .arg(count.value(0).toLongLong())
                                    .arg(onServer)));
        }
    }

    void revokedDeviceIsWiped()
    {
        QVERIFY(!account(u"dr.hale"_s).isEmpty());
        QString error;
        auto a = station(u"A-hale"_s);
        QVERIFY2(a->signIn(u"dr.hale"_s, SyncTestBed::password(), &error), qPrintable(error));
        QVERIFY(PatientRepository(a->db()).create(newPatient(a->userId(), u"Quist"_s)));
        VERIFY_SYNCED(*a);

        error = revokeDevice(a->deviceId());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSignalSpy ended(&a->api(), &nm::core::ApiClient::sessionEnded);
        const Workstation::Outcome outcome = a->sync();
        QVERIFY2(outcome.kind == Workstation::Outcome::Kind::Wiped, qPrintable(outcome.describe()));
        QCOMPARE(outcome.error.code, u"device_revoked"_s);
        QVERIFY(outcome.error.mustWipe());
        QCOMPARE(ended.size(), 1);
        // The engine only asks: the files are still there for their owner to delete.
        QVERIFY(QFile::exists(a->cachePath()));
        a->close();

        const auto settingsFor = [](const QUrl &server, const QString &directory) {
            SyncRun::Settings settings;
            settings.server = server;
            settings.username = u"dr.hale"_s;
            settings.password = nm::core::SecureBuffer::fromUtf8(SyncTestBed::password());
            settings.cacheDirectory = directory;
            settings.timeoutMs = 10000;
            return settings;
        };
        const auto leftovers = [](const QString &directory) {
            QStringList found;
            for (const QString &name :
                 {u"cache.db"_s, u"cache.db-wal"_s, u"cache.db-shm"_s, u"device-id"_s}) {
                if (QFile::exists(QDir(directory).filePath(name)))
                    found << name;
            }
            return found;
        };

        // Refused at sign-in.
        SyncRun::Report report = SyncRun::run(settingsFor(m_bed->baseUrl(), a->directory()));
        QVERIFY2(report.outcome == SyncRun::Outcome::Wiped, qPrintable(report.message));
        QVERIFY2(leftovers(a->directory()).isEmpty(),
                 qPrintable(leftovers(a->directory()).join(u", "_s)));

        // Refused in the middle of a sync: signed in, then the device is revoked while the
        // first pull is held up in the proxy.
        auto proxy = FaultProxy::start(m_bed->server().port());
        QVERIFY2(proxy, qPrintable(proxy ? QString() : proxy.error()));
        FaultProxy &faults = *proxy.value();
        faults.setFaultPathPrefix(u"/api/v1/sync"_s);
        const QUrl viaProxy(u"http://127.0.0.1:%1"_s.arg(faults.port()));
        const QString second = m_caches.filePath(u"A2-hale"_s);
        report = SyncRun::run(settingsFor(viaProxy, second));
        QVERIFY2(report.outcome == SyncRun::Outcome::Synced, qPrintable(report.message));
        QVERIFY(QFile::exists(QDir(second).filePath(u"cache.db"_s)));
        const QUuid secondDevice = SyncRun::deviceId(second);

        faults.resetCounters();
        faults.setPlan({FaultProxy::Fault::delay(1500)});
        QTimer watch;
        QString revoked = u"not yet"_s;
        QObject::connect(&watch, &QTimer::timeout, &watch, [&] {
            for (const QByteArray &line : faults.requestLines()) {
                if (line.contains("/api/v1/sync/")) {
                    watch.stop();
                    revoked = revokeDevice(secondDevice);
                    return;
                }
            }
        });
        watch.start(10);
        report = SyncRun::run(settingsFor(viaProxy, second));
        QVERIFY2(revoked.isEmpty(), qPrintable(revoked));
        QVERIFY2(report.outcome == SyncRun::Outcome::Wiped, qPrintable(report.message));
        QVERIFY2(leftovers(second).isEmpty(), qPrintable(leftovers(second).join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
