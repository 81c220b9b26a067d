// The item models of the analysis views over the hand stack (tests/unit/tst_stackanalysis
// derives every figure; filedHandStack() files its capabilities under catalogue-small's
// subcategories and adds SMS, which nobody covers or requires). Each model runs under
// QAbstractItemModelTester; what the views show is asserted cell by cell.
#include "analysis/stackanalysis.h"
#include "analysisfixture.h"
#include "itemmodels/capabilitymapmodel.h"
#include "itemmodels/integrationtoolmodel.h"
#include "itemmodels/overlaplistmodel.h"
#include "itemmodels/similaritymatrixmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

// "Name | Coverage | Tools" of every node, depth-first, indented by level.
QStringList tree(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex index = model.index(r, 0, parent);
        QStringList cells;
        for (int c = 0; c < model.columnCount(parent); ++c)
            cells << index.siblingAtColumn(c).data().toString();
        out << QString(depth * 2, u' ') + cells.join(u" | ");
        out << tree(model, index, depth + 1);
    }
    return out;
}

QStringList rows(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data().toString();
        out << cells.join(u" | ");
    }
    return out;
}

} // namespace

class TestAnalysisModels final : public QObject
{
    Q_OBJECT

private slots:
    void capabilityMapByCategory();
    void capabilityMapFollowsTheAnalysis();
    void overlapsByRedundantSpend();
    void similarityMatrix();
    void integrationTools();
};

void TestAnalysisModels::capabilityMapByCategory()
{
    CapabilityMapModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCategories(test::smallCatalogueCategories());
    const AnalysisResult r = analyzeStack(test::filedHandStack());
    model.setAnalysis(r);
    // Coverage at threshold 2: email (Alpha 3, Beta 2), landing (Alpha, Beta, Echo at 2)
    // and scoring (Beta 3, Delta 2) overlap; chat (should 3, Gamma 2) and analytics (must
    // 2, only the retired Foxtrot) are gaps; crm is Delta's alone; SMS nobody's. Tools
    // strongest first, then by name; the categories in the catalogue's order, the empty
    // Data > CDP left out.
    QCOMPARE(tree(model),
             (QStringList{
                 u"Content & Experience |  | "_s,
                 u"  Email Marketing |  | "_s,
                 u"    Email sending | Overlapped | Alpha Mail (3), Beta Automation (2), Gamma "
                 u"Chat (1)"_s,
                 u"    Landing pages | Overlapped | Alpha Mail (2), Beta Automation (2), Echo "
                 u"Pages (2)"_s,
                 u"  Marketing Automation |  | "_s,
                 u"    Live chat | Gap | Gamma Chat (2)"_s,
                 u"    SMS | Not required | "_s,
                 u"Commerce & Sales |  | "_s,
                 u"  CRM |  | "_s,
                 u"    CRM | Covered once | Delta CRM (3)"_s,
                 u"  Sales Automation |  | "_s,
                 u"    Lead scoring | Overlapped | Beta Automation (3), Delta CRM (2), Alpha "
                 u"Mail (1)"_s,
                 u"Data |  | "_s,
                 u"  Web Analytics |  | "_s,
                 u"    Web analytics | Gap | "_s,
             }));
    QCOMPARE(model.count(Coverage::Gap), 2);
    QCOMPARE(model.count(Coverage::Overlapped), 3);
    QCOMPARE(model.count(Coverage::CoveredOnce), 1);
    QCOMPARE(model.count(Coverage::NotRequired), 1);
    const QModelIndex chat = model.indexOf(u"chat"_s);
    QCOMPARE(chat.data().toString(), u"Live chat"_s);
    QCOMPARE(chat.data(CapabilityMapModel::CoverageRole).toInt(), int(Coverage::Gap));
    QCOMPARE(chat.parent().data().toString(), u"Marketing Automation"_s);
    QCOMPARE(chat.parent().data(CapabilityMapModel::SlugRole).toString(),
             u"marketing-automation"_s);
    QCOMPARE(chat.parent().parent().data(CapabilityMapModel::KindRole).toInt(),
             int(CapabilityMapModel::Kind::Category));
    // Ids of the hand stack: Alpha 1, Beta 2, Delta 4.
    QCOMPARE(
        model.indexOf(u"scoring"_s).data(CapabilityMapModel::ToolIdsRole).value<QList<qint64>>(),
        (QList<qint64>{2, 4, 1}));
    QCOMPARE(model.indexOf(u"scoring"_s)
                 .siblingAtColumn(CapabilityMapModel::Tools)
                 .data(CapabilityMapModel::UnderlyingDataRole)
                 .toInt(),
             3);
    QVERIFY(!model.indexOf(u"nothing-like-it"_s).isValid());
}

void TestAnalysisModels::capabilityMapFollowsTheAnalysis()
{
    CapabilityMapModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCategories(test::smallCatalogueCategories());
    AnalysisInput in = test::filedHandStack();
    model.setAnalysis(analyzeStack(in));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    // Without categories everything is "Other > Unfiled"; Gamma Chat at 3 closes the chat
    // gap (should 3) but chat stays covered once (Gamma alone), and email now has Gamma at
    // 1 still below the threshold.
    model.setCategories({});
    in.tools[2].capabilities = {{u"chat"_s, 3}, {u"email"_s, 1}};
    model.setAnalysis(analyzeStack(in));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(tree(model).mid(0, 2), (QStringList{u"Other |  | "_s, u"  Unfiled |  | "_s}));
    QCOMPARE(model.indexOf(u"chat"_s).siblingAtColumn(CapabilityMapModel::CoverageColumn).data(),
             QVariant(u"Covered once"_s));
    QCOMPARE(model.count(Coverage::Gap), 1);
}

void TestAnalysisModels::overlapsByRedundantSpend()
{
    OverlapListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const AnalysisResult r = analyzeStack(test::handStack());
    model.setAnalysis(r, u"USD"_s);
    // scoring: Beta kept, Delta's share 800.00; landing: Echo kept (cheapest of three at
    // 2), Beta 171.43 + Alpha 333.33; email: Alpha kept, Beta's 171.43.
    QCOMPARE(rows(model),
             (QStringList{u"Lead scoring | Beta Automation | Delta CRM | $800.00"_s,
                          u"Landing pages | Echo Pages | Beta Automation, Alpha Mail | $504.76"_s,
                          u"Email sending | Alpha Mail | Beta Automation | $171.43"_s}));
    QCOMPARE(
        model.index(1, OverlapListModel::RedundantCost).data(OverlapListModel::UnderlyingDataRole),
        QVariant(qint64(50'476)));
    QCOMPARE(model.index(1, OverlapListModel::Others).data(OverlapListModel::UnderlyingDataRole),
             QVariant(2));
    QCOMPARE(model.index(1, OverlapListModel::Others).data(Qt::ToolTipRole).toString(),
             u"Kept as primary: the strongest, then the cheapest.\n"
             u"Echo Pages: strength 2, cost share $400.00\n"
             u"Beta Automation: strength 2, cost share $171.43\n"
             u"Alpha Mail: strength 2, cost share $333.33"_s);
    QCOMPARE(model.index(1, 0).data(OverlapListModel::ToolIdsRole).value<QList<qint64>>(),
             (QList<qint64>{5, 2, 1}));
    QCOMPARE(model.index(0, 0).data(OverlapListModel::CapabilitySlugRole), QVariant(u"scoring"_s));
}

void TestAnalysisModels::similarityMatrix()
{
    SimilarityMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const AnalysisResult r = analyzeStack(test::handStack());
    model.setAnalysis(r);
    // Every tool with a capability shares one with somebody; Golf Notes has none. The
    // chain starts at the most similar pair, Alpha-Beta, then takes what is most like the
    // last one placed: after Beta, Echo (2/7, above Delta's 2/10 and Gamma's 1/9); nothing
    // unplaced is like Echo, so the one most like any placed tool, Delta (2/10 with Beta,
    // above Gamma's 1/8 with Alpha), then Gamma.
    QStringList headers;
    for (int s = 0; s < model.columnCount(); ++s)
        headers << model.headerData(s, Qt::Horizontal, Qt::DisplayRole).toString();
    QCOMPARE(headers,
             (QStringList{u"Alpha Mail"_s,
                          u"Beta Automation"_s,
                          u"Echo Pages"_s,
                          u"Delta CRM"_s,
                          u"Gamma Chat"_s}));
    QCOMPARE(model.rowCount(), 5);
    // Whole percentages of Alpha-Beta 5/8, Alpha-Delta 1/10, Alpha-Echo 2/6, Alpha-Gamma
    // 1/8, Beta-Delta 2/10, Beta-Echo 2/7, Beta-Gamma 1/9; the diagonal and pairs with
    // nothing in common are blank.
    QCOMPARE(rows(model),
             (QStringList{u" | 63 | 33 | 10 | 13"_s,
                          u"63 |  | 29 | 20 | 11"_s,
                          u"33 | 29 |  |  | "_s,
                          u"10 | 20 |  |  | "_s,
                          u"13 | 11 |  |  | "_s}));
    QCOMPARE(model.index(0, 1).data(SimilarityMatrixModel::UnderlyingDataRole).toDouble(), 5.0 / 8);
    QCOMPARE(model.index(2, 1).data(SimilarityMatrixModel::UnderlyingDataRole).toDouble(), 2.0 / 7);
    QCOMPARE(model.index(2, 2).data(SimilarityMatrixModel::UnderlyingDataRole).toDouble(), 1.0);
    QCOMPARE(model.index(2, 3).data(SimilarityMatrixModel::UnderlyingDataRole).toDouble(), 0.0);
    // Alpha {email 3, landing 2, scoring 1}, Beta {email 2, scoring 3, landing 2}: shared
    // 2 + 2 + 1 = 5 over combined 3 + 2 + 3 = 8.
    QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(),
             u"Alpha Mail and Beta Automation\nSimilarity 5/8 = 0.6250 (62.5 %)\n"
             u"Shared strength over combined strength (weighted Jaccard)"_s);
    // Beta-Echo: landing 2 shared over Beta's 7.
    QCOMPARE(model.index(1, 2).data(Qt::ToolTipRole).toString().section(u'\n', 1, 1),
             u"Similarity 2/7 = 0.2857 (28.6 %)"_s);
    QCOMPARE(model.sectionOf(4), 3);  // Delta CRM
    QCOMPARE(model.sectionOf(7), -1); // Golf Notes
}

void TestAnalysisModels::integrationTools()
{
    IntegrationToolModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const AnalysisResult r = analyzeStack(test::handStack());
    model.setAnalysis(r);
    // Delta is the hub (CRM category); Echo-Golf is the silo; Beta the one articulation
    // point. Links between active tools; cut off: Beta cuts Gamma, Delta cuts three.
    QCOMPARE(rows(model),
             (QStringList{u"Alpha Mail |  | 2 | 0"_s,
                          u"Beta Automation | Single point of failure | 3 | 1"_s,
                          u"Delta CRM | Hub | 2 | 3"_s,
                          u"Echo Pages | Silo | 1 | 0"_s,
                          u"Gamma Chat |  | 1 | 0"_s,
                          u"Golf Notes | Silo | 1 | 0"_s}));
    QCOMPARE(model.index(3, 0).data(IntegrationToolModel::SiloRole), QVariant(0));
    QCOMPARE(model.index(2, 0).data(IntegrationToolModel::SiloRole), QVariant(-1));
    QCOMPARE(
        model.index(1, IntegrationToolModel::Marks).data(IntegrationToolModel::UnderlyingDataRole),
        QVariant(int(IntegrationToolModel::SinglePoint)));
    QCOMPARE(model.rowOf(4), 2);
    QCOMPARE(IntegrationToolModel::marksText(IntegrationToolModel::Hub
                                             | IntegrationToolModel::SinglePoint),
             u"Hub · Single point of failure"_s);
}

QTEST_APPLESS_MAIN(TestAnalysisModels)
#include "tst_analysismodels.moc"
