// Opening a user's cache at sign-in: online with the server's key (wrapped again under the
// password for offline use), offline with the password alone inside the grace period, and the
// plain refusals around it.

#include "core/crypto/SecureRandom.h"
#include "core/sync/CacheUnlock.h"
#include "core/sync/LocalAccounts.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::CacheUnlock;
using nm::core::KdfParams;
using nm::core::LocalAccounts;
using nm::core::LoginResult;
using nm::core::SecureBuffer;

namespace {

const QDateTime Monday(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
const QUrl Server(u"https://novamind.practice.example"_s);

SecureBuffer copy(const SecureBuffer &key)
{
    return SecureBuffer::copyOf(key.view());
}

} // namespace

class TestCacheUnlock final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QUuid m_userId = QUuid::createUuid();
    SecureBuffer m_key = nm::core::SecureRandom::key(32);

    LoginResult login(int graceDays = 7)
    {
        LoginResult result;
        result.cacheKey = copy(m_key);
        result.offlineGraceDays = graceDays;
        result.user.id = m_userId;
        result.user.username = u"dr.osei"_s;
        result.user.displayName = u"Dr. Amara Osei"_s;
        result.deviceId = QUuid::createUuid();
        return result;
    }

private Q_SLOTS:
    void onlineThenOfflineOpensTheSameCache()
    {
        LocalAccounts accounts(m_dir.path(), Server);
        LoginResult first = login();
        auto online = CacheUnlock::online(accounts, u"Dr.Osei"_s, u"correct horse battery", first,
                                          Monday, KdfParams::floor());
        QVERIFY2(online, qPrintable(online ? QString() : online.error().message));
        QSqlQuery write(online.value().database());
        QVERIFY(write.exec(u"INSERT INTO sync_state (name, value) VALUES ('probe', 'kept')"_s));
        online.value().close();
        QVERIFY(QFile::exists(accounts.vaultPath(m_userId)));
        QCOMPARE(accounts.find(u"dr.osei"_s)->userId, m_userId);

        // Two days later, no network: the password alone opens the same data.
        auto offline = CacheUnlock::offline(accounts, u"dr.osei"_s, u"correct horse battery",
                                            Monday.addDays(2));
        QVERIFY2(offline, qPrintable(offline ? QString() : offline.error().message));
        QSqlQuery read(offline.value().database());
        QVERIFY(read.exec(u"SELECT value FROM sync_state WHERE name = 'probe'"_s) && read.next());
        QCOMPARE(read.value(0).toString(), u"kept"_s);
        offline.value().close();

        const auto wrong =
            CacheUnlock::offline(accounts, u"dr.osei"_s, u"not the password", Monday.addDays(2));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind, CacheUnlock::Error::Kind::WrongPassword);
    }

    void afterTheGraceWindowTheAnswerIsToConnect()
    {
        LocalAccounts accounts(m_dir.path(), Server);
        const auto late = CacheUnlock::offline(accounts, u"dr.osei"_s, u"correct horse battery",
                                               Monday.addDays(8));
        QVERIFY(!late);
        QCOMPARE(late.error().kind, CacheUnlock::Error::Kind::ConnectToSignIn);
        QVERIFY(late.error().message.contains(u"Connect to the server"_s));

        const auto stranger =
            CacheUnlock::offline(accounts, u"nurse.okafor"_s, u"whatever it is", Monday);
        QVERIFY(!stranger);
        QCOMPARE(stranger.error().kind, CacheUnlock::Error::Kind::ConnectToSignIn);
        // Another server's accounts are another folder.
        LocalAccounts other(m_dir.path(), QUrl(u"https://other.example"_s));
        QCOMPARE(CacheUnlock::offline(other, u"dr.osei"_s, u"correct horse battery", Monday)
                     .error()
                     .kind,
                 CacheUnlock::Error::Kind::ConnectToSignIn);
    }

    void aPasswordChangedElsewhereRewrapsTheKey()
    {
        LocalAccounts accounts(m_dir.path(), Server);
        LoginResult again = login();
        auto online = CacheUnlock::online(accounts, u"dr.osei"_s, u"a brand new passphrase", again,
                                          Monday.addDays(10), KdfParams::floor());
        QVERIFY2(online, qPrintable(online ? QString() : online.error().message));
        online.value().close();
        QCOMPARE(CacheUnlock::offline(accounts, u"dr.osei"_s, u"correct horse battery",
                                      Monday.addDays(11))
                     .error()
                     .kind,
                 CacheUnlock::Error::Kind::WrongPassword);
        auto fresh = CacheUnlock::offline(accounts, u"dr.osei"_s, u"a brand new passphrase",
                                          Monday.addDays(11));
        QVERIFY(fresh);
        fresh.value().close();
    }

    void aDamagedKeyFileIsRefusedAndWipeErasesEverything()
    {
        LocalAccounts accounts(m_dir.path(), Server);
        QFile vault(accounts.vaultPath(m_userId));
        QVERIFY(vault.open(QIODevice::ReadWrite));
        QByteArray bytes = vault.readAll();
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x5a);
        vault.seek(0);
        vault.write(bytes);
        vault.close();
        const auto damaged = CacheUnlock::offline(accounts, u"dr.osei"_s, u"a brand new passphrase",
                                                  Monday.addDays(11));
        QVERIFY(!damaged);
        QCOMPARE(damaged.error().kind, CacheUnlock::Error::Kind::Damaged);

        QVERIFY(accounts.wipe(u"dr.osei"_s));
        QVERIFY(!QFile::exists(accounts.cachePath(m_userId)));
        QVERIFY(!QFile::exists(accounts.vaultPath(m_userId)));
        QVERIFY(!accounts.find(u"dr.osei"_s));
    }
};

QTEST_GUILESS_MAIN(TestCacheUnlock)
#include "tst_cacheunlock.moc"
