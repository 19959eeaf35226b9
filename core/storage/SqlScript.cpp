#include "core/storage/SqlScript.h"

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

namespace nm::core {

QStringList SqlScript::statements(const QString &script)
{
    QStringList statements;
    QString current;
    // Line by line: a statement is complete when SQLite's tokenizer says the text so far ends
    // one (a semicolon outside strings, comments and BEGIN…END). Whole-line comments are dropped
    // so no statement carries a comment after its semicolon, which Qt's QSQLITE would take for
    // a second statement.
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(u"--"))
            continue;
        current += line;
        current += u'\n';
        if (sqlite3_complete(current.toUtf8().constData())) {
            const QString statement = current.trimmed();
            if (!statement.isEmpty() && statement != u";")
                statements << statement;
            current.clear();
        }
    }
    // A last statement without its semicolon still runs (and fails there if it is incomplete).
    if (const QString rest = current.trimmed(); !rest.isEmpty())
        statements << rest;
    return statements;
}

} // namespace nm::core
