#pragma once

#include "core/Result.h"
#include "core/crypto/KdfParams.h"
#include "core/storage/CacheDatabase.h"
#include "core/sync/LocalAccounts.h"
#include "core/sync/LoginResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace nm::core {

/// Opens a user's encrypted cache at sign-in (DESIGN §4).
///  * online: the server's escrowed key opens the cache, and is wrapped again under the password
///    just used, so a password changed elsewhere or a first sign-in on this workstation still
///    leaves a key file that works offline;
///  * offline: the password alone unwraps the key, within the grace period after the last online
///    sign-in; after it, or for a user never signed in here, the answer is to connect.
class CacheUnlock {
    Q_DECLARE_TR_FUNCTIONS(CacheUnlock)

public:
    struct Error {
        enum class Kind {
            /// Offline sign-in is not possible: never signed in here, or the window has passed.
            ConnectToSignIn,
            WrongPassword,
            /// The key file or the cache is damaged or not ours; it was left untouched.
            Damaged,
            Storage,
        };
        Kind kind;
        QString message;
    };

    static Result<CacheDatabase, Error> online(LocalAccounts &accounts, const QString &username,
                                               QStringView password, LoginResult &login,
                                               const QDateTime &now,
                                               const KdfParams &params = KdfParams::recommended());
    static Result<CacheDatabase, Error> offline(const LocalAccounts &accounts,
                                                const QString &username, QStringView password,
                                                const QDateTime &now);
};

} // namespace nm::core
