// The analysis of the demo workspace as the application builds it (DemoWorkspace over
// the shipped catalogue: data/samples/northbeam-inventory.csv with the matcher's
// suggestions accepted, the b2b-mid-size profile and data/samples/requirements.csv).
// The demo is too large to work out by hand, so the headline figures are pinned from a
// reviewed run (the figures the findings bar shows for the demo); what can be checked by
// rule is: the figures add up, the largest overlap follows the primary rule, and the
// JSON carries the same numbers.
#include "analysis/analysisjson.h"
#include "analysis/stackanalysis.h"
#include "store/cataloguefile.h"
#include "store/demoworkspace.h"
#include "store/workspacefile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

class TestAnalysisDemo final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headlineFigures();
    void figuresAddUp();
    void largestOverlapFollowsThePrimaryRule();
    void jsonCarriesTheSameFigures();

private:
    QTemporaryDir m_dir;
    AnalysisInput m_input;
    AnalysisResult m_result;
};

void TestAnalysisDemo::initTestCase()
{
    qunsetenv("STACKATLAS_SHIPPED_CATALOGUE");
    qunsetenv("STACKATLAS_SHIPPED_PROFILES");
    QVERIFY(m_dir.isValid());
    OpenedCatalogue catalogue = openCatalogue(m_dir.filePath(u"catalogue.sqlite"_s));
    QVERIFY2(catalogue.ok(), qPrintable(catalogue.message));
    OpenedWorkspace demo
        = DemoWorkspace::create(m_dir.filePath(u"demo.stackatlas"_s), *catalogue.store);
    QVERIFY2(demo.ok(), qPrintable(demo.message));
    m_input = analysisInput(*demo.store);
    m_result = analyzeStack(m_input);
}

void TestAnalysisDemo::headlineFigures()
{
    QCOMPARE(m_result.tools.size(), size_t(84));
    QCOMPARE(m_result.annualCost, Cents(297'958'700));
    QCOMPARE(m_result.redundantCost, Cents(123'196'519));
    QCOMPARE(m_result.shelfwareCost, Cents(28'225'307));
    QCOMPARE(m_result.overlaps.size(), size_t(77));
    QCOMPARE(m_result.gaps.size(), size_t(6));
    QCOMPARE(m_result.silos.size(), size_t(10));
    QCOMPARE(m_result.hubs.size(), size_t(2));
    QCOMPARE(m_result.singlePointsOfFailure.size(), size_t(11));
    QCOMPARE(m_result.integrations, 97);
}

void TestAnalysisDemo::figuresAddUp()
{
    Cents annual = 0, shelfware = 0, redundant = 0;
    for (const AnalyzedTool &t : m_result.tools) {
        annual += t.annualCost;
        shelfware += t.shelfwareCost;
    }
    for (const Overlap &o : m_result.overlaps) {
        Cents others = 0;
        for (size_t k = 1; k < o.shares.size(); ++k)
            others += o.shares[k];
        QCOMPARE(o.redundantCost, others);
        redundant += o.redundantCost;
    }
    QCOMPARE(m_result.annualCost, annual);
    QCOMPARE(m_result.shelfwareCost, shelfware);
    QCOMPARE(m_result.redundantCost, redundant);
    QVERIFY(m_result.redundantCost <= m_result.annualCost);
    for (const Gap &g : m_result.gaps)
        QVERIFY(g.bestStrength < g.minStrength);
}

void TestAnalysisDemo::largestOverlapFollowsThePrimaryRule()
{
    // B2B contact data: three tools at leading strength; the cheapest is kept.
    const Overlap &top = m_result.overlaps.front();
    QCOMPARE(m_result.capabilities[size_t(top.capability)].name, u"B2B contact database"_s);
    QCOMPARE(m_result.tools[size_t(top.primary())].name, u"Apollo.io"_s);
    QCOMPARE(top.redundantCost, Cents(7'284'461));
    QCOMPARE(top.strengths, (std::vector<int>{3, 3, 3}));
    for (size_t k = 1; k < top.tools.size(); ++k)
        QVERIFY(m_result.tools[size_t(top.tools[k - 1])].annualCost
                <= m_result.tools[size_t(top.tools[k])].annualCost);
    for (size_t k = 1; k < m_result.overlaps.size(); ++k)
        QVERIFY(m_result.overlaps[k - 1].redundantCost >= m_result.overlaps[k].redundantCost);
}

void TestAnalysisDemo::jsonCarriesTheSameFigures()
{
    const QJsonObject json = analysisJson(m_result, u"USD"_s);
    QCOMPARE(json.value(u"tools"_s).toInt(), 84);
    QCOMPARE(json.value(u"annual_cost"_s).toDouble(), 2'979'587.00);
    QCOMPARE(json.value(u"redundant_cost"_s).toDouble(), 1'231'965.19);
    QCOMPARE(json.value(u"shelfware_cost"_s).toDouble(), 282'253.07);
    QCOMPARE(json.value(u"overlaps"_s).toArray().size(), 77);
    QCOMPARE(json.value(u"silos"_s).toArray().size(), 10);
}

QTEST_GUILESS_MAIN(TestAnalysisDemo)
#include "tst_analysisdemo.moc"
