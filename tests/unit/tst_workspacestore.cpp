// The SQLite workspace store: every table round-trips exact values (also after reopening
// the file), ids are kept, removals cascade, bad values are refused with a sentence
// before SQLite's CHECK constraints (which still hold against raw SQL), and an import
// lands whole or leaves the file byte for byte as it was.
#include "store/workspacefile.h"
#include "testutil.h"
#include "workspacefixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

QString message(const Status &s)
{
    return s.ok() ? QString() : s.error().message;
}

template<typename T>
QString message(const Expected<T> &e)
{
    return e.ok() ? QString() : e.error().message;
}

} // namespace

class TestWorkspaceStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void infoRoundTrip();
    void toolsRoundTrip();
    void toolsOrderedByNameCaseInsensitively();
    void toolKeepsGivenId();
    void toolValidation_data();
    void toolValidation();
    void removeToolTakesItsRowsAlong();
    void integrations();
    void requirements();
    void snapshotsRoundTrip();
    void settings();
    void everythingSurvivesReopening();
    void checkConstraints_data();
    void checkConstraints();
    void applyImport();
    void applyImportAllOrNothing_data();
    void applyImportAllOrNothing();
    void revertImport();

private:
    void addSnapshots();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<SqliteWorkspaceStore> m_store;
};

void TestWorkspaceStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"northbeam.stackatlas"_s);
    m_store = test::createSampleWorkspace(m_path);
    QVERIFY(m_store);
}

void TestWorkspaceStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestWorkspaceStore::addSnapshots()
{
    QCOMPARE(message(m_store->saveProduct(test::sampleProduct())), QString());
    QCOMPARE(message(m_store->saveCapability(test::catalogueCapability())), QString());
    QCOMPARE(message(m_store->saveCapability(test::localCapability())), QString());
}

void TestWorkspaceStore::infoRoundTrip()
{
    QCOMPARE(m_store->info(), test::sampleInfo());
    WorkspaceInfo changed;
    changed.company = u"Northbeam AG"_s;
    changed.preparedBy = u""_s;
    changed.currency = u"CHF"_s;
    changed.profile = QString();
    changed.created = QDateTime(); // null: the file keeps its creation time
    QCOMPARE(message(m_store->setInfo(changed)), QString());
    WorkspaceInfo expected = changed;
    expected.created = test::sampleInfo().created;
    QCOMPARE(m_store->info(), expected);

    changed.currency = u"eur"_s;
    QCOMPARE(message(m_store->setInfo(changed)),
             u"'eur' is not a currency code (three capital letters, ISO 4217)"_s);
    QCOMPARE(m_store->info().currency, u"CHF"_s);
}

void TestWorkspaceStore::toolsRoundTrip()
{
    addSnapshots();
    const Expected<ToolId> id = m_store->addTool(test::sampleTool());
    QVERIFY2(id.ok(), qPrintable(message(id)));
    Tool expected = test::sampleTool();
    expected.id = *id;
    QCOMPARE(m_store->tool(*id), std::optional<Tool>(expected));

    const Expected<ToolId> customId = m_store->addTool(test::customTool());
    QVERIFY2(customId.ok(), qPrintable(message(customId)));
    Tool custom = test::customTool();
    custom.id = *customId;
    QCOMPARE(m_store->tool(*customId), std::optional<Tool>(custom));
    QCOMPARE(m_store->tools(), (std::vector<Tool>{custom, expected}));

    // Every field changes, the capabilities are replaced in their new order.
    Tool edited = custom;
    edited.name = u"Acme Webinars Pro"_s;
    edited.productSlug = u"hubspot-marketing-hub"_s;
    edited.vendorName.clear();
    edited.categorySlug = u"webinars"_s;
    edited.annualCost = 0;
    edited.seats = -1;
    edited.activeUsers = 0;
    edited.owner = u"Priya"_s;
    edited.team = u"Events"_s;
    edited.contractStart = QDate(2023, 12, 31);
    edited.contractEnd = QDate(2024, 2, 29);
    edited.noticeDays = 0;
    edited.autoRenew = true;
    edited.satisfaction = 5;
    edited.status = ToolStatus::Retired;
    edited.systemOfRecord = true;
    edited.notes = u"Ünïcode — notes"_s;
    edited.capabilities = {ToolCapability{u"podcast-hosting"_s, 3},
                           ToolCapability{u"lead-scoring"_s, 0},
                           ToolCapability{u"webinars"_s, 1}};
    QCOMPARE(message(m_store->updateTool(edited)), QString());
    QCOMPARE(m_store->tool(*customId), std::optional<Tool>(edited));

    Tool ghost = edited;
    ghost.id = 999;
    QCOMPARE(message(m_store->updateTool(ghost)), u"there is no tool with the id 999"_s);
    QCOMPARE(m_store->tool(999), std::nullopt);
}

void TestWorkspaceStore::toolsOrderedByNameCaseInsensitively()
{
    QStringList added;
    for (const char16_t *name : {u"zoom", u"Brevo", u"apollo", u"Ähnlich", u"brevo"}) {
        Tool t;
        t.name = QString::fromUtf16(name);
        QVERIFY(m_store->addTool(t).ok());
    }
    QStringList names;
    for (const Tool &t : m_store->tools())
        names << t.name;
    QCOMPARE(names, (QStringList{u"apollo"_s, u"Brevo"_s, u"brevo"_s, u"zoom"_s, u"Ähnlich"_s}));
}

void TestWorkspaceStore::toolKeepsGivenId()
{
    Tool t = test::customTool();
    t.id = 42;
    QCOMPARE(m_store->addTool(t).value(), 42);
    QCOMPARE(m_store->tool(42)->name, u"Acme Webinars"_s);
    QCOMPARE(message(m_store->addTool(t)), u"a tool with the id 42 already exists"_s);
    t.id = 0;
    QCOMPARE(m_store->addTool(t).value(), 43); // after the highest id
}

void TestWorkspaceStore::toolValidation_data()
{
    QTest::addColumn<Tool>("tool");
    QTest::addColumn<QString>("error");
    const Tool base = test::customTool();
    Tool t = base;
    t.name = u"  "_s;
    QTest::newRow("no name") << t << u"a tool needs a name"_s;
    t = base;
    t.annualCost = -1;
    QTest::newRow("negative cost")
        << t << u"the tool 'Acme Webinars': the annual cost cannot be negative"_s;
    t = base;
    t.seats = -2;
    QTest::newRow("negative seats")
        << t
        << u"the tool 'Acme Webinars': seats, active users and notice days cannot be negative"_s;
    t = base;
    t.satisfaction = 6;
    QTest::newRow("satisfaction 6")
        << t << u"the tool 'Acme Webinars': satisfaction is 1 to 5, or 0 when not rated"_s;
    t = base;
    t.capabilities.push_back({u"webinars"_s, 1});
    QTest::newRow("capability twice")
        << t << u"the tool 'Acme Webinars': the capability 'webinars' is listed twice"_s;
    t = base;
    t.capabilities[0].strength = 4;
    QTest::newRow("strength 4")
        << t
        << u"the tool 'Acme Webinars': the strength of 'webinars' must be 0 (not covered) to 3 (leading)"_s;
    t = base;
    t.productSlug = u"on24"_s;
    QTest::newRow("no snapshot")
        << t << u"the tool 'Acme Webinars': the workspace has no snapshot of the product 'on24'"_s;
}

void TestWorkspaceStore::toolValidation()
{
    QFETCH(Tool, tool);
    QFETCH(QString, error);
    const QByteArray before = test::fileBytes(m_path);
    const Expected<ToolId> added = m_store->addTool(tool);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().message, error);
    QCOMPARE(added.error().kind, Error::Kind::BadInput);
    QVERIFY(m_store->tools().empty());
    QVERIFY(test::fileBytes(m_path) == before);
}

void TestWorkspaceStore::removeToolTakesItsRowsAlong()
{
    addSnapshots();
    const ToolId hub = m_store->addTool(test::sampleTool()).value();
    const ToolId acme = m_store->addTool(test::customTool()).value();
    Tool third;
    third.name = u"Salesforce"_s;
    const ToolId crm = m_store->addTool(third).value();
    QVERIFY(m_store->addIntegration({hub, acme, IntegrationKind::Native}).ok());
    QVERIFY(m_store->addIntegration({crm, hub, IntegrationKind::Connector}).ok());
    QVERIFY(m_store->addIntegration({acme, crm, IntegrationKind::Api}).ok());

    QCOMPARE(message(m_store->removeTool(hub)), QString());
    QCOMPARE(m_store->tool(hub), std::nullopt);
    QCOMPARE(m_store->integrations(),
             (std::vector<ToolIntegration>{{acme, crm, IntegrationKind::Api}}));
    QCOMPARE(test::queryColumn(m_path, u"SELECT count(*) FROM tool_capability"_s),
             QStringList{u"2"_s}); // Acme's two
    QCOMPARE(message(m_store->removeTool(hub)), u"there is no tool with the id 1"_s);

    // Several at once, all or nothing.
    QCOMPARE(message(m_store->removeTools({acme, 77})), u"there is no tool with the id 77"_s);
    QVERIFY(m_store->tool(acme));
    QCOMPARE(message(m_store->removeTools({acme, crm})), QString());
    QVERIFY(m_store->tools().empty());
    QVERIFY(m_store->integrations().empty());
    QCOMPARE(test::queryColumn(m_path, u"SELECT count(*) FROM tool_capability"_s),
             QStringList{u"0"_s});
    // The snapshot stays.
    QCOMPARE(m_store->products().size(), size_t(1));
}

void TestWorkspaceStore::integrations()
{
    std::vector<ToolId> ids;
    for (const char16_t *name : {u"A", u"B", u"C"}) {
        Tool t;
        t.name = QString::fromUtf16(name);
        ids.push_back(m_store->addTool(t).value());
    }
    // Stored once per pair, smaller id first, whatever order it is given in.
    QCOMPARE(message(m_store->addIntegration({ids[2], ids[0], IntegrationKind::Connector})),
             QString());
    QCOMPARE(message(m_store->addIntegration({ids[0], ids[1], IntegrationKind::Native})),
             QString());
    QCOMPARE(m_store->integrations(),
             (std::vector<ToolIntegration>{{ids[0], ids[1], IntegrationKind::Native},
                                           {ids[0], ids[2], IntegrationKind::Connector}}));
    // Adding an existing pair changes its kind.
    QCOMPARE(message(m_store->addIntegration({ids[0], ids[2], IntegrationKind::Api})), QString());
    QCOMPARE(m_store->integrations().at(1),
             (ToolIntegration{ids[0], ids[2], IntegrationKind::Api}));
    QCOMPARE(message(m_store->addIntegration({ids[1], ids[1], IntegrationKind::Api})),
             u"a tool cannot integrate with itself"_s);
    QCOMPARE(message(m_store->addIntegration({ids[1], 99, IntegrationKind::Api})),
             u"there is no tool with the id 99"_s);

    QCOMPARE(message(m_store->removeIntegration(ids[2], ids[0])), QString());
    QCOMPARE(m_store->integrations(),
             (std::vector<ToolIntegration>{{ids[0], ids[1], IntegrationKind::Native}}));
    QCOMPARE(message(m_store->removeIntegration(ids[0], ids[2])),
             u"there is no integration between the tools 1 and 3"_s);
}

void TestWorkspaceStore::requirements()
{
    QCOMPARE(message(m_store->setRequirement({u"web-analytics"_s, Importance::Should, 2})),
             QString());
    QCOMPARE(message(m_store->setRequirement({u"contact-management"_s, Importance::Must, 3})),
             QString());
    QCOMPARE(message(m_store->setRequirement({u"web-analytics"_s, Importance::Nice, 1})),
             QString());
    QCOMPARE(m_store->requirements(),
             (std::vector<Requirement>{{u"contact-management"_s, Importance::Must, 3},
                                       {u"web-analytics"_s, Importance::Nice, 1}}));
    QCOMPARE(message(m_store->setRequirement({u"web-analytics"_s, Importance::Nice, 4})),
             u"the requirement for 'web-analytics': the minimum strength is 1 (basic) to 3 "
             u"(leading)"_s);
    QCOMPARE(message(m_store->setRequirement({QString(), Importance::Nice, 1})),
             u"a requirement needs a capability"_s);
    QCOMPARE(message(m_store->removeRequirement(u"contact-management"_s)), QString());
    QCOMPARE(message(m_store->removeRequirement(u"contact-management"_s)),
             u"there is no requirement for 'contact-management'"_s);
    QCOMPARE(m_store->requirements(),
             (std::vector<Requirement>{{u"web-analytics"_s, Importance::Nice, 1}}));
}

void TestWorkspaceStore::snapshotsRoundTrip()
{
    addSnapshots();
    QCOMPARE(m_store->product(u"hubspot-marketing-hub"_s),
             std::optional<Product>(test::sampleProduct()));
    QCOMPARE(m_store->product(u"nope"_s), std::nullopt);
    QCOMPARE(m_store->capabilities(),
             (std::vector<Capability>{test::catalogueCapability(), test::localCapability()}));

    // Replacing keeps one row per slug, with the new lists in their new order.
    Product newer = test::sampleProduct();
    newer.name = u"HubSpot Marketing Hub Enterprise"_s;
    newer.segments.clear();
    newer.price = PriceBand();
    newer.aliases = QStringList{u"HMH"_s};
    newer.capabilities = {ProductCapability{0, u"lead-scoring"_s, u"Lead scoring"_s, 3}};
    newer.integrations.clear();
    newer.origin = Origin::User;
    newer.edited = false;
    QCOMPARE(message(m_store->saveProduct(newer)), QString());
    QCOMPARE(m_store->products(), std::vector<Product>{newer});
    Product minimal;
    minimal.slug = u"acme-cdp"_s;
    minimal.name = u"Acme CDP"_s;
    QCOMPARE(message(m_store->saveProduct(minimal)), QString());
    QCOMPARE(m_store->products(), (std::vector<Product>{minimal, newer}));

    Capability renamed = test::catalogueCapability();
    renamed.name = u"Account and lead scoring"_s;
    renamed.aliases = QStringList{u"scoring"_s};
    QCOMPARE(message(m_store->saveCapability(renamed)), QString());
    QCOMPARE(m_store->capabilities(), (std::vector<Capability>{renamed, test::localCapability()}));

    Product badSlug = minimal;
    badSlug.slug = u"Acme CDP"_s;
    QCOMPARE(message(m_store->saveProduct(badSlug)),
             u"the product 'Acme CDP': 'Acme CDP' is not a valid slug (lower-case letters, "
             u"digits and single dashes)"_s);
    Capability nameless = test::localCapability();
    nameless.name.clear();
    QCOMPARE(message(m_store->saveCapability(nameless)),
             u"the capability 'podcast-hosting': a capability needs a name"_s);
}

void TestWorkspaceStore::settings()
{
    QCOMPARE(m_store->setting(u"overlap-threshold"_s), QString());
    QVERIFY(m_store->setting(u"overlap-threshold"_s).isNull());
    QCOMPARE(message(m_store->setSetting(u"overlap-threshold"_s, u"2"_s)), QString());
    QCOMPARE(message(m_store->setSetting(u"hubs"_s, u""_s)), QString());
    QCOMPARE(message(m_store->setSetting(u"overlap-threshold"_s, u"3"_s)), QString());
    QCOMPARE(m_store->setting(u"overlap-threshold"_s), u"3"_s);
    QVERIFY(!m_store->setting(u"hubs"_s).isNull());                          // empty, not absent
    QCOMPARE(message(m_store->setSetting(u"hubs"_s, QString())), QString()); // removes
    QVERIFY(m_store->setting(u"hubs"_s).isNull());
    QCOMPARE(message(m_store->setSetting(QString(), u"x"_s)), u"a setting needs a name"_s);
}

void TestWorkspaceStore::everythingSurvivesReopening()
{
    addSnapshots();
    const ToolId hub = m_store->addTool(test::sampleTool()).value();
    const ToolId acme = m_store->addTool(test::customTool()).value();
    QVERIFY(m_store->addIntegration({hub, acme, IntegrationKind::Connector}).ok());
    QVERIFY(m_store->setRequirement({u"lead-scoring"_s, Importance::Must, 2}).ok());
    QVERIFY(m_store->setSetting(u"overlap-threshold"_s, u"2"_s).ok());

    const std::vector<Tool> tools = m_store->tools();
    m_store.reset();
    QVERIFY(!QFileInfo::exists(m_path + u".lock"));
    QVERIFY(!QFileInfo::exists(m_path + u"-journal"));
    OpenedWorkspace reopened = openWorkspace(m_path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.message));
    const WorkspaceStore &store = *reopened.store;
    QCOMPARE(store.info(), test::sampleInfo());
    QCOMPARE(store.tools(), tools);
    QCOMPARE(store.tools().size(), size_t(2));
    QCOMPARE(store.integrations(),
             (std::vector<ToolIntegration>{{hub, acme, IntegrationKind::Connector}}));
    QCOMPARE(store.requirements(),
             (std::vector<Requirement>{{u"lead-scoring"_s, Importance::Must, 2}}));
    QCOMPARE(store.products(), std::vector<Product>{test::sampleProduct()});
    QCOMPARE(store.capabilities(),
             (std::vector<Capability>{test::catalogueCapability(), test::localCapability()}));
    QCOMPARE(store.setting(u"overlap-threshold"_s), u"2"_s);
}

void TestWorkspaceStore::checkConstraints_data()
{
    // Raw SQL that the schema itself must refuse, whatever the code above it does.
    QTest::addColumn<QString>("sql");
    QTest::newRow("second meta row") << u"INSERT INTO meta (id, created) VALUES (2, 'x')"_s;
    QTest::newRow("lower-case currency") << u"UPDATE meta SET currency = 'eur'"_s;
    QTest::newRow("empty tool name") << u"INSERT INTO tool (name) VALUES ('')"_s;
    QTest::newRow("negative cost") << u"INSERT INTO tool (name, annual_cost) VALUES ('x', -1)"_s;
    QTest::newRow("seats -2") << u"INSERT INTO tool (name, seats) VALUES ('x', -2)"_s;
    QTest::newRow("users -2") << u"INSERT INTO tool (name, active_users) VALUES ('x', -2)"_s;
    QTest::newRow("notice -2") << u"INSERT INTO tool (name, notice_days) VALUES ('x', -2)"_s;
    QTest::newRow("satisfaction 6") << u"INSERT INTO tool (name, satisfaction) VALUES ('x', 6)"_s;
    QTest::newRow("status") << u"INSERT INTO tool (name, status) VALUES ('x', 'paused')"_s;
    QTest::newRow("impossible date")
        << u"INSERT INTO tool (name, contract_end) VALUES ('x', '2024-02-30')"_s;
    QTest::newRow("unknown product")
        << u"INSERT INTO tool (name, product_slug) VALUES ('x', 'on24')"_s;
    QTest::newRow("override strength 4")
        << u"INSERT INTO tool_capability VALUES (1, 0, 'webinars', 4)"_s;
    QTest::newRow("integration a > b") << u"INSERT INTO tool_integration VALUES (2, 1, 'api')"_s;
    QTest::newRow("integration kind") << u"INSERT INTO tool_integration VALUES (1, 2, 'ftp')"_s;
    QTest::newRow("importance") << u"INSERT INTO requirement VALUES ('x', 'maybe', 2)"_s;
    QTest::newRow("min strength 0") << u"INSERT INTO requirement VALUES ('x', 'must', 0)"_s;
    QTest::newRow("product strength 0")
        << u"INSERT INTO product_capability VALUES ('hubspot-marketing-hub', 9, 'x', '', 0)"_s;
    QTest::newRow("capability source")
        << u"INSERT INTO capability (slug, name, source) VALUES ('x', 'X', 'shipped')"_s;
    QTest::newRow("add without product")
        << u"INSERT INTO decision (scenario_id, tool_id, action) VALUES (1, 1, 'add')"_s;
    QTest::newRow("replace without replacement")
        << u"INSERT INTO decision (scenario_id, tool_id, action) VALUES (1, 1, 'replace')"_s;
    QTest::newRow("horizon 0")
        << u"INSERT INTO scenario (name, horizon_months, created) VALUES ('x', 0, 'now')"_s;
}

void TestWorkspaceStore::checkConstraints()
{
    QFETCH(QString, sql);
    addSnapshots();
    Tool a, b;
    a.name = u"A"_s;
    b.name = u"B"_s;
    QCOMPARE(m_store->addTool(a).value(), 1);
    QCOMPARE(m_store->addTool(b).value(), 2);
    QVERIFY(test::runSql(m_path, u"INSERT INTO scenario (name, created) VALUES ('Plan', 'now')"_s));
    const QByteArray before = test::fileBytes(m_path);
    QVERIFY(!test::runSql(m_path, sql));
    QVERIFY(test::fileBytes(m_path) == before);
}

void TestWorkspaceStore::applyImport()
{
    Tool existing;
    existing.name = u"Salesforce Sales Cloud"_s;
    const ToolId crm = m_store->addTool(existing).value();
    Tool other;
    other.name = u"Zendesk"_s;
    const ToolId zendesk = m_store->addTool(other).value();
    QVERIFY(m_store->setRequirement({u"lead-scoring"_s, Importance::Nice, 1}).ok());
    QVERIFY(m_store->addIntegration({crm, zendesk, IntegrationKind::Native}).ok());

    WorkspaceImport import;
    import.products = {test::sampleProduct()};
    import.capabilities = {test::catalogueCapability(), test::localCapability()};
    import.tools = {test::sampleTool(), test::customTool()};
    import.integrations = {
        {ToolRef{0, 0}, ToolRef{0, 1}, IntegrationKind::Native},        // new - new
        {ToolRef{crm, -1}, ToolRef{0, 0}, IntegrationKind::Connector},  // existing - new
        {ToolRef{zendesk, -1}, ToolRef{crm, -1}, IntegrationKind::Api}, // already there: kept
    };
    import.requirements = {{u"lead-scoring"_s, Importance::Must, 2},
                           { u"webinars"_s,
                             Importance::Should,
                             1 }};
    const Expected<WorkspaceImportResult> result = m_store->applyImport(import);
    QVERIFY2(result.ok(), qPrintable(message(result)));
    QCOMPARE(result->toolIds, (std::vector<ToolId>{3, 4}));
    QCOMPARE(result->integrationsAdded, 2);
    QCOMPARE(result->requirementsSet, 2);

    Tool hub = test::sampleTool();
    hub.id = 3;
    QCOMPARE(m_store->tool(3), std::optional<Tool>(hub));
    QCOMPARE(m_store->tool(4)->name, u"Acme Webinars"_s);
    QCOMPARE(m_store->integrations(),
             (std::vector<ToolIntegration>{{1, 2, IntegrationKind::Native},
                                           {1, 3, IntegrationKind::Connector},
                                           {3, 4, IntegrationKind::Native}}));
    QCOMPARE(m_store->requirements(),
             (std::vector<Requirement>{{u"lead-scoring"_s, Importance::Must, 2},
                                       {u"webinars"_s, Importance::Should, 1}}));
    QCOMPARE(m_store->products(), std::vector<Product>{test::sampleProduct()});
    QCOMPARE(m_store->capabilities().size(), size_t(2));

    // Redo of an import: the tools come back with the ids they were given.
    WorkspaceImport again;
    again.tools = {test::customTool()};
    again.tools[0].id = 10;
    QCOMPARE(m_store->applyImport(again)->toolIds, std::vector<ToolId>{10});
}

void TestWorkspaceStore::applyImportAllOrNothing_data()
{
    QTest::addColumn<WorkspaceImport>("import");
    QTest::addColumn<QString>("error");
    WorkspaceImport base;
    base.products = {test::sampleProduct()};
    base.capabilities = {test::localCapability()};
    Tool plain;
    plain.name = u"Plain"_s;
    base.tools = {test::sampleTool(), plain, test::customTool()};
    base.integrations = {{ToolRef{0, 0}, ToolRef{0, 2}, IntegrationKind::Api}};
    base.requirements = {{u"webinars"_s, Importance::Must, 2}};

    WorkspaceImport i = base;
    i.tools[1].satisfaction = 9;
    QTest::newRow("bad tool in the middle")
        << i << u"the tool 'Plain': satisfaction is 1 to 5, or 0 when not rated"_s;
    i = base;
    i.tools[1].productSlug = u"on24"_s;
    QTest::newRow("tool without snapshot")
        << i << u"the tool 'Plain': the workspace has no snapshot of the product 'on24'"_s;
    i = base;
    i.tools[1].id = 1; // taken by the tool already there
    QTest::newRow("id taken") << i << u"a tool with the id 1 already exists"_s;
    i = base;
    i.integrations.push_back({ToolRef{0, 1}, ToolRef{0, 7}, IntegrationKind::Api});
    QTest::newRow("integration names no tool") << i << u"an imported integration names no tool"_s;
    i = base;
    i.integrations.push_back({ToolRef{0, 1}, ToolRef{0, 1}, IntegrationKind::Api});
    QTest::newRow("integration with itself") << i << u"a tool cannot integrate with itself"_s;
    i = base;
    i.requirements.push_back({u"crm"_s, Importance::Must, 0});
    QTest::newRow("bad requirement last")
        << i << u"the requirement for 'crm': the minimum strength is 1 (basic) to 3 (leading)"_s;
    i = base;
    Capability bad;
    bad.slug = u"Bad Slug"_s;
    bad.name = u"Bad"_s;
    i.capabilities.push_back(bad);
    QTest::newRow("bad capability")
        << i
        << u"the capability 'Bad': 'Bad Slug' is not a valid slug (lower-case letters, digits "
           u"and single dashes)"_s;
}

void TestWorkspaceStore::applyImportAllOrNothing()
{
    QFETCH(WorkspaceImport, import);
    QFETCH(QString, error);
    Tool existing;
    existing.name = u"Existing"_s;
    QCOMPARE(m_store->addTool(existing).value(), 1);
    const QByteArray before = test::fileBytes(m_path);
    const Expected<WorkspaceImportResult> result = m_store->applyImport(import);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, error);
    QVERIFY(test::fileBytes(m_path) == before);
    QVERIFY(!QFileInfo::exists(m_path + u"-journal"));
    QCOMPARE(m_store->tools().size(), size_t(1));
    QVERIFY(m_store->products().empty());
    QVERIFY(m_store->requirements().empty());
}

void TestWorkspaceStore::revertImport()
{
    Tool a, b;
    a.name = u"A"_s;
    b.name = u"B"_s;
    const ToolId idA = m_store->addTool(a).value();
    const ToolId idB = m_store->addTool(b).value();
    QVERIFY(m_store->setRequirement({u"crm"_s, Importance::Nice, 1}).ok());
    const std::vector<Tool> toolsBefore = m_store->tools();

    WorkspaceImport import;
    import.tools = {test::customTool()};
    import.integrations = {{ToolRef{idA}, ToolRef{idB}, IntegrationKind::Api},
                           { ToolRef{idA},
                             ToolRef{0, 0},
                             IntegrationKind::Api }};
    import.requirements = {{u"crm"_s, Importance::Must, 3}, { u"webinars"_s, Importance::Must, 2 }};
    const WorkspaceImportResult result = m_store->applyImport(import).value();
    QCOMPARE(m_store->integrations().size(), size_t(2));

    WorkspaceImportReversal reversal;
    reversal.tools = result.toolIds;
    reversal.integrations = {{idA, idB, IntegrationKind::Api}};
    reversal.requirementsToRestore = {{u"crm"_s, Importance::Nice, 1}};
    reversal.requirementsToRemove = QStringList{u"webinars"_s};
    QCOMPARE(message(m_store->revertImport(reversal)), QString());
    QCOMPARE(m_store->tools(), toolsBefore);
    QVERIFY(m_store->integrations().empty());
    QCOMPARE(m_store->requirements(), (std::vector<Requirement>{{u"crm"_s, Importance::Nice, 1}}));

    // A reversal that no longer fits the file changes nothing.
    const QByteArray before = test::fileBytes(m_path);
    reversal.requirementsToRemove = QStringList{u"crm"_s, u"webinars"_s};
    QCOMPARE(message(m_store->revertImport(reversal)), u"there is no tool with the id 3"_s);
    QVERIFY(test::fileBytes(m_path) == before);
}

QTEST_GUILESS_MAIN(TestWorkspaceStore)
#include "tst_workspacestore.moc"
