#include "server/store/UserStore.h"

#include "core/crypto/SecureRandom.h"
#include "core/domain/EnumIds.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using nm::core::FieldErrors;
using nm::core::SecureBuffer;
using nm::core::User;

namespace nm::server {

namespace {

QByteArray cacheKeyContext(const QUuid &userId)
{
    return "novamind cache key v1:" + userId.toByteArray(QUuid::WithoutBraces);
}

QString rolesText(const QList<nm::core::Role> &roles)
{
    QStringList ids;
    for (const nm::core::Role role : roles)
        ids << QString(nm::core::enumId(role));
    return ids.join(u' ');
}

} // namespace

UserStore::UserStore(const ServerDatabase &database, const MasterKey &masterKey,
                     PasswordHasher hasher)
    : m_database(database)
    , m_masterKey(masterKey)
    , m_hasher(std::move(hasher))
{}

nm::core::Result<User, UserStore::Error> UserStore::create(User user, const SecureBuffer &password,
                                                           const QDateTime &now)
{
    user.username = user.username.trimmed().toLower();
    if (user.id.isNull())
        user.id = QUuid::createUuid();
    user.active = true;
    FieldErrors problems = user.validate();
    // Characters as people count them: the password arrives as UTF-8.
    const qsizetype characters =
        QString::fromUtf8(password.constChars(), password.size()).toUcs4().size();
    if (characters < MinPasswordLength)
        problems.add(u"password"_s, tr("The password must have at least %n characters.", nullptr,
                                       int(MinPasswordLength)));
    if (!problems.isEmpty())
        return Error{Error::Kind::Invalid, tr("Some fields need attention"), problems};

    auto existing = findByUsername(user.username);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{Error::Kind::Duplicate,
                     tr("An account named \"%1\" already exists").arg(user.username),
                     {}};

    auto hash = m_hasher.hash(password);
    if (!hash)
        return Error{Error::Kind::Storage, hash.error(), {}};
    const QByteArray sealedCacheKey =
        m_masterKey.seal(nm::core::SecureRandom::key(32), cacheKeyContext(user.id));

    QSqlQuery insert(m_database.connection());
    insert.prepare(u"INSERT INTO users (id, username, display_name, email, roles, password_hash, "
                   "must_change_password, active, cache_key, created_at, updated_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"_s);
    insert.addBindValue(user.id.toString(QUuid::WithoutBraces));
    insert.addBindValue(user.username);
    insert.addBindValue(user.displayName);
    insert.addBindValue(user.email.isNull() ? u""_s : user.email);
    insert.addBindValue(rolesText(user.roles));
    insert.addBindValue(hash.value());
    insert.addBindValue(user.mustChangePassword ? 1 : 0);
    insert.addBindValue(sealedCacheKey);
    insert.addBindValue(now.toMSecsSinceEpoch());
    insert.addBindValue(now.toMSecsSinceEpoch());
    if (!insert.exec())
        return Error{Error::Kind::Storage,
                     tr("The account could not be saved: %1").arg(insert.lastError().text()),
                     {}};
    return user;
}

nm::core::Result<std::optional<User>, UserStore::Error>
UserStore::findByUsername(const QString &username) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id, username, display_name, email, roles, active, mfa_enrolled, "
              "must_change_password FROM users WHERE username = ?"_s);
    q.addBindValue(username.trimmed().toLower());
    if (!q.exec())
        return Error{Error::Kind::Storage,
                     tr("The accounts could not be read: %1").arg(q.lastError().text()),
                     {}};
    if (!q.next())
        return std::optional<User>();
    User user;
    user.id = QUuid::fromString(q.value(0).toString());
    user.username = q.value(1).toString();
    user.displayName = q.value(2).toString();
    user.email = q.value(3).toString();
    for (const QString &id : q.value(4).toString().split(u' ', Qt::SkipEmptyParts)) {
        if (const auto role = nm::core::enumFromId<nm::core::Role>(id))
            user.roles << *role;
    }
    user.active = q.value(5).toInt() != 0;
    user.mfaEnrolled = q.value(6).toInt() != 0;
    user.mustChangePassword = q.value(7).toInt() != 0;
    return std::optional<User>(user);
}

nm::core::Result<std::optional<SecureBuffer>, UserStore::Error>
UserStore::cacheKey(const QUuid &userId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT cache_key FROM users WHERE id = ?"_s);
    q.addBindValue(userId.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return Error{Error::Kind::Storage,
                     tr("The accounts could not be read: %1").arg(q.lastError().text()),
                     {}};
    if (!q.next())
        return std::optional<SecureBuffer>();
    return m_masterKey.open(q.value(0).toByteArray(), cacheKeyContext(userId));
}

bool UserStore::checkPassword(const QString &username, const SecureBuffer &password) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT password_hash FROM users WHERE username = ?"_s);
    q.addBindValue(username.trimmed().toLower());
    if (!q.exec() || !q.next())
        return m_hasher.verifyDummy(password);
    return m_hasher.verify(password, q.value(0).toString());
}

} // namespace nm::server
