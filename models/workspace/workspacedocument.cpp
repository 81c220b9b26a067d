#include "workspacedocument.h"

#include "workspace/importcommand.h"
#include "workspace/integrationcommands.h"
#include "workspace/reportsettingscommand.h"
#include "workspace/requirementcommands.h"
#include "workspace/scenariocommands.h"
#include "workspace/setinfocommand.h"
#include "workspace/shortlistcommands.h"
#include "workspace/toolcommands.h"

#include <QUndoStack>

#include <algorithm>
#include <set>

namespace sa {

namespace {

// The catalogue products a scenario's decisions name: added ones and replacements.
QStringList decisionProducts(const Scenario &scenario)
{
    QStringList slugs;
    for (const Decision &d : scenario.decisions) {
        for (const QString &slug : {d.productSlug, d.replacementSlug}) {
            if (!slug.isEmpty() && !slugs.contains(slug))
                slugs << slug;
        }
    }
    return slugs;
}

std::optional<ToolIntegration>
findIntegration(const std::vector<ToolIntegration> &all, ToolId a, ToolId b)
{
    if (a > b)
        std::swap(a, b);
    for (const ToolIntegration &i : all) {
        if (i.a == a && i.b == b)
            return i;
    }
    return std::nullopt;
}

} // namespace

WorkspaceDocument::WorkspaceDocument(WorkspaceStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_undoStack(new QUndoStack(this))
{
}

WorkspaceDocument::~WorkspaceDocument()
{
    // Commands point back at the document: drop them while it is still whole.
    m_undoStack->clear();
}

void WorkspaceDocument::switchStore(WorkspaceStore *store)
{
    m_store = store;
}

Status WorkspaceDocument::saveSnapshots(const std::vector<Product> &products,
                                        const std::vector<Capability> &capabilities)
{
    bool saved = false;
    for (const Product &p : products) {
        if (m_store->product(p.slug))
            continue;
        if (Status s = m_store->saveProduct(p); !s)
            return s;
        saved = true;
    }
    std::set<QString> known;
    for (const Capability &c : m_store->capabilities())
        known.insert(c.slug);
    for (const Capability &c : capabilities) {
        if (!known.insert(c.slug).second)
            continue;
        if (Status s = m_store->saveCapability(c); !s)
            return s;
        saved = true;
    }
    if (saved)
        emit capabilitiesChanged();
    return success();
}

Expected<ToolId> WorkspaceDocument::addTool(const Tool &tool,
                                            const std::optional<Product> &snapshot)
{
    if (!tool.isCustom() && !m_store->product(tool.productSlug)) {
        if (!snapshot || snapshot->slug != tool.productSlug)
            return Error::badInput(
                tr("The workspace has no copy of the product “%1”.").arg(tool.productSlug));
        if (Status s = m_store->saveProduct(*snapshot); !s)
            return s.error();
        emit capabilitiesChanged();
    }
    Tool added = tool;
    added.id = 0;
    auto *command = new AddToolCommand(this, added);
    const Status status = push(command);
    if (!status)
        return status.error();
    return command->toolId(); // still on the stack: a failed command is deleted
}

Status WorkspaceDocument::editTool(const Tool &tool)
{
    return editTools({tool});
}

Status WorkspaceDocument::editTools(const std::vector<Tool> &tools)
{
    std::vector<ToolId> ids;
    for (const Tool &t : tools)
        ids.push_back(t.id);
    const Expected<std::vector<Tool>> before = currentTools(ids);
    if (!before)
        return before.error();
    std::vector<Tool> changedBefore, changedAfter;
    for (size_t i = 0; i < tools.size(); ++i) {
        if ((*before)[i] != tools[i]) {
            changedBefore.push_back((*before)[i]);
            changedAfter.push_back(tools[i]);
        }
    }
    if (changedAfter.empty())
        return success();
    return push(new EditToolsCommand(this, std::move(changedBefore), std::move(changedAfter)));
}

Status WorkspaceDocument::removeTool(ToolId id)
{
    return removeTools({id});
}

Status WorkspaceDocument::removeTools(const std::vector<ToolId> &ids)
{
    if (ids.empty())
        return success();
    const Expected<std::vector<Tool>> tools = currentTools(ids);
    if (!tools)
        return tools.error();
    const std::set<ToolId> gone(ids.begin(), ids.end());
    std::vector<ToolIntegration> touching;
    for (const ToolIntegration &i : m_store->integrations()) {
        if (gone.count(i.a) || gone.count(i.b))
            touching.push_back(i);
    }
    std::vector<Scenario> deciding;
    for (const Scenario &scenario : m_store->scenarios()) {
        if (std::any_of(scenario.decisions.begin(),
                        scenario.decisions.end(),
                        [&gone](const Decision &d) { return gone.count(d.toolId) > 0; }))
            deciding.push_back(scenario);
    }
    return push(new RemoveToolsCommand(this, *tools, std::move(touching), std::move(deciding)));
}

Status WorkspaceDocument::addIntegration(const ToolIntegration &integration)
{
    ToolIntegration wanted = integration;
    if (wanted.a > wanted.b)
        std::swap(wanted.a, wanted.b);
    const Expected<std::vector<Tool>> ends = currentTools({wanted.a, wanted.b});
    if (!ends)
        return ends.error();
    const std::optional<ToolIntegration> before
        = findIntegration(m_store->integrations(), wanted.a, wanted.b);
    if (before == wanted)
        return success();
    return push(new AddIntegrationCommand(this, wanted, before, (*ends)[0].name, (*ends)[1].name));
}

Status WorkspaceDocument::removeIntegration(ToolId a, ToolId b)
{
    const std::optional<ToolIntegration> before = findIntegration(m_store->integrations(), a, b);
    if (!before)
        return Error::badInput(tr("The two tools are not integrated."));
    const Expected<std::vector<Tool>> ends = currentTools({before->a, before->b});
    if (!ends)
        return ends.error();
    return push(new RemoveIntegrationCommand(this, *before, (*ends)[0].name, (*ends)[1].name));
}

Status WorkspaceDocument::setRequirement(const Requirement &requirement)
{
    std::optional<Requirement> before;
    for (const Requirement &r : m_store->requirements()) {
        if (r.capabilitySlug == requirement.capabilitySlug)
            before = r;
    }
    if (before == requirement)
        return success();
    return push(new SetRequirementCommand(
        this, requirement, before, capabilityName(requirement.capabilitySlug)));
}

Status WorkspaceDocument::removeRequirement(const QString &capabilitySlug)
{
    for (const Requirement &r : m_store->requirements()) {
        if (r.capabilitySlug == capabilitySlug)
            return push(new RemoveRequirementCommand(this, r, capabilityName(capabilitySlug)));
    }
    return Error::badInput(
        tr("“%1” is not a requirement of this workspace.").arg(capabilityName(capabilitySlug)));
}

Status WorkspaceDocument::setInfo(const WorkspaceInfo &info)
{
    const WorkspaceInfo before = m_store->info();
    if (before == info)
        return success();
    return push(new SetInfoCommand(this, before, info));
}

Status WorkspaceDocument::setReportSettings(const ReportSettings &settings)
{
    const ReportSettings before = m_store->reportSettings();
    if (before == settings)
        return success();
    return push(new ReportSettingsCommand(this, before, settings));
}

Expected<ShortlistId> WorkspaceDocument::addShortlist(const Shortlist &shortlist,
                                                      const std::vector<Product> &snapshots)
{
    // Checked before any snapshot is saved, so that a refused shortlist leaves nothing.
    if (Status s = checkShortlist(shortlist); !s)
        return s.error();
    if (Status s = saveSnapshots(shortlist.productSlugs, snapshots); !s)
        return s.error();
    Shortlist added = shortlist;
    added.id = 0;
    added.created = QDateTime::currentDateTimeUtc();
    auto *command = new AddShortlistCommand(this, added);
    const Status status = push(command);
    if (!status)
        return status.error();
    return command->shortlistId();
}

Status WorkspaceDocument::editShortlist(const Shortlist &shortlist,
                                        const std::vector<Product> &snapshots)
{
    const std::optional<Shortlist> before = this->shortlist(shortlist.id);
    if (!before)
        return Error::badInput(tr("The shortlist is no longer in the workspace."));
    Shortlist after = shortlist;
    after.created = before->created;
    if (after == *before)
        return success();
    if (Status s = checkShortlist(after); !s)
        return s;
    if (Status s = saveSnapshots(after.productSlugs, snapshots); !s)
        return s;
    return push(new EditShortlistCommand(this, *before, after));
}

Status WorkspaceDocument::removeShortlist(ShortlistId id)
{
    const std::optional<Shortlist> before = shortlist(id);
    if (!before)
        return Error::badInput(tr("The shortlist is no longer in the workspace."));
    return push(new RemoveShortlistCommand(this, *before));
}

std::optional<Shortlist> WorkspaceDocument::shortlist(ShortlistId id) const
{
    for (const Shortlist &s : m_store->shortlists()) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

Status WorkspaceDocument::saveSnapshots(const QStringList &slugs,
                                        const std::vector<Product> &snapshots)
{
    bool saved = false;
    for (const QString &slug : slugs) {
        if (m_store->product(slug))
            continue;
        const auto found = std::find_if(
            snapshots.begin(), snapshots.end(), [&](const Product &p) { return p.slug == slug; });
        if (found == snapshots.end())
            return Error::badInput(tr("The workspace has no copy of the product “%1”.").arg(slug));
        if (Status s = m_store->saveProduct(*found); !s)
            return s;
        saved = true;
    }
    if (saved)
        emit capabilitiesChanged();
    return success();
}

Expected<ScenarioId> WorkspaceDocument::addScenario(const Scenario &scenario,
                                                    const std::vector<Product> &snapshots)
{
    if (scenario.kind == ScenarioKind::Baseline)
        return Error::badInput(tr("The workspace already has its baseline."));
    if (Status s = saveSnapshots(decisionProducts(scenario), snapshots); !s)
        return s.error();
    Scenario added = scenario;
    added.id = 0;
    added.created = QDateTime::currentDateTimeUtc();
    for (Decision &d : added.decisions)
        d.id = 0;
    auto *command = new AddScenarioCommand(this, added);
    const Status status = push(command);
    if (!status)
        return status.error();
    return command->scenarioId();
}

Status WorkspaceDocument::editScenario(const Scenario &scenario,
                                       const std::vector<Product> &snapshots,
                                       const QString &text)
{
    const std::optional<Scenario> before = this->scenario(scenario.id);
    if (!before)
        return Error::badInput(tr("The scenario is no longer in the workspace."));
    Scenario after = scenario;
    after.created = before->created;
    after.kind = before->kind == ScenarioKind::Baseline ? ScenarioKind::Baseline : after.kind;
    if (after == *before)
        return success();
    if (Status s = saveSnapshots(decisionProducts(after), snapshots); !s)
        return s;
    return push(new EditScenarioCommand(this, *before, after, text));
}

Status WorkspaceDocument::renameScenario(ScenarioId id, const QString &name)
{
    std::optional<Scenario> renamed = scenario(id);
    if (!renamed)
        return Error::badInput(tr("The scenario is no longer in the workspace."));
    if (name.trimmed().isEmpty())
        return Error::badInput(tr("A scenario needs a name."));
    const QString old = renamed->name;
    renamed->name = name.trimmed();
    return editScenario(*renamed, {}, tr("Rename scenario “%1” to “%2”").arg(old, renamed->name));
}

Status WorkspaceDocument::setDecision(ScenarioId id,
                                      const Decision &decision,
                                      const std::vector<Product> &snapshots)
{
    std::optional<Scenario> changed = scenario(id);
    if (!changed)
        return Error::badInput(tr("The scenario is no longer in the workspace."));
    const bool add = decision.action == DecisionAction::Add;
    const auto same = std::find_if(
        changed->decisions.begin(), changed->decisions.end(), [&](const Decision &d) {
            return add ? d.action == DecisionAction::Add && d.productSlug == decision.productSlug
                       : d.action != DecisionAction::Add && d.toolId == decision.toolId;
        });
    if (same != changed->decisions.end()) {
        Decision replaced = decision;
        replaced.id = same->id;
        *same = replaced;
    } else {
        changed->decisions.push_back(decision);
    }
    return editScenario(*changed, snapshots, tr("Change a decision of “%1”").arg(changed->name));
}

Status WorkspaceDocument::removeDecision(ScenarioId id, int index)
{
    std::optional<Scenario> changed = scenario(id);
    if (!changed || index < 0 || index >= int(changed->decisions.size()))
        return Error::badInput(tr("The decision is no longer in the scenario."));
    changed->decisions.erase(changed->decisions.begin() + index);
    return editScenario(*changed, {}, tr("Remove a decision of “%1”").arg(changed->name));
}

Status WorkspaceDocument::removeScenario(ScenarioId id)
{
    const std::optional<Scenario> before = scenario(id);
    if (!before)
        return Error::badInput(tr("The scenario is no longer in the workspace."));
    if (before->kind == ScenarioKind::Baseline)
        return Error::badInput(tr("The baseline is the stack as it is today: it stays."));
    return push(new RemoveScenarioCommand(this, *before));
}

std::optional<Scenario> WorkspaceDocument::scenario(ScenarioId id) const
{
    return m_store->scenario(id);
}

Expected<WorkspaceImportResult> WorkspaceDocument::import(const WorkspaceImport &import,
                                                          const QString &text)
{
    auto *command = new ImportCommand(this, import, text);
    const Status status = push(command);
    if (!status)
        return status.error();
    return command->result();
}

std::vector<ToolCapability> WorkspaceDocument::effectiveCapabilities(const Tool &tool) const
{
    const std::optional<Product> product
        = tool.isCustom() ? std::nullopt : m_store->product(tool.productSlug);
    return sa::effectiveCapabilities(tool, product ? &*product : nullptr);
}

QString WorkspaceDocument::capabilityName(const QString &slug) const
{
    for (const Capability &c : m_store->capabilities()) {
        if (c.slug == slug)
            return c.name;
    }
    return slug;
}

Expected<std::vector<Tool>> WorkspaceDocument::currentTools(const std::vector<ToolId> &ids) const
{
    std::vector<Tool> tools;
    for (ToolId id : ids) {
        std::optional<Tool> tool = m_store->tool(id);
        if (!tool)
            return Error::badInput(tr("The tool is no longer in the workspace."));
        tools.push_back(std::move(*tool));
    }
    return tools;
}

Status WorkspaceDocument::push(WorkspaceCommand *command)
{
    m_pushError.reset();
    m_pushing = true;
    m_undoStack->push(command); // runs redo(); deletes the command when it failed
    m_pushing = false;
    if (m_pushError) {
        Error error = *m_pushError;
        m_pushError.reset();
        return error;
    }
    return success();
}

void WorkspaceDocument::commandFailed(const Error &error)
{
    if (m_pushing)
        m_pushError = error;
    else
        emit errorOccurred(error.message);
}

} // namespace sa
