#pragma once

#include "workspace/workspacedocument.h"

#include <QUndoCommand>

namespace sa {

// Base of the workspace's undo commands (the same contract as CatalogueCommand):
// subclasses say how to apply and revert an edit against the store; this class turns a
// store error into "nothing happened": the command marks itself obsolete (QUndoStack then
// drops it) and hands the message to the document.
class WorkspaceCommand : public QUndoCommand
{
public:
    explicit WorkspaceCommand(WorkspaceDocument *document);

    void redo() final;
    void undo() final;

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;

    WorkspaceStore *store() const { return m_document->store(); }
    WorkspaceDocument *document() const { return m_document; }

private:
    void finish(const Status &status);

    WorkspaceDocument *m_document;
};

} // namespace sa
