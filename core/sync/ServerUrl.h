#pragma once

#include "core/Result.h"
#include "core/sync/ApiError.h"

#include <QString>
#include <QUrl>

namespace nm::core {

/// The rule for where the workstation may send credentials and clinical data: HTTPS anywhere,
/// plain HTTP only to this computer (127.0.0.0/8, ::1, "localhost") for development and the
/// demo. Everything else is refused before a connection is opened.
class ServerUrl {
public:
    ServerUrl() = delete;

    /// Done, or a Kind::InsecureUrl error saying why \a base may not be used.
    static Status<ApiError> check(const QUrl &base);
    static bool isLoopbackHost(const QString &host);
    /// \a pathAndQuery ("/api/v1/admin/devices?user=…") under \a base, keeping a path prefix
    /// the base may have (a server behind a reverse proxy at https://host/novamind).
    static QUrl resolve(const QUrl &base, const QString &pathAndQuery);
};

} // namespace nm::core
