// The outbox and the sync bookkeeping on a real encrypted cache.

#include "core/crypto/SecureBuffer.h"
#include "core/storage/CacheDatabase.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/SyncState.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nm::core;

namespace {

const QString KeyHex = u"11223344556677889900aabbccddeeff11223344556677889900aabbccddeeff"_s;

JournalEntry entry(const QString &changeId, JournalEntry::Op op = JournalEntry::Op::Update)
{
    JournalEntry e;
    e.changeId = changeId;
    e.entity = u"patient"_s;
    e.entityId = u"6f1c7f2e-1d2b-4c3a-8e9f-0a1b2c3d4e5f"_s;
    e.op = op;
    e.baseVersion = 4;
    e.fields = {{u"preferred_name"_s, QJsonObject{{u"old"_s, u"Jo"_s}, {u"new"_s, u"Joanna ✨"_s}}},
                {u"allergies"_s,
                 QJsonObject{{u"old"_s, QJsonArray{}}, {u"new"_s, QJsonArray{u"penicillin"_s}}}}};
    e.createdAt = 1764063000000;
    return e;
}

} // namespace

class TestChangeJournal final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<CacheDatabase> m_cache;
    QString m_path;

    void open()
    {
        auto opened = CacheDatabase::open(m_path, *SecureBuffer::fromHex(KeyHex));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_cache.emplace(std::move(opened.value()));
    }

private Q_SLOTS:
    void init()
    {
        static int counter = 0;
        m_path = m_dir.filePath(u"journal%1.db"_s.arg(++counter));
        open();
    }
    void cleanup() { m_cache.reset(); }

    void appendedEntriesComeBackInOrderAndIntact()
    {
        ChangeJournal journal(m_cache->database());
        QVERIFY(journal.append(entry(u"c1"_s, JournalEntry::Op::Create)));
        QVERIFY(journal.append(entry(u"c2"_s)));
        QVERIFY(journal.append(entry(u"c3"_s, JournalEntry::Op::Delete)));
        auto pending = journal.pending(10);
        QVERIFY(pending);
        QCOMPARE(pending.value().size(), 3);
        const JournalEntry &first = pending.value().at(0);
        const JournalEntry expected = entry(u"c1"_s, JournalEntry::Op::Create);
        QCOMPARE(first.changeId, u"c1"_s);
        QCOMPARE(first.op, JournalEntry::Op::Create);
        QCOMPARE(first.entity, expected.entity);
        QCOMPARE(first.entityId, expected.entityId);
        QCOMPARE(first.baseVersion, 4);
        QCOMPARE(first.fields, expected.fields);
        QCOMPARE(first.createdAt, expected.createdAt);
        QCOMPARE(pending.value().at(1).op, JournalEntry::Op::Update);
        QCOMPARE(pending.value().at(2).op, JournalEntry::Op::Delete);
        QVERIFY(pending.value().at(0).seq < pending.value().at(1).seq);
        QCOMPARE(journal.pending(2).value().size(), 2);
        QCOMPARE(journal.pendingCount().value(), 3);
    }

    void anEntryInARolledBackTransactionIsGone()
    {
        QSqlDatabase db = m_cache->database();
        ChangeJournal journal(db);
        QVERIFY(db.transaction());
        QVERIFY(journal.append(entry(u"c1"_s)));
        QVERIFY(db.rollback());
        QCOMPARE(journal.pendingCount().value(), 0);
    }

    void duplicateChangeIdIsRefused()
    {
        ChangeJournal journal(m_cache->database());
        QVERIFY(journal.append(entry(u"c1"_s)));
        const auto again = journal.append(entry(u"c1"_s));
        QVERIFY(!again);
        QVERIFY2(again.error().contains(u"could not be queued"_s), qPrintable(again.error()));
    }

    void acknowledgedEntriesLeaveRejectedOnesStay()
    {
        ChangeJournal journal(m_cache->database());
        QVERIFY(journal.append(entry(u"c1"_s)));
        QVERIFY(journal.append(entry(u"c2"_s)));
        QVERIFY(journal.append(entry(u"c3"_s)));
        QVERIFY(journal.acknowledge(u"c1"_s));
        QVERIFY(journal.reject(u"c2"_s, u"immutable"_s,
                               u"The note was signed on another workstation"_s));
        QVERIFY(!journal.reject(u"no-such-change"_s, u"x"_s, u"y"_s));

        const auto pending = journal.pending(10);
        QCOMPARE(pending.value().size(), 1);
        QCOMPARE(pending.value().at(0).changeId, u"c3"_s);
        QCOMPARE(journal.pendingCount().value(), 1);
        const auto rejected = journal.rejected();
        QCOMPARE(rejected.value().size(), 1);
        QVERIFY(rejected.value().at(0).rejected);
        QCOMPARE(rejected.value().at(0).rejectCode, u"immutable"_s);
        QCOMPARE(rejected.value().at(0).rejectDetail,
                 u"The note was signed on another workstation"_s);
        QCOMPARE(rejected.value().at(0).fields, entry(u"c2"_s).fields); // nothing typed is lost
    }

    void syncStateSurvivesReopeningAndFollowsTransactions()
    {
        {
            SyncState state(m_cache->database());
            QCOMPARE(state.cursor().value(), QString());
            QVERIFY(!state.lastSyncAt().value().isValid());
            QVERIFY(state.setCursor(u"seq:1200"_s));
            const QDateTime at(QDate(2026, 11, 25), QTime(9, 30, 0, 250), Qt::UTC);
            QVERIFY(state.setLastSyncAt(at));

            QSqlDatabase db = m_cache->database();
            QVERIFY(db.transaction());
            QVERIFY(state.setCursor(u"seq:2200"_s)); // a page that was never committed
            QVERIFY(db.rollback());
        }
        m_cache.reset();
        open();
        SyncState state(m_cache->database());
        QCOMPARE(state.cursor().value(), u"seq:1200"_s);
        QCOMPARE(state.lastSyncAt().value(),
                 QDateTime(QDate(2026, 11, 25), QTime(9, 30, 0, 250), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestChangeJournal)
#include "tst_changejournal.moc"
