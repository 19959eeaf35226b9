// HS256 access tokens: what is accepted, and every way a forged, altered or stale token is refused.

#include "core/crypto/SecureBuffer.h"
#include "server/auth/JwtCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/hmac.h>

using namespace Qt::StringLiterals;
using nm::core::SecureBuffer;
using nm::server::JwtClaims;
using nm::server::JwtCodec;
using nm::server::JwtError;
using Reason = nm::server::JwtError::Reason;

namespace {

const QByteArray TestKey = "0123456789abcdef0123456789abcdef"_ba;
const QDateTime Now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);

JwtCodec codecWith(const QByteArray &key)
{
    auto codec = JwtCodec::create(SecureBuffer::copyOf(key));
    if (!codec)
        qFatal("no codec: %s", qPrintable(codec.error()));
    return std::move(codec).value();
}

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray segment(const QJsonObject &object)
{
    return b64(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// A token built independently of JwtCodec, signed with HMAC over \a digest (or unsigned when
/// \a digest is null), so the tests can produce what an attacker could.
QByteArray craft(const QJsonObject &header, const QJsonObject &payload,
                 const EVP_MD *digest = EVP_sha256(), const QByteArray &key = TestKey)
{
    const QByteArray input = segment(header) + '.' + segment(payload);
    if (!digest)
        return input + '.';
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(digest, key.constData(), int(key.size()),
         reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()), mac,
         &length);
    return input + '.' + b64(QByteArray(reinterpret_cast<const char *>(mac), int(length)));
}

QJsonObject hs256Header()
{
    return {{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}};
}

QJsonObject validPayload()
{
    return {{u"sub"_s, u"user-42"_s},
            {u"jti"_s, u"token-1"_s},
            {u"iat"_s, Now.toSecsSinceEpoch() - 60},
            {u"nbf"_s, Now.toSecsSinceEpoch() - 60},
            {u"exp"_s, Now.toSecsSinceEpoch() + 600}};
}

Reason rejection(const JwtCodec &codec, QByteArrayView token, const QDateTime &at = Now)
{
    const auto result = codec.verify(token, at);
    if (result.ok())
        qFatal("token unexpectedly accepted: %s", token.toByteArray().constData());
    return result.error().reason();
}

} // namespace

class TestJwtCodec final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aTokenWeIssuedIsAcceptedWithItsClaims()
    {
        const JwtCodec codec = codecWith(TestKey);
        JwtClaims claims = JwtCodec::claimsFor(u"user-42"_s, Now);
        claims.extra.insert(u"roles"_s, QJsonArray{u"psychiatrist"_s, u"admin"_s});
        claims.extra.insert(u"sub"_s, u"someone-else"_s); // must not override the subject
        const QByteArray token = codec.issue(claims);

        const auto verified = codec.verify(token, Now.addSecs(60));
        QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().description()));
        const JwtClaims &got = verified.value();
        QCOMPARE(got.subject, u"user-42"_s);
        QCOMPARE(got.tokenId, claims.tokenId);
        QCOMPARE(got.issuedAt, Now);
        QCOMPARE(got.notBefore, Now);
        QCOMPARE(got.expiresAt, Now.addSecs(15 * 60));
        QCOMPARE(got.extra.value(u"roles"_s).toArray(),
                 (QJsonArray{u"psychiatrist"_s, u"admin"_s}));
        QVERIFY(!got.extra.contains(u"sub"_s));
        QVERIFY(!got.extra.contains(u"exp"_s));
    }

    void issuedTokensAreCompactHs256WithUniqueIds()
    {
        const JwtCodec codec = codecWith(TestKey);
        const JwtClaims first = JwtCodec::claimsFor(u"u"_s, Now);
        const JwtClaims second = JwtCodec::claimsFor(u"u"_s, Now);
        QVERIFY(!first.tokenId.isEmpty());
        QVERIFY(first.tokenId != second.tokenId);

        const QByteArray token = codec.issue(first);
        const QList<QByteArray> parts = token.split('.');
        QCOMPARE(parts.size(), 3);
        QVERIFY(!token.contains('=') && !token.contains('+') && !token.contains('/'));
        const QJsonObject header =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(header, hs256Header());
        const QJsonObject payload =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
                .object();
        // NumericDates are written as plain integers, 15 minutes apart by default.
        QVERIFY(parts[1].size() > 0);
        QCOMPARE(payload.value(u"exp"_s).toInteger() - payload.value(u"iat"_s).toInteger(), 900);
        QCOMPARE(payload.value(u"iat"_s).toInteger(), Now.toSecsSinceEpoch());
        QCOMPARE(QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding).size(), 32);
    }

    void aCraftedTokenWithTheRightKeyIsAccepted()
    {
        // The control for the forgeries below: craft() itself yields tokens the codec accepts,
        // so each refusal is caused by the one thing that test changes.
        const JwtCodec codec = codecWith(TestKey);
        QVERIFY(codec.verify(craft(hs256Header(), validPayload()), Now).ok());
        // typ is optional; nbf too.
        QJsonObject noNbf = validPayload();
        noNbf.remove(u"nbf"_s);
        QVERIFY(codec.verify(craft({{u"alg"_s, u"HS256"_s}}, noNbf), Now).ok());
    }

    void unsignedAlgNoneTokensAreRefused()
    {
        const JwtCodec codec = codecWith(TestKey);
        const QJsonObject none{{u"alg"_s, u"none"_s}, {u"typ"_s, u"JWT"_s}};
        const QByteArray withDot = craft(none, validPayload(), nullptr);
        QVERIFY(withDot.endsWith('.'));
        QCOMPARE(rejection(codec, withDot), Reason::UnsupportedAlgorithm);
        QCOMPARE(rejection(codec, withDot.chopped(1)), Reason::Malformed);
        // Spelling variants and a signature from the right key do not help either.
        QCOMPARE(rejection(codec, craft({{u"alg"_s, u"None"_s}}, validPayload(), nullptr)),
                 Reason::UnsupportedAlgorithm);
        QCOMPARE(rejection(codec, craft(none, validPayload())), Reason::UnsupportedAlgorithm);
        // An HS256 header with the signature simply left off.
        QCOMPARE(rejection(codec, craft(hs256Header(), validPayload(), nullptr)),
                 Reason::BadSignature);
        QCOMPARE(codec.verify(withDot, Now).error().code(), u"token_invalid"_s);
    }

    void otherAlgorithmsAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("header");
        QTest::newRow("HS512") << QJsonObject{{u"alg"_s, u"HS512"_s}, {u"typ"_s, u"JWT"_s}};
        QTest::newRow("RS256") << QJsonObject{{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}};
        QTest::newRow("lowercase") << QJsonObject{{u"alg"_s, u"hs256"_s}};
        QTest::newRow("missing") << QJsonObject{{u"typ"_s, u"JWT"_s}};
        QTest::newRow("not a string") << QJsonObject{{u"alg"_s, 256}};
    }

    void otherAlgorithmsAreRefused()
    {
        QFETCH(QJsonObject, header);
        const JwtCodec codec = codecWith(TestKey);
        QCOMPARE(rejection(codec, craft(header, validPayload())), Reason::UnsupportedAlgorithm);
    }

    void hs512SignedWithOurKeyIsRefused()
    {
        const JwtCodec codec = codecWith(TestKey);
        const QByteArray token =
            craft({{u"alg"_s, u"HS512"_s}, {u"typ"_s, u"JWT"_s}}, validPayload(), EVP_sha512());
        QCOMPARE(rejection(codec, token), Reason::UnsupportedAlgorithm);
        // Relabelled as HS256, the 64-byte HMAC-SHA512 still does not pass.
        const QList<QByteArray> parts = token.split('.');
        const QByteArray relabelled = segment(hs256Header()) + '.' + parts[1] + '.' + parts[2];
        QCOMPARE(rejection(codec, relabelled), Reason::BadSignature);
    }

    void otherTypesAndCriticalHeadersAreRefused()
    {
        const JwtCodec codec = codecWith(TestKey);
        QCOMPARE(
            rejection(codec, craft({{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWE"_s}}, validPayload())),
            Reason::UnsupportedType);
        QCOMPARE(rejection(codec, craft({{u"alg"_s, u"HS256"_s}, {u"crit"_s, QJsonArray{u"x"_s}}},
                                        validPayload())),
                 Reason::UnsupportedType);
    }

    void aTamperedPayloadIsRefused()
    {
        const JwtCodec codec = codecWith(TestKey);
        const QByteArray token = codec.issue(JwtCodec::claimsFor(u"user-42"_s, Now));
        const QList<QByteArray> parts = token.split('.');
        QJsonObject payload =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
                .object();
        payload.insert(u"sub"_s, u"admin-1"_s);
        const QByteArray forged = parts[0] + '.' + segment(payload) + '.' + parts[2];
        QCOMPARE(rejection(codec, forged), Reason::BadSignature);

        payload.insert(u"sub"_s, u"user-42"_s);
        payload.insert(u"roles"_s, QJsonArray{u"admin"_s});
        QCOMPARE(rejection(codec, QByteArray(parts[0] + '.' + segment(payload) + '.' + parts[2])),
                 Reason::BadSignature);

        // One signature character changed (the first: the last one carries unused bits).
        QByteArray signature = parts[2];
        signature[0] = signature[0] == 'A' ? 'B' : 'A';
        QCOMPARE(rejection(codec, QByteArray(parts[0] + '.' + parts[1] + '.' + signature)),
                 Reason::BadSignature);
    }

    void aSignatureWithStrayBitsIsRefused()
    {
        // 32 bytes leave two unused bits in the last base64url character. Setting one decodes to
        // the same signature, so accepting it would give one token several spellings (and ids).
        static const QByteArray alphabet =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"_ba;
        const JwtCodec codec = codecWith(TestKey);
        QByteArray token = codec.issue(JwtCodec::claimsFor(u"user-42"_s, Now));
        QVERIFY(codec.verify(token, Now).ok());
        const qsizetype last = token.size() - 1;
        const qsizetype index = alphabet.indexOf(token[last]);
        QCOMPARE(index & 3, 0);
        token[last] = alphabet[index | 1];
        QCOMPARE(rejection(codec, token), Reason::Malformed);
    }

    void aTokenSignedWithAnotherKeyIsRefused()
    {
        const JwtCodec ours = codecWith(TestKey);
        const JwtCodec theirs = codecWith("ffffffffffffffffffffffffffffffff"_ba);
        const QByteArray token = theirs.issue(JwtCodec::claimsFor(u"user-42"_s, Now));
        QVERIFY(theirs.verify(token, Now).ok());
        QCOMPARE(rejection(ours, token), Reason::BadSignature);
    }

    void expiredTokensAreRefusedAsExpired()
    {
        const JwtCodec codec = codecWith(TestKey);
        const QByteArray token = codec.issue(JwtCodec::claimsFor(u"user-42"_s, Now));
        QVERIFY(codec.verify(token, Now.addSecs(15 * 60 - 1)).ok());
        // exp itself is already too late, with no leeway.
        QCOMPARE(rejection(codec, token, Now.addSecs(15 * 60)), Reason::Expired);
        QCOMPARE(rejection(codec, token, Now.addSecs(16 * 60)), Reason::Expired);
        QCOMPARE(codec.verify(token, Now.addDays(1)).error().code(), u"token_expired"_s);
    }

    void tokensNotYetValidAreRefused()
    {
        const JwtCodec codec = codecWith(TestKey);
        QJsonObject payload = validPayload();
        payload.insert(u"nbf"_s, Now.toSecsSinceEpoch() + 30);
        QVERIFY(codec.verify(craft(hs256Header(), payload), Now).ok()); // within the leeway
        payload.insert(u"nbf"_s, Now.toSecsSinceEpoch() + 31);
        QCOMPARE(rejection(codec, craft(hs256Header(), payload)), Reason::NotYetValid);
        QCOMPARE(codec.verify(craft(hs256Header(), payload), Now).error().code(),
                 u"token_invalid"_s);

        // A token issued by a clock far ahead of ours.
        const QByteArray future =
            codec.issue(JwtCodec::claimsFor(u"user-42"_s, Now.addSecs(5 * 60)));
        QCOMPARE(rejection(codec, future), Reason::NotYetValid);
        payload = validPayload();
        payload.insert(u"iat"_s, Now.toSecsSinceEpoch() + 31);
        QCOMPARE(rejection(codec, craft(hs256Header(), payload)), Reason::IssuedInFuture);
        payload.insert(u"iat"_s, Now.toSecsSinceEpoch() + 30);
        QVERIFY(codec.verify(craft(hs256Header(), payload), Now).ok());
    }

    void tokensLackingRequiredClaimsAreRefused_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QJsonValue>("replacement"); // Undefined = removed
        QTest::newRow("no sub") << u"sub"_s << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no jti") << u"jti"_s << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no exp") << u"exp"_s << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no iat") << u"iat"_s << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("empty sub") << u"sub"_s << QJsonValue(u""_s);
        QTest::newRow("numeric sub") << u"sub"_s << QJsonValue(42);
        QTest::newRow("exp as text") << u"exp"_s << QJsonValue(u"2099-01-01"_s);
        QTest::newRow("fractional exp") << u"exp"_s << QJsonValue(1.7e9 + 0.5);
        QTest::newRow("nbf as text") << u"nbf"_s << QJsonValue(u"now"_s);
    }

    void tokensLackingRequiredClaimsAreRefused()
    {
        QFETCH(QString, claim);
        QFETCH(QJsonValue, replacement);
        const JwtCodec codec = codecWith(TestKey);
        QJsonObject payload = validPayload();
        if (replacement.isUndefined())
            payload.remove(claim);
        else
            payload.insert(claim, replacement);
        QCOMPARE(rejection(codec, craft(hs256Header(), payload)), Reason::MissingClaim);
    }

    void garbageIsRefusedAsMalformed_data()
    {
        const QByteArray valid = craft(hs256Header(), validPayload());
        const QList<QByteArray> parts = valid.split('.');
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one word") << "garbage"_ba;
        QTest::newRow("dots") << ".."_ba;
        QTest::newRow("two segments") << QByteArray(parts[0] + '.' + parts[1]);
        QTest::newRow("four segments") << QByteArray(valid + ".AAAA"_ba);
        QTest::newRow("not base64url") << "!!!.???.###"_ba;
        QTest::newRow("padded header")
            << QByteArray(parts[0] + "=."_ba + parts[1] + '.' + parts[2]);
        QTest::newRow("standard alphabet") << "a+b/.c.d"_ba;
        QTest::newRow("header not json")
            << QByteArray(b64("alg=HS256") + '.' + parts[1] + '.' + parts[2]);
        QTest::newRow("header an array")
            << QByteArray(b64("[\"HS256\"]") + '.' + parts[1] + '.' + parts[2]);
        QTest::newRow("oversized") << QByteArray(valid + QByteArray(JwtCodec::MaxTokenSize, 'A'));
        QTest::newRow("whitespace") << QByteArray(' ' + valid);
    }

    void garbageIsRefusedAsMalformed()
    {
        QFETCH(QByteArray, token);
        const JwtCodec codec = codecWith(TestKey);
        const auto result = codec.verify(token, Now);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().reason(), Reason::Malformed);
        QCOMPARE(result.error().code(), u"token_invalid"_s);
    }

    void aSignedButUnparsablePayloadIsMalformed()
    {
        const JwtCodec codec = codecWith(TestKey);
        const QByteArray input = segment(hs256Header()) + '.' + b64("{\"sub\":");
        unsigned char mac[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        HMAC(EVP_sha256(), TestKey.constData(), int(TestKey.size()),
             reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()), mac,
             &length);
        const QByteArray token =
            input + '.' + b64(QByteArray(reinterpret_cast<const char *>(mac), int(length)));
        QCOMPARE(rejection(codec, token), Reason::Malformed);
    }

    void shortKeysAreRefused()
    {
        QVERIFY(!JwtCodec::create(SecureBuffer::copyOf("too short"_ba)).ok());
        QVERIFY(!JwtCodec::create(SecureBuffer::copyOf(QByteArray(31, 'k'))).ok());
        QVERIFY(JwtCodec::create(JwtCodec::generateKey()).ok());
        QCOMPARE(JwtCodec::generateKey().size(), 32);
    }
};

QTEST_GUILESS_MAIN(TestJwtCodec)
#include "tst_jwtcodec.moc"
