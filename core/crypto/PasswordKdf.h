#pragma once

#include "core/Result.h"
#include "core/crypto/KdfParams.h"
#include "core/crypto/SecureBuffer.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace nm::core {

/// Derives key material from a password with Argon2id (version 0x13).
class PasswordKdf {
    Q_DECLARE_TR_FUNCTIONS(PasswordKdf)

public:
    PasswordKdf() = delete;

    /// Derives \a outputLength bytes (4 or more) into secure memory. \a salt needs at
    /// least 8 bytes; parameters outside KdfParams' bounds are refused rather than attempted.
    /// The error is a translated message for the user; it never contains the password.
    static Result<SecureBuffer, QString> derive(const SecureBuffer &password, QByteArrayView salt,
                                                const KdfParams &params, qsizetype outputLength);
};

} // namespace nm::core
