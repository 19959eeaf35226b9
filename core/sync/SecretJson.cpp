#include "core/sync/SecretJson.h"

#include <QJsonDocument>

#include <cstring>
#include <openssl/crypto.h>

namespace nm::core {

namespace {

int base64Value(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a' + 26;
    if (c >= u'0' && c <= u'9')
        return c - u'0' + 52;
    if (c == u'+')
        return 62;
    if (c == u'/')
        return 63;
    return -1;
}

} // namespace

SecureBuffer SecretJson::objectWith(const QJsonObject &fields, QLatin1StringView name,
                                    const SecureBuffer &secret)
{
    // The plain members go through QJsonDocument; the secret is spliced in before the closing
    // brace, so it never becomes a QString or an unwiped QByteArray.
    QByteArray head = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    head.chop(1); // "}"
    if (!fields.isEmpty())
        head.append(',');
    head.append('"').append(name.data(), name.size()).append("\":\"");

    // Worst case every byte becomes \u00XX; then the closing quote and brace.
    SecureBuffer body(head.size() + 6 * secret.size() + 2);
    char *out = reinterpret_cast<char *>(body.data());
    std::memcpy(out, head.constData(), size_t(head.size()));
    qsizetype at = head.size();
    static const char hex[] = "0123456789abcdef";
    for (qsizetype i = 0; i < secret.size(); ++i) {
        const unsigned char c = secret.data()[i];
        if (c == '"' || c == '\\') {
            out[at++] = '\\';
            out[at++] = char(c);
        } else if (c < 0x20) {
            // Control characters must be escaped (RFC 8259 §7); bytes >= 0x80 are UTF-8 and pass.
            out[at++] = '\\';
            out[at++] = 'u';
            out[at++] = '0';
            out[at++] = '0';
            out[at++] = hex[c >> 4];
            out[at++] = hex[c & 0xf];
        } else {
            out[at++] = char(c);
        }
    }
    out[at++] = '"';
    out[at++] = '}';
    body.truncate(at);
    return body;
}

std::optional<SecureBuffer> SecretJson::fromBase64(QStringView text)
{
    if (text.isEmpty() || text.size() % 4 != 0)
        return std::nullopt;
    qsizetype padding = 0;
    if (text.endsWith(u'='))
        padding = text.endsWith(u"==") ? 2 : 1;
    SecureBuffer bytes(text.size() / 4 * 3 - padding);
    qsizetype at = 0;
    for (qsizetype group = 0; group < text.size(); group += 4) {
        quint32 bits = 0;
        int count = 0;
        for (qsizetype i = group; i < group + 4; ++i) {
            const char16_t c = text[i].unicode();
            if (c == u'=' && i >= text.size() - padding)
                continue;
            const int value = base64Value(c);
            if (value < 0)
                return std::nullopt;
            bits |= quint32(value) << (18 - 6 * count);
            ++count;
        }
        for (int k = 0; k < count - 1; ++k)
            bytes.data()[at++] = static_cast<unsigned char>(bits >> (16 - 8 * k));
        // Leftover bits under padding must be zero, or the text is not the canonical encoding
        // of any byte string.
        if (count < 4 && (bits & (0xffffffu >> (8 * (count - 1)))) != 0)
            return std::nullopt;
    }
    return bytes;
}

void SecretJson::wipe(QByteArray &bytes)
{
    // data() detaches a shared array, so this wipes our own copy at worst; the answer's bytes are
    // normally not shared by the time they are read.
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace nm::core
