#include "decisiontablemodel.h"

#include "analysis/liveanalysis.h"
#include "workspace/workspacedocument.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace sa {

namespace {

// Added products' rows are keyed above every tool id.
constexpr qint64 productKeyBase = qint64(1) << 40;

const QColor muted(0x64, 0x74, 0x8b);
const QColor warning(0xb4, 0x53, 0x09);

} // namespace

bool DecisionTableModel::Row::operator==(const Row &o) const
{
    return key == o.key && name == o.name && decision == o.decision && index == o.index
           && annualCost == o.annualCost && replacementName == o.replacementName
           && effective == o.effective && notice == o.notice && noticeMissed == o.noticeMissed
           && givesUp == o.givesUp;
}

DecisionTableModel::DecisionTableModel(WorkspaceDocument *document, QObject *parent)
    : SyncedTableModel(parent)
    , m_document(document)
    , m_analysis(LiveAnalysis::forDocument(document))
    , m_today(QDate::currentDate())
{
    connect(m_analysis, &LiveAnalysis::updated, this, &DecisionTableModel::refresh);
    connect(document, &WorkspaceDocument::scenariosChanged, this, [this] {
        m_analysis->flush();
        refresh();
    });
}

QStringList DecisionTableModel::toolActions()
{
    return {tr("Keep"), tr("Retire"), tr("Replace…")};
}

QString DecisionTableModel::actionTitle(DecisionAction action)
{
    switch (action) {
    case DecisionAction::Keep:
        return tr("Keep");
    case DecisionAction::Retire:
        return tr("Retire");
    case DecisionAction::Replace:
        return tr("Replace");
    case DecisionAction::Add:
        return tr("Add");
    }
    return QString();
}

void DecisionTableModel::setScenario(ScenarioId id)
{
    if (id == m_scenario.id)
        return;
    beginResetModel();
    m_rows.clear();
    m_scenario = Scenario();
    m_scenario.id = id;
    endResetModel();
    refresh();
}

void DecisionTableModel::setToday(QDate today)
{
    m_today = today;
    refresh();
}

bool DecisionTableModel::isReadOnly() const
{
    return m_scenario.id == 0 || m_scenario.kind == ScenarioKind::Baseline;
}

qint64 DecisionTableModel::productKey(const QString &slug)
{
    const auto found = m_productKeys.constFind(slug);
    if (found != m_productKeys.constEnd())
        return *found;
    const qint64 key = productKeyBase + m_productKeys.size();
    m_productKeys.insert(slug, key);
    return key;
}

void DecisionTableModel::refresh()
{
    std::vector<Row> next;
    const std::optional<Scenario> current
        = m_scenario.id == 0 ? std::nullopt : m_document->scenario(m_scenario.id);
    if (current) {
        m_scenario = *current;
        const AnalysisInput &input = m_analysis->input();
        m_evaluation = evaluateScenario(input, m_scenario, m_today);
        const auto productName = [&input](const QString &slug) {
            for (const Product &p : input.products) {
                if (p.slug == slug)
                    return p.name;
            }
            return slug;
        };
        std::vector<const Tool *> tools;
        for (const Tool &t : input.tools) {
            if (t.isActive())
                tools.push_back(&t);
        }
        std::stable_sort(tools.begin(), tools.end(), [](const Tool *a, const Tool *b) {
            return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
        });
        const auto indexOf = [this](const auto &match) {
            for (size_t i = 0; i < m_scenario.decisions.size(); ++i) {
                if (match(m_scenario.decisions[i]))
                    return int(i);
            }
            return -1;
        };
        for (const Tool *t : tools) {
            Row row;
            row.key = t->id;
            row.name = t->name;
            row.annualCost = t->annualCost;
            row.index = indexOf([t](const Decision &d) {
                return d.action != DecisionAction::Add && d.toolId == t->id;
            });
            if (row.index >= 0)
                row.decision = m_scenario.decisions[size_t(row.index)];
            row.decision.toolId = t->id;
            next.push_back(std::move(row));
        }
        for (size_t i = 0; i < m_scenario.decisions.size(); ++i) {
            const Decision &d = m_scenario.decisions[i];
            if (d.action != DecisionAction::Add)
                continue;
            Row row;
            row.key = productKey(d.productSlug);
            row.name = productName(d.productSlug);
            row.decision = d;
            row.index = int(i);
            next.push_back(std::move(row));
        }
        for (Row &row : next) {
            if (!row.decision.replacementSlug.isEmpty())
                row.replacementName = productName(row.decision.replacementSlug);
            for (const RoadmapStep &step : m_evaluation.roadmap.steps) {
                if (step.item != row.index || row.index < 0)
                    continue;
                row.effective = step.effective;
                row.notice = step.noticeDeadline;
                row.noticeMissed = step.noticeMissed;
                row.givesUp = step.givesUp;
                if (row.decision.action == DecisionAction::Add)
                    row.annualCost = step.annualCost;
            }
        }
    } else {
        m_scenario = Scenario();
        m_evaluation = ScenarioEvaluation();
    }
    syncRows(m_rows, std::move(next), [](const Row &row) { return row.key; });
}

int DecisionTableModel::rowOfTool(ToolId id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].key == id)
            return int(i);
    }
    return -1;
}

int DecisionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DecisionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionTableModel::raw(const Row &row, int column) const
{
    switch (column) {
    case Item:
        return row.name;
    case Action:
        return int(row.decision.action);
    case Replacement:
        return row.replacementName;
    case Effective:
        return row.effective;
    case NoticeDeadline:
        return row.notice;
    case OneOffCost:
        return row.decision.oneOffCost;
    case AnnualCost:
        return row.annualCost;
    case GivesUp:
        return row.givesUp;
    }
    return QVariant();
}

QVariant DecisionTableModel::display(const Row &row, int column) const
{
    const QString currency = m_document->store()->info().currency;
    const QLocale locale;
    switch (column) {
    case Action:
        return actionTitle(row.decision.action);
    case Effective:
    case NoticeDeadline: {
        const QDate date = raw(row, column).toDate();
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
    }
    case OneOffCost:
    case AnnualCost:
        return formatMoney(raw(row, column).toLongLong(), currency);
    case GivesUp:
        return row.givesUp.join(QStringLiteral(", "));
    default:
        return raw(row, column);
    }
}

QVariant DecisionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_rows.size()))
        return QVariant();
    const Row &row = m_rows[size_t(index.row())];
    const bool changes = row.decision.action != DecisionAction::Keep;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::EditRole:
        switch (index.column()) {
        case Action:
            return row.decision.action == DecisionAction::Add ? 0 : int(row.decision.action);
        case Effective:
            return row.effective.isValid() ? row.effective : m_today;
        case OneOffCost:
            return double(row.decision.oneOffCost) / 100.0;
        default:
            return display(row, index.column());
        }
    case UnderlyingDataRole:
        return raw(row, index.column());
    case ChoicesRole:
        return index.column() == Action && row.decision.action != DecisionAction::Add
                   ? QVariant(toolActions())
                   : QVariant();
    case ToolIdRole:
        return row.decision.action == DecisionAction::Add ? ToolId(0) : row.decision.toolId;
    case Qt::ToolTipRole:
        if (index.column() == Effective && changes && !row.decision.effective.isValid())
            return tr("At the contract end (the scenario sets no date of its own)");
        if (index.column() == NoticeDeadline && row.noticeMissed)
            return tr("The notice deadline is before the start of the horizon");
        if (index.column() == GivesUp && !row.givesUp.isEmpty())
            return tr("Covered less strongly, or not at all, after this scenario: %1")
                .arg(row.givesUp.join(QStringLiteral(", ")));
        return QVariant();
    case Qt::ForegroundRole:
        if (index.column() == NoticeDeadline && row.noticeMissed)
            return QBrush(warning);
        if (!changes && index.column() != Item)
            return QBrush(muted);
        return QVariant();
    case Qt::FontRole:
        if ((index.column() == Effective && changes && !row.decision.effective.isValid())
            || (index.column() == Action && changes)) {
            QFont font;
            font.setItalic(index.column() == Effective);
            font.setBold(index.column() == Action);
            return font;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == OneOffCost || index.column() == AnnualCost
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    default:
        return QVariant();
    }
}

Status DecisionTableModel::write(const Decision &decision, const std::vector<Product> &snapshots)
{
    const Status status = m_document->setDecision(m_scenario.id, decision, snapshots);
    if (!status)
        emit editFailed(status.error().message);
    return status;
}

bool DecisionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Row &row = m_rows[size_t(index.row())];
    Decision d = row.decision;
    switch (index.column()) {
    case Action: {
        const int choice = value.toInt();
        if (choice < 0 || choice > 2)
            return false;
        const auto action = DecisionAction(choice);
        if (action == DecisionAction::Replace && d.replacementSlug.isEmpty()) {
            emit replacementRequested(index.row());
            return false;
        }
        if (action == d.action)
            return true;
        d.action = action;
        if (action == DecisionAction::Keep) {
            // A kept tool has no retirement date, replacement or migration to pay for.
            d.effective = QDate();
            d.replacementSlug.clear();
            d.oneOffCost = 0;
        }
        break;
    }
    case Effective:
        d.effective = value.toDate();
        if (!d.effective.isValid())
            return false;
        break;
    case OneOffCost: {
        bool ok = false;
        const double amount = value.toDouble(&ok);
        if (!ok || !std::isfinite(amount) || amount < 0) {
            emit editFailed(tr("A one-off cost is an amount of 0 or more."));
            return false;
        }
        d.oneOffCost = Cents(std::llround(amount * 100));
        break;
    }
    default:
        return false;
    }
    return write(d).ok();
}

Status DecisionTableModel::setReplacement(int row, const Product &product)
{
    if (isReadOnly() || row < 0 || row >= int(m_rows.size())
        || m_rows[size_t(row)].decision.action == DecisionAction::Add)
        return Error::badInput(tr("Only a tool of the scenario can be replaced."));
    Decision d = m_rows[size_t(row)].decision;
    d.action = DecisionAction::Replace;
    d.replacementSlug = product.slug;
    return write(d, {product});
}

Qt::ItemFlags DecisionTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || isReadOnly())
        return f;
    const Row &row = m_rows[size_t(index.row())];
    const bool add = row.decision.action == DecisionAction::Add;
    const bool changes = row.decision.action != DecisionAction::Keep;
    if ((index.column() == Action && !add) || (index.column() == Effective && changes)
        || index.column() == OneOffCost)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant DecisionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const titles[] = {QT_TR_NOOP("Tool or product"),
                                         QT_TR_NOOP("Action"),
                                         QT_TR_NOOP("Replaced by"),
                                         QT_TR_NOOP("Effective"),
                                         QT_TR_NOOP("Notice by"),
                                         QT_TR_NOOP("One-off cost"),
                                         QT_TR_NOOP("Annual cost"),
                                         QT_TR_NOOP("Gives up")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QVariant();
    return tr(titles[section]);
}

} // namespace sa
