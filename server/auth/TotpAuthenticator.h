#pragma once

#include "core/Result.h"
#include "core/crypto/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace nm::server {

/// Time-based one-time passwords (RFC 6238) with the parameters authenticator apps assume:
/// HMAC-SHA1, 30-second steps from the Unix epoch, 6 digits. liboath computes the codes.
class TotpAuthenticator {
public:
    TotpAuthenticator() = delete;

    static constexpr qsizetype SecretBytes = 20; // 160 bits, RFC 4226 §4's recommended length
    static constexpr int Digits = 6;
    static constexpr int StepSeconds = 30;
    /// Steps accepted on either side of the current one, for clock drift and typing time.
    static constexpr int Window = 1;

    /// A new shared secret (raw bytes) from the CSPRNG.
    static nm::core::SecureBuffer generateSecret();
    /// \a secret in unpadded RFC 4648 base32, the form apps accept for manual entry.
    static nm::core::SecureBuffer base32(const nm::core::SecureBuffer &secret);
    /// otpauth://totp/Issuer:account?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30 as
    /// UTF-8, with label and issuer percent-encoded. It contains the secret, hence SecureBuffer.
    static nm::core::SecureBuffer
    provisioningUri(const nm::core::SecureBuffer &secret, const QString &account,
                    const QString &issuer = QStringLiteral("Novamind"));
    /// \a uri as a QR code PNG (error correction M, 4-module quiet zone, 8 px per module). The
    /// PNG encodes the secret: send it once and do not keep or log it.
    static nm::core::Result<QByteArray, QString> qrPng(QByteArrayView uri);

    /// The code for \a secret at \a time; empty when liboath fails.
    static QString codeAt(const nm::core::SecureBuffer &secret, const QDateTime &time);
    /// The time step (counter) \a code matches within ±Window of \a now, or std::nullopt. A code
    /// that is not exactly six ASCII digits never matches. When \a lastUsedStep is given, a match
    /// at that step or an earlier one is refused, so a code observed in transit cannot be
    /// replayed: the caller stores the returned step as the account's new lastUsedStep.
    static std::optional<qint64> verify(const nm::core::SecureBuffer &secret, QStringView code,
                                        const QDateTime &now,
                                        std::optional<qint64> lastUsedStep = std::nullopt);
};

} // namespace nm::server
