#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <optional>

namespace nm::core {

/// Owns secret bytes (keys, passwords in transit to a KDF) in memory that is locked against
/// swapping, excluded from core dumps and wiped with OPENSSL_cleanse when freed. Move-only, so a
/// secret is never duplicated by accident; there is deliberately no conversion to QString.
class SecureBuffer {
public:
    SecureBuffer() = default;
    /// A zero-filled buffer of \a size bytes. Throws std::bad_alloc when the system has no memory
    /// left to map, like operator new: there is no useful way to continue without it.
    explicit SecureBuffer(qsizetype size);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    /// Copies \a bytes into a new buffer; the caller remains responsible for wiping its source.
    static SecureBuffer copyOf(QByteArrayView bytes);
    /// Encodes \a text as UTF-8 straight into locked memory (no intermediate QByteArray).
    static SecureBuffer fromUtf8(QStringView text);
    /// Decodes hexadecimal text; std::nullopt when it is not an even-length run of hex digits.
    static std::optional<SecureBuffer> fromHex(QStringView hex);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    const char *constChars() const { return reinterpret_cast<const char *>(m_data); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return {m_data, m_size}; }

    /// Lowercase hexadecimal of the contents, itself kept in secure memory.
    SecureBuffer toHex() const;
    /// Shortens the visible contents to \a size bytes (never grows); the tail is wiped.
    void truncate(qsizetype size);
    /// Constant-time comparison.
    bool equals(const SecureBuffer &other) const;

private:
    void release() noexcept;

    unsigned char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_mapped = 0;
    // False when the kernel refused mlock (RLIMIT_MEMLOCK); the bytes are still wiped on free.
    bool m_locked = false;
};

} // namespace nm::core
