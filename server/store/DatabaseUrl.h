#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace nm::server {

/// Where the server keeps its data: `--database` / NOVAMIND_DATABASE. Empty means the embedded
/// SQLite file `<data-dir>/novamind.db`; `sqlite:///absolute/path.db` another SQLite file;
/// `postgres://user[:password]@host[:port]/database[?sslmode=…]` PostgreSQL.
struct DatabaseUrl {
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    enum class Kind { Sqlite, Postgres };

    Kind kind = Kind::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString connectOptions; ///< QPSQL connect options from the query (e.g. "sslmode=require")

    static nm::core::Result<DatabaseUrl, QString> parse(const QString &url, const QString &dataDir);
    /// The URL with the password replaced, for messages and logs.
    QString redacted() const;
};

} // namespace nm::server
