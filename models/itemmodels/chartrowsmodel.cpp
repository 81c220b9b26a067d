#include "chartrowsmodel.h"

#include "domain/money.h"

namespace sa {

ChartRowsModel::ChartRowsModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{
}

void ChartRowsModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

ChartRowsModel::Cell ChartRowsModel::moneyCell(qint64 cents, const QString &currency)
{
    return {double(cents) / 100.0, cents, formatMoney(cents, currency)};
}

ChartRowsModel::Cell ChartRowsModel::countCell(int count)
{
    return {count, count, QString::number(count)};
}

int ChartRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChartRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ChartRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const Cell &cell = row.cells[size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return cell.display;
    case UnderlyingDataRole:
        return cell.underlying;
    case TextRole:
        return cell.text;
    case Qt::ToolTipRole:
        if (row.details.isEmpty())
            return QString(row.cells.front().text + u": " + cell.text);
        return QString(row.cells.front().text + u": " + cell.text + u'\n'
                       + row.details.join(u'\n'));
    case ToolIdsRole:
        return QVariant::fromValue(row.toolIds);
    case DetailsRole:
        return row.details;
    case Qt::TextAlignmentRole:
        return index.column() == 0 ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ChartRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_headers.size())
        return {};
    return m_headers[section];
}

QList<qint64> ChartRowsModel::toolIds(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    return m_rows[size_t(row)].toolIds;
}

QString ChartRowsModel::label(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    return m_rows[size_t(row)].cells.front().text;
}

} // namespace sa
