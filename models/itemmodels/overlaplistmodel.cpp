#include "overlaplistmodel.h"

namespace sa {

OverlapListModel::OverlapListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OverlapListModel::setAnalysis(const AnalysisResult &result, const QString &currency)
{
    beginResetModel();
    m_currency = currency;
    m_rows.clear();
    for (const Overlap &o : result.overlaps) {
        Row row;
        row.slug = result.capabilities[size_t(o.capability)].slug;
        row.capability = result.capabilities[size_t(o.capability)].name;
        row.redundant = o.redundantCost;
        for (size_t k = 0; k < o.tools.size(); ++k) {
            const AnalyzedTool &tool = result.tools[size_t(o.tools[k])];
            row.tools << tool.name;
            row.toolIds << tool.id;
            row.details << tr("%1: strength %2, cost share %3")
                               .arg(tool.name)
                               .arg(o.strengths[k])
                               .arg(formatMoney(o.shares[k], currency));
        }
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

int OverlapListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverlapListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverlapListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Others)
            return row.tools.mid(1).join(u", ");
        if (column == RedundantCost)
            return formatMoney(row.redundant, m_currency);
        return data(index, UnderlyingDataRole); // the names as they are
    case UnderlyingDataRole:
        switch (column) {
        case Capability:
            return row.capability;
        case Primary:
            return row.tools.front();
        case Others:
            return int(row.tools.size() - 1);
        default:
            return row.redundant;
        }
    case Qt::ToolTipRole:
        if (column == Primary || column == Others)
            return QString(tr("Kept as primary: the strongest, then the cheapest.\n")
                           + row.details.join(u'\n'));
        if (column == RedundantCost)
            return tr("The cost shares of every tool but the primary");
        return {};
    case Qt::TextAlignmentRole:
        return column == RedundantCost ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case CapabilitySlugRole:
        return row.slug;
    case ToolIdsRole:
        return QVariant::fromValue(row.toolIds);
    default:
        return {};
    }
}

QVariant OverlapListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Capability:
        return tr("Capability");
    case Primary:
        return tr("Primary (kept)");
    case Others:
        return tr("Also covered by");
    case RedundantCost:
        return tr("Redundant spend");
    default:
        return {};
    }
}

} // namespace sa
