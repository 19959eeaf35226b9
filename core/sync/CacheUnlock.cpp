#include "core/sync/CacheUnlock.h"

#include "core/crypto/KeyVault.h"

#include <QFile>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

CacheUnlock::Error cacheError(const CacheDatabase::Error &error)
{
    const bool damaged = error.kind == CacheDatabase::Error::Kind::CannotDecrypt ||
                         error.kind == CacheDatabase::Error::Kind::NotACache;
    return {damaged ? CacheUnlock::Error::Kind::Damaged : CacheUnlock::Error::Kind::Storage,
            error.message};
}

bool sameKey(const SecureBuffer &a, const SecureBuffer &b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace

Result<CacheDatabase, CacheUnlock::Error>
CacheUnlock::online(LocalAccounts &accounts, const QString &username, QStringView password,
                    LoginResult &login, const QDateTime &now, const KdfParams &params)
{
    const QString vaultPath = accounts.vaultPath(login.user.id);
    // Keep the key file when it already wraps this key under this password (the usual case);
    // otherwise wrap the server's key afresh: first sign-in here, or the password changed.
    bool current = false;
    if (QFile::exists(vaultPath)) {
        if (auto vault = KeyVault::load(vaultPath)) {
            if (auto dek = vault.value().unlock(password))
                current = sameKey(dek.value(), login.cacheKey);
        }
    }
    if (!current) {
        auto sealed = KeyVault::seal(login.cacheKey, password, params);
        if (!sealed)
            return Error{Error::Kind::Storage, sealed.error().message};
        if (auto entry =
                accounts.save(username, {login.user.id, login.deviceId, login.user.displayName, now,
                                         login.offlineGraceDays, login.user.roles});
            !entry)
            return Error{Error::Kind::Storage, entry.error()};
        if (auto saved = sealed.value().save(vaultPath); !saved)
            return Error{Error::Kind::Storage, saved.error().message};
    } else if (auto entry =
                   accounts.save(username, {login.user.id, login.deviceId, login.user.displayName,
                                            now, login.offlineGraceDays, login.user.roles});
               !entry) {
        return Error{Error::Kind::Storage, entry.error()};
    }
    auto cache = CacheDatabase::open(accounts.cachePath(login.user.id), std::move(login.cacheKey));
    if (!cache)
        return cacheError(cache.error());
    return std::move(cache).value();
}

Result<CacheDatabase, CacheUnlock::Error> CacheUnlock::offline(const LocalAccounts &accounts,
                                                               const QString &username,
                                                               QStringView password,
                                                               const QDateTime &now)
{
    const std::optional<LocalAccounts::Entry> entry = accounts.find(username);
    if (!entry || !QFile::exists(accounts.vaultPath(entry->userId)))
        return Error{Error::Kind::ConnectToSignIn,
                     tr("This account has not signed in on this computer yet. Connect to the "
                        "server to sign in.")};
    if (!entry->lastOnlineSignIn.isValid() ||
        now > entry->lastOnlineSignIn.addDays(entry->offlineGraceDays))
        return Error{Error::Kind::ConnectToSignIn,
                     tr("Offline sign-in is allowed for %n day(s) after the last sign-in with "
                        "the server. Connect to the server to sign in.",
                        nullptr, entry->offlineGraceDays)};
    auto vault = KeyVault::load(accounts.vaultPath(entry->userId));
    if (!vault)
        return Error{Error::Kind::Damaged, vault.error().message};
    auto dek = vault.value().unlock(password);
    if (!dek)
        return Error{dek.error().kind == KeyVault::Error::Kind::WrongPassword
                         ? Error::Kind::WrongPassword
                         : Error::Kind::Damaged,
                     dek.error().message};
    auto cache = CacheDatabase::open(accounts.cachePath(entry->userId), std::move(dek).value());
    if (!cache)
        return cacheError(cache.error());
    return std::move(cache).value();
}

} // namespace nm::core
