#include "server/auth/JwtCodec.h"

#include "core/crypto/SecureRandom.h"
#include "server/auth/Base64Url.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QList>

#include <cmath>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <optional>

using namespace Qt::StringLiterals;

namespace nm::server {

using nm::core::Result;
using nm::core::SecureBuffer;
using nm::core::SecureRandom;
using Reason = JwtError::Reason;

namespace {

constexpr qsizetype SignatureSize = 32;
constexpr qsizetype TokenIdBytes = 16;

// Registered claims we write and read ourselves; extra claims never override them.
const QList<QString> &registeredClaims()
{
    static const QList<QString> names{u"sub"_s, u"jti"_s, u"iat"_s, u"nbf"_s, u"exp"_s};
    return names;
}

std::optional<QJsonObject> decodeObject(QByteArrayView segment)
{
    const std::optional<QByteArray> json = Base64Url::decode(segment);
    if (!json)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QByteArray encodeObject(const QJsonObject &object)
{
    return Base64Url::encode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// A NumericDate as whole seconds. We only ever write integers, so a fraction, a string or a
/// value beyond the year 30000 is not ours and is refused rather than rounded.
std::optional<qint64> numericDate(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || std::floor(seconds) != seconds || std::fabs(seconds) > 9.0e11)
        return std::nullopt;
    return qint64(seconds);
}

} // namespace

Result<JwtCodec, QString> JwtCodec::create(SecureBuffer key)
{
    if (key.size() < KeySize)
        return nm::core::failure(u"the access token key must hold at least 256 bits"_s);
    return JwtCodec(std::move(key));
}

SecureBuffer JwtCodec::generateKey()
{
    return SecureRandom::key(KeySize);
}

JwtCodec::JwtCodec(SecureBuffer key)
    : m_key(std::move(key))
{}

JwtClaims JwtCodec::claimsFor(const QString &subject, const QDateTime &now,
                              std::chrono::seconds lifetime)
{
    const QDateTime issued = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    JwtClaims claims;
    claims.subject = subject;
    claims.tokenId = QString::fromLatin1(Base64Url::encode(SecureRandom::bytes(TokenIdBytes)));
    claims.issuedAt = issued;
    claims.notBefore = issued;
    claims.expiresAt = issued.addSecs(lifetime.count());
    return claims;
}

QByteArray JwtCodec::sign(QByteArrayView signingInput) const
{
    QByteArray mac(SignatureSize, Qt::Uninitialized);
    unsigned int length = 0;
    const unsigned char *result =
        HMAC(EVP_sha256(), m_key.data(), int(m_key.size()),
             reinterpret_cast<const unsigned char *>(signingInput.data()),
             size_t(signingInput.size()), reinterpret_cast<unsigned char *>(mac.data()), &length);
    // HMAC-SHA256 only fails when OpenSSL itself is broken; an empty MAC then matches nothing.
    if (!result || length != unsigned(SignatureSize))
        return {};
    return mac;
}

QByteArray JwtCodec::issue(const JwtClaims &claims) const
{
    const QJsonObject header{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}};
    QJsonObject payload = claims.extra;
    payload.insert(u"sub"_s, claims.subject);
    payload.insert(u"jti"_s, claims.tokenId);
    payload.insert(u"iat"_s, claims.issuedAt.toSecsSinceEpoch());
    payload.insert(u"nbf"_s, claims.notBefore.toSecsSinceEpoch());
    payload.insert(u"exp"_s, claims.expiresAt.toSecsSinceEpoch());
    const QByteArray signingInput = encodeObject(header) + '.' + encodeObject(payload);
    return signingInput + '.' + Base64Url::encode(sign(signingInput));
}

Result<JwtClaims, JwtError> JwtCodec::verify(QByteArrayView token, const QDateTime &now) const
{
    if (token.size() > MaxTokenSize)
        return JwtError(Reason::Malformed);
    // Exactly three segments; "header.payload" (an unsigned token without its trailing dot) is
    // refused here, "header.payload." further down for its missing signature.
    if (token.count('.') != 2)
        return JwtError(Reason::Malformed);
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype lastDot = token.lastIndexOf('.');
    const QByteArrayView headerPart = token.first(firstDot);
    const QByteArrayView payloadPart = token.sliced(firstDot + 1, lastDot - firstDot - 1);
    const QByteArrayView signaturePart = token.sliced(lastDot + 1);

    const std::optional<QJsonObject> header = decodeObject(headerPart);
    if (!header)
        return JwtError(Reason::Malformed);
    // The algorithm is ours to choose: whatever the header says, only HS256 is ever computed.
    const QJsonValue alg = header->value(u"alg"_s);
    if (!alg.isString() || alg.toString() != u"HS256")
        return JwtError(Reason::UnsupportedAlgorithm);
    if (header->contains(u"typ"_s)) {
        const QJsonValue typ = header->value(u"typ"_s);
        if (!typ.isString() || typ.toString() != u"JWT")
            return JwtError(Reason::UnsupportedType);
    }
    // RFC 7515 §4.1.11: extensions we do not implement must not be silently ignored.
    if (header->contains(u"crit"_s))
        return JwtError(Reason::UnsupportedType);

    if (signaturePart.isEmpty())
        return JwtError(Reason::BadSignature);
    const std::optional<QByteArray> signature = Base64Url::decode(signaturePart);
    if (!signature)
        return JwtError(Reason::Malformed);
    const QByteArray expected = sign(token.first(lastDot));
    // The length is public (always 32 for HS256); the bytes are compared in constant time.
    if (expected.size() != SignatureSize || signature->size() != SignatureSize ||
        CRYPTO_memcmp(expected.constData(), signature->constData(), size_t(SignatureSize)) != 0)
        return JwtError(Reason::BadSignature);

    // Only a payload we signed is parsed.
    const std::optional<QJsonObject> payload = decodeObject(payloadPart);
    if (!payload)
        return JwtError(Reason::Malformed);
    const QJsonValue sub = payload->value(u"sub"_s);
    const QJsonValue jti = payload->value(u"jti"_s);
    const std::optional<qint64> iat = numericDate(payload->value(u"iat"_s));
    const std::optional<qint64> exp = numericDate(payload->value(u"exp"_s));
    if (!sub.isString() || sub.toString().isEmpty() || !jti.isString() ||
        jti.toString().isEmpty() || !iat || !exp)
        return JwtError(Reason::MissingClaim);
    std::optional<qint64> nbf;
    if (payload->contains(u"nbf"_s)) {
        nbf = numericDate(payload->value(u"nbf"_s));
        if (!nbf)
            return JwtError(Reason::MissingClaim);
    }

    const qint64 current = now.toSecsSinceEpoch();
    const qint64 leeway = Leeway.count();
    if (*exp <= current)
        return JwtError(Reason::Expired);
    if (nbf && *nbf > current + leeway)
        return JwtError(Reason::NotYetValid);
    if (*iat > current + leeway)
        return JwtError(Reason::IssuedInFuture);

    JwtClaims claims;
    claims.subject = sub.toString();
    claims.tokenId = jti.toString();
    claims.issuedAt = QDateTime::fromSecsSinceEpoch(*iat, Qt::UTC);
    claims.notBefore = QDateTime::fromSecsSinceEpoch(nbf.value_or(*iat), Qt::UTC);
    claims.expiresAt = QDateTime::fromSecsSinceEpoch(*exp, Qt::UTC);
    claims.extra = *payload;
    for (const QString &name : registeredClaims())
        claims.extra.remove(name);
    return claims;
}

} // namespace nm::server
