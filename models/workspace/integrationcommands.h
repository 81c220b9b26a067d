#pragma once

#include "workspace/workspacecommand.h"

#include <optional>

namespace sa {

// The undoable integration edits. Adding a pair that exists changes its kind; undo then
// puts the old kind back instead of removing the pair.

class AddIntegrationCommand final : public WorkspaceCommand
{
public:
    AddIntegrationCommand(WorkspaceDocument *document,
                          ToolIntegration integration,
                          std::optional<ToolIntegration> before,
                          const QString &nameA,
                          const QString &nameB);

protected:
    Status apply() override;
    Status revert() override;

private:
    ToolIntegration m_integration;
    std::optional<ToolIntegration> m_before;
};

class RemoveIntegrationCommand final : public WorkspaceCommand
{
public:
    RemoveIntegrationCommand(WorkspaceDocument *document,
                             ToolIntegration integration,
                             const QString &nameA,
                             const QString &nameB);

protected:
    Status apply() override;
    Status revert() override;

private:
    ToolIntegration m_integration;
};

} // namespace sa
