#pragma once

#include "workspace/workspacecommand.h"

namespace sa {

// Changing how the PDF review is made (sections, branding, paper, plan) as one undoable
// step: the settings are written whole, so undo puts back exactly the dialog's previous
// state, logo bytes included.
class ReportSettingsCommand final : public WorkspaceCommand
{
public:
    ReportSettingsCommand(WorkspaceDocument *document, ReportSettings before, ReportSettings after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status write(const ReportSettings &settings);

    ReportSettings m_before;
    ReportSettings m_after;
};

} // namespace sa
