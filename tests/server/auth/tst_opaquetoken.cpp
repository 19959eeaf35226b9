// Opaque refresh tokens: 256 random bits on the wire, only a SHA-256 in storage.

#include "core/crypto/SecureBuffer.h"
#include "server/auth/OpaqueToken.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::SecureBuffer;
using nm::server::OpaqueToken;

class TestOpaqueToken final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tokensAre43Base64UrlCharactersOf256Bits()
    {
        const SecureBuffer token = OpaqueToken::generate();
        QCOMPARE(token.size(), 43);
        static const QRegularExpression alphabet(u"^[A-Za-z0-9_-]{43}$"_s);
        const QString text = QString::fromLatin1(token.view());
        QVERIFY2(alphabet.match(text).hasMatch(), "not unpadded base64url");
        const QByteArray raw =
            QByteArray::fromBase64(token.view().toByteArray(),
                                   QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(raw.size(), 32);
        QVERIFY(OpaqueToken::isWellFormed(token.view()));
    }

    void tokensAreUnique()
    {
        QSet<QByteArray> seen;
        QSet<QString> hashes;
        for (int i = 0; i < 1000; ++i) {
            const SecureBuffer token = OpaqueToken::generate();
            seen.insert(token.view().toByteArray());
            hashes.insert(OpaqueToken::hashForStorage(token));
        }
        QCOMPARE(seen.size(), 1000);
        QCOMPARE(hashes.size(), 1000);
    }

    void theStoredFormIsTheSha256HexOfTheToken()
    {
        // FIPS 180-2 example: SHA-256("abc").
        QCOMPARE(OpaqueToken::hashForStorage("abc"_ba),
                 u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);

        const SecureBuffer token = OpaqueToken::generate();
        const QString stored = OpaqueToken::hashForStorage(token);
        static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
        QVERIFY(hex.match(stored).hasMatch());
        QVERIFY(stored != QString::fromLatin1(token.view()));
        QVERIFY(!stored.contains(QString::fromLatin1(token.view().first(8))));
        // Deterministic, so a presented token finds its row.
        QCOMPARE(OpaqueToken::hashForStorage(token.view()), stored);
    }

    void malformedTokensAreRecognised_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("42 chars") << QByteArray(42, 'A');
        QTest::newRow("44 chars") << QByteArray(44, 'A');
        QTest::newRow("standard alphabet") << QByteArray(QByteArray(42, 'A') + '+');
        QTest::newRow("padded") << QByteArray(QByteArray(42, 'A') + '=');
    }

    void malformedTokensAreRecognised()
    {
        QFETCH(QByteArray, token);
        QVERIFY(!OpaqueToken::isWellFormed(token));
        QVERIFY(OpaqueToken::isWellFormed(QByteArray(43, 'A')));
    }
};

QTEST_GUILESS_MAIN(TestOpaqueToken)
#include "tst_opaquetoken.moc"
