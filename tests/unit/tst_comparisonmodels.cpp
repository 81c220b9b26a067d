// The comparison's item models under QAbstractItemModelTester, over the hand-worked
// comparison of tests/unit/tst_productcomparison.cpp: the ranking and its points, the
// matrix and its checks, and a new result (other weights) arriving as one reset.
#include "compare/productcomparison.h"
#include "comparisonfixture.h"
#include "itemmodels/capabilitymatrixmodel.h"
#include "itemmodels/comparisonscoremodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

ComparisonResult comparison(CriterionWeights weights = {})
{
    ComparisonInput in;
    in.stack = test::comparisonStack();
    in.products = test::fixtureProducts({u"hubspot-marketing-hub"_s,
                                         u"adobe-marketo-engage"_s,
                                         u"salesforce-account-engagement"_s});
    in.weights = weights;
    return compareProducts(in).value();
}

QStringList column(const QAbstractItemModel &m, int c, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, c).data(role).toString();
    return out;
}

} // namespace

class TestComparisonModels final : public QObject
{
    Q_OBJECT

private slots:
    void scores()
    {
        ComparisonScoreModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setResult(comparison());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ComparisonScoreModel::ColumnCount));
        QCOMPARE(column(model, ComparisonScoreModel::Product),
                 (QStringList{u"Marketing Cloud Account Engagement"_s,
                              u"Adobe Marketo Engage"_s,
                              u"HubSpot Marketing Hub"_s}));
        QCOMPARE(column(model, ComparisonScoreModel::Total),
                 (QStringList{u"73.99"_s, u"68.37"_s, u"60.56"_s}));
        QCOMPARE(column(model, ComparisonScoreModel::Cost),
                 (QStringList{u"16.76"_s, u"5.87"_s, u"20.00"_s}));
        const QModelIndex cost = model.index(1, ComparisonScoreModel::Cost);
        QCOMPARE(cost.data(ComparisonScoreModel::UnderlyingDataRole).toDouble(), 5.87);
        QCOMPARE(cost.data(Qt::ToolTipRole).toString(), u"29.33 × 20.0% = 5.87"_s);
        QCOMPARE(cost.data(ComparisonScoreModel::SlugRole).toString(), u"adobe-marketo-engage"_s);
        QCOMPARE(model.headerData(ComparisonScoreModel::Coverage, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 u"Requirement coverage"_s);

        // Coverage alone: one reset, a new order.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        CriterionWeights coverage;
        coverage.values = {1, 0, 0, 0};
        model.setResult(comparison(coverage));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(column(model, ComparisonScoreModel::Total),
                 (QStringList{u"100.00"_s, u"88.89"_s, u"88.89"_s}));
        QCOMPARE(column(model, ComparisonScoreModel::Rank), (QStringList{u"1"_s, u"2"_s, u"3"_s}));
    }

    void matrix()
    {
        CapabilityMatrixModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(comparison());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(CapabilityMatrixModel::ColumnCount) + 3);
        QCOMPARE(column(model, CapabilityMatrixModel::Capability),
                 (QStringList{u"Email campaign sending"_s,
                              u"Lead scoring"_s,
                              u"Marketing workflows"_s,
                              u"Multi-touch attribution"_s}));
        QCOMPARE(column(model, CapabilityMatrixModel::Stack),
                 (QStringList{u"leading"_s, u"none (gap)"_s, u"basic (gap)"_s, u"–"_s}));
        // HubSpot is third in rank: the last column.
        const int hubspot = CapabilityMatrixModel::ColumnCount + 2;
        QCOMPARE(model.headerData(hubspot, Qt::Horizontal, Qt::DisplayRole).toString(),
                 u"HubSpot Marketing Hub"_s);
        QCOMPARE(column(model, hubspot, CapabilityMatrixModel::UnderlyingDataRole),
                 (QStringList{u"3"_s, u"2"_s, u"2"_s, u"0"_s}));
        QCOMPARE(column(model, hubspot, Qt::CheckStateRole),
                 (QStringList{u"2"_s, u"2"_s, u"2"_s, u"0"_s}));
        QCOMPARE(model.index(3, CapabilityMatrixModel::Importance).data().toString(), u"nice"_s);
    }
};

QTEST_MAIN(TestComparisonModels)
#include "tst_comparisonmodels.moc"
