// stackatlas-cli catalogue commands, run as a user runs them, against golden output.
// Goldens live in tests/fixtures/cli/golden; "{FIXTURES}" in them stands for the fixture
// folder. After a deliberate output change, regenerate a golden and read it line by line.
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sa;

class TestCatalogueCli final : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment fixtureEnv() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("STACKATLAS_SHIPPED_CATALOGUE"),
                   test::fixture(QStringLiteral("catalogue-small")));
        return env;
    }

    // A fresh copy of the fixture catalogue for one case.
    QString freshCatalogue(const QString &name)
    {
        const QString path = m_dir.filePath(name + u".sqlite");
        QFile::remove(path);
        if (!QFile::copy(m_pristine, path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    QString golden(const QString &name) const
    {
        QString text = QString::fromUtf8(test::fileBytes(test::fixture(u"cli/golden/" + name)));
        return text.replace(u"{FIXTURES}"_qs, QStringLiteral(SA_FIXTURES_DIR));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pristine = m_dir.filePath(QStringLiteral("pristine.sqlite"));
        const test::CliRun run = test::runCli({QStringLiteral("--catalogue"),
                                               m_pristine,
                                               QStringLiteral("catalogue"),
                                               QStringLiteral("stats")},
                                              fixtureEnv());
        QCOMPARE(run.exitCode, 0);
    }

    void commands_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("outGolden");
        QTest::addColumn<QString>("errGolden");
        const QString fx = QStringLiteral(SA_FIXTURES_DIR) + u"/cli/";
        const auto words = [](const char *text) {
            return QString::fromUtf8(text).split(u' ');
        };
        QTest::newRow("stats") << words("catalogue stats") << 0 << "stats.out"
                               << "";
        QTest::newRow("stats json") << words("catalogue stats --json") << 0 << "stats.json"
                                    << "";
        QTest::newRow("search alias") << words("catalogue search SFDC") << 0 << "search-sfdc.out"
                                      << "";
        QTest::newRow("search prefix json")
            << words("catalogue search mark --limit 3 --json") << 0 << "search-mark.json"
            << "";
        QTest::newRow("search filters")
            << words("catalogue search --segment enterprise --category data") << 0
            << "search-enterprise-data.out"
            << "";
        QTest::newRow("import") << QStringList{QStringLiteral("catalogue"),
                                               QStringLiteral("import"),
                                               fx + u"products.csv",
                                               QStringLiteral("--json")}
                                << 0 << "import.json"
                                << "import.err";
        QTest::newRow("import bad values") << QStringList{QStringLiteral("catalogue"),
                                                          QStringLiteral("import"),
                                                          fx + u"bad-values.csv"}
                                           << 2 << ""
                                           << "import-bad-values.err";
        QTest::newRow("import unterminated quote") << QStringList{QStringLiteral("catalogue"),
                                                                  QStringLiteral("import"),
                                                                  fx + u"unterminated.csv"}
                                                   << 2 << ""
                                                   << "import-unterminated.err";
        QTest::newRow("import missing file") << QStringList{QStringLiteral("catalogue"),
                                                            QStringLiteral("import"),
                                                            fx + u"absent.csv"}
                                             << 3 << ""
                                             << "import-absent.err";
        QTest::newRow("usage: no query word") << words("catalogue search --limit") << 1 << ""
                                              << "search-usage.err";
        QTest::newRow("usage: unknown command") << words("catalogue frobnicate") << 1 << ""
                                                << "unknown.err";
        QTest::newRow("export") << words("catalogue export") << 0 << "export.csv"
                                << "";
    }

    void commands()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, outGolden);
        QFETCH(QString, errGolden);
        const QString catalogue = freshCatalogue(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(!catalogue.isEmpty());
        const QByteArray before = test::fileBytes(catalogue);
        const test::CliRun run = test::runCli(
            QStringList{QStringLiteral("--catalogue"), catalogue} + args, fixtureEnv());
        QCOMPARE(run.err, errGolden.isEmpty() ? QString() : golden(errGolden));
        QCOMPARE(run.out, outGolden.isEmpty() ? QString() : golden(outGolden));
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode != 0) // a failed command changes nothing, to the byte
            QCOMPARE(test::fileBytes(catalogue), before);
    }

    void importThenSearchFindsTheNewProduct()
    {
        const QString catalogue = freshCatalogue(QStringLiteral("import-search"));
        const QStringList base{
            QStringLiteral("--catalogue"), catalogue, QStringLiteral("catalogue")};
        QCOMPARE(test::runCli(base
                                  + QStringList{QStringLiteral("import"),
                                                test::fixture(QStringLiteral("cli/products.csv"))},
                              fixtureEnv())
                     .exitCode,
                 0);
        const test::CliRun run = test::runCli(
            base + QStringList{QStringLiteral("search"), QStringLiteral("acme")}, fixtureEnv());
        QCOMPARE(run.out, golden(QStringLiteral("search-acme.out")));
    }

    void exportImportRoundTrip()
    {
        // Exporting, importing that file into a fresh catalogue and exporting again gives
        // the same bytes: the export holds everything the format carries.
        const QString first = freshCatalogue(QStringLiteral("round-1"));
        const test::CliRun exported = test::runCli({QStringLiteral("--catalogue"),
                                                    first,
                                                    QStringLiteral("catalogue"),
                                                    QStringLiteral("export"),
                                                    QStringLiteral("-o"),
                                                    m_dir.filePath(QStringLiteral("one.csv"))},
                                                   fixtureEnv());
        QCOMPARE(exported.exitCode, 0);
        const QString second = m_dir.filePath(QStringLiteral("round-2.sqlite"));
        QCOMPARE(test::runCli({QStringLiteral("--catalogue"),
                               second,
                               QStringLiteral("catalogue"),
                               QStringLiteral("import"),
                               m_dir.filePath(QStringLiteral("one.csv"))},
                              fixtureEnv())
                     .exitCode,
                 0);
        QCOMPARE(test::runCli({QStringLiteral("--catalogue"),
                               second,
                               QStringLiteral("catalogue"),
                               QStringLiteral("export"),
                               QStringLiteral("-o"),
                               m_dir.filePath(QStringLiteral("two.csv"))},
                              fixtureEnv())
                     .exitCode,
                 0);
        QCOMPARE(test::fileBytes(m_dir.filePath(QStringLiteral("two.csv"))),
                 test::fileBytes(m_dir.filePath(QStringLiteral("one.csv"))));
    }

    void damagedCatalogueIsRefusedAndCanBeRebuilt()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const QStringList base{QStringLiteral("--catalogue"), path, QStringLiteral("catalogue")};
        const test::CliRun refused
            = test::runCli(base + QStringList{QStringLiteral("stats")}, fixtureEnv());
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(refused.out, QString());
        QCOMPARE(refused.err, golden(QStringLiteral("damaged.err")).replace(u"{PATH}"_qs, path));
        QCOMPARE(test::fileBytes(path), QByteArray(4096, 'x'));

        const test::CliRun rebuilt
            = test::runCli(base + QStringList{QStringLiteral("rebuild")}, fixtureEnv());
        QCOMPARE(rebuilt.exitCode, 0);
        const QStringList aside
            = QDir(m_dir.path()).entryList({QStringLiteral("damaged.sqlite.broken-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(test::fileBytes(m_dir.filePath(aside.first())), QByteArray(4096, 'x'));
        const test::CliRun stats = test::runCli(
            base + QStringList{QStringLiteral("stats"), QStringLiteral("--json")}, fixtureEnv());
        QCOMPARE(stats.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(stats.out.toUtf8()).object().value(u"products").toInt(),
                 12);
    }

    // The real third-party lists import through the command with a column mapping. The
    // expected counts come from Python's csv module: StackShare's 9,072 rows hold 9,061
    // distinct slugs (11 repeat; the later row wins), two of which (adobe-analytics,
    // salesforce-sales-cloud) are fixture products; Segment's 503 rows have 503 slugs,
    // one of them (adobe-analytics) a fixture product.
    void thirdPartyListsImport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("mappings");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("updated");
        QTest::newRow("stackshare")
            << u"stackshare/tools.csv"_qs
            << QStringList{u"name=name"_qs, u"description=description"_qs, u"url=website"_qs}
            << 9059 << 2;
        QTest::newRow("segment") << u"segment/destinations_flat.csv"_qs
                                 << QStringList{u"display_name=name"_qs, u"website=website"_qs}
                                 << 502 << 1;
    }

    void thirdPartyListsImport()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, mappings);
        QFETCH(int, added);
        QFETCH(int, updated);
        const QString dir = test::thirdPartyDir();
        if (dir.isEmpty())
            QSKIP("the third-party data folder (../shared/data/third-party) is not here");
        const QString catalogue = freshCatalogue(QStringLiteral("third-party"));
        QStringList args{u"--catalogue"_qs,
                         catalogue,
                         u"catalogue"_qs,
                         u"import"_qs,
                         dir + u'/' + file,
                         u"--json"_qs};
        for (const QString &m : std::as_const(mappings))
            args << u"--map"_qs << m;
        const test::CliRun run = test::runCli(args, fixtureEnv());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(summary.value(u"products").toInt(), added + updated);
        QCOMPARE(summary.value(u"added").toInt(), added);
        QCOMPARE(summary.value(u"updated").toInt(), updated);
        const test::CliRun stats = test::runCli(
            {u"--catalogue"_qs, catalogue, u"catalogue"_qs, u"stats"_qs, u"--json"_qs},
            fixtureEnv());
        QCOMPARE(QJsonDocument::fromJson(stats.out.toUtf8()).object().value(u"products").toInt(),
                 12 + added);
    }

private:
    QTemporaryDir m_dir;
    QString m_pristine;
};

QTEST_GUILESS_MAIN(TestCatalogueCli)
#include "tst_cataloguecli.moc"
