// Argon2id password hashes: round trip, stored costs, upgrades and refusal of tampered input.

#include "core/crypto/SecureBuffer.h"
#include "server/auth/PasswordHasher.h"

#include <QRegularExpression>
#include <QTest>

#include <argon2.h>
#include <tuple>

using namespace Qt::StringLiterals;
using nm::core::KdfParams;
using nm::core::SecureBuffer;
using nm::server::PasswordHasher;

namespace {

SecureBuffer password(const QString &text)
{
    return SecureBuffer::fromUtf8(text);
}

QString hashOf(const PasswordHasher &hasher, const QString &text)
{
    auto result = hasher.hash(password(text));
    if (!result)
        qFatal("hashing failed: %s", qPrintable(result.error()));
    return result.value();
}

} // namespace

class TestPasswordHasher final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theRightPasswordVerifiesAndAWrongOneDoesNot()
    {
        const PasswordHasher hasher;
        const QString encoded = hashOf(hasher, u"correct horse battery staple"_s);
        QVERIFY(hasher.verify(password(u"correct horse battery staple"_s), encoded));
        QVERIFY(!hasher.verify(password(u"correct horse battery stapler"_s), encoded));
        QVERIFY(!hasher.verify(password(u"Correct horse battery staple"_s), encoded));
        QVERIFY(!hasher.verify(password(QString()), encoded));
        // The stored form never contains the password itself.
        QVERIFY(!encoded.contains(u"horse"_s));
    }

    void nonAsciiPasswordsRoundTrip()
    {
        const PasswordHasher hasher;
        const QString encoded = hashOf(hasher, u"Pässwörd-密码-🔑"_s);
        QVERIFY(hasher.verify(password(u"Pässwörd-密码-🔑"_s), encoded));
        QVERIFY(!hasher.verify(password(u"Passwort-密码-🔑"_s), encoded));
    }

    void theEncodedFormIsPhcArgon2idWithAtLeastOwaspCosts()
    {
        const PasswordHasher hasher;
        const QString encoded = hashOf(hasher, u"secret"_s);
        static const QRegularExpression phc(
            uR"(^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$)"_s);
        const QRegularExpressionMatch match = phc.match(encoded);
        QVERIFY2(match.hasMatch(), qPrintable(encoded));
        QVERIFY(match.captured(1).toUInt() >= 19456);
        QVERIFY(match.captured(2).toUInt() >= 2);
        QVERIFY(match.captured(3).toUInt() >= 1);
        // 16-byte salt and 32-byte hash in unpadded base64.
        QCOMPARE(match.captured(4).size(), 22);
        QCOMPARE(match.captured(5).size(), 43);

        const KdfParams defaults = PasswordHasher::defaultParams();
        QVERIFY(defaults.memoryKiB >= 19456);
        QVERIFY(defaults.iterations >= 2);
    }

    void everyHashHasItsOwnSalt()
    {
        const PasswordHasher hasher;
        const QString first = hashOf(hasher, u"same password"_s);
        const QString second = hashOf(hasher, u"same password"_s);
        QVERIFY(first != second);
        QVERIFY(hasher.verify(password(u"same password"_s), first));
        QVERIFY(hasher.verify(password(u"same password"_s), second));
    }

    void weakerStoredCostsAskForARehashButStillVerify()
    {
        const PasswordHasher weak(KdfParams{8192, 1, 1});
        const QString old = hashOf(weak, u"legacy"_s);
        QVERIFY(old.contains(u"$m=8192,t=1,p=1$"_s));

        const PasswordHasher current;
        QVERIFY(current.verify(password(u"legacy"_s), old));
        QVERIFY(current.needsRehash(old));
        QVERIFY(!current.needsRehash(hashOf(current, u"fresh"_s)));

        // Memory alone or passes alone below the current costs is enough.
        QVERIFY(current.needsRehash(hashOf(PasswordHasher(KdfParams{19456, 1, 1}), u"x"_s)));
        QVERIFY(current.needsRehash(hashOf(PasswordHasher(KdfParams{16384, 2, 1}), u"x"_s)));
        // Stronger than current is left alone.
        QVERIFY(!current.needsRehash(hashOf(PasswordHasher(KdfParams{32768, 3, 1}), u"x"_s)));
    }

    void unreadableOrForeignHashesNeedARehash_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::newRow("empty") << QString();
        QTest::newRow("garbage") << u"not a hash"_s;
        QTest::newRow("argon2i") << u"$argon2i$v=19$m=65536,t=3,p=1$c29tZXNhbHQ$aGFzaA"_s;
        QTest::newRow("old version") << u"$argon2id$v=16$m=65536,t=3,p=1$c29tZXNhbHQ$aGFzaA"_s;
        QTest::newRow("missing cost") << u"$argon2id$v=19$m=65536,t=3$c29tZXNhbHQ$aGFzaA"_s;
    }

    void unreadableOrForeignHashesNeedARehash()
    {
        QFETCH(QString, encoded);
        QVERIFY(PasswordHasher().needsRehash(encoded));
        QVERIFY(!PasswordHasher().verify(password(u"anything"_s), encoded));
    }

    void tamperedHashesAreRefused()
    {
        const PasswordHasher hasher;
        const QString encoded = hashOf(hasher, u"pw"_s);
        QVERIFY(hasher.verify(password(u"pw"_s), encoded));

        // One character of the hash changed.
        QString flipped = encoded;
        const qsizetype last = flipped.size() - 2;
        flipped[last] = flipped[last] == u'A' ? u'B' : u'A';
        QVERIFY(!hasher.verify(password(u"pw"_s), flipped));

        // Costs edited in the row: the hash no longer matches, and absurd costs are not even
        // attempted (4 GiB would take seconds and gigabytes if they were).
        QString cheaper = encoded;
        cheaper.replace(u"t=2,"_s, u"t=3,"_s);
        QVERIFY(!hasher.verify(password(u"pw"_s), cheaper));
        QString huge = encoded;
        huge.replace(u"m=19456,"_s, u"m=4194304,"_s);
        QVERIFY(huge != encoded);
        QVERIFY(!hasher.verify(password(u"pw"_s), huge));
    }

    void genuineHashesWithCostsOutsideTheAcceptedRangeAreRefused()
    {
        // Written by libargon2 directly, so only the bounds check can refuse them: 9 lanes is
        // above KdfParams' ceiling, 4 MiB below its floor.
        const QByteArray pw = "pw"_ba;
        const QByteArray salt = "0123456789abcdef"_ba;
        for (const auto &[m, t, p] : {std::tuple{19456u, 2u, 9u}, std::tuple{4096u, 2u, 1u}}) {
            char encoded[256] = {};
            QCOMPARE(argon2id_hash_encoded(t, m, p, pw.constData(), size_t(pw.size()),
                                           salt.constData(), size_t(salt.size()), 32, encoded,
                                           sizeof encoded),
                     int(ARGON2_OK));
            QCOMPARE(argon2id_verify(encoded, pw.constData(), size_t(pw.size())), int(ARGON2_OK));
            QVERIFY2(!PasswordHasher().verify(password(u"pw"_s), QString::fromLatin1(encoded)),
                     encoded);
        }
    }

    void theDummyVerificationNeverSucceeds()
    {
        const PasswordHasher hasher;
        QVERIFY(!hasher.verifyDummy(password(u"whatever"_s)));
        QVERIFY(!hasher.verifyDummy(password(QString())));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
