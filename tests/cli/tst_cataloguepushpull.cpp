// stackatlas-cli catalogue push --to URL and pull --from URL against a real PostgreSQL
// server (tests/testutil/postgresserver.h), between catalogue files built from the
// shipped data. Without a server the test fails with the reason.
#include "postgresserver.h"
#include "store/cataloguefile.h"
#include "store/shippeddata.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

class TestCataloguePushPull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pushThenPull();
    void passwordInUrlIsRefused();

private:
    test::PostgresServer m_server;
    QTemporaryDir m_dir;
};

void TestCataloguePushPull::initTestCase()
{
    QVERIFY2(m_server.start(),
             qPrintable(u"cannot start a PostgreSQL server for the tests: " + m_server.error()));
}

void TestCataloguePushPull::pushThenPull()
{
    const QString url = m_server.createDatabase(QStringLiteral("team")).toString();
    QVERIFY2(m_server.error().isEmpty(), qPrintable(m_server.error()));
    const CatalogueContent shipped = readCatalogueFolder(shippedCatalogueDir()).content;
    const qsizetype products = qsizetype(shipped.products.size());
    const qsizetype capabilities = qsizetype(shipped.capabilities.size());
    QVERIFY(products > 100);
    const QString laptop = m_dir.filePath(QStringLiteral("laptop.sqlite"));
    {
        // A product of the consultant's own, beside the shipped ones.
        OpenedCatalogue local = openCatalogue(laptop);
        QVERIFY2(local.ok(), qPrintable(local.message));
        Product own;
        own.name = QStringLiteral("Client Data Hub");
        own.vendorName = QStringLiteral("Northbeam Labs");
        QVERIFY(local.store->addProduct(own));
    }
    // The server catalogue starts as the shipped one: every shipped row is updated, the
    // consultant's product is added.
    const test::CliRun push = test::runCli({QStringLiteral("--catalogue"),
                                            laptop,
                                            QStringLiteral("catalogue"),
                                            QStringLiteral("push"),
                                            QStringLiteral("--to"),
                                            url});
    QCOMPARE(push.err, QString());
    QCOMPARE(push.exitCode, 0);
    // Every shipped row is there on both sides: updated; the consultant's product added.
    const auto summary = [&](const char *verb) -> QString {
        return QString::fromLatin1(verb)
               + u" %1 products: 1 added, %2 updated; 0 capabilities added, %3 updated; "
                 u"0 categories added; 0 removed\n"_s.arg(products + 1)
                     .arg(products)
                     .arg(capabilities);
    };
    QCOMPARE(push.out, summary("pushed"));
    // The server now finds it.
    const test::CliRun search = test::runCli({QStringLiteral("--catalogue"),
                                              url,
                                              QStringLiteral("catalogue"),
                                              QStringLiteral("search"),
                                              QStringLiteral("client data hub")});
    QCOMPARE(search.exitCode, 0);
    QVERIFY2(search.out.contains(u"Client Data Hub"), qPrintable(search.out));
    // A colleague pulls it into a fresh catalogue.
    const QString colleague = m_dir.filePath(QStringLiteral("colleague.sqlite"));
    const test::CliRun pull = test::runCli({QStringLiteral("--catalogue"),
                                            colleague,
                                            QStringLiteral("catalogue"),
                                            QStringLiteral("pull"),
                                            QStringLiteral("--from"),
                                            url});
    QCOMPARE(pull.err, QString());
    QCOMPARE(pull.exitCode, 0);
    QCOMPARE(pull.out, summary("pulled"));
    OpenedCatalogue pulled = openCatalogue(colleague);
    QVERIFY(pulled.ok());
    QCOMPARE(pulled.store->productBySlug(QStringLiteral("client-data-hub"))->vendorName,
             QStringLiteral("Northbeam Labs"));
    QCOMPARE(pulled.store->stats().products, int(products + 1));
}

void TestCataloguePushPull::passwordInUrlIsRefused()
{
    const test::CliRun run = test::runCli({QStringLiteral("--catalogue"),
                                           QStringLiteral("postgresql://mo:secret@127.0.0.1/team"),
                                           QStringLiteral("catalogue"),
                                           QStringLiteral("stats")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err,
             QStringLiteral("stackatlas-cli: the URL 'postgresql://mo@127.0.0.1/team' holds a "
                            "password; put it in ~/.pgpass (HOST:PORT:DATABASE:USER:PASSWORD, "
                            "mode 0600) or let the application ask for it, never in the URL\n"));
}

QTEST_GUILESS_MAIN(TestCataloguePushPull)
#include "tst_cataloguepushpull.moc"
