#pragma once

#include "domain/result.h"
#include "workspace/workspacestore.h"

#include <QObject>

#include <optional>

class QUndoStack;

namespace sa {

class WorkspaceCommand;

// The open workspace as the application edits it: a WorkspaceStore plus the undo stack.
// Every user edit goes through here as a QUndoCommand (one-way flow: view -> command ->
// store -> signal -> item models), so views never write to the store themselves. The
// commands keep whole values (a removed tool with its capabilities and integrations), so
// that undo puts back exactly what was there, with the same ids. The edit functions
// return what the store said on the first run; when a later undo or redo fails,
// errorOccurred() carries the store's message and the command is dropped.
class WorkspaceDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceDocument)

public:
    // The store is not owned and must outlive the document.
    explicit WorkspaceDocument(WorkspaceStore *store, QObject *parent = nullptr);
    ~WorkspaceDocument() override;

    WorkspaceStore *store() const { return m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Save As: the document goes on in the copy, which has the same content and ids, so
    // the undo history stays valid. The new store is not owned either.
    void switchStore(WorkspaceStore *store);

    // A catalogue tool needs its product's snapshot in the workspace: pass it when the
    // workspace may not have it yet (it is saved first, and stays on undo).
    Expected<ToolId> addTool(const Tool &tool, const std::optional<Product> &snapshot = {});
    // tool.id names the tool; any number of fields change in one command.
    Status editTool(const Tool &tool);
    Status editTools(const std::vector<Tool> &tools); // a bulk edit: one command
    Status removeTool(ToolId id);
    Status removeTools(const std::vector<ToolId> &ids);
    // Saves the product and capability snapshots the workspace has no copy of yet (the
    // product a tool is switched to, catalogue capabilities its overrides now name, new
    // local ones) before an edit refers to them; like addTool's snapshot they stay on undo.
    Status saveSnapshots(const std::vector<Product> &products,
                         const std::vector<Capability> &capabilities);

    // Adds the pair, or changes the kind of an existing one.
    Status addIntegration(const ToolIntegration &integration);
    Status removeIntegration(ToolId a, ToolId b);

    // Adds or changes the requirement for requirement.capabilitySlug.
    Status setRequirement(const Requirement &requirement);
    Status removeRequirement(const QString &capabilitySlug);

    Status setInfo(const WorkspaceInfo &info);
    // The PDF review's settings, written whole as one command.
    Status setReportSettings(const ReportSettings &settings);

    // Vendor shortlists. Products the workspace has no copy of yet need their snapshot
    // in snapshots (saved first; they stay on undo, like a tool's). A new shortlist gets
    // its created time here, so that undo and redo keep it.
    Expected<ShortlistId> addShortlist(const Shortlist &shortlist,
                                       const std::vector<Product> &snapshots = {});
    // shortlist.id names it; name, notes, products and weights change in one command.
    Status editShortlist(const Shortlist &shortlist, const std::vector<Product> &snapshots = {});
    Status removeShortlist(ShortlistId id);
    std::optional<Shortlist> shortlist(ShortlistId id) const;

    // Scenarios. A new one (manual or from the planner) gets its created time here; the
    // products its decisions add or bring in need their snapshots (saved first, like a
    // shortlist's). Every edit writes the whole scenario as one command; the baseline can
    // be renamed but takes no decisions and stays.
    Expected<ScenarioId> addScenario(const Scenario &scenario,
                                     const std::vector<Product> &snapshots = {});
    // scenario.id names it; text labels the undo step ("Change scenario “NAME”" if empty).
    Status editScenario(const Scenario &scenario,
                        const std::vector<Product> &snapshots = {},
                        const QString &text = {});
    Status renameScenario(ScenarioId id, const QString &name);
    // Replaces the scenario's decision about the same tool (or, for an add, the same
    // product), else appends it.
    Status setDecision(ScenarioId id,
                       const Decision &decision,
                       const std::vector<Product> &snapshots = {});
    Status removeDecision(ScenarioId id, int index);
    Status removeScenario(ScenarioId id);
    std::optional<Scenario> scenario(ScenarioId id) const;

    // Applies an import (or a profile's requirements) as one undoable command; text is
    // the undo stack's label, "Import N tools" when empty.
    Expected<WorkspaceImportResult> import(const WorkspaceImport &import, const QString &text = {});

    // A tool's capabilities after its overrides, with its product snapshot's.
    std::vector<ToolCapability> effectiveCapabilities(const Tool &tool) const;
    // A capability's name from the workspace's snapshots, else its slug.
    QString capabilityName(const QString &slug) const;

signals:
    void toolAdded(sa::ToolId id);
    void toolChanged(sa::ToolId id);
    void toolRemoved(sa::ToolId id);
    void integrationsChanged();
    void requirementsChanged();
    void infoChanged();
    void reportSettingsChanged();
    void shortlistsChanged();
    void scenariosChanged();
    // Product or capability snapshots were added or replaced.
    void capabilitiesChanged();
    // An undo or redo run from the stack failed; the workspace is as it was before it.
    void errorOccurred(const QString &message);

private:
    friend class WorkspaceCommand;
    Status push(WorkspaceCommand *command);
    void commandFailed(const Error &error);
    Expected<std::vector<Tool>> currentTools(const std::vector<ToolId> &ids) const;
    Status saveSnapshots(const QStringList &slugs, const std::vector<Product> &snapshots);

    WorkspaceStore *m_store;
    QUndoStack *m_undoStack;
    bool m_pushing = false;
    std::optional<Error> m_pushError;
};

} // namespace sa
