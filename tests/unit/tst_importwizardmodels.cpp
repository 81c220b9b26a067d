// The import wizard's item models over real previews of tests/fixtures/wizard (the small
// fixture catalogue, an EUR workspace with no tools): each under QAbstractItemModelTester,
// with the signals a view relies on, and the problems tied to their exact cells.
#include "io/inventoryimporter.h"
#include "itemmodels/columnmappingmodel.h"
#include "itemmodels/importproblem.h"
#include "itemmodels/importproblemmodel.h"
#include "itemmodels/inventorytablemodel.h"
#include "itemmodels/matchreviewmodel.h"
#include "storefixture.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;
using State = MatchReviewModel::State;

class TestImportWizardModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void problemsAreTiedToTheirCells();
    void problemsPastTheCapAreListedAtTheirCell();
    void headerWarningsPointAtTheirColumn();
    void requirementProblemsFindTheirRows();
    void problemModelShowsWhereAndWhat();
    void tableModelMarksCells();
    void mappingModelProposesMappings();
    void mappingModelKeepsItsRowsForTheSameHeader();
    void matchModelStatesAndDecisions();
    void matchModelAcceptsAllSuggestions();
    void matchModelShowsMatchesFromTheFile();

private:
    InventoryPreview preview(const QString &file,
                             InventoryOptions options = {},
                             InventoryMode mode = InventoryMode::Tools) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteCatalogueStore> m_store;
    std::unique_ptr<InventoryImporter> m_importer;
};

void TestImportWizardModels::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = test::openSmallCatalogue(m_dir->filePath(u"catalogue.sqlite"_s));
    QVERIFY(m_store);
    m_importer = std::make_unique<InventoryImporter>(m_store->allProducts(),
                                                     m_store->capabilities(),
                                                     std::vector<Tool>(),
                                                     u"EUR"_s,
                                                     m_store->categories());
}

void TestImportWizardModels::cleanupTestCase()
{
    m_importer.reset();
    m_store.reset();
    m_dir.reset();
}

InventoryPreview TestImportWizardModels::preview(const QString &file,
                                                 InventoryOptions options,
                                                 InventoryMode mode) const
{
    options.mode = mode;
    options.displayName = file;
    return m_importer->preview(test::fixture(u"wizard/"_s + file), options);
}

void TestImportWizardModels::problemsAreTiedToTheirCells()
{
    const std::vector<ImportProblem> problems = collectImportProblems(preview(u"errors.csv"_s));
    const QString lots = u"'lots' is not an amount of money (expected, for example, 1250.50, "
                         "$1,250.50 or 1.250,50 €)"_s;
    const std::vector<ImportProblem> expected{
        {true, u"errors.csv:2:16: "_s + lots, u"errors.csv:2:16"_s, lots, 0, 1},
        {true,
         u"errors.csv:3:17: 'many' is not a number"_s,
         u"errors.csv:3:17"_s,
         u"'many' is not a number"_s,
         1,
         2},
    };
    QCOMPARE(problems, expected);
}

void TestImportWizardModels::problemsPastTheCapAreListedAtTheirCell()
{
    InventoryOptions options;
    options.maxErrors = 1;
    const InventoryPreview capped = preview(u"errors.csv"_s, options);
    QCOMPARE(capped.errors.size(), 2); // the first, then where the engine stopped listing
    const std::vector<ImportProblem> problems = collectImportProblems(capped);
    QCOMPARE(problems.size(), size_t(3));
    QCOMPARE(problems[0].row, 0);
    QCOMPARE(problems[1].text, u"errors.csv:3:17: too many errors; stopped after 1"_s);
    QCOMPARE(problems[1].row, -1);
    QCOMPARE(problems[1].column, -1);
    QCOMPARE(problems[2].text, u"errors.csv:3:17: 'many' is not a number"_s);
    QCOMPARE(problems[2].row, 1);
    QCOMPARE(problems[2].column, 2);
}

void TestImportWizardModels::headerWarningsPointAtTheirColumn()
{
    const std::vector<ImportProblem> problems = collectImportProblems(preview(u"dates.csv"_s));
    QCOMPARE(problems.size(), size_t(2));
    QCOMPARE(problems[0].error, false);
    QCOMPARE(problems[0].location, u"dates.csv:1:18"_s);
    QCOMPARE(problems[0].message,
             u"the dates in column 'Contract start' could be month/day or day/month (no day is "
             "over 12); read as month/day (choose the order with --dates us|eu)"_s);
    QCOMPARE(problems[0].row, -1);
    QCOMPARE(problems[0].column, 2);
    QCOMPARE(problems[1].location, u"dates.csv:1:33"_s);
    QCOMPARE(problems[1].column, 3);
}

void TestImportWizardModels::requirementProblemsFindTheirRows()
{
    const InventoryPreview p
        = preview(u"requirements-errors.csv"_s, {}, InventoryMode::Requirements);
    const std::vector<ImportProblem> problems = collectImportProblems(p);
    QCOMPARE(problems.size(), size_t(2));
    QCOMPARE(problems[0].location, u"requirements-errors.csv:2:14"_s);
    QCOMPARE(problems[0].row, 0);
    QCOMPARE(problems[0].column, 1);
    QCOMPARE(problems[1].location, u"requirements-errors.csv:3:20"_s);
    QCOMPARE(problems[1].row, 1);
    QCOMPARE(problems[1].column, 2);
    QVERIFY(problems[0].error && problems[1].error);
    QCOMPARE(problems[0].message, u"unknown importance 'urgent' (expected must, should or nice)"_s);
    QCOMPARE(problems[1].message,
             u"strength must be 1, 2 or 3 (or basic, solid, leading), not '7'"_s);
}

void TestImportWizardModels::problemModelShowsWhereAndWhat()
{
    ImportProblemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    std::vector<ImportProblem> problems = collectImportProblems(preview(u"errors.csv"_s));
    for (const ImportProblem &p : collectImportProblems(preview(u"dates.csv"_s)))
        problems.push_back(p);
    model.setProblems(problems);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.errorCount(), 2);
    QCOMPARE(model.warningCount(), 2);
    QCOMPARE(model.index(1, ImportProblemModel::Severity).data().toString(), u"Error"_s);
    QCOMPARE(model.index(2, ImportProblemModel::Severity).data().toString(), u"Warning"_s);
    QCOMPARE(model.index(2, ImportProblemModel::Severity)
                 .data(ImportProblemModel::UnderlyingDataRole)
                 .toInt(),
             1);
    QCOMPARE(model.index(1, ImportProblemModel::Location).data().toString(), u"errors.csv:3:17"_s);
    QCOMPARE(model.index(1, ImportProblemModel::Message).data().toString(),
             u"'many' is not a number"_s);
    QCOMPARE(model.index(1, 0).data(ImportProblemModel::TableRowRole).toInt(), 1);
    QCOMPARE(model.index(1, 0).data(ImportProblemModel::TableColumnRole).toInt(), 2);
    QCOMPARE(model.index(3, 0).data(ImportProblemModel::TableRowRole).toInt(), -1);
    QCOMPARE(model.index(3, 0).data(Qt::ToolTipRole).toString(), problems[3].text);
    QCOMPARE(model.headerData(ImportProblemModel::Message, Qt::Horizontal, Qt::DisplayRole),
             QVariant(u"What is wrong"_s));
}

void TestImportWizardModels::tableModelMarksCells()
{
    const InventoryPreview p = preview(u"errors.csv"_s);
    InventoryTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    std::vector<ImportProblem> problems = collectImportProblems(p);
    problems.push_back({false, u"errors.csv:3:1: warning: a row note"_s, {}, {}, 1, -1});
    model.setTable(p.table, problems, {false, true});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 4); // the line and the file's three columns
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole), QVariant(u"Line"_s));
    QCOMPARE(model.headerData(2, Qt::Horizontal, Qt::DisplayRole), QVariant(u"Annual cost"_s));
    QCOMPARE(model.index(1, InventoryTableModel::Line).data().toInt(), 3);
    QCOMPARE(model.index(0, 2).data().toString(), u"lots"_s);
    QCOMPARE(model.index(0, 2).data(InventoryTableModel::ProblemRole).toInt(), 2);
    QCOMPARE(model.index(0, 1).data(InventoryTableModel::ProblemRole).toInt(), 0);
    QCOMPARE(model.index(0, 2).data(Qt::BackgroundRole).value<QBrush>().color(),
             QColor(0xfd, 0xe4, 0xe1));
    QCOMPARE(model.index(1, 0).data(InventoryTableModel::ProblemRole).toInt(), 1); // the row
    QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(),
             u"errors.csv:3:1: warning: a row note\nA totals row: shown, never imported."_s);
    QCOMPARE(model.index(0, 2).data(Qt::ToolTipRole).toString(), problems[0].text);
    QCOMPARE(model.cellIndex(1, 2), model.index(1, InventoryTableModel::FirstFileColumn + 2));
    QCOMPARE(model.cellIndex(1, -1), model.index(1, 0));
    QVERIFY(!model.cellIndex(2, 0).isValid());

    model.setTable(p.table, {}, {}, 1); // the first page's glance
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.fileRowCount(), 2);
    QVERIFY(!model.cellIndex(1, 0).isValid());
}

void TestImportWizardModels::mappingModelProposesMappings()
{
    ColumnMappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview(preview(u"tools.csv"_s), {});
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.choices().size(), 20); // Ignore and the 19 fields
    QCOMPARE(model.choices().first(), u"Ignore"_s);
    QCOMPARE(model.index(2, ColumnMappingModel::Header).data().toString(), u"Department"_s);
    QCOMPARE(model.index(2, ColumnMappingModel::Sample).data().toString(),
             u"Marketing  ·  Sales  ·  Events"_s);
    QCOMPARE(model.index(2, ColumnMappingModel::Field).data().toString(), u"Team"_s);
    QCOMPARE(model.index(2, ColumnMappingModel::Field).data(Qt::EditRole).toInt(),
             int(InventoryField::Team) + 1);
    QCOMPARE(model.index(2, ColumnMappingModel::Field)
                 .data(ColumnMappingModel::UnderlyingDataRole)
                 .toInt(),
             int(InventoryField::Team));
    QVERIFY(model.flags(model.index(2, ColumnMappingModel::Field)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(2, ColumnMappingModel::Header)) & Qt::ItemIsEditable));

    QSignalSpy edited(&model, &ColumnMappingModel::mappingsEdited);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const int owner = int(InventoryField::Owner) + 1;
    QVERIFY(model.setData(model.index(2, ColumnMappingModel::Field), owner, Qt::EditRole));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.at(0).at(0).toStringList(), QStringList{u"Department=owner"_s});
    QCOMPARE(changed.size(), 0); // shown once the next preview comes
    QVERIFY(!model.setData(model.index(2, ColumnMappingModel::Field), 99, Qt::EditRole));

    // The field moves away from a column the user mapped before.
    InventoryOptions options;
    options.mappings = model.mappings();
    model.setPreview(preview(u"tools.csv"_s, options), options.mappings);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(2, ColumnMappingModel::Field).data().toString(), u"Owner"_s);
    QCOMPARE(model.index(3, ColumnMappingModel::Field).data().toString(), u"Ignore"_s);
    QCOMPARE(model.index(3, ColumnMappingModel::Field).data(Qt::ToolTipRole).toString(),
             u"column 'Business Owner' is ignored: column 'Department' gives the owner"_s);
    QCOMPARE(model.mappingsWith(3, owner),
             QStringList({u"Department=ignore"_s, u"Business Owner=owner"_s}));
    QCOMPARE(model.mappingsWith(2, 0), QStringList{u"Department=ignore"_s});
}

void TestImportWizardModels::mappingModelKeepsItsRowsForTheSameHeader()
{
    ColumnMappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPreview(preview(u"tools.csv"_s), {});
    QCOMPARE(reset.size(), 1);
    model.setPreview(preview(u"tools.csv"_s), {}); // a re-preview: rows stay, editors too
    QCOMPARE(reset.size(), 1);
    model.setPreview(preview(u"requirements.csv"_s, {}, InventoryMode::Requirements), {});
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.choices(),
             QStringList({u"Ignore"_s, u"Capability"_s, u"Importance"_s, u"Min strength"_s}));
    QCOMPARE(model.index(2, ColumnMappingModel::Field).data().toString(), u"Min strength"_s);
}

void TestImportWizardModels::matchModelStatesAndDecisions()
{
    const InventoryPreview p = preview(u"tools.csv"_s);
    MatchReviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy decided(&model, &MatchReviewModel::decisionsChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPreview(&p, &m_importer->catalogue(), false);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.state(0), State::Accepted);
    QCOMPARE(model.state(1), State::Accepted);
    QCOMPARE(model.state(2), State::Suggested);
    QCOMPARE(model.state(3), State::Unmatched);
    QCOMPARE(model.productSlug(2), QString()); // imported custom until confirmed
    QCOMPARE(model.index(2, MatchReviewModel::Confidence)
                 .data(MatchReviewModel::UnderlyingDataRole)
                 .toDouble(),
             p.rows[2].match.candidates.front().confidence);
    QCOMPARE(model.index(2, MatchReviewModel::Status).data(MatchReviewModel::UnderlyingDataRole),
             QVariant(int(State::Suggested)));
    QCOMPARE(model.index(3, MatchReviewModel::Line).data(MatchReviewModel::UnderlyingDataRole),
             QVariant(5));
    QCOMPARE(model.countIn({State::Accepted}), 2);

    model.decide(2, u"hubspot-marketing-hub"_s);
    model.decide(3, u"brevo"_s);
    model.decide(0, QString());
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(model.state(2), State::Confirmed);
    QCOMPARE(model.state(3), State::Chosen);
    QCOMPARE(model.state(0), State::Custom);
    QCOMPARE(model.index(3, MatchReviewModel::Product).data().toString(), u"Brevo (Brevo)"_s);
    QCOMPARE(model.index(0, MatchReviewModel::Product).data().toString(), u"Custom tool"_s);
    QCOMPARE(
        model.decisions().products,
        (std::map<int, QString>{{0, QString()}, {2, u"hubspot-marketing-hub"_s}, {3, u"brevo"_s}}));
    QCOMPARE(decided.size(), 4); // the preview, then each decision

    // A re-mapping of the same table keeps them; a new file does not.
    model.setPreview(&p, &m_importer->catalogue(), true);
    QCOMPARE(model.state(3), State::Chosen);
    model.setPreview(&p, &m_importer->catalogue(), false);
    QCOMPARE(model.state(3), State::Unmatched);
    QCOMPARE(model.decisions().products.size(), size_t(0));
}

void TestImportWizardModels::matchModelAcceptsAllSuggestions()
{
    const InventoryPreview p = preview(u"tools.csv"_s);
    MatchReviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview(&p, &m_importer->catalogue(), false);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.acceptAllSuggestions(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.state(2), State::Confirmed);
    QCOMPARE(model.acceptAllSuggestions(), 0);
    const InventoryOutcome outcome = m_importer->buildImport(p, model.decisions());
    QCOMPARE(outcome.matched,
             QStringList({u"HubSpot MH Pro"_s, u"SFDC"_s, u"Hubspot Marketing"_s}));
    QCOMPARE(outcome.unmatched, QStringList{u"Acme Webinars"_s});
}

void TestImportWizardModels::matchModelShowsMatchesFromTheFile()
{
    const InventoryPreview p = preview(u"products.csv"_s);
    MatchReviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview(&p, &m_importer->catalogue(), false);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.state(0), State::FromFile);
    QCOMPARE(model.productSlug(0), u"salesforce-sales-cloud"_s);
    QCOMPARE(model.index(0, MatchReviewModel::Status).data().toString(), u"From the file"_s);
    QCOMPARE(model.index(0, MatchReviewModel::Reason).data().toString(), u"named in the file"_s);
    QCOMPARE(model.state(1), State::Custom);
    QCOMPARE(model.index(1, MatchReviewModel::Product).data().toString(), u"Custom tool"_s);
}

QTEST_MAIN(TestImportWizardModels) // the models give fonts and colours: a GUI application
#include "tst_importwizardmodels.moc"
