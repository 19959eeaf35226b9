// A generated practice loaded into a real encrypted cache, as the demo command and benchmarks do.

#include "core/crypto/SecureBuffer.h"
#include "core/demo/DemoPracticeGenerator.h"
#include "core/demo/DemoPracticeWriter.h"
#include "core/storage/CacheDatabase.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/ClinicalNoteRepository.h"
#include "core/storage/PatientRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nm::core;

class TestDemoPracticeWriter final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static int count(const QSqlDatabase &db, const QString &table)
    {
        QSqlQuery q(db);
        return q.exec("SELECT count(*) FROM "_L1 + table) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void loadsEverythingOnceAndQueuesNothing()
    {
        DemoPracticeOptions options;
        options.seed = 42;
        options.patients = 20;
        options.days = 30;
        options.today = QDate(2026, 11, 25);
        auto generated = DemoPracticeGenerator::generate(options);
        QVERIFY2(generated, qPrintable(generated ? QString() : generated.error()));
        const DemoPractice &practice = generated.value();

        auto cache = CacheDatabase::open(
            m_dir.filePath(u"demo.db"_s),
            *SecureBuffer::fromHex(
                u"d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0"_s));
        QVERIFY2(cache, qPrintable(cache ? QString() : cache.error().message));
        const QSqlDatabase db = cache.value().database();

        for (int round = 0; round < 2; ++round) { // loading again replaces, never duplicates
            const auto written = DemoPracticeWriter::write(practice, db);
            QVERIFY2(written, qPrintable(written ? QString() : written.error()));
            QCOMPARE(count(db, u"patients"_s), practice.patients.size());
            QCOMPARE(count(db, u"clinical_notes"_s), practice.notes.size());
            QCOMPARE(count(db, u"assessments"_s), practice.assessments.size());
            QCOMPARE(count(db, u"medications"_s), practice.medications.size());
            QCOMPARE(count(db, u"appointments"_s), practice.appointments.size());
            QCOMPARE(count(db, u"observations"_s), practice.observations.size());
            QCOMPARE(ChangeJournal(db).pendingCount().value(), 0);
        }

        const Patient &first = practice.patients.constFirst();
        QCOMPARE(*PatientRepository(db).load(first.meta.id).value(), first);
        const auto notes = ClinicalNoteRepository(db).forPatient(first.meta.id);
        QVERIFY(notes);
        QVERIFY(!notes.value().isEmpty());
        QVERIFY(!ClinicalNoteRepository(db).search(u"PHQ"_s).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoPracticeWriter)
#include "tst_demopracticewriter.moc"
