// Secrets written into and read out of JSON without passing through QString: the bodies must
// still be exactly the JSON a parser expects, whatever characters a password holds.

#include "core/sync/SecretJson.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::SecretJson;
using nm::core::SecureBuffer;

class TestSecretJson final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theSecretRoundTripsThroughAJsonParser_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("plain") << u"a long passphrase"_s;
        QTest::newRow("quotes and backslashes") << u"he said \"x\\y\" '"_s;
        QTest::newRow("control characters") << u"tab\there\nnewline\x01\x1f"_s;
        QTest::newRow("non-ASCII") << u"pässwörd 密码 🔐"_s;
        QTest::newRow("looks like JSON") << u"\",\"username\":\"admin"_s;
        QTest::newRow("empty") << QString();
    }

    void theSecretRoundTripsThroughAJsonParser()
    {
        QFETCH(QString, secret);
        const QJsonObject fields{{u"username"_s, u"dr.kim"_s}, {u"device_name"_s, u"laptop"_s}};
        const SecureBuffer body =
            SecretJson::objectWith(fields, "password"_L1, SecureBuffer::fromUtf8(secret));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body.view().toByteArray(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject object = document.object();
        QCOMPARE(object.size(), 3);
        QCOMPARE(object.value(u"password"_s).toString(), secret);
        QCOMPARE(object.value(u"username"_s).toString(), u"dr.kim"_s);
        QCOMPARE(object.value(u"device_name"_s).toString(), u"laptop"_s);
    }

    void aSecretAloneMakesAOneMemberObject()
    {
        const SecureBuffer body =
            SecretJson::objectWith({}, "refresh_token"_L1, SecureBuffer::copyOf("abc-DEF_123"));
        QCOMPARE(body.view(), QByteArrayView("{\"refresh_token\":\"abc-DEF_123\"}"));
    }

    void base64DecodesLikeQt()
    {
        for (int size = 1; size <= 40; ++size) {
            QByteArray bytes(size, Qt::Uninitialized);
            for (char &b : bytes)
                b = char(QRandomGenerator::global()->bounded(256));
            const QString text = QString::fromLatin1(bytes.toBase64());
            const std::optional<SecureBuffer> decoded = SecretJson::fromBase64(text);
            QVERIFY2(decoded, qPrintable(text));
            QCOMPARE(decoded->view(), QByteArrayView(bytes));
        }
    }

    void base64RefusesWhatIsNotCanonical_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("length not a multiple of 4") << u"QUJD1"_s;
        QTest::newRow("unpadded") << u"QUI"_s;
        QTest::newRow("url-safe alphabet") << u"-_-_"_s;
        QTest::newRow("padding in the middle") << u"QQ==QUJD"_s;
        QTest::newRow("three padding characters") << u"Q==="_s;
        QTest::newRow("whitespace") << u"QUJD QUJD"_s;
        QTest::newRow("non-zero bits under the padding") << u"QR=="_s;
        QTest::newRow("non-ASCII") << u"QUJé"_s;
    }

    void base64RefusesWhatIsNotCanonical()
    {
        QFETCH(QString, text);
        QVERIFY(!SecretJson::fromBase64(text));
    }

    void wipeZeroesAndEmpties()
    {
        QByteArray bytes("refresh-token-value");
        bytes.detach();
        SecretJson::wipe(bytes);
        QVERIFY(bytes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretJson)
#include "tst_secretjson.moc"
