#include "server/store/DatabaseUrl.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace nm::server {

nm::core::Result<DatabaseUrl, QString> DatabaseUrl::parse(const QString &url,
                                                          const QString &dataDir)
{
    DatabaseUrl parsed;
    if (url.trimmed().isEmpty()) {
        if (dataDir.isEmpty())
            return tr("No database: give --data-dir for the embedded SQLite file, or --database");
        parsed.sqlitePath = QDir(dataDir).filePath(u"novamind.db"_s);
        return parsed;
    }
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid())
        return tr("The database URL is not a valid URL");
    const QString scheme = u.scheme();
    if (scheme == "sqlite"_L1) {
        if (u.path().isEmpty() || !QDir::isAbsolutePath(u.path()))
            return tr("A sqlite database URL needs an absolute path: sqlite:///path/to/file.db");
        parsed.sqlitePath = u.path();
        return parsed;
    }
    if (scheme != "postgres"_L1 && scheme != "postgresql"_L1)
        return tr("The database URL scheme \"%1\" is not supported; use postgres:// or sqlite://")
            .arg(scheme);
    parsed.kind = Kind::Postgres;
    parsed.host = u.host();
    parsed.port = u.port(5432);
    parsed.user = u.userName();
    parsed.password = u.password();
    parsed.database = u.path().mid(1);
    if (parsed.host.isEmpty() || parsed.user.isEmpty() || parsed.database.isEmpty())
        return tr("A postgres database URL needs a user, a host and a database: "
                  "postgres://user@host:port/database");
    QStringList options;
    const QUrlQuery query(u);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != "sslmode"_L1 && key != "connect_timeout"_L1)
            return tr("The database URL option \"%1\" is not supported").arg(key);
        options << key + u'=' + value;
    }
    parsed.connectOptions = options.join(u';');
    return parsed;
}

QString DatabaseUrl::redacted() const
{
    if (kind == Kind::Sqlite)
        return u"sqlite://"_s + sqlitePath;
    return u"postgres://%1%2@%3:%4/%5"_s.arg(user, password.isEmpty() ? QString() : u":***"_s, host)
        .arg(port)
        .arg(database);
}

} // namespace nm::server
