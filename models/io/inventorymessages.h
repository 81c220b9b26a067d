#pragma once

#include "cataloguecsvmessages.h"
#include "inventorypreview.h"

#include <vector>

namespace sa {

// The messages of one inventory import: each goes to the capped lists the CLI prints
// (CatalogueCsvMessages, shared with the catalogue import) and, uncapped, to the
// problems of its row so that the wizard can mark the cell.
class InventoryMessages
{
public:
    InventoryMessages(int maxErrors, int maxWarnings);

    void error(std::vector<InventoryCellProblem> *problems,
               int column,
               const QString &where,
               const QString &what);
    void warning(std::vector<InventoryCellProblem> *problems,
                 int column,
                 const QString &where,
                 const QString &what);

    // Moves the lists (with the "N more warnings" line) into the preview.
    void finish(InventoryPreview *preview);

private:
    CatalogueCsvMessages m_lists;
};

} // namespace sa
