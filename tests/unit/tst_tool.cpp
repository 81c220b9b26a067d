#include "domain/money.h"
#include "domain/requirement.h"
#include "domain/tool.h"

#include <QTest>

#include <cmath>

using namespace sa;

class TestTool final : public QObject
{
    Q_OBJECT

private slots:
    void formatsMoney_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("compact");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("USD") << QStringLiteral("$0.00") << QStringLiteral("$0");
        QTest::newRow("cents") << qint64(5) << QStringLiteral("USD") << QStringLiteral("$0.05") << QStringLiteral("$0");
        QTest::newRow("grouped") << qint64(1234567) << QStringLiteral("EUR") << QStringLiteral("€12,345.67")
                                 << QStringLiteral("€12.3k");
        QTest::newRow("millions") << qint64(123456789) << QStringLiteral("GBP")
                                  << QStringLiteral("£1,234,567.89") << QStringLiteral("£1.2M");
        QTest::newRow("negative") << qint64(-125050) << QStringLiteral("USD") << QStringLiteral("-$1,250.50")
                                  << QStringLiteral("-$1.3k");
        QTest::newRow("other") << qint64(30000) << QStringLiteral("SEK") << QStringLiteral("SEK 300.00")
                               << QStringLiteral("SEK 300");
    }

    void formatsMoney()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, currency);
        QFETCH(QString, full);
        QFETCH(QString, compact);
        QCOMPARE(formatMoney(cents, currency), full);
        QCOMPARE(formatMoneyCompact(cents, currency), compact);
    }

    void utilizationAndNotice()
    {
        Tool t;
        QVERIFY(std::isnan(t.utilization()));
        t.seats = 40;
        t.activeUsers = 10;
        QCOMPARE(t.utilization(), 0.25);
        t.seats = 0;
        QVERIFY(std::isnan(t.utilization()));
        QCOMPARE(t.noticeDeadline(), QDate());
        t.contractEnd = QDate(2027, 3, 31);
        QCOMPARE(t.noticeDeadline(), QDate());
        t.noticeDays = 60;
        QCOMPARE(t.noticeDeadline(), QDate(2027, 1, 30));
        QVERIFY(t.isActive());
        t.status = ToolStatus::Retiring;
        QVERIFY(t.isActive());
        t.status = ToolStatus::Retired;
        QVERIFY(!t.isActive());
    }

    void effectiveCapabilitiesApplyOverrides()
    {
        Product p;
        p.capabilities = {ProductCapability{0, QStringLiteral("email"), {}, 3},
                          ProductCapability{0, QStringLiteral("scoring"), {}, 2},
                          ProductCapability{0, QStringLiteral("chat"), {}, 1}};
        Tool t;
        t.productSlug = QStringLiteral("p");
        t.capabilities = {ToolCapability{QStringLiteral("chat"), 0}, ToolCapability{QStringLiteral("scoring"), 3},
                          ToolCapability{QStringLiteral("ads"), 1}};
        const std::vector<ToolCapability> expected{ToolCapability{QStringLiteral("ads"), 1},
                                                   ToolCapability{QStringLiteral("email"), 3},
                                                   ToolCapability{QStringLiteral("scoring"), 3}};
        QCOMPARE(effectiveCapabilities(t, &p), expected);
        // A custom tool has only its own list.
        const std::vector<ToolCapability> own{ToolCapability{QStringLiteral("ads"), 1},
                                              ToolCapability{QStringLiteral("scoring"), 3}};
        QCOMPARE(effectiveCapabilities(t, nullptr), own);
    }

    void parsesNames()
    {
        ToolStatus s = ToolStatus::Active;
        QVERIFY(parseToolStatus(QStringLiteral(" Retired "), &s));
        QCOMPARE(s, ToolStatus::Retired);
        QVERIFY(!parseToolStatus(QStringLiteral("gone"), &s));
        Importance i = Importance::Nice;
        QVERIFY(parseImportance(QStringLiteral("Must-have"), &i));
        QCOMPARE(i, Importance::Must);
        QVERIFY(parseImportance(QStringLiteral("nice to have"), &i));
        QCOMPARE(i, Importance::Nice);
        QVERIFY(!parseImportance(QStringLiteral("maybe"), &i));
        QCOMPARE(importanceName(Importance::Should), QStringLiteral("should"));
    }
};

QTEST_APPLESS_MAIN(TestTool)
#include "tst_tool.moc"
