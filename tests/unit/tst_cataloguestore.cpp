// SqliteCatalogueStore over the small fixture catalogue: the read API with exact values,
// and product and capability edits, including undo of a delete (same id, same
// relations), origin/edited tracking, and that a failed write changes nothing.
#include "store/sqliteconnection.h"
#include "storefixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sa;

namespace {

QStringList list(std::initializer_list<const char16_t *> items)
{
    QStringList result;
    for (const char16_t *item : items)
        result << QString::fromUtf16(item);
    return result;
}

QStringList searchNames(const CatalogueStore &store, const QString &text)
{
    SearchQuery q;
    q.text = text;
    QStringList names;
    for (const ProductSummary &row : store.search(q).rows)
        names << row.name;
    return names;
}

QString message(const Status &s)
{
    return s.ok() ? QString() : s.error().message;
}

template<typename T>
QString message(const Expected<T> &e)
{
    return e.ok() ? QString() : e.error().message;
}

// One number from the catalogue file, for state the store API does not show.
int count(const QString &path, const QString &sql)
{
    QSqlQuery q(SqliteConnection::database(path));
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestCatalogueStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void stats();
    void productCounts();
    void categories();
    void capabilities();
    void vendors();
    void product();
    void productBySlug();
    void allProducts();
    void capabilityUses();

    void addUserProduct();
    void addProductFindsVendorByName();
    void failedAddChangesNothing();
    void updateShippedProduct();
    void updateUserProductSlug();
    void removeAndRestoreProduct();
    void addUpdateCapability();
    void removeAndRestoreCapability();
    void workerThread();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<SqliteCatalogueStore> m_store;
};

void TestCatalogueStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("catalogue.sqlite"));
    m_store = test::openSmallCatalogue(m_path);
    QVERIFY(m_store);
}

void TestCatalogueStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestCatalogueStore::stats()
{
    // 12 products, 4 vendors, 3 categories, 6 subcategories, 11 capabilities, 11 product
    // aliases, 10 integrations (hubspot-marketing-hub/hubspot-crm is listed on both
    // sides, stored once), and Real-Time CDP and HubSpot Smart CRM have 2 capabilities.
    QCOMPARE(m_store->stats(), (CatalogueStats{12, 4, 3, 6, 11, 11, 10, 2}));
}

void TestCatalogueStore::productCounts()
{
    const std::map<CategoryId, int> counts = m_store->productCounts();
    auto countOf = [&](const char16_t *slug) {
        const auto it = counts.find(test::categoryId(*m_store, QString::fromUtf16(slug)));
        return it == counts.end() ? -1 : it->second;
    };
    QCOMPARE(counts.size(), size_t(9));
    QCOMPARE(countOf(u"email-marketing"), 2);
    QCOMPARE(countOf(u"marketing-automation"), 3);
    QCOMPARE(countOf(u"crm"), 2);
    QCOMPARE(countOf(u"sales-automation"), 2);
    QCOMPARE(countOf(u"analytics"), 1);
    QCOMPARE(countOf(u"cdp"), 2);
    QCOMPARE(countOf(u"content-experience"), 5);
    QCOMPARE(countOf(u"commerce-sales"), 4);
    QCOMPARE(countOf(u"data"), 3);
}

void TestCatalogueStore::categories()
{
    QStringList slugs, parents;
    for (const Category &c : m_store->categories()) {
        slugs << c.slug;
        parents << c.parentSlug;
        QCOMPARE(c.parentId == 0, c.isTopLevel());
    }
    QCOMPARE(slugs,
             list({u"content-experience",
                   u"commerce-sales",
                   u"data",
                   u"email-marketing",
                   u"marketing-automation",
                   u"crm",
                   u"sales-automation",
                   u"analytics",
                   u"cdp"}));
    QCOMPARE(parents,
             list({u"",
                   u"",
                   u"",
                   u"content-experience",
                   u"content-experience",
                   u"commerce-sales",
                   u"commerce-sales",
                   u"data",
                   u"data"}));
}

void TestCatalogueStore::capabilities()
{
    const std::vector<Capability> caps = m_store->capabilities();
    QStringList names;
    for (const Capability &c : caps)
        names << c.name;
    QCOMPARE(names,
             list({u"Audience segmentation",
                   u"Contact management",
                   u"Email campaign sending",
                   u"Email template design",
                   u"Identity resolution",
                   u"Lead scoring",
                   u"Marketing workflows",
                   u"Multi-touch attribution",
                   u"Pipeline management",
                   u"Sales sequences",
                   u"Web analytics"}));
    const Capability &mta = caps[7];
    QCOMPARE(mta,
             (Capability{mta.id,
                         QStringLiteral("multi-touch-attribution"),
                         QStringLiteral("Multi-touch attribution"),
                         test::categoryId(*m_store, QStringLiteral("analytics")),
                         QStringLiteral("analytics"),
                         QStringLiteral("Credit revenue to every touchpoint."),
                         QStringList{QStringLiteral("MTA")},
                         Origin::Shipped}));
}

void TestCatalogueStore::vendors()
{
    const std::vector<Vendor> vendors = m_store->vendors();
    QCOMPARE(vendors.size(), size_t(4));
    QCOMPARE(vendors[0],
             (Vendor{vendors[0].id,
                     QStringLiteral("adobe"),
                     QStringLiteral("Adobe"),
                     QStringLiteral("https://www.adobe.com"),
                     QStringLiteral("US"),
                     1982,
                     Origin::Shipped}));
    QCOMPARE(vendors[1].name, QStringLiteral("Brevo"));
    QCOMPARE(vendors[1].hqCountry, QStringLiteral("FR"));
    QCOMPARE(vendors[2].name, QStringLiteral("HubSpot"));
    QCOMPARE(vendors[3].name, QStringLiteral("Salesforce"));
}

void TestCatalogueStore::product()
{
    const ProductId id = test::productId(*m_store, QStringLiteral("hubspot-crm"));
    Product expected;
    expected.id = id;
    expected.slug = QStringLiteral("hubspot-crm");
    expected.vendorSlug = QStringLiteral("hubspot");
    expected.vendorName = QStringLiteral("HubSpot");
    expected.name = QStringLiteral("HubSpot Smart CRM");
    expected.categoryId = test::categoryId(*m_store, QStringLiteral("crm"));
    expected.categorySlug = QStringLiteral("crm");
    expected.description = QStringLiteral("Free CRM that imports contacts from SFDC.");
    expected.segments = QStringList{QStringLiteral("smb")};
    expected.deployment = QStringLiteral("cloud");
    expected.pricingModel = QStringLiteral("free");
    expected.price
        = PriceBand{0, 0, QStringLiteral("USD"), QStringLiteral("Free tools"), QDate(2024, 5, 1)};
    expected.aliases = QStringList{QStringLiteral("HubSpot CRM")};
    expected.capabilities
        = {ProductCapability{test::capabilityId(*m_store, QStringLiteral("contact-management")),
                             QStringLiteral("contact-management"),
                             QStringLiteral("Contact management"),
                             3},
           ProductCapability{test::capabilityId(*m_store, QStringLiteral("pipeline-management")),
                             QStringLiteral("pipeline-management"),
                             QStringLiteral("Pipeline management"),
                             2}};
    // Integrations from either side, by the other product's name.
    expected.integrations
        = {ProductIntegration{test::productId(*m_store, QStringLiteral("brevo")),
                              QStringLiteral("brevo"),
                              QStringLiteral("Brevo"),
                              IntegrationKind::Connector},
           ProductIntegration{test::productId(*m_store, QStringLiteral("hubspot-marketing-hub")),
                              QStringLiteral("hubspot-marketing-hub"),
                              QStringLiteral("HubSpot Marketing Hub"),
                              IntegrationKind::Native},
           ProductIntegration{test::productId(*m_store, QStringLiteral("hubspot-sales-hub")),
                              QStringLiteral("hubspot-sales-hub"),
                              QStringLiteral("HubSpot Sales Hub"),
                              IntegrationKind::Native}};
    expected.origin = Origin::Shipped;
    const std::optional<Product> p = m_store->product(id);
    QVERIFY(p);
    expected.vendorId = p->vendorId;
    QVERIFY(expected.vendorId > 0);
    QCOMPARE(*p, expected);
    QCOMPARE(m_store->product(9999), std::nullopt);
}

void TestCatalogueStore::productBySlug()
{
    const std::optional<Product> p
        = m_store->productBySlug(QStringLiteral("salesforce-marketing-cloud-engagement"));
    QVERIFY(p);
    QCOMPARE(p->name, QStringLiteral("Marketing Cloud Engagement"));
    QCOMPARE(p->aliases, list({u"ExactTarget", u"SFMC"}));
    QCOMPARE(p->price.isKnown(), false);
    QCOMPARE(m_store->productBySlug(QStringLiteral("no-such-product")), std::nullopt);
}

void TestCatalogueStore::allProducts()
{
    const std::vector<Product> all = m_store->allProducts();
    QStringList slugs;
    for (const Product &p : all) {
        slugs << p.slug;
        QCOMPARE(std::optional<Product>(p), m_store->product(p.id));
    }
    QCOMPARE(slugs,
             list({u"adobe-analytics",
                   u"adobe-marketo-engage",
                   u"adobe-real-time-cdp",
                   u"brevo",
                   u"brevo-meetings",
                   u"hubspot-crm",
                   u"hubspot-marketing-hub",
                   u"hubspot-sales-hub",
                   u"salesforce-account-engagement",
                   u"salesforce-data-cloud",
                   u"salesforce-marketing-cloud-engagement",
                   u"salesforce-sales-cloud"}));
}

void TestCatalogueStore::capabilityUses()
{
    std::vector<CapabilityUse> expected{
        {test::productId(*m_store, QStringLiteral("salesforce-account-engagement")), 3},
        {test::productId(*m_store, QStringLiteral("adobe-marketo-engage")), 3},
        {test::productId(*m_store, QStringLiteral("hubspot-marketing-hub")), 2}};
    std::sort(expected.begin(), expected.end(), [](const CapabilityUse &a, const CapabilityUse &b) {
        return a.productId < b.productId;
    });
    QCOMPARE(m_store->capabilityUses(test::capabilityId(*m_store, QStringLiteral("lead-scoring"))),
             expected);
    QCOMPARE(m_store->capabilityUses(9999), std::vector<CapabilityUse>());
}

void TestCatalogueStore::addUserProduct()
{
    Product p;
    p.name = QStringLiteral("Acme Insight");
    p.vendorName = QStringLiteral("Acme Analytics"); // new vendor
    p.categorySlug = QStringLiteral("analytics");
    p.description = QStringLiteral("Dashboards for small shops.");
    p.segments = QStringList{QStringLiteral("smb")};
    p.price
        = PriceBand{1200, 2400, QStringLiteral("EUR"), QStringLiteral("Basic"), QDate(2024, 1, 1)};
    p.aliases = QStringList{QStringLiteral("AcmeIQ")};
    p.capabilities
        = {ProductCapability{0, QStringLiteral("web-analytics"), QString(), 2},
           ProductCapability{0, QString(), QStringLiteral("lead scoring"), 1}}; // by name
    p.integrations = {
        ProductIntegration{0, QStringLiteral("adobe-analytics"), QString(), IntegrationKind::Api}};
    const Expected<ProductId> id = m_store->addProduct(p);
    QVERIFY2(id.ok(), qPrintable(message(id)));

    const std::optional<Product> stored = m_store->product(*id);
    QVERIFY(stored);
    QCOMPARE(stored->slug, QStringLiteral("acme-insight"));
    QCOMPARE(stored->vendorSlug, QStringLiteral("acme-analytics"));
    QCOMPARE(stored->vendorName, QStringLiteral("Acme Analytics"));
    QCOMPARE(stored->categorySlug, QStringLiteral("analytics"));
    QCOMPARE(stored->price, p.price);
    QCOMPARE(stored->capabilities.size(), size_t(2));
    QCOMPARE(stored->capabilities[1].capabilitySlug, QStringLiteral("lead-scoring"));
    QCOMPARE(stored->integrations.size(), size_t(1));
    QCOMPARE(stored->integrations[0].otherSlug, QStringLiteral("adobe-analytics"));
    QCOMPARE(stored->origin, Origin::User);
    QCOMPARE(stored->edited, false);

    QCOMPARE(m_store->stats(), (CatalogueStats{13, 5, 3, 6, 11, 12, 11, 2}));
    const std::vector<Vendor> vendors = m_store->vendors();
    QCOMPARE(vendors[0].name, QStringLiteral("Acme Analytics"));
    QCOMPARE(vendors[0].origin, Origin::User);
    QCOMPARE(searchNames(*m_store, QStringLiteral("acmeiq")), list({u"Acme Insight"}));
    QCOMPARE(searchNames(*m_store, QStringLiteral("dashboards")), list({u"Acme Insight"}));
    // The other side sees the integration too.
    QCOMPARE(m_store->productBySlug(QStringLiteral("adobe-analytics"))->integrations.size(),
             size_t(3));
}

void TestCatalogueStore::addProductFindsVendorByName()
{
    Product p;
    p.name = QStringLiteral("HubSpot Content Hub");
    p.vendorName = QStringLiteral("hubspot"); // another case: the existing vendor
    const Expected<ProductId> id = m_store->addProduct(p);
    QVERIFY2(id.ok(), qPrintable(message(id)));
    QCOMPARE(m_store->product(*id)->vendorSlug, QStringLiteral("hubspot"));
    QCOMPARE(m_store->stats().vendors, 4);
}

void TestCatalogueStore::failedAddChangesNothing()
{
    const CatalogueStats before = m_store->stats();
    Product p;
    p.name = QStringLiteral("Broken");
    p.vendorName = QStringLiteral("New Vendor Inc"); // would be created...
    p.capabilities = {ProductCapability{0, QStringLiteral("no-such-capability"), QString(), 2}};
    const Expected<ProductId> id = m_store->addProduct(p);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().message,
             QStringLiteral("product 'Broken': unknown capability 'no-such-capability'"));
    QCOMPARE(m_store->stats(), before); // ...but the vendor is rolled back too

    Product duplicate;
    duplicate.name = QStringLiteral("Brevo");
    const Expected<ProductId> again = m_store->addProduct(duplicate);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().message,
             QStringLiteral("a product with the slug 'brevo' already exists"));

    Product strength;
    strength.name = QStringLiteral("Too Strong");
    strength.capabilities = {ProductCapability{0, QStringLiteral("web-analytics"), QString(), 4}};
    QCOMPARE(message(m_store->addProduct(strength)),
             QStringLiteral(
                 "product 'Too Strong': strength of 'web-analytics' must be 1, 2 or 3, not 4"));
    QCOMPARE(m_store->stats(), before);
}

void TestCatalogueStore::updateShippedProduct()
{
    std::optional<Product> p = m_store->productBySlug(QStringLiteral("brevo"));
    QVERIFY(p);
    p->description = QStringLiteral("Newsletters for bakeries.");
    p->aliases << QStringLiteral("Brevo Starter");
    p->capabilities.pop_back(); // marketing-workflows
    p->integrations.clear();
    QVERIFY2(m_store->updateProduct(*p).ok(), qPrintable(message(m_store->updateProduct(*p))));

    const std::optional<Product> stored = m_store->product(p->id);
    QCOMPARE(stored->description, QStringLiteral("Newsletters for bakeries."));
    QCOMPARE(stored->aliases, list({u"Sendinblue", u"Brevo Starter"}));
    QCOMPARE(stored->capabilities.size(), size_t(2));
    QCOMPARE(stored->integrations.size(), size_t(0));
    QCOMPARE(stored->origin, Origin::Shipped);
    QCOMPARE(stored->edited, true);
    QCOMPARE(m_store->stats().integrations, 8);
    // The search index follows: the new words are found, the removed ones are not.
    QCOMPARE(searchNames(*m_store, QStringLiteral("bakeries")), list({u"Brevo"}));
    QCOMPARE(searchNames(*m_store, QStringLiteral("starter")), list({u"Brevo"}));
    QCOMPARE(searchNames(*m_store, QStringLiteral("SMS")), QStringList());

    p->slug = QStringLiteral("brevo-renamed");
    QCOMPARE(message(m_store->updateProduct(*p)),
             QStringLiteral("the slug of the shipped product 'brevo' cannot change"));
    p->id = 9999;
    QCOMPARE(message(m_store->updateProduct(*p)),
             QStringLiteral("there is no product with the id 9999"));
}

void TestCatalogueStore::updateUserProductSlug()
{
    Product p;
    p.name = QStringLiteral("Scratch");
    const Expected<ProductId> id = m_store->addProduct(p);
    QVERIFY(id.ok());
    Product changed = *m_store->product(*id);
    changed.slug = QStringLiteral("brevo");
    QCOMPARE(message(m_store->updateProduct(changed)),
             QStringLiteral("a product with the slug 'brevo' already exists"));
    changed.slug = QStringLiteral("scratch-pad");
    changed.name = QStringLiteral("Scratch Pad");
    QVERIFY(m_store->updateProduct(changed).ok());
    QCOMPARE(m_store->productBySlug(QStringLiteral("scratch-pad"))->id, *id);
    QCOMPARE(m_store->productBySlug(QStringLiteral("scratch")), std::nullopt);
    QCOMPARE(m_store->product(*id)->edited, false); // user rows are never "edited"
}

void TestCatalogueStore::removeAndRestoreProduct()
{
    const std::optional<Product> saved
        = m_store->productBySlug(QStringLiteral("adobe-real-time-cdp"));
    QVERIFY(saved);
    QCOMPARE(saved->integrations.size(), size_t(1));
    QVERIFY(m_store->removeProduct(saved->id).ok());
    QCOMPARE(m_store->product(saved->id), std::nullopt);
    QCOMPARE(m_store->stats(), (CatalogueStats{11, 4, 3, 6, 11, 10, 9, 2}));
    QCOMPARE(searchNames(*m_store, QStringLiteral("AEP")), QStringList());
    QCOMPARE(
        count(m_path,
              QStringLiteral("SELECT count(*) FROM tombstone WHERE slug = 'adobe-real-time-cdp'")),
        1);
    QCOMPARE(message(m_store->removeProduct(saved->id)),
             QString(u"there is no product with the id " + QString::number(saved->id)));

    // Undo: the same id, aliases, capabilities and integrations; the tombstone goes.
    const Expected<ProductId> restored = m_store->addProduct(*saved);
    QVERIFY2(restored.ok(), qPrintable(message(restored)));
    QCOMPARE(*restored, saved->id);
    QCOMPARE(m_store->product(saved->id), saved);
    QCOMPARE(m_store->stats(), (CatalogueStats{12, 4, 3, 6, 11, 11, 10, 2}));
    QCOMPARE(searchNames(*m_store, QStringLiteral("AEP")), list({u"Real-Time CDP"}));
    QCOMPARE(count(m_path, QStringLiteral("SELECT count(*) FROM tombstone")), 0);

    // Restoring twice is refused.
    QCOMPARE(message(m_store->addProduct(*saved)),
             QStringLiteral("a product with the slug 'adobe-real-time-cdp' already exists"));
}

void TestCatalogueStore::addUpdateCapability()
{
    const ProductId brevo = test::productId(*m_store, QStringLiteral("brevo"));
    Capability c;
    c.name = QStringLiteral("Consent management");
    c.categorySlug = QStringLiteral("cdp");
    c.aliases = QStringList{QStringLiteral("CMP")};
    const Expected<CapabilityId> id = m_store->addCapability(c, {CapabilityUse{brevo, 2}});
    QVERIFY2(id.ok(), qPrintable(message(id)));
    QCOMPARE(m_store->stats().capabilities, 12);
    QCOMPARE(m_store->capabilityUses(*id), (std::vector<CapabilityUse>{{brevo, 2}}));
    QCOMPARE(m_store->product(brevo)->capabilities.back().capabilitySlug,
             QStringLiteral("consent-management"));
    QCOMPARE(searchNames(*m_store, QStringLiteral("CMP")), list({u"Brevo"}));

    c.id = *id;
    c.slug = QStringLiteral("consent-management");
    c.name = QStringLiteral("Consent and preference management");
    c.aliases.clear();
    QVERIFY(m_store->updateCapability(c).ok());
    QCOMPARE(searchNames(*m_store, QStringLiteral("preference")), list({u"Brevo"}));
    QCOMPARE(searchNames(*m_store, QStringLiteral("CMP")), QStringList());
    QCOMPARE(
        count(m_path,
              QStringLiteral("SELECT edited FROM capability WHERE slug = 'consent-management'")),
        0);

    // A shipped capability is marked edited; its slug cannot change.
    Capability shipped = m_store->capabilities()[0]; // Audience segmentation
    shipped.description = QStringLiteral("Audiences.");
    QVERIFY(m_store->updateCapability(shipped).ok());
    QCOMPARE(
        count(m_path,
              QStringLiteral("SELECT edited FROM capability WHERE slug = 'audience-segmentation'")),
        1);
    shipped.slug = QStringLiteral("audiences");
    QCOMPARE(
        message(m_store->updateCapability(shipped)),
        QStringLiteral("the slug of the shipped capability 'audience-segmentation' cannot change"));
    Capability noCategory;
    noCategory.name = QStringLiteral("Floating");
    QCOMPARE(message(m_store->addCapability(noCategory, {})),
             QStringLiteral("capability 'Floating' needs a known subcategory, not '0'"));
}

void TestCatalogueStore::removeAndRestoreCapability()
{
    const CapabilityId id = test::capabilityId(*m_store, QStringLiteral("lead-scoring"));
    Capability saved;
    for (const Capability &c : m_store->capabilities()) {
        if (c.id == id)
            saved = c;
    }
    const std::vector<CapabilityUse> uses = m_store->capabilityUses(id);
    QCOMPARE(uses.size(), size_t(3));
    QVERIFY(m_store->removeCapability(id).ok());
    QCOMPARE(m_store->stats().capabilities, 10);
    QCOMPARE(m_store->productBySlug(QStringLiteral("adobe-marketo-engage"))->capabilities.size(),
             size_t(3));
    QCOMPARE(searchNames(*m_store, QStringLiteral("scoring")), QStringList());
    QCOMPARE(
        count(m_path, QStringLiteral("SELECT count(*) FROM tombstone WHERE kind = 'capability'")),
        1);

    const Expected<CapabilityId> restored = m_store->addCapability(saved, uses);
    QVERIFY2(restored.ok(), qPrintable(message(restored)));
    QCOMPARE(*restored, id);
    QCOMPARE(m_store->capabilityUses(id), uses);
    Capability back;
    for (const Capability &c : m_store->capabilities()) {
        if (c.id == id)
            back = c;
    }
    QCOMPARE(back, saved);
    QCOMPARE(searchNames(*m_store, QStringLiteral("scoring")),
             list({u"Marketing Cloud Account Engagement",
                   u"Adobe Marketo Engage",
                   u"HubSpot Marketing Hub"}));
    QCOMPARE(count(m_path, QStringLiteral("SELECT count(*) FROM tombstone")), 0);
    // The product lists it again (at the end: it was added back).
    const std::optional<Product> after
        = m_store->productBySlug(QStringLiteral("adobe-marketo-engage"));
    QCOMPARE(after->capabilities.size(), size_t(4));
    QCOMPARE(after->capabilities.back().capabilitySlug, QStringLiteral("lead-scoring"));
    QCOMPARE(after->capabilities.back().strength, 3);
    QCOMPARE(QString(), message(m_store->removeCapability(id)));
    QCOMPARE(message(m_store->removeCapability(id)),
             QString(u"there is no capability with the id " + QString::number(id)));
}

void TestCatalogueStore::workerThread()
{
    // The same store used from another thread gets that thread's own connection.
    QStringList fromWorker;
    Status written = success();
    QThread *worker = QThread::create([&] {
        fromWorker = searchNames(*m_store, QStringLiteral("SFDC"));
        Product p;
        p.name = QStringLiteral("Made Elsewhere");
        written = m_store->addProduct(p).ok() ? success()
                                              : Status(Error::io(QStringLiteral("add failed")));
    });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QCOMPARE(fromWorker, list({u"Sales Cloud", u"HubSpot Smart CRM"}));
    QVERIFY(written.ok());
    QCOMPARE(searchNames(*m_store, QStringLiteral("elsewhere")), list({u"Made Elsewhere"}));
}

QTEST_GUILESS_MAIN(TestCatalogueStore)
#include "tst_cataloguestore.moc"
