// The workspace's undo commands against the real SQLite store: the exact store state
// after each do, undo and redo, the document's signals, and store errors (a refused first
// run pushes nothing; a failed undo reports errorOccurred and drops the command).
#include "store/workspacefile.h"
#include "testutil.h"
#include "workspace/workspacedocument.h"
#include "workspacefixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

QList<ToolId> ids(const QSignalSpy &spy)
{
    QList<ToolId> out;
    for (const QList<QVariant> &call : spy)
        out << call.at(0).toLongLong();
    return out;
}

Tool named(const QString &name)
{
    Tool t;
    t.name = name;
    return t;
}

} // namespace

class TestWorkspaceCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addTool();
    void addToolNeedsItsSnapshot();
    void editToolChangesSeveralFieldsInOneStep();
    void editSeveralTools();
    void unchangedOrRefusedEditPushesNothing();
    void removeToolRestoresIdOverridesAndIntegrations();
    void removeSeveralTools();
    void integrations();
    void requirements();
    void info();
    void importTakesBackExactlyWhatItAdded();
    void failedUndoReportsAndDropsTheCommand();
    void effectiveCapabilities();

private:
    QUndoStack *stack() const { return m_document->undoStack(); }
    WorkspaceStore *store() const { return m_store.get(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteWorkspaceStore> m_store;
    std::unique_ptr<WorkspaceDocument> m_document;
    Tool m_hub;  // sampleTool, id 1
    Tool m_acme; // customTool, id 2
    Tool m_crm;  // "Salesforce Sales Cloud", id 3
};

void TestWorkspaceCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = test::createSampleWorkspace(m_dir->filePath(u"w.stackatlas"_s));
    QVERIFY(m_store);
    QVERIFY(m_store->saveProduct(test::sampleProduct()).ok());
    QVERIFY(m_store->saveCapability(test::catalogueCapability()).ok());
    m_hub = test::sampleTool();
    m_hub.id = m_store->addTool(m_hub).value();
    m_acme = test::customTool();
    m_acme.id = m_store->addTool(m_acme).value();
    m_crm = named(u"Salesforce Sales Cloud"_s);
    m_crm.id = m_store->addTool(m_crm).value();
    QCOMPARE(m_crm.id, 3);
    QVERIFY(m_store->addIntegration({m_hub.id, m_acme.id, IntegrationKind::Native}).ok());
    QVERIFY(m_store->addIntegration({m_hub.id, m_crm.id, IntegrationKind::Connector}).ok());
    QVERIFY(m_store->setRequirement({u"lead-scoring"_s, Importance::Must, 2}).ok());
    m_document = std::make_unique<WorkspaceDocument>(m_store.get());
}

void TestWorkspaceCommands::cleanup()
{
    m_document.reset();
    m_store.reset();
    m_dir.reset();
}

void TestWorkspaceCommands::addTool()
{
    QSignalSpy added(m_document.get(), &WorkspaceDocument::toolAdded);
    QSignalSpy removed(m_document.get(), &WorkspaceDocument::toolRemoved);
    Tool zoom = named(u"Zoom"_s);
    zoom.annualCost = 180'000;
    zoom.id = 77; // ignored: the store picks the id
    const Expected<ToolId> id = m_document->addTool(zoom);
    QVERIFY(id.ok());
    QCOMPARE(*id, 4);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), u"Add tool “Zoom”"_s);
    QCOMPARE(ids(added), QList<ToolId>{4});
    zoom.id = 4;
    QCOMPARE(store()->tool(4), std::optional<Tool>(zoom));

    stack()->undo();
    QCOMPARE(store()->tool(4), std::nullopt);
    QCOMPARE(store()->tools().size(), size_t(3));
    QCOMPARE(ids(removed), QList<ToolId>{4});

    stack()->redo();
    QCOMPARE(store()->tool(4), std::optional<Tool>(zoom)); // the same id again
    QCOMPARE(ids(added), (QList<ToolId>{4, 4}));
}

void TestWorkspaceCommands::addToolNeedsItsSnapshot()
{
    QSignalSpy capabilities(m_document.get(), &WorkspaceDocument::capabilitiesChanged);
    Tool brevo = named(u"Brevo"_s);
    brevo.productSlug = u"brevo"_s;
    const Expected<ToolId> refused = m_document->addTool(brevo);
    QCOMPARE(refused.error().message, u"The workspace has no copy of the product “brevo”."_s);
    QCOMPARE(stack()->count(), 0);

    Product snapshot;
    snapshot.slug = u"brevo"_s;
    snapshot.name = u"Brevo"_s;
    snapshot.capabilities
        = {ProductCapability{0, u"email-campaigns"_s, u"Email campaign sending"_s, 3}};
    const Expected<ToolId> id = m_document->addTool(brevo, snapshot);
    QVERIFY(id.ok());
    QCOMPARE(capabilities.count(), 1);
    QCOMPARE(store()->product(u"brevo"_s), std::optional<Product>(snapshot));
    QCOMPARE(store()->tool(*id)->productSlug, u"brevo"_s);
    stack()->undo();
    QCOMPARE(store()->tool(*id), std::nullopt);
    QVERIFY(store()->product(u"brevo"_s)); // a snapshot is a copy: it stays
}

void TestWorkspaceCommands::editToolChangesSeveralFieldsInOneStep()
{
    QSignalSpy changed(m_document.get(), &WorkspaceDocument::toolChanged);
    Tool edited = m_acme;
    edited.owner = u"Priya"_s;
    edited.seats = 25;
    edited.activeUsers = 5;
    edited.contractEnd = QDate(2025, 6, 30);
    edited.capabilities = {ToolCapability{u"webinars"_s, 3}};
    QVERIFY(m_document->editTool(edited).ok());
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), u"Edit tool “Acme Webinars”"_s);
    QCOMPARE(store()->tool(m_acme.id), std::optional<Tool>(edited));
    QCOMPARE(ids(changed), QList<ToolId>{m_acme.id});

    stack()->undo();
    QCOMPARE(store()->tool(m_acme.id), std::optional<Tool>(m_acme));
    stack()->redo();
    QCOMPARE(store()->tool(m_acme.id), std::optional<Tool>(edited));
    QCOMPARE(ids(changed), (QList<ToolId>{m_acme.id, m_acme.id, m_acme.id}));
}

void TestWorkspaceCommands::editSeveralTools()
{
    QSignalSpy changed(m_document.get(), &WorkspaceDocument::toolChanged);
    Tool hub = m_hub, crm = m_crm;
    hub.team = u"Growth"_s;
    crm.team = u"Growth"_s;
    QVERIFY(m_document->editTools({hub, m_acme, crm}).ok()); // Acme unchanged: left out
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), u"Edit 2 tools"_s);
    QCOMPARE(ids(changed), (QList<ToolId>{m_hub.id, m_crm.id}));
    QCOMPARE(store()->tool(m_hub.id)->team, u"Growth"_s);
    QCOMPARE(store()->tool(m_crm.id)->team, u"Growth"_s);
    stack()->undo();
    QCOMPARE(store()->tools(), (std::vector<Tool>{m_acme, m_hub, m_crm}));
}

void TestWorkspaceCommands::unchangedOrRefusedEditPushesNothing()
{
    QVERIFY(m_document->editTool(m_hub).ok());
    QCOMPARE(stack()->count(), 0);

    const QByteArray bytes = test::fileBytes(store()->path());
    Tool bad = m_hub;
    bad.owner = u"Someone"_s;
    bad.satisfaction = 7;
    const Status refused = m_document->editTool(bad);
    QCOMPARE(refused.error().message,
             u"the tool 'HubSpot Marketing Hub': satisfaction is 1 to 5, or 0 when not rated"_s);
    QCOMPARE(stack()->count(), 0);
    QVERIFY(test::fileBytes(store()->path()) == bytes);

    Tool ghost = named(u"Ghost"_s);
    ghost.id = 99;
    QCOMPARE(m_document->editTool(ghost).error().message,
             u"The tool is no longer in the workspace."_s);
    QCOMPARE(m_document->removeTool(99).error().message,
             u"The tool is no longer in the workspace."_s);
    QCOMPARE(stack()->count(), 0);
}

void TestWorkspaceCommands::removeToolRestoresIdOverridesAndIntegrations()
{
    QSignalSpy removed(m_document.get(), &WorkspaceDocument::toolRemoved);
    QSignalSpy added(m_document.get(), &WorkspaceDocument::toolAdded);
    QSignalSpy integrations(m_document.get(), &WorkspaceDocument::integrationsChanged);
    const std::vector<ToolIntegration> before = store()->integrations();

    QVERIFY(m_document->removeTool(m_hub.id).ok());
    QCOMPARE(stack()->undoText(), u"Remove tool “HubSpot Marketing Hub”"_s);
    QCOMPARE(store()->tool(m_hub.id), std::nullopt);
    QVERIFY(store()->integrations().empty());
    QCOMPARE(ids(removed), QList<ToolId>{m_hub.id});
    QCOMPARE(integrations.count(), 1);

    stack()->undo();
    QCOMPARE(store()->tool(m_hub.id), std::optional<Tool>(m_hub)); // id, overrides, every field
    QCOMPARE(store()->integrations(), before);
    QCOMPARE(ids(added), QList<ToolId>{m_hub.id});
    QCOMPARE(integrations.count(), 2);

    stack()->redo();
    QCOMPARE(store()->tool(m_hub.id), std::nullopt);
    QVERIFY(store()->integrations().empty());
    QCOMPARE(store()->tools(), (std::vector<Tool>{m_acme, m_crm}));
}

void TestWorkspaceCommands::removeSeveralTools()
{
    QVERIFY(m_document->removeTools({m_acme.id, m_crm.id}).ok());
    QCOMPARE(stack()->undoText(), u"Remove 2 tools"_s);
    QCOMPARE(store()->tools(), std::vector<Tool>{m_hub});
    QVERIFY(store()->integrations().empty());
    stack()->undo();
    QCOMPARE(store()->tools(), (std::vector<Tool>{m_acme, m_hub, m_crm}));
    QCOMPARE(store()->integrations(),
             (std::vector<ToolIntegration>{{1, 2, IntegrationKind::Native},
                                           {1, 3, IntegrationKind::Connector}}));
}

void TestWorkspaceCommands::integrations()
{
    QSignalSpy changed(m_document.get(), &WorkspaceDocument::integrationsChanged);
    const std::vector<ToolIntegration> before = store()->integrations();

    QVERIFY(m_document->addIntegration({m_crm.id, m_acme.id, IntegrationKind::Api}).ok());
    QCOMPARE(stack()->undoText(), u"Add integration Acme Webinars – Salesforce Sales Cloud"_s);
    QCOMPARE(store()->integrations(),
             (std::vector<ToolIntegration>{{1, 2, IntegrationKind::Native},
                                           {1, 3, IntegrationKind::Connector},
                                           {2, 3, IntegrationKind::Api}}));
    stack()->undo();
    QCOMPARE(store()->integrations(), before);

    // The same pair with another kind is a change, undone to the old kind.
    QVERIFY(m_document->addIntegration({m_crm.id, m_hub.id, IntegrationKind::Native}).ok());
    QCOMPARE(stack()->undoText(),
             u"Change integration HubSpot Marketing Hub – Salesforce Sales Cloud"_s);
    QCOMPARE(store()->integrations().at(1), (ToolIntegration{1, 3, IntegrationKind::Native}));
    stack()->undo();
    QCOMPARE(store()->integrations(), before);
    // The same pair and kind: nothing to do.
    QVERIFY(m_document->addIntegration({m_hub.id, m_acme.id, IntegrationKind::Native}).ok());
    QCOMPARE(stack()->index(), 0);

    QVERIFY(m_document->removeIntegration(m_acme.id, m_hub.id).ok());
    QCOMPARE(stack()->undoText(), u"Remove integration HubSpot Marketing Hub – Acme Webinars"_s);
    QCOMPARE(store()->integrations(),
             (std::vector<ToolIntegration>{{1, 3, IntegrationKind::Connector}}));
    stack()->undo();
    QCOMPARE(store()->integrations(), before);
    stack()->redo();
    QCOMPARE(store()->integrations().size(), size_t(1));
    QCOMPARE(changed.count(), 7);
    QCOMPARE(m_document->removeIntegration(m_acme.id, m_crm.id).error().message,
             u"The two tools are not integrated."_s);
}

void TestWorkspaceCommands::requirements()
{
    QSignalSpy changed(m_document.get(), &WorkspaceDocument::requirementsChanged);
    const Requirement leadBefore{u"lead-scoring"_s, Importance::Must, 2};

    QVERIFY(m_document->setRequirement({u"webinars"_s, Importance::Should, 1}).ok());
    QCOMPARE(stack()->undoText(), u"Require “webinars”"_s); // no snapshot: the slug
    QVERIFY(m_document->setRequirement({u"lead-scoring"_s, Importance::Nice, 3}).ok());
    QCOMPARE(stack()->undoText(), u"Change requirement “Lead scoring”"_s);
    QCOMPARE(store()->requirements(),
             (std::vector<Requirement>{{u"lead-scoring"_s, Importance::Nice, 3},
                                       {u"webinars"_s, Importance::Should, 1}}));
    stack()->undo();
    QCOMPARE(store()->requirements(),
             (std::vector<Requirement>{leadBefore, {u"webinars"_s, Importance::Should, 1}}));
    stack()->undo();
    QCOMPARE(store()->requirements(), std::vector<Requirement>{leadBefore});

    QVERIFY(m_document->removeRequirement(u"lead-scoring"_s).ok());
    QCOMPARE(stack()->undoText(), u"Remove requirement “Lead scoring”"_s);
    QVERIFY(store()->requirements().empty());
    stack()->undo();
    QCOMPARE(store()->requirements(), std::vector<Requirement>{leadBefore});
    QCOMPARE(changed.count(), 6);
    QCOMPARE(m_document->removeRequirement(u"crm"_s).error().message,
             u"“crm” is not a requirement of this workspace."_s);
    QVERIFY(m_document->setRequirement(leadBefore).ok()); // unchanged: nothing pushed
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->index(), 0);
}

void TestWorkspaceCommands::info()
{
    QSignalSpy changed(m_document.get(), &WorkspaceDocument::infoChanged);
    WorkspaceInfo info = test::sampleInfo();
    info.company = u"Northbeam AG"_s;
    info.currency = u"CHF"_s;
    QVERIFY(m_document->setInfo(info).ok());
    QCOMPARE(stack()->undoText(), u"Edit workspace details"_s);
    QCOMPARE(store()->info(), info);
    stack()->undo();
    QCOMPARE(store()->info(), test::sampleInfo());
    QCOMPARE(changed.count(), 2);
    info.currency = u"chf"_s;
    QCOMPARE(m_document->setInfo(info).error().message,
             u"'chf' is not a currency code (three capital letters, ISO 4217)"_s);
    QCOMPARE(stack()->index(), 0);
}

void TestWorkspaceCommands::importTakesBackExactlyWhatItAdded()
{
    QSignalSpy added(m_document.get(), &WorkspaceDocument::toolAdded);
    QSignalSpy removed(m_document.get(), &WorkspaceDocument::toolRemoved);
    QSignalSpy integrations(m_document.get(), &WorkspaceDocument::integrationsChanged);
    QSignalSpy requirements(m_document.get(), &WorkspaceDocument::requirementsChanged);
    QSignalSpy capabilities(m_document.get(), &WorkspaceDocument::capabilitiesChanged);
    const std::vector<Tool> toolsBefore = store()->tools();

    WorkspaceImport import;
    import.capabilities = {test::localCapability()};
    import.tools = {named(u"Zoom"_s), named(u"Gong"_s)};
    import.integrations = {
        {ToolRef{0, 0}, ToolRef{0, 1}, IntegrationKind::Api},                // new - new
        {ToolRef{m_crm.id}, ToolRef{0, 1}, IntegrationKind::Native},         // old - new
        {ToolRef{m_acme.id}, ToolRef{m_crm.id}, IntegrationKind::Connector}, // old - old: added
        {ToolRef{m_hub.id}, ToolRef{m_acme.id}, IntegrationKind::Api},       // already there
    };
    import.requirements = {{u"lead-scoring"_s, Importance::Should, 3},
                           { u"webinars"_s,
                             Importance::Must,
                             2 }};
    const Expected<WorkspaceImportResult> result = m_document->import(import);
    QVERIFY(result.ok());
    QCOMPARE(result->toolIds, (std::vector<ToolId>{4, 5}));
    QCOMPARE(result->integrationsAdded, 3);
    QCOMPARE(stack()->undoText(), u"Import 2 tools"_s);
    const std::vector<Tool> toolsAfter = store()->tools();
    const std::vector<ToolIntegration> integrationsAfter{{1, 2, IntegrationKind::Native},
                                                         {1, 3, IntegrationKind::Connector},
                                                         {2, 3, IntegrationKind::Connector},
                                                         {3, 5, IntegrationKind::Native},
                                                         {4, 5, IntegrationKind::Api}};
    const std::vector<Requirement> requirementsAfter{{u"lead-scoring"_s, Importance::Should, 3},
                                                     {u"webinars"_s, Importance::Must, 2}};
    QCOMPARE(store()->integrations(), integrationsAfter);
    QCOMPARE(store()->requirements(), requirementsAfter);
    QCOMPARE(ids(added), (QList<ToolId>{4, 5}));
    QCOMPARE(integrations.count(), 1);
    QCOMPARE(requirements.count(), 1);
    QCOMPARE(capabilities.count(), 1);

    stack()->undo();
    QCOMPARE(store()->tools(), toolsBefore);
    QCOMPARE(store()->integrations(),
             (std::vector<ToolIntegration>{{1, 2, IntegrationKind::Native},
                                           {1, 3, IntegrationKind::Connector}}));
    QCOMPARE(store()->requirements(),
             (std::vector<Requirement>{{u"lead-scoring"_s, Importance::Must, 2}}));
    QCOMPARE(ids(removed), (QList<ToolId>{4, 5}));
    QCOMPARE(integrations.count(), 2);
    QCOMPARE(requirements.count(), 2);

    stack()->redo();
    QCOMPARE(store()->tools(), toolsAfter); // the same ids
    QCOMPARE(store()->integrations(), integrationsAfter);
    QCOMPARE(store()->requirements(), requirementsAfter);
    QCOMPARE(ids(added), (QList<ToolId>{4, 5, 4, 5}));

    // A refused import pushes nothing and changes nothing.
    const QByteArray bytes = test::fileBytes(store()->path());
    WorkspaceImport bad;
    bad.tools = {named(u"Fine"_s), named(QString())};
    QCOMPARE(m_document->import(bad, u"Import bad.csv"_s).error().message,
             u"a tool needs a name"_s);
    QCOMPARE(stack()->count(), 1);
    QVERIFY(test::fileBytes(store()->path()) == bytes);
}

void TestWorkspaceCommands::failedUndoReportsAndDropsTheCommand()
{
    QSignalSpy errors(m_document.get(), &WorkspaceDocument::errorOccurred);
    const ToolId id = m_document->addTool(named(u"Zoom"_s)).value();
    QVERIFY(m_document->setRequirement({u"webinars"_s, Importance::Must, 2}).ok());
    QCOMPARE(stack()->count(), 2);
    // Someone removes the tool behind the document's back.
    QVERIFY(store()->removeTool(id).ok());
    stack()->undo(); // the requirement: fine
    stack()->undo(); // the tool: gone already
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().toString(), u"there is no tool with the id 4"_s);
    QCOMPARE(stack()->count(), 1); // the failed command was dropped
    QCOMPARE(stack()->undoText(), QString());
    QCOMPARE(stack()->redoText(), u"Require “webinars”"_s);
}

void TestWorkspaceCommands::effectiveCapabilities()
{
    // The product's capabilities with the tool's overrides: lead scoring removed (0),
    // email templates added at 3.
    QCOMPARE(m_document->effectiveCapabilities(m_hub),
             (std::vector<ToolCapability>{{u"email-campaigns"_s, 2},
                                          {u"email-templates"_s, 3},
                                          {u"marketing-workflows"_s, 3}}));
    QCOMPARE(m_document->effectiveCapabilities(m_acme),
             (std::vector<ToolCapability>{{u"podcast-hosting"_s, 1}, {u"webinars"_s, 2}}));
    QCOMPARE(m_document->capabilityName(u"lead-scoring"_s), u"Lead scoring"_s);
    QCOMPARE(m_document->capabilityName(u"webinars"_s), u"webinars"_s);
}

QTEST_GUILESS_MAIN(TestWorkspaceCommands)
#include "tst_workspacecommands.moc"
