#pragma once

#include "analysis/analysisresult.h"
#include "chartrowsmodel.h"

namespace sa {

// Cost against utilization, one row per active tool whose seats and active users are
// known (the scatter, each point sized by cost): utilization in percent, annual cost and
// its shelfware cost. Rows by annual cost down, then name. Tools without seat data
// cannot be placed on the utilization axis; unplacedCount() says how many were left out.
class CostUtilizationModel final : public ChartRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostUtilizationModel)

public:
    enum Column {
        Tool,        // the name
        Utilization, // percent; UnderlyingDataRole: the fraction
        AnnualCost,
        ShelfwareCost,
        ColumnCount
    };

    explicit CostUtilizationModel(QObject *parent = nullptr);

    void setAnalysis(const AnalysisResult &result, const QString &currency);
    int unplacedCount() const { return m_unplaced; }
    Cents maxCost() const { return m_maxCost; } // of the rows, for sizing the points

private:
    int m_unplaced = 0;
    Cents m_maxCost = 0;
};

} // namespace sa
