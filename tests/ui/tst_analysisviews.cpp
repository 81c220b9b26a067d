// The analysis views as a user sees them in the real main window, over the hand stack of
// tests/unit/tst_stackanalysis.cpp (every figure derived there) filed under the small
// fixture catalogue's subcategories (test::filedHandStack()): the findings bar's
// figures and how they follow an edit and its undo, each figure's way to its view, the
// capability map's colours and click-through to the inventory, the overlaps list and the
// similarity matrix's heat, and the integration map's markers, removal impact, zoom,
// fit and pan. Driven by objectName with QTest mouse and key events.
#include "analysis/liveanalysis.h"
#include "analysisfixture.h"
#include "capabilitymapwidget.h"
#include "figurebutton.h"
#include "graphview.h"
#include "integrationscene.h"
#include "inventorytreeview.h"
#include "itemmodels/integrationtoolmodel.h"
#include "legendentry.h"
#include "mainview.h"
#include "store/workspacefile.h"
#include "toolnodeitem.h"
#include "windowfixture.h"
#include "workspace/workspacedocument.h"
#include "workspacecontroller.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QWheelEvent>

using namespace sa;
using namespace Qt::StringLiterals;

class TestAnalysisViews final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void findingsBarFollowsEditsAndUndo();
    void capabilityMapColoursAndClickThrough();
    void overlapsAndSimilarityHeat();
    void integrationMapMarksImpactZoomAndPan();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_fixture->child<T>(name);
    }
    QString currentView() const { return m_fixture->window()->currentView()->viewId(); }
    QString figure(const QString &name) const { return child<FigureButton>(name)->value(); }
    ToolId toolId(const QString &name) const;
    // The colour the user sees at a point of a widget.
    static QColor pixel(QWidget *widget, const QPoint &at);

    std::unique_ptr<test::WindowFixture> m_fixture;
    WorkspaceDocument *m_document = nullptr;
};

void TestAnalysisViews::initTestCase()
{
    test::WindowFixture::initTestCase();
}

void TestAnalysisViews::init()
{
    m_fixture = std::make_unique<test::WindowFixture>();
    QVERIFY(m_fixture->start());
    WorkspaceInfo info;
    info.company = u"Hand"_s;
    OpenedWorkspace created = createWorkspace(
        m_fixture->filePath(u"hand.stackatlas"_s), info, test::importOf(test::filedHandStack()));
    QVERIFY2(created.ok(), qPrintable(created.message));
    m_fixture->window()->workspace()->take(std::move(created.store));
    m_document = m_fixture->window()->workspace()->document();
    QVERIFY(m_document);
    m_fixture->window()->resize(1400, 900);
}

void TestAnalysisViews::cleanup()
{
    m_fixture.reset();
    m_document = nullptr;
}

ToolId TestAnalysisViews::toolId(const QString &name) const
{
    for (const Tool &t : m_document->store()->tools()) {
        if (t.name == name)
            return t.id;
    }
    return 0;
}

QColor TestAnalysisViews::pixel(QWidget *widget, const QPoint &at)
{
    return widget->grab().toImage().pixelColor(at * widget->devicePixelRatioF());
}

void TestAnalysisViews::findingsBarFollowsEditsAndUndo()
{
    QTRY_VERIFY(child<QWidget>(u"findingsBar"_s)->isVisible());
    // 6 active tools (Foxtrot retired) costing 1,000 + 600 + 300 + 2,000 + 400 + 50;
    // redundant 800.00 + 504.76 + 171.43; shelfware 600.00 + 400.00 + 171.43; gaps
    // analytics and chat; one silo, Echo-Golf.
    QCOMPARE(figure(u"findingTools"_s), u"6"_s);
    QCOMPARE(figure(u"findingSpend"_s), u"$4,350.00"_s);
    QCOMPARE(figure(u"findingRedundant"_s), u"$1,476.19"_s);
    QCOMPARE(figure(u"findingShelfware"_s), u"$1,171.43"_s);
    QCOMPARE(figure(u"findingGaps"_s), u"2"_s);
    QCOMPARE(figure(u"findingSilos"_s), u"1"_s);
    QCOMPARE(child<FigureButton>(u"findingGaps"_s)->accent(), QColor(0xc8, 0x3b, 0x32));
    QCOMPARE(child<FigureButton>(u"findingRedundant"_s)->accent(), QColor(0xc7, 0x7c, 0x02));
    QCOMPARE(child<FigureButton>(u"findingTools"_s)->accent(), QColor());
    QCOMPARE(child<FigureButton>(u"findingGaps"_s)->toolTip(),
             u"Required capabilities no active tool meets: 1 must, 1 should. Open the "
             u"capability map."_s);

    // Without Echo Pages, landing is Beta's and Alpha's at 2: Beta (600) is kept and
    // Alpha's share 333.33 is redundant: 800.00 + 333.33 + 171.43. Golf Notes alone is
    // still a silo. One analysis for the edit.
    LiveAnalysis *analysis = LiveAnalysis::forDocument(m_document);
    const int runs = analysis->runs();
    QVERIFY(m_document->removeTool(toolId(u"Echo Pages"_s)).ok());
    QTRY_COMPARE(figure(u"findingTools"_s), u"5"_s);
    QCOMPARE(figure(u"findingSpend"_s), u"$3,950.00"_s);
    QCOMPARE(figure(u"findingRedundant"_s), u"$1,304.76"_s);
    QCOMPARE(figure(u"findingSilos"_s), u"1"_s);
    QCOMPARE(analysis->runs(), runs + 1);

    // Ctrl+Z in the window puts Echo back, and the figures with it.
    QTest::keyClick(m_fixture->window(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(figure(u"findingTools"_s), u"6"_s);
    QCOMPARE(figure(u"findingRedundant"_s), u"$1,476.19"_s);

    // Each figure opens the view that explains it.
    const struct
    {
        const char16_t *figure;
        const char16_t *view;
    } ways[] = {{u"findingRedundant", u"overlaps"},
                {u"findingGaps", u"capabilityMap"},
                {u"findingSilos", u"integrationMap"},
                {u"findingShelfware", u"inventory"},
                {u"findingTools", u"inventory"}};
    for (const auto &way : ways) {
        QTest::mouseClick(child<FigureButton>(QString::fromUtf16(way.figure)), Qt::LeftButton);
        QCOMPARE(currentView(), QString::fromUtf16(way.view));
    }
    // And the shortcuts, from anywhere in the window.
    QTest::keyClick(m_fixture->window(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(currentView(), u"capabilityMap"_s);
    QTest::keyClick(m_fixture->window(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(currentView(), u"overlaps"_s);
    QTest::keyClick(m_fixture->window(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(currentView(), u"integrationMap"_s);
    // The bar stays over the catalogue too, and goes with the workspace.
    m_fixture->window()->setCurrentView(u"catalogue"_s);
    QVERIFY(child<QWidget>(u"findingsBar"_s)->isVisible());
    m_fixture->window()->workspace()->close();
    QVERIFY(!m_fixture->window()->findChild<QWidget *>(u"findingsBar"_s));
}

void TestAnalysisViews::capabilityMapColoursAndClickThrough()
{
    // The gaps figure opens the map on the first gap: Web analytics, a must at 2 that
    // only the retired Foxtrot covered.
    QTest::mouseClick(child<FigureButton>(u"findingGaps"_s), Qt::LeftButton);
    QCOMPARE(currentView(), u"capabilityMap"_s);
    auto *grid = child<CapabilityMapWidget>(u"capabilityMapGrid"_s);
    QCOMPARE(grid->currentSlug(), u"analytics"_s);
    QCOMPARE(child<QLabel>(u"capabilityPanelTitle"_s)->text(), u"Web analytics"_s);
    QCOMPARE(child<QLabel>(u"capabilityPanelCoverage"_s)->text(),
             u"Gap: a must requirement at strength 2 or better; the best active tool gives 0."_s);
    QCOMPARE(child<QListWidget>(u"capabilityPanelTools"_s)->count(), 0);
    QVERIFY(!child<QPushButton>(u"showInInventoryButton"_s)->isEnabled());

    // Column by column: Content & Experience (Email Marketing, Marketing Automation),
    // Commerce & Sales (CRM, Sales Automation), Data (Web Analytics).
    QCOMPARE(grid->slugs(),
             (QStringList{u"email"_s,
                          u"landing"_s,
                          u"chat"_s,
                          u"sms"_s,
                          u"crm"_s,
                          u"scoring"_s,
                          u"analytics"_s}));
    // Each cell's fill, read inside its right edge (clear of the text).
    const auto fill = [grid](const QString &slug) {
        const QRect cell = grid->cellRect(slug);
        return pixel(grid, QPoint(cell.right() - 4, cell.center().y()));
    };
    QCOMPARE(fill(u"chat"_s), QColor(0xfd, 0xe0, 0xdd));  // gap
    QCOMPARE(fill(u"email"_s), QColor(0xfd, 0xec, 0xc4)); // overlapped
    QCOMPARE(fill(u"crm"_s), QColor(0xd8, 0xf0, 0xe6));   // covered once
    QCOMPARE(fill(u"sms"_s), QColor(0xf1, 0xf4, 0xf8));   // not required
    QCOMPARE(child<LegendEntry>(u"coverageLegend0"_s)->text(), u"Gap  2"_s);
    QCOMPARE(child<LegendEntry>(u"coverageLegend1"_s)->text(), u"Overlapped  3"_s);
    QCOMPARE(child<LegendEntry>(u"coverageLegend2"_s)->text(), u"Covered once  1"_s);
    QCOMPARE(child<LegendEntry>(u"coverageLegend3"_s)->text(), u"Not required  1"_s);

    // A click on Live chat: Gamma Chat covers it at 2, short of the should at 3.
    QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(u"chat"_s).center());
    QCOMPARE(grid->currentSlug(), u"chat"_s);
    QCOMPARE(child<QLabel>(u"capabilityPanelTitle"_s)->text(), u"Live chat"_s);
    QCOMPARE(child<QLabel>(u"capabilityPanelCoverage"_s)->text(),
             u"Gap: a should requirement at strength 3 or better; the best active tool gives 2."_s);
    auto *tools = child<QListWidget>(u"capabilityPanelTools"_s);
    QCOMPARE(tools->count(), 1);
    QCOMPARE(tools->item(0)->text(), u"Gamma Chat — solid (2)"_s);
    // Down moves to the next capability in reading order: SMS.
    QTest::keyClick(grid, Qt::Key_Down);
    QCOMPARE(child<QLabel>(u"capabilityPanelTitle"_s)->text(), u"SMS"_s);
    QTest::keyClick(grid, Qt::Key_Up);

    // Show in Inventory goes there with the tool selected.
    QTest::mouseClick(child<QPushButton>(u"showInInventoryButton"_s), Qt::LeftButton);
    QCOMPARE(currentView(), u"inventory"_s);
    QCOMPARE(child<InventoryTreeView>(u"inventoryTree"_s)->currentToolId(),
             toolId(u"Gamma Chat"_s));
}

void TestAnalysisViews::overlapsAndSimilarityHeat()
{
    QTest::mouseClick(child<FigureButton>(u"findingRedundant"_s), Qt::LeftButton);
    auto *list = child<QTableView>(u"overlapTable"_s);
    QAbstractItemModelTester tester(list->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList rows;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < list->model()->columnCount(); ++c)
            cells << list->model()->index(r, c).data().toString();
        rows << cells.join(u" | ");
    }
    QCOMPARE(rows,
             (QStringList{u"Lead scoring | Beta Automation | Delta CRM | $800.00"_s,
                          u"Landing pages | Echo Pages | Beta Automation, Alpha Mail | $504.76"_s,
                          u"Email sending | Alpha Mail | Beta Automation | $171.43"_s}));
    QCOMPARE(
        child<QLabel>(u"overlapSummary"_s)->text(),
        u"3 capabilities overlap; $1,476.19 a year is redundant, 33.9 % of $4,350.00 spent."_s);

    // The matrix in its chain order: Alpha, Beta, Echo, Delta, Gamma. Alpha-Beta, 5/8,
    // on the heat scale from white to #0e5f66: 255 - 241 x 0.625 = 104.4 -> 104,
    // 255 - 160 x 0.625 = 155, 255 - 153 x 0.625 = 159.4 -> 159.
    auto *matrix = child<QTableView>(u"similarityMatrix"_s);
    const QModelIndex alphaBeta = matrix->model()->index(0, 1);
    QCOMPARE(matrix->model()->headerData(0, Qt::Vertical).toString(), u"Alpha Mail"_s);
    QCOMPARE(matrix->model()->headerData(1, Qt::Horizontal).toString(), u"Beta Automation"_s);
    QCOMPARE(alphaBeta.data().toString(), u"63"_s);
    const QRect cell = matrix->visualRect(alphaBeta);
    QCOMPARE(pixel(matrix->viewport(), cell.topLeft() + QPoint(3, 3)), QColor(104, 155, 159));
    // Echo-Delta share nothing: white.
    const QRect none = matrix->visualRect(matrix->model()->index(2, 3));
    QCOMPARE(pixel(matrix->viewport(), none.topLeft() + QPoint(3, 3)), QColor(Qt::white));
    QCOMPARE(alphaBeta.data(Qt::ToolTipRole).toString().section(u'\n', 1, 1),
             u"Similarity 5/8 = 0.6250 (62.5 %)"_s);

    // Choosing an overlap marks its primary against the next tool: landing, Echo x Beta.
    QTest::mouseClick(list->viewport(),
                      Qt::LeftButton,
                      {},
                      list->visualRect(list->model()->index(1, 0)).center());
    QCOMPARE(matrix->currentIndex(), matrix->model()->index(2, 1));
}

void TestAnalysisViews::integrationMapMarksImpactZoomAndPan()
{
    QTest::mouseClick(child<FigureButton>(u"findingSilos"_s), Qt::LeftButton);
    QCOMPARE(currentView(), u"integrationMap"_s);
    auto *view = child<GraphView>(u"integrationGraph"_s);
    auto *scene = qobject_cast<IntegrationScene *>(view->scene());
    QVERIFY(scene);
    // Delta the hub, Echo and Golf the silo, Beta the single point of failure.
    QCOMPARE(scene->node(toolId(u"Delta CRM"_s))->marks(), int(IntegrationToolModel::Hub));
    QCOMPARE(scene->node(toolId(u"Echo Pages"_s))->marks(), int(IntegrationToolModel::Silo));
    QCOMPARE(scene->node(toolId(u"Golf Notes"_s))->marks(), int(IntegrationToolModel::Silo));
    QCOMPARE(scene->node(toolId(u"Beta Automation"_s))->marks(),
             int(IntegrationToolModel::SinglePoint));
    QCOMPARE(scene->node(toolId(u"Alpha Mail"_s))->marks(), 0);
    QCOMPARE(child<LegendEntry>(u"legendSinglePoint"_s)->text(),
             u"Single point of failure: its removal splits the map"_s);
    QCOMPARE(child<QLabel>(u"integrationSummary"_s)->text(),
             u"6 tools, 5 integrations · 1 hubs · 1 silos · 1 single points of failure"_s);
    QCOMPARE(child<QLabel>(u"impactTitle"_s)->text(), u"Select a tool"_s);

    // A click on Beta: its three integrations go, and Gamma, which reached Delta only
    // through it, is cut off.
    ToolNodeItem *beta = scene->node(toolId(u"Beta Automation"_s));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(beta->pos()));
    QVERIFY(beta->isSelected());
    QCOMPARE(child<QLabel>(u"impactTitle"_s)->text(), u"Removing Beta Automation would cut"_s);
    QCOMPARE(child<QLabel>(u"impactText"_s)->text(),
             u"<p><b>Capabilities only it covers:</b> none</p>"
             u"<p><b>Integrations cut:</b> Alpha Mail, Delta CRM, Gamma Chat</p>"
             u"<p><b>Tools cut off from every hub:</b> Gamma Chat</p>"_s);
    QVERIFY(scene->node(toolId(u"Gamma Chat"_s))->isCutOff());
    QVERIFY(!scene->node(toolId(u"Alpha Mail"_s))->isCutOff());
    auto *table = child<QTableView>(u"integrationToolTable"_s);
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(table->currentIndex().data().toString(), u"Beta Automation"_s);

    // The list selects on the map too: Delta cuts off Alpha, Beta and Gamma, and only it
    // covers crm.
    QTest::mouseClick(table->viewport(),
                      Qt::LeftButton,
                      {},
                      table->visualRect(table->model()->index(2, 0)).center());
    QVERIFY(scene->node(toolId(u"Delta CRM"_s))->isSelected());
    QCOMPARE(child<QLabel>(u"impactText"_s)->text(),
             u"<p><b>Capabilities only it covers:</b> CRM</p>"
             u"<p><b>Integrations cut:</b> Alpha Mail, Beta Automation</p>"
             u"<p><b>Tools cut off from every hub:</b> Alpha Mail, Beta Automation, Gamma "
             u"Chat</p>"_s);

    // The wheel zooms by 1.15 a notch; Ctrl+0 fits the map again.
    const double fitted = view->zoom();
    const QPoint middle = view->viewport()->rect().center();
    for (int notch = 0; notch < 3; ++notch) {
        QWheelEvent wheel(middle,
                          view->viewport()->mapToGlobal(middle),
                          QPoint(),
                          QPoint(0, 120),
                          Qt::NoButton,
                          Qt::NoModifier,
                          Qt::NoScrollPhase,
                          false);
        QApplication::sendEvent(view->viewport(), &wheel);
    }
    QCOMPARE(view->zoom(), fitted * 1.15 * 1.15 * 1.15);
    // Dragging the background pans: once the drag has started, the map follows the
    // pointer pixel for pixel.
    QScrollBar *horizontal = view->horizontalScrollBar();
    QVERIFY(horizontal->maximum() - horizontal->minimum() > 100); // zoomed in: room to pan
    horizontal->setValue((horizontal->minimum() + horizontal->maximum()) / 2);
    const QPoint empty(4, 4);
    QVERIFY(!view->itemAt(empty));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, empty);
    QTest::mouseMove(view->viewport(), empty + QPoint(10, 0));
    const int started = view->horizontalScrollBar()->value();
    QTest::mouseMove(view->viewport(), empty + QPoint(50, 0));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, empty + QPoint(50, 0));
    QCOMPARE(horizontal->value(), started - 40);
    QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(view->zoom(), fitted);
}

QTEST_MAIN(TestAnalysisViews)
#include "tst_analysisviews.moc"
