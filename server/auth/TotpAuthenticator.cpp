#include "server/auth/TotpAuthenticator.h"

#include "core/crypto/SecureRandom.h"

#include <QBuffer>
#include <QImage>
#include <QUrl>
#include <qrencode.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <liboath/oath.h>
#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace nm::server {

using nm::core::SecureBuffer;
using nm::core::SecureRandom;

namespace {

constexpr int QuietZoneModules = 4; // ISO/IEC 18004 asks for four
constexpr int PixelsPerModule = 8;  // well above the 4 px scanners need from a screen

bool oathReady()
{
    // liboath must be initialised once before use; a thread-safe static does exactly that.
    static const bool ready = oath_init() == OATH_OK;
    return ready;
}

struct CandidateCode {
    char digits[TotpAuthenticator::Digits];
};

/// liboath's comparison hook (strcmp-like: 0 on a match), so the submitted code is compared in
/// constant time instead of with liboath's default strcmp.
int compareCode(void *handle, const char *candidate)
{
    const auto *submitted = static_cast<const CandidateCode *>(handle);
    if (std::strlen(candidate) != size_t(TotpAuthenticator::Digits))
        return 1;
    const bool same =
        CRYPTO_memcmp(submitted->digits, candidate, size_t(TotpAuthenticator::Digits)) == 0;
    return same ? 0 : 1;
}

} // namespace

SecureBuffer TotpAuthenticator::generateSecret()
{
    return SecureRandom::key(SecretBytes);
}

SecureBuffer TotpAuthenticator::base32(const SecureBuffer &secret)
{
    if (secret.isEmpty() || !oathReady())
        return {};
    char *encoded = nullptr;
    size_t length = 0;
    if (oath_base32_encode(secret.constChars(), size_t(secret.size()), &encoded, &length) !=
            OATH_OK ||
        !encoded)
        return {};
    // Padding is optional in otpauth URIs and some apps reject it.
    size_t unpadded = length;
    while (unpadded > 0 && encoded[unpadded - 1] == '=')
        --unpadded;
    SecureBuffer result = SecureBuffer::copyOf(QByteArrayView(encoded, qsizetype(unpadded)));
    OPENSSL_cleanse(encoded, length);
    std::free(encoded);
    return result;
}

SecureBuffer TotpAuthenticator::provisioningUri(const SecureBuffer &secret, const QString &account,
                                                const QString &issuer)
{
    const SecureBuffer key = base32(secret);
    if (key.isEmpty())
        return {};
    // Key URI format (google-authenticator wiki): the label is "issuer:account" with each part
    // percent-encoded (a colon inside the account would otherwise split the label), and the
    // issuer parameter repeats the issuer for apps that ignore the label prefix.
    const QByteArray encodedIssuer = QUrl::toPercentEncoding(issuer);
    const QByteArray prefix = "otpauth://totp/"_ba + encodedIssuer + ':' +
                              QUrl::toPercentEncoding(account) + "?secret="_ba;
    const QByteArray suffix = "&issuer="_ba + encodedIssuer + "&algorithm=SHA1&digits="_ba +
                              QByteArray::number(Digits) + "&period="_ba +
                              QByteArray::number(StepSeconds);
    // Assembled in locked memory so the secret never sits in an ordinary QByteArray.
    SecureBuffer uri(prefix.size() + key.size() + suffix.size());
    std::memcpy(uri.data(), prefix.constData(), size_t(prefix.size()));
    std::memcpy(uri.data() + prefix.size(), key.data(), size_t(key.size()));
    std::memcpy(uri.data() + prefix.size() + key.size(), suffix.constData(), size_t(suffix.size()));
    return uri;
}

nm::core::Result<QByteArray, QString> TotpAuthenticator::qrPng(QByteArrayView uri)
{
    if (uri.isEmpty())
        return nm::core::failure(u"there is nothing to encode as a QR code"_s);
    // 8-bit mode for the whole URI: its lowercase letters and punctuation rule out the denser
    // alphanumeric mode anyway, and no NUL terminator is needed. Version 0 = smallest that fits.
    QRcode *code = QRcode_encodeData(
        int(uri.size()), reinterpret_cast<const unsigned char *>(uri.data()), 0, QR_ECLEVEL_M);
    if (!code) {
        return nm::core::failure(errno == ERANGE ? u"the text is too long for a QR code"_s
                                                 : u"the QR code could not be generated"_s);
    }
    const int modules = code->width;
    const int side = (modules + 2 * QuietZoneModules) * PixelsPerModule;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            // Bit 0 of each libqrencode byte is the module's colour (1 = dark).
            if (!(code->data[y * modules + x] & 1))
                continue;
            const int left = (x + QuietZoneModules) * PixelsPerModule;
            const int top = (y + QuietZoneModules) * PixelsPerModule;
            for (int row = top; row < top + PixelsPerModule; ++row)
                std::memset(image.scanLine(row) + left, 0, size_t(PixelsPerModule));
        }
    }
    QRcode_free(code);

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return nm::core::failure(u"the QR code could not be written as PNG"_s);
    return png;
}

QString TotpAuthenticator::codeAt(const SecureBuffer &secret, const QDateTime &time)
{
    if (secret.isEmpty() || !oathReady())
        return {};
    char otp[Digits + 1] = {};
    if (oath_totp_generate(secret.constChars(), size_t(secret.size()),
                           time_t(time.toSecsSinceEpoch()), StepSeconds,
                           OATH_TOTP_DEFAULT_START_TIME, Digits, otp) != OATH_OK)
        return {};
    return QString::fromLatin1(otp, Digits);
}

std::optional<qint64> TotpAuthenticator::verify(const SecureBuffer &secret, QStringView code,
                                                const QDateTime &now,
                                                std::optional<qint64> lastUsedStep)
{
    // Exactly six ASCII digits: QChar::isDigit would also admit other scripts' digits.
    if (code.size() != Digits || secret.isEmpty() || !oathReady())
        return std::nullopt;
    CandidateCode submitted{};
    for (qsizetype i = 0; i < Digits; ++i) {
        const char16_t c = code[i].unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        submitted.digits[i] = char(c);
    }
    const qint64 seconds = now.toSecsSinceEpoch();
    if (seconds < 0)
        return std::nullopt;
    int position = 0;
    uint64_t step = 0;
    const int rc =
        oath_totp_validate3_callback(secret.constChars(), size_t(secret.size()), time_t(seconds),
                                     StepSeconds, OATH_TOTP_DEFAULT_START_TIME, Digits,
                                     size_t(Window), &position, &step, compareCode, &submitted);
    if (rc < 0)
        return std::nullopt;
    if (lastUsedStep && qint64(step) <= *lastUsedStep)
        return std::nullopt;
    return qint64(step);
}

} // namespace nm::server
