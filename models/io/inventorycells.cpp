#include "inventorycells.h"

#include "cataloguecsvvalues.h"
#include "csvtable.h"
#include "csvwriter.h"
#include "inventorycolumns.h"

namespace sa {

InventoryCells::InventoryCells(const CsvTable &table, const InventoryColumns &columns)
    : m_table(table)
    , m_columns(columns)
{
}

int InventoryCells::column(int field) const
{
    return m_columns.column(field);
}

QStringView InventoryCells::text(int row, int field) const
{
    const int c = m_columns.column(field);
    if (c < 0)
        return {};
    return CatalogueCsvValues::trimmed(
        CsvWriter::withoutFormulaGuard(CatalogueCsvValues::trimmed(m_table.cell(row, c))));
}

QString InventoryCells::where(int row, int field, QStringView part) const
{
    const int c = std::max(m_columns.column(field), 0);
    const QStringView cell = m_table.cell(row, c);
    if (part.isNull() || cell.isNull())
        return m_table.location(m_table.position(row, c));
    return m_table.location(m_table.position(row, c, part.data() - cell.data()));
}

bool InventoryCells::rowIsBlank(int row) const
{
    for (int c = 0; c < m_table.columnCount(); ++c) {
        if (!CatalogueCsvValues::trimmed(m_table.cell(row, c)).isEmpty())
            return false;
    }
    return true;
}

std::vector<QStringView> InventoryCells::items(QStringView cell)
{
    std::vector<QStringView> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= cell.size(); ++i) {
        if (i < cell.size() && cell[i] != u'|' && cell[i] != u';')
            continue;
        const QStringView item = CatalogueCsvValues::trimmed(cell.sliced(start, i - start));
        if (!item.isEmpty())
            out.push_back(item);
        start = i + 1;
    }
    return out;
}

} // namespace sa
