// The capability editor of a shared catalogue when someone else saved the capability
// first: the conflict dialog (the products' one) shows both versions, and Keep My
// Version / Keep Their Version give exactly that row. Driven through the real widgets of
// the capability manager over the small fixture catalogue.
#include "capabilitydialog.h"
#include "capabilitymanagerdialog.h"
#include "catalogue/cataloguedocument.h"
#include "conflictanswer.h"
#include "itemmodels/capabilitylistmodel.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sa;
using namespace Qt::StringLiterals;

class TestCapabilityConflict : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keepMine();
    void keepTheirs();

private:
    // Opens Lead scoring in the editor, lets a colleague save it, renames it in the editor
    // and presses OK; answers the conflict dialog with button, noting what it showed.
    void saveOverAColleague(const QString &button, QStringList *shown);

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteCatalogueStore> m_store;
    std::unique_ptr<CatalogueDocument> m_document;
    std::unique_ptr<CapabilityListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<CapabilityManagerDialog> m_manager;
    CapabilityId m_id = 0;
};

void TestCapabilityConflict::init()
{
    m_store = test::openSmallCatalogue(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"));
    QVERIFY(m_store);
    m_document = std::make_unique<CatalogueDocument>(m_store.get());
    m_model = std::make_unique<CapabilityListModel>(m_document.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get());
    m_manager = std::make_unique<CapabilityManagerDialog>(m_document.get(), m_model.get());
    m_manager->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_manager.get()));
    m_id = test::capabilityId(*m_store, u"lead-scoring"_s);
}

void TestCapabilityConflict::cleanup()
{
    m_manager.reset();
    m_tester.reset();
    m_model.reset();
    m_document.reset();
    m_store.reset();
}

void TestCapabilityConflict::saveOverAColleague(const QString &button, QStringList *shown)
{
    m_manager->selectCapability(m_id);
    QTest::mouseClick(m_manager->findChild<QPushButton *>(u"editCapabilityButton"_s),
                      Qt::LeftButton);
    CapabilityDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_manager->findChild<CapabilityDialog *>()) && dialog->isVisible());
    // A colleague saves Lead scoring while the editor is open.
    Capability theirs = m_store->versionedCapability(m_id)->capability;
    theirs.description = u"Changed by a colleague."_s;
    QCOMPARE(m_store->updateCapabilityIfVersion(theirs, 1).value(), (VersionedUpdate{true, 2}));
    auto *name = dialog->findChild<QLineEdit *>(u"capabilityNameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Lead rating"_s);
    const test::ConflictAnswer answer(button, u"capability-conflict"_s);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_manager->findChild<CapabilityDialog *>());
    *shown = QStringList{answer.title()} + answer.shown();
}

void TestCapabilityConflict::keepMine()
{
    QStringList shown;
    saveOverAColleague(u"keepMineButton"_s, &shown);
    QCOMPARE(shown,
             (QStringList{u"Someone Else Changed “Lead rating”"_s,
                          u"Yours (on version 1)"_s,
                          u"Theirs (version 2)"_s,
                          u"Name: Lead rating | Lead scoring"_s,
                          u"Description: Rank leads by fit and engagement. | Changed by a "
                          u"colleague."_s}));
    const std::optional<VersionedCapability> now = m_store->versionedCapability(m_id);
    QCOMPARE(now->version, 3);
    QCOMPARE(now->capability.name, u"Lead rating"_s);
    QCOMPARE(now->capability.description, u"Rank leads by fit and engagement."_s); // mine
    QCOMPARE(now->capability.aliases, QStringList{u"lead grading"_s});
    QCOMPARE(m_manager->findChild<QLabel *>(u"capabilityStatus"_s)->text(),
             u"Saved “Lead rating”."_s);
    // Undo puts back what was there when mine was written: the colleague's version.
    m_document->undoStack()->undo();
    QCOMPARE(m_store->versionedCapability(m_id)->capability.name, u"Lead scoring"_s);
    QCOMPARE(m_store->versionedCapability(m_id)->capability.description,
             u"Changed by a colleague."_s);
    QCOMPARE(m_store->versionedCapability(m_id)->version, 4);
}

void TestCapabilityConflict::keepTheirs()
{
    QStringList shown;
    saveOverAColleague(u"keepTheirsButton"_s, &shown);
    QCOMPARE(shown.size(), 5);
    const std::optional<VersionedCapability> now = m_store->versionedCapability(m_id);
    QCOMPARE(now->version, 2);
    QCOMPARE(now->capability.name, u"Lead scoring"_s);
    QCOMPARE(now->capability.description, u"Changed by a colleague."_s);
    QCOMPARE(m_document->undoStack()->count(), 0); // nothing of mine was saved
    QCOMPARE(m_manager->findChild<QLabel *>(u"capabilityStatus"_s)->text(),
             u"Kept the version of “Lead rating” someone else saved."_s);
}

QTEST_MAIN(TestCapabilityConflict)
#include "tst_capabilityconflict.moc"
