#include "core/crypto/PasswordKdf.h"

#include <argon2.h>
#include <cstdint>

namespace nm::core {

namespace {

// Far above any key we derive; it only keeps the casts to uint32_t below honest.
constexpr qsizetype MaxOutputLength = 1024;

} // namespace

Result<SecureBuffer, QString> PasswordKdf::derive(const SecureBuffer &password, QByteArrayView salt,
                                                  const KdfParams &params, qsizetype outputLength)
{
    if (!params.isWithinBounds())
        return tr("The key derivation settings are outside the range Novamind accepts.");
    if (salt.size() < qsizetype(ARGON2_MIN_SALT_LENGTH) || salt.size() > UINT32_MAX)
        return tr("The key derivation salt has the wrong length.");
    if (outputLength < qsizetype(ARGON2_MIN_OUTLEN) || outputLength > MaxOutputLength)
        return tr("The requested key length is not supported.");
    if (password.size() > UINT32_MAX)
        return tr("The password is too long.");

    // libargon2 computes into its own heap buffer, copies it here and wipes it; everything we
    // hold stays in the SecureBuffer.
    SecureBuffer output(outputLength);
    const int rc = argon2id_hash_raw(params.iterations, params.memoryKiB, params.parallelism,
                                     password.data(), uint32_t(password.size()), salt.data(),
                                     uint32_t(salt.size()), output.data(), size_t(output.size()));
    switch (rc) {
    case ARGON2_OK:
        return output;
    case ARGON2_MEMORY_ALLOCATION_ERROR:
        return tr("There is not enough free memory to check the password. Close other programs "
                  "and try again.");
    case ARGON2_THREAD_FAIL:
        return tr("The system could not start the threads needed to check the password. Close "
                  "other programs and try again.");
    default:
        // Argon2's own text names the failed check (never an input value), which is what a
        // support engineer needs to see.
        return tr("Novamind could not derive the key from the password (%1).")
            .arg(QString::fromLatin1(argon2_error_message(rc)));
    }
}

} // namespace nm::core
