#pragma once

#include "itemmodels/syncedtablemodel.h"
#include "planning/scenarioevaluation.h"

#include <QDate>

namespace sa {

class LiveAnalysis;
class WorkspaceDocument;

// The workspace's scenarios side by side: the baseline (the stack today) first, then the
// named ones, each with the stack after its decisions (evaluateScenario over the live
// analysis's input): tools, annual cost, cost over its horizon, savings against keeping
// everything, requirement coverage, overlaps, redundant spend, gaps, silos and the payback
// month. The before figures are in each cell's tooltip. The name is edited in place
// (WorkspaceDocument::renameScenario, one undoable step). Rows follow the document.
class ScenarioTableModel final : public SyncedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioTableModel)

public:
    enum Column {
        Name,
        Kind,
        Decisions,
        Tools,
        AnnualCost,
        HorizonCost,
        Savings,
        Coverage,
        Overlaps,
        RedundantCost,
        Gaps,
        Silos,
        Payback,
        ColumnCount
    };
    enum Role {
        // Raw values: names and kinds as text, counts as int, money in cents (qint64),
        // coverage as the share met (double), payback as its month (1-based, 0 for none).
        UnderlyingDataRole = Qt::UserRole,
        ScenarioIdRole,
    };

    explicit ScenarioTableModel(WorkspaceDocument *document, QObject *parent = nullptr);

    // The day a scenario without a start of its own starts on (tests fix it).
    void setToday(QDate today);
    QDate today() const { return m_today; }
    int rowOf(ScenarioId id) const; // -1 when absent
    const Scenario &scenario(int row) const { return m_rows[size_t(row)].scenario; }
    const ScenarioEvaluation &evaluation(int row) const { return m_rows[size_t(row)].evaluation; }
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void editFailed(const QString &message);

private:
    struct Row
    {
        Scenario scenario;
        ScenarioEvaluation evaluation;
        bool operator==(const Row &o) const;
    };
    QVariant raw(const Row &row, int column) const;
    QVariant display(const Row &row, int column) const;
    QString before(const Row &row, int column) const;

    WorkspaceDocument *m_document;
    LiveAnalysis *m_analysis;
    QDate m_today;
    std::vector<Row> m_rows;
};

// "Baseline", "Manual", "Optimized".
QString scenarioKindTitle(ScenarioKind kind);

} // namespace sa
