#include "cataloguecommand.h"

#include <QCoreApplication>

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

void CatalogueCommand::reportConflict(CapabilityConflict conflict)
{
    m_document->m_capabilityConflict = std::move(conflict);
}

Error CatalogueCommand::conflictError(const QString &name, qint64 mine, qint64 now)
{
    return Error::badInput(
        QCoreApplication::translate("CatalogueCommand",
                                    "“%1” was changed by someone else: yours is based on version "
                                    "%2, the catalogue has version %3.")
            .arg(name)
            .arg(mine)
            .arg(now));
}

void CatalogueCommand::finish(const Status &status)
{
    if (status)
        return;
    setObsolete(true);
    m_document->commandFailed(status.error());
}

} // namespace sa
