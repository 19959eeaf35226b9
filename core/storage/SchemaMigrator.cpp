#include "core/storage/SchemaMigrator.h"

#include "core/storage/SqlCipherDriver.h"
#include "core/storage/SqlScript.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nm::core {

SchemaMigrator::SchemaMigrator(QString directory)
    : m_directory(std::move(directory))
{}

Result<QList<SchemaMigrator::Migration>, QString> SchemaMigrator::migrations() const
{
    static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    const QDir dir(m_directory);
    if (!dir.exists())
        return tr("The migration directory %1 does not exist").arg(m_directory);

    QList<Migration> found;
    const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch())
            return tr("The migration file name %1 does not follow NNNN_name.sql").arg(file);
        found.append({match.captured(1).toInt(), match.captured(2), dir.filePath(file)});
    }
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (found.at(i).version != i + 1)
            return tr("Migration %1 is out of sequence: expected number %2")
                .arg(found.at(i).name)
                .arg(i + 1);
    }
    return found;
}

Status<QString> SchemaMigrator::migrate(QSqlDatabase &db, int currentVersion) const
{
    auto listed = migrations();
    if (!listed)
        return listed.error();
    // QSQLCIPHER runs a whole script natively; other drivers (the server's QSQLITE and QPSQL)
    // get it one statement at a time. SQLite-family databases also carry the version in their
    // header (PRAGMA user_version), which the cache checks before touching a file.
    auto *cipher = qobject_cast<SqlCipherDriver *>(db.driver());
    const bool sqliteFamily = cipher || db.driverName() == "QSQLITE"_L1;

    for (const Migration &migration : std::as_const(listed.value())) {
        if (migration.version <= currentVersion)
            continue;
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly))
            return tr("Unable to read migration %1").arg(migration.name);
        const QString script = QString::fromUtf8(file.readAll());

        if (!db.transaction())
            return tr("Unable to start migration %1: %2")
                .arg(migration.name, db.lastError().text());
        const auto fail = [&](const QString &what) -> Status<QString> {
            db.rollback();
            return tr("Migration %1 (version %2) failed and was rolled back: %3")
                .arg(migration.name)
                .arg(migration.version)
                .arg(what);
        };
        if (cipher) {
            if (!cipher->executeScript(script))
                return fail(cipher->lastError().text());
        } else {
            for (const QString &statement : SqlScript::statements(script)) {
                QSqlQuery step(db);
                if (!step.exec(statement))
                    return fail(step.lastError().text());
            }
        }

        QSqlQuery record(db);
        record.prepare(u"INSERT INTO schema_migrations (version, name, applied_at) "
                       "VALUES (?, ?, ?)"_s);
        record.addBindValue(migration.version);
        record.addBindValue(migration.name);
        record.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!record.exec())
            return fail(record.lastError().text());
        // PRAGMA takes no bound parameters; the version is an integer we produced ourselves.
        QSqlQuery bump(db);
        if (sqliteFamily && !bump.exec(u"PRAGMA user_version = %1"_s.arg(migration.version)))
            return fail(bump.lastError().text());
        if (!db.commit())
            return fail(db.lastError().text());
    }
    return Done{};
}

} // namespace nm::core
