// The import wizard as a user drives it: the real ImportWizard over a real workspace file
// and the small fixture catalogue, on the files of tests/fixtures/wizard, driven by
// objectName with QTest key and mouse events, asserting what the pages show and exactly
// what lands in the workspace. SA_SNAPSHOT_DIR=DIR also keeps the rendered pages there.
#include "documentfixture.h"
#include "importwizard.h"
#include "importwizardmatchpage.h"
#include "importwizardsession.h"
#include "itemmodels/inventorytablemodel.h"
#include "itemmodels/matchreviewmodel.h"
#include "testutil.h"
#include "theme.h"
#include "workspace/workspacedocument.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>
#include <QUndoStack>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

struct ToolRow
{
    QString name;
    QString product;
    Cents cost;
    int seats;
    friend bool operator==(const ToolRow &, const ToolRow &) = default;
};

// Found by QCOMPARE through argument-dependent lookup: prints both lists on a mismatch.
char *toString(const std::vector<ToolRow> &rows)
{
    QStringList lines;
    for (const ToolRow &t : rows)
        lines << u"%1 [%2] %3 %4"_s.arg(t.name, t.product).arg(t.cost).arg(t.seats);
    return qstrdup(qPrintable(lines.join(u"; "_s)));
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void detectsTheFileAndShowsItsRows();
    void importsWithDecisionsAndUndoesInOneStep();
    void picksAProductFromTheCatalogueAndAcceptsAll();
    void remappedColumnsFeedOtherFields();
    void headerRowOverrideReadsAgain();
    void picksTheSheetOfAWorkbook();
    void errorsBlockTheImportAndShowTheirCell();
    void asksTheDateOrder();
    void importsRequirements();
    void cancelLeavesEverythingAsItWas();
    void dropsAFileOnTheWizard();
    void rendersPagesForReview();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        T *found = m_wizard->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    QString text(const QString &label) const { return child<QLabel>(label)->text(); }
    QStringList cards() const;
    bool open(const QString &file);
    bool waitIdle();
    void next(int expected);
    void choose(QComboBox *combo, const QString &item, bool commit = false);
    void clickRow(QAbstractItemView *view, int row, int column = 0);
    std::vector<ToolRow> tools() const;
    QStringList integrations() const;
    QAbstractButton *button(QWizard::WizardButton which) const { return m_wizard->button(which); }

    std::unique_ptr<test::DocumentFixture> m_fixture;
    SqliteWorkspaceStore *m_store = nullptr;
    WorkspaceDocument *m_document = nullptr;
    std::unique_ptr<ImportWizard> m_wizard;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    applyTheme(*qobject_cast<QApplication *>(QCoreApplication::instance()));
}

void TestImportWizard::init()
{
    m_fixture = test::openDocumentFixture();
    QVERIFY(m_fixture);
    m_store = m_fixture->store.get();
    m_document = m_fixture->document.get();
    m_wizard = std::make_unique<ImportWizard>(m_document, m_fixture->catalogue.get());
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestImportWizard::cleanup()
{
    m_wizard.reset();
    QThreadPool::globalInstance()->waitForDone(); // cancelled jobs finish on their own
    m_fixture.reset();
}

bool TestImportWizard::waitIdle()
{
    return QTest::qWaitFor([this] { return !m_wizard->session()->isBusy(); }, 10000);
}

bool TestImportWizard::open(const QString &file)
{
    m_wizard->openFile(test::fixture(u"wizard/"_s + file));
    return waitIdle();
}

void TestImportWizard::next(int expected)
{
    QVERIFY(waitIdle());
    QVERIFY2(button(QWizard::NextButton)->isEnabled(), "Next is disabled");
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), expected);
}

// Steps a closed combo box to an item with the arrow keys, as a keyboard user does;
// commit: press Enter, as a cell editor (the column mapping) needs to take the choice, and
// wait for the preview it asks for.
void TestImportWizard::choose(QComboBox *combo, const QString &item, bool commit)
{
    const int target = combo->findText(item);
    QVERIFY2(target >= 0, qPrintable(item));
    combo->setFocus();
    while (combo->currentIndex() != target) {
        const int before = combo->currentIndex();
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(combo->currentIndex() != before);
    }
    if (commit) {
        // The cell editor commits once back in the event loop; the preview follows.
        QSignalSpy previewed(m_wizard->session(), &ImportWizardSession::previewChanged);
        QTest::keyClick(combo, Qt::Key_Return);
        QVERIFY(previewed.wait());
    }
}

void TestImportWizard::clickRow(QAbstractItemView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->currentIndex().row(), row);
}

// The summary's figures as they read: "4 tools to add", ...
QStringList TestImportWizard::cards() const
{
    QStringList out;
    for (const QLabel *number : m_wizard->findChildren<QLabel *>()) {
        if (!number->property("cardNumber").toBool() || !number->isVisible())
            continue;
        for (const QLabel *caption : number->parentWidget()->findChildren<QLabel *>()) {
            if (caption->property("cardCaption").toBool())
                out << number->text() + u' ' + caption->text();
        }
    }
    return out;
}

std::vector<ToolRow> TestImportWizard::tools() const
{
    std::vector<ToolRow> out;
    for (const Tool &t : m_store->tools())
        out.push_back({t.name, t.productSlug, t.annualCost, t.seats});
    return out;
}

QStringList TestImportWizard::integrations() const
{
    QHash<ToolId, QString> names;
    for (const Tool &t : m_store->tools())
        names.insert(t.id, t.name);
    QStringList out;
    for (const ToolIntegration &i : m_store->integrations()) {
        QStringList pair{names.value(i.a), names.value(i.b)};
        pair.sort(Qt::CaseInsensitive);
        out << pair.join(u" + "_s) + u" (" + integrationKindName(i.kind) + u')';
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

void TestImportWizard::detectsTheFileAndShowsItsRows()
{
    QVERIFY(open(u"tools.csv"_s));
    QCOMPARE(child<QLineEdit>(u"importFileEdit"_s)->text(), test::fixture(u"wizard/tools.csv"_s));
    QCOMPARE(text(u"detectedFormat"_s),
             u"Read as: CSV  ·  UTF-8  ·  comma-separated  ·  LF line endings  ·  column names on "
             "line 1  ·  4 rows  ·  dates month/day"_s);
    QCOMPARE(child<QComboBox>(u"encodingCombo"_s)->currentText(), u"Automatic (UTF-8)"_s);
    QCOMPARE(child<QComboBox>(u"delimiterCombo"_s)->currentText(), u"Automatic (comma)"_s);
    QCOMPARE(child<QSpinBox>(u"headerRowSpin"_s)->text(), u"Automatic (1)"_s);
    QVERIFY(!child<QComboBox>(u"sheetCombo"_s)->isVisible());
    QVERIFY(child<QRadioButton>(u"toolsModeRadio"_s)->isChecked());
    QVERIFY(!child<QLabel>(u"fileErrors"_s)->isVisible());

    const QAbstractItemModel *rows = child<QTableView>(u"filePreviewTable"_s)->model();
    QCOMPARE(rows->rowCount(), 4);
    QCOMPARE(rows->columnCount(), 11); // the line, then the file's 10 columns
    QCOMPARE(rows->headerData(1, Qt::Horizontal).toString(), u"Application"_s);
    QCOMPARE(rows->index(2, 0).data().toInt(), 4);
    QCOMPARE(rows->index(2, 1).data().toString(), u"Hubspot Marketing"_s);
    QCOMPARE(rows->index(3, 9).data().toString(), u"Podcast hosting:2|Lead scoring:1"_s);
    QVERIFY(button(QWizard::NextButton)->isEnabled());

    next(ImportWizard::MappingPage);
    QStringList fields;
    for (int c = 0; c < 10; ++c)
        fields << child<QComboBox>(u"fieldCombo-"_s + QString::number(c))->currentText();
    QCOMPARE(fields,
             QStringList({u"Tool"_s,
                          u"Vendor"_s,
                          u"Team"_s,
                          u"Owner"_s,
                          u"Annual cost"_s,
                          u"Seats"_s,
                          u"Contract end"_s,
                          u"Integrates with"_s,
                          u"Capabilities"_s,
                          u"Notes"_s}));
    QVERIFY(!child<QWidget>(u"dateOrderBox"_s)->isVisible());
    QCOMPARE(text(u"mappingNote"_s), u"Every column is imported."_s);
}

void TestImportWizard::importsWithDecisionsAndUndoesInOneStep()
{
    QVERIFY(open(u"tools.csv"_s));
    next(ImportWizard::MappingPage);
    next(ImportWizard::MatchPage);

    auto *table = child<QTableView>(u"matchTable"_s);
    const QAbstractItemModel *m = table->model();
    QStringList shown;
    for (int r = 0; r < m->rowCount(); ++r)
        shown << QStringList{m->index(r, MatchReviewModel::Tool).data().toString(),
                             m->index(r, MatchReviewModel::Status).data().toString(),
                             m->index(r, MatchReviewModel::Product).data().toString(),
                             m->index(r, MatchReviewModel::Confidence).data().toString(),
                             m->index(r, MatchReviewModel::Reason).data().toString()}
                     .join(u" | "_s);
    QCOMPARE(shown,
             QStringList({u"HubSpot MH Pro | Accepted | HubSpot Marketing Hub (HubSpot) | 100 % | "
                          "exact alias"_s,
                          u"SFDC | Accepted | Sales Cloud (Salesforce) | 100 % | exact alias"_s,
                          u"Hubspot Marketing | Suggested | HubSpot Marketing Hub (HubSpot)? | "
                          "79 % | fuzzy"_s,
                          u"Acme Webinars | Unmatched | Custom tool |  | nothing close"_s}));
    QCOMPARE(text(u"matchSummary"_s),
             u"<b>2</b> accepted  ·  <b>1</b> to confirm  ·  <b>1</b> custom"_s);

    // Confirm the suggestion by picking its first candidate.
    clickRow(table, 2);
    QCOMPARE(child<QLabel>(u"matchChoiceTitle"_s)->text().section(u"<br>"_s, 0, 0),
             u"<b>Hubspot Marketing</b> (line 4) is imported as:"_s);
    QTRY_VERIFY(child<QRadioButton>(u"matchChoice-0"_s));
    auto *first = child<QRadioButton>(u"matchChoice-0"_s);
    QCOMPARE(first->text(), u"HubSpot Marketing Hub (HubSpot)  ·  79 %  ·  fuzzy"_s);
    QCOMPARE(child<QRadioButton>(u"matchChoice-1"_s)->text(),
             u"HubSpot Smart CRM (HubSpot)  ·  61 %  ·  vendor only"_s);
    QVERIFY(!child<QRadioButton>(u"matchChoiceCustom"_s)->isChecked());
    QTest::mouseClick(first, Qt::LeftButton);
    QCOMPARE(m->index(2, MatchReviewModel::Status).data().toString(), u"Confirmed"_s);
    QCOMPARE(m->index(2, MatchReviewModel::Product).data().toString(),
             u"HubSpot Marketing Hub (HubSpot)"_s);
    QCOMPARE(text(u"matchSummary"_s),
             u"<b>2</b> accepted  ·  <b>1</b> chosen by you  ·  <b>0</b> to confirm  ·  <b>1</b> "
             "custom"_s);
    QVERIFY(!child<QAbstractButton>(u"acceptAllSuggestionsButton"_s)->isEnabled());

    next(ImportWizard::ProblemsPage);
    QCOMPARE(text(u"problemBanner"_s), u"No problems: every row reads cleanly."_s);
    next(ImportWizard::SummaryPage);
    QCOMPARE(cards(),
             QStringList({u"4 tools to add"_s,
                          u"3 matched to a catalogue product"_s,
                          u"1 custom tool"_s,
                          u"2 integrations"_s,
                          u"1 capability local to the workspace"_s}));
    QVERIFY(text(u"summaryDetails"_s).contains(u"<li>Podcast hosting</li>"_s));
    QVERIFY(!child<QLabel>(u"summaryBlocked"_s)->isVisible());
    QAbstractButton *finish = button(QWizard::FinishButton);
    QCOMPARE(finish->text(), u"&Import"_s);
    QVERIFY(finish->isEnabled());

    QSignalSpy imported(m_wizard.get(), &ImportWizard::imported);
    QTest::mouseClick(finish, Qt::LeftButton);
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.at(0).at(0).toString(),
             u"Imported 4 tools from tools.csv. Undo with Ctrl+Z."_s);
    QVERIFY(!m_wizard->isVisible());

    const std::vector<ToolRow> expected{
        {u"Acme Webinars"_s, QString(), 150000, 3},
        {u"Hubspot Marketing"_s, u"hubspot-marketing-hub"_s, 120000, 2},
        {u"HubSpot MH Pro"_s, u"hubspot-marketing-hub"_s, 1200000, 5},
        {u"SFDC"_s, u"salesforce-sales-cloud"_s, 3000000, 20},
    };
    QCOMPARE(tools(), expected);
    const Tool acme = m_store->tools().front();
    QCOMPARE(acme.vendorName, u"Acme"_s);
    QCOMPARE(acme.owner, u"Lee Chan"_s);
    QCOMPARE(acme.team, u"Events"_s);
    QCOMPARE(acme.contractEnd, QDate(2026, 12, 31));
    QCOMPARE(
        acme.capabilities,
        std::vector<ToolCapability>({{u"lead-scoring"_s, 1}, {u"local-podcast-hosting"_s, 2}}));
    const Tool pro = m_store->tools()[2];
    QCOMPARE(pro.notes, u"Professional tier"_s);
    QCOMPARE(pro.categorySlug, u"marketing-automation"_s);
    QCOMPARE(pro.vendorName, QString()); // the product names the vendor
    QCOMPARE(
        integrations(),
        QStringList({u"Acme Webinars + HubSpot MH Pro (api)"_s, u"HubSpot MH Pro + SFDC (api)"_s}));
    QStringList snapshots;
    for (const Product &p : m_store->products())
        snapshots << p.slug;
    QCOMPARE(snapshots, QStringList({u"hubspot-marketing-hub"_s, u"salesforce-sales-cloud"_s}));
    QCOMPARE(m_document->capabilityName(u"local-podcast-hosting"_s), u"Podcast hosting"_s);

    // One command: one undo takes all of it back, one redo brings it again.
    QUndoStack *stack = m_document->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), u"Import 4 tools from tools.csv"_s);
    stack->undo();
    QCOMPARE(tools(), std::vector<ToolRow>());
    QCOMPARE(integrations(), QStringList());
    stack->redo();
    QCOMPARE(tools(), expected);
    QCOMPARE(integrations().size(), 2);
}

void TestImportWizard::picksAProductFromTheCatalogueAndAcceptsAll()
{
    QVERIFY(open(u"tools.csv"_s));
    next(ImportWizard::MappingPage);
    next(ImportWizard::MatchPage);
    auto *table = child<QTableView>(u"matchTable"_s);
    clickRow(table, 3); // Acme Webinars
    QTest::mouseClick(child<QAbstractButton>(u"searchCatalogueButton"_s), Qt::LeftButton);
    auto *picker = m_wizard->findChild<QDialog *>(u"productPicker"_s);
    QVERIFY(picker && picker->isVisible());
    auto *search = picker->findChild<QLineEdit *>(u"productPickerSearch"_s);
    QCOMPARE(search->text(), u"Acme Webinars"_s);
    QCOMPARE(picker->findChild<QLabel *>(u"productPickerCount"_s)->text(),
             u"No products match. Try fewer words."_s);
    search->selectAll();
    QTest::keyClicks(search, u"brevo meet"_s);
    const QAbstractItemModel *results
        = picker->findChild<QTableView *>(u"productPickerTable"_s)->model();
    QCOMPARE(results->rowCount(), 1);
    QCOMPARE(results->index(0, 0).data().toString(), u"Brevo Meetings"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(!picker->isVisible());

    const QAbstractItemModel *m = table->model();
    QCOMPARE(m->index(3, MatchReviewModel::Status).data().toString(), u"Your choice"_s);
    QCOMPARE(m->index(3, MatchReviewModel::Product).data().toString(), u"Brevo Meetings (Brevo)"_s);
    QCOMPARE(m->index(3, MatchReviewModel::Reason).data().toString(),
             u"picked from the catalogue"_s);
    QVERIFY(child<QRadioButton>(u"matchChoicePicked"_s)->isChecked());

    QTest::mouseClick(child<QAbstractButton>(u"acceptAllSuggestionsButton"_s), Qt::LeftButton);
    QCOMPARE(m->index(2, MatchReviewModel::Status).data().toString(), u"Confirmed"_s);
    QCOMPARE(text(u"matchSummary"_s),
             u"<b>2</b> accepted  ·  <b>2</b> chosen by you  ·  <b>0</b> to confirm  ·  <b>0</b> "
             "custom"_s);

    next(ImportWizard::ProblemsPage);
    next(ImportWizard::SummaryPage);
    QCOMPARE(cards().mid(1, 2),
             QStringList({u"4 matched to a catalogue product"_s, u"0 custom tools"_s}));
    QTest::mouseClick(button(QWizard::FinishButton), Qt::LeftButton);

    const Tool acme = m_store->tools().front();
    QCOMPARE(acme.name, u"Acme Webinars"_s);
    QCOMPARE(acme.productSlug, u"brevo-meetings"_s);
    // The file's capability list is the tool's whole list, over its product's.
    QCOMPARE(
        m_document->effectiveCapabilities(acme),
        std::vector<ToolCapability>({{u"lead-scoring"_s, 1}, {u"local-podcast-hosting"_s, 2}}));
    QCOMPARE(m_store->tools()[1].productSlug, u"hubspot-marketing-hub"_s);
}

void TestImportWizard::remappedColumnsFeedOtherFields()
{
    QVERIFY(open(u"tools.csv"_s));
    next(ImportWizard::MappingPage);
    // The department becomes the owner; the owner column is then ignored.
    choose(child<QComboBox>(u"fieldCombo-2"_s), u"Owner"_s, true);
    QVERIFY(waitIdle());
    QCOMPARE(child<QComboBox>(u"fieldCombo-2"_s)->currentText(), u"Owner"_s);
    QCOMPARE(child<QComboBox>(u"fieldCombo-3"_s)->currentText(), u"Ignore"_s);
    QCOMPARE(text(u"mappingNote"_s), u"1 column is ignored: it is not imported."_s);
    choose(child<QComboBox>(u"fieldCombo-9"_s), u"Ignore"_s, true);
    QVERIFY(waitIdle());
    QCOMPARE(text(u"mappingNote"_s), u"2 columns are ignored: they are not imported."_s);
    QCOMPARE(m_wizard->session()->options().mappings,
             QStringList({u"Department=owner"_s, u"Notes=ignore"_s}));

    next(ImportWizard::MatchPage);
    next(ImportWizard::ProblemsPage);
    next(ImportWizard::SummaryPage);
    QTest::mouseClick(button(QWizard::FinishButton), Qt::LeftButton);
    const Tool pro = m_store->tools()[2];
    QCOMPARE(pro.name, u"HubSpot MH Pro"_s);
    QCOMPARE(pro.owner, u"Marketing"_s);
    QCOMPARE(pro.team, QString());
    QCOMPARE(pro.notes, QString());
}

void TestImportWizard::headerRowOverrideReadsAgain()
{
    QVERIFY(open(u"tools.csv"_s));
    auto *header = child<QSpinBox>(u"headerRowSpin"_s);
    header->setFocus();
    QTest::keyClick(header, Qt::Key_Up);
    QTest::keyClick(header, Qt::Key_Up);
    QTest::keyClick(header, Qt::Key_Return);
    QVERIFY(waitIdle());
    QCOMPARE(header->text(), u"2"_s);
    QCOMPARE(text(u"detectedFormat"_s).section(u"  ·  "_s, 4, 5),
             u"column names on line 2  ·  3 rows"_s);
    next(ImportWizard::MappingPage);
    QCOMPARE(text(u"mappingErrors"_s),
             u"tools.csv:2:1: no column gives the tool name (call it Tool, Application or "
             "Product, or map one with --map \"Header=name\")"_s);
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    // Naming the tool column is enough to go on.
    choose(child<QComboBox>(u"fieldCombo-0"_s), u"Tool"_s, true);
    QVERIFY(waitIdle());
    QVERIFY(!child<QLabel>(u"mappingErrors"_s)->isVisible());
    QVERIFY(button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::picksTheSheetOfAWorkbook()
{
    QVERIFY(open(u"tools.xlsx"_s));
    auto *sheet = child<QComboBox>(u"sheetCombo"_s);
    QVERIFY(sheet->isVisible());
    QVERIFY(!child<QComboBox>(u"encodingCombo"_s)->isVisible());
    QCOMPARE(sheet->currentText(), u"Read me"_s);
    QCOMPARE(text(u"fileErrors"_s),
             u"The sheet “Read me” has no rows below its header. This workbook has 2 sheets: "
             "pick the one with the data."_s);
    choose(sheet, u"Inventory"_s);
    QVERIFY(waitIdle());
    QCOMPARE(text(u"detectedFormat"_s),
             u"Read as: Excel workbook  ·  sheet “Inventory”  ·  column names in row 1  ·  3 "
             "rows  ·  dates month/day"_s);
    QVERIFY(!child<QLabel>(u"fileErrors"_s)->isVisible());
    const QAbstractItemModel *rows = child<QTableView>(u"filePreviewTable"_s)->model();
    QCOMPARE(rows->index(0, 5).data().toString(), u"2027-01-31"_s);

    next(ImportWizard::MappingPage);
    next(ImportWizard::MatchPage);
    QCOMPARE(text(u"matchSummary"_s),
             u"<b>2</b> accepted  ·  <b>0</b> to confirm  ·  <b>1</b> custom"_s);
    next(ImportWizard::ProblemsPage);
    next(ImportWizard::SummaryPage);
    QCOMPARE(cards(),
             QStringList({u"3 tools to add"_s,
                          u"2 matched to a catalogue product"_s,
                          u"1 custom tool"_s,
                          u"0 integrations"_s,
                          u"0 capabilities local to the workspace"_s}));
    QTest::mouseClick(button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(tools(),
             std::vector<ToolRow>({{u"Brevo"_s, u"brevo"_s, 120050, 3},
                                   {u"Marketo"_s, u"adobe-marketo-engage"_s, 4500000, 10},
                                   {u"Podcast Studio Pro"_s, QString(), 90000, 1}}));
    QCOMPARE(m_store->tools()[1].contractEnd, QDate(2027, 1, 31));
    QCOMPARE(m_store->tools()[2].vendorName, u"Acme"_s);
}

void TestImportWizard::errorsBlockTheImportAndShowTheirCell()
{
    QVERIFY(open(u"errors.csv"_s));
    next(ImportWizard::MappingPage);
    next(ImportWizard::MatchPage);
    next(ImportWizard::ProblemsPage);
    QCOMPARE(text(u"problemBanner"_s),
             u"2 errors. Errors block the import: fix them in the file and Reload it on the "
             "first page, or change the column mapping. Nothing has been written."_s);
    auto *list = child<QTreeView>(u"problemList"_s);
    const QAbstractItemModel *problems = list->model();
    QCOMPARE(problems->rowCount(), 2);
    QCOMPARE(problems->index(0, 0).data().toString(), u"Error"_s);
    QCOMPARE(problems->index(0, 1).data().toString(), u"errors.csv:2:16"_s);
    QCOMPARE(problems->index(0, 2).data().toString(),
             u"'lots' is not an amount of money (expected, for example, 1250.50, $1,250.50 or "
             "1.250,50 €)"_s);
    QCOMPARE(problems->index(1, 1).data().toString(), u"errors.csv:3:17"_s);
    QCOMPARE(problems->index(1, 2).data().toString(), u"'many' is not a number"_s);

    auto *cells = child<QTableView>(u"problemTable"_s);
    QCOMPARE(cells->currentIndex(),
             cells->model()->index(0, InventoryTableModel::FirstFileColumn + 1));
    clickRow(list, 1);
    QCOMPARE(cells->currentIndex(),
             cells->model()->index(1, InventoryTableModel::FirstFileColumn + 2));
    QCOMPARE(cells->currentIndex().data().toString(), u"many"_s);
    QCOMPARE(cells->currentIndex().data(InventoryTableModel::ProblemRole).toInt(), 2);

    next(ImportWizard::SummaryPage);
    QVERIFY(!button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(cards(), QStringList()); // nothing would be imported
    QCOMPARE(text(u"summaryBlocked"_s),
             u"2 errors block the import. The first:\nerrors.csv:2:16: 'lots' is not an amount "
             "of money (expected, for example, 1250.50, $1,250.50 or 1.250,50 €)\nGo Back to the "
             "problems to see where; fix the file and Reload it."_s);
    QVERIFY(child<QLabel>(u"summaryBlocked"_s)->isVisible());
    m_wizard->accept(); // even forced, nothing is written
    QCOMPARE(tools(), std::vector<ToolRow>());
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestImportWizard::asksTheDateOrder()
{
    QVERIFY(open(u"dates.csv"_s));
    QCOMPARE(text(u"detectedFormat"_s).section(u"  ·  "_s, -1), u"dates month/day (to confirm)"_s);
    next(ImportWizard::MappingPage);
    QVERIFY(child<QWidget>(u"dateOrderBox"_s)->isVisible());
    auto *order = child<QComboBox>(u"dateOrderCombo"_s);
    QCOMPARE(order->currentIndex(), -1);
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    choose(order, u"Day first: 03/04/2027 is 3 April 2027"_s);
    QVERIFY(waitIdle());
    QCOMPARE(m_wizard->session()->options().dateOrder, DateOrder::DayFirst);
    QCOMPARE(m_wizard->session()->preview().dateOrderNeeded, false);
    QVERIFY(child<QWidget>(u"dateOrderBox"_s)->isVisible());
    next(ImportWizard::MatchPage);
    next(ImportWizard::ProblemsPage);
    next(ImportWizard::SummaryPage);
    QTest::mouseClick(button(QWizard::FinishButton), Qt::LeftButton);
    const std::vector<Tool> all = m_store->tools();
    QCOMPARE(all.size(), size_t(2));
    QCOMPARE(all[0].name, u"Brevo"_s);
    QCOMPARE(all[0].contractStart, QDate(2026, 2, 1));
    QCOMPARE(all[0].contractEnd, QDate(2026, 12, 11));
    QCOMPARE(all[1].name, u"SFDC"_s);
    QCOMPARE(all[1].contractStart, QDate(2026, 4, 3));
    QCOMPARE(all[1].contractEnd, QDate(2027, 6, 5));
}

void TestImportWizard::importsRequirements()
{
    QVERIFY(m_document->setRequirement({u"lead-scoring"_s, Importance::Should, 1}));
    QVERIFY(open(u"requirements.csv"_s));
    QVERIFY(child<QRadioButton>(u"requirementsModeRadio"_s)->isChecked());
    next(ImportWizard::MappingPage);
    QCOMPARE(child<QComboBox>(u"fieldCombo-0"_s)->currentText(), u"Capability"_s);
    QCOMPARE(child<QComboBox>(u"fieldCombo-1"_s)->currentText(), u"Importance"_s);
    QCOMPARE(child<QComboBox>(u"fieldCombo-2"_s)->currentText(), u"Min strength"_s);
    next(ImportWizard::ProblemsPage); // no catalogue matching for requirements
    next(ImportWizard::SummaryPage);
    QCOMPARE(cards(),
             QStringList({u"3 requirements"_s,
                          u"1 must"_s,
                          u"1 should"_s,
                          u"1 nice to have"_s,
                          u"1 capability local to the workspace"_s}));
    QVERIFY(text(u"summaryDetails"_s).contains(u"<li>Lead scoring</li>"_s));
    QTest::mouseClick(button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(m_store->requirements(),
             std::vector<Requirement>({{u"email-campaigns"_s, Importance::Should, 2},
                                       {u"lead-scoring"_s, Importance::Must, 3},
                                       {u"local-podcast-hosting"_s, Importance::Nice, 1}}));
    QCOMPARE(m_document->undoStack()->undoText(), u"Import 3 requirements from requirements.csv"_s);
    m_document->undoStack()->undo();
    QCOMPARE(m_store->requirements(),
             std::vector<Requirement>({{u"lead-scoring"_s, Importance::Should, 1}}));
}

void TestImportWizard::cancelLeavesEverythingAsItWas()
{
    // Cancelling the first read leaves no file.
    m_wizard->openFile(test::fixture(u"wizard/tools.csv"_s));
    QVERIFY(m_wizard->session()->isBusy());
    auto *cancel = child<QAbstractButton>(u"cancelReadingButton"_s);
    QVERIFY(cancel->isVisible());
    QCOMPARE(text(u"importBusyLabel"_s), u"Reading tools.csv…"_s);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!m_wizard->session()->isBusy());
    QVERIFY(!cancel->isVisible());
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(child<QLineEdit>(u"importFileEdit"_s)->text(), QString());
    QVERIFY(!button(QWizard::NextButton)->isEnabled());

    // Cancelling a re-read keeps the last preview and the overrides it was read with.
    QVERIFY(open(u"tools.csv"_s));
    auto *delimiter = child<QComboBox>(u"delimiterCombo"_s);
    choose(delimiter, u"Semicolon"_s);
    QVERIFY(m_wizard->session()->isBusy());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(delimiter->currentText(), u"Automatic (comma)"_s);
    QCOMPARE(m_wizard->session()->preview().table.columnCount(), 10);
    QCOMPARE(child<QTableView>(u"filePreviewTable"_s)->model()->rowCount(), 4);
    m_wizard->reject();
    QCOMPARE(tools(), std::vector<ToolRow>());
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestImportWizard::dropsAFileOnTheWizard()
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(test::fixture(u"wizard/tools.xlsx"_s))});
    QVERIFY(ImportWizard::importablePaths(&mime).size() == 1);
    const QPoint at = m_wizard->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_wizard.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_wizard.get(), &drop);
    QVERIFY(waitIdle());
    QCOMPARE(child<QLineEdit>(u"importFileEdit"_s)->text(), test::fixture(u"wizard/tools.xlsx"_s));
    QCOMPARE(m_wizard->session()->preview().sheets, QStringList({u"Read me"_s, u"Inventory"_s}));

    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(test::fixture(u"wizard/make_xlsx.py"_s))});
    QCOMPARE(ImportWizard::importablePaths(&other), QStringList());
}

void TestImportWizard::rendersPagesForReview()
{
    const QString kept = qEnvironmentVariable("SA_SNAPSHOT_DIR");
    QTemporaryDir scratch;
    const QDir out(kept.isEmpty() ? scratch.path() : kept);
    QVERIFY(out.mkpath(u"."_s));
    m_wizard->resize(1000, 720);
    QStringList written;
    const auto grab = [&](const QString &name) {
        QCoreApplication::processEvents();
        const QString path = out.filePath(u"wizard-"_s + name + u".png"_s);
        QVERIFY(m_wizard->grab().save(path));
        written << path;
    };
    QVERIFY(open(u"tools.csv"_s));
    grab(u"1-file"_s);
    next(ImportWizard::MappingPage);
    grab(u"2-mapping"_s);
    next(ImportWizard::MatchPage);
    clickRow(child<QTableView>(u"matchTable"_s), 2);
    grab(u"3-matching"_s);
    QWidget *picker = m_wizard->matchPage()->searchCatalogue();
    QVERIFY(picker);
    QTest::keyClicks(picker->findChild<QLineEdit *>(u"productPickerSearch"_s), u"x"_s);
    QTest::keyClick(picker->findChild<QLineEdit *>(u"productPickerSearch"_s), Qt::Key_Backspace);
    QCoreApplication::processEvents();
    const QString pickerPath = out.filePath(u"wizard-3-product-picker.png"_s);
    QVERIFY(picker->grab().save(pickerPath));
    QCOMPARE(QImage(pickerPath).size(), picker->size() * picker->devicePixelRatio());
    qobject_cast<QDialog *>(picker)->reject();
    next(ImportWizard::ProblemsPage);
    grab(u"4-problems-none"_s);
    next(ImportWizard::SummaryPage);
    grab(u"5-summary"_s);

    m_wizard->restart();
    QVERIFY(open(u"dates.csv"_s));
    next(ImportWizard::MappingPage);
    grab(u"2-mapping-dates"_s);
    m_wizard->restart();
    QVERIFY(open(u"errors.csv"_s));
    next(ImportWizard::MappingPage);
    next(ImportWizard::MatchPage);
    next(ImportWizard::ProblemsPage);
    grab(u"4-problems-errors"_s);
    next(ImportWizard::SummaryPage);
    grab(u"5-summary-blocked"_s);
    m_wizard->restart();
    QVERIFY(open(u"tools.xlsx"_s));
    grab(u"1-file-xlsx"_s);

    for (const QString &path : written) {
        const QImage image(path);
        QCOMPARE(image.size(), m_wizard->size() * m_wizard->devicePixelRatio());
    }
    QCOMPARE(written.size(), 9);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
