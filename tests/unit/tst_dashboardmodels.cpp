// The dashboard's six data sets over the dashboard stack (tests/testutil/dashboardfixture:
// the hand stack of tst_stackanalysis with categories, contracts and one scenario). Each
// model runs under QAbstractItemModelTester; every figure is worked out here by hand.
#include "analysis/stackanalysis.h"
#include "analysisfixture.h"
#include "dashboardfixture.h"
#include "itemmodels/costutilizationmodel.h"
#include "itemmodels/dashboardmodels.h"
#include "itemmodels/monthlycostmodel.h"
#include "itemmodels/redundantspendmodel.h"
#include "itemmodels/renewalsmodel.h"
#include "itemmodels/scenariocostmodel.h"
#include "itemmodels/spendbycategorymodel.h"
#include "planning/scenariocost.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

// Every row's cells as a reader sees them (TextRole), joined by " | ".
QStringList texts(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data(ChartRowsModel::TextRole).toString();
        out << cells.join(u" | ");
    }
    return out;
}

QList<qint64> ids(const QAbstractItemModel &model, int row)
{
    return model.index(row, 0).data(ChartRowsModel::ToolIdsRole).value<QList<qint64>>();
}

double display(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toDouble();
}

} // namespace

class TestDashboardModels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void spendByLandscapeCategory();
    void costAgainstUtilization();
    void redundantSpendByCapability();
    void scenarioCostMonthByMonth();
    void costPerScenario();
    void monthlyCostOfTheNewestScenario();
    void renewalsByMonth();
    void dashboardModelsAgreeAndSignal();

private:
    AnalysisInput m_input;
    AnalysisResult m_result;
};

void TestDashboardModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_input = test::dashboardStack();
    m_result = analyzeStack(m_input);
}

void TestDashboardModels::spendByLandscapeCategory()
{
    SpendByCategoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCategories(test::smallCatalogueCategories());
    model.setAnalysis(m_result, u"USD"_s);
    // Of 4,350.00 a year: Delta 2,000 (Commerce & Sales: 45.98 %); Alpha 1,000 + Beta 600
    // + Gamma 300 = 1,900 (Content & Experience: 43.68 %); Echo 400 under a subcategory
    // nobody knows (9.20 %); Golf 50 (Data: 1.15 %). Foxtrot is retired.
    QCOMPARE(texts(model),
             (QStringList{u"Commerce & Sales | $2,000.00 | 1 | 46.0 %"_s,
                          u"Content & Experience | $1,900.00 | 3 | 43.7 %"_s,
                          u"Uncategorized | $400.00 | 1 | 9.2 %"_s,
                          u"Data | $50.00 | 1 | 1.1 %"_s}));
    // The pie mapper reads numbers: whole currency units.
    QCOMPARE(display(model, 1, SpendByCategoryModel::Spend), 1900.0);
    QCOMPARE(model.index(1, SpendByCategoryModel::Spend).data(ChartRowsModel::UnderlyingDataRole),
             QVariant(qint64(190'000)));
    QCOMPARE(
        model.index(0, SpendByCategoryModel::Category).data(ChartRowsModel::UnderlyingDataRole),
        QVariant(u"commerce-sales"_s));
    QCOMPARE(ids(model, 1), (QList<qint64>{1, 2, 3}));
    QCOMPARE(model.index(1, SpendByCategoryModel::Spend).data(Qt::ToolTipRole).toString(),
             u"Content & Experience: $1,900.00\nAlpha Mail: $1,000.00\n"
             u"Beta Automation: $600.00\nGamma Chat: $300.00"_s);
}

void TestDashboardModels::costAgainstUtilization()
{
    CostUtilizationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(m_result, u"USD"_s);
    // Echo has no seats and Golf 0 seats: left out. Delta 10/20, Alpha 4/10, Beta 1/3,
    // Gamma 3/7; shelfware under 50 %: Alpha 1,000 x 0.6, Beta 600 x 2/3, Gamma 300 x 4/7.
    QCOMPARE(texts(model),
             (QStringList{u"Delta CRM | 50 % | $2,000.00 | $0.00"_s,
                          u"Alpha Mail | 40 % | $1,000.00 | $600.00"_s,
                          u"Beta Automation | 33 % | $600.00 | $400.00"_s,
                          u"Gamma Chat | 43 % | $300.00 | $171.43"_s}));
    QCOMPARE(model.unplacedCount(), 2);
    QCOMPARE(model.maxCost(), Cents(200'000));
    QCOMPARE(display(model, 1, CostUtilizationModel::Utilization), 40.0);
    QCOMPARE(model.index(1, CostUtilizationModel::Utilization)
                 .data(ChartRowsModel::UnderlyingDataRole)
                 .toDouble(),
             0.4);
    QCOMPARE(ids(model, 3), (QList<qint64>{3}));
}

void TestDashboardModels::redundantSpendByCapability()
{
    RedundantSpendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(m_result, u"USD"_s);
    // tst_stackanalysis: scoring 800.00 (Delta's share), landing 171.43 + 333.33, email
    // 171.43 (Beta's share).
    QCOMPARE(texts(model),
             (QStringList{u"Lead scoring | $800.00 | 2"_s,
                          u"Landing pages | $504.76 | 3"_s,
                          u"Email sending | $171.43 | 2"_s}));
    QCOMPARE(display(model, 1, RedundantSpendModel::RedundantSpend), 504.76);
    QCOMPARE(ids(model, 1), (QList<qint64>{5, 2, 1})); // Echo primary, then Beta, Alpha
    QCOMPARE(
        model.index(0, 0).data(ChartRowsModel::DetailsRole).toStringList(),
        (QStringList{u"Beta Automation (primary, kept)"_s, u"Delta CRM: cost share $800.00"_s}));
}

void TestDashboardModels::scenarioCostMonthByMonth()
{
    const ScenarioCost cost
        = scenarioCost(m_input, test::dashboardScenarios()[1], test::dashboardToday());
    // Before: 4,350.00 a year, 362.50 a month. After: Beta (600 a year, 50.00 a month) paid
    // January to March, its 100.00 migration in March; chat-pro (middle of 200-400: 300 a
    // year, 25.00 a month) from July.
    QCOMPARE(cost.horizon.start(), QDate(2027, 1, 1));
    QCOMPARE(cost.before, std::vector<Cents>(12, 36'250));
    QCOMPARE(cost.after,
             (std::vector<Cents>{36'250,
                                 36'250,
                                 46'250,
                                 31'250,
                                 31'250,
                                 31'250,
                                 33'750,
                                 33'750,
                                 33'750,
                                 33'750,
                                 33'750,
                                 33'750}));
    QCOMPARE(cost.baselineCost, Cents(435'000));
    QCOMPARE(cost.scenarioCost, Cents(415'000)); // 375,000 + 15,000 + 10,000 + 15,000
    QCOMPARE(cost.savings(), Cents(20'000));
    QCOMPARE(cost.changes[2], (std::vector<ToolId>{2}));
    QCOMPARE(cost.changes[3], std::vector<ToolId>{});
}

void TestDashboardModels::costPerScenario()
{
    ScenarioCostModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScenarios(m_input, test::dashboardScenarios(), test::dashboardToday(), u"USD"_s);
    // The baseline has no row.
    QCOMPARE(texts(model), (QStringList{u"Consolidate | $4,350.00 | $4,150.00 | $200.00 | 12"_s}));
    QCOMPARE(display(model, 0, ScenarioCostModel::After), 4150.0);
    QCOMPARE(model.index(0, 0).data(ChartRowsModel::UnderlyingDataRole), QVariant(qint64(2)));
    QCOMPARE(ids(model, 0), (QList<qint64>{2}));
    QCOMPARE(model.index(0, 0).data(ChartRowsModel::DetailsRole).toStringList(),
             (QStringList{u"Beta Automation: retire"_s}));
    QCOMPARE(model.headerData(ScenarioCostModel::Before, Qt::Horizontal, Qt::DisplayRole),
             QVariant(u"Before"_s));
}

void TestDashboardModels::monthlyCostOfTheNewestScenario()
{
    MonthlyCostModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const std::vector<Scenario> scenarios = test::dashboardScenarios();
    model.setScenario(m_input, &scenarios[1], test::dashboardToday(), u"USD"_s);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.scenarioName(), u"Consolidate"_s);
    // The mapper reads the month as a date.
    QCOMPARE(model.index(0, MonthlyCostModel::Month).data(), QVariant(QDate(2027, 1, 1)));
    QCOMPARE(texts(model).mid(1, 3),
             (QStringList{u"Feb 2027 | $362.50 | $362.50 | $0.00"_s,
                          u"Mar 2027 | $362.50 | $462.50 | -$100.00"_s,
                          u"Apr 2027 | $362.50 | $312.50 | -$50.00"_s}));
    // Savings: -100.00 after March, +50.00 a month April to June, +25.00 July to December.
    QCOMPARE(texts(model).last(), u"Dec 2027 | $362.50 | $337.50 | $200.00"_s);
    QCOMPARE(ids(model, 2), (QList<qint64>{2}));

    // Without a scenario: today's stack over 36 months from today; after equals before.
    model.setScenario(m_input, nullptr, test::dashboardToday(), u"USD"_s);
    QCOMPARE(model.rowCount(), 36);
    QCOMPARE(model.scenarioName(), QString());
    QCOMPARE(model.index(0, 0).data(), QVariant(QDate(2027, 1, 15)));
    QCOMPARE(texts(model).first(), u"Jan 2027 | $362.50 | $362.50 | $0.00"_s);
}

void TestDashboardModels::renewalsByMonth()
{
    RenewalsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTools(m_input.tools, test::dashboardToday(), u"USD"_s);
    // January to December 2027. Alpha ends 31 March (notice by 30 January, 60 days);
    // Delta renewed itself and next ends 30 June (notice by 31 May); Gamma ends in 2028,
    // Echo's contract is over, Foxtrot is retired.
    QCOMPARE(model.rowCount(), 12);
    const QStringList rows = texts(model);
    QCOMPARE(rows[0], u"Jan 2027 | $0.00 | 0 | 1"_s);
    QCOMPARE(rows[1], u"Feb 2027 | $0.00 | 0 | 0"_s);
    QCOMPARE(rows[2], u"Mar 2027 | $1,000.00 | 1 | 0"_s);
    QCOMPARE(rows[4], u"May 2027 | $0.00 | 0 | 1"_s);
    QCOMPARE(rows[5], u"Jun 2027 | $2,000.00 | 1 | 0"_s);
    QCOMPARE(rows[11], u"Dec 2027 | $0.00 | 0 | 0"_s);
    QCOMPARE(ids(model, 2), (QList<qint64>{1}));
    QCOMPARE(ids(model, 5), (QList<qint64>{4}));
    QCOMPARE(model.index(2, 0).data(ChartRowsModel::DetailsRole).toStringList(),
             (QStringList{u"Alpha Mail: $1,000.00 on 3/31/27, notice by 1/30/27"_s}));
}

void TestDashboardModels::dashboardModelsAgreeAndSignal()
{
    DashboardModels models;
    models.setCategories(test::smallCatalogueCategories());
    models.setToday(test::dashboardToday());
    QSignalSpy updated(&models, &DashboardModels::updated);
    QSignalSpy reset(models.spendByCategory(), &QAbstractItemModel::modelReset);
    models.update(m_input, m_result, test::dashboardScenarios(), u"EUR"_s);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(models.currency(), u"EUR"_s);
    QCOMPARE(models.spendByCategory()->index(0, 1).data(ChartRowsModel::TextRole).toString(),
             u"€2,000.00"_s);
    // The monthly chart shows the newest scenario but the baseline: Consolidate.
    QVERIFY(models.shownScenario());
    QCOMPARE(models.shownScenario()->name, u"Consolidate"_s);
    QCOMPARE(models.monthlyCost()->rowCount(), 12);
    QCOMPARE(models.renewals()->rowCount(), 12);
    QCOMPARE(models.scenarioCost()->rowCount(), 1);
    QCOMPARE(models.redundantSpend()->rowCount(), 3);
    QCOMPARE(models.costUtilization()->rowCount(), 4);
    // The baseline is not shown even when asked for; an unknown id falls back too.
    models.setScenario(1);
    QCOMPARE(models.shownScenario()->name, u"Consolidate"_s);
    QCOMPARE(updated.size(), 2);
}

QTEST_APPLESS_MAIN(TestDashboardModels)
#include "tst_dashboardmodels.moc"
