// The catalogue migrations: building from an empty file, upgrading from every earlier
// schema version with the data intact, all-or-nothing application, and the checks on
// the migration files themselves.
#include "store/catalogueschema.h"
#include "store/migrationrunner.h"
#include "store/sqlitecataloguestore.h"
#include "store/sqliteconnection.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sa;

namespace {

QStringList column(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + q.lastError().text()};
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

SearchQuery text(const QString &words)
{
    SearchQuery query;
    query.text = words;
    return query;
}

bool run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    qWarning() << sql << q.lastError().text();
    return false;
}

// What an older catalogue held, written with the SQL of schema 1 (valid up to schema 3,
// where the origin and edited columns take their defaults).
const char16_t *const oldRows[] = {
    u"INSERT INTO category (id, parent_id, slug, name) VALUES (1, NULL, 'data', 'Data'),"
    " (2, 1, 'cdp', 'Customer Data Platform')",
    u"INSERT INTO capability (id, slug, name, category_id, description)"
    " VALUES (7, 'identity-resolution', 'Identity resolution', 2, 'Join identifiers.')",
    u"INSERT INTO capability_alias (capability_id, alias) VALUES (7, 'identity stitching')",
    u"INSERT INTO vendor (id, slug, name, website, hq_country, founded)"
    " VALUES (3, 'acme', 'Acme', 'https://acme.example', 'DE', 2001)",
    u"INSERT INTO product (id, slug, vendor_id, name, primary_category_id, description, segments,"
    " deployment, pricing_model, price_low, price_high, price_currency, price_basis, price_as_of)"
    " VALUES (42, 'acme-profiles', 3, 'Acme Profiles', 2, 'Profiles for everyone.', "
    "'smb,enterprise',"
    " 'cloud', 'per profile', 1000, 5000, 'EUR', 'Basic tier', '2023-04-01'),"
    " (43, 'acme-lite', 3, 'Acme Lite', 2, 'A lighter edition.', '', '', '', NULL, NULL, 'USD', "
    "'', NULL)",
    u"INSERT INTO product_alias (product_id, alias) VALUES (42, 'AcmeP'), (42, 'Acme CDP')",
    u"INSERT INTO product_capability (product_id, capability_id, strength) VALUES (42, 7, 3), (43, "
    u"7, 1)",
    u"INSERT INTO product_integration (a, b, kind) VALUES (42, 43, 'native')",
};

Product expectedProfiles()
{
    Product p;
    p.id = 42;
    p.slug = QStringLiteral("acme-profiles");
    p.vendorId = 3;
    p.vendorSlug = QStringLiteral("acme");
    p.vendorName = QStringLiteral("Acme");
    p.name = QStringLiteral("Acme Profiles");
    p.categoryId = 2;
    p.categorySlug = QStringLiteral("cdp");
    p.description = QStringLiteral("Profiles for everyone.");
    p.segments = QStringList{QStringLiteral("smb"), QStringLiteral("enterprise")};
    p.deployment = QStringLiteral("cloud");
    p.pricingModel = QStringLiteral("per profile");
    p.price.low = 1000;
    p.price.high = 5000;
    p.price.currency = QStringLiteral("EUR");
    p.price.basis = QStringLiteral("Basic tier");
    p.price.asOf = QDate(2023, 4, 1);
    p.aliases = QStringList{QStringLiteral("AcmeP"), QStringLiteral("Acme CDP")};
    p.capabilities = {ProductCapability{
        7, QStringLiteral("identity-resolution"), QStringLiteral("Identity resolution"), 3}};
    p.integrations = {ProductIntegration{
        43, QStringLiteral("acme-lite"), QStringLiteral("Acme Lite"), IntegrationKind::Native}};
    p.origin = Origin::Shipped; // rows older than schema 3 came from the shipped catalogue
    p.edited = false;
    return p;
}

} // namespace

class TestStoreMigrations : public QObject
{
    Q_OBJECT

private slots:
    void migrationFiles();
    void fromEmptyFile();
    void upgrade_data();
    void upgrade();
    void oneTransaction();
    void refusesNewerSchema();
    void numberingGap();

private:
    QTemporaryDir m_dir;
};

void TestStoreMigrations::migrationFiles()
{
    const MigrationRunner runner(CatalogueSchema::migrationsFolder());
    QCOMPARE(runner.problem(), QString());
    QCOMPARE(runner.latestVersion(), 6);
    QStringList names;
    for (const MigrationRunner::Migration &m : runner.migrations())
        names << m.name;
    QCOMPARE(names,
             (QStringList{QStringLiteral("base"),
                          QStringLiteral("search"),
                          QStringLiteral("user_edits"),
                          QStringLiteral("search_speed"),
                          QStringLiteral("row_versions"),
                          QStringLiteral("capability_versions")}));
    // PostgreSQL: its own 001-004 beside the shared files, the shared 005 and 006.
    const MigrationRunner postgres(CatalogueSchema::migrationsFolder(),
                                   QStringLiteral("postgresql"));
    QCOMPARE(postgres.problem(), QString());
    QStringList folders;
    for (const MigrationRunner::Migration &m : postgres.migrations())
        folders << QFileInfo(m.path).dir().dirName();
    QCOMPARE(folders,
             (QStringList{QStringLiteral("postgresql"),
                          QStringLiteral("postgresql"),
                          QStringLiteral("postgresql"),
                          QStringLiteral("postgresql"),
                          QStringLiteral("catalogue"),
                          QStringLiteral("catalogue")}));
}

void TestStoreMigrations::fromEmptyFile()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QSqlDatabase db = SqliteConnection::database(path);
    QVERIFY(db.isOpen());
    QCOMPARE(MigrationRunner::currentVersion(db).value(), 0);
    const MigrationRunner runner(CatalogueSchema::migrationsFolder());
    const Status migrated = runner.migrate(db);
    QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));
    QCOMPARE(MigrationRunner::currentVersion(db).value(), 6);
    QCOMPARE(column(db, QStringLiteral("SELECT version FROM schema_version ORDER BY version")),
             (QStringList{QStringLiteral("1"),
                          QStringLiteral("2"),
                          QStringLiteral("3"),
                          QStringLiteral("4"),
                          QStringLiteral("5"),
                          QStringLiteral("6")}));
    QCOMPARE(column(db, QStringLiteral("PRAGMA application_id")),
             QStringList{QString::number(CatalogueSchema::applicationId)});
    QCOMPARE(column(db,
                    QStringLiteral(
                        "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view', 'trigger')"
                        " AND name NOT LIKE 'product_search_%' ORDER BY name")),
             (QStringList{QStringLiteral("capability"),
                          QStringLiteral("capability_alias"),
                          QStringLiteral("catalogue_meta"),
                          QStringLiteral("category"),
                          QStringLiteral("product"),
                          QStringLiteral("product_alias"),
                          QStringLiteral("product_capability"),
                          QStringLiteral("product_integration"),
                          QStringLiteral("product_search"),
                          QStringLiteral("schema_version"),
                          QStringLiteral("tombstone"),
                          QStringLiteral("vendor"),
                          QStringLiteral("vendor_search_rename")}));
    QCOMPARE(
        column(db,
               QStringLiteral("SELECT name FROM sqlite_schema WHERE name LIKE 'product_search_%'"
                              " AND type IN ('view', 'trigger') ORDER BY name")),
        (QStringList{QStringLiteral("product_search_delete"),
                     QStringLiteral("product_search_source")}));
    // Migrating again is a no-op.
    QVERIFY(runner.migrate(db).ok());
    QCOMPARE(column(db, QStringLiteral("SELECT count(*) FROM schema_version")),
             QStringList{QStringLiteral("6")});
    db = QSqlDatabase();
    SqliteConnection::close(path);
}

void TestStoreMigrations::upgrade_data()
{
    QTest::addColumn<int>("from");
    QTest::newRow("from 1") << 1;
    QTest::newRow("from 2") << 2;
    QTest::newRow("from 3") << 3;
    QTest::newRow("from 4") << 4;
}

void TestStoreMigrations::upgrade()
{
    QFETCH(int, from);
    const QString path = m_dir.filePath(u"from-" + QString::number(from) + u".sqlite");
    const MigrationRunner runner(CatalogueSchema::migrationsFolder());
    {
        QSqlDatabase db = SqliteConnection::database(path);
        QVERIFY(runner.migrate(db, from).ok());
        QCOMPARE(MigrationRunner::currentVersion(db).value(), from);
        for (const char16_t *sql : oldRows)
            QVERIFY(run(db, QString::fromUtf16(sql)));
        if (from >= 2) // from version 2 the application kept its search index itself
            QVERIFY(
                run(db,
                    QStringLiteral(
                        "INSERT INTO product_search (rowid, name, aliases, vendor, capabilities,"
                        " description) SELECT * FROM product_search_source")));
        const Status upgraded = runner.migrate(db);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error().message));
        QCOMPARE(MigrationRunner::currentVersion(db).value(), 6);
        // Rows that were there before schema 5 start at version 1, capabilities too
        // (schema 6), with no time of writing known.
        QCOMPARE(column(db, QStringLiteral("SELECT version FROM product WHERE id = 42")),
                 QStringList{QStringLiteral("1")});
        QCOMPARE(column(db,
                        QStringLiteral("SELECT DISTINCT version || '/' || coalesce(changed_at, '-')"
                                       " FROM capability")),
                 QStringList{QStringLiteral("1/-")});
    }
    SqliteConnection::close(path);

    SqliteCatalogueStore store(path);
    QCOMPARE(store.search(text(QStringLiteral("acme p"))).rows.at(0).relevance,
             1000.0); // name prefix
    QCOMPARE(store.product(42), std::optional<Product>(expectedProfiles()));
    const std::optional<Product> lite = store.product(43);
    QVERIFY(lite);
    QCOMPARE(lite->price.low, -1);
    QCOMPARE(lite->price.high, -1);
    QCOMPARE(lite->price.asOf, QDate());
    QCOMPARE(lite->segments, QStringList());
    QCOMPARE(store.stats(), (CatalogueStats{2, 1, 1, 1, 1, 2, 1, 1}));
    const std::vector<Capability> caps = store.capabilities();
    QCOMPARE(caps.size(), size_t(1));
    QCOMPARE(caps[0].aliases, QStringList{QStringLiteral("identity stitching")});
    QCOMPARE(caps[0].origin, Origin::Shipped);

    // The search index holds the old rows: by capability alias, name and product alias.
    const SearchResult stitch = store.search(text(QStringLiteral("stitch")));
    QCOMPARE(stitch.totalMatches, 2);
    const SearchResult profiles = store.search(text(QStringLiteral("profiles")));
    QCOMPARE(profiles.totalMatches, 1);
    QCOMPARE(profiles.rows[0].id, 42);
    QCOMPARE(store.search(text(QStringLiteral("acmep"))).rows.at(0).id, 42);
}

void TestStoreMigrations::oneTransaction()
{
    // A folder whose second migration fails: the first must not stay applied.
    QTemporaryDir migrations;
    QFile good(migrations.filePath(QStringLiteral("001_good.sql")));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("CREATE TABLE a (x INTEGER);\nINSERT INTO a VALUES (1);\n");
    good.close();
    QFile bad(migrations.filePath(QStringLiteral("002_bad.sql")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("CREATE TABLE b (y INTEGER);\nINSERT INTO no_such_table VALUES (2);\n");
    bad.close();

    const QString path = m_dir.filePath(QStringLiteral("atomic.sqlite"));
    QSqlDatabase db = SqliteConnection::database(path);
    const MigrationRunner runner(migrations.path());
    QCOMPARE(runner.problem(), QString());
    const Status s = runner.migrate(db);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.startsWith(u"migration 002_bad.sql failed: "),
             qPrintable(s.error().message));
    QCOMPARE(column(db, QStringLiteral("SELECT count(*) FROM sqlite_schema")),
             QStringList{QStringLiteral("0")});
    QCOMPARE(MigrationRunner::currentVersion(db).value(), 0);
    db = QSqlDatabase();
    SqliteConnection::close(path);
}

void TestStoreMigrations::refusesNewerSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    QSqlDatabase db = SqliteConnection::database(path);
    const MigrationRunner runner(CatalogueSchema::migrationsFolder());
    QVERIFY(runner.migrate(db).ok());
    QVERIFY(run(
        db,
        QStringLiteral("INSERT INTO schema_version VALUES (7, 'future', '2031-01-01T00:00:00Z')")));
    const Status s = runner.migrate(db);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message,
             QStringLiteral("the database schema is version 7, newer than version 6"));
    db = QSqlDatabase();
    SqliteConnection::close(path);
}

void TestStoreMigrations::numberingGap()
{
    QTemporaryDir migrations;
    for (const char *name : {"001_a.sql", "003_c.sql"}) {
        QFile f(migrations.filePath(QString::fromLatin1(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const MigrationRunner runner(migrations.path());
    QCOMPARE(runner.problem(),
             QString(u"migrations in " + migrations.path()
                     + u" are not numbered 001, 002, ... without gaps"));
    const QString path = m_dir.filePath(QStringLiteral("gap.sqlite"));
    QVERIFY(!runner.migrate(SqliteConnection::database(path)).ok());
    SqliteConnection::close(path);
}

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "tst_storemigrations.moc"
