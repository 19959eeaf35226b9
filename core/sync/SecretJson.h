#pragma once

#include "core/crypto/SecureBuffer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QStringView>

#include <optional>

namespace nm::core {

/// JSON for bodies that carry a secret (a password, a refresh token, a cache key), written and
/// read so that the secret's bytes pass through as few unlocked, unwiped buffers as the Qt API
/// allows.
class SecretJson {
public:
    SecretJson() = delete;

    /// The compact JSON object of \a fields plus the string member \a name whose value is
    /// \a secret (UTF-8), escaped straight into locked memory.
    static SecureBuffer objectWith(const QJsonObject &fields, QLatin1StringView name,
                                   const SecureBuffer &secret);
    /// Standard padded base64 (RFC 4648 §4) decoded straight into locked memory; std::nullopt
    /// when \a text is not exactly that.
    static std::optional<SecureBuffer> fromBase64(QStringView text);
    /// Overwrites \a bytes (an answer that held a secret) before it is freed.
    static void wipe(QByteArray &bytes);
};

} // namespace nm::core
