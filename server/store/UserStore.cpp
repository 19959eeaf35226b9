#include "server/store/UserStore.h"

#include "core/crypto/SecureRandom.h"
#include "core/domain/EnumIds.h"
#include "server/store/SqlSupport.h"

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

QByteArray mfaSecretContext(const QUuid &userId)
{
    return "novamind totp secret v1:" + userId.toByteArray(QUuid::WithoutBraces);
}

constexpr auto UserColumns =
    "id, username, display_name, email, roles, active, mfa_enrolled, must_change_password";

User userFrom(const QSqlQuery &q)
{
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
    return user;
}

UserStore::Error storageError(const QSqlQuery &q)
{
    return {
        UserStore::Error::Kind::Storage,
        UserStore::tr("The accounts could not be read or written: %1").arg(q.lastError().text()),
        {}};
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
    auto hash = hashPassword(password);
    if (!hash && hash.error().kind == Error::Kind::Invalid)
        problems.append(hash.error().fields);
    if (!problems.isEmpty())
        return Error{Error::Kind::Invalid, tr("Some fields need attention"), problems};
    if (!hash)
        return hash.error();

    auto existing = findByUsername(user.username);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{Error::Kind::Duplicate,
                     tr("An account named \"%1\" already exists").arg(user.username),
                     {}};

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
    q.prepare(u"SELECT %1 FROM users WHERE username = ?"_s.arg(QLatin1StringView(UserColumns)));
    q.addBindValue(username.trimmed().toLower());
    if (!q.exec())
        return storageError(q);
    if (!q.next())
        return std::optional<User>();
    return std::optional<User>(userFrom(q));
}

nm::core::Result<std::optional<User>, UserStore::Error>
UserStore::findById(const QUuid &userId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT %1 FROM users WHERE id = ?"_s.arg(QLatin1StringView(UserColumns)));
    q.addBindValue(idText(userId));
    if (!q.exec())
        return storageError(q);
    if (!q.next())
        return std::optional<User>();
    return std::optional<User>(userFrom(q));
}

nm::core::Result<QList<User>, UserStore::Error> UserStore::list() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT %1 FROM users ORDER BY username"_s.arg(QLatin1StringView(UserColumns))))
        return storageError(q);
    QList<User> users;
    while (q.next())
        users.append(userFrom(q));
    return users;
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

bool UserStore::checkPassword(const QUuid &userId, const SecureBuffer &password) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT password_hash FROM users WHERE id = ?"_s);
    q.addBindValue(idText(userId));
    if (!q.exec() || !q.next())
        return m_hasher.verifyDummy(password);
    return m_hasher.verify(password, q.value(0).toString());
}

nm::core::Result<QString, UserStore::Error>
UserStore::hashPassword(const SecureBuffer &password) const
{
    // Characters as people count them: the password arrives as UTF-8.
    const qsizetype characters =
        QString::fromUtf8(password.constChars(), password.size()).toUcs4().size();
    if (characters < MinPasswordLength) {
        FieldErrors problems;
        problems.add(u"password"_s, tr("The password must have at least %n characters.", nullptr,
                                       int(MinPasswordLength)));
        return Error{Error::Kind::Invalid, tr("Some fields need attention"), problems};
    }
    auto hash = m_hasher.hash(password);
    if (!hash)
        return Error{Error::Kind::Storage, hash.error(), {}};
    return hash.value();
}

nm::core::Result<bool, UserStore::Error> UserStore::execUpdate(QSqlQuery &query) const
{
    if (!query.exec())
        return storageError(query);
    return query.numRowsAffected() > 0;
}

nm::core::Result<std::optional<User>, UserStore::Error>
UserStore::update(const QUuid &userId, const Changes &changes, const QDateTime &now)
{
    auto found = findById(userId);
    if (!found || !found.value())
        return found;
    User user = *found.value();
    if (changes.displayName)
        user.displayName = changes.displayName->trimmed();
    if (changes.email)
        user.email = changes.email->trimmed();
    if (changes.roles)
        user.roles = *changes.roles;
    if (const FieldErrors problems = user.validate(); !problems.isEmpty())
        return Error{Error::Kind::Invalid, tr("Some fields need attention"), problems};
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE users SET display_name = ?, email = ?, roles = ?, updated_at = ? "
              "WHERE id = ?"_s);
    q.addBindValue(user.displayName);
    q.addBindValue(user.email.isNull() ? u""_s : user.email);
    q.addBindValue(rolesText(user.roles));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(idText(userId));
    if (auto updated = execUpdate(q); !updated)
        return updated.error();
    return std::optional<User>(user);
}

nm::core::Result<bool, UserStore::Error> UserStore::setActive(const QUuid &userId, bool active,
                                                              const QDateTime &now)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE users SET active = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(idText(userId));
    return execUpdate(q);
}

nm::core::Result<bool, UserStore::Error> UserStore::setPassword(const QUuid &userId,
                                                                const SecureBuffer &password,
                                                                bool mustChange,
                                                                const QDateTime &now)
{
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE users SET password_hash = ?, must_change_password = ?, updated_at = ? "
              "WHERE id = ?"_s);
    q.addBindValue(hash.value());
    q.addBindValue(mustChange ? 1 : 0);
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(idText(userId));
    return execUpdate(q);
}

nm::core::Result<int, UserStore::Error> UserStore::countActiveWithRole(nm::core::Role role) const
{
    // Roles are a space-separated list of ids, so a role matches as a whole word.
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT count(*) FROM users WHERE active = 1 AND (' ' || roles || ' ') LIKE ?"_s);
    q.addBindValue(u"%% %1 %%"_s.arg(QString(nm::core::enumId(role))));
    if (!q.exec() || !q.next())
        return storageError(q);
    return q.value(0).toInt();
}

nm::core::Status<UserStore::Error> UserStore::setPendingMfaSecret(const QUuid &userId,
                                                                  const SecureBuffer &secret,
                                                                  const QDateTime &now)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE users SET mfa_secret = ?, mfa_enrolled = 0, mfa_last_step = NULL, "
              "updated_at = ? WHERE id = ? AND mfa_enrolled = 0"_s);
    q.addBindValue(m_masterKey.seal(secret, mfaSecretContext(userId)));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(idText(userId));
    auto updated = execUpdate(q);
    if (!updated)
        return updated.error();
    if (!updated.value())
        return Error{Error::Kind::Duplicate, tr("Two-factor authentication is already set up"), {}};
    return nm::core::Done{};
}

nm::core::Result<UserStore::MfaState, UserStore::Error>
UserStore::mfaState(const QUuid &userId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT mfa_secret, mfa_enrolled, mfa_last_step FROM users WHERE id = ?"_s);
    q.addBindValue(idText(userId));
    if (!q.exec())
        return storageError(q);
    MfaState state;
    if (!q.next())
        return state;
    if (!q.value(0).isNull())
        state.secret = m_masterKey.open(q.value(0).toByteArray(), mfaSecretContext(userId));
    state.enrolled = q.value(1).toInt() != 0;
    if (!q.value(2).isNull())
        state.lastStep = q.value(2).toLongLong();
    return state;
}

nm::core::Result<bool, UserStore::Error> UserStore::spendMfaStep(const QUuid &userId, qint64 step,
                                                                 bool confirm, const QDateTime &now)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE users SET mfa_last_step = ?, mfa_enrolled = CASE WHEN ? = 1 THEN 1 ELSE "
              "mfa_enrolled END, updated_at = ? WHERE id = ? AND mfa_secret IS NOT NULL AND "
              "(mfa_last_step IS NULL OR mfa_last_step < ?)"_s);
    q.addBindValue(step);
    q.addBindValue(confirm ? 1 : 0);
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(idText(userId));
    q.addBindValue(step);
    return execUpdate(q);
}

nm::core::Result<bool, UserStore::Error> UserStore::resetMfa(const QUuid &userId,
                                                             const QDateTime &now)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE users SET mfa_secret = NULL, mfa_enrolled = 0, mfa_last_step = NULL, "
              "updated_at = ? WHERE id = ?"_s);
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(idText(userId));
    return execUpdate(q);
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
