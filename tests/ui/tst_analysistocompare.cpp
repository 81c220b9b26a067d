// From a finding to a comparison, in the real main window: a gap's "Who Fills This?" on
// the capability map opens Fill a Gap in the Compare view, and an overlap's "Which to
// Keep?" compares the overlapping tools' products. The workspace is the comparison
// fixture (tests/testutil/comparisonfixture.h): lead scoring is a must that only the
// retired Old Pardot covered, so it is a gap; tests/unit/tst_productcomparison works out
// the scores the Compare view shows.
#include "analysisfixture.h"
#include "capabilitymapwidget.h"
#include "compare/comparisonsession.h"
#include "compareview.h"
#include "comparisonfixture.h"
#include "figurebutton.h"
#include "fillgapdialog.h"
#include "mainview.h"
#include "store/workspacefile.h"
#include "windowfixture.h"
#include "workspace/workspacedocument.h"
#include "workspacecontroller.h"

#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

class TestAnalysisToCompare final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void aGapsWhoFillsThisOpensFillAGap();
    void anOverlapsWhichToKeepComparesItsTools();

private:
    // The window over a new workspace holding content.
    bool openWith(const WorkspaceImport &content);
    template<typename T>
    T *child(const QString &name) const
    {
        return m_fixture->child<T>(name);
    }
    QString currentView() const { return m_fixture->window()->currentView()->viewId(); }
    static QStringList rows(const QAbstractItemModel *model);

    std::unique_ptr<test::WindowFixture> m_fixture;
};

void TestAnalysisToCompare::initTestCase()
{
    test::WindowFixture::initTestCase();
}

void TestAnalysisToCompare::cleanup()
{
    m_fixture.reset();
}

bool TestAnalysisToCompare::openWith(const WorkspaceImport &content)
{
    m_fixture = std::make_unique<test::WindowFixture>();
    if (!m_fixture->start())
        return false;
    WorkspaceInfo info;
    info.company = u"Fixture"_s;
    OpenedWorkspace created
        = createWorkspace(m_fixture->filePath(u"fixture.stackatlas"_s), info, content);
    if (!created.ok()) {
        qWarning("%s", qPrintable(created.message));
        return false;
    }
    m_fixture->window()->workspace()->take(std::move(created.store));
    m_fixture->window()->resize(1400, 900);
    return true;
}

QStringList TestAnalysisToCompare::rows(const QAbstractItemModel *model)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data().toString();
        out << cells.join(u" | "_s);
    }
    return out;
}

void TestAnalysisToCompare::aGapsWhoFillsThisOpensFillAGap()
{
    QVERIFY(openWith(test::comparisonStackImport()));
    QTRY_VERIFY(child<QWidget>(u"findingsBar"_s)->isVisible());
    QTest::mouseClick(child<FigureButton>(u"findingGaps"_s), Qt::LeftButton);
    QCOMPARE(currentView(), u"capabilityMap"_s);
    auto *grid = child<CapabilityMapWidget>(u"capabilityMapGrid"_s);
    QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(u"lead-scoring"_s).center());
    QCOMPARE(grid->currentSlug(), u"lead-scoring"_s);

    auto *whoFills = child<QPushButton>(u"whoFillsButton"_s);
    QVERIFY(whoFills->isEnabled());
    QTest::mouseClick(whoFills, Qt::LeftButton);
    QCOMPARE(currentView(), u"compare"_s);
    auto *dialog = child<FillGapDialog>(u"fillGapDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    // The three fixture products with lead scoring at the must's strength 2 or more,
    // best score first.
    QCOMPARE(dialog->capability(), u"lead-scoring"_s);
    QCOMPARE(dialog->candidateCount(), 3);
    const QStringList three{
        u"salesforce-account-engagement"_s, u"adobe-marketo-engage"_s, u"hubspot-marketing-hub"_s};
    QCOMPARE(dialog->selectedSlugs(), three);

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"fillGapCompareButton"_s), Qt::LeftButton);
    auto *compare = child<CompareView>(u"compareView"_s);
    QCOMPARE(compare->session()->productSlugs(), three);
    QCOMPARE(rows(child<QTableView>(u"rankingTable"_s)->model()),
             (QStringList{
                 u"1 | Marketing Cloud Account Engagement | 73.99 | 35.56 | 15.00 | 16.76 | 6.67"_s,
                 u"2 | Adobe Marketo Engage | 68.37 | 40.00 | 15.00 | 5.87 | 7.50"_s,
                 u"3 | HubSpot Marketing Hub | 60.56 | 35.56 | 0.00 | 20.00 | 5.00"_s}));
}

void TestAnalysisToCompare::anOverlapsWhichToKeepComparesItsTools()
{
    // HubSpot next to Brevo: both send email campaigns at 3 and design templates at 2.
    // Brevo is the primary of both (same strength, $3,000 against $12,000), so HubSpot's
    // cost shares are redundant: $12,000 over its strengths 3 + 2 + 2 + 2 + 1 = 10 gives
    // campaigns 12,000 x 3/10 = $3,600.00 and templates 12,000 x 2/10 = $2,400.00. Its
    // web analytics at 1 is under the overlap threshold of 2.
    WorkspaceImport content = test::comparisonStackImport();
    content.products.push_back(test::fixtureProduct(u"hubspot-marketing-hub"_s));
    Tool hubspot = test::toolWith(0, u"HubSpot"_s, 1'200'000, {});
    hubspot.productSlug = u"hubspot-marketing-hub"_s;
    content.tools.push_back(hubspot);
    QVERIFY(openWith(content));

    QTRY_VERIFY(child<QWidget>(u"findingsBar"_s)->isVisible());
    QTest::mouseClick(child<FigureButton>(u"findingRedundant"_s), Qt::LeftButton);
    QCOMPARE(currentView(), u"overlaps"_s);
    auto *list = child<QTableView>(u"overlapTable"_s);
    QCOMPARE(rows(list->model()),
             (QStringList{u"Email campaign sending | Brevo | HubSpot | $3,600.00"_s,
                          u"Email template design | Brevo | HubSpot | $2,400.00"_s}));
    QTest::mouseClick(list->viewport(),
                      Qt::LeftButton,
                      {},
                      list->visualRect(list->model()->index(0, 0)).center());

    auto *keep = child<QPushButton>(u"whichToKeepButton"_s);
    QVERIFY(keep->isEnabled());
    QTest::mouseClick(keep, Qt::LeftButton);
    QCOMPARE(currentView(), u"compare"_s);
    QCOMPARE(child<CompareView>(u"compareView"_s)->session()->productSlugs(),
             (QStringList{u"brevo"_s, u"hubspot-marketing-hub"_s}));
    // Each product is scored against the stack without its own tool (weights 40/30/20/10;
    // tests/unit/tst_productcomparison has the rules). HubSpot against Sales Cloud, Brevo
    // and Site Stats: coverage 8/9 -> 35.56; integration 0; cost 4,150/26,400 -> 3.14;
    // overlap 1 - 2/4 -> 5.00. Brevo against Sales Cloud, Site Stats and HubSpot:
    // coverage 4/9 -> 17.78; integration 0; the cheaper: 20.00; its email and templates
    // are both HubSpot's now: overlap 1 - 2/2 -> 0.00.
    QCOMPARE(rows(child<QTableView>(u"rankingTable"_s)->model()),
             (QStringList{u"1 | HubSpot Marketing Hub | 43.70 | 35.56 | 0.00 | 3.14 | 5.00"_s,
                          u"2 | Brevo | 37.78 | 17.78 | 0.00 | 20.00 | 0.00"_s}));
}

QTEST_MAIN(TestAnalysisToCompare)
#include "tst_analysistocompare.moc"
