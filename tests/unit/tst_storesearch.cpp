// Searching the catalogue: ranking (exact name or alias, then name or alias prefix, each
// by name; then bm25 with name > alias > vendor > capability > description, then name;
// very broad queries list the rest by name), FTS5 syntax in user text, every filter, the
// limit and totalMatches.
//
// Expected orders were worked out from the fixture (tests/fixtures/catalogue-small) with
// FTS5's bm25 formula: score = sum over query words of idf * f(k1 + 1) / (f + k1(1 - b
// + b * D / avgdl)), k1 = 1.2, b = 0.75, f = the column weights of the word's hits in
// the product, D = the product's token count (avgdl = 22.5 over the 12 products). The
// per-query notes give the numbers that decide each order.
#include "store/productsearch.h"
#include "store/sqliteconnection.h"
#include "storefixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace sa;

namespace {

SearchQuery textQuery(const QString &text)
{
    SearchQuery q;
    q.text = text;
    return q;
}

QStringList names(const SearchResult &result)
{
    QStringList list;
    for (const ProductSummary &row : result.rows)
        list << row.name;
    return list;
}

QStringList list(std::initializer_list<const char16_t *> items)
{
    QStringList result;
    for (const char16_t *item : items)
        result << QString::fromUtf16(item);
    return result;
}

const QStringList allByName = list({u"Adobe Analytics",
                                    u"Adobe Marketo Engage",
                                    u"Brevo",
                                    u"Brevo Meetings",
                                    u"Data Cloud",
                                    u"HubSpot Marketing Hub",
                                    u"HubSpot Sales Hub",
                                    u"HubSpot Smart CRM",
                                    u"Marketing Cloud Account Engagement",
                                    u"Marketing Cloud Engagement",
                                    u"Real-Time CDP",
                                    u"Sales Cloud"});

} // namespace

class TestStoreSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchExpression_data();
    void matchExpression();
    void ranking_data();
    void ranking();
    void summaryRow();
    void relevance();
    void filters_data();
    void filters();
    void limitAndTotal();
    void broadQueryByName();
    void priceFilterAgreesWithPriceBandMatches();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteCatalogueStore> m_store;
};

void TestStoreSearch::initTestCase()
{
    m_store = test::openSmallCatalogue(m_dir.filePath(QStringLiteral("small.sqlite")));
    QVERIFY(m_store);
}

void TestStoreSearch::matchExpression_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expression");
    QTest::newRow("words") << QStringLiteral("hub spo") << QStringLiteral("\"hub\" \"spo\"*");
    QTest::newRow("quotes and OR")
        << QStringLiteral("sales\" OR \"x") << QStringLiteral("\"sales\" \"OR\" \"x\"*");
    QTest::newRow("star dash colon")
        << QStringLiteral("a*b-c:d") << QStringLiteral("\"a\" \"b\" \"c\" \"d\"*");
    QTest::newRow("NEAR") << QStringLiteral("NEAR(a, b)")
                          << QStringLiteral("\"NEAR\" \"a\" \"b\"*");
    QTest::newRow("accent") << QStringLiteral("Pró") << QStringLiteral("\"Pró\"*");
    QTest::newRow("only syntax") << QStringLiteral("\"*-:^()") << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
}

void TestStoreSearch::matchExpression()
{
    QFETCH(QString, text);
    QFETCH(QString, expression);
    QCOMPARE(ProductSearch::matchExpression(text), expression);
}

void TestStoreSearch::ranking_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    // Exact alias first; HubSpot Smart CRM has SFDC in its description only.
    QTest::newRow("exact alias") << QStringLiteral("SFDC")
                                 << list({u"Sales Cloud", u"HubSpot Smart CRM"});
    // Any case is exact.
    QTest::newRow("exact alias, lower case")
        << QStringLiteral("sfdc") << list({u"Sales Cloud", u"HubSpot Smart CRM"});
    // Four name/alias prefix matches by name (Marketo Engage through its alias Marketo),
    // then Brevo (only its capability "Marketing workflows").
    QTest::newRow("prefix") << QStringLiteral("mark")
                            << list({u"Adobe Marketo Engage",
                                     u"HubSpot Marketing Hub",
                                     u"Marketing Cloud Account Engagement",
                                     u"Marketing Cloud Engagement",
                                     u"Brevo"});
    // "HubSpot CRM" is an alias of Smart CRM; Sales Hub matches on vendor and description.
    QTest::newRow("two words") << QStringLiteral("hubspot crm")
                               << list({u"HubSpot Smart CRM", u"HubSpot Sales Hub"});
    // Capability name: equal hits, so the shorter product wins (D = 24, 27, 30).
    QTest::newRow("capability name") << QStringLiteral("lead scoring")
                                     << list({u"Marketing Cloud Account Engagement",
                                              u"Adobe Marketo Engage",
                                              u"HubSpot Marketing Hub"});
    // A capability alias ("identity resolution" has none, "MTA" is one).
    QTest::newRow("capability alias")
        << QStringLiteral("MTA") << list({u"Adobe Analytics", u"Adobe Marketo Engage"});
    // Same score (same hits, same length): by name.
    QTest::newRow("tie by name") << QStringLiteral("identity resolution")
                                 << list({u"Data Cloud", u"Real-Time CDP"});
    // Diacritics are ignored: "Réservation".
    QTest::newRow("diacritics") << QStringLiteral("reservation") << list({u"Brevo Meetings"});
    // FTS5 syntax is plain text. A lone quote spoils the exact match: alias (6) beats
    // description (1).
    QTest::newRow("quote") << QStringLiteral("\"SFDC")
                           << list({u"Sales Cloud", u"HubSpot Smart CRM"});
    // AND is a word that must appear: only Marketing Cloud Engagement's description
    // ("Email and journeys ...") has it.
    QTest::newRow("AND") << QStringLiteral("cloud AND \"engagement\"")
                         << list({u"Marketing Cloud Engagement"});
    QTest::newRow("minus and star")
        << QStringLiteral("marketo -engage*") << list({u"Adobe Marketo Engage"});
    QTest::newRow("NEAR") << QStringLiteral("NEAR(sales cloud)") << QStringList();
    QTest::newRow("OR") << QStringLiteral("OR") << QStringList();
    QTest::newRow("column filter") << QStringLiteral("name:brevo") << QStringList();
    QTest::newRow("only syntax") << QStringLiteral("\"*-:") << allByName;
    QTest::newRow("empty") << QString() << allByName;
    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList();
}

void TestStoreSearch::ranking()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const SearchResult result = m_store->search(textQuery(text));
    QCOMPARE(names(result), expected);
    QCOMPARE(result.totalMatches, int(expected.size()));
}

void TestStoreSearch::summaryRow()
{
    const SearchResult result = m_store->search(textQuery(QStringLiteral("SFDC")));
    QVERIFY(!result.rows.empty());
    ProductSummary row = result.rows.front();
    QCOMPARE(row.relevance, 2000.0); // exact alias
    row.relevance = 0;
    ProductSummary expected;
    expected.id = test::productId(*m_store, QStringLiteral("salesforce-sales-cloud"));
    expected.slug = QStringLiteral("salesforce-sales-cloud");
    expected.name = QStringLiteral("Sales Cloud");
    expected.vendorName = QStringLiteral("Salesforce");
    expected.categoryName = QStringLiteral("CRM");
    expected.topCategoryName = QStringLiteral("Commerce & Sales");
    expected.segments = list({u"mid-market", u"enterprise"});
    expected.price = PriceBand{3000,
                               99000,
                               QStringLiteral("USD"),
                               QStringLiteral("Enterprise edition, 10 to 30 seats, list price"),
                               QDate(2024, 5, 1)};
    expected.capabilityCount = 3;
    QCOMPARE(row, expected);
}

void TestStoreSearch::relevance()
{
    const SearchResult all = m_store->search(SearchQuery{});
    for (const ProductSummary &row : all.rows)
        QCOMPARE(row.relevance, 0.0);
    const SearchResult mark = m_store->search(textQuery(QStringLiteral("mark")));
    QCOMPARE(mark.rows.size(), size_t(5));
    for (size_t i = 1; i < mark.rows.size(); ++i)
        QVERIFY(mark.rows[i - 1].relevance >= mark.rows[i].relevance);
    for (size_t i = 0; i < 4; ++i)
        QCOMPARE(mark.rows[i].relevance, 1000.0);                         // name or alias prefix
    QVERIFY(mark.rows[4].relevance > 0 && mark.rows[4].relevance < 1000); // -bm25
}

void TestStoreSearch::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("capability");
    QTest::addColumn<QString>("segment");
    QTest::addColumn<int>("price");
    QTest::addColumn<QStringList>("expected");

    const QString none;
    const int any = int(PriceFilter::Any);
    QTest::newRow("subcategory") << none << QStringLiteral("crm") << none << none << any
                                 << list({u"HubSpot Smart CRM", u"Sales Cloud"});
    QTest::newRow("category with subcategories")
        << none << QStringLiteral("commerce-sales") << none << none << any
        << list({u"Brevo Meetings", u"HubSpot Sales Hub", u"HubSpot Smart CRM", u"Sales Cloud"});
    QTest::newRow("capability") << none << none << QStringLiteral("multi-touch-attribution") << none
                                << any << list({u"Adobe Analytics", u"Adobe Marketo Engage"});
    QTest::newRow("segment smb") << none << none << none << QStringLiteral("smb") << any
                                 << list({u"Brevo",
                                          u"Brevo Meetings",
                                          u"HubSpot Marketing Hub",
                                          u"HubSpot Sales Hub",
                                          u"HubSpot Smart CRM"});
    QTest::newRow("segment mid-market")
        << none << none << none << QStringLiteral("mid-market") << any
        << list({u"Adobe Marketo Engage",
                 u"HubSpot Marketing Hub",
                 u"HubSpot Sales Hub",
                 u"Marketing Cloud Account Engagement",
                 u"Sales Cloud"});
    // Bands: Sales Cloud 3k-99k, Account Engagement 15k-48k, Marketo 30k-150k, Marketing
    // Hub 9.6k-43.2k, Sales Hub 1.08k-18k, Smart CRM 0, Brevo 300-8k, Meetings 144; the
    // other four publish no price.
    QTest::newRow("under 5k") << none << none << none << none << int(PriceFilter::Under5k)
                              << list({u"Brevo",
                                       u"Brevo Meetings",
                                       u"HubSpot Sales Hub",
                                       u"HubSpot Smart CRM",
                                       u"Sales Cloud"});
    QTest::newRow("5k to 25k") << none << none << none << none << int(PriceFilter::From5kTo25k)
                               << list({u"Brevo",
                                        u"HubSpot Marketing Hub",
                                        u"HubSpot Sales Hub",
                                        u"Marketing Cloud Account Engagement",
                                        u"Sales Cloud"});
    QTest::newRow("25k to 100k") << none << none << none << none << int(PriceFilter::From25kTo100k)
                                 << list({u"Adobe Marketo Engage",
                                          u"HubSpot Marketing Hub",
                                          u"Marketing Cloud Account Engagement",
                                          u"Sales Cloud"});
    QTest::newRow("over 100k") << none << none << none << none << int(PriceFilter::Over100k)
                               << list({u"Adobe Marketo Engage"});
    QTest::newRow("not published") << none << none << none << none << int(PriceFilter::NotPublished)
                                   << list({u"Adobe Analytics",
                                            u"Data Cloud",
                                            u"Marketing Cloud Engagement",
                                            u"Real-Time CDP"});
    QTest::newRow("all filters") << none << QStringLiteral("content-experience")
                                 << QStringLiteral("email-campaigns")
                                 << QStringLiteral("mid-market") << int(PriceFilter::From25kTo100k)
                                 << list({u"Adobe Marketo Engage",
                                          u"HubSpot Marketing Hub",
                                          u"Marketing Cloud Account Engagement"});
    // Text and filters: "cloud" is in four names; two of them publish no price, and
    // Data Cloud's shorter text ranks it first (D = 15 against 22).
    QTest::newRow("text and filters")
        << QStringLiteral("cloud") << none << none << QStringLiteral("enterprise")
        << int(PriceFilter::NotPublished) << list({u"Data Cloud", u"Marketing Cloud Engagement"});
    QTest::newRow("nothing") << none << QStringLiteral("cdp") << none << QStringLiteral("smb")
                             << any << QStringList();
}

void TestStoreSearch::filters()
{
    QFETCH(QString, text);
    QFETCH(QString, category);
    QFETCH(QString, capability);
    QFETCH(QString, segment);
    QFETCH(int, price);
    QFETCH(QStringList, expected);
    SearchQuery q = textQuery(text);
    q.categoryId = category.isEmpty() ? 0 : test::categoryId(*m_store, category);
    q.capabilityId = capability.isEmpty() ? 0 : test::capabilityId(*m_store, capability);
    QVERIFY(category.isEmpty() || q.categoryId);
    QVERIFY(capability.isEmpty() || q.capabilityId);
    q.segment = segment;
    q.price = PriceFilter(price);
    const SearchResult result = m_store->search(q);
    QCOMPARE(names(result), expected);
    QCOMPARE(result.totalMatches, int(expected.size()));
}

void TestStoreSearch::limitAndTotal()
{
    SearchQuery all;
    all.limit = 5;
    const SearchResult first = m_store->search(all);
    QCOMPARE(names(first), allByName.mid(0, 5));
    QCOMPARE(first.totalMatches, 12);

    SearchQuery mark = textQuery(QStringLiteral("mark"));
    mark.limit = 2;
    const SearchResult two = m_store->search(mark);
    QCOMPARE(names(two), list({u"Adobe Marketo Engage", u"HubSpot Marketing Hub"}));
    QCOMPARE(two.totalMatches, 5);
}

void TestStoreSearch::broadQueryByName()
{
    // Above rankedMatchLimit matches, tier 2 comes by name, with relevance 0. "email"
    // matches six products (names, capabilities or descriptions), none by name prefix.
    const QSqlDatabase db = SqliteConnection::database(m_store->path());
    SearchQuery email = textQuery(QStringLiteral("email"));
    const SearchResult ranked = ProductSearch(db, 6).run(email);
    QCOMPARE(ranked.totalMatches, 6);
    QVERIFY(ranked.rows.at(5).relevance > 0);
    const SearchResult broad = ProductSearch(db, 5).run(email);
    QCOMPARE(names(broad),
             list({u"Adobe Marketo Engage",
                   u"Brevo",
                   u"Brevo Meetings",
                   u"HubSpot Marketing Hub",
                   u"Marketing Cloud Account Engagement",
                   u"Marketing Cloud Engagement"}));
    QCOMPARE(broad.totalMatches, 6);
    for (const ProductSummary &row : broad.rows)
        QCOMPARE(row.relevance, 0.0);
    // Tiers 0 and 1 still come first; the broad rest after them, with the limit.
    SearchQuery mark = textQuery(QStringLiteral("mark"));
    mark.limit = 5;
    QCOMPARE(names(ProductSearch(db, 0).run(mark)),
             list({u"Adobe Marketo Engage",
                   u"HubSpot Marketing Hub",
                   u"Marketing Cloud Account Engagement",
                   u"Marketing Cloud Engagement",
                   u"Brevo"}));
    // With a filter, the count is of the filtered matches.
    email.segment = QStringLiteral("smb");
    const SearchResult smb = ProductSearch(db, 0).run(email);
    QCOMPARE(names(smb), list({u"Brevo", u"Brevo Meetings", u"HubSpot Marketing Hub"}));
    QCOMPARE(smb.totalMatches, 3);
}

void TestStoreSearch::priceFilterAgreesWithPriceBandMatches()
{
    // Bands on and around every filter boundary, and unknown ones.
    const std::vector<std::pair<qint64, qint64>> bands{{-1, -1},
                                                       {0, 0},
                                                       {4999, 4999},
                                                       {5000, 5000},
                                                       {4999, 5000},
                                                       {24999, 24999},
                                                       {25000, 25000},
                                                       {24999, 30000},
                                                       {99999, 99999},
                                                       {100000, 100000},
                                                       {99999, 250000},
                                                       {200, 100},
                                                       {-1, 5000},
                                                       {5000, -1}};
    QTemporaryDir dir;
    std::unique_ptr<SqliteCatalogueStore> store
        = test::openSmallCatalogue(dir.filePath(QStringLiteral("bands.sqlite")));
    QVERIFY(store);
    std::map<ProductId, PriceBand> added;
    for (size_t i = 0; i < bands.size(); ++i) {
        Product p;
        p.name = u"Band " + QString::number(i);
        p.slug = u"band-" + QString::number(i);
        p.price.low = bands[i].first;
        p.price.high = bands[i].second;
        const Expected<ProductId> id = store->addProduct(p);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        added[*id] = p.price;
    }
    for (PriceFilter filter : {PriceFilter::Any,
                               PriceFilter::Under5k,
                               PriceFilter::From5kTo25k,
                               PriceFilter::From25kTo100k,
                               PriceFilter::Over100k,
                               PriceFilter::NotPublished}) {
        SearchQuery q = textQuery(QStringLiteral("band"));
        q.price = filter;
        std::set<ProductId> found;
        for (const ProductSummary &row : store->search(q).rows)
            found.insert(row.id);
        std::set<ProductId> expected;
        for (const auto &[id, band] : added) {
            if (priceBandMatches(band, filter))
                expected.insert(id);
        }
        QCOMPARE(found, expected);
    }
}

QTEST_GUILESS_MAIN(TestStoreSearch)
#include "tst_storesearch.moc"
