// What the main window asks of WorkspaceDocument around files: after Save As the document
// goes on in the copy (switchStore), its undo history working there and not in the
// original; snapshots saved before an edit (saveSnapshots) land once, and only when missing.
#include "store/workspacefile.h"
#include "workspace/workspacedocument.h"
#include "workspacefixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sa;
using namespace Qt::StringLiterals;

class TestWorkspaceDocumentFiles final : public QObject
{
    Q_OBJECT

private slots:
    void undoAfterSaveAsWorksInTheCopy();
    void savesOnlyMissingSnapshots();
};

void TestWorkspaceDocumentFiles::undoAfterSaveAsWorksInTheCopy()
{
    QTemporaryDir dir;
    const QString original = dir.filePath(u"a.stackatlas"_s);
    const QString copy = dir.filePath(u"b.stackatlas"_s);
    std::unique_ptr<SqliteWorkspaceStore> store = test::createSampleWorkspace(original);
    QVERIFY(store);
    WorkspaceDocument document(store.get());
    const ToolId acme = document.addTool(test::customTool()).value();
    Tool renamed = *store->tool(acme);
    renamed.name = u"Acme Events"_s;
    QVERIFY(document.editTool(renamed).ok());

    QVERIFY(store->saveCopyAs(copy).ok());
    OpenedWorkspace opened = openWorkspace(copy);
    QVERIFY(opened.ok());
    document.switchStore(opened.store.get());
    store.reset(); // the original closes

    QCOMPARE(document.store()->path(), copy);
    QSignalSpy changed(&document, &WorkspaceDocument::toolChanged);
    document.undoStack()->undo(); // the rename, in the copy
    QCOMPARE(changed.count(), 1);
    QCOMPARE(opened.store->tool(acme)->name, u"Acme Webinars"_s);
    document.undoStack()->undo(); // the add, with the same id
    QVERIFY(!opened.store->tool(acme));
    WorkspaceOpenOptions look;
    look.lock = false;
    const OpenedWorkspace untouched = openWorkspace(original, look);
    QCOMPARE(untouched.store->tool(acme)->name, u"Acme Events"_s);
}

void TestWorkspaceDocumentFiles::savesOnlyMissingSnapshots()
{
    QTemporaryDir dir;
    std::unique_ptr<SqliteWorkspaceStore> store
        = test::createSampleWorkspace(dir.filePath(u"w.stackatlas"_s));
    QVERIFY(store);
    QVERIFY(store->saveCapability(test::catalogueCapability()).ok());
    WorkspaceDocument document(store.get());
    QSignalSpy changed(&document, &WorkspaceDocument::capabilitiesChanged);

    Capability renamedCopy = test::catalogueCapability();
    renamedCopy.name = u"Lead grading"_s; // already there: the workspace's copy stays
    QVERIFY(document.saveSnapshots({test::sampleProduct()}, {renamedCopy, test::localCapability()})
                .ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store->product(u"hubspot-marketing-hub"_s)->name, u"HubSpot Marketing Hub"_s);
    QStringList names;
    for (const Capability &c : store->capabilities())
        names << c.name;
    names.sort();
    QCOMPARE(names, QStringList({u"Lead scoring"_s, u"Podcast hosting"_s}));
    QCOMPARE(document.undoStack()->count(), 0); // copies, not edits

    QVERIFY(document.saveSnapshots({test::sampleProduct()}, {test::localCapability()}).ok());
    QCOMPARE(changed.count(), 1); // nothing new: no signal
}

QTEST_GUILESS_MAIN(TestWorkspaceDocumentFiles)
#include "tst_workspacedocumentfiles.moc"
