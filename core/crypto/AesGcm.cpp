#include "core/crypto/AesGcm.h"

#include "core/crypto/SecureRandom.h"

#include <QtGlobal>

#include <climits>
#include <memory>
#include <openssl/err.h>
#include <openssl/evp.h>

namespace nm::core {

namespace {

struct CipherContextDeleter {
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

const unsigned char *bytesOf(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

[[noreturn]] void sealFailed(const char *why)
{
    qFatal("AesGcm::seal: %s (OpenSSL error %lu)", why, ERR_get_error());
}

} // namespace

AesGcm::Sealed AesGcm::seal(const SecureBuffer &key, const SecureBuffer &plaintext,
                            QByteArrayView aad)
{
    if (key.size() != KeySize)
        sealFailed("the key is not 32 bytes");
    if (plaintext.size() > INT_MAX || aad.size() > INT_MAX)
        sealFailed("the input is too large");

    Sealed sealed;
    // A random 96-bit IV is safe here: each key wraps a handful of messages over its lifetime,
    // far below the 2^32 messages at which random IVs risk a collision.
    sealed.iv = SecureRandom::bytes(IvSize);
    sealed.ciphertext = QByteArray(plaintext.size(), Qt::Uninitialized);
    sealed.tag = QByteArray(TagSize, Qt::Uninitialized);

    CipherContext context(EVP_CIPHER_CTX_new());
    int length = 0;
    if (!context || EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, key.data(),
                                       bytesOf(sealed.iv)) != 1)
        sealFailed("could not initialise the cipher");
    if (!aad.isEmpty() &&
        EVP_EncryptUpdate(context.get(), nullptr, &length, bytesOf(aad), int(aad.size())) != 1)
        sealFailed("could not authenticate the associated data");
    if (!plaintext.isEmpty() &&
        EVP_EncryptUpdate(context.get(),
                          reinterpret_cast<unsigned char *>(sealed.ciphertext.data()), &length,
                          plaintext.data(), int(plaintext.size())) != 1)
        sealFailed("could not encrypt");
    // GCM is a stream mode: Final emits no further bytes, it only completes the tag.
    unsigned char none[16];
    if (EVP_EncryptFinal_ex(context.get(), none, &length) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, int(TagSize), sealed.tag.data()) !=
            1)
        sealFailed("could not complete the authentication tag");
    return sealed;
}

std::optional<SecureBuffer> AesGcm::open(const SecureBuffer &key, const Sealed &sealed,
                                         QByteArrayView aad)
{
    // GCM would accept other IV and tag lengths; refusing them keeps a truncated tag (weaker
    // authentication) from ever being accepted.
    if (key.size() != KeySize || sealed.iv.size() != IvSize || sealed.tag.size() != TagSize ||
        sealed.ciphertext.size() > INT_MAX || aad.size() > INT_MAX)
        return std::nullopt;

    CipherContext context(EVP_CIPHER_CTX_new());
    if (!context || EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, key.data(),
                                       bytesOf(sealed.iv)) != 1)
        return std::nullopt;
    int length = 0;
    if (!aad.isEmpty() &&
        EVP_DecryptUpdate(context.get(), nullptr, &length, bytesOf(aad), int(aad.size())) != 1)
        return std::nullopt;
    // Decrypted straight into secure memory; if the tag then fails, the buffer is wiped on return.
    SecureBuffer plaintext(sealed.ciphertext.size());
    if (!sealed.ciphertext.isEmpty() &&
        EVP_DecryptUpdate(context.get(), plaintext.data(), &length, bytesOf(sealed.ciphertext),
                          int(sealed.ciphertext.size())) != 1)
        return std::nullopt;
    // OpenSSL reads the expected tag through a non-const pointer but does not modify it.
    QByteArray tag = sealed.tag;
    unsigned char none[16];
    if (EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, int(TagSize), tag.data()) != 1 ||
        EVP_DecryptFinal_ex(context.get(), none, &length) != 1)
        return std::nullopt;
    return plaintext;
}

} // namespace nm::core
