#include "scenariotablemodel.h"

#include "analysis/liveanalysis.h"
#include "workspace/workspacedocument.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>

namespace sa {

namespace {

double share(const StackFigures &f)
{
    return f.required == 0 ? 1.0 : double(f.covered) / double(f.required);
}

} // namespace

QString scenarioKindTitle(ScenarioKind kind)
{
    switch (kind) {
    case ScenarioKind::Baseline:
        return QCoreApplication::translate("sa::ScenarioTableModel", "Baseline");
    case ScenarioKind::Manual:
        return QCoreApplication::translate("sa::ScenarioTableModel", "Manual");
    case ScenarioKind::Optimized:
        return QCoreApplication::translate("sa::ScenarioTableModel", "Optimized");
    }
    return QString();
}

bool ScenarioTableModel::Row::operator==(const Row &o) const
{
    const Roadmap &a = evaluation.roadmap;
    const Roadmap &b = o.evaluation.roadmap;
    return scenario == o.scenario && evaluation.after == o.evaluation.after
           && evaluation.before == o.evaluation.before && a.planCost == b.planCost
           && a.baselineCost == b.baselineCost && a.paybackMonth == b.paybackMonth;
}

ScenarioTableModel::ScenarioTableModel(WorkspaceDocument *document, QObject *parent)
    : SyncedTableModel(parent)
    , m_document(document)
    , m_analysis(LiveAnalysis::forDocument(document))
    , m_today(QDate::currentDate())
{
    refresh();
    connect(m_analysis, &LiveAnalysis::updated, this, &ScenarioTableModel::refresh);
    // A scenario's products may have come with it: let the analysis see them first.
    connect(document, &WorkspaceDocument::scenariosChanged, this, [this] {
        m_analysis->flush();
        refresh();
    });
}

void ScenarioTableModel::setToday(QDate today)
{
    m_today = today;
    refresh();
}

void ScenarioTableModel::refresh()
{
    std::vector<Row> next;
    for (Scenario &s : m_document->store()->scenarios()) {
        Row row;
        row.evaluation = evaluateScenario(m_analysis->input(), s, m_today);
        row.scenario = std::move(s);
        next.push_back(std::move(row));
    }
    syncRows(m_rows, std::move(next), [](const Row &row) { return row.scenario.id; });
}

int ScenarioTableModel::rowOf(ScenarioId id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].scenario.id == id)
            return int(i);
    }
    return -1;
}

int ScenarioTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScenarioTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioTableModel::raw(const Row &row, int column) const
{
    const StackFigures &f = row.evaluation.after;
    const Roadmap &m = row.evaluation.roadmap;
    switch (column) {
    case Name:
        return row.scenario.name;
    case Kind:
        return scenarioKindName(row.scenario.kind);
    case Decisions:
        return int(row.scenario.decisions.size());
    case Tools:
        return f.tools;
    case AnnualCost:
        return f.annualCost;
    case HorizonCost:
        return m.planCost;
    case Savings:
        return m.savings();
    case Coverage:
        return share(f);
    case Overlaps:
        return f.overlaps;
    case RedundantCost:
        return f.redundantCost;
    case Gaps:
        return f.gaps;
    case Silos:
        return f.silos;
    case Payback:
        return std::max(0, m.paybackMonth);
    }
    return QVariant();
}

QVariant ScenarioTableModel::display(const Row &row, int column) const
{
    const QString currency = m_document->store()->info().currency;
    const StackFigures &f = row.evaluation.after;
    switch (column) {
    case Kind:
        return scenarioKindTitle(row.scenario.kind);
    case AnnualCost:
    case HorizonCost:
    case Savings:
    case RedundantCost:
        return formatMoney(raw(row, column).toLongLong(), currency);
    case Coverage:
        return tr("%1 of %2").arg(f.covered).arg(f.required);
    case Payback: {
        const int month = row.evaluation.roadmap.paybackMonth;
        if (month < 1)
            return tr("—");
        const QDate start = row.scenario.start.isValid() ? row.scenario.start : m_today;
        return tr("Month %1 (%2)")
            .arg(month)
            .arg(QLocale().toString(start.addMonths(month - 1), QStringLiteral("MMM yyyy")));
    }
    default:
        return raw(row, column);
    }
}

QString ScenarioTableModel::before(const Row &row, int column) const
{
    const QString currency = m_document->store()->info().currency;
    const StackFigures &b = row.evaluation.before;
    switch (column) {
    case Tools:
        return tr("Today: %1").arg(b.tools);
    case AnnualCost:
        return tr("Today: %1").arg(formatMoney(b.annualCost, currency));
    case HorizonCost:
        return tr("Keeping everything: %1")
            .arg(formatMoney(row.evaluation.roadmap.baselineCost, currency));
    case Coverage:
        return tr("Today: %1 of %2").arg(b.covered).arg(b.required);
    case Overlaps:
        return tr("Today: %1").arg(b.overlaps);
    case RedundantCost:
        return tr("Today: %1").arg(formatMoney(b.redundantCost, currency));
    case Gaps:
        return tr("Today: %1").arg(b.gaps);
    case Silos:
        return tr("Today: %1").arg(b.silos);
    default:
        return QString();
    }
}

QVariant ScenarioTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_rows.size()))
        return QVariant();
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::EditRole:
        return index.column() == Name ? QVariant(row.scenario.name) : QVariant();
    case UnderlyingDataRole:
        return raw(row, index.column());
    case ScenarioIdRole:
        return row.scenario.id;
    case Qt::ToolTipRole: {
        if (index.column() == Name && !row.evaluation.problems.isEmpty())
            return row.evaluation.problems.join(u'\n');
        const QString text = before(row, index.column());
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Qt::TextAlignmentRole:
        return index.column() <= Kind ? QVariant()
                                      : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (index.column() == Name && row.scenario.kind == ScenarioKind::Baseline) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return QVariant();
    default:
        return QVariant();
    }
}

bool ScenarioTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != Name)
        return false;
    const Status status
        = m_document->renameScenario(m_rows[size_t(index.row())].scenario.id, value.toString());
    if (!status) {
        emit editFailed(status.error().message);
        return false;
    }
    return true;
}

Qt::ItemFlags ScenarioTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Name)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ScenarioTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const titles[] = {QT_TR_NOOP("Scenario"),
                                         QT_TR_NOOP("Kind"),
                                         QT_TR_NOOP("Decisions"),
                                         QT_TR_NOOP("Tools"),
                                         QT_TR_NOOP("Annual cost"),
                                         QT_TR_NOOP("Cost over horizon"),
                                         QT_TR_NOOP("Savings"),
                                         QT_TR_NOOP("Coverage"),
                                         QT_TR_NOOP("Overlaps"),
                                         QT_TR_NOOP("Redundant spend"),
                                         QT_TR_NOOP("Gaps"),
                                         QT_TR_NOOP("Silos"),
                                         QT_TR_NOOP("Payback")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QVariant();
    return tr(titles[section]);
}

} // namespace sa
