#include "comparisonscoremodel.h"

using namespace Qt::StringLiterals;

namespace sa {

namespace {

QString points(qint64 hundredths)
{
    return QString::number(double(hundredths) / 100.0, 'f', 2);
}

} // namespace

ComparisonScoreModel::ComparisonScoreModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonScoreModel::setResult(ComparisonResult result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

Criterion ComparisonScoreModel::criterionOf(int column)
{
    return Criterion(column - Coverage);
}

int ComparisonScoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.products.size());
}

int ComparisonScoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonScoreModel::value(const ProductScore &p, int column) const
{
    switch (column) {
    case Rank:
        return p.rank;
    case Product:
        return p.product.name;
    case Total:
        return p.total();
    default:
        return p[criterionOf(column)].part();
    }
}

QVariant ComparisonScoreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProductScore &p = m_result.products[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Rank || column == Product)
            return value(p, column).toString();
        return points(column == Total ? p.totalHundredths : p[criterionOf(column)].partHundredths);
    case UnderlyingDataRole:
        return value(p, column);
    case SlugRole:
        return p.product.slug;
    case Qt::TextAlignmentRole:
        return column == Product ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column >= Coverage) {
            const CriterionScore &c = p[criterionOf(column)];
            return QString(points(c.scoreHundredths) + u" × "
                           + QString::number(c.weight * 100.0, 'f', 1) + u"% = "
                           + points(c.partHundredths));
        }
        return {};
    default:
        return {};
    }
}

QVariant ComparisonScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("#");
    case Product:
        return tr("Product");
    case Total:
        return tr("Total");
    default:
        return criterionTitle(criterionOf(section));
    }
}

} // namespace sa
