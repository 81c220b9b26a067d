// The requirement models over a sample workspace and the small fixture catalogue: the
// capability directory that names rows, the list of requirements following the document
// (renames arrive as moves), and the choices of the Add Requirement dialog; each model
// under QAbstractItemModelTester.
#include "documentfixture.h"
#include "itemmodels/capabilitydirectory.h"
#include "itemmodels/requirementchoicemodel.h"
#include "itemmodels/requirementlistmodel.h"
#include "workspace/workspacedocument.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sa;
using namespace Qt::StringLiterals;

class TestRequirementModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void directoryPrefersTheWorkspaceAndKnowsLocals();
    void choicesLeaveOutWhatIsRequired();
    void listNamesRowsAndSortsThem();
    void aSnapshotRenamingARowMovesIt();
    void editsGoThroughTheDocument();

private:
    QStringList names(const QAbstractItemModel &model) const;

    std::unique_ptr<test::DocumentFixture> m_fixture;
    SqliteCatalogueStore *m_catalogue = nullptr;
    SqliteWorkspaceStore *m_store = nullptr;
    WorkspaceDocument *m_document = nullptr;
};

void TestRequirementModels::init()
{
    m_fixture = test::openDocumentFixture();
    QVERIFY(m_fixture);
    m_catalogue = m_fixture->catalogue.get();
    m_store = m_fixture->store.get();
    m_document = m_fixture->document.get();
}

void TestRequirementModels::cleanup()
{
    m_fixture.reset();
}

QStringList TestRequirementModels::names(const QAbstractItemModel &model) const
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data().toString();
    return out;
}

void TestRequirementModels::directoryPrefersTheWorkspaceAndKnowsLocals()
{
    Capability renamed = test::catalogueCapability();
    renamed.name = u"Lead scoring (our snapshot)"_s;
    const CapabilityDirectory directory(
        {renamed, test::localCapability()}, m_catalogue->capabilities(), m_catalogue->categories());
    QCOMPARE(directory.all().size(), size_t(12)); // 11 from the catalogue, 1 local
    QCOMPARE(directory.name(u"lead-scoring"_s), u"Lead scoring (our snapshot)"_s);
    QCOMPARE(directory.subcategoryName(u"lead-scoring"_s), u"Marketing Automation"_s);
    QCOMPARE(directory.name(u"podcast-hosting"_s), u"Podcast hosting"_s);
    QCOMPARE(directory.subcategoryName(u"podcast-hosting"_s), u"Local to this workspace"_s);
    QVERIFY(directory.isLocal(u"podcast-hosting"_s));
    QVERIFY(!directory.isLocal(u"lead-scoring"_s));
    QCOMPARE(directory.name(u"webinars"_s), u"webinars"_s);
    QCOMPARE(directory.subcategoryName(u"webinars"_s), u"Not in the catalogue"_s);
    QCOMPARE(directory.find(u"webinars"_s), nullptr);
    QCOMPARE(directory.all()[8].name, u"Pipeline management"_s);
    QCOMPARE(directory.all()[9].name, u"Podcast hosting"_s);
}

void TestRequirementModels::choicesLeaveOutWhatIsRequired()
{
    const CapabilityDirectory directory(
        {test::localCapability()}, m_catalogue->capabilities(), m_catalogue->categories());
    RequirementChoiceModel model(directory, {u"lead-scoring"_s, u"web-analytics"_s});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(names(model),
             QStringList({u"Audience segmentation"_s,
                          u"Contact management"_s,
                          u"Email campaign sending"_s,
                          u"Email template design"_s,
                          u"Identity resolution"_s,
                          u"Marketing workflows"_s,
                          u"Multi-touch attribution"_s,
                          u"Pipeline management"_s,
                          u"Podcast hosting"_s,
                          u"Sales sequences"_s}));
    QCOMPARE(model.rowOf(u"lead-scoring"_s), -1);
    const int row = model.rowOf(u"sales-sequences"_s);
    QCOMPARE(row, 9);
    QCOMPARE(model.index(row, RequirementChoiceModel::Subcategory).data().toString(),
             u"Sales Automation"_s);
    QCOMPARE(model.index(row, RequirementChoiceModel::Description).data().toString(),
             u"Run timed outreach steps for reps."_s);
    QCOMPARE(model.index(row, 0).data(RequirementChoiceModel::CapabilitySlugRole).toString(),
             u"sales-sequences"_s);
    QCOMPARE(model.index(8, RequirementChoiceModel::Subcategory).data().toString(),
             u"Local to this workspace"_s);
}

void TestRequirementModels::listNamesRowsAndSortsThem()
{
    QVERIFY(m_document->setRequirement({u"web-analytics"_s, Importance::Nice, 1}));
    QVERIFY(m_document->setRequirement({u"audience-segmentation"_s, Importance::Must, 3}));
    QVERIFY(m_document->setRequirement({u"unheard-of"_s, Importance::Should, 2}));
    RequirementListModel model(m_document, m_catalogue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(names(model),
             QStringList({u"Audience segmentation"_s, u"unheard-of"_s, u"Web analytics"_s}));
    QCOMPARE(model.index(0, RequirementListModel::Subcategory).data().toString(),
             u"Customer Data Platform"_s);
    QCOMPARE(model.index(0, RequirementListModel::Importance).data().toString(), u"Must"_s);
    QCOMPARE(model.index(0, RequirementListModel::MinStrength).data().toString(), u"3 · leading"_s);
    QCOMPARE(model.index(2, RequirementListModel::MinStrength)
                 .data(RequirementListModel::UnderlyingDataRole)
                 .toInt(),
             1);
    QCOMPARE(model.index(2, RequirementListModel::MinStrength).data(Qt::EditRole).toInt(), 0);
    QCOMPARE(model.count(Importance::Must), 1);
    QCOMPARE(model.count(Importance::Should), 1);
    QCOMPARE(model.count(Importance::Nice), 1);
    QCOMPARE(model.rowOf(u"unheard-of"_s), 1);

    // Without a catalogue, rows are named from the workspace only.
    RequirementListModel bare(m_document, nullptr);
    QAbstractItemModelTester bareTester(&bare,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(names(bare),
             QStringList({u"audience-segmentation"_s, u"unheard-of"_s, u"web-analytics"_s}));
}

void TestRequirementModels::aSnapshotRenamingARowMovesIt()
{
    QVERIFY(m_document->setRequirement({u"lead-scoring"_s, Importance::Must, 2}));
    QVERIFY(m_document->setRequirement({u"zz-notebooks"_s, Importance::Should, 1}));
    RequirementListModel model(m_document, m_catalogue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(names(model), QStringList({u"Lead scoring"_s, u"zz-notebooks"_s}));
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy refreshed(&model, &RequirementListModel::requirementsRefreshed);
    WorkspaceImport snapshot;
    Capability notebooks;
    notebooks.slug = u"zz-notebooks"_s;
    notebooks.name = u"Analytics notebooks"_s;
    snapshot.capabilities.push_back(notebooks);
    QVERIFY(m_document->import(snapshot, u"Name the notebooks"_s));
    QCOMPARE(names(model), QStringList({u"Analytics notebooks"_s, u"Lead scoring"_s}));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(refreshed.size(), 1);
}

void TestRequirementModels::editsGoThroughTheDocument()
{
    QVERIFY(m_document->setRequirement({u"lead-scoring"_s, Importance::Must, 2}));
    m_document->undoStack()->clear();
    RequirementListModel model(m_document, m_catalogue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(0, RequirementListModel::Importance), 2, Qt::EditRole));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_store->requirements(),
             std::vector<Requirement>({{u"lead-scoring"_s, Importance::Nice, 2}}));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.index(0, RequirementListModel::Importance).data().toString(), u"Must"_s);
    QVERIFY(!model.setData(model.index(0, RequirementListModel::Capability), 1, Qt::EditRole));
    QVERIFY(!model.setData(model.index(0, RequirementListModel::Importance), 3, Qt::EditRole));
    QCOMPARE(m_document->undoStack()->count(), 1);
}

QTEST_MAIN(TestRequirementModels) // the models give fonts and colours: a GUI application
#include "tst_requirementmodels.moc"
