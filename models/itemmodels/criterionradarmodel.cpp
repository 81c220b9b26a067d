#include "criterionradarmodel.h"

namespace sa {

CriterionRadarModel::CriterionRadarModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CriterionRadarModel::setResult(ComparisonResult result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

Criterion CriterionRadarModel::criterionOf(int row)
{
    return Criterion(row % kCriterionCount);
}

int CriterionRadarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_result.products.empty() ? 0 : PointCount;
}

int CriterionRadarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + productCount();
}

QVariant CriterionRadarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != UnderlyingDataRole)
        return {};
    if (index.column() == Angle)
        return double(index.row());
    const ProductScore &p = m_result.products[size_t(index.column() - ColumnCount)];
    return p[criterionOf(index.row())].points();
}

QVariant CriterionRadarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical && section >= 0 && section < rowCount())
        return criterionTitle(criterionOf(section));
    if (orientation == Qt::Horizontal && section >= ColumnCount && section < columnCount())
        return m_result.products[size_t(section - ColumnCount)].product.name;
    if (orientation == Qt::Horizontal && section == Angle)
        return tr("Angle");
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace sa
