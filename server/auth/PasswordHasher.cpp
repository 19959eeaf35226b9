#include "server/auth/PasswordHasher.h"

#include "core/crypto/SecureRandom.h"

#include <QList>
#include <QStringView>

#include <argon2.h>
#include <cstdint>
#include <optional>
#include <string>

using namespace Qt::StringLiterals;

namespace nm::server {

using nm::core::KdfParams;
using nm::core::SecureBuffer;
using nm::core::SecureRandom;

namespace {

constexpr qsizetype SaltLength = 16;
constexpr qsizetype HashLength = 32;

struct PhcString {
    KdfParams params;
    int version = 0;
};

/// Reads the variant, version and costs of "$argon2id$v=19$m=…,t=…,p=…$salt$hash". The salt and
/// hash are left to libargon2, which decodes them again when verifying.
std::optional<PhcString> parsePhc(QStringView encoded)
{
    const QList<QStringView> parts = encoded.split(u'$');
    if (parts.size() != 6 || !parts[0].isEmpty() || parts[1] != u"argon2id" ||
        !parts[2].startsWith(u"v=") || parts[4].isEmpty() || parts[5].isEmpty())
        return std::nullopt;
    PhcString phc;
    bool ok = false;
    phc.version = parts[2].mid(2).toInt(&ok);
    if (!ok)
        return std::nullopt;
    const QList<QStringView> costs = parts[3].split(u',');
    if (costs.size() != 3 || !costs[0].startsWith(u"m=") || !costs[1].startsWith(u"t=") ||
        !costs[2].startsWith(u"p="))
        return std::nullopt;
    bool okM = false, okT = false, okP = false;
    phc.params.memoryKiB = costs[0].mid(2).toUInt(&okM);
    phc.params.iterations = costs[1].mid(2).toUInt(&okT);
    phc.params.parallelism = costs[2].mid(2).toUInt(&okP);
    if (!okM || !okT || !okP)
        return std::nullopt;
    return phc;
}

} // namespace

KdfParams PasswordHasher::defaultParams()
{
    // OWASP Password Storage Cheat Sheet, Argon2id minimum: m=19 MiB, t=2, p=1. The server
    // checks a password at every login from every workstation, so the cost is per request; one
    // lane keeps one login on one core instead of letting a burst of logins starve the others.
    return {19456, 2, 1};
}

PasswordHasher::PasswordHasher(KdfParams params)
    : m_params(params)
{}

nm::core::Result<QString, QString> PasswordHasher::hash(const SecureBuffer &password) const
{
    if (!m_params.isWithinBounds())
        return nm::core::failure(u"the Argon2id parameters are outside the accepted range"_s);
    if (password.size() > qsizetype(UINT32_MAX))
        return nm::core::failure(u"the password is too long"_s);
    const QByteArray salt = SecureRandom::bytes(SaltLength);
    const size_t length =
        argon2_encodedlen(m_params.iterations, m_params.memoryKiB, m_params.parallelism,
                          uint32_t(SaltLength), uint32_t(HashLength), Argon2_id);
    std::string encoded(length, '\0');
    const int rc = argon2id_hash_encoded(
        m_params.iterations, m_params.memoryKiB, m_params.parallelism, password.data(),
        size_t(password.size()), salt.constData(), size_t(salt.size()), size_t(HashLength),
        encoded.data(), encoded.size());
    if (rc != ARGON2_OK) {
        // Argon2's text names the failed check, never an input value.
        return nm::core::failure(QString(u"Argon2id hashing failed: "_s +
                                         QString::fromLatin1(argon2_error_message(rc))));
    }
    return QString::fromLatin1(encoded.c_str());
}

bool PasswordHasher::verify(const SecureBuffer &password, const QString &encoded) const
{
    const std::optional<PhcString> phc = parsePhc(encoded);
    // A stored hash edited to absurd costs must not make one login allocate gigabytes.
    if (!phc || phc->version != ARGON2_VERSION_13 || !phc->params.isWithinBounds())
        return false;
    const QByteArray text = encoded.toLatin1();
    return argon2id_verify(text.constData(), password.data(), size_t(password.size())) == ARGON2_OK;
}

bool PasswordHasher::verifyDummy(const SecureBuffer &password) const
{
    // argon2id_verify is one Argon2id computation plus a comparison; a raw hash with our costs
    // over a random salt is the same work without needing a stored hash to compare against.
    const QByteArray salt = SecureRandom::bytes(SaltLength);
    SecureBuffer sink(HashLength);
    if (m_params.isWithinBounds() && password.size() <= qsizetype(UINT32_MAX)) {
        argon2id_hash_raw(m_params.iterations, m_params.memoryKiB, m_params.parallelism,
                          password.data(), size_t(password.size()), salt.constData(),
                          size_t(salt.size()), sink.data(), size_t(sink.size()));
    }
    return false;
}

bool PasswordHasher::needsRehash(const QString &encoded) const
{
    const std::optional<PhcString> phc = parsePhc(encoded);
    if (!phc || phc->version != ARGON2_VERSION_13)
        return true;
    return phc->params.memoryKiB < m_params.memoryKiB ||
           phc->params.iterations < m_params.iterations;
}

} // namespace nm::server
