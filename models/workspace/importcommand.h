#pragma once

#include "workspace/workspacecommand.h"

namespace sa {

// An import (tools, their integrations, snapshots, requirements) as one undoable step.
// Each run works out what it changed, so that undo takes back exactly that in one
// transaction: the tools it added (with their integrations), the integrations it added
// between tools already there, and the requirements it added or replaced (restored as
// they were). Redo applies the import again with the tools' first ids. Snapshots it
// saved stay: they are copies of the catalogue and change nothing the user sees.
class ImportCommand final : public WorkspaceCommand
{
public:
    ImportCommand(WorkspaceDocument *document, WorkspaceImport import, const QString &text);
    const WorkspaceImportResult &result() const { return m_result; }

protected:
    Status apply() override;
    Status revert() override;

private:
    void planReversal(const std::vector<ToolIntegration> &integrationsBefore,
                      const std::vector<Requirement> &requirementsBefore);

    WorkspaceImport m_import;
    WorkspaceImportResult m_result;
    WorkspaceImportReversal m_reversal;
};

} // namespace sa
