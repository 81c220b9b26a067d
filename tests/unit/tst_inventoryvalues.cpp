// The cell readers of the inventory import, one value at a time: money in US and
// European styles, counts, notice periods, yes/no, status, satisfaction, importance,
// strength, dates in every order the importer accepts, header words and list items.
// Each row states the exact value or the exact message (without the location, which the
// importer adds).
#include "io/inventorycells.h"
#include "io/inventorycolumns.h"
#include "io/inventorydates.h"
#include "io/inventorymoney.h"
#include "io/inventoryvalues.h"

#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

// "value" or "error: message", so one column holds either.
template<typename T>
QString outcome(const Expected<T> &e, const std::function<QString(const T &)> &show)
{
    return e ? show(*e) : u"error: " + e.error().message;
}

QString number(const qint64 &n)
{
    return QString::number(n);
}

} // namespace

class TestInventoryValues final : public QObject
{
    Q_OBJECT

private slots:
    void money_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("cents");
        const QString usd = u"USD"_s, eur = u"EUR"_s;
        QTest::newRow("plain") << u"1250.50"_s << usd << u"125050"_s;
        QTest::newRow("US style") << u"$1,250.50"_s << usd << u"125050"_s;
        QTest::newRow("code before") << u"USD 1,250"_s << usd << u"125000"_s;
        QTest::newRow("lone comma, 3 digits: thousands") << u"1,250"_s << usd << u"125000"_s;
        QTest::newRow("lone dot, 3 digits: thousands") << u"1.250"_s << usd << u"125000"_s;
        QTest::newRow("0.250 is a quarter") << u"0.250"_s << usd << u"25"_s;
        QTest::newRow("one decimal") << u"1250.5"_s << usd << u"125050"_s;
        QTest::newRow("decimal comma") << u"1250,5"_s << usd << u"125050"_s;
        QTest::newRow("European style") << u"1.250,50 €"_s << eur << u"125050"_s;
        QTest::newRow("spaces and code") << u"1 250,50 EUR"_s << eur << u"125050"_s;
        QTest::newRow("no-break space") << u"1\u00A0250,50\u00A0€"_s << eur << u"125050"_s;
        QTest::newRow("Swiss apostrophe") << u"1'250.50"_s << usd << u"125050"_s;
        QTest::newRow("millions US") << u"$ 1,234,567.89"_s << usd << u"123456789"_s;
        QTest::newRow("millions EU") << u"1.234.567,89 €"_s << eur << u"123456789"_s;
        QTest::newRow("Indian grouping") << u"1,25,000"_s << usd << u"12500000"_s;
        QTest::newRow("fractions of a cent round half up") << u"12.3456"_s << usd << u"1235"_s;
        QTest::newRow("half a cent") << u"0.005"_s << usd << u"1"_s;
        QTest::newRow("under half a cent") << u"12.3449"_s << usd << u"1234"_s;
        QTest::newRow("lower-case code after") << u"1250 eur"_s << eur << u"125000"_s;
        QTest::newRow("any dollar") << u"$300"_s << u"CAD"_s << u"30000"_s;
        QTest::newRow("empty") << QString() << usd << u"0"_s;
        QTest::newRow("dash") << u"-"_s << usd << u"0"_s;
        QTest::newRow("accounting zero") << u"$ -"_s << usd << u"0"_s;
        QTest::newRow("n/a") << u"n/a"_s << usd << u"0"_s;
        QTest::newRow("free") << u"Free"_s << usd << u"0"_s;
        QTest::newRow("parentheses")
            << u"(1,250.00)"_s << usd
            << u"error: '(1,250.00)' is negative; an annual cost cannot be"_s;
        QTest::newRow("minus") << u"-5"_s << usd
                               << u"error: '-5' is negative; an annual cost cannot be"_s;
        QTest::newRow("trailing minus")
            << u"1250-"_s << usd << u"error: '1250-' is negative; an annual cost cannot be"_s;
        QTest::newRow("euros in a dollar workspace")
            << u"€100"_s << usd
            << u"error: '€100' is in EUR, but the workspace's currency is USD"_s;
        QTest::newRow("dollars in a euro workspace")
            << u"$100"_s << eur
            << u"error: '$100' is in dollars ($), but the workspace's currency is EUR"_s;
        const QString notMoney = u"' is not an amount of money (expected, for example, 1250.50, "
                                 u"$1,250.50 or 1.250,50 €)"_s;
        QTest::newRow("words") << u"lots"_s << usd << u"error: 'lots" + notMoney;
        QTest::newRow("letter O for zero") << u"12O0"_s << usd << u"error: '12O0" + notMoney;
        QTest::newRow("exponent") << u"1e3"_s << usd << u"error: '1e3" + notMoney;
        QTest::newRow("two currencies") << u"$100 USD"_s << usd << u"error: '$100 USD" + notMoney;
    }

    void money()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QTEST(outcome<Cents>(InventoryMoney::read(text, currency), number), "cents");
    }

    void counts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("count");
        QTest::newRow("plain") << u"25"_s << u"25"_s;
        QTest::newRow("comma grouping") << u"1,200"_s << u"1200"_s;
        QTest::newRow("dot grouping") << u"1.200"_s << u"1200"_s;
        QTest::newRow("space grouping") << u"1 200"_s << u"1200"_s;
        QTest::newRow("spreadsheet's .0") << u"12.0"_s << u"12"_s;
        QTest::newRow("decimal comma zeros") << u"12,00"_s << u"12"_s;
        QTest::newRow("zero") << u"0"_s << u"0"_s;
        QTest::newRow("empty: unknown") << QString() << u"-1"_s;
        QTest::newRow("dash: unknown") << u"-"_s << u"-1"_s;
        QTest::newRow("n/a: unknown") << u"N/A"_s << u"-1"_s;
        QTest::newRow("negative") << u"-3"_s << u"error: '-3' is negative; a count cannot be"_s;
        QTest::newRow("parentheses")
            << u"(3)"_s << u"error: '(3)' is negative; a count cannot be"_s;
        QTest::newRow("fraction") << u"2.5"_s << u"error: '2.5' is not a whole number"_s;
        QTest::newRow("words") << u"many"_s << u"error: 'many' is not a number"_s;
        QTest::newRow("too large")
            << u"1234567890"_s << u"error: '1234567890' is too large for a count"_s;
    }

    void counts()
    {
        QFETCH(QString, text);
        QTEST(outcome<int>(InventoryValues::count(text), number), "count");
    }

    void noticeDays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("contractEnd");
        QTest::addColumn<QString>("days");
        const QDate march31(2027, 3, 31);
        QTest::newRow("plain") << u"60"_s << QDate() << u"60"_s;
        QTest::newRow("days") << u"60 days"_s << QDate() << u"60"_s;
        QTest::newRow("d") << u"60d"_s << QDate() << u"60"_s;
        QTest::newRow("Tage") << u"60 Tage"_s << QDate() << u"60"_s;
        QTest::newRow("weeks") << u"8 weeks"_s << QDate() << u"56"_s;
        // 2027-01-31 to 2027-03-31: 28 + 31 days.
        QTest::newRow("months back from the end") << u"2 months"_s << march31 << u"59"_s;
        QTest::newRow("a month before March 31") << u"1 month"_s << march31 << u"31"_s;
        QTest::newRow("Monate") << u"3 Monate"_s << march31 << u"90"_s;
        QTest::newRow("months without an end") << u"2 months"_s << QDate() << u"60"_s;
        QTest::newRow("a year") << u"1 year"_s << march31 << u"365"_s;
        QTest::newRow("a leap year") << u"1 year"_s << QDate(2028, 3, 31) << u"366"_s;
        QTest::newRow("none") << u"none"_s << QDate() << u"0"_s;
        QTest::newRow("empty") << QString() << QDate() << u"-1"_s;
        QTest::newRow("negative") << u"-5"_s << QDate()
                                  << u"error: '-5' is negative; a notice period cannot be"_s;
        QTest::newRow("words") << u"soon"_s << QDate()
                               << u"error: 'soon' is not a notice period (expected, for example, "
                                  u"60, 60 days or 3 months)"_s;
    }

    void noticeDays()
    {
        QFETCH(QString, text);
        QFETCH(QDate, contractEnd);
        QTEST(outcome<int>(InventoryValues::noticeDays(text, contractEnd), number), "days");
    }

    void smallValues_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        // The row's name: the kind and the text.
        const auto row = [](const char *kind, const char *text, const char *value) {
            const QString t = QString::fromUtf8(text);
            QTest::newRow(
                qPrintable(QString::fromLatin1(kind) + u": " + (t.isEmpty() ? u"(empty)"_s : t)))
                << QString::fromLatin1(kind) << t << QString::fromUtf8(value);
        };
        row("yesno", "Yes", "true");
        row("yesno", "y", "true");
        row("yesno", "TRUE", "true");
        row("yesno", "x", "true");
        row("yesno", "1", "true");
        row("yesno", "Ja", "true");
        row("yesno", "✓", "true");
        row("yesno", "no", "false");
        row("yesno", "N", "false");
        row("yesno", "0", "false");
        row("yesno", "nein", "false");
        row("yesno", "", "false");
        row("yesno", "maybe", "error: 'maybe' is not yes or no");
        row("status", "Active", "active");
        row("status", "In-Use", "active");
        row("status", "", "active");
        row("status", "Pilot", "trial");
        row("status", "Sunset", "retiring");
        row("status", "Do not renew", "retiring");
        row("status", "cancelled", "retired");
        row("status", "Decommissioned", "retired");
        row("status",
            "paused",
            "error: unknown status 'paused' (expected active, trial, retiring or "
            "retired)");
        row("satisfaction", "4", "4");
        row("satisfaction", "4/5", "4");
        row("satisfaction", "4 of 5", "4");
        row("satisfaction", "", "0");
        row("satisfaction", "6", "error: satisfaction must be 1 to 5, not '6'");
        row("satisfaction", "10", "error: satisfaction must be 1 to 5, not '10'");
        row("satisfaction", "4.5", "error: satisfaction must be 1 to 5, not '4.5'");
        row("importance", "Must", "must");
        row("importance", "Must have", "must");
        row("importance", "should-have", "should");
        row("importance", "Nice to have", "nice");
        row("importance", "Could", "nice");
        row("importance", "high", "must");
        row("importance", "P2", "should");
        row("importance", "", "must");
        row("importance",
            "urgent",
            "error: unknown importance 'urgent' (expected must, should or nice)");
        row("strength", "1", "1");
        row("strength", "basic", "1");
        row("strength", "Solid", "2");
        row("strength", "leading", "3");
        row("strength", "", "2");
        row("strength",
            "4",
            "error: strength must be 1, 2 or 3 (or basic, solid, leading), not '4'");
    }

    void smallValues()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QString value;
        if (kind == u"yesno")
            value = outcome<bool>(InventoryValues::yesNo(text),
                                  [](const bool &b) { return b ? u"true"_s : u"false"_s; });
        else if (kind == u"status")
            value = outcome<ToolStatus>(InventoryValues::status(text), toolStatusName);
        else if (kind == u"satisfaction")
            value = outcome<int>(InventoryValues::satisfaction(text),
                                 [](const int &n) { return QString::number(n); });
        else if (kind == u"importance")
            value = outcome<Importance>(InventoryValues::importance(text), importanceName);
        else
            value = outcome<int>(InventoryValues::strength(text),
                                 [](const int &n) { return QString::number(n); });
        QTEST(value, "value");
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("date");
        const int us = int(DateOrder::MonthFirst), eu = int(DateOrder::DayFirst);
        QTest::newRow("ISO") << u"2027-03-31"_s << us << u"2027-03-31"_s;
        QTest::newRow("ISO with a time") << u"2027-03-31 00:00:00"_s << eu << u"2027-03-31"_s;
        QTest::newRow("ISO with T") << u"2027-03-31T10:00:00"_s << us << u"2027-03-31"_s;
        QTest::newRow("year first, slashes") << u"2027/03/31"_s << eu << u"2027-03-31"_s;
        QTest::newRow("US") << u"03/31/2027"_s << us << u"2027-03-31"_s;
        QTest::newRow("US, short") << u"3/31/27"_s << us << u"2027-03-31"_s;
        QTest::newRow("European") << u"31/03/2027"_s << eu << u"2027-03-31"_s;
        QTest::newRow("German dots") << u"31.03.2027"_s << eu << u"2027-03-31"_s;
        QTest::newRow("ambiguous, month first") << u"03/04/2027"_s << us << u"2027-03-04"_s;
        QTest::newRow("ambiguous, day first") << u"03/04/2027"_s << eu << u"2027-04-03"_s;
        QTest::newRow("a cell's own evidence wins when unknown")
            << u"31/03/2027"_s << int(DateOrder::Unknown) << u"2027-03-31"_s;
        QTest::newRow("day month-name year") << u"31 Mar 2027"_s << us << u"2027-03-31"_s;
        QTest::newRow("month-name day, year") << u"Mar 31, 2027"_s << eu << u"2027-03-31"_s;
        QTest::newRow("ordinal") << u"March 31st, 2027"_s << eu << u"2027-03-31"_s;
        QTest::newRow("ordinal first") << u"31st March 2027"_s << us << u"2027-03-31"_s;
        QTest::newRow("ordinal, short year") << u"1st Dec 26"_s << eu << u"2026-12-01"_s;
        QTest::newRow("year first, month name") << u"2027-Mar-31"_s << us << u"2027-03-31"_s;
        QTest::newRow("German month") << u"31. März 2027"_s << us << u"2027-03-31"_s;
        QTest::newRow("weekday") << u"Wed, 31 Mar 2027"_s << us << u"2027-03-31"_s;
        QTest::newRow("two-digit year 69") << u"1/2/69"_s << us << u"2069-01-02"_s;
        QTest::newRow("two-digit year 70") << u"1/2/70"_s << us << u"1970-01-02"_s;
        QTest::newRow("empty") << QString() << us << QString();
        QTest::newRow("against the column's order")
            << u"31/03/2027"_s << us
            << u"error: '31/03/2027' is not a date in month/day order, decided by line 2"_s;
        QTest::newRow("February 30")
            << u"2024-02-30"_s << us
            << u"error: '2024-02-30' is not a date: February 2024 has 29 days"_s;
        QTest::newRow("February 29, 2023")
            << u"2/29/2023"_s << us
            << u"error: '2/29/2023' is not a date: February 2023 has 28 days"_s;
        QTest::newRow("month 13") << u"13/13/2027"_s << eu
                                  << u"error: '13/13/2027' is not a date: there is no month 13"_s;
        QTest::newRow("words")
            << u"next spring"_s << us
            << u"error: 'next spring' is not a date (expected, for example, 2027-03-31, "
               u"03/31/2027, 31.03.2027 or 31 Mar 2027)"_s;
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(int, order);
        QTEST(outcome<QDate>(InventoryDates::read(text, DateOrder(order), u"decided by line 2"_s),
                             [](const QDate &d) { return d.toString(Qt::ISODate); }),
              "date");
    }

    void dateEvidence()
    {
        bool ambiguous = false, dotted = false;
        QCOMPARE(InventoryDates::evidence(u"03/31/2027", &ambiguous, &dotted),
                 DateOrder::MonthFirst);
        QVERIFY(!ambiguous);
        QCOMPARE(InventoryDates::evidence(u"31.03.2027", &ambiguous, &dotted), DateOrder::DayFirst);
        QVERIFY(!ambiguous);
        QVERIFY(dotted);
        QCOMPARE(InventoryDates::evidence(u"03.04.2027", &ambiguous, &dotted), DateOrder::Unknown);
        QVERIFY(ambiguous);
        QVERIFY(dotted);
        QCOMPARE(InventoryDates::evidence(u"2027-03-04", &ambiguous, &dotted), DateOrder::Unknown);
        QVERIFY(!ambiguous);
        QVERIFY(!dotted);
    }

    void headerWords_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("field"); // key of the field the header names, or empty
        QTest::newRow("currency in brackets")
            << u"Annual Cost (USD)"_s << u"annual cost"_s << u"USD"_s << u"annual-cost"_s;
        QTest::newRow("punctuation") << u"Notice_Period-(days)"_s << u"notice period days"_s
                                     << QString() << u"notice-days"_s;
        QTest::newRow("symbol") << u"Kosten €"_s << u"kosten"_s << u"€"_s << u"annual-cost"_s;
        QTest::newRow("in EUR") << u"Cost in EUR"_s << u"cost"_s << u"EUR"_s << u"annual-cost"_s;
        QTest::newRow("Yearly spend")
            << u"Yearly spend"_s << u"yearly spend"_s << QString() << u"annual-cost"_s;
        QTest::newRow("Licenses") << u"Licenses"_s << u"licenses"_s << QString() << u"seats"_s;
        QTest::newRow("Renewal date")
            << u"Renewal Date"_s << u"renewal date"_s << QString() << u"contract-end"_s;
        QTest::newRow("Department") << u"Department"_s << u"department"_s << QString() << u"team"_s;
        QTest::newRow("Application")
            << u"APPLICATION"_s << u"application"_s << QString() << u"name"_s;
        QTest::newRow("German") << u"Kündigungsfrist (Tage)"_s << u"kündigungsfrist tage"_s
                                << QString() << u"notice-days"_s;
        QTest::newRow("a field's key")
            << u"active-users"_s << u"active users"_s << QString() << u"active-users"_s;
        QTest::newRow("unknown") << u"Internal ID"_s << u"internal id"_s << QString() << QString();
    }

    void headerWords()
    {
        QFETCH(QString, header);
        QFETCH(QString, field);
        QString currency;
        QTEST(InventoryColumns::normalised(header, &currency), "words");
        QTEST(currency, "currency");
        const int f = InventoryColumns::fieldNamed(InventoryFields::tools(), header);
        QCOMPARE(f < 0 ? QString() : InventoryFields::key(InventoryField(f)), field);
    }

    void listItems()
    {
        std::vector<QString> items;
        for (const QStringView item : InventoryCells::items(u" CRM | Lead scoring:3;;nurture; |"))
            items.push_back(item.toString());
        QCOMPARE(items, (std::vector<QString>{u"CRM"_s, u"Lead scoring:3"_s, u"nurture"_s}));
        QVERIFY(InventoryCells::items(u" | ; ").empty());
    }
};

QTEST_APPLESS_MAIN(TestInventoryValues)
#include "tst_inventoryvalues.moc"
