// The Plan view as a user drives it: the real PlanView over the plan workspace (tests/
// testutil/planfixture.h: Mailer, Suite, Tracker; USD) and the small fixture catalogue.
// Optimize over 36 months from 1 January 2025 with the defaults (10 % migration, 25 %
// implementation, 10,000.00 per open should), worked out by hand in tests/unit/
// tst_planner.cpp: retire all three tools (Tracker 2025-03-31, notice by 03-01, 600.00;
// Mailer 2025-06-30, by 05-31, 1,200.00; Suite 2025-12-31, by 2025-10-02, 2,400.00), add
// Brevo (4,150.00 a year, 1,037.50 implementation) and HubSpot Smart CRM (free): 49,187.50
// paid against 126,000.00, 59,187.50 with the web analytics penalty, for the optimizer and
// for greedy alike.
#include "analysis/liveanalysis.h"
#include "catalogue/cataloguedocument.h"
#include "documentfixture.h"
#include "itemmodels/decisiontablemodel.h"
#include "itemmodels/scenariotablemodel.h"
#include "itemmodels/timeclassmodel.h"
#include "optimizedialog.h"
#include "planfixture.h"
#include "planoptimizer.h"
#include "planrunner.h"
#include "planview.h"
#include "roadmapwidget.h"
#include "theme.h"
#include "timequadrant.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace sa;
using namespace Qt::StringLiterals;

class TestPlanView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        applyTheme(*qobject_cast<QApplication *>(QCoreApplication::instance()));
    }

    void init()
    {
        m_fixture = test::openDocumentFixture();
        QVERIFY(m_fixture);
        QVERIFY(m_fixture->store->setInfo(test::planInfo()).ok());
        QVERIFY(m_fixture->store->applyImport(test::planStackImport()).ok());
        m_catalogue = std::make_unique<CatalogueDocument>(m_fixture->catalogue.get());
        m_view = std::make_unique<PlanView>(m_fixture->document.get(), m_catalogue.get());
        m_view->setToday(QDate(2025, 1, 1));
        for (const char *name : {"decisionTable", "timeTable", "scenarioCompareTable"})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                child<QTableView>(QString::fromLatin1(name))->model(),
                QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_view->resize(1300, 820);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_testers.clear();
        m_view.reset();
        m_catalogue.reset();
        m_fixture.reset();
    }

    void optimizesIntoOneUndoableScenario()
    {
        QListView *list = child<QListView>(u"scenarioList"_s);
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->currentIndex().data().toString(), u"Today"_s);
        QVERIFY(
            child<QLabel>(u"scenarioSummary"_s)->text().contains(u"3 tools, $42,000.00 a year"));

        // TIME of the stack today (worked out in tests/unit/tst_planmodels.cpp): all invest.
        QVERIFY(child<QLabel>(u"timeCounts"_s)
                    ->text()
                    .startsWith(u"<b>Eliminate</b> 0 · <b>Migrate</b> 0 · <b>Tolerate</b> 0 · "
                                u"<b>Invest</b> 3<br>"_s));
        QCOMPARE(child<QTableView>(u"timeTable"_s)->model()->rowCount(), 3);

        OptimizeDialog *dialog = openOptimize();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QSpinBox *>(u"horizonSpin"_s)->value(), 36);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"scenarioNameEdit"_s)->text(),
                 u"Optimized plan"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"runOptimizeButton"_s), Qt::LeftButton);

        QTRY_COMPARE(list->model()->rowCount(), 2);
        QCOMPARE(m_fixture->document->undoStack()->count(), 1);
        QCOMPARE(list->currentIndex().data().toString(), u"Optimized plan"_s);
        const QString banner = child<QLabel>(u"planResult"_s)->text();
        QVERIFY2(banner.contains(u"optimizer <b>$59,187.50</b> (optimal, gap 0.00 %"),
                 qPrintable(banner));
        QVERIFY2(banner.contains(u"greedy cover $59,187.50 ·"), qPrintable(banner));
        const QString summary = child<QLabel>(u"scenarioSummary"_s)->text();
        QVERIFY2(summary.contains(u"pays $49,187.50 against $126,000.00"), qPrintable(summary));
        QVERIFY2(summary.contains(u"saving <b>$76,812.50</b>"), qPrintable(summary));
        QVERIFY2(summary.contains(u"$4,150.00 a year after, $42,000.00 today"),
                 qPrintable(summary));

        QTableView *table = child<QTableView>(u"decisionTable"_s);
        const QStringList expected{
            u"Mailer | Retire | 2025-06-30 | 2025-05-31 | $1,200.00 | $12,000.00"_s,
            u"Suite | Retire | 2025-12-31 | 2025-10-02 | $2,400.00 | $24,000.00"_s,
            u"Tracker | Retire | 2025-03-31 | 2025-03-01 | $600.00 | $6,000.00"_s,
            u"Brevo | Add | 2025-01-01 |  | $1,037.50 | $4,150.00"_s,
            u"HubSpot Smart CRM | Add | 2025-01-01 |  | $0.00 | $0.00"_s};
        QCOMPARE(rows(table), expected);
        QCOMPARE(m_view->roadmap()->roadmap().planCost, 4'918'750);
        QCOMPARE(m_view->roadmap()->roadmap().steps.size(), size_t(5));

        // The side-by-side table shows both stacks.
        QTableView *compare = child<QTableView>(u"scenarioCompareTable"_s);
        QCOMPARE(compare->model()->index(1, ScenarioTableModel::HorizonCost).data().toString(),
                 u"$49,187.50"_s);
        QCOMPARE(compare->model()->index(0, ScenarioTableModel::HorizonCost).data().toString(),
                 u"$126,000.00"_s);
        QCOMPARE(compare->model()->index(1, ScenarioTableModel::Coverage).data().toString(),
                 u"2 of 3"_s);

        // Keep Suite after all: F2 on its action, one up, Enter.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(1, DecisionTableModel::Action));
        QTest::keyClick(table, Qt::Key_F2);
        auto *combo = table->findChild<QComboBox *>(u"actionEditor1"_s);
        QVERIFY(combo);
        QTest::keyClick(combo, Qt::Key_Up);
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(table->model()->index(1, DecisionTableModel::Action).data().toString(),
                     u"Keep"_s);
        QCOMPARE(m_fixture->document->undoStack()->count(), 2);
        // Kept, Suite pays 36 x 200,000 instead of 12 x 200,000 + 240,000 of migration.
        QCOMPARE(m_view->roadmap()->roadmap().planCost, 4'918'750 + 7'200'000 - 2'640'000);

        // Del in the table leaves the scenario; Del in the list deletes it, Ctrl+Z brings it
        // back. Shortcuts need the window active.
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(list->model()->rowCount(), 2);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(list->model()->rowCount(), 1);
        m_fixture->document->undoStack()->undo();
        QCOMPARE(list->model()->rowCount(), 2);
        list->setCurrentIndex(list->model()->index(1, 0));
        QCOMPARE(table->model()->index(1, DecisionTableModel::Action).data().toString(), u"Keep"_s);

        m_fixture->document->undoStack()->undo();
        QCOMPARE(table->model()->index(1, DecisionTableModel::Action).data().toString(),
                 u"Retire"_s);
        m_fixture->document->undoStack()->undo();
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(m_fixture->store->scenarios().size(), size_t(1));
    }

    void cancelLeavesTheWorkspaceAlone()
    {
        const std::vector<Scenario> before = m_fixture->store->scenarios();
        QSignalSpy status(m_view.get(), &MainView::statusMessage);
        QSignalSpy cancelled(m_view->optimizer()->runner(), &PlanRunner::cancelled);
        OptimizeDialog *dialog = openOptimize();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"runOptimizeButton"_s), Qt::LeftButton);
        QProgressDialog *progress = m_view->optimizer()->progressDialog();
        QVERIFY(progress);
        QCOMPARE(progress->objectName(), u"optimizeProgress"_s);
        QVERIFY(progress->isVisible());
        QPushButton *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QCOMPARE(cancel->text(), u"Cancel"_s);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(cancelled.count(), 1);
        QVERIFY(!m_view->optimizer()->isRunning());
        QCOMPARE(m_fixture->store->scenarios(), before);
        QCOMPARE(m_fixture->document->undoStack()->count(), 0);
        QVERIFY(!m_fixture->store->product(u"brevo"_s));
        QCOMPARE(child<QListView>(u"scenarioList"_s)->model()->rowCount(), 1);
        QCOMPARE(status.last().first().toString(),
                 u"Optimization cancelled; the workspace is unchanged."_s);
        QTRY_VERIFY(!m_view->optimizer()->progressDialog());
    }

    void infeasibleIsExplained()
    {
        OptimizeDialog *dialog = openOptimize();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QCheckBox *>(u"budgetCheck"_s), Qt::LeftButton);
        auto *budget = dialog->findChild<QDoubleSpinBox *>(u"budgetEdit"_s);
        budget->setFocus();
        budget->selectAll();
        QTest::keyClicks(budget, u"1000"_s);
        QCOMPARE(dialog->options().budget, std::optional<Cents>(100'000));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"runOptimizeButton"_s), Qt::LeftButton);
        QLabel *banner = child<QLabel>(u"planResult"_s);
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->text(),
                 u"<b>No plan for “Optimized plan”.</b><br>• Email campaign sending: its "
                 u"cheapest cover, Brevo at $4,150.00 a year, does not fit the budget of "
                 u"$1,000.00"_s);
        QCOMPARE(m_fixture->store->scenarios().size(), size_t(1));
        QCOMPARE(m_fixture->document->undoStack()->count(), 0);
    }

    // The TIME quadrant over the plan stack (tests/unit/tst_planmodels.cpp): Suite at fit
    // 50 %, efficiency 60 %, the dearest (24,000.00: radius 16); Mailer (12,000.00: radius
    // 5 + 11 x sqrt(1/2)) and Tracker (6,000.00: 5 + 11 x sqrt(1/4) = 10.5) both at
    // 100 % / 100 %, where a click takes the smaller dot, drawn on top.
    void timeQuadrantFollowsTheTable()
    {
        auto *tabs = m_view->findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentIndex(2);
        TimeQuadrant *quadrant = child<TimeQuadrant>(u"timeQuadrant"_s);
        QTableView *table = child<QTableView>(u"timeTable"_s);
        QTRY_VERIFY(quadrant->isVisible());
        const auto row = [table](const QString &name) {
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                if (table->model()->index(r, TimeClassModel::Tool).data().toString() == name)
                    return r;
            }
            return -1;
        };
        const int suite = row(u"Suite"_s);
        const int mailer = row(u"Mailer"_s);
        const int tracker = row(u"Tracker"_s);
        const QRectF area = quadrant->plotArea();
        QCOMPARE(quadrant->dotCentre(suite),
                 QPointF(area.left() + 0.5 * area.width(), area.bottom() - 0.6 * area.height()));
        QCOMPARE(quadrant->dotCentre(mailer), area.topRight());
        QCOMPARE(quadrant->dotRadius(suite), 16.0);
        QCOMPARE(quadrant->dotRadius(mailer), 5 + 11 * std::sqrt(0.5));
        QCOMPARE(quadrant->dotRadius(tracker), 10.5);

        // A click on a dot selects its row; a click on both dots takes Tracker.
        QTest::mouseClick(
            quadrant, Qt::LeftButton, {}, quadrant->dotCentre(suite).toPoint() + QPoint(3, 2));
        QCOMPARE(table->currentIndex().row(), suite);
        QCOMPARE(quadrant->currentRow(), suite);
        QTest::mouseClick(quadrant, Qt::LeftButton, {}, area.topRight().toPoint());
        QCOMPARE(table->currentIndex().row(), tracker);
        // Empty ground changes nothing.
        QTest::mouseClick(
            quadrant, Qt::LeftButton, {}, area.bottomLeft().toPoint() + QPoint(30, -30));
        QCOMPARE(table->currentIndex().row(), tracker);

        // The keyboard walks the rows, in the table's order.
        quadrant->setFocus();
        QTest::keyClick(quadrant, Qt::Key_Home);
        QCOMPARE(table->currentIndex().row(), 0);
        QTest::keyClick(quadrant, Qt::Key_Right);
        QCOMPARE(table->currentIndex().row(), 1);
        QTest::keyClick(quadrant, Qt::Key_End);
        QCOMPARE(table->currentIndex().row(), 2);

        // And a row chosen in the table rings its dot.
        table->setCurrentIndex(table->model()->index(mailer, TimeClassModel::Tool));
        QCOMPARE(quadrant->currentRow(), mailer);
    }

private:
    template<typename T>
    T *child(const QString &name) const
    {
        T *found = m_view->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }

    // Clicks Optimize…, sets the start to 2025-01-01 by typing, returns the dialog.
    OptimizeDialog *openOptimize()
    {
        QTest::mouseClick(child<QPushButton>(u"optimizeButton"_s), Qt::LeftButton);
        auto *dialog = m_view->findChild<OptimizeDialog *>(u"optimizeDialog"_s);
        if (!dialog || !dialog->isVisible())
            return nullptr;
        auto *start = dialog->findChild<QDateEdit *>(u"startEdit"_s);
        start->setFocus();
        start->selectAll();
        QTest::keyClicks(start, u"2025-01-01"_s);
        return start->date() == QDate(2025, 1, 1) ? dialog : nullptr;
    }

    static QStringList rows(QTableView *table)
    {
        QStringList out;
        const QAbstractItemModel *m = table->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            const auto text = [&](int c) {
                return m->index(r, c).data().toString();
            };
            const auto date = [&](int c) {
                return m->index(r, c)
                    .data(DecisionTableModel::UnderlyingDataRole)
                    .toDate()
                    .toString(Qt::ISODate);
            };
            out << text(DecisionTableModel::Item) + u" | " + text(DecisionTableModel::Action)
                       + u" | " + date(DecisionTableModel::Effective) + u" | "
                       + date(DecisionTableModel::NoticeDeadline) + u" | "
                       + text(DecisionTableModel::OneOffCost) + u" | "
                       + text(DecisionTableModel::AnnualCost);
        }
        return out;
    }

    std::unique_ptr<test::DocumentFixture> m_fixture;
    std::unique_ptr<CatalogueDocument> m_catalogue;
    std::unique_ptr<PlanView> m_view;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

QTEST_MAIN(TestPlanView)
#include "tst_planview.moc"
