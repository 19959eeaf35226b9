// The guarantees the cache schema itself gives, whatever code writes to it: clinical rows are
// never hard-deleted, signed notes and completed assessments are immutable, the note index
// follows the notes. Exercised with raw SQL on purpose.

#include "core/crypto/SecureBuffer.h"
#include "core/storage/CacheDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::CacheDatabase;
using nm::core::SecureBuffer;

namespace {

const QString KeyHex = u"0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"_s;
const QString Patient = u"6f1c7f2e-1d2b-4c3a-8e9f-0a1b2c3d4e5f"_s;

} // namespace

class TestClinicalSchema final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<CacheDatabase> m_cache;

    bool exec(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery q(m_cache->database());
        const bool ok = q.exec(sql);
        if (!ok && error)
            *error = q.lastError().databaseText();
        return ok;
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_cache->database());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

    void insertNote(const QString &id, const QString &status, const QString &body)
    {
        QSqlQuery q(m_cache->database());
        q.prepare(
            u"INSERT INTO clinical_notes (id, created_at, updated_at, doc, patient_id, type, "
            "status, title, body) VALUES (?, 1, 1, '{}', ?, 'progress', ?, 'Follow-up', ?)"_s);
        q.addBindValue(id);
        q.addBindValue(Patient);
        q.addBindValue(status);
        q.addBindValue(body);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int counter = 0;
        auto opened = CacheDatabase::open(m_dir.filePath(u"schema%1.db"_s.arg(++counter)),
                                          *SecureBuffer::fromHex(KeyHex));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_cache.emplace(std::move(opened.value()));
        QVERIFY(exec(u"INSERT INTO patients (id, created_at, updated_at, doc, mrn, family_name, "
                     "given_name) VALUES ('"_s +
                     Patient + u"', 1, 1, '{}', 'MRN0001', 'Doe', 'Jane')"_s));
    }

    void cleanup() { m_cache.reset(); }

    void clinicalRowsAreNeverHardDeleted_data()
    {
        QTest::addColumn<QString>("table");
        for (const char *table : {"patients", "clinical_notes", "assessments", "medications",
                                  "appointments", "observations"})
            QTest::newRow(table) << QString::fromLatin1(table);
    }

    void clinicalRowsAreNeverHardDeleted()
    {
        QFETCH(QString, table);
        insertNote(u"n1"_s, u"draft"_s, u"text"_s);
        QVERIFY(exec(u"INSERT INTO assessments (id, created_at, updated_at, doc, patient_id, "
                     "instrument_id, status) VALUES ('a1', 1, 1, '{}', '"_s +
                     Patient + u"', 'phq9', 'in_progress')"_s));
        QVERIFY(exec(u"INSERT INTO medications (id, created_at, updated_at, doc, patient_id, name) "
                     "VALUES ('m1', 1, 1, '{}', '"_s +
                     Patient + u"', 'sertraline')"_s));
        QVERIFY(exec(u"INSERT INTO appointments (id, created_at, updated_at, doc, patient_id, "
                     "start_at, duration_minutes, status) VALUES ('p1', 1, 1, '{}', '"_s +
                     Patient + u"', 1, 30, 'scheduled')"_s));
        QVERIFY(exec(u"INSERT INTO observations (id, created_at, updated_at, patient_id, kind, at, "
                     "value, unit) VALUES ('o1', 1, 1, '"_s +
                     Patient + u"', 'steps', 1, 4200, 'count')"_s));
        const int before = scalar("SELECT count(*) FROM "_L1 + table).toInt();
        QCOMPARE(before, 1);
        QString error;
        QVERIFY(!exec("DELETE FROM "_L1 + table, &error));
        QVERIFY2(error.contains(u"never deleted"_s), qPrintable(error));
        QCOMPARE(scalar("SELECT count(*) FROM "_L1 + table).toInt(), before);
        // The tombstone is the way.
        QVERIFY(exec("UPDATE "_L1 + table + " SET deleted = 1"_L1));
    }

    void signedNoteIsImmutable()
    {
        insertNote(u"n1"_s, u"signed"_s, u"Mood improved."_s);
        QString error;
        QVERIFY(
            !exec(u"UPDATE clinical_notes SET body = 'Mood unchanged.' WHERE id = 'n1'"_s, &error));
        QVERIFY2(error.contains(u"immutable"_s), qPrintable(error));
        QVERIFY(!exec(u"UPDATE clinical_notes SET doc = '{\"body\":\"x\"}' WHERE id = 'n1'"_s));
        QVERIFY(!exec(u"UPDATE clinical_notes SET status = 'draft' WHERE id = 'n1'"_s));
        QVERIFY(!exec(u"UPDATE clinical_notes SET deleted = 1 WHERE id = 'n1'"_s));
        QCOMPARE(scalar(u"SELECT body FROM clinical_notes WHERE id = 'n1'"_s).toString(),
                 u"Mood improved."_s);
        // Sync may still record the server's version of it.
        QVERIFY(exec(u"UPDATE clinical_notes SET version = 7, updated_at = 2 WHERE id = 'n1'"_s));
        // A draft is editable, and signing it is an ordinary update.
        insertNote(u"n2"_s, u"draft"_s, u"Draft"_s);
        QVERIFY(exec(u"UPDATE clinical_notes SET body = 'Final', status = 'signed', signed_at = 5 "
                     "WHERE id = 'n2'"_s));
        QVERIFY(!exec(u"UPDATE clinical_notes SET body = 'Changed' WHERE id = 'n2'"_s));
    }

    void completedAssessmentIsImmutable()
    {
        QVERIFY(exec(u"INSERT INTO assessments (id, created_at, updated_at, doc, patient_id, "
                     "instrument_id, status, administered_at, total_score, band) VALUES ('a1', 1, "
                     "1, '{}', '"_s +
                     Patient + u"', 'phq9', 'completed', 1, 12, 'moderate')"_s));
        QString error;
        QVERIFY(!exec(u"UPDATE assessments SET total_score = 3 WHERE id = 'a1'"_s, &error));
        QVERIFY2(error.contains(u"immutable"_s), qPrintable(error));
        QVERIFY(!exec(u"UPDATE assessments SET band = 'minimal' WHERE id = 'a1'"_s));
        QVERIFY(!exec(u"UPDATE assessments SET deleted = 1 WHERE id = 'a1'"_s));
        QVERIFY(exec(u"UPDATE assessments SET version = 3 WHERE id = 'a1'"_s));
        QCOMPARE(scalar(u"SELECT total_score FROM assessments WHERE id = 'a1'"_s).toDouble(), 12.0);
    }

    void rowsNeedTheirPatient()
    {
        QString error;
        QVERIFY(
            !exec(u"INSERT INTO medications (id, created_at, updated_at, doc, patient_id, name) "
                  "VALUES ('m9', 1, 1, '{}', 'no-such-patient', 'lithium')"_s,
                  &error));
        QVERIFY2(error.contains(u"FOREIGN KEY"_s), qPrintable(error));
    }

    void noteIndexFollowsTheNotes()
    {
        insertNote(u"n1"_s, u"draft"_s, u"Patient returned from Köln; sleep improved."_s);
        insertNote(u"n2"_s, u"draft"_s, u"Discussed lithium levels."_s);
        const QString match = u"SELECT group_concat(n.id) FROM clinical_notes_fts f JOIN "
                              "clinical_notes n ON n.rowid = f.docid WHERE clinical_notes_fts "
                              "MATCH '%1'"_s;
        QCOMPARE(scalar(match.arg(u"koln"_s)).toString(), u"n1"_s); // diacritics folded
        QCOMPARE(scalar(match.arg(u"LITHIUM"_s)).toString(), u"n2"_s);
        QVERIFY(exec(u"UPDATE clinical_notes SET body = 'Discussed sleep.' WHERE id = 'n2'"_s));
        QVERIFY(scalar(match.arg(u"lithium"_s)).isNull());
        QCOMPARE(scalar(match.arg(u"sleep"_s)).toString().split(u',').size(), 2);
        QCOMPARE(scalar(u"SELECT snippet(clinical_notes_fts, '[', ']', '…', -1, 6) FROM "
                        "clinical_notes_fts WHERE clinical_notes_fts MATCH 'koln'"_s)
                     .toString(),
                 u"Patient returned from [Köln]; sleep improved."_s);
    }

    void journalAcceptsOnlyKnownOperations()
    {
        QVERIFY(exec(u"INSERT INTO change_journal (change_id, entity, entity_id, op, base_version, "
                     "fields, created_at) VALUES ('c1', 'patient', 'x', 'update', 0, '{}', 1)"_s));
        QVERIFY(!exec(u"INSERT INTO change_journal (change_id, entity, entity_id, op, "
                      "base_version, fields, created_at) VALUES ('c2', 'patient', 'x', 'merge', "
                      "0, '{}', 1)"_s));
        QVERIFY(!exec(u"INSERT INTO change_journal (change_id, entity, entity_id, op, "
                      "base_version, fields, created_at) VALUES ('c1', 'patient', 'x', 'update', "
                      "0, '{}', 1)"_s)); // change ids are unique
    }
};

QTEST_GUILESS_MAIN(TestClinicalSchema)
#include "tst_clinicalschema.moc"
