// Splitting migration scripts for drivers that run one statement per exec.

#include "core/storage/SqlScript.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::SqlScript;

class TestSqlScript final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void splitsWhereSqliteEndsAStatement()
    {
        const QString script =
            u"-- Accounts.\n"
            "CREATE TABLE users (\n"
            "    id TEXT PRIMARY KEY, -- a UUID\n"
            "    note TEXT DEFAULT 'a; b'\n"
            ");\n"
            "\n"
            "CREATE TRIGGER users_no_delete BEFORE DELETE ON users\n"
            "BEGIN SELECT RAISE(ABORT, 'never; deleted'); END;\n"
            "INSERT INTO users (id) VALUES ('x');INSERT INTO users (id) VALUES ('y');\n"
            "SELECT 1"_s;
        const QStringList statements = SqlScript::statements(script);
        QCOMPARE(statements.size(), 4);
        QVERIFY(statements[0].startsWith(u"CREATE TABLE users"_s));
        QVERIFY(statements[0].contains(u"'a; b'"_s));
        QVERIFY(statements[0].endsWith(u");"_s));
        QVERIFY(statements[1].startsWith(u"CREATE TRIGGER"_s));
        QVERIFY(statements[1].endsWith(u"END;"_s));
        // Two statements on one line stay together: one exec would then refuse them, so the
        // migrations keep one statement per line end (checked by the migration tests).
        QVERIFY(statements[2].contains(u"'y'"_s));
        QCOMPARE(statements[3], u"SELECT 1"_s);
        QVERIFY(SqlScript::statements(u"-- only a comment\n\n"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
