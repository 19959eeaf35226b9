// The sync protocol against a real novamind-server (SQLite, and PostgreSQL in the _postgres
// run): two clinicians editing one chart, per-field conflicts, immutable records, rejected
// changes beside applied ones, idempotent retries, server-side rescoring, tombstones, paging
// and who sees what.

#include "core/domain/Assessment.h"
#include "core/domain/ClinicalNote.h"
#include "core/domain/Medication.h"
#include "core/domain/Patient.h"
#include "core/domain/RecordMeta.h"
#include "core/instruments/AssessmentScorer.h"
#include "core/instruments/InstrumentRegistry.h"
#include "tests/server/integration/ApiClient.h"
#include "tests/server/integration/ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using nm::test::ApiClient;
using nm::test::ServerProcess;

namespace {

const QString Password = u"sync suite passphrase"_s;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A record as the workstation's journal sends a create: every field {old: null, new: value},
// the meta fields left to the server.
QJsonObject createFields(QJsonObject record)
{
    for (const QString &meta : nm::core::RecordMeta::jsonFields())
        record.remove(meta);
    QJsonObject fields;
    for (auto it = record.begin(); it != record.end(); ++it)
        fields.insert(it.key(), QJsonObject{{u"old"_s, QJsonValue::Null}, {u"new"_s, it.value()}});
    return fields;
}

QJsonObject change(const QString &entity, const QString &id, const QString &op,
                   const QJsonObject &fields, qint64 baseVersion = 0)
{
    return {{u"change_id"_s, newId()},        {u"entity"_s, entity}, {u"id"_s, id}, {u"op"_s, op},
            {u"base_version"_s, baseVersion}, {u"fields"_s, fields}};
}

QJsonObject fieldChange(const QJsonValue &before, const QJsonValue &after)
{
    return {{u"old"_s, before}, {u"new"_s, after}};
}

QJsonObject medication(const QString &patientId, const QString &name, double dose)
{
    nm::core::Medication m;
    m.meta = nm::core::RecordMeta::create(QUuid::createUuid());
    m.patientId = QUuid::fromString(patientId);
    m.name = name;
    m.dose = dose;
    m.unit = u"mg"_s;
    m.frequency = u"once daily"_s;
    m.startDate = QDate::currentDate();
    return createFields(m.toJson());
}

nm::core::Patient patient()
{
    nm::core::Patient p;
    p.meta = nm::core::RecordMeta::create(QUuid::createUuid());
    p.mrn = u"MRN%1"_s.arg(QRandomGenerator::global()->bounded(100000, 999999));
    p.givenName = u"Alex"_s;
    p.familyName = u"Rivera"_s;
    p.dateOfBirth = QDate(1988, 4, 12);
    p.sexAtBirth = nm::core::Patient::SexAtBirth::Female;
    return p;
}

} // namespace

class TestSyncApi final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiClient> m_api;
    QByteArray m_kim; // psychiatrist, creates the chart
    QString m_kimId;
    QByteArray m_lee;  // nurse, added to the care team
    QByteArray m_osei; // psychiatrist, added to the care team: the second workstation
    QString m_oseiId;
    QByteArray m_park; // psychiatrist on no care team
    QByteArray m_admin;
    QString m_leeId;
    QString m_patientId;
    nm::core::InstrumentRegistry m_instruments =
        nm::core::InstrumentRegistry::loadBuiltIn().value();

    QByteArray signIn(const QString &username)
    {
        const ApiClient::Reply reply = m_api->login(username, Password);
        return reply.json().value(u"access_token"_s).toString().toLatin1();
    }

    QJsonArray push(const QByteArray &token, const QJsonArray &changes, int expectStatus = 200)
    {
        const ApiClient::Reply reply =
            m_api->post(u"/api/v1/sync/changes"_s, {{u"changes"_s, changes}}, token);
        if (reply.status != expectStatus)
            qWarning("push answered %s", qPrintable(reply.summary()));
        return reply.json().value(u"results"_s).toArray();
    }

    QJsonObject pushOne(const QByteArray &token, const QJsonObject &one)
    {
        const QJsonObject result = push(token, {one}).at(0).toObject();
        if (result.value(u"status"_s) == u"rejected"_s)
            qInfo("rejected: %s", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        return result;
    }

    // Pulls everything after \a cursor page by page; the records by id (last version wins).
    QHash<QString, QJsonObject> pullAll(const QByteArray &token, QString *cursor, int limit = 1000,
                                        int *pages = nullptr)
    {
        QHash<QString, QJsonObject> records;
        for (int page = 0; page < 1000; ++page) {
            const ApiClient::Reply reply = m_api->get(
                u"/api/v1/sync/changes?since=%1&limit=%2"_s.arg(*cursor).arg(limit), token);
            if (reply.status != 200) {
                qWarning("pull answered %s", qPrintable(reply.summary()));
                return records;
            }
            const QJsonObject body = reply.json();
            for (const QJsonValue &value : body.value(u"changes"_s).toArray())
                records.insert(value[u"id"].toString(), value.toObject());
            *cursor = body.value(u"next_cursor"_s).toString();
            if (pages)
                *pages = page + 1;
            if (!body.value(u"has_more"_s).toBool())
                break;
        }
        return records;
    }

    QJsonObject currentRecord(const QByteArray &token, const QString &id)
    {
        QString cursor = u"0"_s;
        return pullAll(token, &cursor).value(id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server =
            std::make_unique<ServerProcess>(QStringList{u"--mfa-required-roles"_s, u"none"_s});
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        const ServerProcess *server = m_server.get();
        m_api = std::make_unique<ApiClient>(
            [server](const QString &path) { return server->url(path); });
        m_kimId = m_server->addUser(u"dr.kim"_s, u"psychiatrist"_s, Password.toUtf8());
        QVERIFY(!m_kimId.isEmpty());
        m_leeId = m_server->addUser(u"nurse.lee"_s, u"nurse"_s, Password.toUtf8());
        QVERIFY(!m_leeId.isEmpty());
        QVERIFY(!m_server->addUser(u"dr.park"_s, u"psychiatrist"_s, Password.toUtf8()).isEmpty());
        m_oseiId = m_server->addUser(u"dr.osei"_s, u"psychiatrist"_s, Password.toUtf8());
        QVERIFY(!m_oseiId.isEmpty());
        QVERIFY(!m_server->addUser(u"admin"_s, u"admin"_s, Password.toUtf8()).isEmpty());
        m_kim = signIn(u"dr.kim"_s);
        m_lee = signIn(u"nurse.lee"_s);
        m_park = signIn(u"dr.park"_s);
        m_osei = signIn(u"dr.osei"_s);
        m_admin = signIn(u"admin"_s);
        QVERIFY(!m_kim.isEmpty() && !m_lee.isEmpty() && !m_park.isEmpty() && !m_osei.isEmpty() &&
                !m_admin.isEmpty());
    }

    void creatingAPatientPutsTheCreatorOnTheCareTeam()
    {
        const nm::core::Patient p = patient();
        m_patientId = p.meta.id.toString(QUuid::WithoutBraces);
        const QJsonObject result = pushOne(
            m_kim, change(u"patient"_s, m_patientId, u"create"_s, createFields(p.toJson())));
        QCOMPARE(result.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(result.value(u"version"_s).toInteger(), 1);

        const QJsonObject pulled = currentRecord(m_kim, m_patientId);
        QCOMPARE(pulled.value(u"entity"_s).toString(), u"patient"_s);
        QCOMPARE(pulled.value(u"version"_s).toInteger(), 1);
        const QJsonObject data = pulled.value(u"data"_s).toObject();
        QCOMPARE(data.value(u"family_name"_s).toString(), u"Rivera"_s);
        QCOMPARE(data.value(u"care_team"_s).toArray().size(), 1);
        // Nobody else sees the chart yet.
        QVERIFY(currentRecord(m_lee, m_patientId).isEmpty());
        QVERIFY(currentRecord(m_park, m_patientId).isEmpty());

        // The admin adds the nurse; her next pull brings the chart, whatever her cursor.
        QString leeCursor = u"0"_s;
        pullAll(m_lee, &leeCursor);
        const ApiClient::Reply assigned = m_api->send(
            "PUT", u"/api/v1/admin/patients/%1/care-team"_s.arg(m_patientId),
            QJsonDocument(
                QJsonObject{
                    {u"user_ids"_s,
                     QJsonArray{
                         pulled.value(u"data"_s).toObject().value(u"care_team"_s).toArray().at(0),
                         m_leeId, m_oseiId}}})
                .toJson(),
            m_admin);
        QCOMPARE(assigned.status, 200);
        QVERIFY(pullAll(m_lee, &leeCursor).contains(m_patientId));
    }

    void differentFieldsMergeAndTheSameFieldConflicts()
    {
        const QJsonObject base = currentRecord(m_kim, m_patientId);
        const qint64 version = base.value(u"version"_s).toInteger();
        // Two workstations edit from the same version: different fields both apply.
        QCOMPARE(
            pushOne(m_kim, change(u"patient"_s, m_patientId, u"update"_s,
                                  {{u"phone"_s, fieldChange(u""_s, u"+1 555 0100"_s)}}, version))
                .value(u"status"_s)
                .toString(),
            u"applied"_s);
        QCOMPARE(
            pushOne(m_osei, change(u"patient"_s, m_patientId, u"update"_s,
                                   {{u"pronouns"_s, fieldChange(u""_s, u"she/her"_s)}}, version))
                .value(u"status"_s)
                .toString(),
            u"applied"_s);
        QJsonObject data = currentRecord(m_kim, m_patientId).value(u"data"_s).toObject();
        QCOMPARE(data.value(u"phone"_s).toString(), u"+1 555 0100"_s);
        QCOMPARE(data.value(u"pronouns"_s).toString(), u"she/her"_s);

        // Both change the preferred name from the same old value: the later push conflicts,
        // the server keeps the first value and says what the clinician typed.
        QVERIFY(
            pushOne(m_kim, change(u"patient"_s, m_patientId, u"update"_s,
                                  {{u"preferred_name"_s, fieldChange(u""_s, u"Lex"_s)}}, version))
                .value(u"status"_s) == u"applied"_s);
        const QJsonObject later = pushOne(
            m_osei,
            change(u"patient"_s, m_patientId, u"update"_s,
                   {{u"preferred_name"_s, fieldChange(u""_s, u"Ali"_s)},
                    {u"allergies"_s, fieldChange(QJsonArray{}, QJsonArray{u"penicillin"_s})}},
                   version));
        QCOMPARE(later.value(u"status"_s).toString(), u"conflict"_s);
        const QJsonArray conflicts = later.value(u"conflicts"_s).toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0)[u"field"].toString(), u"preferred_name"_s);
        QCOMPARE(conflicts.at(0)[u"server_value"].toString(), u"Lex"_s);
        QCOMPARE(conflicts.at(0)[u"client_value"].toString(), u"Ali"_s);
        data = currentRecord(m_kim, m_patientId).value(u"data"_s).toObject();
        QCOMPARE(data.value(u"preferred_name"_s).toString(), u"Lex"_s);
        // The other field of the same change did apply.
        QCOMPARE(data.value(u"allergies"_s).toArray(), QJsonArray{u"penicillin"_s});
        // The care team is the administrators' to set.
        const QJsonObject owned = pushOne(
            m_kim,
            change(u"patient"_s, m_patientId, u"update"_s,
                   {{u"care_team"_s, fieldChange(data.value(u"care_team"_s), QJsonArray{})}}));
        QCOMPARE(owned.value(u"status"_s).toString(), u"conflict"_s);
    }

    void retriedChangesAreAnsweredOnceAndRejectionsStandAlone()
    {
        const QJsonObject edit = change(u"patient"_s, m_patientId, u"update"_s,
                                        {{u"gender_identity"_s, fieldChange(u""_s, u"woman"_s)}});
        const QJsonObject bad =
            change(u"patient"_s, m_patientId, u"update"_s,
                   {{u"date_of_birth"_s, fieldChange(u"1988-04-12"_s, u"2999-01-01"_s)}});
        const QJsonArray first = push(m_kim, {edit, bad});
        QCOMPARE(first.at(0)[u"status"].toString(), u"applied"_s);
        QCOMPARE(first.at(1)[u"status"].toString(), u"rejected"_s);
        QCOMPARE(first.at(1)[u"code"].toString(), u"invalid"_s);
        QCOMPARE(first.at(1)[u"errors"].toArray().at(0)[u"field"].toString(), u"date_of_birth"_s);
        const qint64 version = first.at(0)[u"version"].toInteger();

        // The answer was lost; the workstation sends the same batch again.
        const QJsonArray again = push(m_kim, {edit, bad});
        QCOMPARE(again.at(0)[u"status"].toString(), u"duplicate"_s);
        QCOMPARE(again.at(0)[u"version"].toInteger(), version);
        QCOMPARE(again.at(1)[u"status"].toString(), u"rejected"_s);
        QCOMPARE(currentRecord(m_kim, m_patientId).value(u"version"_s).toInteger(), version);

        // Someone without access, and a role without the permission, are refused per change.
        // A change id is its author's: another user replaying it learns nothing.
        QCOMPARE(pushOne(m_park, edit).value(u"code"_s).toString(), u"invalid_change"_s);
        const QJsonObject outsider = pushOne(
            m_park, change(u"patient"_s, m_patientId, u"update"_s,
                           {{u"phone"_s, fieldChange(u"+1 555 0100"_s, u"+1 555 0199"_s)}}));
        QCOMPARE(outsider.value(u"code"_s).toString(), u"not_on_care_team"_s);
        const QJsonObject nursePrescribes =
            pushOne(m_lee, change(u"medication"_s, newId(), u"create"_s,
                                  medication(m_patientId, u"sertraline"_s, 50)));
        QCOMPARE(nursePrescribes.value(u"code"_s).toString(), u"forbidden"_s);
    }

    // Nurses write no notes at all (DESIGN §7: clinical.write is the psychiatrist's).
    void signedNotesAreImmutableAndOnlyPsychiatristsSign()
    {
        nm::core::ClinicalNote note;
        note.meta = nm::core::RecordMeta::create(QUuid::createUuid());
        note.patientId = QUuid::fromString(m_patientId);
        note.title = u"Follow-up"_s;
        note.body = u"Mood improving; sleep better."_s;
        const QString id = note.meta.id.toString(QUuid::WithoutBraces);
        QCOMPARE(pushOne(m_osei,
                         change(u"clinical_note"_s, id, u"create"_s, createFields(note.toJson())))
                     .value(u"status"_s)
                     .toString(),
                 u"applied"_s);
        const QString signedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QJsonObject signing{{u"status"_s, fieldChange(u"draft"_s, u"signed"_s)},
                                  {u"signed_at"_s, fieldChange(QJsonValue::Null, signedAt)},
                                  {u"signed_by"_s, fieldChange(QJsonValue::Null, m_kimId)}};
        QCOMPARE(pushOne(m_lee, change(u"clinical_note"_s, id, u"update"_s, signing))
                     .value(u"code"_s)
                     .toString(),
                 u"forbidden"_s);
        // Signing from a version older than the one on the server (someone else's edit since)
        // would seal text the signer never saw: a conflict, nothing applied.
        const QJsonObject stale =
            pushOne(m_kim, change(u"clinical_note"_s, id, u"update"_s, signing));
        QCOMPARE(stale.value(u"status"_s).toString(), u"conflict"_s);
        QCOMPARE(stale.value(u"code"_s).toString(), u"changed_since_read"_s);
        QCOMPARE(pushOne(m_kim, change(u"clinical_note"_s, id, u"update"_s, signing, 1))
                     .value(u"status"_s)
                     .toString(),
                 u"applied"_s);
        const QJsonObject edit =
            pushOne(m_kim, change(u"clinical_note"_s, id, u"update"_s,
                                  {{u"body"_s, fieldChange(note.body, u"Rewritten"_s)}}));
        QCOMPARE(edit.value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(edit.value(u"code"_s).toString(), u"immutable"_s);
        const QJsonObject erase =
            pushOne(m_kim, change(u"clinical_note"_s, id, u"delete"_s, {}, 2));
        QCOMPARE(erase.value(u"code"_s).toString(), u"immutable"_s);
    }

    void completedAssessmentsAreRescoredByTheServer()
    {
        nm::core::Assessment phq9;
        phq9.meta = nm::core::RecordMeta::create(QUuid::createUuid());
        phq9.patientId = QUuid::fromString(m_patientId);
        phq9.instrumentId = u"phq9"_s;
        for (int item = 1; item <= 9; ++item)
            phq9.responses.append({QString::number(item), item == 9 ? 1.0 : 2.0});
        phq9.administeredAt = QDateTime::currentDateTimeUtc();
        phq9.status = nm::core::Assessment::Status::Completed;
        auto scored = nm::core::AssessmentScorer(m_instruments).score(phq9);
        QVERIFY2(scored, qPrintable(scored ? QString() : scored.error().toString()));
        nm::core::Assessment honest = scored.value();

        nm::core::Assessment tampered = honest;
        tampered.meta.id = QUuid::createUuid();
        tampered.totalScore = 3;
        tampered.band = u"minimal"_s;
        tampered.flags.clear();
        const QJsonObject refused =
            pushOne(m_lee, change(u"assessment"_s, tampered.meta.id.toString(QUuid::WithoutBraces),
                                  u"create"_s, createFields(tampered.toJson())));
        QCOMPARE(refused.value(u"code"_s).toString(), u"score_mismatch"_s);

        const QString id = honest.meta.id.toString(QUuid::WithoutBraces);
        QCOMPARE(
            pushOne(m_lee, change(u"assessment"_s, id, u"create"_s, createFields(honest.toJson())))
                .value(u"status"_s)
                .toString(),
            u"applied"_s);
        const QJsonObject data = currentRecord(m_kim, id).value(u"data"_s).toObject();
        QCOMPARE(data.value(u"total_score"_s).toDouble(), *honest.totalScore);
        QVERIFY(data.value(u"flags"_s).toArray().contains(honest.flags.value(0)));
        QCOMPARE(pushOne(m_kim, change(u"assessment"_s, id, u"update"_s,
                                       {{u"band"_s, fieldChange(honest.band, u"minimal"_s)}}))
                     .value(u"code"_s)
                     .toString(),
                 u"immutable"_s);
    }

    void deletesAreTombstonesAndEditVersusDeleteConflicts()
    {
        const QString id = newId();
        QCOMPARE(pushOne(m_kim, change(u"medication"_s, id, u"create"_s,
                                       medication(m_patientId, u"sertraline"_s, 50)))
                     .value(u"status"_s)
                     .toString(),
                 u"applied"_s);
        // One workstation changes the dose (version 2); another, still at version 1, deletes.
        QCOMPARE(pushOne(m_kim, change(u"medication"_s, id, u"update"_s,
                                       {{u"dose"_s, fieldChange(50, 100)}}, 1))
                     .value(u"version"_s)
                     .toInteger(),
                 2);
        const QJsonObject staleDelete =
            pushOne(m_kim, change(u"medication"_s, id, u"delete"_s, {}, 1));
        QCOMPARE(staleDelete.value(u"status"_s).toString(), u"conflict"_s);
        QVERIFY(!currentRecord(m_kim, id).value(u"deleted"_s).toBool());

        QCOMPARE(pushOne(m_kim, change(u"medication"_s, id, u"delete"_s, {}, 2))
                     .value(u"status"_s)
                     .toString(),
                 u"applied"_s);
        const QJsonObject tombstone = currentRecord(m_kim, id);
        QVERIFY(tombstone.value(u"deleted"_s).toBool());
        QCOMPARE(tombstone.value(u"version"_s).toInteger(), 3);
        // An edit made offline against the deleted record is a conflict, not lost.
        const QJsonObject late = pushOne(m_kim, change(u"medication"_s, id, u"update"_s,
                                                       {{u"dose"_s, fieldChange(100, 150)}}, 2));
        QCOMPARE(late.value(u"status"_s).toString(), u"conflict"_s);
        QCOMPARE(late.value(u"conflicts"_s).toArray().at(0)[u"field"].toString(), u"deleted"_s);
    }

    void pullPagesInChangeOrderAndResumes()
    {
        QJsonArray changes;
        for (int i = 0; i < 25; ++i)
            changes.append(change(u"medication"_s, newId(), u"create"_s,
                                  medication(m_patientId, u"medication %1"_s.arg(i), 10 + i)));
        for (const QJsonValue &result : push(m_kim, changes))
            QCOMPARE(result[u"status"].toString(), u"applied"_s);

        const ApiClient::Reply counted =
            m_api->get(u"/api/v1/sync/changes?since=0&limit=7&count=true"_s, m_kim);
        const qint64 total = counted.json().value(u"changes"_s).toArray().size() +
                             counted.json().value(u"remaining"_s).toInteger();
        // The next page's address is also in a Link header, so it can be asked for at once.
        QCOMPARE(counted.header("Link"),
                 "</api/v1/sync/changes?since=" +
                     counted.json().value(u"next_cursor"_s).toString().toLatin1() +
                     "&limit=7>; rel=\"next\"");
        QString cursor = u"0"_s;
        int pages = 0;
        const auto everything = pullAll(m_kim, &cursor, 7, &pages);
        QCOMPARE(qint64(everything.size()), total);
        QVERIFY(everything.size() >= 25);
        QVERIFY(pages >= 4);
        // Nothing new: an empty page, the same cursor.
        const ApiClient::Reply empty =
            m_api->get(u"/api/v1/sync/changes?since=%1"_s.arg(cursor), m_kim);
        QCOMPARE(empty.json().value(u"changes"_s).toArray().size(), 0);
        QCOMPARE(empty.json().value(u"next_cursor"_s).toString(), cursor);
        QCOMPARE(empty.json().value(u"has_more"_s).toBool(), false);
        QVERIFY(empty.header("Link").isEmpty()); // no next page

        QCOMPARE(m_api->get(u"/api/v1/sync/changes?limit=1001"_s, m_kim).code(),
                 u"invalid_query"_s);
        QCOMPARE(m_api->get(u"/api/v1/sync/changes?since=abc"_s, m_kim).code(), u"invalid_query"_s);
        QCOMPARE(m_api->post(u"/api/v1/sync/changes"_s, {{u"changes"_s, 5}}, m_kim).code(),
                 u"invalid_body"_s);
    }

    void auditBatchesAreStoredOnce()
    {
        const QJsonObject event{{u"id"_s, newId()},
                                {u"at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                {u"action"_s, u"chart.open"_s},
                                {u"patient_id"_s, m_patientId}};
        const ApiClient::Reply first =
            m_api->post(u"/api/v1/audit/events"_s, {{u"events"_s, QJsonArray{event}}}, m_kim);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(u"stored"_s).toInt(), 1);
        const ApiClient::Reply again =
            m_api->post(u"/api/v1/audit/events"_s, {{u"events"_s, QJsonArray{event}}}, m_kim);
        QCOMPARE(again.json().value(u"stored"_s).toInt(), 0);
        QCOMPARE(m_api
                     ->post(u"/api/v1/audit/events"_s,
                            {{u"events"_s, QJsonArray{QJsonObject{{u"action"_s, u"x"_s}}}}}, m_kim)
                     .code(),
                 u"invalid_body"_s);
    }
};

QTEST_GUILESS_MAIN(TestSyncApi)
#include "tst_syncapi.moc"
