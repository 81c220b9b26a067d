#include "io/cataloguecsv.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QTest>

#include <ctime>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

// A slice of the shipped taxonomy and capabilities, with ids as a store would give them.
std::vector<Category> categories()
{
    return {
        {1, 0, u"content-experience"_s, QString(), u"Content & Experience"_s},
        {2, 0, u"commerce-sales"_s, QString(), u"Commerce & Sales"_s},
        {3, 0, u"data"_s, QString(), u"Data"_s},
        {11, 1, u"email-marketing"_s, u"content-experience"_s, u"Email Marketing"_s},
        {12,
         1,
         u"marketing-automation"_s,
         u"content-experience"_s,
         u"Marketing Automation & Campaign/Lead Management"_s},
        {21, 2, u"crm"_s, u"commerce-sales"_s, u"CRM"_s},
        {31, 3, u"cdp"_s, u"data"_s, u"Customer Data Platform"_s},
    };
}

std::vector<Capability> capabilities()
{
    const auto cap = [](CapabilityId id,
                        const QString &slug,
                        const QString &name,
                        CategoryId category,
                        const QString &categorySlug,
                        const QStringList &aliases) {
        return Capability{
            id, slug, name, category, categorySlug, QString(), aliases, Origin::Shipped};
    };
    return {cap(101,
                u"email-campaign-sending"_s,
                u"Email campaign sending"_s,
                11,
                u"email-marketing"_s,
                {u"email blasts"_s}),
            cap(102, u"lead-scoring"_s, u"Lead scoring"_s, 12, u"marketing-automation"_s, {}),
            cap(103,
                u"ab-testing"_s,
                u"A/B and multivariate testing"_s,
                11,
                u"email-marketing"_s,
                {u"split testing"_s, u"MVT"_s}),
            cap(104, u"contact-management"_s, u"Contact management"_s, 21, u"crm"_s, {}),
            cap(105, u"identity-resolution"_s, u"Identity resolution"_s, 31, u"cdp"_s, {})};
}

ProductCapability pc(CapabilityId id, const QString &slug, const QString &name, int strength)
{
    return ProductCapability{id, slug, name, strength};
}

CatalogueCsvImport importFixture(const QString &name, const QStringList &mappings = {})
{
    return CatalogueCsv(categories(), capabilities())
        .read(test::fileBytes(test::fixture(u"csv/" + name)), name, mappings);
}

} // namespace

class TestCatalogueCsv : public QObject
{
    Q_OBJECT

private slots:
    void synonyms();
    void userMappings();
    void mappingErrors_data();
    void mappingErrors();
    void valueErrorsAndWarnings();
    void warningsDoNotBlock();
    void csvSyntaxErrorsAreImportErrors();
    void derivedSlugs_data();
    void derivedSlugs();
    void invalidSlugsAreFixed();
    void caps();
    void roundTrip();
    void fifteenThousandRows();
};

void TestCatalogueCsv::synonyms()
{
    const CatalogueCsvImport r = importFixture(u"catalogue-synonyms.csv"_s);
    QCOMPARE(r.errors, QStringList());
    QCOMPARE(r.warnings, QStringList());
    // Header columns: Category starts at 31, Popularity at 77.
    QCOMPARE(r.infos,
             (QStringList{u"catalogue-synonyms.csv:1:77: info: column 'Popularity' is not a "
                          "catalogue field; ignored"_s,
                          u"catalogue-synonyms.csv:1:31: info: column 'Category' ignored: "
                          "column 'Subcategory' gives the category"_s}));
    QCOMPARE(r.products.size(), size_t(3));

    Product hubspot;
    hubspot.slug = u"hubspot-marketing-hub"_s; // the name already starts with the vendor
    hubspot.vendorSlug = u"hubspot"_s;
    hubspot.vendorName = u"HubSpot"_s;
    hubspot.name = u"HubSpot Marketing Hub"_s;
    hubspot.categoryId = 12; // by the subcategory's full name
    hubspot.categorySlug = u"marketing-automation"_s;
    hubspot.description = u"All-in-one inbound marketing."_s;
    hubspot.segments = QStringList{u"smb"_s, u"mid-market"_s};
    hubspot.capabilities = {pc(102, u"lead-scoring"_s, u"Lead scoring"_s, 3),
                            pc(101, u"email-campaign-sending"_s, u"Email campaign sending"_s, 2),
                            pc(103, u"ab-testing"_s, u"A/B and multivariate testing"_s, 1)};
    QCOMPARE(r.products[0], hubspot);

    Product mailchimp;
    mailchimp.slug = u"intuit-mailchimp"_s; // vendor + name
    mailchimp.vendorSlug = u"intuit"_s;
    mailchimp.vendorName = u"Intuit"_s;
    mailchimp.name = u"Mailchimp"_s;
    mailchimp.categoryId = 11;
    mailchimp.categorySlug = u"email-marketing"_s;
    mailchimp.description = u"Email marketing for small businesses."_s;
    mailchimp.segments = QStringList{u"smb"_s};
    mailchimp.capabilities = {pc(101, u"email-campaign-sending"_s, u"Email campaign sending"_s, 3)};
    QCOMPARE(r.products[1], mailchimp);

    QCOMPARE(r.products[2].slug, u"salesforce-sales-cloud"_s);
    QCOMPARE(r.products[2].categoryId, 21);
    QCOMPARE(r.products[2].segments, QStringList{u"enterprise"_s});
    QCOMPARE(r.products[2].capabilities,
             (std::vector<ProductCapability>{
                 pc(104, u"contact-management"_s, u"Contact management"_s, 3),
                 pc(105, u"identity-resolution"_s, u"Identity resolution"_s, 1)}));

    QCOMPARE(
        r.vendors,
        (std::vector<Vendor>{
            {0,
             u"hubspot"_s,
             u"HubSpot"_s,
             u"https://www.hubspot.com"_s,
             QString(),
             0,
             Origin::User},
            {0, u"intuit"_s, u"Intuit"_s, u"https://mailchimp.com"_s, QString(), 0, Origin::User},
            {0,
             u"salesforce"_s,
             u"Salesforce"_s,
             u"https://www.salesforce.com"_s,
             QString(),
             0,
             Origin::User}}));
}

void TestCatalogueCsv::userMappings()
{
    const CatalogueCsvImport r = importFixture(u"catalogue-map.csv"_s,
                                               {u"Produkt=name"_s,
                                                u"Hersteller=vendor"_s,
                                                u"kategorie = Category"_s,
                                                u"Preis von=price-low"_s,
                                                u"Preis bis=price high"_s,
                                                u"Währung=currency"_s,
                                                u"Stand=price_as_of"_s,
                                                u"Notiz=ignore"_s});
    QCOMPARE(r.errors, QStringList());
    QCOMPARE(r.warnings, QStringList());
    QCOMPARE(r.infos, QStringList());
    QCOMPARE(r.format.delimiter, QChar(u';'));
    QCOMPARE(r.products.size(), size_t(2));

    Product brevo;
    brevo.slug = u"brevo"_s;
    brevo.vendorSlug = u"brevo"_s;
    brevo.vendorName = u"Brevo"_s;
    brevo.name = u"Brevo"_s;
    brevo.categoryId = 11;
    brevo.categorySlug = u"email-marketing"_s;
    brevo.price
        = PriceBand{1251, 2400, u"EUR"_s, QString(), QDate(2025, 1, 1)}; // 1.250,50 rounds up
    QCOMPARE(r.products[0], brevo);
    QCOMPARE(r.products[1].slug, u"cleverreach"_s);
    QCOMPARE(r.products[1].price, PriceBand()); // not published, USD
}

void TestCatalogueCsv::mappingErrors_data()
{
    QTest::addColumn<QStringList>("mappings");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("header not in the file")
        << QStringList{u"Nope=name"_s}
        << QStringList{
               u"catalogue-synonyms.csv:1:1: --map 'Nope=name': the file has no column 'Nope' "
               "(its columns: Tool Name, Company, Subcategory, Category, Description, URL, "
               "Capabilities, Segment, Popularity)"_s};
    QTest::newRow("unknown field")
        << QStringList{u"Company=maker-of-things"_s}
        << QStringList{
               u"catalogue-synonyms.csv:1:1: --map 'Company=maker-of-things': unknown field "
               "'maker-of-things' (fields: name, vendor, vendor-slug, category, description, "
               "website, aliases, capabilities, segments, deployment, pricing-model, price-low, "
               "price-high, currency, price-basis, price-as-of, slug, ignore)"_s};
    QTest::newRow("no equals sign")
        << QStringList{u"Company"_s}
        << QStringList{u"catalogue-synonyms.csv:1:1: --map 'Company': expected \"Header=field\""_s};
    QTest::newRow("name column dropped")
        << QStringList{u"tool name=-"_s}
        << QStringList{
               u"catalogue-synonyms.csv:1:1: no column gives the product name (call it Name, "
               "Product or Tool, or map one with --map \"Header=name\")"_s};
    QTest::newRow("two columns, one field")
        << QStringList{u"Company=name"_s, u"Description=name"_s}
        << QStringList{
               u"catalogue-synonyms.csv:1:40: --map 'Description=name': column 'Company' is "
               "already mapped to name"_s};
    QTest::newRow("one column twice")
        << QStringList{u"Company=vendor"_s, u"company=description"_s}
        << QStringList{
               u"catalogue-synonyms.csv:1:11: --map 'company=description': column 'Company' "
               "is mapped twice"_s};
}

void TestCatalogueCsv::mappingErrors()
{
    QFETCH(QStringList, mappings);
    QFETCH(QStringList, errors);
    const CatalogueCsvImport r = importFixture(u"catalogue-synonyms.csv"_s, mappings);
    QCOMPARE(r.errors, errors);
    QVERIFY(r.products.empty());
}

void TestCatalogueCsv::valueErrorsAndWarnings()
{
    // Columns worked out on the fixture's lines, e.g. line 2: "email-campaign-sending" is
    // columns 32-53, so its strength '5' is at 55; price-high "50" starts at 74.
    const CatalogueCsvImport r = importFixture(u"catalogue-errors.csv"_s);
    const QString f = u"catalogue-errors.csv:"_s;
    QCOMPARE(r.errors,
             (QStringList{
                 f + u"2:55: capability strength must be 1, 2 or 3, not '5'",
                 f + u"2:74: the low price (100) is above the high price (50)",
                 f + u"2:77: '2025-02-30' is not a valid date (expected YYYY-MM-DD or YYYY-MM)",
                 f + u"3:1: the product name is empty",
                 f + u"4:66: price must be a non-negative number, not 'abc'",
                 f + u"4:70: price must be a non-negative number, not '-3'",
                 f + u"4:98: currency must be a three-letter code such as USD or EUR, not 'Euros'",
                 f + u"5:33: capability strength must be 1, 2 or 3, not 'high'"}));
    QCOMPARE(
        r.warnings,
        (QStringList{
            f + u"4:15: warning: unknown category 'Space Marketing'; imported without a category",
            f + u"4:52: warning: unknown capability 'teleportation'; ignored",
            f
                + u"4:81: warning: unknown segment 'giants' (expected smb, mid-market or "
                  u"enterprise); ignored",
            f
                + u"4:88: warning: unknown deployment 'mainframe' (expected cloud, on-premise or "
                  u"hybrid); ignored",
            f + u"6:1: warning: product 'acme-mail' is also on line 2; the later row wins"}));
    QVERIFY(r.products.empty()); // errors: nothing to import
    QVERIFY(r.vendors.empty());
}

void TestCatalogueCsv::warningsDoNotBlock()
{
    const CatalogueCsvImport r = importFixture(u"catalogue-warnings.csv"_s);
    QCOMPARE(r.errors, QStringList());
    QCOMPARE(
        r.warnings,
        (QStringList{u"catalogue-warnings.csv:2:13: warning: unknown category 'Journey "
                     "Orchestration'; imported without a category"_s,
                     u"catalogue-warnings.csv:2:58: warning: unknown capability 'Predictive send "
                     "time'; ignored"_s}));
    QCOMPARE(r.products.size(), size_t(1));
    QCOMPARE(r.products[0].slug, u"ortto"_s);
    QCOMPARE(r.products[0].categoryId, 0);
    QCOMPARE(r.products[0].categorySlug, QString());
    QCOMPARE(r.products[0].capabilities,
             std::vector<ProductCapability>{
                 pc(101, u"email-campaign-sending"_s, u"Email campaign sending"_s, 2)});
}

void TestCatalogueCsv::csvSyntaxErrorsAreImportErrors()
{
    const CatalogueCsvImport r = importFixture(u"unterminated-quote.csv"_s);
    QCOMPARE(r.errors,
             QStringList{u"unterminated-quote.csv:2:6: unterminated quoted field: the quote "
                         "opened here is never closed"_s});
    QVERIFY(r.products.empty());

    const CatalogueCsvImport missing = CatalogueCsv({}, {}).readFile(u"/nonexistent/x.csv"_s);
    QCOMPARE(missing.errorKind, Error::Kind::Io);
}

void TestCatalogueCsv::derivedSlugs_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slug");

    QTest::newRow("name starts with vendor")
        << u"HubSpot"_s << u"HubSpot Marketing Hub"_s << u"hubspot-marketing-hub"_s;
    QTest::newRow("vendor + name") << u"Salesforce"_s << u"Marketing Cloud Account Engagement"_s
                                   << u"salesforce-marketing-cloud-account-engagement"_s;
    QTest::newRow("prefix but not a word")
        << u"HubSpot"_s << u"Hubspotter"_s << u"hubspot-hubspotter"_s;
    QTest::newRow("no vendor, apostrophe") << QString() << u"Trader Joe's"_s << u"trader-joes"_s;
    QTest::newRow("ampersand") << u"AT&T"_s << u"Ads"_s << u"at-and-t-ads"_s;
    QTest::newRow("plus") << u"Google"_s << u"Google+"_s << u"google-plus"_s;
    QTest::newRow("same as vendor") << u"Brevo"_s << u"brevo"_s << u"brevo"_s;
    QTest::newRow("accented name") << u"Brevo"_s << u"Brevo Pró"_s << u"brevo-pro"_s;
    QTest::newRow("accented vendor") << u"Zoë"_s << u"CRM 2"_s << u"zoe-crm-2"_s;
    // slugify("株式会社 Tool"): the vendor has no ASCII words, so only the name's remain.
    QTest::newRow("vendor without ASCII") << u"株式会社"_s << u"Tool"_s << u"tool"_s;
    QTest::newRow("blanks trimmed") << u"  Acme "_s << u" Widget  "_s << u"acme-widget"_s;
}

void TestCatalogueCsv::derivedSlugs()
{
    QFETCH(QString, vendor);
    QFETCH(QString, name);
    QFETCH(QString, slug);
    CsvWriter writer;
    writer.writeRow({u"name"_s, u"vendor"_s});
    writer.writeRow({name, vendor});
    const CatalogueCsvImport r = CatalogueCsv({}, {}).read(writer.bytes(), u"s.csv"_s);
    QCOMPARE(r.errors, QStringList());
    QCOMPARE(r.products.size(), size_t(1));
    QCOMPARE(r.products[0].slug, slug);
}

void TestCatalogueCsv::invalidSlugsAreFixed()
{
    const CatalogueCsvImport r = CatalogueCsv({}, {}).read(
        "name,slug,vendor,vendor-slug\nA,Foo_Bar,Acme,acme-\n", u"s.csv"_s);
    QCOMPARE(r.errors, QStringList());
    const QString why
        = u"is not a valid slug (lower-case letters, digits and single dashes); using "_s;
    QCOMPARE(r.warnings,
             (QStringList{u"s.csv:2:16: warning: 'acme-' "_s + why + u"'acme'",
                          u"s.csv:2:3: warning: 'Foo_Bar' "_s + why + u"'foo-bar'"}));
    QCOMPARE(r.products[0].slug, u"foo-bar"_s);
    QCOMPARE(r.products[0].vendorSlug, u"acme"_s);
}

void TestCatalogueCsv::caps()
{
    QByteArray emptyNames = "name,vendor\n";
    for (int i = 0; i < 60; ++i)
        emptyNames += " ,Acme\n";
    const CatalogueCsvImport r
        = CatalogueCsv(categories(), capabilities()).read(emptyNames, u"e.csv"_s);
    QCOMPARE(r.errors.size(), 51);
    QCOMPARE(r.errors[49], u"e.csv:51:1: the product name is empty"_s);
    QCOMPARE(r.errors[50], u"e.csv:52:1: too many errors; stopped after 50"_s);

    CatalogueCsv fewWarnings(categories(), capabilities());
    fewWarnings.setMaxWarnings(2);
    const CatalogueCsvImport w
        = fewWarnings.read("name,category\nA,x\nB,y\nC,crm\nD,z\nE,w\n", u"w.csv"_s);
    QCOMPARE(w.errors, QStringList());
    QCOMPARE(
        w.warnings,
        (QStringList{u"w.csv:2:3: warning: unknown category 'x'; imported without a category"_s,
                     u"w.csv:3:3: warning: unknown category 'y'; imported without a category"_s,
                     u"w.csv:5:3: warning: 2 more warnings are not listed"_s}));
    QCOMPARE(w.products.size(), size_t(5));
}

void TestCatalogueCsv::roundTrip()
{
    Product marketo;
    marketo.slug = u"adobe-marketo-engage"_s;
    marketo.vendorSlug = u"adobe"_s; // not slugify("Adobe Inc."): travels in vendor-slug
    marketo.vendorName = u"Adobe Inc."_s;
    marketo.name = u"Adobe Marketo Engage"_s;
    marketo.categoryId = 12;
    marketo.categorySlug = u"marketing-automation"_s;
    marketo.description = u"B2B automation: \"engage\" buyers,\nscore leads, and more."_s;
    marketo.segments = QStringList{u"mid-market"_s, u"enterprise"_s};
    marketo.deployment = u"cloud"_s;
    marketo.pricingModel = u"by contacts, per year"_s;
    marketo.price
        = PriceBand{15000, 90000, u"USD"_s, u"Growth to Select, 10k contacts"_s, QDate(2025, 1, 1)};
    marketo.aliases = QStringList{u"Marketo"_s, u"Marketo Engage"_s};
    marketo.capabilities = {pc(102, u"lead-scoring"_s, u"Lead scoring"_s, 3),
                            pc(101, u"email-campaign-sending"_s, u"Email campaign sending"_s, 2)};

    Product formula; // every text a spreadsheet would run, and no vendor, category or price
    formula.slug = u"equals-plus-analytics"_s;
    formula.name = u"=Plus Analytics"_s;
    formula.description = u"-5% churn, @mentions"_s;
    formula.aliases = QStringList{u"+Plus"_s, u"@plus"_s};
    formula.segments = QStringList{u"smb"_s};
    formula.deployment = u"on-premise"_s;
    formula.price.currency = u"EUR"_s;

    Product brevo;
    brevo.slug = u"brevo-pro"_s;
    brevo.vendorSlug = u"brevo"_s;
    brevo.vendorName = u"Brevo"_s;
    brevo.name = u"Brevo Pró"_s;
    brevo.categoryId = 11;
    brevo.categorySlug = u"email-marketing"_s;
    brevo.price = PriceBand{0, 0, u"EUR"_s, u"Free plan"_s, QDate(2024, 12, 31)};
    brevo.capabilities = {pc(101, u"email-campaign-sending"_s, u"Email campaign sending"_s, 2),
                          pc(103, u"ab-testing"_s, u"A/B and multivariate testing"_s, 1)};

    const std::vector<Product> products{marketo, formula, brevo};
    const std::vector<Vendor> vendors{
        {0,
         u"adobe"_s,
         u"Adobe Inc."_s,
         u"https://business.adobe.com"_s,
         QString(),
         0,
         Origin::User},
        {0, u"brevo"_s, u"Brevo"_s, u"https://www.brevo.com"_s, QString(), 0, Origin::User}};
    const QByteArray csv = CatalogueCsv::write(products, vendors);

    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines[0],
             QByteArray("name,vendor,vendor-slug,category,description,website,aliases,"
                        "capabilities,segments,deployment,pricing-model,price-low,price-high,"
                        "currency,price-basis,price-as-of,slug\r"));
    QCOMPARE(lines[3],
             QByteArray("'=Plus Analytics,,,,\"'-5% churn, @mentions\",,'+Plus|@plus,,smb,"
                        "on-premise,,,,EUR,,,equals-plus-analytics\r"));
    QCOMPARE(lines[4],
             QByteArray("Brevo Pr\xC3\xB3,Brevo,brevo,email-marketing,,https://www.brevo.com,,"
                        "email-campaign-sending:2|ab-testing:1,,,,0,0,EUR,Free plan,2024-12-31,"
                        "brevo-pro\r"));

    const CatalogueCsv csvFormat(categories(), capabilities());
    const CatalogueCsvImport back = csvFormat.read(csv, u"export.csv"_s);
    QCOMPARE(back.errors, QStringList());
    QCOMPARE(back.warnings, QStringList());
    QCOMPARE(back.infos, QStringList());
    QCOMPARE(back.products.size(), products.size());
    for (size_t i = 0; i < products.size(); ++i)
        QCOMPARE(back.products[i], products[i]);
    QCOMPARE(back.vendors, vendors);
    QCOMPARE(CatalogueCsv::write(back.products, back.vendors), csv);
}

void TestCatalogueCsv::fifteenThousandRows()
{
    // Not a timed test: it prints the time (see the report) and checks the result.
    QByteArray csv = CatalogueCsv::exportHeader().join(u',').toUtf8() + "\r\n";
    for (int i = 0; i < 15'000; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "Tool " + n + ",Vendor " + QByteArray::number(i % 700) + ",,"
               + (i % 2 ? "email-marketing" : "Customer Data Platform")
               + ",\"A marketing tool, number " + n
               + ", that does several things for \"\"growth\"\" teams.\",https://vendor"
               + QByteArray::number(i % 700) + ".example.com,T" + n + "|Tool-" + n
               + ",lead-scoring:3|Email campaign sending|split testing:1,smb|mid-market,cloud,per "
                 "seat,"
               + QByteArray::number(1000 + i) + "," + QByteArray::number(5000 + i)
               + ",USD,Pro tier,2025-01,\r\n";
    }
    const CatalogueCsv format(categories(), capabilities());
    CatalogueCsvImport r;
    // Best of five, in wall and CPU time: the machine may be busy with other work.
    double bestRead = 1e9, bestTotal = 1e9, bestCpu = 1e9;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        const CsvReadResult table = CsvReader().read(csv, u"big.csv"_s);
        const double read = double(timer.nsecsElapsed()) / 1e6;
        CatalogueCsvImport result = format.convert(table.table);
        bestCpu = std::min(bestCpu, double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
        bestRead = std::min(bestRead, read);
        bestTotal = std::min(bestTotal, double(timer.nsecsElapsed()) / 1e6);
        r = std::move(result);
    }
    qInfo("15,000 rows, %lld bytes: read %.1f ms, read + convert %.1f ms wall, %.1f ms CPU "
          "(best of 5)",
          qint64(csv.size()),
          bestRead,
          bestTotal,
          bestCpu);
    QCOMPARE(r.errors, QStringList());
    QCOMPARE(r.warnings, QStringList());
    QCOMPARE(r.products.size(), size_t(15'000));
    QCOMPARE(r.vendors.size(), size_t(700));
    const Product &p = r.products[14'999];
    QCOMPARE(p.slug, u"vendor-299-tool-14999"_s);
    QCOMPARE(p.categorySlug, u"email-marketing"_s);
    QCOMPARE(p.description,
             u"A marketing tool, number 14999, that does several things for \"growth\" teams."_s);
    QCOMPARE(p.aliases, (QStringList{u"T14999"_s, u"Tool-14999"_s}));
    QCOMPARE(p.capabilities.size(), size_t(3));
    QCOMPARE(p.price, (PriceBand{15999, 19999, u"USD"_s, u"Pro tier"_s, QDate(2025, 1, 1)}));
}

QTEST_APPLESS_MAIN(TestCatalogueCsv)
#include "tst_cataloguecsv.moc"
