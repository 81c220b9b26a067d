// Optimistic locking on capabilities (catalogue schema 6) on a real PostgreSQL server
// (tests/testutil/postgresserver.h), as products have it: two editors of one capability,
// the choice of either version after a conflict, and concurrent editors losing nothing.
// The SQLite store is checked on the same edits. Without a server the test fails.
#include "postgresserver.h"
#include "raceedits.h"
#include "store/postgrescataloguestore.h"
#include "storefixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

class TestPostgresCapabilities : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoEditors_data();
    void twoEditors();
    void keepTheirs();
    void deletedMeanwhile();
    void concurrentEditors();

private:
    std::unique_ptr<CatalogueStore> openStore(const QString &kind, const QString &name);

    test::PostgresServer m_server;
    QTemporaryDir m_dir;
};

void TestPostgresCapabilities::initTestCase()
{
    QVERIFY2(m_server.start(),
             qPrintable(u"cannot start a PostgreSQL server for the tests: " + m_server.error()));
}

std::unique_ptr<CatalogueStore> TestPostgresCapabilities::openStore(const QString &kind,
                                                                    const QString &name)
{
    if (kind == u"sqlite")
        return test::openSmallCatalogue(m_dir.filePath(name + u".sqlite"));
    Expected<std::unique_ptr<PostgresCatalogueStore>> opened
        = PostgresCatalogueStore::open(m_server.createDatabase(name), test::smallCatalogue());
    if (!opened) {
        QTest::qFail(qPrintable(opened.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(*opened);
}

void TestPostgresCapabilities::twoEditors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("postgresql") << u"postgresql"_s;
    QTest::newRow("sqlite") << u"sqlite"_s;
}

void TestPostgresCapabilities::twoEditors()
{
    QFETCH(QString, kind);
    const auto store = openStore(kind, u"two_" + kind);
    QVERIFY(store);
    const CapabilityId id = test::capabilityId(*store, u"lead-scoring"_s);
    // Both editors read version 1.
    const std::optional<VersionedCapability> read = store->versionedCapability(id);
    QVERIFY(read);
    QCOMPARE(read->version, 1);
    QCOMPARE(read->capability.name, u"Lead scoring"_s);
    Capability theirs = read->capability;
    theirs.description = u"Theirs."_s;
    Capability mine = read->capability;
    mine.name = u"Lead grading"_s;
    mine.description = u"Mine."_s;
    QCOMPARE(store->updateCapabilityIfVersion(theirs, 1).value(), (VersionedUpdate{true, 2}));
    // The second editor, on version 1, is refused: nothing written, version 2 reported.
    QCOMPARE(store->updateCapabilityIfVersion(mine, 1).value(), (VersionedUpdate{false, 2}));
    QCOMPARE(store->versionedCapability(id)->capability.description, u"Theirs."_s);
    const CapabilityConflict conflict = conflictFor(*store, mine, 1);
    QCOMPARE(conflict.mineVersion, 1);
    QCOMPARE(conflict.mine.name, u"Lead grading"_s);
    QCOMPARE(conflict.mine.description, u"Mine."_s);
    QVERIFY(conflict.theirs);
    QCOMPARE(conflict.theirsVersion, 2);
    QCOMPARE(conflict.theirs->name, u"Lead scoring"_s);
    QCOMPARE(conflict.theirs->description, u"Theirs."_s);
    // Keep mine: written over their version, whole.
    QCOMPARE(store->updateCapabilityIfVersion(mine, conflict.theirsVersion).value(),
             (VersionedUpdate{true, 3}));
    const std::optional<VersionedCapability> now = store->versionedCapability(id);
    QCOMPARE(now->version, 3);
    QCOMPARE(now->capability.name, u"Lead grading"_s);
    QCOMPARE(now->capability.description, u"Mine."_s);
    QCOMPARE(now->capability.categorySlug, u"marketing-automation"_s);
    QCOMPARE(now->capability.aliases, QStringList{u"lead grading"_s});
    // The unchecked update (a receive, an undo without a version) still counts.
    QVERIFY(store->updateCapability(read->capability).ok());
    QCOMPARE(store->versionedCapability(id)->version, 4);
    QCOMPARE(store->versionedCapability(id)->capability, read->capability);
}

void TestPostgresCapabilities::keepTheirs()
{
    const auto store = openStore(u"postgresql"_s, u"theirs"_s);
    QVERIFY(store);
    const CapabilityId id = test::capabilityId(*store, u"email-templates"_s);
    const Capability original = store->versionedCapability(id)->capability;
    Capability theirs = original;
    theirs.aliases = {u"template builder"_s};
    QCOMPARE(store->updateCapabilityIfVersion(theirs, 1).value(), (VersionedUpdate{true, 2}));
    Capability mine = original;
    mine.description = u"Mine, dropped."_s;
    QCOMPARE(store->updateCapabilityIfVersion(mine, 1).value(), (VersionedUpdate{false, 2}));
    // Keep theirs is writing nothing: the row is theirs, at version 2.
    const std::optional<VersionedCapability> now = store->versionedCapability(id);
    QCOMPARE(now->version, 2);
    QCOMPARE(now->capability.description, u"Design responsive email templates."_s);
    QCOMPARE(now->capability.aliases, QStringList{u"template builder"_s});
}

void TestPostgresCapabilities::deletedMeanwhile()
{
    const auto store = openStore(u"postgresql"_s, u"deleted"_s);
    QVERIFY(store);
    const CapabilityId id = test::capabilityId(*store, u"contact-management"_s);
    Capability mine = store->versionedCapability(id)->capability;
    QVERIFY(store->removeCapability(id).ok());
    mine.description = u"Mine."_s;
    QCOMPARE(store->updateCapabilityIfVersion(mine, 1).value(), (VersionedUpdate{false, 0}));
    const CapabilityConflict conflict = conflictFor(*store, mine, 1);
    QVERIFY(!conflict.theirs);
    QCOMPARE(conflict.theirsVersion, 0);
    QCOMPARE(store->updateCapability(mine).error().message,
             u"there is no capability with the id "_s + QString::number(id));
}

void TestPostgresCapabilities::concurrentEditors()
{
    const auto store = openStore(u"postgresql"_s, u"capability_editors"_s);
    QVERIFY(store);
    const CapabilityId id = test::capabilityId(*store, u"marketing-workflows"_s);
    constexpr int kEditors = 6;
    constexpr int kEditsEach = 40;
    const test::RaceOutcome race
        = test::raceEdits(kEditors, kEditsEach, [&](int e, int n) -> test::EditTurn {
              const std::optional<VersionedCapability> read = store->versionedCapability(id);
              if (!read)
                  return test::EditTurn{true, 0, {}, {}};
              Capability edit = read->capability;
              edit.description = u"editor " + QString::number(e) + u" edit " + QString::number(n);
              const Expected<VersionedUpdate> done
                  = store->updateCapabilityIfVersion(edit, read->version);
              if (!done)
                  return test::EditTurn{true, 0, {}, {}};
              return test::EditTurn{false, read->version, *done, edit.description};
          });
    const std::optional<VersionedCapability> final = store->versionedCapability(id);
    QVERIFY(final);
    QCOMPARE(test::raceProblems(
                 race, kEditors * kEditsEach, final->version, final->capability.description),
             QStringList());
}

QTEST_GUILESS_MAIN(TestPostgresCapabilities)
#include "tst_postgrescapabilities.moc"
