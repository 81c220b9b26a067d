// The shipped catalogue's own integrity: what data/catalogue promises its users.
#include "catalogue/cataloguecontent.h"
#include "store/shippeddata.h"
#include "testutil.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace sa;

class TestShippedCatalogue final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qunsetenv("STACKATLAS_SHIPPED_CATALOGUE");
        m_read = readCatalogueFolder(shippedCatalogueDir());
    }

    void readsWithoutErrors() { QCOMPARE(m_read.errors, QStringList()); }

    void keepsEveryIntegrityRule()
    {
        // Subcategories with products, >= 3 capabilities each, unique aliases, no unused
        // vendors or capabilities, consistent integrations.
        QCOMPARE(catalogueIntegrityProblems(m_read.content), QStringList());
    }

    void hasTheLandscapeAndEnoughContent()
    {
        const CatalogueContent &c = m_read.content;
        int top = 0, sub = 0;
        for (const Category &cat : c.categories)
            cat.isTopLevel() ? ++top : ++sub;
        QCOMPARE(top, 6);
        QCOMPARE(sub, 49);
        QVERIFY2(c.capabilities.size() >= 150, qPrintable(QString::number(c.capabilities.size())));
        QVERIFY2(c.products.size() >= 400, qPrintable(QString::number(c.products.size())));
        QSet<QString> vendorsWithProducts;
        for (const Product &p : c.products)
            vendorsWithProducts.insert(p.vendorSlug);
        QVERIFY2(vendorsWithProducts.size() >= 300, qPrintable(QString::number(vendorsWithProducts.size())));
        for (const Capability &cap : c.capabilities)
            QVERIFY2(!cap.description.isEmpty(), qPrintable(cap.slug));
    }

    void namesPeopleTypeLeadToTheRightProduct_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("slug");
        QTest::newRow("SFDC") << QStringLiteral("SFDC") << QStringLiteral("salesforce-sales-cloud");
        QTest::newRow("Marketo") << QStringLiteral("Marketo") << QStringLiteral("adobe-marketo-engage");
        QTest::newRow("GA4") << QStringLiteral("GA4") << QStringLiteral("google-analytics-4");
        QTest::newRow("Bizible") << QStringLiteral("Bizible") << QStringLiteral("adobe-marketo-measure");
        QTest::newRow("Pardot") << QStringLiteral("Pardot") << QStringLiteral("salesforce-account-engagement");
    }

    void namesPeopleTypeLeadToTheRightProduct()
    {
        QFETCH(QString, typed);
        QFETCH(QString, slug);
        QStringList owners;
        for (const Product &p : m_read.content.products) {
            if (p.name.compare(typed, Qt::CaseInsensitive) == 0
                || p.aliases.contains(typed, Qt::CaseInsensitive))
                owners << p.slug;
        }
        QCOMPARE(owners, QStringList(slug));
    }

    void everyPriceIsLabelledWithBasisAndDate()
    {
        int banded = 0;
        for (const Product &p : m_read.content.products) {
            QVERIFY2(!p.price.basis.isEmpty(), qPrintable(p.slug));
            QVERIFY2(p.price.asOf.isValid(), qPrintable(p.slug));
            if (p.price.isKnown())
                ++banded;
        }
        // Most products carry a published band; the rest say they are sold by quote.
        QVERIFY2(banded * 10 >= int(m_read.content.products.size()) * 6, qPrintable(QString::number(banded)));
    }

    void followsTheLandscapeTaxonomy()
    {
        const QString dir = test::thirdPartyDir();
        if (dir.isEmpty())
            QSKIP("../shared/data/third-party is absent: the landscape names cannot be compared");
        QFile f(dir + u"/landscape-taxonomy/martech_landscape_taxonomy_2022.csv");
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
        // Fields: edition (quoted, has commas), category, subcategory (may be quoted), position.
        QSet<QString> expected;
        f.readLine();
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            const qsizetype afterEdition = line.indexOf(u"\",") + 2;
            const QString rest = line.mid(afterEdition);
            const qsizetype comma = rest.indexOf(u',');
            QString sub = rest.mid(comma + 1).section(u',', 0, -2);
            if (sub.startsWith(u'"'))
                sub = sub.mid(1, sub.size() - 2);
            expected.insert(rest.left(comma) + u" / " + sub);
        }
        QSet<QString> names;
        QHash<QString, QString> topNames;
        for (const Category &cat : m_read.content.categories) {
            if (cat.isTopLevel())
                topNames.insert(cat.slug, cat.name);
        }
        for (const Category &cat : m_read.content.categories) {
            if (!cat.isTopLevel())
                names.insert(topNames.value(cat.parentSlug) + u" / " + cat.name);
        }
        QCOMPARE(expected.size(), 49);
        QCOMPARE(names, expected);
    }

private:
    CatalogueReadResult m_read;
};

QTEST_GUILESS_MAIN(TestShippedCatalogue)
#include "tst_shippedcatalogue.moc"
