// The workspace migrations: the files themselves, building from an empty file, and
// opening a file written by every schema version with its data intact. Each version's
// rows are written with that version's own SQL, never through the store, so that a later
// migration that forgets a column or a table shows here. For each new version: add its
// rows to schemaRows(), a row to upgrade_data(), and what it changes to expectStore().
#include "store/migrationrunner.h"
#include "store/sqliteconnection.h"
#include "store/workspacefile.h"
#include "store/workspaceschema.h"
#include "testutil.h"
#include "workspacefixture.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

// What a company's workspace held, in the SQL of schema 1 (valid from schema 1 on).
const char16_t *const schema1Rows[] = {
    u"UPDATE meta SET company = 'Northbeam GmbH', prepared_by = 'Mo Adeyemi', currency = 'EUR',"
    " profile = 'b2b-mid-size', created = '2024-03-01T09:30:15.250Z' WHERE id = 1",
    u"INSERT INTO settings (key, value) VALUES ('overlap-threshold', '2')",
    u"INSERT INTO capability (id, slug, name, category_slug, description, source) VALUES"
    " (1, 'lead-scoring', 'Lead scoring', 'marketing-automation',"
    " 'Rank leads by fit and engagement.', 'catalogue'),"
    " (2, 'podcast-hosting', 'Podcast hosting', '', '', 'local')",
    u"INSERT INTO capability_alias VALUES (1, 0, 'lead grading'), (1, 1, 'predictive scoring')",
    u"INSERT INTO product (slug, name, vendor_slug, vendor_name, category_slug, description,"
    " segments, deployment, pricing_model, price_low, price_high, price_currency, price_basis,"
    " price_as_of, origin, edited, snapshot_at) VALUES ('hubspot-marketing-hub',"
    " 'HubSpot Marketing Hub', 'hubspot', 'HubSpot', 'marketing-automation',"
    " 'Inbound marketing: email, forms, landing pages, workflows.', 'smb,mid-market', 'cloud',"
    " 'per contact tier', 9600, 43200, 'USD', 'Professional tier, 3 seats', '2024-05-01',"
    " 'shipped', 1, '2024-05-02T10:00:00.000Z')",
    u"INSERT INTO product_alias VALUES ('hubspot-marketing-hub', 0, 'HubSpot MH Pro'),"
    " ('hubspot-marketing-hub', 1, 'HubSpot Marketing')",
    u"INSERT INTO product_capability VALUES"
    " ('hubspot-marketing-hub', 0, 'marketing-workflows', 'Marketing workflows', 3),"
    " ('hubspot-marketing-hub', 1, 'email-campaigns', 'Email campaign sending', 2),"
    " ('hubspot-marketing-hub', 2, 'lead-scoring', 'Lead scoring', 2)",
    u"INSERT INTO product_integration VALUES"
    " ('hubspot-marketing-hub', 0, 'hubspot-crm', 'HubSpot Smart CRM', 'native'),"
    " ('hubspot-marketing-hub', 1, 'salesforce-sales-cloud', 'Sales Cloud', 'connector')",
    u"INSERT INTO tool (id, name, product_slug, vendor_name, category_slug, annual_cost, seats,"
    " active_users, owner, team, contract_start, contract_end, notice_days, auto_renew,"
    " satisfaction, status, system_of_record, notes) VALUES (5, 'HubSpot Marketing Hub',"
    " 'hubspot-marketing-hub', 'HubSpot, Inc.', 'marketing-automation', 4320050, 12, 9,"
    " 'Mo Adeyemi', 'Marketing Ops', '2024-02-01', '2025-01-31', 60, 1, 4, 'retiring', 1,"
    " 'Renewal owner: finance.' || char(10) || 'Ask about the Q4 discount.')",
    u"INSERT INTO tool (id, name, vendor_name, category_slug, annual_cost, seats, status)"
    " VALUES (9, 'Acme Webinars', 'Acme', 'events', 120000, 0, 'trial')",
    u"INSERT INTO tool_capability VALUES (5, 0, 'lead-scoring', 0), (5, 1, 'email-templates', 3),"
    " (9, 0, 'webinars', 2), (9, 1, 'podcast-hosting', 1)",
    u"INSERT INTO tool_integration VALUES (5, 9, 'connector')",
    u"INSERT INTO requirement VALUES ('lead-scoring', 'must', 2), ('webinars', 'should', 1)",
    u"INSERT INTO scenario (id, name, created) VALUES (7, 'Consolidate', '2024-06-01T08:00:00Z')",
    u"INSERT INTO decision (scenario_id, tool_id, action, effective, one_off_cost) VALUES"
    " (7, 9, 'retire', '2025-01-31', 50000)",
};

// Schema 3: scenario kinds and start dates, decision positions (the baseline comes with
// the migration).
const char16_t *const schema3Rows[] = {
    u"INSERT INTO scenario (id, name, kind, horizon_months, start_date, created) VALUES"
    " (2, 'Optimized 2025', 'optimized', 24, '2025-01-01', '2024-12-01T08:00:00.000Z')",
    u"INSERT INTO decision (scenario_id, position, product_slug, action, effective,"
    " one_off_cost) VALUES (2, 1, 'hubspot-marketing-hub', 'add', '2025-01-01', 250000)",
    u"INSERT INTO decision (scenario_id, position, tool_id, action, effective) VALUES"
    " (2, 0, 5, 'retire', '2025-01-31')",
};

// Schema 4: the report settings' one row, changed from its defaults.
const char16_t *const schema4Rows[] = {
    u"UPDATE report_settings SET hidden_sections = 'gaps,method', company = 'Northbeam AG',"
    " prepared_by = 'Ari Lund', logo_path = '/logos/nb.png', logo = x'89504e47', accent ="
    " '#aa3300', paper = 'letter', scenario = 'Consolidate' WHERE id = 1",
};

// What schema 2 (shortlists) adds: one shortlist of the one product snapshot.
const char16_t *const schema2Rows[] = {
    u"INSERT INTO shortlist (id, name, notes, weight_coverage, weight_integration, weight_cost,"
    " weight_overlap, created) VALUES (3, 'Automation', 'Pick one by Q3.', 0.5, 0.25, 0.25, 0,"
    " '2024-06-02T08:00:00.000Z')",
    u"INSERT INTO shortlist_product VALUES (3, 0, 'hubspot-marketing-hub')",
};

Shortlist sampleShortlist()
{
    Shortlist s;
    s.id = 3;
    s.name = u"Automation"_s;
    s.notes = u"Pick one by Q3."_s;
    s.productSlugs = {u"hubspot-marketing-hub"_s};
    s.weights.values = {0.5, 0.25, 0.25, 0};
    s.created = QDateTime(QDate(2024, 6, 2), QTime(8, 0), QTimeZone::utc());
    return s;
}

// The rows each schema version's SQL writes, by version.
std::vector<const char16_t *> schemaRows(int version)
{
    std::vector<const char16_t *> rows;
    if (version >= 1)
        rows.assign(std::begin(schema1Rows), std::end(schema1Rows));
    if (version >= 2)
        rows.insert(rows.end(), std::begin(schema2Rows), std::end(schema2Rows));
    if (version >= 3)
        rows.insert(rows.end(), std::begin(schema3Rows), std::end(schema3Rows));
    if (version >= 4)
        rows.insert(rows.end(), std::begin(schema4Rows), std::end(schema4Rows));
    return rows;
}

// Everything the store must read back from the rows of schema `from` at the latest schema.
void expectStore(const WorkspaceStore &store, int from)
{
    QCOMPARE(store.info(), test::sampleInfo());
    Tool hub = test::sampleTool();
    hub.id = 5;
    Tool acme = test::customTool();
    acme.id = 9;
    QCOMPARE(store.tools(), (std::vector<Tool>{acme, hub}));
    QCOMPARE(store.integrations(),
             (std::vector<ToolIntegration>{{5, 9, IntegrationKind::Connector}}));
    QCOMPARE(store.requirements(),
             (std::vector<Requirement>{{u"lead-scoring"_s, Importance::Must, 2},
                                       {u"webinars"_s, Importance::Should, 1}}));
    QCOMPARE(store.products(), std::vector<Product>{test::sampleProduct()});
    QCOMPARE(store.capabilities(),
             (std::vector<Capability>{test::catalogueCapability(), test::localCapability()}));
    QCOMPARE(store.setting(u"overlap-threshold"_s), u"2"_s);
    QCOMPARE(store.shortlists(),
             from >= 2 ? std::vector<Shortlist>{sampleShortlist()} : std::vector<Shortlist>());
    // Older files get the defaults of schema 4.
    ReportSettings report;
    if (from >= 4) {
        report.setIncluded(ReportSection::Gaps, false);
        report.setIncluded(ReportSection::Method, false);
        report.company = u"Northbeam AG"_s;
        report.preparedBy = u"Ari Lund"_s;
        report.logoPath = u"/logos/nb.png"_s;
        report.logo = QByteArray("\x89PNG");
        report.accent = u"#aa3300"_s;
        report.paper = PaperSize::Letter;
        report.scenario = u"Consolidate"_s;
    }
    QCOMPARE(store.reportSettings(), report);
}

// The scenarios at the latest schema: the baseline 003 added, schema 1's "Consolidate"
// as a manual one, and (from schema 3 on) the optimized one with its decisions in order.
void expectScenarios(const WorkspaceStore &store, int from)
{
    const std::vector<Scenario> scenarios = store.scenarios();
    QCOMPARE(scenarios.size(), size_t(from >= 3 ? 3 : 2));
    QCOMPARE(scenarios[0].kind, ScenarioKind::Baseline);
    QCOMPARE(scenarios[0].name, u"Today"_s);
    QVERIFY(scenarios[0].decisions.empty());
    const Scenario &consolidate = scenarios[1];
    QCOMPARE(consolidate.name, u"Consolidate"_s);
    QCOMPARE(consolidate.kind, ScenarioKind::Manual);
    QCOMPARE(consolidate.horizonMonths, 36);
    QCOMPARE(consolidate.start, QDate());
    QCOMPARE(consolidate.created, QDateTime(QDate(2024, 6, 1), QTime(8, 0), Qt::UTC));
    QCOMPARE(consolidate.decisions.size(), size_t(1));
    QCOMPARE(consolidate.decisions[0].toolId, 9);
    QCOMPARE(consolidate.decisions[0].action, DecisionAction::Retire);
    QCOMPARE(consolidate.decisions[0].effective, QDate(2025, 1, 31));
    QCOMPARE(consolidate.decisions[0].oneOffCost, 50000);
    if (from < 3)
        return;
    const Scenario &optimized = scenarios[2];
    QCOMPARE(optimized.kind, ScenarioKind::Optimized);
    QCOMPARE(optimized.start, QDate(2025, 1, 1));
    QCOMPARE(optimized.horizonMonths, 24);
    QCOMPARE(optimized.decisions.size(), size_t(2));
    QCOMPARE(optimized.decisions[0].action, DecisionAction::Retire);
    QCOMPARE(optimized.decisions[0].toolId, 5);
    QCOMPARE(optimized.decisions[1].action, DecisionAction::Add);
    QCOMPARE(optimized.decisions[1].productSlug, u"hubspot-marketing-hub"_s);
    QCOMPARE(optimized.decisions[1].oneOffCost, 250000);
}

} // namespace

class TestWorkspaceMigrations : public QObject
{
    Q_OBJECT

private slots:
    void migrationFiles();
    void fromEmptyFile();
    void upgrade_data();
    void upgrade();

private:
    QTemporaryDir m_dir;
};

void TestWorkspaceMigrations::migrationFiles()
{
    const MigrationRunner runner(WorkspaceSchema::migrationsFolder());
    QCOMPARE(runner.problem(), QString());
    QCOMPARE(runner.latestVersion(), 4);
    QStringList names;
    for (const MigrationRunner::Migration &m : runner.migrations())
        names << m.name;
    QCOMPARE(names,
             (QStringList{u"base"_s, u"shortlists"_s, u"scenarios"_s, u"report_settings"_s}));
}

void TestWorkspaceMigrations::fromEmptyFile()
{
    const QString path = m_dir.filePath(u"empty.stackatlas"_s);
    {
        QSqlDatabase db = SqliteConnection::database(path);
        QVERIFY(db.isOpen());
        const Status migrated = MigrationRunner(WorkspaceSchema::migrationsFolder()).migrate(db);
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));
    }
    SqliteConnection::close(path);
    QCOMPARE(test::queryColumn(path, u"PRAGMA application_id"_s),
             QStringList{QString::number(WorkspaceSchema::applicationId)});
    QCOMPARE(test::queryColumn(path,
                               u"SELECT name FROM sqlite_schema WHERE type = 'table'"
                               u" ORDER BY name"_s),
             (QStringList{u"capability"_s,
                          u"capability_alias"_s,
                          u"decision"_s,
                          u"meta"_s,
                          u"product"_s,
                          u"product_alias"_s,
                          u"product_capability"_s,
                          u"product_integration"_s,
                          u"report_settings"_s,
                          u"requirement"_s,
                          u"scenario"_s,
                          u"schema_version"_s,
                          u"settings"_s,
                          u"shortlist"_s,
                          u"shortlist_product"_s,
                          u"tool"_s,
                          u"tool_capability"_s,
                          u"tool_integration"_s}));
    // The cover page row exists from the start, with its defaults.
    QCOMPARE(test::queryColumn(path, u"SELECT company || '|' || currency FROM meta"_s),
             QStringList{u"|USD"_s});
    QCOMPARE(test::queryColumn(path, u"PRAGMA foreign_key_check"_s), QStringList());
}

void TestWorkspaceMigrations::upgrade_data()
{
    QTest::addColumn<int>("from");
    // One row per schema version a user may still have a file of.
    QTest::newRow("schema 1") << 1;
    QTest::newRow("schema 2") << 2;
    QTest::newRow("schema 3") << 3;
    QTest::newRow("schema 4") << 4;
}

void TestWorkspaceMigrations::upgrade()
{
    QFETCH(int, from);
    const QString path = m_dir.filePath(u"from-" + QString::number(from) + u".stackatlas");
    const MigrationRunner runner(WorkspaceSchema::migrationsFolder());
    {
        QSqlDatabase db = SqliteConnection::database(path);
        QVERIFY(runner.migrate(db, from).ok());
        QCOMPARE(MigrationRunner::currentVersion(db).value(), from);
    }
    SqliteConnection::close(path);
    for (const char16_t *sql : schemaRows(from))
        QVERIFY2(test::runSql(path, QString::fromUtf16(sql)), qPrintable(QString::fromUtf16(sql)));

    OpenedWorkspace opened = openWorkspace(path);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QCOMPARE(opened.migratedFrom, from < runner.latestVersion() ? from : 0);
    QCOMPARE(test::queryColumn(path, u"SELECT max(version) FROM schema_version"_s),
             QStringList{QString::number(runner.latestVersion())});
    expectStore(*opened.store, from);
    expectScenarios(*opened.store, from);
    QCOMPARE(test::queryColumn(path, u"PRAGMA foreign_key_check"_s), QStringList());
}

QTEST_GUILESS_MAIN(TestWorkspaceMigrations)
#include "tst_workspacemigrations.moc"
