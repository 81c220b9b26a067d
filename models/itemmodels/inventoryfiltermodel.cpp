#include "inventoryfiltermodel.h"

#include "inventorymodel.h"

namespace sa {

InventoryFilterModel::InventoryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InventoryModel::UnderlyingDataRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
}

void InventoryFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool InventoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex row = source->index(sourceRow, 0, sourceParent);
    if (row.data(InventoryModel::IsGroupRole).toBool()) {
        const QString name = row.data().toString();
        for (const QString &word : m_words) {
            if (!name.contains(word, Qt::CaseInsensitive))
                return false;
        }
        return true;
    }
    QStringList cells;
    for (int column = 0; column < source->columnCount(sourceParent); ++column)
        cells << source->index(sourceRow, column, sourceParent).data().toString();
    for (const QString &word : m_words) {
        const bool found = std::any_of(cells.cbegin(), cells.cend(), [&](const QString &cell) {
            return cell.contains(word, Qt::CaseInsensitive);
        });
        if (!found)
            return false;
    }
    return true;
}

bool InventoryFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.data(InventoryModel::IsGroupRole).toBool()) {
        const bool leftLast = left.data(InventoryModel::CategorySlugRole).toString().isEmpty();
        const bool rightLast = right.data(InventoryModel::CategorySlugRole).toString().isEmpty();
        // The view compares the other way round when sorting down: stay last then too.
        if (leftLast != rightLast)
            return sortOrder() == Qt::AscendingOrder ? rightLast : leftLast;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace sa
