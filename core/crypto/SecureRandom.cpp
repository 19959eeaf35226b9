#include "core/crypto/SecureRandom.h"

#include <QtGlobal>

#include <climits>
#include <openssl/err.h>
#include <openssl/rand.h>

namespace nm::core {

namespace {

[[noreturn]] void randomFailed(const char *what)
{
    // Only OpenSSL's error code goes into the message: it names the failure, never any output.
    qFatal("SecureRandom: the system random number generator failed while producing %s "
           "(OpenSSL error %lu); Novamind cannot continue safely without it",
           what, ERR_get_error());
}

} // namespace

SecureBuffer SecureRandom::key(qsizetype n)
{
    SecureBuffer buffer(n);
    if (buffer.isEmpty())
        return buffer;
    if (n > INT_MAX || RAND_priv_bytes(buffer.data(), int(n)) != 1)
        randomFailed("a key");
    return buffer;
}

QByteArray SecureRandom::bytes(qsizetype n)
{
    if (n <= 0)
        return {};
    QByteArray bytes(n, Qt::Uninitialized);
    if (n > INT_MAX || RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), int(n)) != 1)
        randomFailed("a salt or IV");
    return bytes;
}

} // namespace nm::core
