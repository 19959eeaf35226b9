#pragma once

// A real encrypted cache in a temporary directory, for the model tests.

#include "core/crypto/SecureBuffer.h"
#include "core/storage/CacheDatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace nm::core::test {

class TestCache {
public:
    /// Opens a new cache; check isOpen() (QVERIFY cannot be used in a constructor).
    TestCache()
    {
        static int counter = 0;
        auto opened = CacheDatabase::open(
            m_dir.filePath(QStringLiteral("cache%1.db").arg(++counter)),
            *SecureBuffer::fromHex(QStringLiteral(
                "f0e1d2c3b4a5968778695a4b3c2d1e0ff0e1d2c3b4a5968778695a4b3c2d1e0f")));
        if (opened)
            m_cache.emplace(std::move(opened.value()));
        else
            m_error = opened.error().message;
    }

    bool isOpen() const { return m_cache.has_value(); }
    QString error() const { return m_error; }
    QSqlDatabase database() const { return m_cache->database(); }

private:
    QTemporaryDir m_dir;
    std::optional<CacheDatabase> m_cache;
    QString m_error;
};

} // namespace nm::core::test
