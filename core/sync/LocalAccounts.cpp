#include "core/sync/LocalAccounts.h"

#include "core/domain/EnumIds.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonObject readIndex(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QList<Role> rolesFrom(const QJsonValue &ids)
{
    QList<Role> roles;
    const QJsonArray array = ids.toArray();
    for (const QJsonValue &id : array) {
        if (const std::optional<Role> role = enumFromId<Role>(id.toString()))
            roles.append(*role);
    }
    return roles;
}

QJsonArray roleIds(const QList<Role> &roles)
{
    QJsonArray ids;
    for (const Role role : roles)
        ids.append(QString(enumId(role)));
    return ids;
}

} // namespace

LocalAccounts::LocalAccounts(const QString &root, const QUrl &server)
    // One folder per server, so two practices' users never share a file.
    : m_directory(QDir(root).filePath(
          server.host().isEmpty() ? u"local"_s
                                  : server.host() + u'-' + QString::number(server.port(443))))
{}

QString LocalAccounts::cachePath(const QUuid &userId) const
{
    return QDir(m_directory).filePath(idText(userId) + u".db"_s);
}

QString LocalAccounts::vaultPath(const QUuid &userId) const
{
    return QDir(m_directory).filePath(idText(userId) + u".vault"_s);
}

QString LocalAccounts::indexPath() const
{
    return QDir(m_directory).filePath(u"accounts.json"_s);
}

std::optional<LocalAccounts::Entry> LocalAccounts::find(const QString &username) const
{
    const QJsonObject entry = readIndex(indexPath()).value(username.trimmed().toLower()).toObject();
    const QUuid userId = QUuid::fromString(entry.value(u"user_id"_s).toString());
    if (userId.isNull())
        return std::nullopt;
    return Entry{
        userId,
        QUuid::fromString(entry.value(u"device_id"_s).toString()),
        entry.value(u"display_name"_s).toString(),
        QDateTime::fromString(entry.value(u"last_online_sign_in"_s).toString(), Qt::ISODateWithMs),
        entry.value(u"offline_grace_days"_s).toInt(),
        rolesFrom(entry.value(u"roles"_s))};
}

Status<QString> LocalAccounts::save(const QString &username, const Entry &entry)
{
    if (!QDir().mkpath(m_directory))
        return tr("The folder %1 cannot be created").arg(m_directory);
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QJsonObject index = readIndex(indexPath());
    index.insert(username.trimmed().toLower(),
                 QJsonObject{{u"user_id"_s, idText(entry.userId)},
                             {u"device_id"_s, idText(entry.deviceId)},
                             {u"display_name"_s, entry.displayName},
                             {u"last_online_sign_in"_s,
                              entry.lastOnlineSignIn.toUTC().toString(Qt::ISODateWithMs)},
                             {u"offline_grace_days"_s, entry.offlineGraceDays},
                             {u"roles"_s, roleIds(entry.roles)}});
    QSaveFile file(indexPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(index).toJson()) < 0 ||
        !file.commit())
        return tr("The account list %1 cannot be written").arg(indexPath());
    return Done{};
}

QUuid LocalAccounts::deviceIdFor(const QString &username) const
{
    if (const std::optional<Entry> entry = find(username); entry && !entry->deviceId.isNull())
        return entry->deviceId;
    return QUuid::createUuid();
}

Status<QString> LocalAccounts::wipe(const QString &username)
{
    const std::optional<Entry> entry = find(username);
    if (!entry)
        return Done{};
    const QString cache = cachePath(entry->userId);
    for (const QString &path :
         QStringList{cache, cache + u"-wal"_s, cache + u"-shm"_s, vaultPath(entry->userId)}) {
        if (QFile::exists(path) && !QFile::remove(path))
            return tr("%1 could not be erased").arg(path);
    }
    QJsonObject index = readIndex(indexPath());
    index.remove(username.trimmed().toLower());
    QSaveFile file(indexPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(index).toJson()) < 0 ||
        !file.commit())
        return tr("The account list %1 cannot be written").arg(indexPath());
    return Done{};
}

} // namespace nm::core
