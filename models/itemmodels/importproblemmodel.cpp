#include "importproblemmodel.h"

#include <QBrush>
#include <QFont>

namespace sa {

ImportProblemModel::ImportProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportProblemModel::setProblems(std::vector<ImportProblem> problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

int ImportProblemModel::errorCount() const
{
    return int(std::count_if(
        m_problems.begin(), m_problems.end(), [](const ImportProblem &p) { return p.error; }));
}

int ImportProblemModel::warningCount() const
{
    return int(m_problems.size()) - errorCount();
}

int ImportProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_problems.size()))
        return QVariant();
    const ImportProblem &p = m_problems[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity:
            return p.error ? tr("Error") : tr("Warning");
        case Location:
            return p.location;
        case Message:
            return p.message;
        }
        return QVariant();
    case UnderlyingDataRole:
        if (index.column() == Severity)
            return p.error ? 2 : 1;
        return data(index, Qt::DisplayRole);
    case TableRowRole:
        return p.row;
    case TableColumnRole:
        return p.column;
    case Qt::ToolTipRole:
        return p.text;
    case Qt::ForegroundRole:
        if (index.column() == Severity)
            return QBrush(p.error ? QColor(0xb4, 0x23, 0x18) : QColor(0x8a, 0x56, 0x03));
        if (index.column() == Location)
            return QBrush(QColor(0x64, 0x74, 0x8b));
        return QVariant();
    case Qt::FontRole:
        if (index.column() == Severity) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const titles[]
        = {QT_TR_NOOP("Severity"), QT_TR_NOOP("Where"), QT_TR_NOOP("What is wrong")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QVariant();
    return tr(titles[section]);
}

} // namespace sa
