#include "server/auth/OpaqueToken.h"

#include "core/crypto/SecureRandom.h"
#include "server/auth/Base64Url.h"

#include <QByteArray>

#include <openssl/evp.h>

namespace nm::server {

using nm::core::SecureBuffer;
using nm::core::SecureRandom;

SecureBuffer OpaqueToken::generate()
{
    // The private DRBG: a refresh token is a credential, like a key.
    return Base64Url::encodeSecret(SecureRandom::key(RandomBytes));
}

QString OpaqueToken::hashForStorage(QByteArrayView token)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(token.data(), size_t(token.size()), digest, &length, EVP_sha256(), nullptr) !=
        1) {
        // Only a broken OpenSSL gets here; an empty hash matches no stored row.
        return {};
    }
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), qsizetype(length)).toHex());
}

bool OpaqueToken::isWellFormed(QByteArrayView token)
{
    // No decoding: that would leave a copy of the credential in ordinary heap memory.
    return token.size() == WireLength && Base64Url::isAlphabet(token);
}

} // namespace nm::server
