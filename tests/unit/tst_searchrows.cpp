// The rows of the previous search are reused by the next one (search as you type): with
// the new query's relevance, and never once the catalogue changed, whether through the
// store, through another connection, or by the file being opened again.
#include "store/sqlitecataloguestore.h"
#include "storefixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sa;

namespace {

SearchResult search(const CatalogueStore &store, const QString &text)
{
    SearchQuery q;
    q.text = text;
    return store.search(q);
}

// Runs one statement on a connection of its own, as another program would.
bool writeElsewhere(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("elsewhere"));
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("elsewhere"));
    return ok;
}

} // namespace

class TestSearchRows : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reusedRowsTakeTheNewRelevance();
    void writeThroughTheStoreIsSeen();
    void writeByAnotherConnectionIsSeen();
    void fileOpenedAgainIsReadAgain();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<SqliteCatalogueStore> m_store;
};

void TestSearchRows::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("small.sqlite"));
    m_store = test::openSmallCatalogue(m_path);
    QVERIFY(m_store);
}

void TestSearchRows::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestSearchRows::reusedRowsTakeTheNewRelevance()
{
    // "brevo" is Brevo's name (tier 0) and starts Brevo Meetings (tier 1); "brev" starts both.
    const SearchResult exact = search(*m_store, QStringLiteral("brevo"));
    QCOMPARE(exact.rows.size(), size_t(2));
    QCOMPARE(exact.rows[0].name, QStringLiteral("Brevo"));
    QCOMPARE(exact.rows[0].relevance, 2000.0);
    QCOMPARE(exact.rows[1].name, QStringLiteral("Brevo Meetings"));
    QCOMPARE(exact.rows[1].relevance, 1000.0);
    const SearchResult prefix = search(*m_store, QStringLiteral("brev"));
    QCOMPARE(prefix.rows.size(), size_t(2));
    QCOMPARE(prefix.rows[0].name, QStringLiteral("Brevo"));
    QCOMPARE(prefix.rows[0].relevance, 1000.0);
    QCOMPARE(prefix.rows[1].relevance, 1000.0);
    // Apart from the relevance, the reused row is the row read before.
    ProductSummary reused = prefix.rows[0];
    reused.relevance = exact.rows[0].relevance;
    QCOMPARE(reused, exact.rows[0]);
}

void TestSearchRows::writeThroughTheStoreIsSeen()
{
    QCOMPARE(search(*m_store, QStringLiteral("brevo")).rows.at(0).price.low, 300);
    std::optional<Product> brevo
        = m_store->product(test::productId(*m_store, QStringLiteral("brevo")));
    QVERIFY(brevo);
    brevo->price.low = 500;
    QVERIFY(m_store->updateProduct(*brevo));
    const SearchResult after = search(*m_store, QStringLiteral("brevo"));
    QCOMPARE(after.rows.at(0).name, QStringLiteral("Brevo"));
    QCOMPARE(after.rows.at(0).price.low, 500);
    QCOMPARE(after.rows.at(0).price.high, 8000);
}

void TestSearchRows::writeByAnotherConnectionIsSeen()
{
    QCOMPARE(search(*m_store, QStringLiteral("brevo")).rows.at(0).price.high, 8000);
    QVERIFY(writeElsewhere(
        m_path, QStringLiteral("UPDATE product SET price_high = 9000 WHERE slug = 'brevo'")));
    const SearchResult after = search(*m_store, QStringLiteral("brevo"));
    QCOMPARE(after.rows.at(0).name, QStringLiteral("Brevo"));
    QCOMPARE(after.rows.at(0).price.high, 9000);
}

void TestSearchRows::fileOpenedAgainIsReadAgain()
{
    QCOMPARE(search(*m_store, QStringLiteral("brevo")).rows.at(0).price.low, 300);
    m_store.reset(); // closes this thread's connection to the file
    QVERIFY(writeElsewhere(
        m_path, QStringLiteral("UPDATE product SET price_low = 700 WHERE slug = 'brevo'")));
    // A new connection starts with no changes of its own and may see the same
    // data_version as the old one did; the rows must be read again all the same.
    m_store = std::make_unique<SqliteCatalogueStore>(m_path);
    QCOMPARE(search(*m_store, QStringLiteral("brevo")).rows.at(0).price.low, 700);
}

QTEST_GUILESS_MAIN(TestSearchRows)
#include "tst_searchrows.moc"
