// stackatlas-cli report, run as a user runs it, over the report fixture
// (tests/testutil/reportfixture.h; every figure is worked out by hand in
// tests/unit/tst_reportcontent.cpp) and the small fixture catalogue; the PDF read back
// with poppler-utils.
#include "pdftools.h"
#include "reportfixture.h"
#include "store/workspacefile.h"
#include "storefixture.h"
#include "testutil.h"
#include "workspacefixture.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

class TestReportCli final : public QObject
{
    Q_OBJECT

private:
    test::CliRun report(const QStringList &args) const
    {
        QProcessEnvironment env;
        env.insert(u"STACKATLAS_SHIPPED_CATALOGUE"_s, test::fixture(u"catalogue-small"_s));
        // No display: the command must bring its own offscreen platform.
        env.insert(u"QT_QPA_PLATFORM"_s, QString());
        env.insert(u"DISPLAY"_s, QString());
        return test::runCli(QStringList{u"--catalogue"_s, m_catalogue, u"report"_s, m_file} + args,
                            env);
    }

    void setSettings(const ReportSettings &settings) const
    {
        OpenedWorkspace opened = openWorkspace(m_file);
        QVERIFY(opened.ok());
        QVERIFY(opened.store->setReportSettings(settings).ok());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_catalogue = m_dir.filePath(u"catalogue.sqlite"_s);
        QVERIFY(test::openSmallCatalogue(m_catalogue) != nullptr);
        m_file = m_dir.filePath(u"review.stackatlas"_s);
        OpenedWorkspace opened
            = createWorkspace(m_file, test::sampleInfo(), test::reportStackImport());
        QVERIFY(opened.ok());
        ToolId site = 0, brevo = 0;
        for (const Tool &t : opened.store->tools()) {
            if (t.name == u"Site Stats")
                site = t.id;
            if (t.name == u"Brevo")
                brevo = t.id;
        }
        QVERIFY(opened.store->addShortlist(test::reportShortlist()).ok());
        QVERIFY(opened.store->saveScenario(test::reportScenario(site, brevo), {}).ok());
    }

    void writesTheReview()
    {
        const QString pdf = m_dir.filePath(u"review.pdf"_s);
        const test::CliRun run = report({u"-o"_s, pdf, u"--scenario"_s, u"Consolidate"_s});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        const QString pages = test::pdfInfo(pdf, u"Pages"_s);
        QCOMPARE(run.out, u"Wrote " + pdf + u": " + pages + u" pages\n");
        // Qt's PDF writer gives the media box in whole points: ISO A4 (595.276 x 841.89)
        // becomes 595 x 842, which pdfinfo names A4.
        QCOMPARE(test::pdfInfo(pdf, u"Page size"_s), u"595 x 842 pts (A4)"_s);

        const QString text = test::pdfText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) gave nothing");
        const QStringList expected{
            // The cover and the contents: chapter 1 on page 3.
            u"Stack review Northbeam GmbH"_s,
            u"Prepared by Mo Adeyemi"_s,
            u"Contents Executive summary 3 Current stack by category 4"_s,
            u"Page 2 of " + pages,
            // The headline numbers.
            u"Tools Annual spend Redundant spend 3 €43,500.00 €250.00"_s,
            u"Shelfware Gaps Data silos €2,100.00 2 1"_s,
            // Each chapter with its figures.
            u"Current stack by category"_s,
            u"Commerce & Sales 1 €40,000.00 92%"_s,
            u"Content & Experience 1 €3,000.00 7%"_s,
            u"Total 3 €43,500.00 100%"_s,
            u"Sales Cloud CRM €40,000.00 20 90% Dana Reyes 2027-03-31"_s,
            u"Overlaps and redundant spend"_s,
            u"Email campaign sending Brevo (3), Site Stats (2) Brevo €250.00"_s,
            u"Brevo Site Stats 25%"_s,
            u"Brevo €3,000.00 30% €2,100.00"_s,
            u"Gaps"_s,
            u"Lead scoring must 2 solid none"_s,
            u"Marketing workflows should 2 solid 1 basic"_s,
            u"Integration map"_s,
            u"Systems of record (hubs): Sales Cloud."_s,
            u"1 1 Site Stats"_s,
            u"Recommended plan"_s,
            u"€43,500.00 €42,025.00 €1,475.00"_s,
            u"2027-03-31 Retire Site Stats – €500.00 €100.00"_s,
            u"2027-06-30 Retire Brevo 2027-05-31 €3,000.00 €300.00"_s,
            u"Vendor comparisons"_s,
            u"Shortlist: Marketing automation"_s,
            u"1 Marketing Cloud Account Engagement 73.99 35.56 15.00 16.76 6.67"_s,
            u"2 Adobe Marketo Engage 68.37 40.00 15.00 5.87 7.50"_s,
            u"3 HubSpot Marketing Hub 60.56 35.56 0.00 20.00 5.00"_s,
            // (pdftotext joins each mark to its number)
            u"Lead scoring must 2 0 gap 3✓ 3✓ 2✓"_s,
            u"Method and definitions"_s,
            u"Redundant spend For each overlap, the cost shares"_s,
        };
        for (const QString &line : expected)
            QVERIFY2(text.contains(line), qPrintable(u"missing: " + line));
        // Vectors only: no logo, no image at all.
        QCOMPARE(test::pdfImages(pdf), QStringList());
    }

    void letterPaperAndALogo()
    {
        QImage logo(40, 20, QImage::Format_RGB32);
        logo.fill(QColor(0x33, 0x66, 0x99));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(logo.save(&buffer, "PNG"));
        ReportSettings s;
        s.paper = PaperSize::Letter;
        s.logo = png;
        s.logoPath = u"/nowhere/logo.png"_s; // the bytes are in the workspace
        s.scenario = u"Consolidate"_s;
        s.setIncluded(ReportSection::Comparisons, false);
        setSettings(s);
        const QString pdf = m_dir.filePath(u"letter.pdf"_s);
        const test::CliRun run = report({u"-o"_s, pdf});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(test::pdfInfo(pdf, u"Page size"_s), u"612 x 792 pts (letter)"_s);
        const QStringList images = test::pdfImages(pdf);
        QCOMPARE(images.size(), 1);
        // page num type width height ...: the logo, on the cover, at its own size.
        QVERIFY2(images[0].startsWith(u"1 0 image 40 20 "_s), qPrintable(images[0]));
        const QString text = test::pdfText(pdf);
        QVERIFY(!text.contains(u"Vendor comparisons"_s));
        QVERIFY(text.contains(u"€42,025.00"_s));
        setSettings(ReportSettings());
    }

    void optimizerPlanByDefault()
    {
        const QString pdf = m_dir.filePath(u"optimized.pdf"_s);
        const test::CliRun run = report({u"-o"_s, pdf});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(
            test::pdfText(pdf).contains(u"The optimizer's plan (COIN-OR CBC, proven optimal)"_s));
    }

    void unknownScenario()
    {
        const QString pdf = m_dir.filePath(u"nope.pdf"_s);
        const test::CliRun run = report({u"-o"_s, pdf, u"--scenario"_s, u"Nope"_s});
        QCOMPARE(run.err,
                 u"stackatlas-cli: " + m_file
                     + u": no scenario named 'Nope' in the workspace (saved: 'Today', "
                       u"'Consolidate')\n");
        QCOMPARE(run.out, QString());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(pdf));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("err");
        const QString usage = u"usage: stackatlas-cli report FILE -o OUT.pdf [--scenario NAME]\n"_s;
        QTest::newRow("no -o") << QStringList()
                               << u"stackatlas-cli: report needs -o OUT.pdf\n" + usage;
        QTest::newRow("empty scenario")
            << QStringList{u"-o"_s, u"x.pdf"_s, u"--scenario"_s, u" "_s}
            << u"stackatlas-cli: --scenario needs a scenario name\n" + usage;
    }

    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, err);
        const test::CliRun run = report(args);
        QCOMPARE(run.err, err);
        QCOMPARE(run.exitCode, 1);
    }

    void unwritableDestination()
    {
        const QString pdf = m_dir.filePath(u"no/such/folder/review.pdf"_s);
        const test::CliRun run = report({u"-o"_s, pdf, u"--scenario"_s, u"Consolidate"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.startsWith(u"stackatlas-cli: cannot write " + pdf + u": "),
                 qPrintable(run.err));
    }

private:
    QTemporaryDir m_dir;
    QString m_catalogue;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
