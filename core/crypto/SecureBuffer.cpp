#include "core/crypto/SecureBuffer.h"

#include <QStringEncoder>

#include <new>
#include <openssl/crypto.h>
#include <sys/mman.h>
#include <unistd.h>
#include <utility>

namespace nm::core {

namespace {

qsizetype pageSize()
{
    static const qsizetype size = qsizetype(sysconf(_SC_PAGESIZE));
    return size;
}

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

} // namespace

SecureBuffer::SecureBuffer(qsizetype size)
{
    if (size <= 0)
        return;
    // Whole pages of our own: mlock and MADV_DONTDUMP work on pages, and no other object shares
    // them, so unlocking on free cannot unlock someone else's secret.
    const qsizetype page = pageSize();
    const qsizetype mapped = (size + page - 1) / page * page;
    void *p =
        mmap(nullptr, size_t(mapped), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        throw std::bad_alloc();
    m_data = static_cast<unsigned char *>(p);
    m_mapped = mapped;
    m_size = size;
    m_locked = mlock(p, size_t(mapped)) == 0;
    madvise(p, size_t(mapped), MADV_DONTDUMP);
}

SecureBuffer::~SecureBuffer()
{
    release();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_mapped(std::exchange(other.m_mapped, 0))
    , m_locked(std::exchange(other.m_locked, false))
{}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_mapped = std::exchange(other.m_mapped, 0);
        m_locked = std::exchange(other.m_locked, false);
    }
    return *this;
}

void SecureBuffer::release() noexcept
{
    if (!m_data)
        return;
    OPENSSL_cleanse(m_data, size_t(m_mapped));
    if (m_locked)
        munlock(m_data, size_t(m_mapped));
    munmap(m_data, size_t(m_mapped));
    m_data = nullptr;
    m_size = 0;
    m_mapped = 0;
    m_locked = false;
}

SecureBuffer SecureBuffer::copyOf(QByteArrayView bytes)
{
    SecureBuffer buffer(bytes.size());
    if (!bytes.isEmpty())
        memcpy(buffer.m_data, bytes.data(), size_t(bytes.size()));
    return buffer;
}

SecureBuffer SecureBuffer::fromUtf8(QStringView text)
{
    QStringEncoder encoder(QStringEncoder::Utf8);
    SecureBuffer buffer(encoder.requiredSpace(text.size()));
    if (buffer.isEmpty())
        return buffer;
    char *begin = reinterpret_cast<char *>(buffer.m_data);
    char *end = encoder.appendToBuffer(begin, text);
    buffer.truncate(end - begin);
    return buffer;
}

std::optional<SecureBuffer> SecureBuffer::fromHex(QStringView hex)
{
    if (hex.size() % 2 != 0)
        return std::nullopt;
    SecureBuffer buffer(hex.size() / 2);
    for (qsizetype i = 0; i < buffer.m_size; ++i) {
        const int hi = hexValue(hex[2 * i].unicode());
        const int lo = hexValue(hex[2 * i + 1].unicode());
        if (hi < 0 || lo < 0)
            return std::nullopt;
        buffer.m_data[i] = static_cast<unsigned char>(hi << 4 | lo);
    }
    return buffer;
}

SecureBuffer SecureBuffer::toHex() const
{
    static constexpr char digits[] = "0123456789abcdef";
    SecureBuffer hex(m_size * 2);
    for (qsizetype i = 0; i < m_size; ++i) {
        hex.m_data[2 * i] = static_cast<unsigned char>(digits[m_data[i] >> 4]);
        hex.m_data[2 * i + 1] = static_cast<unsigned char>(digits[m_data[i] & 0x0f]);
    }
    return hex;
}

void SecureBuffer::truncate(qsizetype size)
{
    if (size < 0 || size >= m_size)
        return;
    OPENSSL_cleanse(m_data + size, size_t(m_size - size));
    m_size = size;
}

bool SecureBuffer::equals(const SecureBuffer &other) const
{
    return m_size == other.m_size &&
           (m_size == 0 || CRYPTO_memcmp(m_data, other.m_data, size_t(m_size)) == 0);
}

} // namespace nm::core
