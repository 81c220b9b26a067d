#pragma once

#include "catalogue/cataloguedocument.h"

#include <QUndoCommand>

namespace sa {

// Base of the catalogue's undo commands. Subclasses say how to apply and revert an edit
// against the store; this class turns a store error into "nothing happened": the command
// marks itself obsolete (QUndoStack then drops it) and hands the message to the document.
class CatalogueCommand : public QUndoCommand
{
public:
    explicit CatalogueCommand(CatalogueDocument *document);

    void redo() final;
    void undo() final;

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;

    CatalogueStore *store() const { return m_document->store(); }
    CatalogueDocument *document() const { return m_document; }
    // Hands a refused versioned edit to the document (see editProductBasedOn()).
    void reportConflict(EditConflict conflict);
    void reportConflict(CapabilityConflict conflict);
    // The message of an edit of name based on version mine, refused at version now.
    static Error conflictError(const QString &name, qint64 mine, qint64 now);

private:
    void finish(const Status &status);

    CatalogueDocument *m_document;
};

} // namespace sa
