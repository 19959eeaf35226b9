#pragma once

#include "core/Result.h"
#include "server/store/ServerDatabase.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace nm::server {

/// The workstations users sign in from. A device id names one user's cache on one workstation
/// (the client makes it up), so it belongs to exactly one user. Revoking a device (lost laptop)
/// ends its sessions; the workstation wipes its cache when it next hears `device_revoked`.
class DeviceStore {
public:
    struct Device {
        QUuid id;
        QUuid userId;
        QString name;
        QDateTime createdAt;
        QDateTime lastSeenAt;
        QDateTime revokedAt; ///< null while the device may be used
    };

    enum class Claim { Registered, Revoked, OtherUser };

    explicit DeviceStore(const ServerDatabase &database);

    /// Registers \a deviceId for \a userId on first use, otherwise updates its name and last-seen
    /// time. Revoked: the device may not sign in again. OtherUser: another account owns the id.
    nm::core::Result<Claim, QString> claim(const QUuid &deviceId, const QUuid &userId,
                                           const QString &name, qint64 nowMs);
    nm::core::Result<std::optional<Device>, QString> find(const QUuid &deviceId) const;
    /// Every device, or only \a userId's, most recently seen first.
    nm::core::Result<QList<Device>, QString> list(std::optional<QUuid> userId) const;
    /// Marks the device revoked and revokes its sessions; false when there is no such device.
    nm::core::Result<bool, QString> revoke(const QUuid &deviceId, qint64 nowMs);

private:
    const ServerDatabase &m_database;
};

} // namespace nm::server
