#include "inventorytablemodel.h"

#include <QBrush>
#include <QColor>

namespace sa {

namespace {

const QColor errorTint(0xfd, 0xe4, 0xe1);
const QColor warningTint(0xfe, 0xf3, 0xd3);
const QColor mutedText(0x94, 0xa3, 0xb8);

} // namespace

InventoryTableModel::InventoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InventoryTableModel::setTable(const CsvTable &table,
                                   const std::vector<ImportProblem> &problems,
                                   const std::vector<bool> &skipped,
                                   int rowLimit)
{
    beginResetModel();
    m_table = table;
    m_skipped = skipped;
    m_rows = rowLimit > 0 ? std::min(rowLimit, table.rowCount()) : table.rowCount();
    m_marks.clear();
    for (const ImportProblem &p : problems) {
        if (p.row < 0)
            continue;
        Marks &m = m_marks[key(p.row, p.column)];
        m.level = std::max(m.level, p.error ? 2 : 1);
        m.messages << p.text;
    }
    endResetModel();
}

QModelIndex InventoryTableModel::cellIndex(int row, int column) const
{
    if (row < 0 || row >= m_rows || column >= m_table.columnCount())
        return QModelIndex();
    return index(row, column < 0 ? Line : FirstFileColumn + column);
}

int InventoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int InventoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_table.columnCount() == 0 ? 0
                                                          : FirstFileColumn + m_table.columnCount();
}

const InventoryTableModel::Marks *InventoryTableModel::marks(int row, int column) const
{
    const auto found = m_marks.constFind(key(row, column));
    return found == m_marks.constEnd() ? nullptr : &*found;
}

QVariant InventoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows)
        return QVariant();
    const int row = index.row();
    const int column = index.column() - FirstFileColumn; // -1 for Line
    const bool skipped = size_t(row) < m_skipped.size() && m_skipped[size_t(row)];
    const Marks *cell = marks(row, column);
    switch (role) {
    case Qt::DisplayRole:
        if (column < 0)
            return m_table.rowLine(row);
        return m_table.cell(row, column).toString().simplified();
    case UnderlyingDataRole:
        if (column < 0)
            return m_table.rowLine(row);
        return m_table.cell(row, column).toString();
    case ProblemRole:
        return cell ? cell->level : 0;
    case Qt::BackgroundRole:
        if (cell)
            return QBrush(cell->level == 2 ? errorTint : warningTint);
        return QVariant();
    case Qt::ForegroundRole:
        if (column < 0 || skipped)
            return QBrush(mutedText);
        return QVariant();
    case Qt::ToolTipRole: {
        QStringList lines = cell ? cell->messages : QStringList();
        if (skipped && column < 0)
            lines << tr("A totals row: shown, never imported.");
        if (lines.isEmpty() && column >= 0 && m_table.cell(row, column).size() > 40)
            lines << m_table.cell(row, column).toString();
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case Qt::TextAlignmentRole:
        if (column < 0)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant InventoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columnCount())
        return QVariant();
    if (section == Line)
        return tr("Line");
    return m_table.header()[section - FirstFileColumn];
}

} // namespace sa
