#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace nm::core {

/// Applies the versioned SQL scripts of one directory (the resource ":/migrations/cache" for the
/// workstation's cache, the server's per-dialect directories) in order, on QSQLCIPHER, QSQLITE or
/// QPSQL. Scripts are named NNNN_what_it_does.sql, numbered from 1
/// without gaps; each runs in its own transaction together with the bump of PRAGMA user_version
/// and a row in schema_migrations, so a failed script leaves the database at the previous version.
class SchemaMigrator {
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    struct Migration {
        int version = 0;
        QString name;
        QString path;
    };

    explicit SchemaMigrator(QString directory);

    /// The scripts in version order, or why the directory is not a valid migration set.
    Result<QList<Migration>, QString> migrations() const;
    /// Brings \a db from \a currentVersion to the newest script's version.
    Status<QString> migrate(QSqlDatabase &db, int currentVersion) const;

private:
    QString m_directory;
};

} // namespace nm::core
