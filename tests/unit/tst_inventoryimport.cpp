// The inventory import engine from file to workspace: each fixture in
// tests/fixtures/inventory goes through InventoryImporter::preview, buildImport and
// SqliteWorkspaceStore::applyImport over the small fixture catalogue, and the test states
// every tool, integration, message and local capability the workspace must then hold.
#include "inventoryfixture.h"
#include "io/inventorystores.h"
#include "io/xlsxwriter.h"
#include "storefixture.h"
#include "testutil.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

class TestInventoryImport final : public QObject
{
    Q_OBJECT

private:
    using Run = test::InventoryRun;

    // The file (in tests/fixtures/inventory, or an absolute path) imported into a new
    // workspace in currency.
    Run import(const QString &file,
               const InventoryOptions &options,
               const InventoryDecisions &decisions = {},
               const QString &currency = u"USD"_s)
    {
        return test::importInventory(
            *m_catalogue,
            m_dir.filePath(u"ws" + QString::number(++m_workspaces)),
            QFileInfo(file).isAbsolute() ? file : test::fixture(u"inventory/" + file),
            options,
            decisions,
            currency);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_catalogue = test::openSmallCatalogue(m_dir.filePath(u"catalogue.sqlite"_s));
        QVERIFY(m_catalogue);
    }

    void tools_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QStringList>("mappings");
        QTest::addColumn<int>("dates");
        QTest::addColumn<bool>("accept");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QStringList>("tools");
        QTest::addColumn<QStringList>("unmatched");
        QTest::addColumn<QStringList>("integrations");
        QTest::addColumn<QStringList>("locals");
        QTest::addColumn<QStringList>("messages"); // in file order
        const int fromFile = int(DateOrder::Unknown);
        const QString usd = u"USD"_s;

        QTest::newRow("UTF-8 with BOM")
            << u"utf8-bom.csv"_s << usd << QStringList() << fromFile << false << 2
            << QStringList{u"Acme Chat | custom | cost=900.00 | seats=5 | owner=José Núñez"_s,
                           u"HubSpot Marketing Hub | hubspot-marketing-hub | "
                           u"category=marketing-automation | cost=43200.00 | seats=12 | "
                           u"owner=Zoë Müller"_s}
            << QStringList{u"Acme Chat"_s} << QStringList() << QStringList() << QStringList();
        QTest::newRow("UTF-16 LE, tabs, CRLF (Excel's Unicode text)")
            << u"utf16le-tabs.csv"_s << usd << QStringList() << fromFile << false << 2
            << QStringList{u"Brevo | brevo | category=email-marketing | cost=1200.50 | seats=3 | "
                           u"team=Équipe e-mail"_s,
                           u"Marketo | adobe-marketo-engage | category=marketing-automation | "
                           u"cost=74500.00 | seats=15 | team=Marketing"_s}
            << QStringList() << QStringList() << QStringList() << QStringList();
        QTest::newRow("UTF-16 BE without BOM")
            << u"utf16be.csv"_s << usd << QStringList() << fromFile << false << 2
            << QStringList{u"SFDC | salesforce-sales-cloud | category=crm | cost=298500.00"_s,
                           u"Zapier Team | custom | vendor=Zapier | cost=2388.00"_s}
            << QStringList{u"Zapier Team"_s} << QStringList() << QStringList() << QStringList();
        QTest::newRow("Latin-1")
            << u"latin1.csv"_s << usd << QStringList() << fromFile << false << 1
            << QStringList{u"Brevo | brevo | category=email-marketing | cost=0.00 | "
                           u"owner=Jürgen Groß | team=Équipe Marketing | "
                           u"notes=Für Newsletter à Paris"_s}
            << QStringList() << QStringList() << QStringList() << QStringList();
        QTest::newRow("semicolons, decimal commas, euros")
            << u"semicolon-eu-money.csv"_s << u"EUR"_s << QStringList() << fromFile << false << 3
            << QStringList{u"Acme Chat | custom | cost=900.50 | seats=1200 | end=2027-04-01"_s,
                           u"Brevo | brevo | category=email-marketing | cost=1250.50 | seats=3 | "
                           u"end=2027-03-31"_s,
                           u"Marketo | adobe-marketo-engage | category=marketing-automation | "
                           u"cost=74500.00 | seats=15 | end=2027-02-28"_s}
            << QStringList{u"Acme Chat"_s} << QStringList() << QStringList() << QStringList();
        QTest::newRow("quoted newlines")
            << u"quoted-newlines.csv"_s << usd << QStringList() << fromFile << false << 2
            << QStringList{u"Acme Chat | custom | cost=200.00 | notes=plain"_s,
                           u"Brevo | brevo | category=email-marketing | cost=100.00 | "
                           u"notes=Line one\\nLine two, with \"quotes\""_s}
            << QStringList{u"Acme Chat"_s} << QStringList() << QStringList()
            << QStringList{u"quoted-newlines.csv:4:21: warning: unknown category 'Chatz'; the "
                           u"tool takes its product's category, if any"_s};
        QTest::newRow("CRLF")
            << u"crlf.csv"_s << usd << QStringList() << fromFile << false << 2
            << QStringList{u"Brevo | brevo | category=email-marketing | cost=0.00 | seats=3 | "
                           u"users=2"_s,
                           u"SFDC | salesforce-sales-cloud | category=crm | cost=0.00 | "
                           u"seats=40 | users=38"_s}
            << QStringList() << QStringList() << QStringList() << QStringList();

        // The same two contracts written month first and day first.
        const QStringList contracts{
            u"Brevo | brevo | category=email-marketing | cost=0.00 | start=2026-03-15 | "
            u"end=2027-03-14"_s,
            u"Marketo | adobe-marketo-engage | category=marketing-automation | cost=0.00 | "
            u"start=2026-01-05 | end=2026-12-31"_s};
        QTest::newRow("US dates") << u"us-dates.csv"_s << usd << QStringList() << fromFile << false
                                  << 2 << contracts << QStringList() << QStringList()
                                  << QStringList() << QStringList();
        QTest::newRow("European dates")
            << u"eu-dates.csv"_s << usd << QStringList() << fromFile << false << 2 << contracts
            << QStringList() << QStringList() << QStringList() << QStringList();
        // Only the last row's start (05/13) has a day over 12: it decides the start column,
        // and the end column, all of whose dates are ambiguous, follows it.
        QTest::newRow("ambiguous dates decided by the last row")
            << u"ambiguous-dates-decided.csv"_s << usd << QStringList() << fromFile << false << 3
            << QStringList{u"Acme Chat | custom | cost=0.00 | start=2026-05-13 | end=2027-05-12"_s,
                           u"Brevo | brevo | category=email-marketing | cost=0.00 | "
                           u"start=2026-04-01 | end=2027-04-01"_s,
                           u"Marketo | adobe-marketo-engage | category=marketing-automation | "
                           u"cost=0.00 | start=2026-02-01 | end=2027-02-01"_s}
            << QStringList{u"Acme Chat"_s} << QStringList() << QStringList() << QStringList();
        QTest::newRow("ambiguous dates nothing decides: month first, with a warning")
            << u"ambiguous-dates-undecided.csv"_s << usd << QStringList() << fromFile << false << 2
            << QStringList{u"Brevo | brevo | category=email-marketing | cost=0.00 | "
                           u"end=2027-04-01"_s,
                           u"Marketo | adobe-marketo-engage | category=marketing-automation | "
                           u"cost=0.00 | end=2027-02-03"_s}
            << QStringList() << QStringList() << QStringList()
            << QStringList{u"ambiguous-dates-undecided.csv:1:6: warning: the dates in column "
                           u"'Renewal date' could be month/day or day/month (no day is over "
                           u"12); read as month/day (choose the order with --dates us|eu)"_s};
        QTest::newRow("ambiguous dates, --dates eu")
            << u"ambiguous-dates-undecided.csv"_s << usd << QStringList()
            << int(DateOrder::DayFirst) << false << 2
            << QStringList{u"Brevo | brevo | category=email-marketing | cost=0.00 | "
                           u"end=2027-01-04"_s,
                           u"Marketo | adobe-marketo-engage | category=marketing-automation | "
                           u"cost=0.00 | end=2027-03-02"_s}
            << QStringList() << QStringList() << QStringList() << QStringList();
        QTest::newRow("empty rows")
            << u"empty-rows.csv"_s << usd << QStringList() << fromFile << false << 2
            << QStringList{u"Brevo | brevo | category=email-marketing | cost=0.00 | seats=3"_s,
                           u"Marketo | adobe-marketo-engage | category=marketing-automation | "
                           u"cost=0.00 | seats=15"_s}
            << QStringList() << QStringList() << QStringList() << QStringList();
        QTest::newRow("duplicate header names: the first column wins")
            << u"duplicate-headers.csv"_s << usd << QStringList() << fromFile << false << 1
            << QStringList{u"Brevo | brevo | category=email-marketing | cost=0.00 | "
                           u"owner=Ana Silva | team=Marketing"_s}
            << QStringList() << QStringList() << QStringList()
            << QStringList{u"duplicate-headers.csv:1:17: info: column 'Owner (2)' is ignored: "
                           u"column 'Owner' gives the owner"_s};
        QTest::newRow("header below a title, and a totals row")
            << u"header-not-first.csv"_s << usd << QStringList() << fromFile << false << 3
            << QStringList{u"Acme Chat | custom | cost=250.00"_s,
                           u"Brevo | brevo | category=email-marketing | cost=100.00"_s}
            << QStringList{u"Acme Chat"_s} << QStringList() << QStringList()
            << QStringList{u"header-not-first.csv:6:15: warning: unknown category 'Chatz'; the "
                           u"tool takes its product's category, if any"_s,
                           u"header-not-first.csv:7:1: warning: 'Total' looks like a totals "
                           u"row; not imported"_s};
        QTest::newRow("header synonyms: Application, Yearly spend, Licenses, Department...")
            << u"header-synonyms.csv"_s << usd << QStringList() << fromFile << false << 2
            << QStringList{u"Acme Chat | custom | vendor=Acme Inc | cost=900.00 | seats=5 | "
                           u"users=4 | owner=Chris Novak | team=Sales | end=2027-03-31 | "
                           u"notice=59"_s,
                           u"Marketo | adobe-marketo-engage | category=marketing-automation | "
                           u"cost=74500.00 | seats=15 | users=5 | owner=Priya Raman | "
                           u"team=Marketing | end=2027-02-28 | notice=90 | auto-renew | "
                           u"notes=Legacy MAP"_s}
            << QStringList{u"Acme Chat"_s} << QStringList() << QStringList() << QStringList();
        QTest::newRow("header synonyms: Tool name, Annual Cost (USD), Contract ends...")
            << u"header-synonyms-2.csv"_s << usd << QStringList() << fromFile << false << 2
            << QStringList{u"Acme Chat | custom | vendor=Acme | cost=50.00 | seats=2 | owner=Ana | "
                           u"team=Support | end=2026-12-31 | status=retiring | satisfaction=5"_s,
                           u"Brevo Meetings | brevo-meetings | category=sales-automation | "
                           u"cost=144.00 | seats=1 | owner=Marcus Lee | team=Sales | "
                           u"end=2027-06-30 | status=trial | satisfaction=4"_s}
            << QStringList{u"Acme Chat"_s} << QStringList() << QStringList() << QStringList();
        // A product tool's list becomes its whole list: the product's other capabilities
        // get strength 0. Unknown names become local capabilities in the tool's category.
        QTest::newRow("capabilities")
            << u"capabilities.csv"_s << usd << QStringList() << fromFile << false << 4
            << QStringList{u"Acme Chat | custom | cost=0.00 | "
                           u"caps=email-campaigns:3,local-podcast-hosting:2"_s,
                           u"Brevo | brevo | category=email-marketing | cost=0.00 | "
                           u"caps=email-campaigns:0,email-templates:0,marketing-workflows:0"_s,
                           u"HubSpot Marketing Hub | hubspot-marketing-hub | "
                           u"category=marketing-automation | cost=0.00 | "
                           u"caps=email-campaigns:1,email-templates:0,lead-scoring:0,"
                           u"local-webinar-hosting:2,marketing-workflows:0,web-analytics:0"_s,
                           u"Marketo | adobe-marketo-engage | category=marketing-automation | "
                           u"cost=0.00 | caps=email-campaigns:0,lead-scoring:3,"
                           u"marketing-workflows:1,multi-touch-attribution:0"_s}
            << QStringList{u"Acme Chat"_s} << QStringList()
            << QStringList{u"local-podcast-hosting | Podcast hosting | "_s,
                           u"local-webinar-hosting | Webinar hosting | marketing-automation"_s}
            << QStringList();
        QTest::newRow("integrates with, system of record, status, notice days")
            << u"links-status-notice.csv"_s << usd << QStringList() << fromFile << false << 4
            << QStringList{u"Acme Chat | custom | cost=0.00 | notice=0 | status=retired"_s,
                           u"HubSpot Marketing Hub | hubspot-marketing-hub | "
                           u"category=marketing-automation | cost=0.00 | notice=60 | "
                           u"status=trial"_s,
                           u"Marketo | adobe-marketo-engage | category=marketing-automation | "
                           u"cost=0.00 | end=2027-03-31 | notice=90 | status=retiring"_s,
                           u"SFDC | salesforce-sales-cloud | category=crm | cost=0.00 | "
                           u"end=2027-01-31 | notice=90 | hub"_s}
            << QStringList{u"Acme Chat"_s}
            << QStringList{u"Acme Chat - HubSpot Marketing Hub (connector)"_s,
                           u"HubSpot Marketing Hub - SFDC (api)"_s,
                           u"Marketo - SFDC (native)"_s}
            << QStringList()
            << QStringList{u"links-status-notice.csv:5:11: warning: no tool 'Nobody Tool' in "
                           u"this file or the workspace; that integration is left out"_s};
        QTest::newRow("the more specific header wins")
            << u"synonym-precedence.csv"_s << usd << QStringList() << fromFile << false << 1
            << QStringList{u"Brevo | brevo | category=email-marketing | cost=2.00 | owner=x"_s}
            << QStringList() << QStringList() << QStringList()
            << QStringList{u"synonym-precedence.csv:1:6: info: column 'Cost' is ignored: column "
                           u"'Annual cost' gives the annual-cost"_s};
        // Links go to the file's rows first; a name that could be two tools, the row's own
        // name or nobody's is left out with a warning.
        QTest::newRow("integration names that do not resolve")
            << u"link-problems.csv"_s << usd << QStringList() << fromFile << false << 4
            << QStringList{u"HubSpot Marketing Hub Enterprise | hubspot-marketing-hub | "
                           u"category=marketing-automation | cost=0.00"_s,
                           u"HubSpot Marketing Hub Pro | hubspot-marketing-hub | "
                           u"category=marketing-automation | cost=0.00"_s,
                           u"SFDC | salesforce-sales-cloud | category=crm | cost=0.00"_s,
                           u"SFDC | salesforce-sales-cloud | category=crm | cost=0.00"_s}
            << QStringList() << QStringList{u"HubSpot Marketing Hub Pro - SFDC (api)"_s}
            << QStringList()
            << QStringList{u"link-problems.csv:3:34: warning: 'HubSpot Marketing Hub Enterprise' "
                           u"is this row's own tool; ignored"_s,
                           u"link-problems.csv:4:6: warning: 'HubSpot Marketing Hub' could be "
                           u"'HubSpot Marketing Hub Pro' (line 2) or 'HubSpot Marketing Hub "
                           u"Enterprise' (line 3); that integration is left out (write the full "
                           u"name)"_s,
                           u"link-problems.csv:4:29: warning: no tool 'Salesforce' in this file or "
                           u"the workspace; that integration is left out"_s,
                           u"link-problems.csv:5:1: warning: 'SFDC' is also on line 4; both rows "
                           u"are imported"_s};
        QTest::newRow("--map")
            << u"map.csv"_s << usd
            << QStringList{u"Werkzeug X=name"_s,
                           u"Money=annual-cost"_s,
                           u"Who=owner"_s,
                           u"Internal ID=ignore"_s}
            << fromFile << false << 1
            << QStringList{u"Brevo | brevo | category=email-marketing | cost=99.99 | owner=Ana"_s}
            << QStringList() << QStringList() << QStringList() << QStringList();
        QTest::newRow("a suggestion is imported custom")
            << u"suggestions.csv"_s << usd << QStringList() << fromFile << false << 2
            << QStringList{u"Brevo | brevo | category=email-marketing | cost=0.00"_s,
                           u"HubSpot Sales | custom | cost=0.00"_s}
            << QStringList{u"HubSpot Sales"_s} << QStringList() << QStringList() << QStringList();
        QTest::newRow("--accept-suggestions")
            << u"suggestions.csv"_s << usd << QStringList() << fromFile << true << 2
            << QStringList{u"Brevo | brevo | category=email-marketing | cost=0.00"_s,
                           u"HubSpot Sales | hubspot-sales-hub | category=sales-automation | "
                           u"cost=0.00"_s}
            << QStringList() << QStringList() << QStringList() << QStringList();
    }

    void tools()
    {
        QFETCH(QString, file);
        QFETCH(QString, currency);
        QFETCH(QStringList, mappings);
        QFETCH(int, dates);
        QFETCH(bool, accept);
        InventoryOptions options;
        options.mappings = mappings;
        options.dateOrder = DateOrder(dates);
        InventoryDecisions decisions;
        decisions.acceptSuggestions = accept;
        const Run run = import(file, options, decisions, currency);
        QVERIFY(run.store);
        QCOMPARE(run.preview.errors, QStringList());
        QCOMPARE(run.outcome.errors, QStringList());
        QTEST(run.preview.dataRows, "rows");
        QTEST(test::describeTools(*run.store), "tools");
        QTEST(run.outcome.unmatched, "unmatched");
        QTEST(test::describeIntegrations(*run.store), "integrations");
        QTEST(test::describeLocalCapabilities(*run.store), "locals");
        QTEST(run.preview.messages, "messages");
        QFETCH(QStringList, tools);
        QFETCH(QStringList, unmatched);
        QCOMPARE(run.outcome.matched.size(), tools.size() - unmatched.size());
    }

    // Bad values and bad mappings: every message at its cell, in file order, and nothing
    // to import.
    void problems_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("mappings");
        QTest::addColumn<QStringList>("messages");
        QTest::addColumn<int>("errors");
        QTest::newRow("row values")
            << u"row-problems.csv"_s << QStringList()
            << QStringList{u"row-problems.csv:2:22: capability strength must be 1, 2 or 3 (or "
                           u"basic, solid, leading), not '4'"_s,
                           u"row-problems.csv:2:26: capability name '---' has no letters or "
                           u"digits"_s,
                           u"row-problems.csv:3:9: '03/31/2027' is not a date in day/month order, "
                           u"as '31/03/2027' on line 2 shows"_s,
                           u"row-problems.csv:3:21: warning: the catalogue has no product "
                           u"'marketo-x'; the tool is matched by its name"_s}
            << 3;
        QTest::newRow("mappings")
            << u"synonym-precedence.csv"_s
            << QStringList{u"Owner=team"_s, u"Owner=owner"_s, u"Nope=name"_s, u"bad"_s}
            << QStringList{u"synonym-precedence.csv:1:6: info: column 'Cost' is ignored: column "
                           u"'Annual cost' gives the annual-cost"_s,
                           u"synonym-precedence.csv:1:23: --map 'Owner=owner': column 'Owner' is "
                           u"mapped twice"_s,
                           u"synonym-precedence.csv:1:1: --map 'Nope=name': the file has no "
                           u"column 'Nope' (its columns: Tool, Cost, Annual cost, Owner)"_s,
                           u"synonym-precedence.csv:1:1: --map 'bad': expected \"Header=field\""_s}
            << 3;
        QTest::newRow("two columns mapped to one field")
            << u"synonym-precedence.csv"_s
            << QStringList{u"Cost=annual-cost"_s, u"Annual cost=Annual cost"_s}
            << QStringList{u"synonym-precedence.csv:1:11: --map: columns 'Cost' and 'Annual "
                           u"cost' are both mapped to annual-cost"_s}
            << 1;
    }

    void problems()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, mappings);
        InventoryOptions options;
        options.mappings = mappings;
        const Run run = import(file, options);
        QVERIFY(run.store);
        QTEST(run.preview.messages, "messages");
        QTEST(int(run.preview.errors.size()), "errors");
        QCOMPARE(run.outcome.errors, run.preview.errors);
        QVERIFY(run.outcome.import.tools.empty());
        QCOMPARE(run.store->tools().size(), size_t(0));
    }

    void requirements()
    {
        InventoryOptions options;
        options.mode = InventoryMode::Requirements;
        const Run run = import(u"requirements.csv"_s, options);
        QVERIFY(run.store);
        QCOMPARE(run.preview.errors, QStringList());
        QCOMPARE(run.preview.dataRows, 5);
        // Empty importance is must, empty strength 2; the later lead-scoring row wins.
        QCOMPARE(test::describeRequirements(*run.store),
                 (QStringList{u"email-campaigns should 2"_s,
                              u"lead-scoring should 2"_s,
                              u"local-podcast-hosting nice 1"_s,
                              u"pipeline-management must 2"_s}));
        QCOMPARE(test::describeLocalCapabilities(*run.store),
                 QStringList{u"local-podcast-hosting | Podcast hosting | "_s});
        QCOMPARE(run.preview.warnings,
                 QStringList{u"requirements.csv:6:1: warning: capability 'lead-scoring' is also "
                             u"on line 2; the later row wins"_s});
        QCOMPARE(run.store->tools().size(), size_t(0));
        // The capabilities the requirements name are snapshotted with the workspace.
        QStringList snapshots;
        for (const Capability &c : run.store->capabilities())
            snapshots << c.slug;
        snapshots.sort();
        QCOMPARE(snapshots,
                 (QStringList{u"email-campaigns"_s,
                              u"lead-scoring"_s,
                              u"local-podcast-hosting"_s,
                              u"pipeline-management"_s}));
    }

    // A workbook another producer wrote: the inventory on its second sheet, below a title,
    // money in a dollar format and renewal dates as date serials.
    void xlsxSecondSheet()
    {
        InventoryOptions options;
        options.xlsx.sheet = u"Tools"_s;
        const Run run = import(u"two-sheets.xlsx"_s, options);
        QVERIFY(run.store);
        QCOMPARE(run.preview.errors, QStringList());
        QCOMPARE(run.preview.sheets, (QStringList{u"Summary"_s, u"Tools"_s}));
        QCOMPARE(run.preview.format.headerLine, 3);
        QCOMPARE(test::describeTools(*run.store),
                 (QStringList{u"Acme Chat | custom | cost=900.50 | seats=5 | end=2027-03-31"_s,
                              u"Marketo | adobe-marketo-engage | category=marketing-automation | "
                              u"cost=74500.00 | seats=15 | owner=Priya Raman | end=2027-02-28"_s}));
        QCOMPARE(run.preview.infos + run.preview.warnings, QStringList());
    }

    // Our own XlsxWriter's typed cells: money, dates, numbers, and text that a spreadsheet
    // would run as a formula (written with the guard, read back without it).
    void xlsxTypedCells()
    {
        XlsxWriter writer;
        writer.setHeader({u"Tool"_s,
                          u"Annual cost (USD)"_s,
                          u"Seats"_s,
                          u"Contract start"_s,
                          u"Contract end"_s,
                          u"Notes"_s});
        writer.writeRow({XlsxCell::ofText(u"HubSpot Marketing Hub"_s),
                         XlsxCell::ofMoney(43200.5, u"USD"_s),
                         XlsxCell::ofNumber(12),
                         XlsxCell::ofDate(QDate(2026, 6, 1)),
                         XlsxCell::ofDate(QDate(2027, 5, 31)),
                         XlsxCell::ofText(u"=HYPERLINK(\"x\")"_s)});
        writer.writeRow({XlsxCell::ofText(u"@Acme Chat"_s),
                         XlsxCell::ofMoney(0.1 + 0.2, u"USD"_s),
                         XlsxCell(),
                         XlsxCell(),
                         XlsxCell::ofDate(QDate(2024, 2, 29)),
                         XlsxCell::ofText(u"-5% discount"_s)});
        const QString file = m_dir.filePath(u"typed.xlsx"_s);
        QVERIFY(writer.save(file));
        InventoryOptions options;
        const Run run = import(file, options);
        QVERIFY(run.store);
        QCOMPARE(run.preview.errors, QStringList());
        QCOMPARE(test::describeTools(*run.store),
                 (QStringList{u"@Acme Chat | custom | cost=0.30 | end=2024-02-29 | "
                              u"notes=-5% discount"_s,
                              u"HubSpot Marketing Hub | hubspot-marketing-hub | "
                              u"category=marketing-automation | cost=43200.50 | seats=12 | "
                              u"start=2026-06-01 | end=2027-05-31 | notes==HYPERLINK(\"x\")"_s}));
    }

    // A second import links to the tools of the first, finds its local capabilities, and
    // warns about a name that is already taken.
    void secondImport()
    {
        Run first = import(u"capabilities.csv"_s, {});
        QVERIFY(first.store);
        QCOMPARE(first.store->tools().size(), size_t(4));
        ToolId firstAcme = 0;
        for (const Tool &t : first.store->tools())
            firstAcme = t.name == u"Acme Chat" ? t.id : firstAcme;

        InventoryOptions options;
        options.displayName = u"second-import.csv"_s;
        const InventoryImporter importer = InventoryStores::importer(*m_catalogue, *first.store);
        const InventoryPreview preview
            = importer.preview(test::fixture(u"inventory/second-import.csv"_s), options);
        QCOMPARE(preview.errors, QStringList());
        QCOMPARE(preview.warnings,
                 QStringList{u"second-import.csv:2:1: warning: the workspace already has a tool "
                             u"named 'Acme Chat'; this row adds another"_s});
        const InventoryOutcome outcome = importer.buildImport(preview);
        QCOMPARE(outcome.localCapabilities, QStringList());
        QVERIFY(first.store->applyImport(outcome.import));

        QStringList tools = test::describeTools(*first.store);
        tools.sort();
        QCOMPARE(tools.size(), 6);
        QCOMPARE(tools.filter(u"Acme Chat"_s),
                 (QStringList{u"Acme Chat | custom | cost=0.00 | "
                              u"caps=email-campaigns:3,local-podcast-hosting:2"_s,
                              u"Acme Chat | custom | cost=0.00 | caps=local-podcast-hosting:1"_s}));
        QCOMPARE(tools.filter(u"Webinar Box"_s),
                 QStringList{u"Webinar Box | custom | cost=0.00 | caps=local-podcast-hosting:3"_s});
        // The new Acme Chat has the links; the first one keeps none.
        QCOMPARE(test::describeIntegrations(*first.store),
                 (QStringList{u"Acme Chat - Marketo (api)"_s,
                              u"Acme Chat - Webinar Box (api)"_s,
                              u"Brevo - Webinar Box (connector)"_s,
                              u"HubSpot Marketing Hub - Webinar Box (api)"_s}));
        for (const ToolIntegration &i : first.store->integrations())
            QVERIFY(i.a != firstAcme && i.b != firstAcme);
        QCOMPARE(
            test::describeLocalCapabilities(*first.store),
            (QStringList{u"local-podcast-hosting | Podcast hosting | "_s,
                         u"local-webinar-hosting | Webinar hosting | marketing-automation"_s}));
    }

    // A workspace opened on a laptop whose catalogue lacks one of its products: the
    // workspace's snapshot stands in, so a file naming the product by slug still finds it.
    void productKnownOnlyToTheWorkspace()
    {
        Run first = import(u"capabilities.csv"_s, {});
        QVERIFY(first.store);
        const auto other = test::openSmallCatalogue(m_dir.filePath(u"other.sqlite"_s));
        QVERIFY(other);
        QVERIFY(other->removeProduct(test::productId(*other, u"brevo"_s)));
        QVERIFY(!other->productBySlug(u"brevo"_s));

        InventoryOptions options;
        options.displayName = u"by-slug.csv"_s;
        const InventoryImporter importer = InventoryStores::importer(*other, *first.store);
        const InventoryPreview preview
            = importer.preview(test::fixture(u"inventory/by-slug.csv"_s), options);
        QCOMPARE(preview.messages, QStringList());
        QCOMPARE(preview.rows.at(0).match.kind, InventoryMatchKind::FromFile);
        const InventoryOutcome outcome = importer.buildImport(preview);
        QCOMPARE(outcome.matched, QStringList{u"Newsletter tool"_s});
        QCOMPARE(test::describeTool(outcome.import.tools.at(0)),
                 u"Newsletter tool | brevo | category=email-marketing | cost=0.00"_s);
    }

    // The wizard's second look: the same table with the user's mappings.
    void remap()
    {
        const Run run = import(u"map.csv"_s, {});
        QCOMPARE(run.preview.errors,
                 QStringList{u"map.csv:1:1: no column gives the tool name (call it Tool, "
                             u"Application or Product, or map one with --map \"Header=name\")"_s});
        QCOMPARE(run.outcome.errors, run.preview.errors);
        QVERIFY(run.outcome.import.tools.empty());
        InventoryOptions options;
        options.mappings = QStringList{u"Werkzeug X=name"_s, u"Money=cost"_s};
        const InventoryImporter importer = InventoryStores::importer(*m_catalogue, *run.store);
        const InventoryPreview again = importer.remap(run.preview, options);
        QCOMPARE(again.errors, QStringList());
        QCOMPARE(again.rows.size(), size_t(1));
        QCOMPARE(test::describeTool(again.rows[0].tool),
                 u"Brevo | custom | cost=99.99"_s); // the product is settled by buildImport
        QCOMPARE(again.rows[0].match.productSlug, u"brevo"_s);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteCatalogueStore> m_catalogue;
    int m_workspaces = 0;
};

QTEST_GUILESS_MAIN(TestInventoryImport)
#include "tst_inventoryimport.moc"
