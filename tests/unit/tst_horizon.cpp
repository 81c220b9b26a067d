// Date arithmetic of the planner: months counted from the start (month ends, leap years),
// costs by the day within a month, retirement dates at contract ends with notice periods
// and yearly renewals, notice deadlines across February.
#include "planning/horizon.h"

#include <QTest>

using namespace sa;

namespace {

Tool contract(QDate end, int noticeDays, bool autoRenew)
{
    Tool t;
    t.name = QStringLiteral("Tool");
    t.contractEnd = end;
    t.noticeDays = noticeDays;
    t.autoRenew = autoRenew;
    return t;
}

} // namespace

class TestHorizon final : public QObject
{
    Q_OBJECT

private slots:
    void monthsFromTheThirtyFirst()
    {
        // 31 Jan 2024: 29 Feb (leap), 31 Mar, 30 Apr, 31 May: never drifting to the 29th.
        const Horizon h(QDate(2024, 1, 31), 4);
        QCOMPARE(h.monthStart(1), QDate(2024, 2, 29));
        QCOMPARE(h.monthStart(2), QDate(2024, 3, 31));
        QCOMPARE(h.monthStart(3), QDate(2024, 4, 30));
        QCOMPARE(h.end(), QDate(2024, 5, 31));
        QCOMPARE(h.daysIn(0), 29); // 31 Jan .. 28 Feb
        QCOMPARE(h.daysIn(1), 31); // 29 Feb .. 30 Mar
        QCOMPARE(h.daysIn(2), 30);
        QCOMPARE(h.monthOf(QDate(2024, 2, 28)), 0);
        QCOMPARE(h.monthOf(QDate(2024, 2, 29)), 1);
        QCOMPARE(h.monthOf(QDate(2030, 1, 1)), 3);
        // In a common year the second month starts on 28 February.
        QCOMPARE(Horizon(QDate(2025, 1, 31), 2).monthStart(1), QDate(2025, 2, 28));
        QCOMPARE(Horizon(QDate(2025, 1, 31), 2).daysIn(0), 28);
    }

    void costByTheDay()
    {
        // 1,200.00 a year is 100.00 a month; paid through 15 March: Jan + Feb + 15/31 Mar.
        const Horizon h(QDate(2024, 1, 1), 12);
        QCOMPARE(h.monthCost(120000, 2, QDate(2024, 3, 15)), 10000.0 * 15 / 31);
        QCOMPARE(h.cost(120000, QDate(2024, 3, 15)), 20000.0 + 10000.0 * 15 / 31);
        QCOMPARE(h.cost(120000), 120000.0);
        QCOMPARE(h.cost(120000, QDate(2023, 12, 31)), 0.0);
        // Paid through 29 Feb 2024 from a start on 31 Jan: all of month 0 (29 days) and 1
        // of month 1's 31 days.
        const Horizon leap(QDate(2024, 1, 31), 3);
        QCOMPARE(leap.paidShare(0, QDate(2024, 2, 29)), 1.0);
        QCOMPARE(leap.paidShare(1, QDate(2024, 2, 29)), 1.0 / 31);
    }

    void retirementAtTheContractEnd_data()
    {
        QTest::addColumn<QDate>("end");
        QTest::addColumn<int>("notice");
        QTest::addColumn<bool>("autoRenew");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("retired");
        QTest::addColumn<QDate>("deadline");
        const QDate mar31(2025, 3, 31);
        QTest::newRow("notice still possible")
            << mar31 << 60 << true << QDate(2025, 1, 15) << mar31 << QDate(2025, 1, 30);
        QTest::newRow("deadline is today")
            << mar31 << 60 << true << QDate(2025, 1, 30) << mar31 << QDate(2025, 1, 30);
        QTest::newRow("deadline missed: renews a year") << mar31 << 60 << true << QDate(2025, 1, 31)
                                                        << QDate(2026, 3, 31) << QDate(2026, 1, 30);
        QTest::newRow("deadline missed, no renewal: ends anyway")
            << mar31 << 60 << false << QDate(2025, 2, 1) << mar31 << QDate(2025, 1, 30);
        QTest::newRow("ended, no renewal: from the start")
            << mar31 << 30 << false << QDate(2025, 6, 1) << QDate(2025, 6, 1) << QDate(2025, 5, 2);
        QTest::newRow("ended long ago, renewing: next term")
            << QDate(2022, 3, 31) << 30 << true << QDate(2025, 2, 15) << mar31 << QDate(2025, 3, 1);
        QTest::newRow("29 February, common year")
            << QDate(2024, 2, 29) << 0 << true << QDate(2024, 3, 1) << QDate(2025, 2, 28)
            << QDate(2025, 2, 28);
        QTest::newRow("29 February again in the next leap year")
            << QDate(2024, 2, 29) << 0 << true << QDate(2027, 3, 1) << QDate(2028, 2, 29)
            << QDate(2028, 2, 29);
        QTest::newRow("notice across February, common year")
            << QDate(2025, 3, 1) << 30 << false << QDate(2025, 1, 1) << QDate(2025, 3, 1)
            << QDate(2025, 1, 30);
        QTest::newRow("notice across February, leap year")
            << QDate(2024, 3, 1) << 30 << false << QDate(2024, 1, 1) << QDate(2024, 3, 1)
            << QDate(2024, 1, 31);
        QTest::newRow("no contract end: notice from the start")
            << QDate() << 45 << false << QDate(2025, 1, 20) << QDate(2025, 3, 6)
            << QDate(2025, 1, 20);
    }

    void retirementAtTheContractEnd()
    {
        QFETCH(QDate, end);
        QFETCH(int, notice);
        QFETCH(bool, autoRenew);
        QFETCH(QDate, from);
        QFETCH(QDate, retired);
        QFETCH(QDate, deadline);
        const Tool t = contract(end, notice, autoRenew);
        QCOMPARE(retirementDate(t, from), retired);
        QCOMPARE(noticeDeadline(t, retired), deadline);
    }

    void unknownNotice()
    {
        const Tool t = contract(QDate(2025, 3, 31), -1, true);
        QCOMPARE(retirementDate(t, QDate(2025, 3, 31)), QDate(2025, 3, 31));
        QCOMPARE(noticeDeadline(t, QDate(2025, 3, 31)), QDate());
    }

    void nextContractEnd()
    {
        QCOMPARE(sa::nextContractEnd(contract(QDate(2023, 6, 30), 30, true), QDate(2025, 7, 1)),
                 QDate(2026, 6, 30));
        QCOMPARE(sa::nextContractEnd(contract(QDate(2023, 6, 30), 30, false), QDate(2025, 7, 1)),
                 QDate());
        QCOMPARE(sa::nextContractEnd(contract(QDate(2025, 6, 30), 30, false), QDate(2025, 6, 30)),
                 QDate(2025, 6, 30));
    }
};

QTEST_APPLESS_MAIN(TestHorizon)
#include "tst_horizon.moc"
