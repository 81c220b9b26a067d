#include "catalogue/searchquery.h"
#include "domain/priceband.h"
#include "domain/slug.h"

#include <QTest>

using namespace sa;

class TestDomain final : public QObject
{
    Q_OBJECT

private slots:
    void slugify_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("slug");
        QTest::newRow("words") << QStringLiteral("Adobe Marketo Engage") << QStringLiteral("adobe-marketo-engage");
        QTest::newRow("punctuation") << QStringLiteral("  monday.com  Work/Mgmt ") << QStringLiteral("monday-com-work-mgmt");
        QTest::newRow("accents") << QStringLiteral("Brevo Pró Émail") << QStringLiteral("brevo-pro-email");
        QTest::newRow("ampersand") << QStringLiteral("AT&T") << QStringLiteral("at-and-t");
        QTest::newRow("plus") << QStringLiteral("Google+") << QStringLiteral("google-plus");
        QTest::newRow("apostrophe") << QStringLiteral("Trader Joe's") << QStringLiteral("trader-joes");
        QTest::newRow("empty") << QString() << QString();
        // No ASCII letters at all: "x-" and the first 10 hex digits of the name's SHA-1.
        QTest::newRow("no ascii") << QStringLiteral("日本") << QStringLiteral("x-44da6bbcf2");
    }

    void slugify()
    {
        QFETCH(QString, text);
        QFETCH(QString, slug);
        QCOMPARE(sa::slugify(text), slug);
    }

    void compactAmounts_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::newRow("small") << qint64(950) << QStringLiteral("USD") << QStringLiteral("$950");
        QTest::newRow("k one decimal") << qint64(9600) << QStringLiteral("USD") << QStringLiteral("$9.6k");
        QTest::newRow("k round") << qint64(12000) << QStringLiteral("EUR") << QStringLiteral("€12k");
        QTest::newRow("k large") << qint64(120000) << QStringLiteral("GBP") << QStringLiteral("£120k");
        QTest::newRow("millions") << qint64(1250000) << QStringLiteral("USD") << QStringLiteral("$1.3M");
        QTest::newRow("other currency") << qint64(500) << QStringLiteral("SEK") << QStringLiteral("SEK 500");
    }

    void compactAmounts()
    {
        QFETCH(qint64, amount);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QCOMPARE(compactAmount(amount, currency), text);
    }

    void priceBandDisplay()
    {
        PriceBand band;
        QCOMPARE(band.display(), QStringLiteral("Not published"));
        band.low = band.high = 0;
        QCOMPARE(band.display(), QStringLiteral("Free"));
        band.high = 1440;
        QCOMPARE(band.display(), QStringLiteral("$0 – $1.4k / yr"));
        band.low = band.high = 99'000;
        QCOMPARE(band.display(), QStringLiteral("$99k / yr"));
    }

    void priceFilters_data()
    {
        QTest::addColumn<qint64>("low");
        QTest::addColumn<qint64>("high");
        QTest::addColumn<int>("filter");
        QTest::addColumn<bool>("matches");
        const int under5 = int(PriceFilter::Under5k), mid = int(PriceFilter::From5kTo25k),
                  over = int(PriceFilter::Over100k), unpublished = int(PriceFilter::NotPublished);
        QTest::newRow("inside") << qint64(1000) << qint64(3000) << under5 << true;
        QTest::newRow("straddles upward") << qint64(3000) << qint64(9000) << mid << true;
        QTest::newRow("touches lower edge") << qint64(1000) << qint64(5000) << mid << true;
        QTest::newRow("upper edge exclusive") << qint64(5000) << qint64(9000) << under5 << false;
        QTest::newRow("open ended") << qint64(90000) << qint64(400000) << over << true;
        QTest::newRow("unknown is not under 5k") << qint64(-1) << qint64(-1) << under5 << false;
        QTest::newRow("unknown is not published") << qint64(-1) << qint64(-1) << unpublished << true;
        QTest::newRow("known is published") << qint64(0) << qint64(0) << unpublished << false;
        QTest::newRow("any") << qint64(-1) << qint64(-1) << int(PriceFilter::Any) << true;
    }

    void priceFilters()
    {
        QFETCH(qint64, low);
        QFETCH(qint64, high);
        QFETCH(int, filter);
        QFETCH(bool, matches);
        PriceBand band;
        band.low = low;
        band.high = high;
        QCOMPARE(priceBandMatches(band, PriceFilter(filter)), matches);
    }
};

QTEST_APPLESS_MAIN(TestDomain)
#include "tst_domain.moc"
