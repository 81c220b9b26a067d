// The catalogue browser as a user drives it: the real MainWindow over the real SQLite
// store, built from tests/fixtures/catalogue-small (STACKATLAS_SHIPPED_CATALOGUE), driven
// by objectName with QTest key and mouse events, asserting what the window shows.
#include "capabilitymanagerdialog.h"
#include "catalogue/cataloguedocument.h"
#include "choicetable.h"
#include "conflictanswer.h"
#include "mainwindow.h"
#include "productdialog.h"
#include "store/cataloguefile.h"
#include "storefixture.h"
#include "testutil.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace sa;
using namespace Qt::StringLiterals;

class TestCatalogueBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsWithEveryProduct();
    void typingSearches_data();
    void typingSearches();
    void treeSegmentAndClearFilters();
    void priceAndCapabilityFilters();
    void detailPanelShowsTheSelectedProduct();
    void integrationSelectsTheOtherProduct();
    void ctrlFFocusesTheSearch();
    void addProductThroughTheDialogAndUndo();
    void dialogExplainsWhatIsMissing();
    void editProductWithEnterAndUndo();
    void deleteProductWithDelAndUndo();
    void capabilityManagerDeletesAndUndoes();
    void editConflictKeepMine();
    void editConflictKeepTheirs();

private:
    QTableView *table() const { return m_fx->child<QTableView>(u"productTable"_s); }
    QLineEdit *search() const { return m_fx->child<QLineEdit>(u"catalogueSearch"_s); }
    QString text(const QString &label) const { return m_fx->child<QLabel>(label)->text(); }
    QStringList shownNames() const;
    QStringList chips(const QString &group) const;
    void selectRow(const QString &name);
    void clickTreeNode(const QString &text);
    ProductDialog *openedProductDialog() const;
    // Opens Brevo's dialog, lets a colleague save Brevo meanwhile (version 2), renames it
    // to "Brevo Mine" and saves; the conflict dialog is read into *shown and answered
    // by clicking button.
    void saveOverAColleague(const QString &button, QStringList *shown);

    SqliteCatalogueStore *store() const { return m_fx->catalogue(); }

    std::unique_ptr<test::WindowFixture> m_fx;
    MainWindow *m_window = nullptr;
};

void TestCatalogueBrowser::initTestCase()
{
    test::WindowFixture::initTestCase();
}

void TestCatalogueBrowser::init()
{
    m_fx = std::make_unique<test::WindowFixture>();
    QVERIFY(m_fx->start());
    m_window = m_fx->window();
    m_window->setCurrentView(u"catalogue"_s);
}

void TestCatalogueBrowser::cleanup()
{
    m_window = nullptr;
    m_fx.reset();
}

QStringList TestCatalogueBrowser::shownNames() const
{
    QStringList names;
    const QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data().toString();
    return names;
}

QStringList TestCatalogueBrowser::chips(const QString &group) const
{
    QStringList texts;
    auto *box = m_fx->child<QWidget>(group);
    if (!box->isVisibleTo(m_window))
        return texts;
    for (const QLabel *chip : box->findChildren<QLabel *>()) {
        if (chip->property("chip").isValid())
            texts << chip->text();
    }
    return texts;
}

void TestCatalogueBrowser::selectRow(const QString &name)
{
    const int row = int(shownNames().indexOf(name));
    QVERIFY2(row >= 0, qPrintable(name));
    const QRect cell = table()->visualRect(table()->model()->index(row, 0));
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(text(u"detailName"_s), name);
}

void TestCatalogueBrowser::clickTreeNode(const QString &text)
{
    auto *tree = m_fx->child<QTreeView>(u"categoryTree"_s);
    const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0),
                                                       Qt::DisplayRole,
                                                       text,
                                                       1,
                                                       Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    tree->scrollTo(found.first());
    QTest::mouseClick(
        tree->viewport(), Qt::LeftButton, {}, tree->visualRect(found.first()).center());
    QCOMPARE(tree->currentIndex(), found.first());
}

ProductDialog *TestCatalogueBrowser::openedProductDialog() const
{
    auto *dialog = m_window->findChild<ProductDialog *>(u"productDialog"_s);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestCatalogueBrowser::startsWithEveryProduct()
{
    QCOMPARE(shownNames(),
             QStringList({u"Adobe Analytics"_s,
                          u"Adobe Marketo Engage"_s,
                          u"Brevo"_s,
                          u"Brevo Meetings"_s,
                          u"Data Cloud"_s,
                          u"HubSpot Marketing Hub"_s,
                          u"HubSpot Sales Hub"_s,
                          u"HubSpot Smart CRM"_s,
                          u"Marketing Cloud Account Engagement"_s,
                          u"Marketing Cloud Engagement"_s,
                          u"Real-Time CDP"_s,
                          u"Sales Cloud"_s}));
    QCOMPARE(text(u"resultCount"_s), u"12 products"_s);
    QCOMPARE(text(u"catalogueCounts"_s),
             u"12 products  ·  4 vendors  ·  11 capabilities  ·  6 subcategories"_s);
    QCOMPARE(m_fx->child<QWidget>(u"detailEmpty"_s)->isVisible(), true);
    QCOMPARE(m_window->windowTitle(), u"Catalogue — StackAtlas"_s);
    QVERIFY(!search()->placeholderText().isEmpty());
    QVERIFY(search()->isClearButtonEnabled());
}

void TestCatalogueBrowser::typingSearches_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("count");
    QTest::newRow("exact alias first")
        << "SFDC" << QStringList{u"Sales Cloud"_s, u"HubSpot Smart CRM"_s} << "2 products";
    QTest::newRow("alias") << "marketo" << QStringList{u"Adobe Marketo Engage"_s} << "1 product";
    QTest::newRow("name then prefix")
        << "brevo" << QStringList{u"Brevo"_s, u"Brevo Meetings"_s} << "2 products";
    QTest::newRow("capability words") << "lead scoring"
                                      << QStringList{u"Marketing Cloud Account Engagement"_s,
                                                     u"Adobe Marketo Engage"_s,
                                                     u"HubSpot Marketing Hub"_s}
                                      << "3 products";
    QTest::newRow("nothing") << "zzqx" << QStringList{}
                             << "No products match. Try fewer words or clear the filters.";
}

void TestCatalogueBrowser::typingSearches()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    QFETCH(QString, count);
    QTest::keyClicks(search(), typed);
    QCOMPARE(search()->text(), typed);
    QTRY_COMPARE(text(u"resultCount"_s), count);
    if (QByteArray(QTest::currentDataTag()) == "capability words") {
        // Three equal capability matches: their order is bm25's business (tst_storesearch).
        QStringList shown = shownNames();
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);
    } else {
        QCOMPARE(shownNames(), expected);
    }
}

void TestCatalogueBrowser::treeSegmentAndClearFilters()
{
    clickTreeNode(u"CRM (2)"_s);
    QTRY_COMPARE(shownNames(), QStringList({u"HubSpot Smart CRM"_s, u"Sales Cloud"_s}));
    clickTreeNode(u"Content & Experience (5)"_s);
    QTRY_COMPARE(shownNames(),
                 QStringList({u"Adobe Marketo Engage"_s,
                              u"Brevo"_s,
                              u"HubSpot Marketing Hub"_s,
                              u"Marketing Cloud Account Engagement"_s,
                              u"Marketing Cloud Engagement"_s}));
    auto *segment = m_fx->child<QComboBox>(u"segmentFilter"_s);
    segment->setCurrentIndex(segment->findText(u"SMB"_s));
    QTRY_COMPARE(shownNames(), QStringList({u"Brevo"_s, u"HubSpot Marketing Hub"_s}));

    QTest::mouseClick(m_fx->child<QPushButton>(u"clearFilters"_s), Qt::LeftButton);
    QTRY_COMPARE(shownNames().size(), 12);
    QCOMPARE(segment->currentText(), u"All segments"_s);
    QCOMPARE(m_fx->child<QTreeView>(u"categoryTree"_s)->currentIndex().data().toString(),
             u"All products (12)"_s);
}

void TestCatalogueBrowser::priceAndCapabilityFilters()
{
    auto *price = m_fx->child<QComboBox>(u"priceFilter"_s);
    price->setCurrentIndex(price->findText(u"Price not published"_s));
    QTRY_COMPARE(shownNames(),
                 QStringList({u"Adobe Analytics"_s,
                              u"Data Cloud"_s,
                              u"Marketing Cloud Engagement"_s,
                              u"Real-Time CDP"_s}));
    price->setCurrentIndex(0);

    auto *capability = m_fx->child<QComboBox>(u"capabilityFilter"_s);
    QTest::keyClicks(capability->lineEdit(), u"lead scoring"_s);
    QTRY_COMPARE(shownNames(),
                 QStringList({u"Adobe Marketo Engage"_s,
                              u"HubSpot Marketing Hub"_s,
                              u"Marketing Cloud Account Engagement"_s}));
    QCOMPARE(capability->currentText(), u"Lead scoring"_s);
    QTest::keyClicks(search(), u"hub"_s);
    QTRY_COMPARE(shownNames(), QStringList{u"HubSpot Marketing Hub"_s});
}

void TestCatalogueBrowser::detailPanelShowsTheSelectedProduct()
{
    selectRow(u"HubSpot Marketing Hub"_s);
    QVERIFY(text(u"detailVendor"_s).contains(u"<a href=\"https://www.hubspot.com\">HubSpot</a>"_s));
    QCOMPARE(text(u"detailCategory"_s), u"Content & Experience  ›  Marketing Automation"_s);
    QCOMPARE(text(u"detailDescription"_s), u"Inbound marketing software."_s);
    QCOMPARE(text(u"detailSegments"_s), u"SMB, Mid-market"_s);
    QCOMPARE(text(u"detailDeployment"_s), u"Cloud"_s);
    QCOMPARE(text(u"detailPricingModel"_s), u"by marketing contacts"_s);
    QCOMPARE(text(u"detailPrice"_s), u"$9.6k – $43.2k / yr"_s);
    QCOMPARE(m_fx->child<QLabel>(u"priceCardTitle"_s)->text(), u"INDICATIVE PRICE"_s);
    QCOMPARE(text(u"detailPriceBasis"_s),
             u"Basis: Professional to Enterprise, list price, billed annually"_s);
    QCOMPARE(text(u"detailPriceAsOf"_s),
             u"Vendor's published price as of May 2024. Not a quote."_s);
    QCOMPARE(chips(u"leadingCapabilities"_s), QStringList{u"Email campaign sending"_s});
    QCOMPARE(
        chips(u"solidCapabilities"_s),
        QStringList({u"Email template design"_s, u"Lead scoring"_s, u"Marketing workflows"_s}));
    QCOMPARE(chips(u"basicCapabilities"_s), QStringList{u"Web analytics"_s});
    QCOMPARE(text(u"detailAliases"_s), u"Marketing Hub, HubSpot MH Pro"_s);
    QVERIFY(m_fx->child<QPushButton>(u"integration-hubspot-crm"_s));

    selectRow(u"Data Cloud"_s);
    QCOMPARE(text(u"detailPrice"_s), u"Not published — price on request"_s);
    QCOMPARE(chips(u"solidCapabilities"_s), QStringList());
    QCOMPARE(chips(u"basicCapabilities"_s), QStringList{u"Web analytics"_s});
}

void TestCatalogueBrowser::integrationSelectsTheOtherProduct()
{
    QTest::keyClicks(search(), u"marketo"_s);
    QTRY_COMPARE(shownNames(), QStringList{u"Adobe Marketo Engage"_s});
    selectRow(u"Adobe Marketo Engage"_s);
    // Sales Cloud is not among the results: following the link clears the search.
    QTest::mouseClick(m_fx->child<QPushButton>(u"integration-salesforce-sales-cloud"_s),
                      Qt::LeftButton);
    QTRY_COMPARE(text(u"detailName"_s), u"Sales Cloud"_s);
    QCOMPARE(search()->text(), QString());
    QCOMPARE(table()->currentIndex().siblingAtColumn(0).data().toString(), u"Sales Cloud"_s);
    QCOMPARE(shownNames().size(), 12);
}

void TestCatalogueBrowser::ctrlFFocusesTheSearch()
{
    QTest::keyClicks(search(), u"SFDC"_s);
    QTRY_COMPARE(shownNames().size(), 2);
    table()->setFocus();
    QVERIFY(!search()->hasFocus());
    QTest::keyClick(table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search()->hasFocus());
    QCOMPARE(search()->selectedText(), u"SFDC"_s);
}

void TestCatalogueBrowser::addProductThroughTheDialogAndUndo()
{
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(openedProductDialog());
    ProductDialog *dialog = openedProductDialog();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"Customer.io"_s);
    QTest::keyClicks(dialog->findChild<QComboBox *>(u"vendorCombo"_s)->lineEdit(),
                     u"Customer.io"_s);
    auto *subcategory = dialog->findChild<QComboBox *>(u"subcategoryCombo"_s);
    subcategory->setCurrentIndex(subcategory->findText(u"Email Marketing"_s));
    dialog->findChild<QSpinBox *>(u"priceLowSpin"_s)->setValue(1200);
    dialog->findChild<QSpinBox *>(u"priceHighSpin"_s)->setValue(12000);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"addCapabilityButton"_s), Qt::LeftButton);
    auto *capabilities = dialog->findChild<ChoiceTable *>(u"capabilitiesTable"_s);
    QCOMPARE(capabilities->rowCount(), 1);
    QComboBox *capability = capabilities->comboAt(0, 0);
    QTest::keyClicks(capability->lineEdit(), u"Email campaign"_s);
    // The completer lists the match; Down and Return pick it, as a user would.
    QWidget *popup = QApplication::activePopupWidget();
    QVERIFY(popup);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activePopupWidget());
    QCOMPARE(capability->currentText(), u"Email campaign sending"_s);
    QCOMPARE(dialog->problems(), QStringList());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);

    QTRY_VERIFY(!openedProductDialog());
    QTRY_COMPARE(text(u"detailName"_s), u"Customer.io"_s);
    QVERIFY(shownNames().contains(u"Customer.io"_s));
    QCOMPARE(table()->currentIndex().siblingAtColumn(0).data().toString(), u"Customer.io"_s);
    QCOMPARE(text(u"detailPrice"_s), u"$1.2k – $12k / yr"_s);
    QCOMPARE(chips(u"solidCapabilities"_s), QStringList{u"Email campaign sending"_s});
    QCOMPARE(text(u"resultCount"_s), u"13 products"_s);
    QCOMPARE(store()->stats().products, 13);

    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!shownNames().contains(u"Customer.io"_s));
    QCOMPARE(store()->stats().products, 12);
    QVERIFY(!store()->productBySlug(u"customer-io"_s));
    QCOMPARE(text(u"resultCount"_s), u"12 products"_s);

    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(shownNames().contains(u"Customer.io"_s));
    QCOMPARE(store()->stats().products, 13);
}

void TestCatalogueBrowser::dialogExplainsWhatIsMissing()
{
    ProductDialog *dialog = nullptr;
    m_window->findChild<QAction *>(u"newProductAction"_s)->trigger();
    QTRY_VERIFY((dialog = openedProductDialog()));
    auto *name = dialog->findChild<QLabel *>(u"nameError"_s);
    QVERIFY(!name->isVisible()); // nothing is shown before the user does anything
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(name->isVisible());
    QCOMPARE(name->text(), u"Enter the product's name."_s);
    QCOMPARE(dialog->findChild<QLabel *>(u"vendorError"_s)->text(),
             u"Pick the vendor, or type the name of a new one."_s);
    QCOMPARE(dialog->findChild<QLabel *>(u"subcategoryError"_s)->text(),
             u"Pick the subcategory the product is filed under."_s);
    QCOMPARE(dialog->findChild<QLabel *>(u"priceError"_s)->text(),
             u"Enter the annual price range, or untick “The vendor publishes a price”."_s);
    QCOMPARE(dialog->findChild<QLabel *>(u"validationSummary"_s)->text(),
             u"Fix the 4 problems shown before saving."_s);

    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"Brevo"_s);
    QCOMPARE(name->text(), u"Another product is already called “Brevo”."_s);
    dialog->findChild<QSpinBox *>(u"priceLowSpin"_s)->setValue(5000);
    dialog->findChild<QSpinBox *>(u"priceHighSpin"_s)->setValue(1000);
    QCOMPARE(dialog->findChild<QLabel *>(u"priceError"_s)->text(),
             u"The low end (5,000) must not be above the high end (1,000)."_s);
    dialog->reject();
    QCOMPARE(store()->stats().products, 12);
    QCOMPARE(m_fx->document()->undoStack()->count(), 0);
}

void TestCatalogueBrowser::editProductWithEnterAndUndo()
{
    selectRow(u"Brevo"_s);
    QTest::keyClick(table(), Qt::Key_Return);
    QTRY_VERIFY(openedProductDialog());
    ProductDialog *dialog = openedProductDialog();
    auto *name = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
    QCOMPARE(name->text(), u"Brevo"_s);
    QCOMPARE(dialog->findChild<QComboBox *>(u"vendorCombo"_s)->currentText(), u"Brevo"_s);
    QCOMPARE(dialog->findChild<QTableWidget *>(u"capabilitiesTable"_s)->rowCount(), 3);
    QCOMPARE(dialog->findChild<QTableWidget *>(u"integrationsTable"_s)->rowCount(), 2);
    name->selectAll();
    QTest::keyClicks(name, u"Brevo Suite"_s);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(!openedProductDialog());
    QTRY_COMPARE(text(u"detailName"_s), u"Brevo Suite"_s);
    QVERIFY(shownNames().contains(u"Brevo Suite"_s));
    QCOMPARE(store()->productBySlug(u"brevo"_s)->name, u"Brevo Suite"_s);

    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(text(u"detailName"_s), u"Brevo"_s);
    QCOMPARE(shownNames().at(2), u"Brevo"_s);
    QCOMPARE(store()->productBySlug(u"brevo"_s)->name, u"Brevo"_s);
}

void TestCatalogueBrowser::deleteProductWithDelAndUndo()
{
    selectRow(u"Adobe Analytics"_s);
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Delete);
    QTRY_VERIFY(!shownNames().contains(u"Adobe Analytics"_s));
    QCOMPARE(text(u"detailName"_s), u"Adobe Marketo Engage"_s); // the next row is selected
    QCOMPARE(text(u"catalogueCounts"_s),
             u"11 products  ·  4 vendors  ·  11 capabilities  ·  6 subcategories"_s);
    QCOMPARE(m_window->findChild<QAction *>(u"undoAction"_s)->text(),
             u"&Undo Delete product “Adobe Analytics”"_s);

    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(shownNames().first(), u"Adobe Analytics"_s);
    QCOMPARE(text(u"catalogueCounts"_s),
             u"12 products  ·  4 vendors  ·  11 capabilities  ·  6 subcategories"_s);
    QCOMPARE(store()->productBySlug(u"adobe-analytics"_s)->integrations.size(), size_t(2));

    // Del in the search box deletes text, not the product.
    selectRow(u"Brevo"_s);
    QTest::keyClicks(search(), u"ab"_s);
    QTest::keyClick(search(), Qt::Key_Home);
    QTest::keyClick(search(), Qt::Key_Delete);
    QCOMPARE(search()->text(), u"b"_s);
    QCOMPARE(store()->stats().products, 12);
}

void TestCatalogueBrowser::capabilityManagerDeletesAndUndoes()
{
    selectRow(u"HubSpot Marketing Hub"_s);
    m_window->findChild<QAction *>(u"manageCapabilitiesAction"_s)->trigger();
    CapabilityManagerDialog *manager = nullptr;
    QTRY_VERIFY((manager = m_window->findChild<CapabilityManagerDialog *>())
                && manager->isVisible());
    auto *list = manager->findChild<QTableView *>(u"capabilityTable"_s);
    QCOMPARE(list->model()->rowCount(), 11);
    QTest::keyClicks(manager->findChild<QLineEdit *>(u"capabilityFilterEdit"_s), u"scor"_s);
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QTest::mouseClick(list->viewport(),
                      Qt::LeftButton,
                      {},
                      list->visualRect(list->model()->index(0, 0)).center());
    QCOMPARE(list->currentIndex().data().toString(), u"Lead scoring"_s);
    QTest::mouseClick(manager->findChild<QPushButton *>(u"deleteCapabilityButton"_s),
                      Qt::LeftButton);

    QCOMPARE(list->model()->rowCount(), 0);
    QCOMPARE(manager->findChild<QLabel *>(u"capabilityStatus"_s)->text(),
             u"Deleted “Lead scoring”, rated by 3 products. Undo brings it back."_s);
    QCOMPARE(chips(u"solidCapabilities"_s),
             QStringList({u"Email template design"_s, u"Marketing workflows"_s}));

    QTest::mouseClick(manager->findChild<QToolButton *>(u"capabilityUndoButton"_s), Qt::LeftButton);
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(
        chips(u"solidCapabilities"_s),
        QStringList({u"Email template design"_s, u"Lead scoring"_s, u"Marketing workflows"_s}));
    manager->reject();
}

void TestCatalogueBrowser::saveOverAColleague(const QString &button, QStringList *shown)
{
    selectRow(u"Brevo"_s);
    QTest::keyClick(table(), Qt::Key_Return);
    QTRY_VERIFY(openedProductDialog());
    ProductDialog *dialog = openedProductDialog();
    // A colleague saves Brevo while the dialog is open.
    Product theirs = *store()->productBySlug(u"brevo"_s);
    theirs.description = u"Changed by a colleague."_s;
    QCOMPARE(store()->updateProductIfVersion(theirs, 1).value(), (VersionedUpdate{true, 2}));
    auto *name = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Brevo Mine"_s);
    const test::ConflictAnswer answer(button, u"edit-conflict"_s);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(!openedProductDialog());
    *shown = answer.shown();
}

void TestCatalogueBrowser::editConflictKeepMine()
{
    const QString original = store()->productBySlug(u"brevo"_s)->description;
    QStringList shown;
    saveOverAColleague(u"keepMineButton"_s, &shown);
    // Both versions side by side; only the fields that differ are in bold.
    QCOMPARE(shown,
             (QStringList{u"Yours (on version 1)"_s,
                          u"Theirs (version 2)"_s,
                          u"Name: Brevo Mine | Brevo"_s,
                          u"Description: "_s + original + u" | Changed by a colleague."_s}));
    const std::optional<VersionedProduct> now
        = store()->versionedProduct(test::productId(*store(), u"brevo"_s));
    QCOMPARE(now->product.name, u"Brevo Mine"_s);
    QCOMPARE(now->product.description, original); // mine, whole
    QCOMPARE(now->version, 3);
    QTRY_COMPARE(text(u"detailName"_s), u"Brevo Mine"_s);
    // Undo puts back what was there when mine was written: the colleague's version.
    // (the window is active again once the two dialogs are gone)
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(text(u"detailName"_s), u"Brevo"_s);
    QCOMPARE(store()->productBySlug(u"brevo"_s)->description, u"Changed by a colleague."_s);
}

void TestCatalogueBrowser::editConflictKeepTheirs()
{
    QStringList shown;
    saveOverAColleague(u"keepTheirsButton"_s, &shown);
    QCOMPARE(shown.size(), 4);
    const std::optional<VersionedProduct> now
        = store()->versionedProduct(test::productId(*store(), u"brevo"_s));
    QCOMPARE(now->product.name, u"Brevo"_s);
    QCOMPARE(now->product.description, u"Changed by a colleague."_s);
    QCOMPARE(now->version, 2);
    QCOMPARE(m_fx->document()->undoStack()->count(), 0); // nothing of mine was saved
}

QTEST_MAIN(TestCatalogueBrowser)
#include "tst_cataloguebrowser.moc"
