#pragma once

#include "workspace/workspacestore.h"

#include <QSqlDatabase>

namespace sa {

// Writes a whole import into a workspace, and takes one back, inside the caller's
// transaction: the store commits only when every row went in, so an import lands whole
// or not at all. Tools named by an import resolve through ToolRef to a tool already in the
// workspace or to one of the import's own new tools.
class WorkspaceImportWriter
{
public:
    explicit WorkspaceImportWriter(QSqlDatabase db);

    Expected<WorkspaceImportResult> apply(const WorkspaceImport &import);
    Status revert(const WorkspaceImportReversal &reversal);

private:
    QSqlDatabase m_db;
};

} // namespace sa
