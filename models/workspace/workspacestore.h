#pragma once

#include "domain/capability.h"
#include "domain/product.h"
#include "domain/requirement.h"
#include "domain/result.h"
#include "domain/scenario.h"
#include "domain/shortlist.h"
#include "domain/tool.h"
#include "domain/workspaceinfo.h"
#include "report/reportsettings.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace sa {

// A tool named by an import: one already in the workspace, or one the import adds.
struct ToolRef
{
    ToolId existing = 0; // set for a tool already in the workspace
    int newIndex = -1;   // else: index into WorkspaceImport::tools
};

struct ImportedIntegration
{
    ToolRef a;
    ToolRef b;
    IntegrationKind kind = IntegrationKind::Api;
};

// Everything one import brings into a workspace, applied in one transaction.
struct WorkspaceImport
{
    std::vector<Tool> tools; // new tools: id 0, or a non-zero id to keep (redo of an import)
    std::vector<ImportedIntegration> integrations;
    std::vector<Product> products;         // catalogue products the tools refer to (snapshots)
    std::vector<Capability> capabilities;  // capabilities referenced: catalogue (Shipped) or
                                           // local to the workspace (User)
    std::vector<Requirement> requirements; // import --as requirements
};

struct WorkspaceImportResult
{
    std::vector<ToolId> toolIds; // in the order of WorkspaceImport::tools
    int integrationsAdded = 0;   // pairs that were not there before (existing ones are kept)
    int requirementsSet = 0;
};

// Taking an import back (undo): the tools it added go with their capabilities and
// integrations, the integrations it added between tools that were already there go, and
// the requirements it set return to what they were before.
struct WorkspaceImportReversal
{
    std::vector<ToolId> tools;
    std::vector<ToolIntegration> integrations; // a and b of each; kind is ignored
    std::vector<Requirement> requirementsToRestore;
    QStringList requirementsToRemove; // capability slugs the import added
};

// The open workspace file as the engine and the UI see it. Implemented in data/ over
// SQLite; declared here so that models and ui never see SQL. Every write is one
// transaction, so there is never unsaved work. The workspace is self-contained: it keeps
// a snapshot of every catalogue product and capability it refers to, so it opens on a
// machine with another catalogue.
class WorkspaceStore
{
public:
    virtual ~WorkspaceStore();

    virtual QString path() const = 0;
    virtual WorkspaceInfo info() const = 0;
    virtual Status setInfo(const WorkspaceInfo &info) = 0;

    virtual std::vector<Tool> tools() const = 0; // ordered by name, case-insensitively
    virtual std::optional<Tool> tool(ToolId id) const = 0;
    virtual Expected<ToolId> addTool(const Tool &tool) = 0; // keeps a non-zero id (undo)
    virtual Status updateTool(const Tool &tool) = 0;
    // Several tools in one transaction in the SQLite store (a bulk edit); this default
    // updates them one by one.
    virtual Status updateTools(const std::vector<Tool> &tools);
    virtual Status removeTool(ToolId id) = 0; // its integrations go with it
    virtual Status removeTools(const std::vector<ToolId> &ids) = 0;

    virtual std::vector<ToolIntegration> integrations() const = 0; // a < b in each
    virtual Status addIntegration(const ToolIntegration &integration) = 0;
    virtual Status removeIntegration(ToolId a, ToolId b) = 0;

    virtual std::vector<Requirement> requirements() const = 0;
    virtual Status setRequirement(const Requirement &requirement) = 0; // by capability
    virtual Status removeRequirement(const QString &capabilitySlug) = 0;

    virtual std::vector<Product> products() const = 0; // the snapshots, by slug
    virtual std::optional<Product> product(const QString &slug) const = 0;
    virtual Status saveProduct(const Product &product) = 0; // insert or replace the snapshot

    virtual std::vector<Capability> capabilities() const = 0; // snapshots and local ones
    virtual Status saveCapability(const Capability &capability) = 0;

    virtual Expected<WorkspaceImportResult> applyImport(const WorkspaceImport &import) = 0;
    // One transaction in the SQLite store; this default runs the steps one by one.
    virtual Status revertImport(const WorkspaceImportReversal &reversal);

    // Vendor shortlists: written whole (row and products); their products' snapshots
    // must be in the workspace first.
    virtual std::vector<Shortlist> shortlists() const = 0; // by name, case-insensitively
    virtual Expected<ShortlistId> addShortlist(const Shortlist &shortlist) = 0; // keeps an id
    virtual Status updateShortlist(const Shortlist &shortlist) = 0;
    virtual Status removeShortlist(ShortlistId id) = 0;
    // The baseline first, then by name; each with its decisions.
    virtual std::vector<Scenario> scenarios() const = 0;
    std::optional<Scenario> scenario(ScenarioId id) const;
    // Inserts (id 0, or an id to keep: undo) or replaces a scenario with its decisions, in
    // one transaction with the snapshots of the products its decisions add or bring in.
    virtual Expected<ScenarioId> saveScenario(const Scenario &scenario,
                                              const std::vector<Product> &snapshots)
        = 0;
    virtual Status removeScenario(ScenarioId id) = 0; // never the baseline

    virtual QString setting(const QString &key) const = 0;
    virtual Status setSetting(const QString &key, const QString &value) = 0;

    // How the PDF review is made (defaults when never set).
    virtual ReportSettings reportSettings() const = 0;
    virtual Status setReportSettings(const ReportSettings &settings) = 0;

    // Writes a consistent copy of the file to path (SQLite backup API).
    virtual Status saveCopyAs(const QString &path) = 0;
};

} // namespace sa
