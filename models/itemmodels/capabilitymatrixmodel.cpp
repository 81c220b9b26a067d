#include "capabilitymatrixmodel.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace sa {

CapabilityMatrixModel::CapabilityMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CapabilityMatrixModel::setResult(ComparisonResult result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

int CapabilityMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.matrix.size());
}

int CapabilityMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_result.products.size());
}

QVariant CapabilityMatrixModel::value(int row, int column) const
{
    const MatrixRow &m = m_result.matrix[size_t(row)];
    switch (column) {
    case Capability:
        return m.capabilityName;
    case Importance:
        return int(m.requirement.importance);
    case MinStrength:
        return m.requirement.minStrength;
    case Stack:
        return m.stackStrength;
    default:
        return m_result.products[size_t(column - ColumnCount)].strengths[size_t(row)];
    }
}

QVariant CapabilityMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MatrixRow &m = m_result.matrix[size_t(index.row())];
    const int column = index.column();
    const QVariant raw = value(index.row(), column);
    switch (role) {
    case Qt::DisplayRole:
        if (column == Capability)
            return raw;
        if (column == Importance)
            return importanceName(m.requirement.importance);
        if (column == Stack && m.gap)
            return tr("%1 (gap)").arg(raw.toInt() > 0 ? strengthName(raw.toInt()) : tr("none"));
        return raw.toInt() > 0 ? strengthName(raw.toInt()) : u"–"_s;
    case UnderlyingDataRole:
        return raw;
    case Qt::CheckStateRole:
        if (column >= ColumnCount)
            return raw.toInt() >= m.requirement.minStrength ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::BackgroundRole:
        // Met green, below the minimum amber, missing red: the matrix reads at a glance.
        if (column < ColumnCount)
            return {};
        if (raw.toInt() >= m.requirement.minStrength)
            return QColor(0xe3'f4'ea);
        return QColor(raw.toInt() > 0 ? 0xff'f1'd6 : 0xfc'ea'e8);
    case Qt::ForegroundRole:
        if (column == Importance && m.requirement.importance == sa::Importance::Must)
            return QColor(0x9a'1b'10);
        if (column == Importance && m.requirement.importance == sa::Importance::Nice)
            return QColor(0x64'74'8b);
        return {};
    case Qt::ToolTipRole:
        if (column >= ColumnCount)
            return tr("%1: %2, minimum %3 (%4)")
                .arg(headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
                     raw.toInt() > 0 ? strengthName(raw.toInt()) : tr("does not have it"),
                     strengthName(m.requirement.minStrength),
                     raw.toInt() >= m.requirement.minStrength ? tr("met") : tr("not met"));
        return {};
    default:
        return {};
    }
}

QVariant CapabilityMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Capability:
        return tr("Requirement");
    case Importance:
        return tr("Importance");
    case MinStrength:
        return tr("Minimum");
    case Stack:
        return tr("Your stack");
    default:
        return m_result.products[size_t(section - ColumnCount)].product.name;
    }
}

} // namespace sa
