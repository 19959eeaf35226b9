#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

#include <cstdio>

namespace nm::server {

/// The one function that writes a request's log line. It records the method, the route
/// *pattern* (a concrete path may carry ids), the status, the duration and the request id, and
/// never a body, a header or a query string, so no password, token or PHI can reach the log.
class RequestLog {
public:
    enum class Format { Text, Json };

    struct Entry {
        QLatin1StringView method;
        /// The matched route's pattern, or UnmatchedRoute.
        QString route;
        int status = 0;
        double durationSeconds = 0;
        QByteArray requestId;
    };

    /// What logs and metrics call a request that matched no route.
    static constexpr QLatin1StringView UnmatchedRoute{"unmatched"};

    /// Lines go to \a out (stderr by default), one per request, flushed at once.
    explicit RequestLog(Format format, std::FILE *out = stderr);

    void write(const Entry &entry) const;
    /// The line write() prints, without the newline.
    static QByteArray line(Format format, const Entry &entry);

private:
    Format m_format;
    std::FILE *m_out;
};

} // namespace nm::server
