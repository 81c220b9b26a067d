#pragma once

#include "inventorycells.h"
#include "inventoryfields.h"
#include "inventorypreview.h"

#include <QString>

namespace sa {

class CsvTable;
class InventoryCapabilities;
class InventoryCatalogue;
class InventoryColumns;
class InventoryDateOrder;
class InventoryMessages;

// Turns one data row of an inventory table into an InventoryRow: trims cells and undoes
// our export's formula guard, parses every typed cell (InventoryMoney, InventoryDates,
// InventoryValues), matches the name to the catalogue (or takes the file's product
// column), and reads the Capabilities list; each bad value is reported at its own cell
// (list items at their own column). A row named "Total" with no vendor is a finance
// export's sum line: kept for the preview, marked skipped, never imported. "Integrates
// with" waits for InventoryLinks, which needs every row's name. Holds references only.
class InventoryRowReader
{
public:
    InventoryRowReader(const CsvTable &table,
                       const InventoryColumns &columns,
                       const InventoryDateOrder &dates,
                       const InventoryCatalogue &catalogue,
                       InventoryCapabilities *capabilities,
                       InventoryMessages *messages,
                       const QString &currency);

    InventoryRow read(int row) const;

private:
    using Field = InventoryField;
    QStringView text(int row, Field field) const { return m_cells.text(row, int(field)); }
    QString where(int row, Field field, QStringView part = {}) const
    {
        return m_cells.where(row, int(field), part);
    }
    int column(Field field) const { return m_cells.column(int(field)); }
    template<typename T, typename Read>
    T value(int row, Field field, InventoryRow *out, T fallback, Read read) const;
    void match(int row, InventoryRow *out) const;
    void readCapabilities(int row, InventoryRow *out) const;

    InventoryCells m_cells;
    const InventoryDateOrder &m_dates;
    const InventoryCatalogue &m_catalogue;
    InventoryCapabilities *m_capabilities;
    InventoryMessages *m_messages;
    QString m_currency;
};

} // namespace sa
