#include "catalogue/cataloguecontent.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sa;

namespace {

// Writes a catalogue folder from (relative path, text) pairs.
void writeFiles(const QString &root, const QList<std::pair<QString, QByteArray>> &files)
{
    for (const auto &[path, text] : files) {
        const QString full = root + u'/' + path;
        QDir().mkpath(QFileInfo(full).absolutePath());
        QFile f(full);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
}

const QByteArray taxonomy = "[data]\nname = Data\n\n[cdp]\nname = Customer Data Platform\nparent = data\n"
                            "\n[crm]\nname = CRM\nparent = data\n";
const QByteArray capabilities = "[profiles]\nname = Unified profiles\nsubcategory = cdp\n"
                                "description = One profile.\nalias = golden record\n\n"
                                "[routing]\nname = Event routing\nsubcategory = cdp\ndescription = Send.\n\n"
                                "[contacts]\nname = Contacts\nsubcategory = crm\ndescription = People.\n";
const QByteArray vendors = "[twilio]\nname = Twilio\nwebsite = https://www.twilio.com\ncountry = US\n"
                           "founded = 2008\n";

} // namespace

class TestCatalogueReader final : public QObject
{
    Q_OBJECT

private slots:
    void readsAWellFormedFolder()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(),
                   {{QStringLiteral("taxonomy.txt"), taxonomy},
                    {QStringLiteral("capabilities.txt"), capabilities},
                    {QStringLiteral("vendors/v.txt"), vendors},
                    {QStringLiteral("products/p.txt"),
                     "[segment]\nname = Segment\nvendor = twilio\ncategory = cdp\n"
                     "description = CDP.\nsegments = smb, enterprise\ndeployment = cloud\n"
                     "price = 1200..120000 USD\nprice-basis = Team to Business\nprice-as-of = 2025-03\n"
                     "alias = Twilio Segment\ncapability = profiles 3\ncapability = routing 2\n"
                     "capability = contacts 1\nintegrates = other native\n\n"
                     "[other]\nname = Other\nvendor = twilio\ncategory = crm\ndescription = O.\n"
                     "price = quote\nprice-basis = Vendor publishes no price\nprice-as-of = 2025-03-15\n"
                     "capability = contacts 3\ncapability = profiles 1\ncapability = routing 1\n"}});
        const CatalogueReadResult r = readCatalogueFolder(dir.path());
        QCOMPARE(r.errors, QStringList());
        const CatalogueContent &c = r.content;
        QCOMPARE(c.categories.size(), size_t(3));
        QCOMPARE(c.categories[0].slug, QStringLiteral("data"));
        QVERIFY(c.categories[0].isTopLevel());
        QCOMPARE(c.categories[2].parentSlug, QStringLiteral("data"));
        QCOMPARE(c.capabilities[0].aliases, QStringList(QStringLiteral("golden record")));
        QCOMPARE(c.vendors[0].founded, 2008);
        QCOMPARE(c.vendors[0].hqCountry, QStringLiteral("US"));
        QCOMPARE(c.products.size(), size_t(2));
        const Product &p = c.products[0];
        QCOMPARE(p.segments, QStringList({QStringLiteral("smb"), QStringLiteral("enterprise")}));
        QCOMPARE(p.price.low, 1200);
        QCOMPARE(p.price.high, 120000);
        QCOMPARE(p.price.asOf, QDate(2025, 3, 1));
        QCOMPARE(p.price.display(), QStringLiteral("$1.2k – $120k / yr"));
        QCOMPARE(p.capabilities.size(), size_t(3));
        QCOMPARE(p.capabilities[1].capabilitySlug, QStringLiteral("routing"));
        QCOMPARE(p.capabilities[1].strength, 2);
        QCOMPARE(p.integrations.size(), size_t(1));
        QCOMPARE(p.integrations[0].kind, IntegrationKind::Native);
        QVERIFY(!c.products[1].price.isKnown());
        QCOMPARE(c.products[1].price.asOf, QDate(2025, 3, 15));
        QCOMPARE(c.products[1].price.display(), QStringLiteral("Not published"));
        QCOMPARE(c.fingerprint.size(), 40);
        QCOMPARE(catalogueIntegrityProblems(c), QStringList());
    }

    void fingerprintFollowsContent()
    {
        QTemporaryDir a, b;
        const QList<std::pair<QString, QByteArray>> files{
            {QStringLiteral("taxonomy.txt"), taxonomy},
            {QStringLiteral("capabilities.txt"), capabilities},
            {QStringLiteral("vendors/v.txt"), vendors},
            {QStringLiteral("products/p.txt"), "[x]\nname = X\n"}};
        writeFiles(a.path(), files);
        writeFiles(b.path(), files);
        QCOMPARE(readCatalogueFolder(a.path()).content.fingerprint,
                 readCatalogueFolder(b.path()).content.fingerprint);
        writeFiles(b.path(), {{QStringLiteral("products/p.txt"), "[x]\nname = Y\n"}});
        QVERIFY(readCatalogueFolder(a.path()).content.fingerprint
                != readCatalogueFolder(b.path()).content.fingerprint);
    }

    void reportsBadReferencesAndValues()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(),
                   {{QStringLiteral("taxonomy.txt"), taxonomy},
                    {QStringLiteral("capabilities.txt"), capabilities},
                    {QStringLiteral("vendors/v.txt"), vendors + "\n[twilio]\nname = Again\n"},
                    {QStringLiteral("products/p.txt"),
                     "[a]\nname = A\nvendor = nobody\ncategory = data\ndescription = D.\n"
                     "price = cheap\nprice-basis = B\nprice-as-of = 2025-13\nsegments = smb, huge\n"
                     "capability = profiles 4\ncapability = nothing 2\nintegrates = a native\n"
                     "integrates = missing sometimes\ncolour = blue\n"}});
        const CatalogueReadResult r = readCatalogueFolder(dir.path());
        QCOMPARE(r.errors,
                 QStringList({
                     QStringLiteral("vendors/v.txt:7:1: duplicate vendor 'twilio' (first at vendors/v.txt:1:1)"),
                     QStringLiteral("products/p.txt:14:10: unknown key 'colour' (expected one of: name, "
                                    "vendor, category, description, segments, deployment, pricing-model, "
                                    "price, price-basis, price-as-of, alias, capability, integrates)"),
                     QStringLiteral("products/p.txt:3:10: unknown vendor 'nobody'"),
                     QStringLiteral("products/p.txt:4:12: unknown subcategory 'data'"),
                     QStringLiteral("products/p.txt:9:12: unknown segment 'huge' (expected smb, "
                                    "mid-market, enterprise)"),
                     QStringLiteral("products/p.txt:6:9: price must be 'LOW..HIGH CUR', 'AMOUNT CUR' "
                                    "or 'quote', not 'cheap'"),
                     QStringLiteral("products/p.txt:8:15: price-as-of must be YYYY-MM or YYYY-MM-DD"),
                     QStringLiteral("products/p.txt:10:14: capability must be 'slug STRENGTH' with "
                                    "strength 1, 2 or 3"),
                     QStringLiteral("products/p.txt:11:14: unknown capability 'nothing'"),
                     QStringLiteral("products/p.txt:12:14: a product cannot integrate with itself"),
                     QStringLiteral("products/p.txt:13:14: integrates must be 'product-slug "
                                    "native|connector|api'"),
                 }));
    }

    void integrityProblems()
    {
        CatalogueContent c;
        c.categories = {Category{0, 0, QStringLiteral("data"), {}, QStringLiteral("Data")},
                        Category{0, 0, QStringLiteral("cdp"), QStringLiteral("data"), QStringLiteral("CDP")},
                        Category{0, 0, QStringLiteral("crm"), QStringLiteral("data"), QStringLiteral("CRM")}};
        Capability cap;
        cap.slug = QStringLiteral("profiles");
        Capability unused;
        unused.slug = QStringLiteral("unused");
        c.capabilities = {cap, unused};
        Vendor v;
        v.slug = QStringLiteral("idle");
        c.vendors = {v};
        Product a;
        a.slug = QStringLiteral("a");
        a.name = QStringLiteral("Alpha");
        a.categorySlug = QStringLiteral("cdp");
        a.price.basis = QStringLiteral("quote");
        a.aliases = {QStringLiteral("ALPHA"), QStringLiteral("Beta")};
        a.capabilities = {ProductCapability{0, QStringLiteral("profiles"), {}, 3}};
        a.integrations = {ProductIntegration{0, QStringLiteral("b"), {}, IntegrationKind::Native}};
        Product b;
        b.slug = QStringLiteral("b");
        b.name = QStringLiteral("beta");
        b.categorySlug = QStringLiteral("cdp");
        b.integrations = {ProductIntegration{0, QStringLiteral("a"), {}, IntegrationKind::Api}};
        c.products = {a, b};
        QCOMPARE(catalogueIntegrityProblems(c),
                 QStringList({QStringLiteral("product a has 1 capabilities; at least 3 are needed"),
                              QStringLiteral("alias 'ALPHA' of a is already its own name"),
                              QStringLiteral("alias 'Beta' of a is already a name or alias of b"),
                              QStringLiteral("product b has 0 capabilities; at least 3 are needed"),
                              QStringLiteral("product b has no price and no price basis"),
                              QStringLiteral("integration a|b is listed with two different kinds"),
                              QStringLiteral("subcategory crm has no products"),
                              QStringLiteral("vendor idle has no products"),
                              QStringLiteral("capability unused is not offered by any product")}));
    }
};

QTEST_APPLESS_MAIN(TestCatalogueReader)
#include "tst_cataloguereader.moc"
