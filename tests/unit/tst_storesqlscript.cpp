// Splitting migration files into statements: ';' inside strings, comments and trigger
// bodies (including CASE ... END) must not end a statement.
#include "store/sqlscript.h"

#include <QTest>

using namespace sa;

class TestStoreSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
};

void TestStoreSqlScript::split_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("two statements")
        << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);\n")
        << QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("CREATE TABLE b (y)")};
    QTest::newRow("no final semicolon")
        << QStringLiteral("SELECT 1;  SELECT 2")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("semicolons in strings and identifiers")
        << QStringLiteral(
               "INSERT INTO t VALUES ('a;b', 'it''s;');SELECT \"x;y\", [p;q], `r;s` FROM t;")
        << QStringList{QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s;')"),
                       QStringLiteral("SELECT \"x;y\", [p;q], `r;s` FROM t")};
    QTest::newRow("comments") << QStringLiteral(
        "-- a comment; still a comment\nSELECT 1; /* block; comment */ SELECT 2;\n-- trailing;\n")
                              << QStringList{
                                     QStringLiteral("-- a comment; still a comment\nSELECT 1"),
                                     QStringLiteral("/* block; comment */ SELECT 2")};
    QTest::newRow("trigger body")
        << QStringLiteral(
               "CREATE TRIGGER t AFTER DELETE ON p BEGIN\n  DELETE FROM s WHERE id = old.id;\n"
               "  DELETE FROM u WHERE id = old.id;\nEND;\nSELECT 3;")
        << QStringList{
               QStringLiteral(
                   "CREATE TRIGGER t AFTER DELETE ON p BEGIN\n  DELETE FROM s WHERE id = old.id;\n"
                   "  DELETE FROM u WHERE id = old.id;\nEND"),
               QStringLiteral("SELECT 3")};
    QTest::newRow("CASE END inside a trigger")
        << QStringLiteral("create temp trigger t after update on p begin update q set a = case "
                          "when new.x then 1 "
                          "else 2 end; end; select 4;")
        << QStringList{
               QStringLiteral(
                   "create temp trigger t after update on p begin update q set a = case when "
                   "new.x then 1 else 2 end; end"),
               QStringLiteral("select 4")};
    QTest::newRow("CASE END outside a trigger")
        << QStringLiteral("SELECT CASE WHEN 1 THEN 2 END; SELECT 5;")
        << QStringList{QStringLiteral("SELECT CASE WHEN 1 THEN 2 END"), QStringLiteral("SELECT 5")};
    QTest::newRow("empty statements") << QStringLiteral(";; \n ;") << QStringList{};
}

void TestStoreSqlScript::split()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QCOMPARE(splitSqlScript(script), statements);
}

QTEST_APPLESS_MAIN(TestStoreSqlScript)
#include "tst_storesqlscript.moc"
