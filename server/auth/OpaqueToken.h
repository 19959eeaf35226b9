#pragma once

#include "core/crypto/SecureBuffer.h"

#include <QByteArrayView>
#include <QString>

namespace nm::server {

/// Opaque bearer tokens (refresh tokens): 256 random bits, base64url on the wire. The database
/// keeps only hashForStorage(), so a leaked table cannot be replayed; a plain SHA-256 suffices
/// because the token has full entropy and needs no stretching.
class OpaqueToken {
public:
    OpaqueToken() = delete;

    static constexpr qsizetype RandomBytes = 32;
    /// Length of the wire form: 32 bytes in unpadded base64url.
    static constexpr qsizetype WireLength = 43;

    /// A new token in its wire form (ASCII), held in locked memory.
    static nm::core::SecureBuffer generate();
    /// Lowercase hex SHA-256 of the wire form, the only thing that is stored.
    static QString hashForStorage(QByteArrayView token);
    static QString hashForStorage(const nm::core::SecureBuffer &token)
    {
        return hashForStorage(token.view());
    }
    /// True when \a token has the shape generate() produces: a cheap refusal before any lookup.
    static bool isWellFormed(QByteArrayView token);
};

} // namespace nm::server
