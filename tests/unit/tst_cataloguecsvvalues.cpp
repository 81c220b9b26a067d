#include "io/cataloguecsvvalues.h"

#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

using OptionalInt = std::optional<qint64>;
Q_DECLARE_METATYPE(OptionalInt)

class TestCatalogueCsvValues : public QObject
{
    Q_OBJECT

private slots:
    void price_data();
    void price();
    void date_data();
    void date();
    void words();
};

void TestCatalogueCsvValues::price_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<OptionalInt>("amount");

    QTest::newRow("plain") << u"9600"_s << OptionalInt(9600);
    QTest::newRow("US grouping") << u"9,600"_s << OptionalInt(9600);
    QTest::newRow("US money, cents round") << u"$9,600.50"_s << OptionalInt(9601);
    QTest::newRow("European money") << u"1.250,50 €"_s << OptionalInt(1251);
    QTest::newRow("European grouping") << u"12.500"_s << OptionalInt(12500);
    QTest::newRow("decimal comma") << u"99,90"_s << OptionalInt(100);
    QTest::newRow("decimal point, rounds down") << u"99.49"_s << OptionalInt(99);
    QTest::newRow("space grouping") << u"1 250 000"_s << OptionalInt(1250000);
    QTest::newRow("ISO code after") << u"9600 USD"_s << OptionalInt(9600);
    QTest::newRow("zero") << u"0"_s << OptionalInt(0);
    QTest::newRow("empty") << QString() << OptionalInt(-1);
    QTest::newRow("quote") << u"Quote"_s << OptionalInt(-1);
    QTest::newRow("dash") << u"-"_s << OptionalInt(-1);
    QTest::newRow("n/a") << u"N/A"_s << OptionalInt(-1);
    QTest::newRow("negative") << u"-5"_s << OptionalInt();
    QTest::newRow("words") << u"about 500"_s << OptionalInt();
    QTest::newRow("thousands suffix") << u"9.6k"_s << OptionalInt();
    QTest::newRow("trailing point") << u"12."_s << OptionalInt();
    QTest::newRow("sixteen digits") << u"1234567890123456"_s << OptionalInt();
}

void TestCatalogueCsvValues::price()
{
    QFETCH(QString, text);
    QFETCH(OptionalInt, amount);
    QCOMPARE(CatalogueCsvValues::price(text), amount);
}

void TestCatalogueCsvValues::date_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");

    QTest::newRow("ISO") << u"2025-03-14"_s << QDate(2025, 3, 14);
    QTest::newRow("month") << u"2025-03"_s << QDate(2025, 3, 1);
    QTest::newRow("slashes") << u" 2025/03/14 "_s << QDate(2025, 3, 14);
    QTest::newRow("date-time") << u"2025-03-14T10:00:00Z"_s << QDate(2025, 3, 14);
    QTest::newRow("leap day") << u"2024-02-29"_s << QDate(2024, 2, 29);
    QTest::newRow("impossible day") << u"2025-02-29"_s << QDate();
    QTest::newRow("month 13") << u"2025-13"_s << QDate();
    QTest::newRow("mixed separators") << u"2025-03/14"_s << QDate();
    QTest::newRow("European order") << u"14.03.2025"_s << QDate();
    QTest::newRow("short fields") << u"2025-3-1"_s << QDate();
}

void TestCatalogueCsvValues::date()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(CatalogueCsvValues::date(text), date);
}

void TestCatalogueCsvValues::words()
{
    using S = std::optional<QString>;
    QCOMPARE(CatalogueCsvValues::segment(u"SMB"), S(u"smb"_s));
    QCOMPARE(CatalogueCsvValues::segment(u" Small business "), S(u"smb"_s));
    QCOMPARE(CatalogueCsvValues::segment(u"Mid-market"), S(u"mid-market"_s));
    QCOMPARE(CatalogueCsvValues::segment(u"mid market"), S(u"mid-market"_s));
    QCOMPARE(CatalogueCsvValues::segment(u"Enterprise"), S(u"enterprise"_s));
    QCOMPARE(CatalogueCsvValues::segment(u"giants"), S());
    QCOMPARE(CatalogueCsvValues::deployment(u"SaaS"), S(u"cloud"_s));
    QCOMPARE(CatalogueCsvValues::deployment(u"On-prem"), S(u"on-premise"_s));
    QCOMPARE(CatalogueCsvValues::deployment(u"self hosted"), S(u"on-premise"_s));
    QCOMPARE(CatalogueCsvValues::deployment(u"Hybrid"), S(u"hybrid"_s));
    QCOMPARE(CatalogueCsvValues::deployment(u"mainframe"), S());
    QCOMPARE(CatalogueCsvValues::currency(u"usd"), S(u"USD"_s));
    QCOMPARE(CatalogueCsvValues::currency(u"€"), S(u"EUR"_s));
    QCOMPARE(CatalogueCsvValues::currency(u"Euros"), S());
    QCOMPARE(CatalogueCsvValues::currency(u"U$D"), S());
    QCOMPARE(CatalogueCsvValues::strength(u"3"), std::optional<int>(3));
    QCOMPARE(CatalogueCsvValues::strength(u"Leading"), std::optional<int>(3));
    QCOMPARE(CatalogueCsvValues::strength(u" basic "), std::optional<int>(1));
    QCOMPARE(CatalogueCsvValues::strength(u"4"), std::optional<int>());
    QCOMPARE(CatalogueCsvValues::strength(u"0"), std::optional<int>());
    QCOMPARE(CatalogueCsvValues::strength(u"high"), std::optional<int>());
}

QTEST_APPLESS_MAIN(TestCatalogueCsvValues)
#include "tst_cataloguecsvvalues.moc"
