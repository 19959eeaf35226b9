#pragma once

#include "core/Result.h"
#include "server/store/ServerDatabase.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace nm::server {

/// Break-glass grants (DESIGN §7): a psychiatrist opens a patient outside their care team after
/// typing why; the grant expires by itself and administrators see every grant.
class BreakGlassStore {
public:
    static constexpr qint64 DefaultDurationMs = 4LL * 60 * 60 * 1000; // one clinical shift
    /// A reason people can act on in review, not "x".
    static constexpr qsizetype MinReasonLength = 10;
    static constexpr qsizetype MaxReasonLength = 1000;

    struct Grant {
        QUuid id;
        QUuid userId;
        QString username;
        QUuid patientId;
        QString reason;
        QDateTime grantedAt;
        QDateTime expiresAt;
    };

    explicit BreakGlassStore(const ServerDatabase &database);

    nm::core::Result<Grant, QString> grant(const QUuid &userId, const QUuid &patientId,
                                           const QString &reason, qint64 nowMs,
                                           qint64 durationMs = DefaultDurationMs);
    /// Grants made since \a sinceMs, newest first.
    nm::core::Result<QList<Grant>, QString> since(qint64 sinceMs) const;

private:
    const ServerDatabase &m_database;
};

} // namespace nm::server
