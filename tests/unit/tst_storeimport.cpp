// importProducts: adds and updates by slug in one transaction, reports progress about
// every 1 %, and on cancel or on a bad row leaves the catalogue file byte-identical.
#include "store/sqliteconnection.h"
#include "storefixture.h"
#include "testutil.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sa;

namespace {

Product importedProduct(int n)
{
    Product p;
    p.name = u"Imported Tool " + QString::number(n);
    p.vendorName = u"Vendor " + QString::number(n % 7);
    p.categorySlug = QStringLiteral("analytics");
    p.description = QStringLiteral("A generated product.");
    p.capabilities = {ProductCapability{0, QStringLiteral("web-analytics"), QString(), 1 + n % 3}};
    return p;
}

// product_search's row for a product, or what the view product_search_source gives.
QStringList searchRow(const QString &path, const QString &table, qint64 id)
{
    QSqlQuery q(SqliteConnection::database(path));
    const QString key = table == u"product_search" ? QStringLiteral("rowid") : QStringLiteral("id");
    q.prepare(u"SELECT name, aliases, vendor, capabilities, description FROM " + table + u" WHERE "
              + key + u" = :id");
    q.bindValue(QStringLiteral(":id"), id);
    QStringList row;
    if (q.exec() && q.next()) {
        for (int c = 0; c < 5; ++c)
            row << q.value(c).toString();
    }
    return row;
}

std::vector<Product> manyProducts(int count)
{
    std::vector<Product> products;
    for (int n = 1; n <= count; ++n)
        products.push_back(importedProduct(n));
    return products;
}

} // namespace

class TestStoreImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsAndUpdates();
    void duplicateSlugs();
    void searchRowsMatchTheView();
    void progress();
    void cancelLeavesFileIdentical();
    void failingRowLeavesFileIdentical();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<SqliteCatalogueStore> m_store;
};

void TestStoreImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("catalogue.sqlite"));
    m_store = test::openSmallCatalogue(m_path);
    QVERIFY(m_store);
}

void TestStoreImport::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestStoreImport::addsAndUpdates()
{
    Product a;
    a.name = QStringLiteral("Acme Mail");
    a.vendorName = QStringLiteral("Acme");
    a.categorySlug = QStringLiteral("email-marketing");
    a.aliases = QStringList{QStringLiteral("AM")};
    a.capabilities = {ProductCapability{0, QStringLiteral("email-campaigns"), QString(), 2}};
    // Integrates with a product of the same import, and with a stored one.
    a.integrations
        = {ProductIntegration{0, QStringLiteral("acme-crm"), QString(), IntegrationKind::Native},
           ProductIntegration{
               0, QStringLiteral("hubspot-crm"), QString(), IntegrationKind::Connector}};
    Product b;
    b.name = QStringLiteral("Acme CRM");
    b.vendorName = QStringLiteral("Acme");
    b.categorySlug = QStringLiteral("crm");
    b.capabilities = {ProductCapability{0, QStringLiteral("contact-management"), QString(), 3}};
    // An update of a shipped product that only gives a new description: the rest stays.
    Product brevo;
    brevo.slug = QStringLiteral("brevo");
    brevo.description = QStringLiteral("Now with WhatsApp campaigns.");
    const std::optional<Product> before = m_store->productBySlug(QStringLiteral("brevo"));

    const Expected<ImportSummary> summary = m_store->importProducts({a, b, brevo}, {});
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
    QCOMPARE(summary->added, 2);
    QCOMPARE(summary->updated, 1);
    QCOMPARE(summary->warnings, QStringList());

    QCOMPARE(m_store->stats(), (CatalogueStats{14, 5, 3, 6, 11, 12, 12, 1}));
    const std::optional<Product> mail = m_store->productBySlug(QStringLiteral("acme-mail"));
    QVERIFY(mail);
    QCOMPARE(mail->origin, Origin::User);
    QCOMPARE(mail->vendorSlug, QStringLiteral("acme"));
    QCOMPARE(mail->integrations.size(), size_t(2));
    QCOMPARE(mail->integrations[0].otherSlug, QStringLiteral("acme-crm"));
    QCOMPARE(mail->integrations[1].otherSlug, QStringLiteral("hubspot-crm"));
    QCOMPARE(mail->integrations[1].kind, IntegrationKind::Connector);

    Product expected = *before;
    expected.description = QStringLiteral("Now with WhatsApp campaigns.");
    expected.edited = true;
    QCOMPARE(m_store->productBySlug(QStringLiteral("brevo")), std::optional<Product>(expected));

    SearchQuery q;
    q.text = QStringLiteral("whatsapp");
    QCOMPARE(m_store->search(q).rows.at(0).name, QStringLiteral("Brevo"));
    q.text = QStringLiteral("AM");
    QCOMPARE(m_store->search(q).rows.at(0).name, QStringLiteral("Acme Mail"));
}

void TestStoreImport::searchRowsMatchTheView()
{
    // The rows an import builds in memory (SearchText) are the view's, character for
    // character: aliases once each in byte order, capability names by capability id and
    // then their aliases, the vendor's stored name, the trimmed name.
    Product zed;
    zed.name = QStringLiteral("  Zed Mail  ");
    zed.vendorSlug = QStringLiteral("hubspot");
    zed.description = QStringLiteral("Plans sends.");
    zed.aliases = {QStringLiteral(" zeta "),
                   QStringLiteral("Alpha"),
                   QStringLiteral("alpha"),
                   QStringLiteral("Alpha"),
                   QString(),
                   QStringLiteral("\u00c9mile")};
    zed.capabilities = {ProductCapability{0, QStringLiteral("multi-touch-attribution"), {}, 2},
                        ProductCapability{0, QStringLiteral("email-campaigns"), {}, 1},
                        ProductCapability{0, QStringLiteral("email-templates"), {}, 3},
                        ProductCapability{0, QStringLiteral("email-campaigns"), {}, 2}};
    Product bare;
    bare.name = QStringLiteral("Bare Tool");
    const Expected<ImportSummary> summary = m_store->importProducts({zed, bare}, {});
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));

    const qint64 zedId = test::productId(*m_store, QStringLiteral("zed-mail"));
    const QStringList expected{
        QStringLiteral("Zed Mail"),
        QStringLiteral("Alpha alpha zeta \u00c9mile"),
        QStringLiteral("HubSpot"),
        QStringLiteral("Email campaign sending Email template design Multi-touch attribution "
                       "email blasts MTA"),
        QStringLiteral("Plans sends.")};
    QCOMPARE(searchRow(m_path, QStringLiteral("product_search"), zedId), expected);
    QCOMPARE(searchRow(m_path, QStringLiteral("product_search_source"), zedId), expected);
    const qint64 bareId = test::productId(*m_store, QStringLiteral("bare-tool"));
    const QStringList empty{
        QStringLiteral("Bare Tool"), QString(), QString(), QStringLiteral(" "), QString()};
    QCOMPARE(searchRow(m_path, QStringLiteral("product_search"), bareId), empty);
    QCOMPARE(searchRow(m_path, QStringLiteral("product_search_source"), bareId), empty);

    SearchQuery q;
    q.text = QStringLiteral("zeta");
    QCOMPARE(m_store->search(q).rows.size(), size_t(1));
    QCOMPARE(m_store->search(q).rows.at(0).name, QStringLiteral("Zed Mail"));
}

void TestStoreImport::duplicateSlugs()
{
    Product first = importedProduct(1);
    Product second = importedProduct(1);
    second.description = QStringLiteral("The later row.");
    const Expected<ImportSummary> summary = m_store->importProducts({first, second}, {});
    QVERIFY(summary.ok());
    QCOMPARE(summary->added, 1);
    QCOMPARE(summary->updated, 0);
    QCOMPARE(
        summary->warnings,
        QStringList{QStringLiteral(
            "import row 2: warning: same slug 'imported-tool-1' as row 1; the later row wins")});
    QCOMPARE(m_store->productBySlug(QStringLiteral("imported-tool-1"))->description,
             QStringLiteral("The later row."));
}

void TestStoreImport::progress()
{
    // 250 products: every 2 (1 %), then once more when the search index is written.
    std::vector<std::pair<int, int>> calls;
    const Expected<ImportSummary> summary
        = m_store->importProducts(manyProducts(250), [&](int done, int total) {
              calls.emplace_back(done, total);
              return true;
          });
    QVERIFY(summary.ok());
    QCOMPARE(summary->added, 250);
    QCOMPARE(calls.size(), size_t(126));
    QCOMPARE(calls.front(), std::make_pair(2, 251));
    QCOMPARE(calls[124], std::make_pair(250, 251));
    QCOMPARE(calls.back(), std::make_pair(251, 251));
    QCOMPARE(m_store->stats().products, 262);
    QCOMPARE(m_store->stats().vendors, 11); // "Vendor 0" to "Vendor 6" are new
}

void TestStoreImport::cancelLeavesFileIdentical()
{
    const QByteArray before = test::fileBytes(m_path);
    QVERIFY(!before.isEmpty());
    int calls = 0;
    const Expected<ImportSummary> summary
        = m_store->importProducts(manyProducts(500), [&](int, int) {
              return ++calls < 50; // cancel halfway
          });
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().message,
             QStringLiteral("import cancelled; the catalogue is unchanged"));
    QCOMPARE(calls, 50);
    QCOMPARE(m_store->stats().products, 12);
    QVERIFY(test::fileBytes(m_path) == before);

    // Cancelling at the very last call (after the index was written) also rolls back.
    const Expected<ImportSummary> late = m_store->importProducts(
        manyProducts(10), [](int done, int total) { return done < total; });
    QVERIFY(!late.ok());
    QVERIFY(test::fileBytes(m_path) == before);
}

void TestStoreImport::failingRowLeavesFileIdentical()
{
    const QByteArray before = test::fileBytes(m_path);
    std::vector<Product> products = manyProducts(300);
    products[149].capabilities.push_back(
        ProductCapability{0, QStringLiteral("telepathy"), QString(), 2});
    const Expected<ImportSummary> summary = m_store->importProducts(products, {});
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().message,
             QStringLiteral(
                 "import row 150: product 'Imported Tool 150': unknown capability 'telepathy'"));
    QVERIFY(test::fileBytes(m_path) == before);
    QCOMPARE(m_store->stats(), (CatalogueStats{12, 4, 3, 6, 11, 11, 10, 2}));

    // A bad integration is found in the second pass, after every row was written.
    products = manyProducts(20);
    products[4].integrations = {
        ProductIntegration{0, QStringLiteral("no-such-product"), QString(), IntegrationKind::Api}};
    const Expected<ImportSummary> late = m_store->importProducts(products, {});
    QVERIFY(!late.ok());
    QCOMPARE(late.error().message,
             QStringLiteral("import row 5: unknown integrated product 'no-such-product'"));
    QVERIFY(test::fileBytes(m_path) == before);
}

QTEST_GUILESS_MAIN(TestStoreImport)
#include "tst_storeimport.moc"
