// The inventory model over the real SQLite store, under QAbstractItemModelTester: the
// exact rows, groups and totals of a small workspace (worked out by hand below), and
// the exact signals of each change, from the document's commands and their undo.
//
// The workspace (EUR): "HubSpot Marketing Hub" (marketing-automation, 43,200.50, 12 seats,
// 9 users, retiring, a hub), "Acme Webinars" (events, 1,200.00, 0 seats, trial) and
// "Pardot Legacy" (marketing-automation, 5,000.00, 5 seats, 1 user, retired, Jordan).
// Totals: 3 tools, 1 retired; cost 43,200.50 + 1,200.00 = 44,400.50; seats 12; users 9.
#include "itemmodels/inventoryfiltermodel.h"
#include "itemmodels/inventorymodel.h"
#include "workspace/workspacedocument.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

Category category(const QString &slug, const QString &name)
{
    Category c;
    c.slug = slug;
    c.name = name;
    return c;
}

QString cell(const QModelIndex &index)
{
    return index.data().toString();
}

} // namespace

class TestInventoryModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void groupsToolsAndTotals();
    void rawValuesForSorting();
    void inlineEditBecomesAnUndoableCommand();
    void refusedEditsChangeNothing();
    void renameMovesTheRowInItsGroup();
    void newCategoryMovesTheToolAndDropsTheEmptyGroup();
    void addAndRemoveWithUndo();
    void noticeDeadlinesAgainstToday();
    void importAddsEveryToolAndUndoTakesThemBack();
    void filterByWordsAndSortByCost();

private:
    QModelIndex group(int row, int column = 0) const { return m_model->index(row, column); }
    QModelIndex toolCell(ToolId id, int column) const { return m_model->indexOfTool(id, column); }
    QUndoStack *stack() const { return m_document->undoStack(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteWorkspaceStore> m_store;
    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<InventoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    ToolId m_hub = 0, m_acme = 0, m_pardot = 0;
};

void TestInventoryModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestInventoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = test::createSampleWorkspace(m_dir->filePath(u"w.stackatlas"_s));
    QVERIFY(m_store);
    QVERIFY(m_store->saveProduct(test::sampleProduct()).ok());
    m_hub = m_store->addTool(test::sampleTool()).value();
    m_acme = m_store->addTool(test::customTool()).value();
    m_pardot = m_store->addTool(test::retiredTool()).value();
    m_document = std::make_unique<WorkspaceDocument>(m_store.get());
    m_model = std::make_unique<InventoryModel>(
        m_document.get(),
        std::vector<Category>{category(u"marketing-automation"_s, u"Marketing Automation"_s),
                              category(u"events"_s, u"Events & Webinars"_s)});
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestInventoryModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_document.reset();
    m_store.reset();
    m_dir.reset();
}

void TestInventoryModel::groupsToolsAndTotals()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(cell(group(0)), u"Events & Webinars"_s);
    QCOMPARE(cell(group(0, InventoryModel::Product)), u"1 tool"_s);
    QCOMPARE(cell(group(0, InventoryModel::AnnualCost)), u"€1,200.00"_s);
    QCOMPARE(cell(group(0, InventoryModel::Seats)), QString()); // 0 seats
    QCOMPARE(cell(group(1)), u"Marketing Automation"_s);
    QCOMPARE(cell(group(1, InventoryModel::Product)), u"2 tools"_s);
    QCOMPARE(cell(group(1, InventoryModel::AnnualCost)), u"€43,200.50"_s); // Pardot is retired
    QCOMPARE(cell(group(1, InventoryModel::Seats)), u"12"_s);
    QCOMPARE(cell(group(1, InventoryModel::ActiveUsers)), u"9"_s);
    QVERIFY(group(1).data(InventoryModel::IsGroupRole).toBool());

    QCOMPARE(m_model->rowCount(group(0)), 1);
    QCOMPARE(m_model->rowCount(group(1)), 2);
    QCOMPARE(cell(m_model->index(0, 0, group(1))), u"HubSpot Marketing Hub"_s);
    QCOMPARE(cell(m_model->index(1, 0, group(1))), u"Pardot Legacy"_s);

    const QStringList hub = {u"HubSpot Marketing Hub"_s,
                             u"HubSpot Marketing Hub · HubSpot, Inc."_s,
                             u"€43,200.50"_s,
                             u"12"_s,
                             u"9"_s,
                             u"75 %"_s,
                             u"Mo Adeyemi"_s,
                             u"Marketing Ops"_s,
                             u"31 Jan 2025"_s,
                             u"2 Dec 2024"_s, // 60 days before the end
                             u"Retiring"_s};
    for (int column = 0; column < InventoryModel::ColumnCount; ++column)
        QCOMPARE(cell(toolCell(m_hub, column)), hub[column]);
    QVERIFY(toolCell(m_hub, 0).data(InventoryModel::SystemOfRecordRole).toBool());
    QCOMPARE(cell(toolCell(m_acme, InventoryModel::Product)), u"Acme"_s);
    QCOMPARE(cell(toolCell(m_acme, InventoryModel::Utilization)), QString()); // no seats
    QCOMPARE(cell(toolCell(m_acme, InventoryModel::ActiveUsers)), QString()); // not recorded

    const InventoryModel::Totals expected{3, 1, 4'440'050, 12, 9};
    QCOMPARE(m_model->totals(), expected);
    QCOMPARE(m_model->totals(group(1)), (InventoryModel::Totals{2, 1, 4'320'050, 12, 9}));
}

void TestInventoryModel::rawValuesForSorting()
{
    const auto raw = [&](ToolId id, int column) {
        return toolCell(id, column).data(InventoryModel::UnderlyingDataRole);
    };
    QCOMPARE(raw(m_hub, InventoryModel::AnnualCost), QVariant(qint64(4'320'050)));
    QCOMPARE(raw(m_hub, InventoryModel::Utilization), QVariant(0.75));
    QCOMPARE(raw(m_acme, InventoryModel::Utilization), QVariant(-1.0));
    QCOMPARE(raw(m_acme, InventoryModel::ActiveUsers), QVariant(-1));
    QCOMPARE(raw(m_hub, InventoryModel::NoticeDeadline), QVariant(QDate(2024, 12, 2)));
    QCOMPARE(raw(m_acme, InventoryModel::ContractEnd), QVariant(QDate()));
    QCOMPARE(raw(m_pardot, InventoryModel::Status), QVariant(int(ToolStatus::Retired)));
    QCOMPARE(group(1, InventoryModel::AnnualCost).data(InventoryModel::UnderlyingDataRole),
             QVariant(qint64(4'320'050)));
    QCOMPARE(group(1, InventoryModel::Product).data(InventoryModel::UnderlyingDataRole),
             QVariant(2));
}

void TestInventoryModel::inlineEditBecomesAnUndoableCommand()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy totals(m_model.get(), &InventoryModel::totalsChanged);
    const QModelIndex cost = toolCell(m_acme, InventoryModel::AnnualCost);
    QCOMPARE(cost.data(Qt::EditRole), QVariant(qint64(120'000)));
    QVERIFY(m_model->setData(cost, qint64(250'000)));

    QCOMPARE(m_store->tool(m_acme)->annualCost, Cents(250'000));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(cell(cost), u"€2,500.00"_s);
    QCOMPARE(cell(group(0, InventoryModel::AnnualCost)), u"€2,500.00"_s);
    QCOMPARE(m_model->totals().annualCost, Cents(4'570'050));
    QCOMPARE(totals.count(), 1);
    // The tool's row, then its group's.
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), toolCell(m_acme, 0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(),
             toolCell(m_acme, InventoryModel::ColumnCount - 1));
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>(), group(0));

    stack()->undo();
    QCOMPARE(m_store->tool(m_acme)->annualCost, Cents(120'000));
    QCOMPARE(cell(cost), u"€1,200.00"_s);
    QCOMPARE(m_model->totals().annualCost, Cents(4'440'050));

    // A status and a date, through their raw values.
    QVERIFY(m_model->setData(toolCell(m_acme, InventoryModel::Status), int(ToolStatus::Retired)));
    QCOMPARE(m_model->totals(), (InventoryModel::Totals{3, 2, 4'320'050, 12, 9}));
    QVERIFY(m_model->setData(toolCell(m_hub, InventoryModel::ContractEnd), QDate(2026, 3, 31)));
    QCOMPARE(m_store->tool(m_hub)->contractEnd, QDate(2026, 3, 31));
    QCOMPARE(cell(toolCell(m_hub, InventoryModel::NoticeDeadline)), u"30 Jan 2026"_s);
}

void TestInventoryModel::refusedEditsChangeNothing()
{
    QSignalSpy refused(m_model.get(), &InventoryModel::editRefused);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(!m_model->setData(toolCell(m_pardot, InventoryModel::Name), u"  "_s));
    QVERIFY(!m_model->setData(toolCell(m_pardot, InventoryModel::Name), u"acme webinars"_s));
    QVERIFY(!m_model->setData(toolCell(m_pardot, InventoryModel::Seats), -4));
    QVERIFY(!m_model->setData(toolCell(m_hub, InventoryModel::ContractEnd), QDate(2024, 1, 1)));
    QCOMPARE(refused.count(), 4);
    QCOMPARE(refused.at(0).at(0).toString(),
             u"Enter the tool's name, as your invoices or your team call it."_s);
    QCOMPARE(refused.at(1).at(0).toString(),
             u"Another tool is already called “acme webinars”: give this one a name of its own."_s);
    QCOMPARE(refused.at(2).at(0).toString(),
             u"Seats and active users are counts: zero or more, or not recorded."_s);
    QCOMPARE(refused.at(3).at(0).toString(),
             u"The contract ends (1 Jan 2024) before it starts (1 Feb 2024)."_s);
    // The same value again is no edit at all; the product column is not edited inline.
    QVERIFY(m_model->setData(toolCell(m_acme, InventoryModel::Owner), QString()));
    QVERIFY(!m_model->setData(toolCell(m_acme, InventoryModel::Product), u"X"_s));
    QVERIFY(!m_model->setData(group(0), u"Renamed"_s));
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_store->tool(m_pardot)->name, u"Pardot Legacy"_s);
}

void TestInventoryModel::renameMovesTheRowInItsGroup()
{
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    const QPersistentModelIndex row = toolCell(m_pardot, 0);
    QVERIFY(m_model->setData(row, u"Apex Nurture"_s));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(0).value<QModelIndex>(), group(1));
    QCOMPARE(moved.at(0).at(1).toInt(), 1);
    QCOMPARE(moved.at(0).at(3).value<QModelIndex>(), group(1));
    QCOMPARE(moved.at(0).at(4).toInt(), 0);
    QCOMPARE(row.row(), 0); // a selection follows the row
    QCOMPARE(cell(m_model->index(0, 0, group(1))), u"Apex Nurture"_s);
    QCOMPARE(cell(m_model->index(1, 0, group(1))), u"HubSpot Marketing Hub"_s);

    stack()->undo();
    QCOMPARE(moved.count(), 2);
    QCOMPARE(moved.at(1).at(4).toInt(), 2); // back below HubSpot, numbered before the move
    QCOMPARE(cell(m_model->index(1, 0, group(1))), u"Pardot Legacy"_s);
}

void TestInventoryModel::newCategoryMovesTheToolAndDropsTheEmptyGroup()
{
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    Tool acme = *m_store->tool(m_acme);
    acme.categorySlug = u"marketing-automation"_s;
    QVERIFY(m_document->editTool(acme).ok());

    QCOMPARE(moved.count(), 1);
    // From the events group (row 0 then) to the top of marketing automation (row 1 then).
    QCOMPARE(moved.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(moved.at(0).at(3).value<QModelIndex>().row(), 1);
    QCOMPARE(moved.at(0).at(4).toInt(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).value<QModelIndex>(), QModelIndex());
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(group(0)), u"Marketing Automation"_s);
    QCOMPARE(cell(group(0, InventoryModel::Product)), u"3 tools"_s);
    QCOMPARE(cell(m_model->index(0, 0, group(0))), u"Acme Webinars"_s);
    QCOMPARE(cell(group(0, InventoryModel::AnnualCost)), u"€44,400.50"_s);

    stack()->undo();
    QCOMPARE(inserted.count(), 1); // the events group comes back first, then the tool moves
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), QModelIndex());
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(moved.count(), 2);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(cell(m_model->index(0, 0, group(0))), u"Acme Webinars"_s);
    QCOMPARE(m_model->rowCount(group(1)), 2);
}

// A notice deadline within 90 days is amber; one that has passed while the contract still
// runs is red (the contract renews unless notice was given); later ones and ended
// contracts are plain. Dates are relative to today, as the view's are.
void TestInventoryModel::noticeDeadlinesAgainstToday()
{
    const QDate today = QDate::currentDate();
    const auto add = [this](const QString &name, QDate end, int noticeDays) {
        Tool t;
        t.name = name;
        t.contractEnd = end;
        t.noticeDays = noticeDays;
        return m_document->addTool(t).value();
    };
    const ToolId soon = add(u"Soon"_s, today.addDays(100), 30);    // notice in 70 days
    const ToolId passed = add(u"Passed"_s, today.addDays(20), 30); // 10 days ago
    const ToolId later = add(u"Later"_s, today.addDays(200), 30);  // in 170 days
    const ToolId ended = add(u"Ended"_s, today.addDays(-5), 30);   // the contract is over
    const auto colour = [this](ToolId id) {
        return toolCell(id, InventoryModel::NoticeDeadline).data(Qt::ForegroundRole);
    };
    QCOMPARE(colour(soon).value<QColor>(), QColor(0xb4, 0x53, 0x09));
    QCOMPARE(colour(passed).value<QColor>(), QColor(0xb4, 0x23, 0x18));
    QCOMPARE(colour(later), QVariant());
    QCOMPARE(colour(ended), QVariant());
    QCOMPARE(toolCell(passed, InventoryModel::NoticeDeadline).data(Qt::ToolTipRole).toString(),
             u"The notice deadline, %1, has passed: 30 days before the contract ends on %2. "
             u"Unless notice was given, it renews."_s.arg(
                 QLocale().toString(today.addDays(-10), u"d MMM yyyy"_s),
                 QLocale().toString(today.addDays(20), u"d MMM yyyy"_s)));
}

void TestInventoryModel::addAndRemoveWithUndo()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    Tool zapier;
    zapier.name = u"Zapier"_s;
    zapier.annualCost = 70'000;
    const Expected<ToolId> id = m_document->addTool(zapier);
    QVERIFY(id.ok());
    // A new group for the uncategorised tool, after the named ones, then its row.
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), QModelIndex());
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(1).at(0).value<QModelIndex>(), group(2));
    QCOMPARE(inserted.at(1).at(1).toInt(), 0);
    QCOMPARE(cell(group(2)), u"Uncategorised"_s);
    QCOMPARE(m_model->totals(), (InventoryModel::Totals{4, 1, 4'510'050, 12, 9}));

    QVERIFY(m_document->removeTools({*id, m_hub}).ok());
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowCount(group(1)), 1);
    QCOMPARE(m_model->totals(), (InventoryModel::Totals{2, 1, 120'000, 0, 0}));
    QCOMPARE(stack()->count(), 2);

    stack()->undo();
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->indexOfTool(m_hub).parent(), group(1));
    QCOMPARE(m_model->totals(), (InventoryModel::Totals{4, 1, 4'510'050, 12, 9}));
    stack()->undo();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->totals(), (InventoryModel::Totals{3, 1, 4'440'050, 12, 9}));
    QVERIFY(!m_model->indexOfTool(*id).isValid());
}

void TestInventoryModel::importAddsEveryToolAndUndoTakesThemBack()
{
    WorkspaceImport import;
    for (const QString &name : {u"Canva"_s, u"Figma"_s}) {
        Tool t;
        t.name = name;
        t.categorySlug = u"events"_s;
        t.annualCost = 10'000;
        import.tools.push_back(t);
    }
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(m_document->import(import).ok());
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(m_model->rowCount(group(0)), 3);
    QCOMPARE(cell(m_model->index(0, 0, group(0))), u"Acme Webinars"_s);
    QCOMPARE(cell(m_model->index(1, 0, group(0))), u"Canva"_s);
    QCOMPARE(cell(m_model->index(2, 0, group(0))), u"Figma"_s);
    QCOMPARE(m_model->totals().annualCost, Cents(4'460'050));
    stack()->undo();
    QCOMPARE(m_model->rowCount(group(0)), 1);
    QCOMPARE(m_model->totals().annualCost, Cents(4'440'050));
}

void TestInventoryModel::filterByWordsAndSortByCost()
{
    InventoryFilterModel proxy;
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    proxy.setFilterText(u"hub retiring"_s); // both words in HubSpot's row
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(cell(proxy.index(0, 0)), u"Marketing Automation"_s);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    QCOMPARE(cell(proxy.index(0, 0, proxy.index(0, 0))), u"HubSpot Marketing Hub"_s);

    proxy.setFilterText(u"jordan"_s); // the owner
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(cell(proxy.index(0, 0, proxy.index(0, 0))), u"Pardot Legacy"_s);

    proxy.setFilterText(u"webinars"_s); // the category's name shows its tools
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(cell(proxy.index(0, 0)), u"Events & Webinars"_s);

    proxy.setFilterText(u"nothing-like-this"_s);
    QCOMPARE(proxy.rowCount(), 0);

    proxy.setFilterText(QString());
    proxy.sort(InventoryModel::AnnualCost, Qt::DescendingOrder);
    QCOMPARE(cell(proxy.index(0, 0)), u"Marketing Automation"_s); // 43,200.50 before 1,200.00
    const QModelIndex automation = proxy.index(0, 0);
    QCOMPARE(cell(proxy.index(0, 0, automation)), u"HubSpot Marketing Hub"_s);
    QCOMPARE(cell(proxy.index(1, 0, automation)), u"Pardot Legacy"_s);
    proxy.sort(InventoryModel::AnnualCost, Qt::AscendingOrder);
    QCOMPARE(cell(proxy.index(0, 0)), u"Events & Webinars"_s);
    QCOMPARE(cell(proxy.index(0, 0, proxy.index(1, 0))), u"Pardot Legacy"_s);
}

QTEST_GUILESS_MAIN(TestInventoryModel)
#include "tst_inventorymodel.moc"
