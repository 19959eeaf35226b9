#pragma once

#include "core/crypto/SecureBuffer.h"

#include <QByteArray>

namespace nm::core {

/// Cryptographically secure random bytes from OpenSSL's DRBG. A failing generator aborts the
/// process: there is no safe fallback, and a predictable key or IV would silently void every
/// guarantee built on it.
class SecureRandom {
public:
    SecureRandom() = delete;

    /// \a n random bytes for secret keys, drawn from OpenSSL's private DRBG so that key material
    /// never shares generator state with the public values below.
    static SecureBuffer key(qsizetype n);
    /// \a n random bytes for values that are stored in the clear (salts, IVs).
    static QByteArray bytes(qsizetype n);
};

} // namespace nm::core
