// Import -> export -> import gives the same workspace: tools with every field, their
// capabilities (product overrides, custom lists, local capabilities, "none"),
// integrations of every kind and systems of record, through CSV and through XLSX. The
// fixture (tests/fixtures/inventory/roundtrip.csv) is chosen to be hard on the writers:
// formula-like cells, commas and quotes in a name that others integrate with, a newline
// in notes, zero and unknown counts.
#include "inventoryfixture.h"
#include "io/inventorystores.h"
#include "storefixture.h"
#include "testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

class TestInventoryRoundTrip final : public QObject
{
    Q_OBJECT

private:
    InventoryExport exporter(const WorkspaceStore &store) const
    {
        return InventoryExport(InventoryStores::exportData(store, m_catalogue->categories()));
    }

    QStringList effective(const WorkspaceStore &store) const
    {
        QStringList lines;
        for (const Tool &t : store.tools())
            lines << t.name + u": " + test::describeEffectiveCapabilities(store, t);
        return lines;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_catalogue = test::openSmallCatalogue(m_dir.filePath(u"catalogue.sqlite"_s));
        QVERIFY(m_catalogue);
        m_first = test::importInventory(*m_catalogue,
                                        m_dir.filePath(u"first.stackatlas"_s),
                                        test::fixture(u"inventory/roundtrip.csv"_s));
        QVERIFY(m_first.store);
        QCOMPARE(m_first.preview.errors + m_first.preview.warnings + m_first.preview.infos,
                 QStringList());
    }

    // What the fixture gives, so that the comparisons below compare something.
    void firstImport()
    {
        QCOMPARE(
            test::describeTools(*m_first.store),
            (QStringList{
                u"Acme, \"Chat\" | custom | vendor=Acme Inc | category=crm | cost=900.00 | "
                u"seats=5 | users=4 | owner=José Núñez | team=Support | status=retired | "
                u"satisfaction=5 | caps=email-campaigns:3,local-webinar-hosting:2 | "
                u"notes=-5% off list"_s,
                u"HubSpot Marketing Hub | hubspot-marketing-hub | category=marketing-automation "
                u"| cost=43200.50 | seats=0 | owner=+1 555 0100 | team=- | start=2025-06-01 | "
                u"end=2027-05-31 | notice=60 | auto-renew | status=trial | "
                u"caps=email-campaigns:0,email-templates:0,lead-scoring:0,marketing-workflows:0,"
                u"web-analytics:0 | notes=@here look"_s,
                u"Marketo | adobe-marketo-engage | category=email-marketing | cost=74500.00 | "
                u"seats=15 | users=5 | owner==SUM(A1:A3) | team=Marketing | start=2024-03-01 | "
                u"end=2027-02-28 | notice=90 | auto-renew | status=retiring | satisfaction=2 | "
                u"caps=email-campaigns:0,lead-scoring:3,local-podcast-hosting:1,"
                u"marketing-workflows:0,multi-touch-attribution:0 | "
                u"notes=Legacy MAP\\nstill runs EMEA nurture"_s,
                u"NB Router (internal) | custom | vendor=Northbeam | cost=6000.00 | owner=Lucas | "
                u"team=Data | hub | caps=lead-scoring:1"_s,
                u"SFDC | salesforce-sales-cloud | category=crm | cost=298500.00 | seats=420 | "
                u"users=391 | owner=Kevin O'Brien | team=Sales | start=2024-02-01 | "
                u"end=2027-01-31 | notice=90 | satisfaction=4 | hub | "
                u"notes=3-year term; uplift capped at 7%"_s}));
        QCOMPARE(test::describeIntegrations(*m_first.store),
                 (QStringList{u"Acme, \"Chat\" - SFDC (api)"_s,
                              u"HubSpot Marketing Hub - SFDC (connector)"_s,
                              u"Marketo - SFDC (native)"_s,
                              u"NB Router (internal) - SFDC (api)"_s}));
        QCOMPARE(test::describeLocalCapabilities(*m_first.store),
                 (QStringList{u"local-podcast-hosting | Podcast hosting | email-marketing"_s,
                              u"local-webinar-hosting | Webinar hosting | crm"_s}));
        QCOMPARE(effective(*m_first.store),
                 (QStringList{u"Acme, \"Chat\": email-campaigns:3,local-webinar-hosting:2"_s,
                              u"HubSpot Marketing Hub: "_s,
                              u"Marketo: lead-scoring:3,local-podcast-hosting:1"_s,
                              u"NB Router (internal): lead-scoring:1"_s,
                              u"SFDC: contact-management:3,pipeline-management:3,"
                              u"sales-sequences:1"_s}));
    }

    // Formula-like cells get the apostrophe, and every row reads back.
    void csvExportNeutralisesFormulas()
    {
        const QString csv = QString::fromUtf8(exporter(*m_first.store).csv());
        const QStringList lines = csv.split(u"\r\n"_s);
        QCOMPARE(lines.first(),
                 u"Tool,Vendor,Catalogue product,Category,Annual cost (USD),Seats,Active users,"
                 u"Owner,Team,Contract start,Contract end,Notice days,Auto-renew,Status,"
                 u"Satisfaction,System of record,Integrates with,Capabilities,Notes"_s);
        QCOMPARE(lines.at(2),
                 u"HubSpot Marketing Hub,HubSpot,hubspot-marketing-hub,Marketing Automation,"
                 u"43200.50,0,,'+1 555 "
                 u"0100,'-,2025-06-01,2027-05-31,60,yes,trial,,no,SFDC:connector,none,"
                 u"'@here look"_s);
        QCOMPARE(lines.at(1),
                 u"\"Acme, \"\"Chat\"\"\",Acme Inc,custom,CRM,900.00,5,4,José Núñez,Support,,,,"
                 u"no,retired,5,no,SFDC,Email campaign sending:3 | Webinar hosting:2,"
                 u"'-5% off list"_s);
        QVERIFY(csv.contains(u",'=SUM(A1:A3),"_s));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("CSV") << u"csv"_s;
        QTest::newRow("XLSX") << u"xlsx"_s;
    }

    void roundTrip()
    {
        QFETCH(QString, suffix);
        const QString exported = m_dir.filePath(u"export." + suffix);
        const InventoryExport out = exporter(*m_first.store);
        QVERIFY(suffix == u"csv" ? out.saveCsv(exported) : out.saveXlsx(exported));

        const test::InventoryRun second = test::importInventory(
            *m_catalogue, m_dir.filePath(u"second-" + suffix + u".stackatlas"), exported);
        QVERIFY(second.store);
        QCOMPARE(second.preview.errors + second.preview.warnings + second.preview.infos,
                 QStringList());
        QCOMPARE(test::describeTools(*second.store), test::describeTools(*m_first.store));
        QCOMPARE(test::describeIntegrations(*second.store),
                 test::describeIntegrations(*m_first.store));
        QCOMPARE(test::describeLocalCapabilities(*second.store),
                 test::describeLocalCapabilities(*m_first.store));
        QCOMPARE(effective(*second.store), effective(*m_first.store));
        // Nothing is lost a second time either: the exports are the same bytes.
        QCOMPARE(QString::fromUtf8(exporter(*second.store).csv()).split(u"\r\n"_s),
                 QString::fromUtf8(out.csv()).split(u"\r\n"_s));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteCatalogueStore> m_catalogue;
    test::InventoryRun m_first;
};

QTEST_GUILESS_MAIN(TestInventoryRoundTrip)
#include "tst_inventoryroundtrip.moc"
