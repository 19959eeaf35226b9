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
        QCOMPARE(statements.size(), 5);
        QVERIFY(statements[0].startsWith(u"CREATE TABLE users"_s));
        QVERIFY(statements[0].contains(u"'a; b'"_s));
        QVERIFY(statements[0].endsWith(u");"_s));
        QVERIFY(statements[1].startsWith(u"CREATE TRIGGER"_s));
        QVERIFY(statements[1].endsWith(u"END;"_s));
        QCOMPARE(statements[2], u"INSERT INTO users (id) VALUES ('x');"_s);
        QCOMPARE(statements[3], u"INSERT INTO users (id) VALUES ('y');"_s);
        QCOMPARE(statements[4], u"SELECT 1"_s);
        // A comment after the last semicolon is not a statement.
        QCOMPARE(SqlScript::statements(u"SELECT 2; -- done"_s), QStringList{u"SELECT 2;"_s});
        QVERIFY(SqlScript::statements(u"-- only a comment\n\n"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
