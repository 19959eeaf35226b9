#include "core/storage/SqlScript.h"

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

namespace nm::core {

QStringList SqlScript::statements(const QString &script)
{
    QStringList statements;
    QString current;
    // Whole-line comments are dropped; then the text is cut at every semicolon after which
    // SQLite's tokenizer says a statement is complete (outside strings, comments and
    // BEGIN…END), so two statements on one line are two statements.
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(u"--"))
            continue;
        for (const QChar c : line) {
            current += c;
            if (c == u';' && sqlite3_complete(current.toUtf8().constData())) {
                if (const QString statement = current.trimmed(); statement != u";")
                    statements << statement;
                current.clear();
            }
        }
        current += u'\n';
    }
    // A last statement without its semicolon still runs (and fails there if it is incomplete);
    // a trailing comment alone is not a statement.
    const QString rest = current.trimmed();
    if (!rest.isEmpty() && !rest.startsWith(u"--"))
        statements << rest;
    return statements;
}

} // namespace nm::core
