// TOTP second factor: RFC 6238 codes, the ±1 step window, replay refusal, enrollment URI and QR.

#include "core/crypto/SecureBuffer.h"
#include "server/auth/TotpAuthenticator.h"

#include <QImage>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using nm::core::SecureBuffer;
using nm::server::TotpAuthenticator;

namespace {

// RFC 6238 Appendix B's SHA-1 seed.
SecureBuffer rfcSecret()
{
    return SecureBuffer::copyOf("12345678901234567890"_ba);
}

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

bool isDark(const QImage &image, int x, int y)
{
    return qGray(image.pixel(x, y)) < 128;
}

} // namespace

class TestTotpAuthenticator final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rfc6238TestVectors_data()
    {
        // Appendix B, SHA-1 column; the 6-digit code is the last six of the 8-digit one.
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("code");
        QTest::newRow("59") << qint64(59) << u"287082"_s;                   // 94287082
        QTest::newRow("1111111109") << qint64(1111111109) << u"081804"_s;   // 07081804
        QTest::newRow("1111111111") << qint64(1111111111) << u"050471"_s;   // 14050471
        QTest::newRow("1234567890") << qint64(1234567890) << u"005924"_s;   // 89005924
        QTest::newRow("2000000000") << qint64(2000000000) << u"279037"_s;   // 69279037
        QTest::newRow("20000000000") << qint64(20000000000) << u"353130"_s; // 65353130
    }

    void rfc6238TestVectors()
    {
        QFETCH(qint64, time);
        QFETCH(QString, code);
        QCOMPARE(TotpAuthenticator::codeAt(rfcSecret(), at(time)), code);
        const std::optional<qint64> step = TotpAuthenticator::verify(rfcSecret(), code, at(time));
        QVERIFY(step.has_value());
        QCOMPARE(*step, time / 30);
    }

    void oneStepEitherSideIsAcceptedTwoAreNot()
    {
        const qint64 now = 1234567890;
        const SecureBuffer secret = rfcSecret();
        const QString current = TotpAuthenticator::codeAt(secret, at(now));
        for (int offset : {-2, -1, 1, 2}) {
            const QString code = TotpAuthenticator::codeAt(secret, at(now + offset * 30));
            // Otherwise the window test would be meaningless for this offset.
            QVERIFY(code != current);
            const std::optional<qint64> step = TotpAuthenticator::verify(secret, code, at(now));
            if (qAbs(offset) == 1) {
                QVERIFY2(step.has_value(), qPrintable(u"offset %1"_s.arg(offset)));
                QCOMPARE(*step, now / 30 + offset);
            } else {
                QVERIFY2(!step.has_value(), qPrintable(u"offset %1"_s.arg(offset)));
            }
        }
    }

    void codesThatAreNotSixAsciiDigitsAreRefused_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString();
        QTest::newRow("five digits") << u"28708"_s;
        QTest::newRow("seven digits") << u"2870820"_s;
        QTest::newRow("eight-digit RFC code") << u"94287082"_s;
        QTest::newRow("letter") << u"28708a"_s;
        QTest::newRow("leading space") << u" 287082"_s;
        QTest::newRow("trailing space") << u"287082 "_s;
        QTest::newRow("inner space") << u"287 082"_s;
        QTest::newRow("fullwidth digits") << u"２８７０８２"_s;
        QTest::newRow("sign") << u"+28708"_s;
    }

    void codesThatAreNotSixAsciiDigitsAreRefused()
    {
        QFETCH(QString, code);
        QVERIFY(TotpAuthenticator::verify(rfcSecret(), u"287082"_s, at(59)).has_value());
        QVERIFY(!TotpAuthenticator::verify(rfcSecret(), code, at(59)).has_value());
    }

    void aWrongCodeOrSecretIsRefused()
    {
        QVERIFY(!TotpAuthenticator::verify(rfcSecret(), u"287083"_s, at(59)).has_value());
        QVERIFY(!TotpAuthenticator::verify(rfcSecret(), u"000000"_s, at(59)).has_value());
        const SecureBuffer other = SecureBuffer::copyOf("12345678901234567891"_ba);
        QVERIFY(!TotpAuthenticator::verify(other, u"287082"_s, at(59)).has_value());
        QVERIFY(!TotpAuthenticator::verify(SecureBuffer(), u"287082"_s, at(59)).has_value());
    }

    void aCodeIsAcceptedOnlyOncePerStep()
    {
        const SecureBuffer secret = rfcSecret();
        const std::optional<qint64> first =
            TotpAuthenticator::verify(secret, u"050471"_s, at(1111111111));
        QVERIFY(first.has_value());
        // The server stored *first; the same code again is a replay.
        QVERIFY(!TotpAuthenticator::verify(secret, u"050471"_s, at(1111111111), first));
        QVERIFY(!TotpAuthenticator::verify(secret, u"050471"_s, at(1111111111), *first + 1));
        // So is the previous step's code once a later one was used.
        const QString previous = TotpAuthenticator::codeAt(secret, at(1111111111 - 30));
        QVERIFY(TotpAuthenticator::verify(secret, previous, at(1111111111)).has_value());
        QVERIFY(!TotpAuthenticator::verify(secret, previous, at(1111111111), first));
        // The next step's code is still fine.
        const QString next = TotpAuthenticator::codeAt(secret, at(1111111111 + 30));
        QCOMPARE(TotpAuthenticator::verify(secret, next, at(1111111111 + 30), first),
                 std::optional<qint64>(*first + 1));
    }

    void generatedSecretsAre160RandomBits()
    {
        const SecureBuffer first = TotpAuthenticator::generateSecret();
        const SecureBuffer second = TotpAuthenticator::generateSecret();
        QVERIFY(first.size() * 8 >= 160);
        QVERIFY(!first.equals(second));
        const QString code = TotpAuthenticator::codeAt(first, at(1700000000));
        QCOMPARE(code.size(), 6);
        QVERIFY(TotpAuthenticator::verify(first, code, at(1700000000)).has_value());
    }

    void base32IsUnpaddedRfc4648()
    {
        QCOMPARE(TotpAuthenticator::base32(rfcSecret()).view(),
                 "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_ba);
        // 160 bits are exactly 32 characters; no '=' for other lengths either.
        QCOMPARE(TotpAuthenticator::base32(SecureBuffer::copyOf("f"_ba)).view(), "MY"_ba);
    }

    void theProvisioningUriHasTheShapeAppsExpect()
    {
        const SecureBuffer uri = TotpAuthenticator::provisioningUri(rfcSecret(), u"alice"_s);
        QCOMPARE(uri.view(), "otpauth://totp/Novamind:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                             "&issuer=Novamind&algorithm=SHA1&digits=6&period=30"_ba);

        const QUrl url(QString::fromUtf8(uri.view()), QUrl::StrictMode);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), u"otpauth"_s);
        QCOMPARE(url.host(), u"totp"_s);
        QCOMPARE(url.path(), u"/Novamind:alice"_s);
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"secret"_s), u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s);
        QCOMPARE(query.queryItemValue(u"issuer"_s), u"Novamind"_s);
        QCOMPARE(query.queryItemValue(u"algorithm"_s), u"SHA1"_s);
        QCOMPARE(query.queryItemValue(u"digits"_s), u"6"_s);
        QCOMPARE(query.queryItemValue(u"period"_s), u"30"_s);
    }

    void accountAndIssuerArePercentEncoded()
    {
        const SecureBuffer uri = TotpAuthenticator::provisioningUri(
            rfcSecret(), u"Dr. O'Neil:ward 5&x=1@clinic.example"_s, u"Nova Mind"_s);
        const QByteArray raw = uri.view().toByteArray();
        QVERIFY2(!raw.contains(' '), raw.constData());
        QVERIFY(raw.startsWith("otpauth://totp/Nova%20Mind:Dr.%20O%27Neil%3Award%205%26x%3D1%40"));
        QCOMPARE(raw.count('&'), 4); // only the separators, not the account's '&'

        const QUrl url(QString::fromUtf8(raw), QUrl::StrictMode);
        QVERIFY(url.isValid());
        QCOMPARE(url.path(QUrl::FullyDecoded),
                 u"/Nova Mind:Dr. O'Neil:ward 5&x=1@clinic.example"_s);
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"issuer"_s, QUrl::FullyDecoded), u"Nova Mind"_s);
        QCOMPARE(query.queryItemValue(u"secret"_s), u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s);
        QCOMPARE(query.queryItems().size(), 5);
    }

    void theQrCodeIsAPngWithQuietZoneAndLargeModules()
    {
        const SecureBuffer uri =
            TotpAuthenticator::provisioningUri(TotpAuthenticator::generateSecret(), u"alice"_s);
        const auto png = TotpAuthenticator::qrPng(uri.view());
        QVERIFY2(png.ok(), png.ok() ? "" : qPrintable(png.error()));
        QVERIFY(png.value().startsWith("\x89PNG\r\n\x1a\n"));

        QImage image;
        QVERIFY(image.loadFromData(png.value()));
        QCOMPARE(image.width(), image.height());
        QVERIFY(image.width() >= 200 && image.width() <= 2000);

        // The top-left finder pattern starts after the quiet zone: its top edge is a run of
        // seven dark modules, which tells the module size.
        int offset = 0;
        while (offset < image.width() && !isDark(image, offset, offset))
            ++offset;
        int run = 0;
        while (offset + run < image.width() && isDark(image, offset + run, offset))
            ++run;
        QVERIFY(run % 7 == 0);
        const int module = run / 7;
        QVERIFY2(module >= 4, qPrintable(u"module %1 px"_s.arg(module)));
        QVERIFY2(offset >= 4 * module, qPrintable(u"quiet zone %1 px"_s.arg(offset)));
        // The whole border is light.
        for (int i = 0; i < image.width(); ++i) {
            QVERIFY(!isDark(image, i, 0));
            QVERIFY(!isDark(image, 0, i));
            QVERIFY(!isDark(image, i, image.height() - 1));
            QVERIFY(!isDark(image, image.width() - 1, i));
        }
        // (side / module) modules in all, 21 + 4k for a QR version k, plus the quiet zones.
        QCOMPARE(image.width() % module, 0);
        QCOMPARE((image.width() / module - 2 * offset / module - 21) % 4, 0);

        QVERIFY(!TotpAuthenticator::qrPng({}).ok());
    }
};

QTEST_GUILESS_MAIN(TestTotpAuthenticator)
#include "tst_totpauthenticator.moc"
