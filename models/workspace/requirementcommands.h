#pragma once

#include "workspace/workspacecommand.h"

#include <optional>

namespace sa {

// The undoable requirement edits, keyed by capability: setting one that exists changes it
// and undo restores the old importance and strength; removing one keeps it for undo.

class SetRequirementCommand final : public WorkspaceCommand
{
public:
    SetRequirementCommand(WorkspaceDocument *document,
                          Requirement requirement,
                          std::optional<Requirement> before,
                          const QString &capabilityName);

protected:
    Status apply() override;
    Status revert() override;

private:
    Requirement m_requirement;
    std::optional<Requirement> m_before;
};

class RemoveRequirementCommand final : public WorkspaceCommand
{
public:
    RemoveRequirementCommand(WorkspaceDocument *document,
                             Requirement requirement,
                             const QString &capabilityName);

protected:
    Status apply() override;
    Status revert() override;

private:
    Requirement m_requirement;
};

} // namespace sa
