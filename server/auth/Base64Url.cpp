#include "server/auth/Base64Url.h"

#include <climits>
#include <openssl/evp.h>

namespace nm::server {

using nm::core::SecureBuffer;

namespace {

constexpr auto Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool isUrlChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}

} // namespace

QByteArray Base64Url::encode(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(Options);
}

SecureBuffer Base64Url::encodeSecret(const SecureBuffer &bytes)
{
    if (bytes.isEmpty() || bytes.size() > (INT_MAX / 4) * 3 - 3)
        return {};
    // QByteArray::toBase64 would leave an unwiped copy of the secret on the heap; OpenSSL encodes
    // into our locked buffer (standard alphabet, padded, NUL-terminated) and we translate in place.
    SecureBuffer out((bytes.size() + 2) / 3 * 4 + 1);
    const int written = EVP_EncodeBlock(out.data(), bytes.data(), int(bytes.size()));
    qsizetype length = written;
    while (length > 0 && out.data()[length - 1] == '=')
        --length;
    for (qsizetype i = 0; i < length; ++i) {
        if (out.data()[i] == '+')
            out.data()[i] = '-';
        else if (out.data()[i] == '/')
            out.data()[i] = '_';
    }
    out.truncate(length);
    return out;
}

std::optional<QByteArray> Base64Url::decode(QByteArrayView text)
{
    // A remainder of one character cannot come from any byte sequence.
    if (!isAlphabet(text) || text.size() % 4 == 1)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(
        text.toByteArray(), Options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    // Qt ignores the unused low bits of the last character; re-encoding exposes them.
    if (encode(decoded.decoded) != text)
        return std::nullopt;
    return std::move(decoded.decoded);
}

bool Base64Url::isAlphabet(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isUrlChar(c))
            return false;
    }
    return true;
}

} // namespace nm::server
