// RowSync: the steps always turn the old keys into the new ones, and stay small for the
// edits the catalogue makes (one rename is one move, one delete one removal).
#include "itemmodels/rowsync.h"

#include <QTest>

using namespace sa;

using Keys = std::vector<qint64>;
Q_DECLARE_METATYPE(Keys)

class TestRowSync : public QObject
{
    Q_OBJECT

private slots:
    void stepsTurnOldIntoNew_data();
    void stepsTurnOldIntoNew();
};

void TestRowSync::stepsTurnOldIntoNew_data()
{
    QTest::addColumn<Keys>("before");
    QTest::addColumn<Keys>("after");
    QTest::addColumn<int>("removes");
    QTest::addColumn<int>("moves");
    QTest::addColumn<int>("inserts");

    QTest::newRow("same") << Keys{1, 2, 3} << Keys{1, 2, 3} << 0 << 0 << 0;
    QTest::newRow("empty to rows") << Keys{} << Keys{1, 2} << 0 << 0 << 2;
    QTest::newRow("rows to empty") << Keys{1, 2, 3} << Keys{} << 1 << 0 << 0;
    QTest::newRow("one removed") << Keys{1, 2, 3, 4} << Keys{1, 3, 4} << 1 << 0 << 0;
    QTest::newRow("two runs removed") << Keys{1, 2, 3, 4, 5, 6} << Keys{1, 4, 6} << 2 << 0 << 0;
    QTest::newRow("one inserted") << Keys{1, 2, 3} << Keys{1, 9, 2, 3} << 0 << 0 << 1;
    QTest::newRow("renamed down") << Keys{1, 2, 3, 4, 5} << Keys{1, 3, 4, 5, 2} << 0 << 1 << 0;
    QTest::newRow("renamed up") << Keys{1, 2, 3, 4, 5} << Keys{5, 1, 2, 3, 4} << 0 << 1 << 0;
    QTest::newRow("reversed") << Keys{1, 2, 3, 4} << Keys{4, 3, 2, 1} << 0 << 3 << 0;
    QTest::newRow("mixed") << Keys{1, 2, 3, 4, 5, 6} << Keys{7, 6, 2, 8, 4, 1} << 2 << 2 << 2;
}

void TestRowSync::stepsTurnOldIntoNew()
{
    QFETCH(Keys, before);
    QFETCH(Keys, after);
    QFETCH(int, removes);
    QFETCH(int, moves);
    QFETCH(int, inserts);

    Keys rows = before;
    int counts[3] = {0, 0, 0};
    for (const RowSync::Step &step : RowSync::steps(before, after)) {
        ++counts[step.kind];
        if (step.kind == RowSync::Step::Move) {
            // What QAbstractItemModel::beginMoveRows accepts.
            QVERIFY(step.to != step.first && step.to != step.first + 1);
            QVERIFY(step.to >= 0 && step.to <= int(rows.size()));
        }
        RowSync::apply(rows, step, after);
    }
    QCOMPARE(rows, after);
    QCOMPARE(counts[RowSync::Step::Remove], removes);
    QCOMPARE(counts[RowSync::Step::Move], moves);
    QCOMPARE(counts[RowSync::Step::Insert], inserts);
}

QTEST_APPLESS_MAIN(TestRowSync)
#include "tst_rowsync.moc"
