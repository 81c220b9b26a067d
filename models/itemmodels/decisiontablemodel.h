#pragma once

#include "domain/result.h"
#include "itemmodels/syncedtablemodel.h"
#include "planning/scenarioevaluation.h"

#include <QDate>
#include <QHash>

namespace sa {

class LiveAnalysis;
class WorkspaceDocument;

// One scenario's decisions as a table: every active tool of the workspace (kept unless
// the scenario decides otherwise), then each product the scenario adds, with the dates and
// money of its evaluation: when the change takes effect (a retirement without a date of
// its own is dated at its contract end, shown in italics), the notice deadline, the
// one-off cost, the annual cost and what a retirement gives up. Action, effective date and
// one-off cost are edited in place; each edit is one WorkspaceDocument::setDecision
// (undoable); choosing Keep drops the date, replacement and migration cost. Choosing
// "Replace" for a tool with no replacement yet asks for one through
// replacementRequested(). The baseline is read-only.
class DecisionTableModel final : public SyncedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionTableModel)

public:
    enum Column {
        Item,
        Action,
        Replacement,
        Effective,
        NoticeDeadline,
        OneOffCost,
        AnnualCost,
        GivesUp,
        ColumnCount
    };
    enum Role {
        // Raw values: names as text, the action as its DecisionAction (int), dates as
        // QDate, money in cents (qint64), gives up as a QStringList. Qt::EditRole of
        // Action is the choice index, of OneOffCost the amount in currency units (double).
        UnderlyingDataRole = Qt::UserRole,
        ChoicesRole, // the action choices of a row, as a QStringList
        ToolIdRole,  // 0 on an added product's row
    };

    explicit DecisionTableModel(WorkspaceDocument *document, QObject *parent = nullptr);

    void setScenario(ScenarioId id); // 0: none
    ScenarioId scenarioId() const { return m_scenario.id; }
    const Scenario &scenario() const { return m_scenario; }
    const ScenarioEvaluation &evaluation() const { return m_evaluation; }
    void setToday(QDate today);
    bool isReadOnly() const;
    // The decision of a row as the scenario holds it (action Keep when it holds none).
    Decision decision(int row) const { return m_rows[size_t(row)].decision; }
    bool hasDecision(int row) const { return m_rows[size_t(row)].index >= 0; }
    int decisionIndex(int row) const { return m_rows[size_t(row)].index; }
    int rowOfTool(ToolId id) const;
    // Replaces the tool's product by this catalogue product (its snapshot saved first).
    Status setReplacement(int row, const Product &product);
    void refresh();

    static QStringList toolActions(); // "Keep", "Retire", "Replace…"
    static QString actionTitle(DecisionAction action);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void editFailed(const QString &message);
    // The user chose Replace for a tool: the view asks which product takes over.
    void replacementRequested(int row);

private:
    struct Row
    {
        qint64 key = 0;
        QString name;
        Decision decision;
        int index = -1; // into the scenario's decisions; -1: kept without a decision
        Cents annualCost = 0;
        QString replacementName;
        QDate effective;
        QDate notice;
        bool noticeMissed = false;
        QStringList givesUp;
        bool operator==(const Row &o) const;
    };
    QVariant raw(const Row &row, int column) const;
    QVariant display(const Row &row, int column) const;
    Status write(const Decision &decision, const std::vector<Product> &snapshots = {});
    qint64 productKey(const QString &slug);

    WorkspaceDocument *m_document;
    LiveAnalysis *m_analysis;
    QDate m_today;
    Scenario m_scenario;
    ScenarioEvaluation m_evaluation;
    std::vector<Row> m_rows;
    QHash<QString, qint64> m_productKeys;
};

} // namespace sa
