#include "timeclassmodel.h"

#include "analysis/liveanalysis.h"
#include "workspace/workspacedocument.h"

#include <QBrush>
#include <QLocale>

#include <cmath>

namespace sa {

namespace {

// Worst first: what to act on comes to the top.
int urgency(TimeClass c)
{
    switch (c) {
    case TimeClass::Eliminate:
        return 0;
    case TimeClass::Migrate:
        return 1;
    case TimeClass::Tolerate:
        return 2;
    case TimeClass::Invest:
        return 3;
    }
    return 4;
}

QString percent(double share)
{
    return std::isnan(share) ? QString() : QLocale().toString(share * 100, 'f', 0) + u'%';
}

bool same(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

} // namespace

bool TimeClassModel::Row::operator==(const Row &o) const
{
    return id == o.id && name == o.name && same(rating.fit, o.rating.fit)
           && same(rating.efficiency, o.rating.efficiency) && rating.timeClass == o.rating.timeClass
           && same(utilization, o.utilization) && annualCost == o.annualCost;
}

TimeClassModel::TimeClassModel(WorkspaceDocument *document, QObject *parent)
    : SyncedTableModel(parent)
    , m_document(document)
    , m_analysis(LiveAnalysis::forDocument(document))
{
    refresh();
    connect(m_analysis, &LiveAnalysis::updated, this, &TimeClassModel::refresh);
}

QString TimeClassModel::classTitle(TimeClass c)
{
    switch (c) {
    case TimeClass::Tolerate:
        return tr("Tolerate");
    case TimeClass::Invest:
        return tr("Invest");
    case TimeClass::Migrate:
        return tr("Migrate");
    case TimeClass::Eliminate:
        return tr("Eliminate");
    }
    return QString();
}

QString TimeClassModel::classAdvice(TimeClass c)
{
    switch (c) {
    case TimeClass::Tolerate:
        return tr("Does little that is required, but little of its money is spent twice");
    case TimeClass::Invest:
        return tr("Does required work and is worth its money");
    case TimeClass::Migrate:
        return tr("Does required work, but most of its money duplicates other tools");
    case TimeClass::Eliminate:
        return tr("Does little that is required and duplicates other tools");
    }
    return QString();
}

void TimeClassModel::refresh()
{
    const AnalysisResult &a = m_analysis->result();
    const std::vector<TimeInputs> inputs = timeInputs(a, m_analysis->input().requirements);
    std::vector<Row> next;
    for (size_t t = 0; t < a.tools.size() && t < inputs.size(); ++t) {
        Row row;
        row.id = a.tools[t].id;
        row.name = a.tools[t].name;
        row.rating = classifyTime(inputs[t]);
        row.utilization = inputs[t].utilization;
        row.annualCost = a.tools[t].annualCost;
        next.push_back(std::move(row));
    }
    std::stable_sort(next.begin(), next.end(), [](const Row &x, const Row &y) {
        if (urgency(x.rating.timeClass) != urgency(y.rating.timeClass))
            return urgency(x.rating.timeClass) < urgency(y.rating.timeClass);
        return x.name.compare(y.name, Qt::CaseInsensitive) < 0;
    });
    syncRows(m_rows, std::move(next), [](const Row &row) { return row.id; });
}

int TimeClassModel::count(TimeClass c) const
{
    return int(std::count_if(
        m_rows.begin(), m_rows.end(), [c](const Row &r) { return r.rating.timeClass == c; }));
}

int TimeClassModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimeClassModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor TimeClassModel::classColour(TimeClass c)
{
    switch (c) {
    case TimeClass::Eliminate:
        return QColor(0xb9, 0x1c, 0x1c);
    case TimeClass::Migrate:
        return QColor(0xb4, 0x53, 0x09);
    case TimeClass::Tolerate:
        return QColor(0x47, 0x55, 0x69);
    case TimeClass::Invest:
        return QColor(0x15, 0x80, 0x3d);
    }
    return QColor();
}

QVariant TimeClassModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_rows.size()))
        return QVariant();
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Tool:
            return row.name;
        case Class:
            return classTitle(row.rating.timeClass);
        case Fit:
            return percent(row.rating.fit);
        case Efficiency:
            return percent(row.rating.efficiency);
        case Utilization:
            return std::isnan(row.utilization) ? tr("unknown") : percent(row.utilization);
        case AnnualCost:
            return formatMoney(row.annualCost, m_document->store()->info().currency);
        }
        return QVariant();
    case UnderlyingDataRole:
        switch (index.column()) {
        case Tool:
            return row.name;
        case Class:
            return int(row.rating.timeClass);
        case Fit:
            return row.rating.fit;
        case Efficiency:
            return row.rating.efficiency;
        case Utilization:
            return row.utilization;
        case AnnualCost:
            return row.annualCost;
        }
        return QVariant();
    case ToolIdRole:
        return row.id;
    case Qt::ToolTipRole:
        return index.column() == Class ? QVariant(classAdvice(row.rating.timeClass)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == Class ? QVariant(QBrush(classColour(row.rating.timeClass)))
                                       : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= Fit ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                     : QVariant();
    default:
        return QVariant();
    }
}

QVariant TimeClassModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const titles[] = {QT_TR_NOOP("Tool"),
                                         QT_TR_NOOP("TIME"),
                                         QT_TR_NOOP("Functional fit"),
                                         QT_TR_NOOP("Cost efficiency"),
                                         QT_TR_NOOP("Utilization"),
                                         QT_TR_NOOP("Annual cost")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QVariant();
    return tr(titles[section]);
}

} // namespace sa
