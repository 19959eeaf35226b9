#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace nm::server {

/// The id that ties a response to its log line (X-Request-Id). A caller's id is kept so a
/// client or proxy can trace its own requests, but only when it is short and plain, because it
/// is written into every log line unescaped.
class RequestId {
public:
    static constexpr qsizetype MaxLength = 64;

    /// 1..64 characters of [A-Za-z0-9-].
    static bool isWellFormed(QByteArrayView id);
    /// A fresh random UUID without braces.
    static QByteArray generate();
    /// \a incoming when it is well formed, otherwise a fresh one.
    static QByteArray accept(QByteArrayView incoming);
};

} // namespace nm::server
