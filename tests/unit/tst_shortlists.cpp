// Vendor shortlists in the workspace: the store reads back exactly what was written, and
// every edit is one undoable command that puts back the same id, order, weights and
// created time; refused edits change nothing and push nothing.
#include "comparisonfixture.h"
#include "workspace/workspacedocument.h"
#include "workspacefixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

Shortlist automation()
{
    Shortlist s;
    s.name = u"Marketing automation"_s;
    s.notes = u"Decide before the Marketo renewal."_s;
    s.productSlugs = {u"hubspot-marketing-hub"_s, u"adobe-marketo-engage"_s};
    s.weights.values = {50, 30, 20, 0};
    return s;
}

} // namespace

Q_DECLARE_METATYPE(sa::Shortlist)

class TestShortlists final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = test::createSampleWorkspace(
            m_dir.filePath(QString::number(++m_files) + u".stackatlas"));
        QVERIFY(m_store);
        m_document = std::make_unique<WorkspaceDocument>(m_store.get());
        m_snapshots = test::fixtureProducts(
            {u"hubspot-marketing-hub"_s, u"adobe-marketo-engage"_s, u"brevo"_s});
    }

    void cleanup()
    {
        m_document.reset();
        m_store.reset();
    }

    void addSavesSnapshotsAndUndoes()
    {
        QSignalSpy changed(m_document.get(), &WorkspaceDocument::shortlistsChanged);
        const Expected<ShortlistId> id = m_document->addShortlist(automation(), m_snapshots);
        QVERIFY(id.ok());
        QCOMPARE(changed.count(), 1);
        const std::vector<Shortlist> after = m_store->shortlists();
        QCOMPARE(after.size(), size_t(1));
        Shortlist expected = automation();
        expected.id = *id;
        expected.created = after[0].created;
        QCOMPARE(after[0], expected);
        QVERIFY(after[0].created.isValid());
        QVERIFY(m_store->product(u"adobe-marketo-engage"_s).has_value());
        QVERIFY(!m_store->product(u"brevo"_s).has_value()); // only the ones it names
        QCOMPARE(m_document->undoStack()->undoText(), u"Add shortlist “Marketing automation”"_s);

        m_document->undoStack()->undo();
        QCOMPARE(m_store->shortlists(), std::vector<Shortlist>());
        QVERIFY(m_store->product(u"adobe-marketo-engage"_s).has_value()); // snapshots stay
        m_document->undoStack()->redo();
        QCOMPARE(m_store->shortlists(), after); // same id, same created time
        QCOMPARE(changed.count(), 3);
    }

    void editIsOneStep()
    {
        const ShortlistId id = m_document->addShortlist(automation(), m_snapshots).value();
        const Shortlist before = *m_document->shortlist(id);
        Shortlist edited = before;
        edited.name = u"Automation, final round"_s;
        edited.productSlugs = {u"brevo"_s, u"adobe-marketo-engage"_s, u"hubspot-marketing-hub"_s};
        edited.weights.values = {1, 1, 1, 1};
        QVERIFY(m_document->editShortlist(edited, m_snapshots).ok());
        QCOMPARE(*m_document->shortlist(id), edited);
        QCOMPARE(m_document->undoStack()->count(), 2);
        m_document->undoStack()->undo();
        QCOMPARE(*m_document->shortlist(id), before);
        m_document->undoStack()->redo();
        QCOMPARE(*m_document->shortlist(id), edited);
        // Unchanged: nothing pushed.
        QVERIFY(m_document->editShortlist(edited).ok());
        QCOMPARE(m_document->undoStack()->count(), 2);
    }

    void removeRestoresTheSameShortlist()
    {
        const ShortlistId id = m_document->addShortlist(automation(), m_snapshots).value();
        const std::vector<Shortlist> before = m_store->shortlists();
        QVERIFY(m_document->removeShortlist(id).ok());
        QCOMPARE(m_store->shortlists(), std::vector<Shortlist>());
        m_document->undoStack()->undo();
        QCOMPARE(m_store->shortlists(), before);
        QCOMPARE(m_store->shortlists()[0].id, id);
    }

    void orderedByName()
    {
        Shortlist b = automation();
        b.name = u"b analytics"_s;
        Shortlist a = automation();
        a.name = u"A CRM"_s;
        QVERIFY(m_document->addShortlist(b, m_snapshots).ok());
        QVERIFY(m_document->addShortlist(a, m_snapshots).ok());
        QStringList names;
        for (const Shortlist &s : m_store->shortlists())
            names << s.name;
        QCOMPARE(names, (QStringList{u"A CRM"_s, u"b analytics"_s}));
    }

    void refusals_data()
    {
        QTest::addColumn<Shortlist>("shortlist");
        QTest::addColumn<bool>("withSnapshots");
        QTest::addColumn<QString>("message");
        Shortlist s = automation();
        s.name = u"  "_s;
        QTest::newRow("no name") << s << true << u"a shortlist needs a name"_s;
        s = automation();
        s.productSlugs = {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s};
        QTest::newRow("seven") << s << true << u"a shortlist holds at most 6 products"_s;
        s = automation();
        s.productSlugs << u"hubspot-marketing-hub"_s;
        QTest::newRow("twice") << s << true
                               << u"the shortlist “Marketing automation” names a product twice"_s;
        s = automation();
        s.weights.values = {0, 0, 0, 0};
        QTest::newRow("weights")
            << s << true << u"every weight is 0: give at least one criterion a weight above 0"_s;
        s = automation();
        s.name = u"MARKETING AUTOMATION"_s;
        QTest::newRow("same name")
            << s << true << u"there is already a shortlist called “MARKETING AUTOMATION”"_s;
        QTest::newRow("no snapshot")
            << automation() << false
            << u"The workspace has no copy of the product “hubspot-marketing-hub”."_s;
    }

    void refusals()
    {
        QFETCH(Shortlist, shortlist);
        QFETCH(bool, withSnapshots);
        QFETCH(QString, message);
        if (QByteArray(QTest::currentDataTag()) == "same name")
            QVERIFY(m_document->addShortlist(automation(), m_snapshots).ok());
        const std::vector<Shortlist> before = m_store->shortlists();
        const int commands = m_document->undoStack()->count();
        const Expected<ShortlistId> id = m_document->addShortlist(
            shortlist, withSnapshots ? m_snapshots : std::vector<Product>());
        QVERIFY(!id.ok());
        QCOMPARE(id.error().message, message);
        QCOMPARE(m_store->shortlists(), before);
        QCOMPARE(m_document->undoStack()->count(), commands);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteWorkspaceStore> m_store;
    std::unique_ptr<WorkspaceDocument> m_document;
    std::vector<Product> m_snapshots;
    int m_files = 0;
};

QTEST_GUILESS_MAIN(TestShortlists)
#include "tst_shortlists.moc"
