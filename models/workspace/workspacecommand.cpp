#include "workspacecommand.h"

namespace sa {

WorkspaceCommand::WorkspaceCommand(WorkspaceDocument *document)
    : m_document(document)
{
}

void WorkspaceCommand::redo()
{
    finish(apply());
}

void WorkspaceCommand::undo()
{
    finish(revert());
}

void WorkspaceCommand::finish(const Status &status)
{
    if (status)
        return;
    setObsolete(true);
    m_document->commandFailed(status.error());
}

} // namespace sa
