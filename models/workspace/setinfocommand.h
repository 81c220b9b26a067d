#pragma once

#include "workspace/workspacecommand.h"

namespace sa {

// Changing the workspace's cover page (company, prepared by, currency, profile) as one
// undoable step.
class SetInfoCommand final : public WorkspaceCommand
{
public:
    SetInfoCommand(WorkspaceDocument *document, WorkspaceInfo before, WorkspaceInfo after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status write(const WorkspaceInfo &info);

    WorkspaceInfo m_before;
    WorkspaceInfo m_after;
};

} // namespace sa
