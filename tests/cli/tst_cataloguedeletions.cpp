// Deletions through catalogue push and pull, between SQLite files and a real PostgreSQL
// server (tests/testutil/postgresserver.h), on the small fixture catalogue as the
// shipped one (STACKATLAS_SHIPPED_CATALOGUE): the sender's tombstones delete the rows
// on the other side, rows the receiver added itself stay, an edit made after the
// deletion is kept, and a failing receive changes nothing. Without a server it fails.
#include "postgresserver.h"
#include "store/postgrescataloguestore.h"
#include "store/postgresconnection.h"
#include "store/sqliteconnection.h"
#include "storefixture.h"
#include "testutil.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

// One value read through db.
QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

Product ownProduct(const QString &name)
{
    Product p;
    p.name = name;
    p.vendorName = u"Northbeam Labs"_s;
    return p;
}

} // namespace

class TestCatalogueDeletions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deletionsTravel();
    void failingPushChangesNothing();
    void failingPullChangesNothing();

private:
    test::CliRun exchange(const char *verb, const QString &other);
    std::unique_ptr<PostgresCatalogueStore> server();
    QStringList serverTombstones();

    test::PostgresServer m_server;
    QTemporaryDir m_dir;
    PostgresUrl m_url;
    QString m_laptop;
};

void TestCatalogueDeletions::initTestCase()
{
    QVERIFY2(m_server.start(),
             qPrintable(u"cannot start a PostgreSQL server for the tests: " + m_server.error()));
    m_url = m_server.createDatabase(u"team"_s);
    QVERIFY2(m_server.error().isEmpty(), qPrintable(m_server.error()));
    m_laptop = m_dir.filePath(u"laptop.sqlite"_s);
}

test::CliRun TestCatalogueDeletions::exchange(const char *verb, const QString &other)
{
    QProcessEnvironment env;
    env.insert(u"STACKATLAS_SHIPPED_CATALOGUE"_s, test::fixture(u"catalogue-small"_s));
    const bool push = qstrcmp(verb, "push") == 0;
    return test::runCli({u"--catalogue"_s,
                         m_laptop,
                         u"catalogue"_s,
                         QString::fromLatin1(verb),
                         push ? u"--to"_s : u"--from"_s,
                         other},
                        env);
}

std::unique_ptr<PostgresCatalogueStore> TestCatalogueDeletions::server()
{
    Expected<std::unique_ptr<PostgresCatalogueStore>> opened
        = PostgresCatalogueStore::open(m_url, test::smallCatalogue());
    if (!opened) {
        QTest::qFail(qPrintable(opened.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(*opened);
}

QStringList TestCatalogueDeletions::serverTombstones()
{
    QStringList result;
    for (const Tombstone &t : server()->tombstones())
        result << (t.kind == Tombstone::Kind::Product ? u"product "_s : u"capability "_s) + t.slug;
    return result;
}

void TestCatalogueDeletions::deletionsTravel()
{
    {
        const auto laptop = test::openSmallCatalogue(m_laptop);
        QVERIFY(laptop->addProduct(ownProduct(u"Client Data Hub"_s)));
    }
    // First push: the server is filled from the fixture (12 products, 11 capabilities).
    test::CliRun run = exchange("push", m_url.toString());
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out,
             u"pushed 13 products: 1 added, 12 updated; 0 capabilities added, 11 updated; "
             u"0 categories added; 0 removed\n"_s);
    // A colleague adds a product of their own on the server; the consultant deletes a
    // shipped product, their own product and a capability.
    QVERIFY(server()->addProduct(ownProduct(u"Team Tracker"_s)));
    {
        const auto laptop = test::openSmallCatalogue(m_laptop);
        QVERIFY(laptop->removeProduct(test::productId(*laptop, u"brevo"_s)).ok());
        QVERIFY(laptop->removeProduct(test::productId(*laptop, u"client-data-hub"_s)).ok());
        QVERIFY(laptop->removeCapability(test::capabilityId(*laptop, u"email-templates"_s)).ok());
    }
    run = exchange("push", m_url.toString());
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
             u"pushed 11 products: 0 added, 11 updated; 0 capabilities added, 10 updated; "
             u"0 categories added; 3 removed\n"_s);
    {
        const auto team = server();
        QVERIFY(!team->productBySlug(u"brevo"_s));
        QVERIFY(!team->productBySlug(u"client-data-hub"_s));
        QCOMPARE(test::capabilityId(*team, u"email-templates"_s), 0);
        QCOMPARE(team->productBySlug(u"team-tracker"_s)->name, u"Team Tracker"_s); // theirs
        QCOMPARE(team->stats().products, 12);
    }
    QCOMPARE(serverTombstones(),
             (QStringList{u"product brevo"_s,
                          u"product client-data-hub"_s,
                          u"capability email-templates"_s}));

    // Back: the colleague deletes two products on the server (long ago, as far as the
    // times go); the consultant has since edited one of them, which is kept.
    {
        const auto team = server();
        QVERIFY(team->removeProduct(test::productId(*team, u"hubspot-crm"_s)).ok());
        QVERIFY(team->removeProduct(test::productId(*team, u"hubspot-sales-hub"_s)).ok());
        QSqlQuery q(PostgresConnection::database(m_url));
        QVERIFY(q.exec(u"UPDATE tombstone SET removed_at = '2000-01-01T00:00:00.000Z'"
                       u" WHERE slug LIKE 'hubspot-%'"_s));
    }
    {
        const auto laptop = test::openSmallCatalogue(m_laptop);
        Product edited = *laptop->productBySlug(u"hubspot-sales-hub"_s);
        edited.description = u"Our notes on the sales hub."_s;
        QVERIFY(laptop->updateProduct(edited).ok());
    }
    run = exchange("pull", m_url.toString());
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
             u"pulled 10 products: 1 added, 9 updated; 0 capabilities added, 10 updated; "
             u"0 categories added; 1 removed, 1 kept (changed in the receiving catalogue "
             u"after the deletion)\n"_s);
    const auto laptop = test::openSmallCatalogue(m_laptop);
    QVERIFY(!laptop->productBySlug(u"hubspot-crm"_s));
    QCOMPARE(laptop->productBySlug(u"hubspot-sales-hub"_s)->description,
             u"Our notes on the sales hub."_s);
    QCOMPARE(laptop->productBySlug(u"team-tracker"_s)->name, u"Team Tracker"_s);
    QCOMPARE(laptop->stats().products, 11);
    QStringList slugs;
    for (const Tombstone &t : laptop->tombstones())
        slugs << t.slug + u' ' + (t.when.startsWith(u"2000-") ? u"then"_s : u"now"_s);
    // The server's deletion travels with its own time; the kept row has no tombstone.
    QCOMPARE(slugs,
             (QStringList{u"brevo now"_s,
                          u"client-data-hub now"_s,
                          u"hubspot-crm then"_s,
                          u"email-templates now"_s}));
}

void TestCatalogueDeletions::failingPushChangesNothing()
{
    // The server refuses one product late in the receive, after the deletions.
    {
        QSqlQuery q(PostgresConnection::database(m_url));
        QVERIFY(q.exec(u"CREATE FUNCTION refuse_late() RETURNS trigger LANGUAGE plpgsql AS"
                       u" $$BEGIN IF NEW.slug = 'late-product' THEN"
                       u" RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END$$"_s));
        QVERIFY(q.exec(u"CREATE TRIGGER refuse_late BEFORE INSERT ON product"
                       u" FOR EACH ROW EXECUTE FUNCTION refuse_late()"_s));
    }
    const QStringList tombstones = serverTombstones();
    {
        const auto laptop = test::openSmallCatalogue(m_laptop);
        QVERIFY(laptop->removeProduct(test::productId(*laptop, u"adobe-analytics"_s)).ok());
        QVERIFY(laptop->addProduct(ownProduct(u"Late Product"_s)));
    }
    const test::CliRun run = exchange("push", m_url.toString());
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.out, QString());
    // (QPSQL's own warning about the aborted transaction comes first on stderr)
    const QString message = run.err.mid(run.err.indexOf(u"stackatlas-cli:"));
    QVERIFY2(message.startsWith(u"stackatlas-cli: push failed, nothing was changed: cannot add "
                                u"product 'Late Product': ERROR:  refused by the test\n"_s),
             qPrintable(run.err));
    const auto team = server();
    QVERIFY(team->productBySlug(u"adobe-analytics"_s));
    QVERIFY(!team->productBySlug(u"late-product"_s));
    QCOMPARE(team->stats().products, 10);
    QCOMPARE(serverTombstones(), tombstones);
    QSqlQuery q(PostgresConnection::database(m_url));
    QVERIFY(q.exec(u"DROP TRIGGER refuse_late ON product"_s));
}

void TestCatalogueDeletions::failingPullChangesNothing()
{
    // The colleague deletes a product on the server and adds one the laptop refuses.
    {
        const auto team = server();
        QVERIFY(team->removeProduct(test::productId(*team, u"adobe-marketo-engage"_s)).ok());
        QVERIFY(team->addProduct(ownProduct(u"Team Only"_s)));
    }
    {
        QSqlDatabase db = SqliteConnection::database(m_laptop);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TRIGGER refuse_team_only BEFORE INSERT ON product"
                       u" WHEN NEW.slug = 'team-only'"
                       u" BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM tombstone"_s).toInt(), 5);
    }
    SqliteConnection::close(m_laptop);
    const test::CliRun run = exchange("pull", m_url.toString());
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err,
             u"stackatlas-cli: pull failed, nothing was changed: cannot add product 'Team Only': "
             u"refused by the test\n"_s);
    const auto laptop = test::openSmallCatalogue(m_laptop);
    QVERIFY(laptop->productBySlug(u"adobe-marketo-engage"_s));
    QVERIFY(!laptop->productBySlug(u"team-only"_s));
    QCOMPARE(laptop->stats().products, 11);
    QCOMPARE(
        scalar(SqliteConnection::database(m_laptop), u"SELECT count(*) FROM tombstone"_s).toInt(),
        5);
}

QTEST_GUILESS_MAIN(TestCatalogueDeletions)
#include "tst_cataloguedeletions.moc"
