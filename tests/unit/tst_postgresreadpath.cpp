// The team catalogue's reads and its retry window against a real PostgreSQL server
// (tests/testutil/postgresserver.h): a read sends no statement to check the connection
// first (counted in the server's own log, log_statement = all), a read after a server
// restart reconnects once and returns the right rows, and with the GUI's short retry
// window a write to a stopped server gives up within a second, keeping the edit for a
// retry that lands exactly once when the server is back.
#include "postgresserver.h"
#include "store/postgrescataloguestore.h"
#include "store/postgresconnection.h"
#include "storefixture.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

class TestPostgresReadPath : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsSendNoPing();
    void readAfterRestart();
    void shortRetryWindowKeepsTheEdit(); // last: it stops the server

private:
    test::PostgresServer m_server;
    PostgresUrl m_url;
    std::unique_ptr<PostgresCatalogueStore> m_store;
};

void TestPostgresReadPath::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_url = m_server.createDatabase(u"reads"_s);
    QVERIFY2(m_server.error().isEmpty(), qPrintable(m_server.error()));
    {
        // Every statement of the sessions that log in from now on goes to the server log.
        QSqlQuery q(PostgresConnection::database(m_url));
        QVERIFY2(q.exec(u"ALTER DATABASE reads SET log_statement = 'all'"_s),
                 qPrintable(q.lastError().text()));
    }
    PostgresConnection::close(m_url);
    Expected<std::unique_ptr<PostgresCatalogueStore>> opened
        = PostgresCatalogueStore::open(m_url, test::smallCatalogue());
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    m_store = std::move(*opened);
}

void TestPostgresReadPath::readsSendNoPing()
{
    const qsizetype logged = m_server.log().size();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_store->stats().products, 12);
    const QString log = m_server.log().mid(logged);
    // Each read is Qt's PREPARE, EXECUTE and DEALLOCATE of the counting statement, with
    // nothing sent before it to check the connection (the old "SELECT 1").
    const QRegularExpression statement(u"LOG:  statement: (.*)$"_s,
                                       QRegularExpression::MultilineOption);
    const QRegularExpression name(u"qpsqlpstmt_[0-9a-f]+"_s);
    QStringList sent;
    for (const QRegularExpressionMatch &m : statement.globalMatch(log))
        sent << m.captured(1).replace(name, u"S"_s).left(44);
    const QStringList read{u"PREPARE S AS SELECT (SELECT count(*) FROM product)"_s.left(44),
                           u"EXECUTE S"_s,
                           u"DEALLOCATE S"_s};
    QCOMPARE(sent, read + read + read);
}

void TestPostgresReadPath::readAfterRestart()
{
    QCOMPARE(m_store->stats().products, 12);
    QCOMPARE(m_store->readReconnects(), 0);
    QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
    // The first statement on the dropped connection fails; the read runs once more on a
    // new one.
    QCOMPARE(m_store->stats().products, 12);
    QCOMPARE(m_store->readReconnects(), 1);
    QCOMPARE(m_store->allProducts().size(), size_t(12));
    QCOMPARE(m_store->readReconnects(), 1);
}

void TestPostgresReadPath::shortRetryWindowKeepsTheEdit()
{
    m_store->setRetryWindow(PostgresCatalogueStore::kGuiRetryWindow);
    const ProductId id = test::productId(*m_store, u"hubspot-marketing-hub"_s);
    QVERIFY(id);
    const std::optional<VersionedProduct> read = m_store->versionedProduct(id);
    QVERIFY(read);
    Product edit = read->product;
    edit.description = u"Edited while the server was down."_s;

    QVERIFY2(m_server.stop(), qPrintable(m_server.error()));
    QElapsedTimer timer;
    timer.start();
    const Expected<VersionedUpdate> failed = m_store->updateProductIfVersion(edit, read->version);
    const qint64 took = timer.elapsed();
    QVERIFY(!failed);
    QCOMPARE(failed.error().kind, Error::Kind::Io);
    // Tried again for the window (400 ms), then handed back well within a second.
    QVERIFY2(took >= 400 && took < 1000, qPrintable(QString::number(took)));

    QVERIFY2(m_server.startAgain(), qPrintable(m_server.error()));
    const Expected<VersionedUpdate> retried = m_store->updateProductIfVersion(edit, read->version);
    QVERIFY2(retried, retried ? "" : qPrintable(retried.error().message));
    QVERIFY(retried->written);
    QCOMPARE(retried->version, read->version + 1); // written once, not twice
    const std::optional<VersionedProduct> now = m_store->versionedProduct(id);
    QCOMPARE(now->version, read->version + 1);
    QCOMPARE(now->product.description, u"Edited while the server was down."_s);
}

QTEST_GUILESS_MAIN(TestPostgresReadPath)
#include "tst_postgresreadpath.moc"
