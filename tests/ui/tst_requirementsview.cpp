// The Requirements view as a user drives it: the real RequirementsView over a real
// workspace file, the small fixture catalogue and the fixture profiles
// (tests/fixtures/workspace/profiles), driven by objectName with QTest key and mouse
// events; every edit must land in the workspace and come back out with one Ctrl+Z.
// SA_SNAPSHOT_DIR=DIR also keeps the rendered view and dialogs there.
#include "documentfixture.h"
#include "itemmodels/requirementlistmodel.h"
#include "requirementsadddialog.h"
#include "requirementsprofiledialog.h"
#include "requirementsview.h"
#include "testutil.h"
#include "theme.h"
#include "workspace/workspacedocument.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace sa;
using namespace Qt::StringLiterals;

class TestRequirementsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsEmptyWithItsWayIn();
    void addsRequirementsFromTheCatalogue();
    void editsImportanceAndStrengthInPlace();
    void removesWithDelAndUndoes();
    void seedsFromAProfileInOneStep();
    void followsTheDocument();
    void rendersForReview();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        T *found = m_view->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    QTableView *table() const { return child<QTableView>(u"requirementTable"_s); }
    QStringList rows() const;
    void clickCell(int row, int column, bool twice = false);
    void addThroughTheDialog(const QString &search, int importanceDowns, int strengthDowns);

    std::unique_ptr<test::DocumentFixture> m_fixture;
    SqliteWorkspaceStore *m_store = nullptr;
    WorkspaceDocument *m_document = nullptr;
    std::unique_ptr<RequirementsView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRequirementsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    applyTheme(*qobject_cast<QApplication *>(QCoreApplication::instance()));
}

void TestRequirementsView::init()
{
    m_fixture = test::openDocumentFixture();
    QVERIFY(m_fixture);
    m_store = m_fixture->store.get();
    m_document = m_fixture->document.get();
    const RequirementProfileReadResult profiles
        = readRequirementProfileFolder(test::fixture(u"workspace/profiles"_s));
    QVERIFY(profiles.errors.isEmpty());
    m_view = std::make_unique<RequirementsView>(
        m_document, m_fixture->catalogue.get(), profiles.profiles);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->resize(1100, 640);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestRequirementsView::cleanup()
{
    m_tester.reset();
    m_view.reset();
    m_fixture.reset();
}

// What the table shows, row by row: "Capability | Subcategory | Importance | Strength".
QStringList TestRequirementsView::rows() const
{
    QStringList out;
    const QAbstractItemModel *model = table()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < RequirementListModel::ColumnCount; ++c)
            cells << model->index(r, c).data().toString();
        out << cells.join(u" | "_s);
    }
    return out;
}

void TestRequirementsView::clickCell(int row, int column, bool twice)
{
    const QModelIndex index = table()->model()->index(row, column);
    const QPoint at = table()->visualRect(index).center();
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, at);
    if (twice)
        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, at);
}

void TestRequirementsView::addThroughTheDialog(const QString &search,
                                               int importanceDowns,
                                               int strengthDowns)
{
    QTest::mouseClick(child<QWidget>(u"addRequirementActionButton"_s), Qt::LeftButton);
    auto *dialog = m_view->findChild<RequirementsAddDialog *>(u"addRequirementDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"requirementSearch"_s), search);
    auto *importance = dialog->findChild<QComboBox *>(u"newImportanceCombo"_s);
    for (int i = 0; i < importanceDowns; ++i)
        QTest::keyClick(importance, Qt::Key_Down);
    auto *strength = dialog->findChild<QComboBox *>(u"newStrengthCombo"_s);
    for (int i = 0; i < strengthDowns; ++i)
        QTest::keyClick(strength, Qt::Key_Down);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"addRequirementsButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_view->findChild<RequirementsAddDialog *>(u"addRequirementDialog"_s));
}

void TestRequirementsView::startsEmptyWithItsWayIn()
{
    QCOMPARE(m_view->viewId(), u"requirements"_s);
    QCOMPARE(m_view->title(), u"Requirements"_s);
    QCOMPARE(child<QLabel>(u"requirementCounts"_s)->text(), u"None yet"_s);
    QVERIFY(child<QWidget>(u"requirementsEmpty"_s)->isVisible());
    QVERIFY(!table()->isVisible());
    QVERIFY(!child<QWidget>(u"removeRequirementActionButton"_s)->isEnabled());
    QStringList actions;
    for (const QAction *a : m_view->editActions())
        actions << a->text();
    QCOMPARE(
        actions,
        QStringList({u"&Add Requirement…"_s, u"&Seed from Profile…"_s, u"&Remove Requirement"_s}));
}

void TestRequirementsView::addsRequirementsFromTheCatalogue()
{
    QSignalSpy inserted(m_view->model(), &QAbstractItemModel::rowsInserted);
    QTest::mouseClick(child<QPushButton>(u"emptyAddButton"_s), Qt::LeftButton);
    auto *dialog = m_view->findChild<RequirementsAddDialog *>(u"addRequirementDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    const QAbstractItemModel *choices
        = dialog->findChild<QTableView *>(u"capabilityChoiceTable"_s)->model();
    QCOMPARE(choices->rowCount(), 11); // the fixture catalogue's capabilities
    QCOMPARE(dialog->findChild<QLabel *>(u"requirementChoiceCount"_s)->text(),
             u"11 capabilities"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"requirementSearch"_s), u"scor"_s);
    QCOMPARE(choices->rowCount(), 1);
    QCOMPARE(choices->index(0, 0).data().toString(), u"Lead scoring"_s);
    QCOMPARE(choices->index(0, 1).data().toString(), u"Marketing Automation"_s);
    auto *add = dialog->findChild<QPushButton *>(u"addRequirementsButton"_s);
    QVERIFY(add->isEnabled());
    QCOMPARE(add->text(), u"Add Requirement"_s);
    QTest::keyClick(dialog->findChild<QLineEdit *>(u"requirementSearch"_s), Qt::Key_Return);
    QTRY_VERIFY(!m_view->findChild<RequirementsAddDialog *>(u"addRequirementDialog"_s));

    QCOMPARE(rows(), QStringList{u"Lead scoring | Marketing Automation | Must | 2 · solid"_s});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_store->requirements(),
             std::vector<Requirement>({{u"lead-scoring"_s, Importance::Must, 2}}));
    QCOMPARE(m_document->capabilityName(u"lead-scoring"_s), u"Lead scoring"_s); // snapshot
    QCOMPARE(m_document->undoStack()->undoText(), u"Add requirement “Lead scoring”"_s);
    QVERIFY(table()->isVisible());
    QCOMPARE(child<QLabel>(u"requirementCounts"_s)->text(),
             u"1 requirement  ·  1 must  ·  0 should  ·  0 nice to have"_s);
    QCOMPARE(m_view->selectedSlugs(), QStringList{u"lead-scoring"_s});

    // A second one, should and leading; the one already required is not offered again.
    QTest::mouseClick(child<QWidget>(u"addRequirementActionButton"_s), Qt::LeftButton);
    dialog = m_view->findChild<RequirementsAddDialog *>(u"addRequirementDialog"_s);
    QCOMPARE(dialog->findChild<QTableView *>(u"capabilityChoiceTable"_s)->model()->rowCount(), 10);
    dialog->reject();
    QTRY_VERIFY(!m_view->findChild<RequirementsAddDialog *>(u"addRequirementDialog"_s));
    addThroughTheDialog(u"visits"_s, 1, 1); // found by its description
    QCOMPARE(rows(),
             QStringList({u"Lead scoring | Marketing Automation | Must | 2 · solid"_s,
                          u"Web analytics | Web Analytics | Should | 3 · leading"_s}));
    m_document->undoStack()->undo();
    QCOMPARE(rows(), QStringList{u"Lead scoring | Marketing Automation | Must | 2 · solid"_s});
}

void TestRequirementsView::editsImportanceAndStrengthInPlace()
{
    QVERIFY(m_document->setRequirement({u"email-campaigns"_s, Importance::Must, 2}));
    QVERIFY(m_document->setRequirement({u"web-analytics"_s, Importance::Nice, 1}));
    QCOMPARE(rows(),
             QStringList({u"Email campaign sending | Email Marketing | Must | 2 · solid"_s,
                          u"Web analytics | Web Analytics | Nice to have | 1 · basic"_s}));
    // Named from the catalogue: the workspace has no snapshot of either.
    m_document->undoStack()->clear();

    QSignalSpy changed(m_view->model(), &QAbstractItemModel::dataChanged);
    clickCell(0, RequirementListModel::Importance, true);
    auto *editor = table()->findChild<QComboBox *>(u"requirementEditor-0"_s);
    QVERIFY(editor);
    QCOMPARE(editor->currentText(), u"Must"_s);
    QTest::keyClick(editor, Qt::Key_Down);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_store->requirements().front(),
             (Requirement{u"email-campaigns"_s, Importance::Should, 2}));

    clickCell(1, RequirementListModel::MinStrength);
    QTest::keyClick(table(), Qt::Key_F2);
    editor = table()->findChild<QComboBox *>(u"requirementEditor-1"_s);
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Down);
    QTest::keyClick(editor, Qt::Key_Down);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(m_store->requirements().back(),
             (Requirement{u"web-analytics"_s, Importance::Nice, 3}));
    QCOMPARE(table()->model()->index(1, RequirementListModel::MinStrength).data().toString(),
             u"3 · leading"_s);
    QCOMPARE(child<QLabel>(u"requirementCounts"_s)->text(),
             u"2 requirements  ·  0 must  ·  1 should  ·  1 nice to have"_s);

    QUndoStack *stack = m_document->undoStack();
    QCOMPARE(stack->count(), 2);
    stack->undo();
    stack->undo();
    QCOMPARE(m_store->requirements(),
             std::vector<Requirement>({{u"email-campaigns"_s, Importance::Must, 2},
                                       {u"web-analytics"_s, Importance::Nice, 1}}));
    QCOMPARE(rows(),
             QStringList({u"Email campaign sending | Email Marketing | Must | 2 · solid"_s,
                          u"Web analytics | Web Analytics | Nice to have | 1 · basic"_s}));
}

void TestRequirementsView::removesWithDelAndUndoes()
{
    for (const char16_t *slug : {u"contact-management", u"lead-scoring", u"web-analytics"})
        QVERIFY(m_document->setRequirement({QString::fromUtf16(slug), Importance::Should, 2}));
    m_document->undoStack()->clear();
    QSignalSpy removed(m_view->model(), &QAbstractItemModel::rowsRemoved);
    clickCell(1, RequirementListModel::Capability);
    QVERIFY(child<QWidget>(u"removeRequirementActionButton"_s)->isEnabled());
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(removed.size(), 1);
    QStringList slugs;
    for (const Requirement &r : m_store->requirements())
        slugs << r.capabilitySlug;
    QCOMPARE(slugs, QStringList({u"contact-management"_s, u"web-analytics"_s}));
    QCOMPARE(m_view->selectedSlugs(), QStringList{u"web-analytics"_s}); // the next row

    // Two at once: one undoable step.
    clickCell(0, RequirementListModel::Capability);
    QTest::mouseClick(table()->viewport(),
                      Qt::LeftButton,
                      Qt::ShiftModifier,
                      table()->visualRect(table()->model()->index(1, 0)).center());
    QCOMPARE(m_view->selectedSlugs().size(), 2);
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(m_store->requirements().size(), size_t(0));
    QVERIFY(child<QWidget>(u"requirementsEmpty"_s)->isVisible());
    QUndoStack *stack = m_document->undoStack();
    QCOMPARE(stack->count(), 2);
    QCOMPARE(stack->undoText(), u"Remove 2 requirements"_s);
    stack->undo();
    QCOMPARE(m_store->requirements().size(), size_t(2));
    stack->undo();
    QCOMPARE(m_store->requirements(),
             std::vector<Requirement>({{u"contact-management"_s, Importance::Should, 2},
                                       {u"lead-scoring"_s, Importance::Should, 2},
                                       {u"web-analytics"_s, Importance::Should, 2}}));
}

void TestRequirementsView::seedsFromAProfileInOneStep()
{
    QVERIFY(m_document->setRequirement({u"lead-scoring"_s, Importance::Must, 3}));
    QVERIFY(m_document->setRequirement({u"email-campaigns"_s, Importance::Must, 2}));
    QVERIFY(m_document->setRequirement({u"identity-resolution"_s, Importance::Nice, 1}));
    m_document->undoStack()->clear();

    QTest::mouseClick(child<QWidget>(u"seedFromProfileActionButton"_s), Qt::LeftButton);
    auto *dialog = m_view->findChild<RequirementsProfileDialog *>(u"profileDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    auto *combo = dialog->findChild<QComboBox *>(u"profileCombo"_s);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), u"Small B2B"_s);
    QCOMPARE(dialog->findChild<QLabel *>(u"profileEffect"_s)->text(),
             u"Adds 2, changes 1, leaves 1 as they are. 1 of yours is not in the profile and "
             "stays."_s);
    auto *list = dialog->findChild<QTreeWidget *>(u"profileRequirements"_s);
    QStringList lines;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QStringList cells;
        for (int c = 0; c < 4; ++c)
            cells << list->topLevelItem(i)->text(c);
        lines << cells.join(u" | "_s);
    }
    QCOMPARE(lines,
             QStringList({u"Contact management | Must | 3 · leading | new"_s,
                          u"Lead scoring | Should | 2 · solid | was must, 3 · leading"_s,
                          u"Email campaign sending | Must | 2 · solid | as you have it"_s,
                          u"webinars | Nice to have | 1 · basic | new"_s}));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"seedProfileButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_view->findChild<RequirementsProfileDialog *>(u"profileDialog"_s));

    QCOMPARE(m_store->requirements(),
             std::vector<Requirement>({{u"contact-management"_s, Importance::Must, 3},
                                       {u"email-campaigns"_s, Importance::Must, 2},
                                       {u"identity-resolution"_s, Importance::Nice, 1},
                                       {u"lead-scoring"_s, Importance::Should, 2},
                                       {u"webinars"_s, Importance::Nice, 1}}));
    QCOMPARE(rows(),
             QStringList({u"Contact management | CRM | Must | 3 · leading"_s,
                          u"Email campaign sending | Email Marketing | Must | 2 · solid"_s,
                          u"Identity resolution | Customer Data Platform | Nice to have | 1 · "
                          "basic"_s,
                          u"Lead scoring | Marketing Automation | Should | 2 · solid"_s,
                          u"webinars | Not in the catalogue | Nice to have | 1 · basic"_s}));
    QUndoStack *stack = m_document->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), u"Seed requirements from “Small B2B”"_s);
    stack->undo();
    QCOMPARE(m_store->requirements(),
             std::vector<Requirement>({{u"email-campaigns"_s, Importance::Must, 2},
                                       {u"identity-resolution"_s, Importance::Nice, 1},
                                       {u"lead-scoring"_s, Importance::Must, 3}}));
}

void TestRequirementsView::followsTheDocument()
{
    RequirementListModel *model = m_view->model();
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QVERIFY(m_document->setRequirement({u"web-analytics"_s, Importance::Must, 1}));
    QVERIFY(m_document->setRequirement({u"contact-management"_s, Importance::Must, 1}));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 0); // "Contact management" sorts first
    QVERIFY(m_document->setRequirement({u"web-analytics"_s, Importance::Should, 1}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QVERIFY(m_document->removeRequirement(u"contact-management"_s));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowOf(u"web-analytics"_s), 0);
    QCOMPARE(model->index(0, RequirementListModel::Importance)
                 .data(RequirementListModel::UnderlyingDataRole)
                 .toInt(),
             1);
    QCOMPARE(
        model->index(0, RequirementListModel::Importance).data(RequirementListModel::ChoicesRole),
        QVariant(QStringList({u"Must"_s, u"Should"_s, u"Nice to have"_s})));
    QCOMPARE(model->flags(model->index(0, RequirementListModel::Capability)) & Qt::ItemIsEditable,
             Qt::ItemFlags());
    QVERIFY(model->setData(model->index(0, RequirementListModel::MinStrength), 2, Qt::EditRole));
    QCOMPARE(m_store->requirements().front().minStrength, 3);
    QVERIFY(!model->setData(model->index(0, RequirementListModel::MinStrength), 5, Qt::EditRole));
    QCOMPARE(reset.size(), 0);
}

void TestRequirementsView::rendersForReview()
{
    const QString kept = qEnvironmentVariable("SA_SNAPSHOT_DIR");
    QTemporaryDir scratch;
    const QDir out(kept.isEmpty() ? scratch.path() : kept);
    QVERIFY(out.mkpath(u"."_s));
    QStringList written;
    const auto grab = [&](QWidget *widget, const QString &name) {
        QCoreApplication::processEvents();
        const QString path = out.filePath(name + u".png"_s);
        QVERIFY(widget->grab().save(path));
        QCOMPARE(QImage(path).size(), widget->size() * widget->devicePixelRatio());
        written << path;
    };
    grab(m_view.get(), u"requirements-empty"_s);
    auto *profiles = m_view->openProfileDialog();
    grab(profiles, u"requirements-profile-dialog"_s);
    QTest::mouseClick(profiles->findChild<QPushButton *>(u"seedProfileButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_view->findChild<RequirementsProfileDialog *>(u"profileDialog"_s));
    m_view->prepareSnapshot();
    grab(m_view.get(), u"requirements"_s);
    auto *add = m_view->openAddDialog();
    QTest::keyClicks(add->findChild<QLineEdit *>(u"requirementSearch"_s), u"a"_s);
    grab(add, u"requirements-add-dialog"_s);
    add->reject();
    QCOMPARE(written.size(), 4);
}

QTEST_MAIN(TestRequirementsView)
#include "tst_requirementsview.moc"
