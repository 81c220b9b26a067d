// stackatlas-cli compare, run as a user runs it, over the comparison workspace
// (tests/testutil/comparisonfixture.h; every score is worked out by hand in
// tests/unit/tst_productcomparison.cpp) and the small fixture catalogue, against golden
// output in tests/fixtures/cli/golden.
#include "comparisonfixture.h"
#include "store/workspacefile.h"
#include "storefixture.h"
#include "testutil.h"
#include "workspacefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

class TestCompareCli final : public QObject
{
    Q_OBJECT

private:
    QString golden(const QString &name) const
    {
        QString text = QString::fromUtf8(test::fileBytes(test::fixture(u"cli/golden/" + name)));
        return text.replace(u"{FILE}"_s, m_file);
    }

    test::CliRun compare(const QStringList &args) const
    {
        // The fixture stands in for the shipped catalogue, so that opening does not merge
        // the real one into it.
        QProcessEnvironment env;
        env.insert(u"STACKATLAS_SHIPPED_CATALOGUE"_s, test::fixture(u"catalogue-small"_s));
        return test::runCli(QStringList{u"--catalogue"_s, m_catalogue, u"compare"_s, m_file} + args,
                            env);
    }

    QJsonObject json(const QStringList &args) const
    {
        const test::CliRun run = compare(args + QStringList{u"--json"_s});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    static QStringList slugs(const QJsonObject &o)
    {
        QStringList out;
        for (const QJsonValue &p : o.value(u"products"_s).toArray())
            out << p[u"slug"_s].toString();
        return out;
    }

    static qint64 hundredths(const QJsonValue &v) { return qRound64(v.toDouble() * 100.0); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_catalogue = m_dir.filePath(u"catalogue.sqlite"_s);
        QVERIFY(test::openSmallCatalogue(m_catalogue) != nullptr);
        m_file = m_dir.filePath(u"compare.stackatlas"_s);
        QVERIFY(createWorkspace(m_file, test::sampleInfo(), test::comparisonStackImport()).ok());
    }

    void report()
    {
        // By name, by alias and by slug.
        const test::CliRun run = compare(
            {u"HubSpot Marketing Hub"_s, u"marketo"_s, u"salesforce-account-engagement"_s});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out, golden(u"compare.out"_s));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!QFileInfo::exists(m_file + u".lock"));
    }

    void jsonReport()
    {
        const test::CliRun run
            = compare({u"hubspot-marketing-hub"_s, u"Marketo"_s, u"Pardot"_s, u"--json"_s});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out, golden(u"compare.json"_s));
        QCOMPARE(run.exitCode, 0);
    }

    void criteriaSumToTheTotal()
    {
        // Weights 1:1:1:4 (see TestProductComparison::partsSumToTheTotal): Marketo 68.48.
        const QJsonObject o = json({u"Marketo"_s,
                                    u"Pardot"_s,
                                    u"HubSpot Marketing Hub"_s,
                                    u"--weights"_s,
                                    u"coverage=1,integration=1,cost=1,overlap=4"_s});
        const QJsonArray products = o.value(u"products"_s).toArray();
        QCOMPARE(products.size(), 3);
        for (const QJsonValue &p : products) {
            qint64 sum = 0;
            for (const QJsonValue &c : p[u"criteria"_s].toObject())
                sum += hundredths(c[u"points"_s]);
            QCOMPARE(sum, hundredths(p[u"total"_s]));
        }
        QCOMPARE(o.value(u"weights"_s)[u"overlap"_s].toDouble(), 0.5714);
        const QJsonValue marketo = products[slugs(o).indexOf(u"adobe-marketo-engage"_s)];
        QCOMPARE(marketo[u"total"_s].toDouble(), 68.48);
    }

    void weightsChangeTheRanking()
    {
        // Coverage alone: Marketo 100; HubSpot and Account Engagement tie on 88.89 and the
        // lower price midpoint goes first.
        const QJsonObject o = json(
            {u"Pardot"_s, u"Marketo"_s, u"HubSpot Marketing Hub"_s, u"--weights=coverage=1"_s});
        QCOMPARE(slugs(o),
                 (QStringList{u"adobe-marketo-engage"_s,
                              u"hubspot-marketing-hub"_s,
                              u"salesforce-account-engagement"_s}));
        QCOMPARE(o.value(u"products"_s)[1][u"total"_s].toDouble(), 88.89);
    }

    void segment()
    {
        const QJsonObject o = json({u"Pardot"_s, u"Brevo"_s, u"--segment"_s, u"smb"_s});
        QCOMPARE(o.value(u"segment"_s).toString(), u"smb"_s);
        const QJsonArray products = o.value(u"products"_s).toArray();
        QCOMPARE(products[slugs(o).indexOf(u"brevo"_s)][u"segment_fit"_s].toBool(), true);
        QCOMPARE(products[slugs(o).indexOf(u"salesforce-account-engagement"_s)][u"segment_fit"_s],
                 QJsonValue(false));
    }

    void fillAGap()
    {
        const test::CliRun run = compare({u"--fill"_s, u"Lead scoring"_s});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out, golden(u"compare-fill.out"_s));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = json({u"--fill"_s, u"lead-scoring"_s, u"--limit"_s, u"2"_s});
        QCOMPARE(o.value(u"fill"_s).toString(), u"lead-scoring"_s);
        QCOMPARE(slugs(o),
                 (QStringList{u"salesforce-account-engagement"_s, u"adobe-marketo-engage"_s}));
        QCOMPARE(o.value(u"products"_s)[0][u"total"_s].toDouble(), 73.99);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("err");
        const QString usage = golden(u"compare-usage.err"_s);
        QTest::newRow("unknown product")
            << QStringList{u"Brevo"_s, u"Mailchump"_s} << 2
            << u"stackatlas-cli: unknown product 'Mailchump': no slug, name or alias in the"
               u" catalogue or the workspace\n"_s;
        QTest::newRow("one product") << QStringList{u"Brevo"_s} << 1 << usage;
        QTest::newRow("seven products")
            << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s} << 1
            << u"stackatlas-cli: compare takes at most 6 products\n"_s + usage;
        QTest::newRow("all weights zero")
            << QStringList{u"Brevo"_s, u"Pardot"_s, u"--weights"_s, u"cost=0"_s} << 1
            << u"stackatlas-cli: --weights: every weight is 0: give at least one criterion a"
               u" weight above 0\n"_s
                   + usage;
        QTest::newRow("unknown criterion")
            << QStringList{u"Brevo"_s, u"Pardot"_s, u"--weights"_s, u"price=1"_s} << 1
            << u"stackatlas-cli: --weights: unknown criterion 'price': use coverage,"
               u" integration, cost and overlap\n"_s
                   + usage;
        QTest::newRow("named twice") << QStringList{u"Brevo"_s, u"Sendinblue"_s} << 2
                                     << u"stackatlas-cli: the product 'Brevo' is named twice\n"_s;
        QTest::newRow("unknown capability")
            << QStringList{u"--fill"_s, u"telepathy"_s} << 2
            << u"stackatlas-cli: unknown capability 'telepathy': no slug or name in the"
               u" workspace or the catalogue\n"_s;
        QTest::newRow("bad segment")
            << QStringList{u"Brevo"_s, u"Pardot"_s, u"--segment"_s, u"huge"_s} << 1
            << u"stackatlas-cli: --segment must be smb, mid-market or enterprise, not 'huge'\n"_s;
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, err);
        const test::CliRun run = compare(args);
        QCOMPARE(run.err, err);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.exitCode, exitCode);
    }

private:
    QTemporaryDir m_dir;
    QString m_catalogue;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestCompareCli)
#include "tst_comparecli.moc"
