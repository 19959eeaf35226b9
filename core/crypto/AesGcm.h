#pragma once

#include "core/crypto/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace nm::core {

/// AES-256-GCM authenticated encryption with a fresh random 96-bit IV per message.
class AesGcm {
public:
    AesGcm() = delete;

    static constexpr qsizetype KeySize = 32;
    static constexpr qsizetype IvSize = 12;
    static constexpr qsizetype TagSize = 16;

    /// What seal() produces; none of it is secret.
    struct Sealed {
        QByteArray iv;
        QByteArray ciphertext;
        QByteArray tag;
    };

    /// Encrypts \a plaintext and authenticates it together with \a aad. \a key must be KeySize
    /// bytes; anything else is a programming error and aborts, because there is no ciphertext we
    /// could safely return instead.
    static Sealed seal(const SecureBuffer &key, const SecureBuffer &plaintext, QByteArrayView aad);
    /// The plaintext, or std::nullopt when the key is wrong, any part of \a sealed or \a aad was
    /// altered, or the sizes are not those seal() produces.
    static std::optional<SecureBuffer> open(const SecureBuffer &key, const Sealed &sealed,
                                            QByteArrayView aad);
};

} // namespace nm::core
