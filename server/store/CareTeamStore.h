#pragma once

#include "core/Result.h"
#include "server/store/ServerDatabase.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace nm::server {

/// Which clinicians treat which patient. Clinical permissions reach a patient only through this
/// list or a live break-glass grant (BreakGlassStore); mayAccess() answers both in one query.
class CareTeamStore {
public:
    struct Member {
        QUuid userId;
        QString username;
        QString displayName;
        QStringList roles;
        QUuid assignedBy;
        QDateTime assignedAt;
    };

    explicit CareTeamStore(const ServerDatabase &database);

    nm::core::Result<QList<Member>, QString> members(const QUuid &patientId) const;
    /// Makes \a userIds the patient's whole care team in one transaction. Members who stay keep
    /// their original assignment time.
    nm::core::Status<QString> replace(const QUuid &patientId, const QList<QUuid> &userIds,
                                      const QUuid &assignedBy, qint64 nowMs);
    /// On the care team, or holding a break-glass grant for the patient that has not expired.
    nm::core::Result<bool, QString> mayAccess(const QUuid &userId, const QUuid &patientId,
                                              qint64 nowMs) const;

private:
    const ServerDatabase &m_database;
};

} // namespace nm::server
