#include "integrationtoolmodel.h"

namespace sa {

std::vector<int> integrationMarks(const AnalysisResult &result, std::vector<int> *silo)
{
    std::vector<int> marks(result.tools.size(), 0);
    std::vector<int> silos(result.tools.size(), -1);
    for (const ToolIndex t : result.hubs)
        marks[size_t(t)] |= IntegrationToolModel::Hub;
    for (const ToolIndex t : result.singlePointsOfFailure)
        marks[size_t(t)] |= IntegrationToolModel::SinglePoint;
    for (size_t s = 0; s < result.silos.size(); ++s) {
        for (const ToolIndex t : result.silos[s]) {
            marks[size_t(t)] |= IntegrationToolModel::Silo;
            silos[size_t(t)] = int(s);
        }
    }
    if (silo)
        *silo = std::move(silos);
    return marks;
}

IntegrationToolModel::IntegrationToolModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IntegrationToolModel::setAnalysis(const AnalysisResult &result)
{
    beginResetModel();
    std::vector<int> silo;
    const std::vector<int> marks = integrationMarks(result, &silo);
    m_rows.clear();
    for (const ToolIndex t : result.toolsByName()) {
        const AnalyzedTool &tool = result.tools[size_t(t)];
        const RemovalImpact &impact = result.removal[size_t(t)];
        m_rows.push_back(Row{t,
                             tool.id,
                             tool.name,
                             marks[size_t(t)],
                             silo[size_t(t)],
                             int(impact.integrationsCut.size()),
                             impact.cutOffCount});
    }
    endResetModel();
}

int IntegrationToolModel::rowOf(ToolId tool) const
{
    for (size_t r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].id == tool)
            return int(r);
    }
    return -1;
}

QString IntegrationToolModel::marksText(int marks)
{
    QStringList parts;
    if (marks & Hub)
        parts << tr("Hub");
    if (marks & Silo)
        parts << tr("Silo");
    if (marks & SinglePoint)
        parts << tr("Single point of failure");
    return parts.join(u" · ");
}

int IntegrationToolModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IntegrationToolModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntegrationToolModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Tool:
            return row.name;
        case Marks:
            return marksText(row.marks);
        case Integrations:
            return QString::number(row.integrations);
        default:
            return QString::number(row.cutOff);
        }
    case UnderlyingDataRole:
        switch (index.column()) {
        case Tool:
            return row.name;
        case Marks:
            return row.marks;
        case Integrations:
            return row.integrations;
        default:
            return row.cutOff;
        }
    case ToolIdRole:
        return row.id;
    case MarksRole:
        return row.marks;
    case SiloRole:
        return row.silo;
    case Qt::TextAlignmentRole:
        return index.column() >= Integrations ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant();
    default:
        return {};
    }
}

QVariant IntegrationToolModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == CutOff)
        return tr("Tools that reach a hub today and would reach none without this one");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Tool:
        return tr("Tool");
    case Marks:
        return tr("On the map");
    case Integrations:
        return tr("Links");
    case CutOff:
        return tr("Cut off");
    default:
        return {};
    }
}

} // namespace sa
