#pragma once

#include "core/Result.h"
#include "core/domain/Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace nm::core {

/// What one workstation keeps for the users who have signed in to one server here (DESIGN §4):
/// `<root>/<server-host>/<user-id>.db` (the SQLCipher cache), `<user-id>.vault` (its key,
/// wrapped under the user's password) and `accounts.json`, which maps a username to the user
/// id, this copy's device id, the last online sign-in and the offline grace period. The index
/// holds no secret and no clinical data: it only lets a user be found when the server cannot be.
class LocalAccounts {
    Q_DECLARE_TR_FUNCTIONS(LocalAccounts)

public:
    struct Entry {
        QUuid userId;
        QUuid deviceId;
        QString displayName;
        QDateTime lastOnlineSignIn;
        int offlineGraceDays = 0;
        /// The roles the server granted at the last online sign-in, so an offline session
        /// offers what the user may do (the server checks again at the next sync).
        QList<Role> roles;
    };

    LocalAccounts(const QString &root, const QUrl &server);

    /// The folder of this server's accounts.
    QString directory() const { return m_directory; }
    QString cachePath(const QUuid &userId) const;
    QString vaultPath(const QUuid &userId) const;

    std::optional<Entry> find(const QString &username) const;
    Status<QString> save(const QString &username, const Entry &entry);
    /// The device id this workstation uses for \a username: the stored one, or a new one.
    QUuid deviceIdFor(const QString &username) const;
    /// Erases the user's cache, its key file and index entry (remote wipe, DESIGN §4).
    Status<QString> wipe(const QString &username);

private:
    QString indexPath() const;

    QString m_directory;
};

} // namespace nm::core
