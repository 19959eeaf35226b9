#pragma once

#include <QString>
#include <QStringList>

namespace nm::core {

/// Splits an SQL script into its statements, for drivers that run one statement per exec
/// (Qt's QSQLITE, QPSQL with bound values). SQLite's own tokenizer decides where a statement
/// ends (sqlite3_complete), so semicolons inside strings, comments and trigger bodies are safe.
/// Not for PostgreSQL dollar-quoted function bodies, which our migrations do not use.
class SqlScript {
public:
    static QStringList statements(const QString &script);
};

} // namespace nm::core
