#pragma once

#include <QString>

#include <vector>

namespace sa {

class CsvTable;
class InventoryColumns;

// The cells of an inventory table by field: trimmed, with our export's formula guard
// undone ("'=SUM" reads "=SUM"), and where they are for messages. Shared by the tool and
// the requirement row readers; holds references only.
class InventoryCells
{
public:
    InventoryCells(const CsvTable &table, const InventoryColumns &columns);

    const CsvTable &table() const { return m_table; }
    int column(int field) const;
    QStringView text(int row, int field) const; // empty when no column feeds the field
    // "FILE:LINE:COLUMN" of the field's cell, or of part (a view into its text).
    QString where(int row, int field, QStringView part = {}) const;
    bool rowIsBlank(int row) const;
    // The items of a list cell, separated by '|' or ';', trimmed, empty ones dropped:
    // views into cell, so that where() can place each.
    static std::vector<QStringView> items(QStringView cell);

private:
    const CsvTable &m_table;
    const InventoryColumns &m_columns;
};

} // namespace sa
