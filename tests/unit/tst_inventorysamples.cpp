// The demo inputs of data/samples imported over the shipped catalogue, as a new user
// first meets StackAtlas. The expected counts and sums were computed apart from the
// engine, with Python's csv and decimal modules over the same files (integration pairs:
// each "Integrates With" name looked up among the rows, pairs counted once; local
// capabilities: names absent from data/catalogue/capabilities.txt's names and aliases).
// Which rows the matcher accepts is the shipped catalogue's business: a catalogue change
// that moves these numbers should be looked at, not absorbed.
#include "inventoryfixture.h"
#include "store/cataloguefile.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

class TestInventorySamples final : public QObject
{
    Q_OBJECT

private:
    test::InventoryRun import(const QString &sample,
                              const QString &currency,
                              InventoryOptions options = {},
                              const InventoryDecisions &decisions = {})
    {
        return test::importInventory(*m_catalogue,
                                     m_dir.filePath(u"ws" + QString::number(++m_workspaces)),
                                     sample,
                                     options,
                                     decisions,
                                     currency);
    }

    static QString samples(const QString &file)
    {
        return QStringLiteral(SA_SOURCE_DIR) + u"/data/samples/" + file;
    }

    static Cents totalCost(const WorkspaceStore &store)
    {
        Cents total = 0;
        for (const Tool &t : store.tools())
            total += t.annualCost;
        return total;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        OpenedCatalogue opened = openCatalogue(m_dir.filePath(u"shipped.sqlite"_s));
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_catalogue = std::move(opened.store);
    }

    void usInventory()
    {
        const test::InventoryRun run = import(samples(u"northbeam-inventory.csv"_s), u"USD"_s);
        QVERIFY(run.store);
        QCOMPARE(run.preview.errors + run.preview.warnings + run.preview.infos, QStringList());
        QCOMPARE(run.preview.dataRows, 84);
        QCOMPARE(run.store->tools().size(), size_t(84));
        QCOMPARE(run.outcome.matched.size(), 74);
        QCOMPARE(run.outcome.unmatched,
                 (QStringList{u"Exclaimer"_s,
                              u"Figma Organization"_s,
                              u"iCapture"_s,
                              u"Leadfeeder"_s,
                              u"Mutiny"_s,
                              u"NB Lead Router (internal)"_s,
                              u"Northbeam Partner Portal"_s,
                              u"SFDC Sales Cloud Enterprise"_s,
                              u"Swydo (Brightline Digital agency licence)"_s,
                              u"Zoom Webinars 1000"_s}));
        QStringList suggested;
        for (const int r : run.outcome.unconfirmed)
            suggested << run.preview.rows[size_t(r)].tool.name + u" -> "
                             + run.preview.rows[size_t(r)].match.candidates.front().productSlug;
        QCOMPARE(suggested,
                 (QStringList{u"SFDC Sales Cloud Enterprise -> salesforce-sales-cloud"_s,
                              u"Zoom Webinars 1000 -> zoom-webinars"_s}));
        QCOMPARE(run.store->integrations().size(), size_t(97));
        QCOMPARE(totalCost(*run.store), Cents(297'958'700)); // $2,979,587.00
        QStringList hubs, trials, retiring;
        for (const Tool &t : run.store->tools()) {
            if (t.systemOfRecord)
                hubs << t.name;
            if (t.status == ToolStatus::Trial)
                trials << t.name;
            if (t.status == ToolStatus::Retiring)
                retiring << t.name;
        }
        QCOMPARE(hubs,
                 (QStringList{u"SFDC Sales Cloud Enterprise"_s, u"Twilio Segment Business"_s}));
        QCOMPARE(trials, (QStringList{u"Amplitude Plus"_s, u"Jasper"_s}));
        QCOMPARE(retiring, QStringList{u"Hootsuite Enterprise"_s});
        QCOMPARE(run.outcome.localCapabilities,
                 (QStringList{u"local-deal-registration"_s,
                              u"local-email-signature-management"_s,
                              u"local-trade-show-lead-capture"_s}));
    }

    void usInventoryAcceptingSuggestions()
    {
        InventoryDecisions decisions;
        decisions.acceptSuggestions = true;
        const test::InventoryRun run
            = import(samples(u"northbeam-inventory.csv"_s), u"USD"_s, {}, decisions);
        QVERIFY(run.store);
        QCOMPARE(run.outcome.matched.size(), 76);
        QCOMPARE(run.outcome.unmatched.size(), 8);
        QVERIFY(run.outcome.unconfirmed.empty());
        for (const Tool &t : run.store->tools()) {
            if (t.name == u"SFDC Sales Cloud Enterprise")
                QCOMPARE(t.productSlug, u"salesforce-sales-cloud"_s);
        }
    }

    // The German subsidiary's export: a title line above German headers, Windows-1252,
    // semicolons, CRLF, day-first dates and "1.440,00 €". It lists other tools than the
    // US file (15, in euros); what must hold is that reading it the European way gives
    // what the same rows give written plainly (northbeam-eu-plain.csv: English headers,
    // ISO dates, plain decimals, produced from the original by Python's csv module).
    void euInventory()
    {
        const test::InventoryRun eu = import(samples(u"northbeam-inventory-eu.csv"_s), u"EUR"_s);
        QVERIFY(eu.store);
        QCOMPARE(eu.preview.errors + eu.preview.warnings + eu.preview.infos, QStringList());
        QCOMPARE(eu.preview.format.encoding, CsvEncoding::Windows1252);
        QCOMPARE(eu.preview.format.delimiter, QChar(u';'));
        QCOMPARE(eu.preview.format.lineEnding, CsvLineEnding::CrLf);
        QCOMPARE(eu.preview.format.headerLine, 2);
        QCOMPARE(eu.preview.dateOrder, DateOrder::DayFirst);
        QCOMPARE(eu.preview.dataRows, 15);
        QCOMPARE(eu.outcome.matched.size(), 12);
        QCOMPARE(eu.outcome.unmatched,
                 (QStringList{
                     u"DeepL Pro Advanced"_s, u"Evalanche"_s, u"LinkedIn Sales Navigator Core"_s}));
        QCOMPARE(totalCost(*eu.store), Cents(6'974'968)); // 69.749,68 €

        const test::InventoryRun plain
            = import(test::fixture(u"inventory/northbeam-eu-plain.csv"_s), u"EUR"_s);
        QVERIFY(plain.store);
        QCOMPARE(plain.preview.errors + plain.preview.warnings, QStringList());
        QCOMPARE(test::describeTools(*eu.store), test::describeTools(*plain.store));
        // One row in full, so that the comparison above is known to compare fields.
        QCOMPARE(test::describeTools(*eu.store).at(4),
                 u"Evalanche | custom | vendor=SC-Networks | cost=7980.00 | seats=4 | users=1 | "
                 u"owner=Renée Schäfer | team=Marketing | start=2024-07-01 | end=2027-06-30 | "
                 u"notice=90 | notes=Altsystem; Kampagnen laufen inzwischen über Marketo. "
                 u"Kündigung geplant"_s);
    }

    void euInventoryIntoADollarWorkspace()
    {
        const test::InventoryRun run = import(samples(u"northbeam-inventory-eu.csv"_s), u"USD"_s);
        QCOMPARE(run.preview.errors.size(), 15);
        QCOMPARE(run.preview.errors.first(),
                 u"northbeam-inventory-eu.csv:3:50: '1.440,00 €' is in EUR, but the workspace's "
                 u"currency is USD"_s);
        QVERIFY(run.outcome.import.tools.empty());
        QCOMPARE(run.store->tools().size(), size_t(0));
    }

    void requirements()
    {
        InventoryOptions options;
        options.mode = InventoryMode::Requirements;
        const test::InventoryRun run = import(samples(u"requirements.csv"_s), u"USD"_s, options);
        QVERIFY(run.store);
        QCOMPARE(run.preview.errors + run.preview.warnings, QStringList());
        QCOMPARE(run.preview.dataRows, 36);
        const std::vector<Requirement> set = run.store->requirements();
        QCOMPARE(set.size(), size_t(36));
        std::map<Importance, int> byImportance;
        std::map<int, int> byStrength;
        for (const Requirement &r : set) {
            ++byImportance[r.importance];
            ++byStrength[r.minStrength];
        }
        QCOMPARE(byImportance[Importance::Must], 21);
        QCOMPARE(byImportance[Importance::Should], 14);
        QCOMPARE(byImportance[Importance::Nice], 1);
        QCOMPARE(byStrength[2], 30);
        QCOMPARE(byStrength[3], 6);
        QCOMPARE(run.outcome.localCapabilities, QStringList());
        QCOMPARE(test::describeLocalCapabilities(*run.store), QStringList());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteCatalogueStore> m_catalogue;
    int m_workspaces = 0;
};

QTEST_GUILESS_MAIN(TestInventorySamples)
#include "tst_inventorysamples.moc"
