// The Compare view as a user drives it: the real CompareView over a workspace holding the
// comparison fixture (tests/testutil/comparisonfixture.h; tests/unit/tst_productcomparison
// works out every score of it by hand) and the small fixture catalogue, driven by
// objectName with QTest key and mouse events. Default weights give Account Engagement
// 35.56 + 15.00 + 16.76 + 6.67 = 73.99, Marketo 40.00 + 15.00 + 5.87 + 7.50 = 68.37 and
// HubSpot 35.56 + 0.00 + 20.00 + 5.00 = 60.56.
#include "catalogue/cataloguedocument.h"
#include "compare/comparisonsession.h"
#include "compareshortlists.h"
#include "compareview.h"
#include "comparisonfixture.h"
#include "documentfixture.h"
#include "filedialogs.h"
#include "inventorytreeview.h"
#include "inventoryview.h"
#include "itemmodels/capabilitymatrixmodel.h"
#include "itemmodels/comparisondetailsmodel.h"
#include "itemmodels/criterionradarmodel.h"
#include "itemmodels/inventorymodel.h"
#include "productpickerdialog.h"
#include "testutil.h"
#include "theme.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

const QStringList kThree{
    u"hubspot-marketing-hub"_s, u"adobe-marketo-engage"_s, u"salesforce-account-engagement"_s};

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsEveryCriterionsPoints();
    void showsTheMatrixAndTheStackFit();
    void aSliderReRanksLiveAndPersists();
    void resetsTheWeights();
    void savesAShortlistAndUndoes();
    void exportsCsvAndXlsx();
    void radarSeriesFollowTheModel();
    void fillsAGapWithTheTopProducts();
    void addsAndRemovesProducts();
    void comparesTheInventorysSelectedTools();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        T *found = m_view->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    QStringList ranking() const;
    void startView();

    std::unique_ptr<test::DocumentFixture> m_fixture;
    std::unique_ptr<CatalogueDocument> m_catalogue;
    std::unique_ptr<CompareView> m_view;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestCompareView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    applyTheme(*qobject_cast<QApplication *>(QCoreApplication::instance()));
}

void TestCompareView::init()
{
    m_fixture = test::openDocumentFixture();
    QVERIFY(m_fixture);
    QVERIFY(m_fixture->document->import(test::comparisonStackImport()).ok());
    m_fixture->document->undoStack()->clear();
    m_catalogue = std::make_unique<CatalogueDocument>(m_fixture->catalogue.get());
    startView();
    m_view->compareProducts(kThree);
}

void TestCompareView::startView()
{
    m_testers.clear();
    m_view = std::make_unique<CompareView>(m_fixture->document.get(), m_catalogue.get(), nullptr);
    for (const char *name : {"rankingTable", "matrixTable", "detailsTable"}) {
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            child<QTableView>(QString::fromLatin1(name))->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_view->radarModel(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_view->resize(1300, 860);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestCompareView::cleanup()
{
    m_testers.clear();
    m_view.reset();
    m_catalogue.reset();
    m_fixture.reset();
    FileDialogs::setNextAnswers({});
}

// What the ranking shows, row by row: "# | Product | Total | four criteria's points".
QStringList TestCompareView::ranking() const
{
    QStringList out;
    const QAbstractItemModel *model = child<QTableView>(u"rankingTable"_s)->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data().toString();
        out << cells.join(u" | "_s);
    }
    return out;
}

void TestCompareView::showsEveryCriterionsPoints()
{
    QCOMPARE(ranking(),
             (QStringList{
                 u"1 | Marketing Cloud Account Engagement | 73.99 | 35.56 | 15.00 | 16.76 | 6.67"_s,
                 u"2 | Adobe Marketo Engage | 68.37 | 40.00 | 15.00 | 5.87 | 7.50"_s,
                 u"3 | HubSpot Marketing Hub | 60.56 | 35.56 | 0.00 | 20.00 | 5.00"_s}));
    const QAbstractItemModel *model = child<QTableView>(u"rankingTable"_s)->model();
    // Coverage of Marketo: 100 points x 40 %.
    QCOMPARE(model->index(1, 3).data(Qt::ToolTipRole).toString(), u"100.00 × 40.0% = 40.00"_s);
    QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), u"Coverage\n× 40 %"_s);
    QCOMPARE(child<QLabel>(u"compareSubtitle"_s)->text(),
             u"3 products against 4 requirements and 3 active tools"_s);
    QCOMPARE(child<QLabel>(u"weightPercent-coverage"_s)->text(), u"40 %"_s);
    QCOMPARE(child<QLabel>(u"weightPercent-overlap"_s)->text(), u"10 %"_s);
}

void TestCompareView::showsTheMatrixAndTheStackFit()
{
    const QAbstractItemModel *matrix = child<QTableView>(u"matrixTable"_s)->model();
    QCOMPARE(matrix->columnCount(), CapabilityMatrixModel::ColumnCount + 3);
    // Rows: must (email, scoring), should (workflows), nice (attribution); products in rank
    // order: Account Engagement, Marketo, HubSpot.
    QCOMPARE(matrix->index(1, CapabilityMatrixModel::Capability).data().toString(),
             u"Lead scoring"_s);
    QCOMPARE(matrix->index(1, CapabilityMatrixModel::Importance).data().toString(), u"must"_s);
    QCOMPARE(matrix->index(1, CapabilityMatrixModel::Stack).data().toString(), u"none (gap)"_s);
    const int hubspot = CapabilityMatrixModel::ColumnCount + 2;
    QCOMPARE(matrix->headerData(hubspot, Qt::Horizontal).toString(), u"HubSpot Marketing Hub"_s);
    QCOMPARE(matrix->index(1, hubspot).data().toString(), u"solid"_s);
    QCOMPARE(matrix->index(1, hubspot).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(matrix->index(3, hubspot).data().toString(), u"–"_s); // no attribution
    QCOMPARE(matrix->index(3, hubspot).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(matrix->index(3, hubspot).data(Qt::BackgroundRole).value<QColor>(),
             QColor(0xfc'ea'e8));
    QCOMPARE(matrix->index(1, hubspot).data(Qt::BackgroundRole).value<QColor>(),
             QColor(0xe3'f4'ea));

    const QAbstractItemModel *details = child<QTableView>(u"detailsTable"_s)->model();
    const auto cell = [details](int row, int product) {
        return details->index(row, ComparisonDetailsModel::ColumnCount + product).data().toString();
    };
    QCOMPARE(details->index(ComparisonDetailsModel::Price, 0).data().toString(),
             u"Indicative price band"_s);
    QCOMPARE(cell(ComparisonDetailsModel::Integrations, 0),
             u"1 of 3: Sales Cloud (native · hub)"_s);
    QCOMPARE(cell(ComparisonDetailsModel::Integrations, 2), u"None of your 3 tools"_s);
    QCOMPARE(cell(ComparisonDetailsModel::Price, 2), u"$9.6k – $43.2k / yr"_s);
    QCOMPARE(cell(ComparisonDetailsModel::Segment, 2), u"smb, mid-market"_s); // no segment set
    QCOMPARE(cell(ComparisonDetailsModel::Deployment, 1), u"cloud"_s);
    QCOMPARE(cell(ComparisonDetailsModel::Owned, 0), u"No"_s); // only the retired tool is on it
    QCOMPARE(cell(ComparisonDetailsModel::GapsClosed, 2), u"Lead scoring, Marketing workflows"_s);
    QCOMPARE(cell(ComparisonDetailsModel::Overlaps, 2),
             u"2 of 4: Email campaign sending, Email template design"_s);
}

void TestCompareView::aSliderReRanksLiveAndPersists()
{
    // Coverage and integration to 0, cost to 100: weights 0/0/100/10, i.e. cost 10/11 and
    // overlap 1/11. HubSpot 1 x 90.91 -> 9091 + 0.5 x 9.09 -> 455 = 95.46; Account
    // Engagement 0.838095 x 90.91 -> 7619 + 0.666667 x 9.09 -> 606 = 82.25; Marketo
    // 0.293333 x 90.91 -> 2667 + 0.75 x 9.09 -> 682 = 33.49.
    QTest::keyClick(child<QSlider>(u"weightSlider-coverage"_s), Qt::Key_Home);
    QCOMPARE(child<QLabel>(u"weightPercent-coverage"_s)->text(), u"0 %"_s);
    QCOMPARE(child<QLabel>(u"weightPercent-integration"_s)->text(), u"50 %"_s);
    QTest::keyClick(child<QSlider>(u"weightSlider-integration"_s), Qt::Key_Home);
    QTest::keyClick(child<QSlider>(u"weightSlider-cost"_s), Qt::Key_End);
    QCOMPARE(child<QLabel>(u"weightPercent-cost"_s)->text(), u"90.9 %"_s);
    QCOMPARE(child<QLabel>(u"weightPercent-overlap"_s)->text(), u"9.1 %"_s);
    QCOMPARE(ranking(),
             (QStringList{
                 u"1 | HubSpot Marketing Hub | 95.46 | 0.00 | 0.00 | 90.91 | 4.55"_s,
                 u"2 | Marketing Cloud Account Engagement | 82.25 | 0.00 | 0.00 | 76.19 | 6.06"_s,
                 u"3 | Adobe Marketo Engage | 33.49 | 0.00 | 0.00 | 26.67 | 6.82"_s}));
    // Kept in the workspace: a view opened later shows the same weights and ranking.
    QVERIFY(m_view->session()->flushSettings().ok());
    QCOMPARE(m_fixture->store->setting(ComparisonSession::weightsKey()),
             u"coverage=0,integration=0,cost=100,overlap=10"_s);
    startView();
    QCOMPARE(child<QSlider>(u"weightSlider-cost"_s)->value(), 91);
    QCOMPARE(ranking().first(),
             u"1 | HubSpot Marketing Hub | 95.46 | 0.00 | 0.00 | 90.91 | 4.55"_s);
}

void TestCompareView::resetsTheWeights()
{
    QTest::keyClick(child<QSlider>(u"weightSlider-coverage"_s), Qt::Key_Home);
    // 0/30/20/10: integration 0.5 x 1/2, cost 0.838095 x 1/3, overlap 0.666667 x 1/6.
    QCOMPARE(ranking().first(),
             u"1 | Marketing Cloud Account Engagement | 64.05 | 0.00 | 25.00 | 27.94 | 11.11"_s);
    QTest::mouseClick(child<QPushButton>(u"resetWeightsButton"_s), Qt::LeftButton);
    QCOMPARE(child<QSlider>(u"weightSlider-coverage"_s)->value(), 40);
    QCOMPARE(ranking().first(),
             u"1 | Marketing Cloud Account Engagement | 73.99 | 35.56 | 15.00 | 16.76 | 6.67"_s);
}

void TestCompareView::savesAShortlistAndUndoes()
{
    auto *combo = child<QComboBox>(u"shortlistCombo"_s);
    QCOMPARE(combo->currentText(), u"Unsaved comparison"_s);
    QTest::mouseClick(
        child<QWidget>(u"saveShortlistActionButton"_s), Qt::LeftButton, {}, QPoint(8, 8));
    auto *dialog = m_view->findChild<QInputDialog *>(u"shortlistNameDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>();
    name->selectAll();
    QTest::keyClicks(name, u"MAP decision"_s);
    QTest::keyClick(name, Qt::Key_Return);
    const std::vector<Shortlist> saved = m_fixture->store->shortlists();
    QCOMPARE(saved.size(), size_t(1));
    QCOMPARE(saved[0].name, u"MAP decision"_s);
    QCOMPARE(saved[0].productSlugs, kThree);
    QCOMPARE(saved[0].weights, CriterionWeights());
    QCOMPARE(combo->currentText(), u"MAP decision"_s);
    QVERIFY(!m_view->shortlists()->saveAction()->isEnabled()); // nothing to save

    // A weight moved: the shortlist reads as changed; Ctrl+S writes it, Ctrl+Z takes it back.
    QTest::keyClick(child<QSlider>(u"weightSlider-overlap"_s), Qt::Key_End);
    QCOMPARE(combo->currentText(), u"MAP decision (changed)"_s);
    m_view->shortlists()->saveAction()->trigger();
    QCOMPARE(m_fixture->store->shortlists()[0].weights.values,
             (std::array<double, 4>{40, 30, 20, 100}));
    m_fixture->document->undoStack()->undo();
    QCOMPARE(m_fixture->store->shortlists()[0].weights, CriterionWeights());
    m_fixture->document->undoStack()->undo();
    QVERIFY(m_fixture->store->shortlists().empty());
    QCOMPARE(combo->currentText(), u"Unsaved comparison"_s);
    QCOMPARE(ranking().size(), 3); // the comparison stays
    m_fixture->document->undoStack()->redo();
    QCOMPARE(m_fixture->store->shortlists().size(), size_t(1));
    QCOMPARE(combo->currentText(), u"MAP decision (changed)"_s);
}

void TestCompareView::exportsCsvAndXlsx()
{
    const QString csv = m_fixture->dir.filePath(u"comparison.csv"_s);
    FileDialogs::setNextAnswers({csv});
    QTest::mouseClick(child<QWidget>(u"exportComparisonActionButton"_s), Qt::LeftButton);
    const QList<QByteArray> lines = test::fileBytes(csv).split('\n');
    QVERIFY(lines.size() >= 4);
    QVERIFY2(lines[1].startsWith("1,Marketing Cloud Account Engagement,salesforce-account-"
                                 "engagement,Salesforce,73.99,88.89,35.56,50,15,83.81,16.76,"
                                 "66.67,6.67,"),
             lines[1].constData());
    QVERIFY2(lines[3].startsWith("3,HubSpot Marketing Hub,hubspot-marketing-hub,HubSpot,60.56,"),
             lines[3].constData());
    // An answer without a suffix becomes CSV, the filter preselected; .xlsx is a workbook.
    const QString xlsx = m_fixture->dir.filePath(u"comparison.xlsx"_s);
    FileDialogs::setNextAnswers({xlsx});
    m_view->exportComparison();
    QCOMPARE(test::fileBytes(xlsx).left(2), QByteArray("PK"));
}

void TestCompareView::radarSeriesFollowTheModel()
{
    auto *chart = child<QChartView>(u"radarChart"_s)->chart();
    QList<QAbstractSeries *> series = chart->series();
    QCOMPARE(series.size(), 3);
    auto *leader = qobject_cast<QLineSeries *>(series[0]);
    QCOMPARE(leader->name(), u"Marketing Cloud Account Engagement"_s);
    // Scores before weights at angles 0..3, the first again at 4 to close the line.
    QCOMPARE(leader->points(),
             (QList<QPointF>{{0, 88.89}, {1, 50}, {2, 83.81}, {3, 66.67}, {4, 88.89}}));
    m_view->session()->removeProduct(u"salesforce-account-engagement"_s);
    series = chart->series();
    QCOMPARE(series.size(), 2);
    QCOMPARE(series[0]->name(), u"Adobe Marketo Engage"_s);
    QCOMPARE(qobject_cast<QLineSeries *>(series[1])->points(),
             (QList<QPointF>{{0, 88.89}, {1, 0}, {2, 100}, {3, 50}, {4, 88.89}}));
}

void TestCompareView::fillsAGapWithTheTopProducts()
{
    m_view->compareProducts({u"brevo"_s, u"hubspot-crm"_s});
    FillGapDialog *dialog = m_view->fillGap(u"lead-scoring"_s);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->capability(), u"lead-scoring"_s);
    QCOMPARE(dialog->candidateCount(), 3); // the three with lead scoring at 2 or more
    QCOMPARE(dialog->selectedSlugs(),
             (QStringList{u"salesforce-account-engagement"_s,
                          u"adobe-marketo-engage"_s,
                          u"hubspot-marketing-hub"_s}));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"fillGapCompareButton"_s), Qt::LeftButton);
    QCOMPARE(m_view->session()->productSlugs(),
             (QStringList{u"salesforce-account-engagement"_s,
                          u"adobe-marketo-engage"_s,
                          u"hubspot-marketing-hub"_s}));
    QCOMPARE(ranking().first(),
             u"1 | Marketing Cloud Account Engagement | 73.99 | 35.56 | 15.00 | 16.76 | 6.67"_s);
}

void TestCompareView::addsAndRemovesProducts()
{
    auto *table = child<QTableView>(u"rankingTable"_s);
    table->setFocus();
    table->selectRow(2); // HubSpot
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_view->session()->productSlugs(),
             (QStringList{u"adobe-marketo-engage"_s, u"salesforce-account-engagement"_s}));
    QCOMPARE(ranking().size(), 2);
    // Down to one product (the leader, Account Engagement, goes): the view asks for another.
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(child<QLabel>(u"comparePicked"_s)->text(),
             u"Picked so far: Adobe Marketo Engage. Add at least one more."_s);
    QTest::mouseClick(child<QPushButton>(u"emptyAddProductButton"_s), Qt::LeftButton);
    auto *picker = m_view->findChild<ProductPickerDialog *>(u"productPicker"_s);
    QVERIFY(picker && picker->isVisible());
    QTest::keyClicks(picker->searchBox(), u"brevo"_s);
    picker->flushSearch();
    QTest::keyClick(picker->searchBox(), Qt::Key_Return);
    QCOMPARE(m_view->session()->productSlugs(),
             (QStringList{u"adobe-marketo-engage"_s, u"brevo"_s}));
    QCOMPARE(ranking().size(), 2);
}

void TestCompareView::comparesTheInventorysSelectedTools()
{
    InventoryView inventory(m_fixture->document.get(), m_catalogue.get(), nullptr);
    connect(
        &inventory, &InventoryView::compareRequested, m_view.get(), &CompareView::compareProducts);
    QAction *compare = nullptr;
    for (QAction *a : inventory.editActions()) {
        if (a->objectName() == u"compareToolsAction"_s)
            compare = a;
    }
    QVERIFY(compare);
    // Brevo and Sales Cloud, both on catalogue products; Site Stats (custom) adds nothing.
    QAbstractItemModel *tree = inventory.tree()->model();
    QItemSelection chosen;
    for (int g = 0; g < tree->rowCount(); ++g) {
        const QModelIndex group = tree->index(g, 0);
        for (int r = 0; r < tree->rowCount(group); ++r) {
            const QModelIndex tool = tree->index(r, 0, group);
            if (tool.data().toString() != u"Old Pardot"_s)
                chosen.select(tool, tool.siblingAtColumn(InventoryModel::ColumnCount - 1));
        }
    }
    inventory.tree()->selectionModel()->select(chosen, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(inventory.selectedProductSlugs().size(), 2);
    QVERIFY(compare->isEnabled());
    QSignalSpy shown(m_view.get(), &MainView::viewRequested);
    compare->trigger();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).at(0).toString(), u"compare"_s);
    QStringList compared = m_view->session()->productSlugs();
    compared.sort();
    QCOMPARE(compared, (QStringList{u"brevo"_s, u"salesforce-sales-cloud"_s}));
    QCOMPARE(ranking().size(), 2);
    // One product is not a comparison.
    inventory.selectTool(inventory.model()->tools().front().id);
    QVERIFY(!compare->isEnabled());
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
