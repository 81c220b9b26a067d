// The catalogue on a real PostgreSQL server (tests/testutil/postgresserver.h starts one
// on loopback in a temporary folder): migrations, search parity with SQLite on the small
// fixture, optimistic locking under ten concurrent editors, the retry of a serialization
// failure, and a server restart in the middle of a session. Without a server these fail
// with the reason; they never pass or skip silently.
#include "postgresserver.h"
#include "raceedits.h"
#include "store/catalogueschema.h"
#include "store/migrationrunner.h"
#include "store/postgrescataloguestore.h"
#include "store/postgresconnection.h"
#include "storefixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<PostgresCatalogueStore> openSmall(const PostgresUrl &url)
{
    Expected<std::unique_ptr<PostgresCatalogueStore>> opened
        = PostgresCatalogueStore::open(url, test::smallCatalogue());
    if (!opened) {
        QTest::qFail(qPrintable(opened.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(*opened);
}

QStringList slugsOf(const SearchResult &result)
{
    QStringList slugs;
    for (const ProductSummary &row : result.rows)
        slugs << row.slug;
    return slugs;
}

// One statement's single value on this thread's own connection to url.
QVariant scalar(const PostgresUrl &url, const QString &sql)
{
    QSqlQuery q(PostgresConnection::database(url));
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

// A connection of the test's own, beside the store's (which are per thread and URL).
QSqlDatabase separateConnection(const PostgresUrl &url, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setUserName(url.user);
    db.setDatabaseName(url.database);
    if (!db.open())
        QTest::qFail(qPrintable(db.lastError().text()), __FILE__, __LINE__);
    return db;
}

} // namespace

class TestPostgresCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void migrations();
    void searchParity_data();
    void searchParity();
    void versionedUpdate();
    void removalsLeaveTombstones();
    void concurrentEditors();
    void serializationFailureIsRetried();
    void exchange();
    void serverRestart(); // last: it restarts the server

private:
    test::PostgresServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteCatalogueStore> m_sqlite; // searchParity's pair
    std::unique_ptr<PostgresCatalogueStore> m_postgres;
};

void TestPostgresCatalogue::initTestCase()
{
    QVERIFY2(m_server.start(),
             qPrintable(u"cannot start a PostgreSQL server for the tests: " + m_server.error()));
}

void TestPostgresCatalogue::cleanupTestCase()
{
    m_sqlite.reset();
    m_postgres.reset();
}

void TestPostgresCatalogue::migrations()
{
    const PostgresUrl url = m_server.createDatabase(QStringLiteral("migrations"));
    QVERIFY2(m_server.error().isEmpty(), qPrintable(m_server.error()));
    const auto store = openSmall(url);
    QVERIFY(store);
    QSqlQuery q(PostgresConnection::database(url));
    QVERIFY(q.exec(QStringLiteral("SELECT version, name FROM schema_version ORDER BY version")));
    QStringList applied;
    while (q.next())
        applied << q.value(0).toString() + u' ' + q.value(1).toString();
    QCOMPARE(applied,
             QStringList({u"1 base"_s,
                          u"2 search"_s,
                          u"3 user_edits"_s,
                          u"4 search_speed"_s,
                          u"5 row_versions"_s,
                          u"6 capability_versions"_s}));
    QCOMPARE(MigrationRunner(CatalogueSchema::migrationsFolder()).latestVersion(), 6);
    // The fill records the shipped content's fingerprint, as the file does.
    QCOMPARE(scalar(url, u"SELECT value FROM catalogue_meta WHERE key = 'shipped_fingerprint'"_s)
                 .toString(),
             test::smallCatalogue().content.fingerprint);
    // The fixture as the SQLite store counts it (tests/testutil/storefixture.h).
    const CatalogueStats stats = store->stats();
    QCOMPARE(stats.products, 12);
    QCOMPARE(stats.vendors, 4);
    QCOMPARE(stats.categories, 3);
    QCOMPARE(stats.subcategories, 6);
    QCOMPARE(stats.capabilities, 11);
    QCOMPARE(scalar(url, QStringLiteral("SELECT count(*) FROM product_search")).toInt(), 12);
    QCOMPARE(scalar(url, QStringLiteral("SELECT min(version) || '-' || max(version) FROM product"))
                 .toString(),
             QStringLiteral("1-1"));
    // A second opening finds the schema current and the products there: nothing is added.
    const auto again = openSmall(url);
    QVERIFY(again);
    QCOMPARE(again->stats().products, 12);
    QCOMPARE(scalar(url, QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), 6);
}

void TestPostgresCatalogue::searchParity_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // worked out by hand; empty: compare only
    QTest::newRow("exact alias") << QStringLiteral("SFDC")
                                 << QStringList{u"salesforce-sales-cloud"_s, u"hubspot-crm"_s};
    QTest::newRow("prefix") << QStringLiteral("mark")
                            << QStringList{u"adobe-marketo-engage"_s,
                                           u"hubspot-marketing-hub"_s,
                                           u"salesforce-account-engagement"_s,
                                           u"salesforce-marketing-cloud-engagement"_s,
                                           u"brevo"_s};
    QTest::newRow("two words") << QStringLiteral("hubspot crm") << QStringList();
    QTest::newRow("capability name") << QStringLiteral("lead scoring") << QStringList();
    QTest::newRow("capability alias") << QStringLiteral("MTA") << QStringList();
    QTest::newRow("tie by name") << QStringLiteral("identity resolution") << QStringList();
    QTest::newRow("diacritics") << QStringLiteral("reservation")
                                << QStringList{u"brevo-meetings"_s};
    QTest::newRow("AND") << QStringLiteral("cloud AND \"engagement\"") << QStringList();
    QTest::newRow("minus and star") << QStringLiteral("marketo -engage*") << QStringList();
    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList();
    QTest::newRow("empty") << QString() << QStringList();
}

void TestPostgresCatalogue::searchParity()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    if (!m_sqlite) {
        m_sqlite = test::openSmallCatalogue(m_dir.filePath(QStringLiteral("c.sqlite")));
        m_postgres = openSmall(m_server.createDatabase(QStringLiteral("search")));
    }
    QVERIFY(m_sqlite && m_postgres);
    const CatalogueStore *sqlite = m_sqlite.get();
    const CatalogueStore *postgres = m_postgres.get();
    SearchQuery query;
    query.text = text;
    const SearchResult lite = sqlite->search(query);
    const SearchResult pg = postgres->search(query);
    if (!expected.isEmpty())
        QCOMPARE(slugsOf(lite), expected);
    QCOMPARE(slugsOf(pg), slugsOf(lite));
    QCOMPARE(pg.totalMatches, lite.totalMatches);
    // The same rows in every column but relevance (bm25 and ts_rank differ in scale).
    for (size_t i = 0; i < pg.rows.size(); ++i) {
        ProductSummary a = pg.rows[i];
        ProductSummary b = lite.rows[i];
        a.relevance = b.relevance = 0;
        a.id = b.id = 0;
        QCOMPARE(a, b);
    }
    // Filters as well: CRM's subcategory with a limit of one.
    query.categoryId = test::categoryId(*postgres, QStringLiteral("crm"));
    query.limit = 1;
    const SearchQuery liteQuery{query.text,
                                test::categoryId(*sqlite, QStringLiteral("crm")),
                                0,
                                QString(),
                                PriceFilter::Any,
                                1};
    QCOMPARE(slugsOf(postgres->search(query)), slugsOf(sqlite->search(liteQuery)));
    QCOMPARE(postgres->search(query).totalMatches, sqlite->search(liteQuery).totalMatches);
}

void TestPostgresCatalogue::versionedUpdate()
{
    const auto store = openSmall(m_server.createDatabase(QStringLiteral("versions")));
    QVERIFY(store);
    const ProductId id = test::productId(*store, QStringLiteral("brevo"));
    const std::optional<VersionedProduct> read = store->versionedProduct(id);
    QVERIFY(read);
    QCOMPARE(read->version, 1);
    Product mine = read->product;
    mine.description = QStringLiteral("Mine.");
    Product theirs = read->product;
    theirs.description = QStringLiteral("Theirs.");
    QCOMPARE(store->updateProductIfVersion(theirs, 1).value(), (VersionedUpdate{true, 2}));
    // Based on version 1, which is gone: nothing is written, version 2 is reported.
    QCOMPARE(store->updateProductIfVersion(mine, 1).value(), (VersionedUpdate{false, 2}));
    QCOMPARE(store->product(id)->description, QStringLiteral("Theirs."));
    const EditConflict conflict = conflictFor(*store, mine, 1);
    QCOMPARE(conflict.mine.description, QStringLiteral("Mine."));
    QCOMPARE(conflict.mineVersion, 1);
    QCOMPARE(conflict.theirs->description, QStringLiteral("Theirs."));
    QCOMPARE(conflict.theirsVersion, 2);
    // Keeping mine: written on their version.
    QCOMPARE(store->updateProductIfVersion(mine, 2).value(), (VersionedUpdate{true, 3}));
    QCOMPARE(store->product(id)->description, QStringLiteral("Mine."));
    // The search document follows the edit.
    SearchQuery q;
    q.text = QStringLiteral("mine");
    QCOMPARE(slugsOf(store->search(q)), QStringList{u"brevo"_s});
}

void TestPostgresCatalogue::removalsLeaveTombstones()
{
    // The fixture is the shipped catalogue here: a removed row leaves a tombstone, so that
    // the next shipped update does not bring it back.
    const PostgresUrl url = m_server.createDatabase(QStringLiteral("removals"));
    const auto store = openSmall(url);
    QVERIFY(store);
    const ProductId brevo = test::productId(*store, QStringLiteral("brevo"));
    QVERIFY(store->removeProduct(brevo).ok());
    QVERIFY(!store->product(brevo));
    QCOMPARE(store->removeProduct(brevo).error().message,
             u"there is no product with the id "_s + QString::number(brevo));
    QCOMPARE(
        scalar(url, u"SELECT count(*) FROM tombstone WHERE kind = 'product' AND slug = 'brevo'"_s)
            .toInt(),
        1);

    CapabilityId templates = 0;
    for (const Capability &c : store->capabilities()) {
        if (c.slug == u"email-templates")
            templates = c.id;
    }
    QVERIFY(templates > 0);
    QVERIFY(store->removeCapability(templates).ok());
    for (const Capability &c : store->capabilities())
        QVERIFY(c.slug != u"email-templates");
    QCOMPARE(store->removeCapability(templates).error().message,
             u"there is no capability with the id "_s + QString::number(templates));
    QCOMPARE(scalar(url,
                    u"SELECT count(*) FROM tombstone WHERE kind = 'capability'"
                    u" AND slug = 'email-templates'"_s)
                 .toInt(),
             1);
}

void TestPostgresCatalogue::concurrentEditors()
{
    const PostgresUrl url = m_server.createDatabase(QStringLiteral("editors"));
    const auto store = openSmall(url);
    QVERIFY(store);
    const ProductId id = test::productId(*store, QStringLiteral("brevo"));
    constexpr int kEditors = 10;
    constexpr int kEditsEach = 100;
    // Each thread has its own connection: the store takes the thread's.
    const test::RaceOutcome race
        = test::raceEdits(kEditors, kEditsEach, [&](int e, int n) -> test::EditTurn {
              const std::optional<VersionedProduct> read = store->versionedProduct(id);
              if (!read)
                  return test::EditTurn{true, 0, {}, {}};
              Product edit = read->product;
              edit.description = u"editor " + QString::number(e) + u" edit " + QString::number(n);
              const Expected<VersionedUpdate> done
                  = store->updateProductIfVersion(edit, read->version);
              if (!done)
                  return test::EditTurn{true, 0, {}, {}};
              return test::EditTurn{false, read->version, *done, edit.description};
          });
    const std::optional<VersionedProduct> final = store->versionedProduct(id);
    QVERIFY(final);
    QCOMPARE(
        test::raceProblems(race, kEditors * kEditsEach, final->version, final->product.description),
        QStringList());
}

void TestPostgresCatalogue::serializationFailureIsRetried()
{
    const PostgresUrl url = m_server.createDatabase(QStringLiteral("retry"));
    const auto store = openSmall(url);
    QVERIFY(store);
    const ProductId id = test::productId(*store, QStringLiteral("brevo"));
    Product edit = *store->product(id);
    edit.name = QStringLiteral("Brevo Retried");
    // Another session holds the row, changing a column the version does not guard.
    QSqlDatabase other = separateConnection(url, QStringLiteral("holder"));
    QSqlQuery hold(other);
    QVERIFY(hold.exec(QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE")));
    QVERIFY(hold.exec(u"UPDATE product SET pricing_model = 'per org' WHERE id = "_s
                      + QString::number(id)));
    std::optional<VersionedUpdate> outcome;
    QThread *editor = QThread::create([&] {
        if (const Expected<VersionedUpdate> done = store->updateProductIfVersion(edit, 1))
            outcome = *done;
    });
    editor->start();
    // Until the editor waits for the row lock...
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(url,
               QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type"
                              " = 'Lock' AND application_name = 'stackatlas'"))
            .toInt(),
        1,
        10'000);
    QVERIFY(hold.exec(QStringLiteral("COMMIT")));
    // ... whose first attempt then fails with 40001 and the second writes.
    QVERIFY(editor->wait(20'000));
    delete editor;
    QVERIFY(outcome);
    QCOMPARE(*outcome, (VersionedUpdate{true, 2}));
    QCOMPARE(store->retries(), 1);
    QCOMPARE(store->product(id)->name, QStringLiteral("Brevo Retried"));
    // The edit is written whole: the other session's column is the edit's again.
    QCOMPARE(store->product(id)->pricingModel, edit.pricingModel);
    hold = QSqlQuery();
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

void TestPostgresCatalogue::exchange()
{
    QTemporaryDir dir;
    const auto local = test::openSmallCatalogue(dir.filePath(QStringLiteral("local.sqlite")));
    const auto server = openSmall(m_server.createDatabase(QStringLiteral("exchange")));
    QVERIFY(local && server);
    Product added;
    added.name = QStringLiteral("Team Planner");
    added.vendorName = QStringLiteral("Northbeam Labs");
    added.categorySlug = QStringLiteral("crm");
    added.aliases = {QStringLiteral("TP")};
    QVERIFY(local->addProduct(added));
    // Push: the 12 fixture products are there already (updated), the new one is added.
    const Expected<ExchangeSummary> pushed = server->receive(contentOf(*local));
    QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
    QCOMPARE(pushed->productsAdded, 1);
    QCOMPARE(pushed->productsUpdated, 12);
    QCOMPARE(pushed->categoriesAdded, 0);
    QCOMPARE(server->stats().products, 13);
    QCOMPARE(server->productBySlug(QStringLiteral("team-planner"))->aliases, QStringList{u"TP"_s});
    SearchQuery q;
    q.text = QStringLiteral("TP");
    QCOMPARE(slugsOf(server->search(q)), QStringList{u"team-planner"_s});
    // Pull into a second laptop: the same 13 products.
    const auto other = test::openSmallCatalogue(dir.filePath(QStringLiteral("other.sqlite")));
    const Expected<ExchangeSummary> pulled = other->receive(contentOf(*server));
    QVERIFY(pulled);
    QCOMPARE(pulled->productsAdded, 1);
    QCOMPARE(pulled->productsUpdated, 12);
    QCOMPARE(other->productBySlug(QStringLiteral("team-planner"))->vendorName,
             QStringLiteral("Northbeam Labs"));
}

void TestPostgresCatalogue::serverRestart()
{
    const PostgresUrl url = m_server.createDatabase(QStringLiteral("restart"));
    const auto store = openSmall(url);
    QVERIFY(store);
    const ProductId id = test::productId(*store, QStringLiteral("brevo"));
    // A person opens the product and edits it; meanwhile the server restarts, which
    // drops this thread's connection.
    const std::optional<VersionedProduct> read = store->versionedProduct(id);
    QVERIFY(read);
    Product edit = read->product;
    edit.description = QStringLiteral("Written after the restart.");
    QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
    const int before = store->retries();
    const Expected<VersionedUpdate> done = store->updateProductIfVersion(edit, read->version);
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    QCOMPARE(*done, (VersionedUpdate{true, 2}));
    QCOMPARE(store->retries() - before, 1); // one reconnect, then the same edit again
    QCOMPARE(store->product(id)->description, QStringLiteral("Written after the restart."));
}

QTEST_GUILESS_MAIN(TestPostgresCatalogue)
#include "tst_postgrescatalogue.moc"
