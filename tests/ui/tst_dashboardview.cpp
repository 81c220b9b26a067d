// The dashboard as a user sees it in the real main window, over the dashboard stack
// (tests/testutil/dashboardfixture; every figure worked out in tests/unit/
// tst_dashboardmodels.cpp): it leads the navigation with six charts that follow an edit
// and its undo, a click on a slice lists its tools and Show in Inventory selects them,
// and the export button writes PNG and SVG files. Driven by objectName with QTest events.
#include "charts/chartpanel.h"
#include "dashboardfixture.h"
#include "dashboardview.h"
#include "filedialogs.h"
#include "inventorytreeview.h"
#include "itemmodels/dashboardmodels.h"
#include "itemmodels/monthlycostmodel.h"
#include "itemmodels/scenariocostmodel.h"
#include "testutil.h"
#include "windowfixture.h"
#include "workspace/workspacedocument.h"
#include "workspacecontroller.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPieSeries>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace sa;
using namespace Qt::StringLiterals;

class TestDashboardView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void leadsWithSixChartsThatFollowEdits();
    void clickingASliceListsItsToolsForTheInventory();
    void exportsAChartAsPngAndSvg();
    void thePlanShownIsChosenAndKept();
    void aScenarioAddedInThePlanViewShowsAtOnce();

private:
    ChartPanel *panel(ChartKind kind) const;
    QPieSeries *pie() const;
    QStringList selectionList() const;
    Tool tool(const QString &name) const;

    std::unique_ptr<test::WindowFixture> m_fixture;
    WorkspaceDocument *m_document = nullptr;
    DashboardView *m_dashboard = nullptr;
};

void TestDashboardView::initTestCase()
{
    test::WindowFixture::initTestCase();
}

void TestDashboardView::init()
{
    m_fixture = std::make_unique<test::WindowFixture>();
    QVERIFY(m_fixture->start());
    OpenedWorkspace created
        = test::createDashboardWorkspace(m_fixture->filePath(u"hand.stackatlas"_s));
    QVERIFY(created.ok());
    m_fixture->window()->resize(1400, 900);
    m_fixture->window()->workspace()->take(std::move(created.store));
    m_document = m_fixture->window()->workspace()->document();
    m_dashboard = qobject_cast<DashboardView *>(m_fixture->window()->view(u"dashboard"_s));
    QVERIFY(m_dashboard);
    m_dashboard->models()->setToday(test::dashboardToday());
}

void TestDashboardView::cleanup()
{
    m_fixture.reset();
    m_document = nullptr;
    m_dashboard = nullptr;
}

ChartPanel *TestDashboardView::panel(ChartKind kind) const
{
    return m_fixture->child<ChartPanel>(chartFileName(kind) + u"Panel");
}

QPieSeries *TestDashboardView::pie() const
{
    return qobject_cast<QPieSeries *>(
        panel(ChartKind::SpendByCategory)->chart()->series().value(0));
}

QStringList TestDashboardView::selectionList() const
{
    QStringList names;
    auto *list = m_fixture->child<QListWidget>(u"dashboardSelectionList"_s);
    for (int i = 0; i < list->count(); ++i)
        names << list->item(i)->text();
    return names;
}

Tool TestDashboardView::tool(const QString &name) const
{
    for (const Tool &t : m_document->store()->tools()) {
        if (t.name == name)
            return t;
    }
    return {};
}

void TestDashboardView::leadsWithSixChartsThatFollowEdits()
{
    QCOMPARE(m_fixture->window()->currentView()->viewId(), u"dashboard"_s);
    QCOMPARE(m_fixture->child<QListWidget>(u"navigation"_s)->item(0)->text(), u"Dashboard"_s);
    for (const ChartKind kind : allChartKinds())
        QVERIFY2(panel(kind)->isShowingChart(), qPrintable(chartTitle(kind)));
    auto *summary
        = m_fixture->child<QWidget>(u"dashboardBar"_s)->findChild<QLabel *>(u"analysisHint"_s);
    QCOMPARE(summary->text(), u"Hand · 6 active tools · $4,350.00 a year"_s);
    QCOMPARE(m_fixture->child<QComboBox>(u"dashboardScenario"_s)->currentText(), u"Consolidate"_s);
    QCOMPARE(pie()->count(), 4);
    QCOMPARE(pie()->slices()[0]->label(), u"Commerce & Sales"_s);

    // Retiring Delta CRM empties Commerce & Sales: 5 tools, 2,350.00.
    Tool delta = tool(u"Delta CRM"_s);
    delta.status = ToolStatus::Retired;
    QVERIFY(m_document->editTool(delta).ok());
    QTRY_COMPARE(pie()->count(), 3);
    QCOMPARE(summary->text(), u"Hand · 5 active tools · $2,350.00 a year"_s);
    QCOMPARE(pie()->slices()[0]->label(), u"Content & Experience"_s);
    QTest::keyClick(m_fixture->window(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(pie()->count(), 4);
    QCOMPARE(summary->text(), u"Hand · 6 active tools · $4,350.00 a year"_s);
}

void TestDashboardView::clickingASliceListsItsToolsForTheInventory()
{
    QCOMPARE(m_dashboard->findChild<QLabel *>(u"panelSubheading"_s)->text(),
             u"Click a slice, bar or point to list its tools here."_s);
    QChartView *view = panel(ChartKind::SpendByCategory)->chartView();
    QTRY_VERIFY(view->isVisible());
    // Content & Experience runs clockwise from 165.5° (after Commerce & Sales' 46 %) to
    // 322.7°: click the middle of its ring.
    const QRectF plot = view->chart()->plotArea();
    const double radius = std::min(plot.width(), plot.height()) / 2 * pie()->pieSize() * 0.76;
    const double angle = 244.0 * M_PI / 180.0;
    const QPointF at = plot.center() + QPointF(radius * std::sin(angle), -radius * std::cos(angle));
    const QPoint pos = view->mapFromScene(view->chart()->mapToScene(at));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
    QTRY_COMPARE(selectionList(),
                 (QStringList{u"Alpha Mail"_s, u"Beta Automation"_s, u"Gamma Chat"_s}));
    QCOMPARE(m_dashboard->findChild<QLabel *>(u"panelSubheading"_s)->text(),
             u"Content & Experience\n3 tools, $1,900.00 a year"_s);

    QTest::mouseClick(m_fixture->child<QPushButton>(u"showInInventory"_s), Qt::LeftButton);
    QCOMPARE(m_fixture->window()->currentView()->viewId(), u"inventory"_s);
    auto *tree = m_fixture->child<InventoryTreeView>(u"inventoryTree"_s);
    QCOMPARE(tree->selectedToolIds(),
             (std::vector<ToolId>{tool(u"Alpha Mail"_s).id,
                                  tool(u"Beta Automation"_s).id,
                                  tool(u"Gamma Chat"_s).id}));
    QCOMPARE(tree->currentToolId(), tool(u"Alpha Mail"_s).id);
}

void TestDashboardView::exportsAChartAsPngAndSvg()
{
    QTemporaryDir dir;
    ChartPanel *redundant = panel(ChartKind::RedundantSpend);
    QTRY_VERIFY(redundant->chartView()->isVisible());
    auto *button = redundant->findChild<QToolButton *>(u"exportChart"_s);
    QVERIFY(button->isEnabled());
    const QList<QAction *> actions = button->menu()->actions();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions[0]->text(), u"Export as &PNG…"_s);

    // No suffix typed: the chosen kind's is added.
    FileDialogs::setNextAnswers({dir.filePath(u"overlaps"_s)});
    actions[1]->trigger();
    const QString svg = dir.filePath(u"overlaps.svg"_s);
    QVERIFY(QFile::exists(svg));
    QVERIFY(test::fileBytes(svg).contains("<svg"));
    QVERIFY(test::fileBytes(svg).contains("Lead scoring"));
    QCOMPARE(m_fixture->window()->statusBar()->currentMessage(),
             u"Exported “Redundant spend by capability” to "_s + QDir::toNativeSeparators(svg));

    const QString png = dir.filePath(u"overlaps.png"_s);
    FileDialogs::setNextAnswers({png});
    actions[0]->trigger();
    const QImage image(png);
    QCOMPARE(image.size(), redundant->chart()->size().toSize() * 2);

    // Cancel writes nothing.
    FileDialogs::setNextAnswers({QString()});
    actions[0]->trigger();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
}

void TestDashboardView::aScenarioAddedInThePlanViewShowsAtOnce()
{
    // A scenario edit changes no analysis figure; the dashboard follows it all the same.
    // Consolidate (created 10 January 2027) stays the newest, so it stays shown.
    auto *combo = m_fixture->child<QComboBox>(u"dashboardScenario"_s);
    const int rows = m_dashboard->models()->scenarioCost()->rowCount();
    const int choices = combo->count();
    Scenario keep;
    keep.name = u"Keep all"_s;
    keep.start = test::dashboardToday();
    keep.horizonMonths = 12;
    QVERIFY(m_document->addScenario(keep).ok());
    QCOMPARE(m_dashboard->models()->scenarioCost()->rowCount(), rows + 1);
    QCOMPARE(combo->count(), choices + 1);
    QVERIFY(combo->findText(u"Keep all"_s) >= 0);
    QCOMPARE(combo->currentText(), u"Consolidate"_s);
    QTest::keyClick(m_fixture->window(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_dashboard->models()->scenarioCost()->rowCount(), rows);
    QCOMPARE(combo->findText(u"Keep all"_s), -1);
}

void TestDashboardView::thePlanShownIsChosenAndKept()
{
    // A second scenario, newer: it is shown until the user chooses another.
    const QString path = m_fixture->filePath(u"two.stackatlas"_s);
    {
        OpenedWorkspace created = test::createDashboardWorkspace(path);
        QVERIFY(created.ok());
        Scenario keep;
        keep.name = u"Keep all"_s;
        keep.start = QDate(2027, 1, 1);
        keep.created = QDateTime(QDate(2027, 1, 12), QTime(9, 0), Qt::UTC);
        QVERIFY(created.store->saveScenario(keep, {}).ok());
    }
    WorkspaceController *controller = m_fixture->window()->workspace();
    QVERIFY(controller->open(path));
    auto *dashboard = qobject_cast<DashboardView *>(m_fixture->window()->view(u"dashboard"_s));
    auto *combo = m_fixture->child<QComboBox>(u"dashboardScenario"_s);
    QCOMPARE(combo->count(), 2); // by name: Consolidate, Keep all
    QCOMPARE(combo->currentText(), u"Keep all"_s);
    QCOMPARE(dashboard->models()->monthlyCost()->scenarioName(), u"Keep all"_s);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentText(), u"Consolidate"_s);
    QCOMPARE(dashboard->models()->monthlyCost()->scenarioName(), u"Consolidate"_s);

    // Closed and opened again, the dashboard shows the plan chosen.
    controller->close();
    QVERIFY(controller->open(path));
    dashboard = qobject_cast<DashboardView *>(m_fixture->window()->view(u"dashboard"_s));
    QCOMPARE(m_fixture->child<QComboBox>(u"dashboardScenario"_s)->currentText(), u"Consolidate"_s);
    QCOMPARE(dashboard->models()->monthlyCost()->scenarioName(), u"Consolidate"_s);
}

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
