// The Inventory view as a user drives it: the real MainWindow over real SQLite files (a
// catalogue from tests/fixtures/catalogue-small, a workspace file opened through File >
// Open), by objectName with QTest key and mouse events, asserting what the window shows
// and what the file then holds.
//
// The workspace (EUR): "HubSpot Marketing Hub" (marketing-automation, 43,200.50, 12 seats,
// 9 users, retiring, a hub), "Acme Webinars" (events, 1,200.00, 0 seats, trial) and
// "Pardot Legacy" (marketing-automation, 5,000.00, 5 seats, 1 user, retired, Jordan Blake).
// Totals: 3 tools, 1 retired; 43,200.50 + 1,200.00 = 44,400.50; 12 seats; 9 users.
#include "choicetable.h"
#include "filedialogs.h"
#include "importwizard.h"
#include "importwizardsession.h"
#include "inventorytreeview.h"
#include "itemmodels/inventorymodel.h"
#include "mainview.h"
#include "mainwindow.h"
#include "moneyedit.h"
#include "productpickerdialog.h"
#include "testutil.h"
#include "tooldialog.h"
#include "windowfixture.h"
#include "workspace/workspacedocument.h"
#include "workspacecontroller.h"
#include "workspacefixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>
#include <QUndoStack>

using namespace sa;
using namespace Qt::StringLiterals;

class TestInventoryView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsCategoriesToolsAndTotals();
    void editsACellInlineAndUndoes();
    void refusedInlineEditSaysWhy();
    void addsACustomToolThroughTheDialog();
    void editsEveryFieldInTheDialog();
    void addsAProductFromTheCatalogue();
    void changesOrDropsTheProductInTheDialog();
    void overridesCapabilitiesInTheDialog();
    void deletesSeveralWithDelInOneUndoStep();
    void marksASystemOfRecord();
    void filtersWithCtrlF();
    void undoFollowsTheCurrentView();
    void exportsCsvAndXlsx();
    void importsAFileThroughTheMenu();
    void droppingAFileStartsTheWizard();

private:
    InventoryTreeView *tree() const { return m_fx->child<InventoryTreeView>(u"inventoryTree"_s); }
    QString totals() const { return m_fx->child<QLabel>(u"inventoryTotals"_s)->text(); }
    QModelIndex shown(ToolId id, int column = 0) const;
    QStringList shownRows() const;
    void click(const QModelIndex &index, Qt::KeyboardModifiers modifiers = {});
    ToolDialog *openedToolDialog() const;
    ImportWizard *openedWizard() const;
    void drop(const QString &path);
    WorkspaceStore *store() const { return m_window->workspace()->document()->store(); }

    std::unique_ptr<test::WindowFixture> m_fx;
    MainWindow *m_window = nullptr;
    QString m_path;
    ToolId m_hub = 0, m_acme = 0, m_pardot = 0;
};

void TestInventoryView::initTestCase()
{
    test::WindowFixture::initTestCase();
}

void TestInventoryView::init()
{
    m_fx = std::make_unique<test::WindowFixture>();
    m_path = m_fx->filePath(u"northbeam.stackatlas"_s);
    {
        std::unique_ptr<SqliteWorkspaceStore> workspace = test::createSampleWorkspace(m_path);
        QVERIFY(workspace);
        QVERIFY(workspace->saveProduct(test::sampleProduct()).ok());
        m_hub = workspace->addTool(test::sampleTool()).value();
        m_acme = workspace->addTool(test::customTool()).value();
        m_pardot = workspace->addTool(test::retiredTool()).value();
    }
    QVERIFY(m_fx->start());
    m_window = m_fx->window();
    FileDialogs::setNextAnswers({m_path});
    QTest::keyClick(m_window, Qt::Key_O, Qt::ControlModifier); // File > Open…
    QTRY_VERIFY(m_window->workspace()->isOpen());
    QCOMPARE(m_window->currentView()->viewId(), u"dashboard"_s); // the first view
    m_window->setCurrentView(u"inventory"_s);
    m_fx->child<QAction>(u"expandAllAction"_s)->trigger();
}

void TestInventoryView::cleanup()
{
    FileDialogs::setNextAnswers({});
    QThreadPool::globalInstance()->waitForDone(); // a wizard's cancelled reading
    m_window = nullptr;
    m_fx.reset();
}

QModelIndex TestInventoryView::shown(ToolId id, int column) const
{
    const QAbstractItemModel *model = tree()->model();
    const QModelIndexList found = model->match(model->index(0, 0),
                                               InventoryModel::ToolIdRole,
                                               QVariant::fromValue(qint64(id)),
                                               1,
                                               Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first().siblingAtColumn(column);
}

// "Group (n tools)" and "  tool" lines, as the tree shows them from the top.
QStringList TestInventoryView::shownRows() const
{
    QStringList rows;
    const QAbstractItemModel *model = tree()->model();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        rows << group.data().toString() + u" ("
                    + group.siblingAtColumn(InventoryModel::Product).data().toString() + u')';
        for (int t = 0; t < model->rowCount(group); ++t)
            rows << u"  " + model->index(t, 0, group).data().toString();
    }
    return rows;
}

void TestInventoryView::click(const QModelIndex &index, Qt::KeyboardModifiers modifiers)
{
    tree()->scrollTo(index);
    QTest::mouseClick(
        tree()->viewport(), Qt::LeftButton, modifiers, tree()->visualRect(index).center());
}

ToolDialog *TestInventoryView::openedToolDialog() const
{
    auto *dialog = m_window->findChild<ToolDialog *>(u"toolDialog"_s);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestInventoryView::showsCategoriesToolsAndTotals()
{
    QCOMPARE(m_window->windowTitle(), u"Northbeam GmbH — northbeam.stackatlas — StackAtlas"_s);
    QCOMPARE(shownRows(),
             QStringList({u"Events (1 tool)"_s,
                          u"  Acme Webinars"_s,
                          u"Marketing Automation (2 tools)"_s,
                          u"  HubSpot Marketing Hub"_s,
                          u"  Pardot Legacy"_s}));
    const QModelIndex automation = tree()->model()->index(1, 0);
    QCOMPARE(automation.siblingAtColumn(InventoryModel::AnnualCost).data().toString(),
             u"€43,200.50"_s);
    QCOMPARE(automation.siblingAtColumn(InventoryModel::Seats).data().toString(), u"12"_s);
    QCOMPARE(shown(m_hub, InventoryModel::Product).data().toString(),
             u"HubSpot Marketing Hub · HubSpot, Inc."_s);
    QCOMPARE(shown(m_hub, InventoryModel::Utilization).data().toString(), u"75 %"_s);
    QCOMPARE(shown(m_hub, InventoryModel::NoticeDeadline).data().toString(), u"2 Dec 2024"_s);
    QCOMPARE(totals(),
             u"3 tools (1 retired, not counted)  ·  €44,400.50 a year  ·  12 seats  ·  9 active "
             u"users"_s);
    QCOMPARE(m_fx->child<QWidget>(u"inventoryEmpty"_s)->isVisible(), false);
}

void TestInventoryView::editsACellInlineAndUndoes()
{
    const QModelIndex cost = shown(m_acme, InventoryModel::AnnualCost);
    click(cost);
    QCOMPARE(tree()->currentIndex(), cost);
    QTest::keyClick(tree(), Qt::Key_F2);
    auto *editor = tree()->findChild<MoneyEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->prefix(), u"€"_s);
    QCOMPARE(editor->cents(), Cents(120'000));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"2500"_s);
    QTest::keyClick(editor, Qt::Key_Return);

    QTRY_COMPARE(store()->tool(m_acme)->annualCost, Cents(250'000));
    QCOMPARE(shown(m_acme, InventoryModel::AnnualCost).data().toString(), u"€2,500.00"_s);
    QCOMPARE(totals(),
             u"3 tools (1 retired, not counted)  ·  €45,700.50 a year  ·  12 seats  ·  9 active "
             u"users"_s);

    QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store()->tool(m_acme)->annualCost, Cents(120'000));
    QCOMPARE(shown(m_acme, InventoryModel::AnnualCost).data().toString(), u"€1,200.00"_s);
    QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // redo
    QCOMPARE(store()->tool(m_acme)->annualCost, Cents(250'000));
}

void TestInventoryView::refusedInlineEditSaysWhy()
{
    click(shown(m_pardot, InventoryModel::Name));
    QTest::keyClick(tree(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"acme webinars"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_window->statusBar()->currentMessage(),
                 u"Not saved: Another tool is already called “acme webinars”: give this one a "
                 u"name of its own."_s);
    QCOMPARE(store()->tool(m_pardot)->name, u"Pardot Legacy"_s);
    QCOMPARE(m_window->workspace()->document()->undoStack()->count(), 0);
}

void TestInventoryView::addsACustomToolThroughTheDialog()
{
    QTest::mouseClick(m_fx->child<QPushButton>(u"addCustomToolButton"_s), Qt::LeftButton);
    QTRY_VERIFY(openedToolDialog());
    ToolDialog *dialog = openedToolDialog();
    // Save with no name: the dialog stays and says what is missing.
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveToolButton"_s), Qt::LeftButton);
    QVERIFY(openedToolDialog());
    auto *nameError = dialog->findChild<QLabel *>(u"nameError"_s);
    QCOMPARE(nameError->text(), u"Enter the tool's name, as your invoices or your team call it."_s);
    QVERIFY(nameError->isVisible());

    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"Zapier"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"vendorEdit"_s), u"Zapier Inc."_s);
    dialog->tabs()->setCurrentIndex(ToolDialog::ContractTab);
    auto *cost = dialog->findChild<MoneyEdit *>(u"annualCostEdit"_s);
    QTest::keyClick(cost, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(cost, u"840"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveToolButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!openedToolDialog());

    const std::vector<Tool> tools = store()->tools();
    QCOMPARE(tools.size(), size_t(4));
    const Tool &zapier = tools.back(); // by name: Acme, HubSpot, Pardot, Zapier
    QCOMPARE(zapier.name, u"Zapier"_s);
    QCOMPARE(zapier.vendorName, u"Zapier Inc."_s);
    QCOMPARE(zapier.annualCost, Cents(84'000));
    QVERIFY(zapier.isCustom());
    QCOMPARE(tree()->currentToolId(), zapier.id); // the new row is selected
    QCOMPARE(shown(zapier.id, InventoryModel::Product).data().toString(), u"Zapier Inc."_s);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Added “Zapier”."_s);
    QCOMPARE(totals(),
             u"4 tools (1 retired, not counted)  ·  €45,240.50 a year  ·  12 seats  ·  9 active "
             u"users"_s);

    QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store()->tools().size(), size_t(3));
    QVERIFY(!shown(zapier.id).isValid());
}

void TestInventoryView::editsEveryFieldInTheDialog()
{
    click(shown(m_acme));
    QTest::keyClick(tree(), Qt::Key_Return); // Enter opens the tool
    QTRY_VERIFY(openedToolDialog());
    ToolDialog *dialog = openedToolDialog();
    QCOMPARE(dialog->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"Acme Webinars"_s);
    auto *owner = dialog->findChild<QLineEdit *>(u"ownerEdit"_s);
    QTest::keyClicks(owner, u"Priya Shah"_s);
    auto *hub = dialog->findChild<QWidget *>(u"systemOfRecordCheck"_s);
    QTest::mouseClick(hub, Qt::LeftButton, {}, QPoint(8, hub->height() / 2)); // the box
    // An integration with HubSpot, as a connector.
    dialog->tabs()->setCurrentIndex(ToolDialog::IntegrationsTab);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"addIntegrationButton"_s), Qt::LeftButton);
    auto *links = dialog->findChild<ChoiceTable *>(u"integrationsTable"_s);
    links->comboAt(0, 0)->setCurrentIndex(
        links->comboAt(0, 0)->findText(u"HubSpot Marketing Hub"_s));
    links->comboAt(0, 1)->setCurrentIndex(links->comboAt(0, 1)->findText(u"Connector"_s));
    QCOMPARE(dialog->tabs()->tabText(ToolDialog::IntegrationsTab), u"Integrations (1)"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveToolButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!openedToolDialog());

    const Tool acme = *store()->tool(m_acme);
    QCOMPARE(acme.owner, u"Priya Shah"_s);
    QVERIFY(acme.systemOfRecord);
    const std::vector<ToolIntegration> integrations = store()->integrations();
    QCOMPARE(integrations.size(), size_t(1));
    QCOMPARE(integrations.front(),
             (ToolIntegration{
                 std::min(m_hub, m_acme), std::max(m_hub, m_acme), IntegrationKind::Connector}));
    // The tool and its integration are one undo step.
    QUndoStack *stack = m_window->workspace()->document()->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->text(0), u"Edit tool “Acme Webinars”"_s);
    QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store()->tool(m_acme)->owner, QString());
    QVERIFY(store()->integrations().empty());
}

void TestInventoryView::addsAProductFromTheCatalogue()
{
    QTest::keyClick(tree(), Qt::Key_T, Qt::ControlModifier); // Add from Catalogue…
    ProductPickerDialog *picker = nullptr;
    QTRY_VERIFY((picker = m_window->findChild<ProductPickerDialog *>(u"productPicker"_s)));
    QTest::keyClicks(picker->searchBox(), u"SFDC"_s);
    picker->flushSearch();
    QTest::keyClick(picker->searchBox(), Qt::Key_Return);
    QTRY_COMPARE(store()->tools().size(), size_t(4));

    const ToolId added = tree()->currentToolId();
    const Tool sales = *store()->tool(added);
    QCOMPARE(sales.name, u"Sales Cloud"_s);
    QCOMPARE(sales.productSlug, u"salesforce-sales-cloud"_s);
    QCOMPARE(sales.categorySlug, u"crm"_s);
    QVERIFY(store()->product(u"salesforce-sales-cloud"_s).has_value()); // its snapshot
    QCOMPARE(shown(added).parent().data().toString(), u"CRM"_s);
    QCOMPARE(shown(added, InventoryModel::Product).data().toString(),
             u"Sales Cloud · Salesforce"_s);

    QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store()->tools().size(), size_t(3));
    QCOMPARE(shownRows().first(), u"Events (1 tool)"_s);
}

void TestInventoryView::changesOrDropsTheProductInTheDialog()
{
    // Acme Webinars is the catalogue's Brevo after all.
    click(shown(m_acme));
    QTest::keyClick(tree(), Qt::Key_Return);
    QTRY_VERIFY(openedToolDialog());
    ToolDialog *dialog = openedToolDialog();
    QVERIFY(dialog->findChild<QWidget *>(u"vendorEdit"_s)->isVisible());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"changeProductButton"_s), Qt::LeftButton);
    ProductPickerDialog *picker = nullptr;
    QTRY_VERIFY((picker = dialog->findChild<ProductPickerDialog *>(u"productPicker"_s)));
    QTest::keyClicks(picker->searchBox(), u"brevo"_s);
    picker->flushSearch();
    QTest::keyClick(picker->searchBox(), Qt::Key_Return);
    QTRY_COMPARE(dialog->findChild<QLabel *>(u"productLabel"_s)->text(),
                 u"<b>Brevo</b> by Brevo, from the catalogue"_s);
    QVERIFY(!dialog->findChild<QWidget *>(u"vendorEdit"_s)->isVisible());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveToolButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!openedToolDialog());
    Tool acme = *store()->tool(m_acme);
    QCOMPARE(acme.productSlug, u"brevo"_s);
    QCOMPARE(acme.categorySlug, u"email-marketing"_s); // the product's: "events" is unknown
    QVERIFY(acme.capabilities.empty());                // what Brevo does, as listed
    QVERIFY(store()->product(u"brevo"_s).has_value());
    QCOMPARE(shown(m_acme, InventoryModel::Product).data().toString(), u"Brevo"_s);
    QCOMPARE(shown(m_acme).parent().data().toString(), u"Email Marketing"_s);
    QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(store()->tool(m_acme)->isCustom());

    // HubSpot becomes a custom tool that still does what it did: the product's
    // capabilities with its overrides (lead scoring removed, email templates added).
    click(shown(m_hub));
    QTest::keyClick(tree(), Qt::Key_Return);
    QTRY_VERIFY(openedToolDialog());
    dialog = openedToolDialog();
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"makeCustomButton"_s), Qt::LeftButton);
    QCOMPARE(dialog->findChild<QLabel *>(u"productLabel"_s)->text(),
             u"A custom tool: not a product of the catalogue"_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"vendorEdit"_s)->text(), u"HubSpot, Inc."_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveToolButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!openedToolDialog());
    const Tool hub = *store()->tool(m_hub);
    QVERIFY(hub.isCustom());
    QCOMPARE(hub.capabilities,
             (std::vector<ToolCapability>{{u"email-campaigns"_s, 2},
                                          {u"email-templates"_s, 3},
                                          {u"marketing-workflows"_s, 3}}));
    QCOMPARE(shown(m_hub, InventoryModel::Product).data().toString(), u"HubSpot, Inc."_s);
}

void TestInventoryView::overridesCapabilitiesInTheDialog()
{
    click(shown(m_hub));
    QTest::keyClick(tree(), Qt::Key_Return);
    QTRY_VERIFY(openedToolDialog());
    ToolDialog *dialog = openedToolDialog();
    dialog->tabs()->setCurrentIndex(ToolDialog::CapabilitiesTab);
    // The product's three, lead scoring marked not used, email templates added.
    auto *list = dialog->findChild<QTreeWidget *>(u"toolCapabilities"_s);
    const auto rows = [list] {
        QStringList out;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = list->topLevelItem(i);
            const auto *strength = list->itemWidget(item, 1)->findChild<QComboBox *>();
            out << item->text(0) + u" | " + strength->currentText() + u" | " + item->text(2);
        }
        return out;
    };
    QCOMPARE(rows(),
             QStringList({u"Email campaign sending | Solid | From the product"_s,
                          u"Email template design | Leading | Added to the product's"_s,
                          u"Lead scoring | Not used | Not used (the product has it)"_s,
                          u"Marketing workflows | Leading | From the product"_s}));
    QCOMPARE(dialog->tabs()->tabText(ToolDialog::CapabilitiesTab), u"Capabilities (3)"_s);

    // Workflows down to solid, lead scoring back, and a capability no catalogue has.
    auto *workflows = list->itemWidget(list->topLevelItem(3), 1)->findChild<QComboBox *>();
    workflows->setCurrentIndex(workflows->findText(u"Solid"_s));
    list->setCurrentItem(list->topLevelItem(2));
    auto *toggle = dialog->findChild<QPushButton *>(u"removeCapabilityButton"_s);
    QCOMPARE(toggle->text(), u"Restore"_s);
    QTest::mouseClick(toggle, Qt::LeftButton);
    auto *add = dialog->findChild<QComboBox *>(u"addCapabilityCombo"_s);
    QTest::keyClicks(add->lineEdit(), u"Partner portal"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"addCapabilityButton"_s), Qt::LeftButton);
    QCOMPARE(rows().last(), u"Partner portal | Solid | New, local to this workspace"_s);
    QCOMPARE(dialog->tabs()->tabText(ToolDialog::CapabilitiesTab), u"Capabilities (5)"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveToolButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!openedToolDialog());

    QCOMPARE(store()->tool(m_hub)->capabilities,
             (std::vector<ToolCapability>{{u"email-templates"_s, 3},
                                          {u"marketing-workflows"_s, 2},
                                          {u"partner-portal"_s, 2}}));
    const std::vector<Capability> known = store()->capabilities();
    const auto local = std::find_if(known.begin(), known.end(), [](const Capability &c) {
        return c.slug == u"partner-portal";
    });
    QVERIFY(local != known.end());
    QCOMPARE(local->name, u"Partner portal"_s);
    QCOMPARE(local->origin, Origin::User);
    // The catalogue capability the override names now has its copy in the workspace.
    const auto copied = std::find_if(known.begin(), known.end(), [](const Capability &c) {
        return c.slug == u"email-templates";
    });
    QVERIFY(copied != known.end());
    QCOMPARE(copied->name, u"Email template design"_s);
    QCOMPARE(copied->origin, Origin::Shipped);
    const std::vector<ToolCapability> effective
        = m_window->workspace()->document()->effectiveCapabilities(*store()->tool(m_hub));
    QCOMPARE(effective.size(), size_t(5));
}

void TestInventoryView::deletesSeveralWithDelInOneUndoStep()
{
    click(shown(m_acme));
    click(shown(m_pardot), Qt::ControlModifier);
    QCOMPARE(tree()->selectedToolIds(), (std::vector<ToolId>{m_acme, m_pardot}));
    QTest::keyClick(tree(), Qt::Key_Delete);

    QCOMPARE(store()->tools().size(), size_t(1));
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Deleted 2 tools. Undo with Ctrl+Z."_s);
    QCOMPARE(shownRows(),
             QStringList({u"Marketing Automation (1 tool)"_s, u"  HubSpot Marketing Hub"_s}));
    QCOMPARE(totals(), u"1 tool  ·  €43,200.50 a year  ·  12 seats  ·  9 active users"_s);

    QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier);
    const std::vector<Tool> back = store()->tools();
    QCOMPARE(back.size(), size_t(3));
    QCOMPARE(back[0].id, m_acme); // the same ids
    QCOMPARE(back[2].id, m_pardot);
    QCOMPARE(m_window->workspace()->document()->undoStack()->index(), 0);

    click(shown(m_hub));
    QTest::keyClick(tree(), Qt::Key_Delete);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Deleted “HubSpot Marketing Hub”. Undo with Ctrl+Z."_s);
}

void TestInventoryView::marksASystemOfRecord()
{
    click(shown(m_acme));
    auto *hub = m_fx->child<QAction>(u"systemOfRecordAction"_s);
    QVERIFY(hub->isEnabled());
    QVERIFY(!hub->isChecked());
    hub->trigger();
    QVERIFY(store()->tool(m_acme)->systemOfRecord);
    QVERIFY(hub->isChecked());
    QCOMPARE(shown(m_acme).data(InventoryModel::SystemOfRecordRole).toBool(), true);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Marked “Acme Webinars” as a system of record (a hub)."_s);
    hub->trigger();
    QVERIFY(!store()->tool(m_acme)->systemOfRecord);
}

void TestInventoryView::filtersWithCtrlF()
{
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_F, Qt::ControlModifier);
    auto *search = m_fx->child<QLineEdit>(u"inventorySearch"_s);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"jordan"_s); // the owner
    QCOMPARE(shownRows(), QStringList({u"Marketing Automation (2 tools)"_s, u"  Pardot Legacy"_s}));
    QCOMPARE(m_fx->child<QLabel>(u"inventoryFilterNote"_s)->text(), u"1 tool shown"_s);
    search->clear();
    QTest::keyClicks(search, u"hub retiring"_s); // each word somewhere in the row
    QCOMPARE(shownRows(),
             QStringList({u"Marketing Automation (2 tools)"_s, u"  HubSpot Marketing Hub"_s}));
    search->clear();
    QCOMPARE(shownRows().size(), 5);
    QCOMPARE(m_fx->child<QLabel>(u"inventoryFilterNote"_s)->text(), QString());
}

void TestInventoryView::undoFollowsTheCurrentView()
{
    QVERIFY(tree()->model()->setData(shown(m_acme, InventoryModel::Owner), u"Priya Shah"_s));
    auto *undo = m_fx->child<QAction>(u"undoAction"_s);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), u"&Undo Edit tool “Acme Webinars”"_s);
    m_window->setCurrentView(u"catalogue"_s);
    QVERIFY(!undo->isEnabled()); // the catalogue's stack: nothing to undo there
    m_window->setCurrentView(u"inventory"_s);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(store()->tool(m_acme)->owner, QString());
}

void TestInventoryView::exportsCsvAndXlsx()
{
    const QString csv = m_fx->filePath(u"out/inventory.csv"_s);
    QVERIFY(QDir().mkpath(m_fx->filePath(u"out"_s)));
    FileDialogs::setNextAnswers({csv});
    QTest::keyClick(tree(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Exported 3 tools to inventory.csv."_s);
    const QStringList lines
        = QString::fromUtf8(test::fileBytes(csv)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines[1].startsWith(u"Acme Webinars,Acme,custom,events,1200.00,0,,"_s),
             qPrintable(lines[1]));

    // No suffix typed: the workbook filter's.
    const QString xlsx = m_fx->filePath(u"out/inventory.xlsx"_s);
    FileDialogs::setNextAnswers({xlsx});
    QTest::keyClick(tree(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(test::fileBytes(xlsx).left(4), QByteArray("PK\x03\x04"));
}

ImportWizard *TestInventoryView::openedWizard() const
{
    auto *wizard = m_window->findChild<ImportWizard *>(u"importWizard"_s);
    if (!wizard || !wizard->isVisible())
        return nullptr;
    return QTest::qWaitFor([wizard] { return !wizard->session()->isBusy(); }, 10000) ? wizard
                                                                                     : nullptr;
}

void TestInventoryView::drop(const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = m_window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_window, &dropped);
    QVERIFY(dropped.isAccepted());
}

// tests/fixtures/wizard/tools.csv holds 4 tools: HubSpot MH Pro (12,000.00, 5 seats) and SFDC
// (30,000.00, 20) match catalogue products; Hubspot Marketing (1,200.00, 2) is only a
// suggestion and Acme Webinars (1,500.00, 3) unknown, so both come in as custom tools. With
// the 2 counted tools already there: 6 counted, 44,400.50 + 44,700.00 = 89,100.50, 42 seats.
void TestInventoryView::importsAFileThroughTheMenu()
{
    QAction *import = m_fx->child<QAction>(u"importAction"_s);
    QVERIFY(import->isVisible());
    QVERIFY(import->isEnabled());
    FileDialogs::setNextAnswers({test::fixture(u"wizard/tools.csv"_s)});
    QTest::keyClick(m_window, Qt::Key_I, Qt::ControlModifier);
    ImportWizard *wizard = openedWizard();
    QVERIFY(wizard);
    for (const int page : {ImportWizard::MappingPage,
                           ImportWizard::MatchPage,
                           ImportWizard::ProblemsPage,
                           ImportWizard::SummaryPage}) {
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QTRY_COMPARE(wizard->currentId(), page);
        QTRY_VERIFY(!wizard->session()->isBusy());
    }
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!wizard->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Imported 4 tools from tools.csv. Undo with Ctrl+Z."_s);

    m_fx->child<QAction>(u"expandAllAction"_s)->trigger();
    // The second Acme Webinars is the file's (the wizard warned that the name is taken);
    // custom tools without a category column are Uncategorised.
    QCOMPARE(shownRows(),
             QStringList({u"CRM (1 tool)"_s,
                          u"  SFDC"_s,
                          u"Events (1 tool)"_s,
                          u"  Acme Webinars"_s,
                          u"Marketing Automation (3 tools)"_s,
                          u"  HubSpot Marketing Hub"_s,
                          u"  HubSpot MH Pro"_s,
                          u"  Pardot Legacy"_s,
                          u"Uncategorised (2 tools)"_s,
                          u"  Acme Webinars"_s,
                          u"  Hubspot Marketing"_s}));
    QCOMPARE(totals(),
             u"7 tools (1 retired, not counted)  ·  €89,100.50 a year  ·  42 seats  ·  9 active "
             u"users"_s);

    m_window->activateWindow(); // offscreen, no window manager gives it back
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store()->tools().size(), 3u);
    QCOMPARE(totals(),
             u"3 tools (1 retired, not counted)  ·  €44,400.50 a year  ·  12 seats  ·  9 active "
             u"users"_s);
}

// A CSV dropped on the window opens the wizard on it; a workspace file dropped opens it.
void TestInventoryView::droppingAFileStartsTheWizard()
{
    const QString csv = test::fixture(u"wizard/tools.csv"_s);
    drop(csv);
    ImportWizard *wizard = openedWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->findChild<QLineEdit *>(u"importFileEdit"_s)->text(), csv);
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePage));
    wizard->reject();
    QTRY_VERIFY(!openedWizard());
    QCOMPARE(store()->tools().size(), 3u);

    m_window->workspace()->close();
    QVERIFY(!m_window->workspace()->isOpen());
    drop(csv);
    QVERIFY(!openedWizard());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Open or create a workspace to import tools.csv into it."_s);
    drop(m_path);
    QTRY_VERIFY(m_window->workspace()->isOpen());
    QCOMPARE(m_window->workspace()->path(), m_path);
}

QTEST_MAIN(TestInventoryView)
#include "tst_inventoryview.moc"
