#pragma once

#include "core/crypto/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace nm::server {

/// base64url without padding (RFC 4648 §5), the encoding of JWT segments and opaque tokens.
class Base64Url {
public:
    Base64Url() = delete;

    static QByteArray encode(QByteArrayView bytes);
    /// Encodes straight into locked memory, for values that are themselves secrets.
    static nm::core::SecureBuffer encodeSecret(const nm::core::SecureBuffer &bytes);
    /// Strict decoding: std::nullopt for padding, characters outside the alphabet, or a
    /// non-canonical encoding (stray bits in the last character), so one value has one spelling.
    static std::optional<QByteArray> decode(QByteArrayView text);
    /// True when \a text consists only of base64url alphabet characters (and is not empty).
    static bool isAlphabet(QByteArrayView text);
};

} // namespace nm::server
