#pragma once

#include "workspace/workspacecommand.h"

namespace sa {

// The undoable tool edits. Each keeps whole Tool values, so that undo puts back exactly
// what was there: a removed tool returns with the same id, its capability overrides and
// its integrations (WorkspaceStore keeps non-zero ids), in one transaction.

class AddToolCommand final : public WorkspaceCommand
{
public:
    AddToolCommand(WorkspaceDocument *document, Tool tool);
    ToolId toolId() const { return m_tool.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Tool m_tool;
};

// One tool with several fields changed, or several tools (a bulk edit): one step.
class EditToolsCommand final : public WorkspaceCommand
{
public:
    EditToolsCommand(WorkspaceDocument *document,
                     std::vector<Tool> before,
                     std::vector<Tool> after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status write(const std::vector<Tool> &tools);

    std::vector<Tool> m_before;
    std::vector<Tool> m_after;
};

class RemoveToolsCommand final : public WorkspaceCommand
{
public:
    // integrations: every integration that has one of the tools at an end; scenarios:
    // every scenario with a decision about one of them (the file drops those decisions
    // with the tool; undo writes the scenarios back whole).
    RemoveToolsCommand(WorkspaceDocument *document,
                       std::vector<Tool> tools,
                       std::vector<ToolIntegration> integrations,
                       std::vector<Scenario> scenarios = {});

protected:
    Status apply() override;
    Status revert() override;

private:
    std::vector<Tool> m_tools;
    std::vector<ToolIntegration> m_integrations;
    std::vector<Scenario> m_scenarios;
};

} // namespace sa
