#pragma once

#include "core/Result.h"
#include "core/crypto/AesGcm.h"
#include "core/crypto/KdfParams.h"
#include "core/crypto/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace nm::core {

/// The data-encryption key (DEK) of one local cache, wrapped under the user's password and kept
/// as a small JSON file beside the cache.
///
/// Argon2id(password, salt) yields a key-encryption key and a separate check key. The check key
/// authenticates a fixed label, which tells "wrong password" apart from "file altered": AES-GCM on
/// its own fails the same way for both. A SHA-256 digest over every field catches corruption
/// before any password is tried, and the KDF parameters and salt are the GCM associated data, so
/// they cannot be swapped without detection.
class KeyVault {
    Q_DECLARE_TR_FUNCTIONS(KeyVault)

public:
    struct Error {
        enum class Kind {
            /// The password does not match the one the key was wrapped with.
            WrongPassword,
            /// The file is not a key file, is corrupt, or was edited; it must not be trusted.
            Tampered,
            /// A newer Novamind wrote the file, or the requested parameters cannot be stored.
            Unsupported,
            /// Reading or writing the file failed, or the system lacked the memory to derive the
            /// key; nothing is known to be wrong with the file or the password.
            Io,
        };
        Kind kind;
        /// Translated, plain text for the user; never contains the password or key bytes.
        QString message;
    };

    /// The size of the DEK it wraps: an AES-256 / SQLCipher raw key.
    static constexpr qsizetype DekSize = 32;

    /// Wraps \a dek (DekSize bytes) under \a password with a fresh salt and IV.
    static Result<KeyVault, Error> seal(const SecureBuffer &dek, QStringView password,
                                        const KdfParams &params = KdfParams::recommended());
    /// The DEK, derived with the parameters stored in this vault rather than today's defaults.
    Result<SecureBuffer, Error> unlock(QStringView password) const;
    /// Password change: the same DEK wrapped under \a newPassword with a new salt and IV and
    /// \a params; the cache itself is not re-encrypted.
    Result<KeyVault, Error> rewrap(QStringView oldPassword, QStringView newPassword,
                                   const KdfParams &params = KdfParams::recommended()) const;

    KdfParams kdfParams() const { return m_params; }

    /// Compact JSON, the form save() writes.
    QByteArray serialize() const;
    /// Reads serialize()'s output; refuses anything it cannot fully account for.
    static Result<KeyVault, Error> parse(QByteArrayView json);

    /// Writes atomically (QSaveFile), readable and writable by the owner only.
    Status<Error> save(const QString &path) const;
    static Result<KeyVault, Error> load(const QString &path);

private:
    KeyVault() = default;

    /// parse() with \a path named in the error messages (empty when the bytes came from elsewhere).
    static Result<KeyVault, Error> parseFrom(QByteArrayView json, const QString &path);
    /// Canonical bytes of the format, version, KDF parameters and salt: the GCM associated data.
    QByteArray header() const;
    /// SHA-256 over the canonical bytes of every field except the digest itself.
    QByteArray digest() const;

    KdfParams m_params;
    QByteArray m_salt;
    AesGcm::Sealed m_wrapped;
    QByteArray m_check;
};

} // namespace nm::core
