#include "cataloguecommand.h"

namespace sa {

CatalogueCommand::CatalogueCommand(CatalogueDocument *document)
    : m_document(document)
{
}

void CatalogueCommand::redo()
{
    finish(apply());
}

void CatalogueCommand::undo()
{
    finish(revert());
}

void CatalogueCommand::reportConflict(EditConflict conflict)
{
    m_document->m_conflict = std::move(conflict);
}

void CatalogueCommand::finish(const Status &status)
{
    if (status)
        return;
    setObsolete(true);
    m_document->commandFailed(status.error());
}

} // namespace sa
