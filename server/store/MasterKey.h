#pragma once

#include "core/Result.h"
#include "core/crypto/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nm::server {

/// The server master key: 256 random bits in `<data-dir>/master.key`, created owner-only (0600)
/// on first start. It encrypts what the server keeps for users but must not keep in the clear:
/// each user's escrowed cache key and TOTP secret (AES-256-GCM, bound to the owner's id).
class MasterKey {
    Q_DECLARE_TR_FUNCTIONS(MasterKey)

public:
    static constexpr qsizetype Size = 32;

    /// Loads the key from \a dataDir, creating it if there is none. A file of the wrong size or
    /// readable by others is refused, not repaired.
    static nm::core::Result<MasterKey, QString> loadOrCreate(const QString &dataDir);

    /// iv || ciphertext || tag of \a secret, bound to \a context (e.g. the user id and purpose).
    QByteArray seal(const nm::core::SecureBuffer &secret, const QByteArray &context) const;
    /// The secret, or std::nullopt when \a sealed was altered or bound to another context.
    std::optional<nm::core::SecureBuffer> open(const QByteArray &sealed,
                                               const QByteArray &context) const;

    /// A 256-bit key for one \a purpose (HMAC-SHA256 of the label under the master key), so the
    /// data directory holds a single secret: every server over the same data signs access tokens
    /// with the same key, and rotating the master key rotates them all.
    nm::core::SecureBuffer derive(QByteArrayView purpose) const;

private:
    explicit MasterKey(nm::core::SecureBuffer key);

    nm::core::SecureBuffer m_key;
};

} // namespace nm::server
