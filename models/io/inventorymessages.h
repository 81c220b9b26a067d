#pragma once

#include "cataloguecsvmessages.h"
#include "inventorypreview.h"

#include <vector>

namespace sa {

// The messages of one inventory import: each goes to the capped lists the CLI prints
// (CatalogueCsvMessages, shared with the catalogue import) and, uncapped, to the
// problems of its row so that the wizard can mark the cell. The importer reads a table
// in several passes (cells, then names, then links), so messages are kept with the row
// (setRow) and column they are about and listed in file order, as a compiler would.
class InventoryMessages
{
public:
    InventoryMessages(int maxErrors, int maxWarnings);

    void setRow(int row) { m_row = row; } // the table row the next messages are about

    void error(std::vector<InventoryCellProblem> *problems,
               int column,
               const QString &where,
               const QString &what);
    void warning(std::vector<InventoryCellProblem> *problems,
                 int column,
                 const QString &where,
                 const QString &what);

    // Moves the lists (with the "N more warnings" line) into the preview, and all of them
    // in file order into its messages.
    void finish(InventoryPreview *preview);

private:
    struct Message
    {
        int row;
        int column;
        bool error;
        QString where;
        QString what;
    };
    void add(std::vector<InventoryCellProblem> *problems, Message message);

    int m_row = -1;
    std::vector<Message> m_messages;
    CatalogueCsvMessages m_lists;
};

} // namespace sa
