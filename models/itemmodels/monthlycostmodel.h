#pragma once

#include "analysis/analysisinput.h"
#include "chartrowsmodel.h"
#include "domain/scenario.h"

namespace sa {

// Monthly cost over a horizon (the lines): one row per month of the chosen scenario's
// horizon with the stack's cost as it is, the cost with the scenario's decisions and
// the savings so far. Without a scenario, today's stack over 36 months from today
// (after equals before). A month's tools are those whose retirement falls in it.
class MonthlyCostModel final : public ChartRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonthlyCostModel)

public:
    enum Column {
        Month, // DisplayRole and UnderlyingDataRole: the month's first day (QDate)
        Before,
        After,
        CumulativeSavings,
        ColumnCount
    };

    explicit MonthlyCostModel(QObject *parent = nullptr);

    // scenario may be null.
    void setScenario(const AnalysisInput &input,
                     const sa::Scenario *scenario,
                     QDate today,
                     const QString &currency);
    QString scenarioName() const { return m_scenarioName; } // empty without one

private:
    QString m_scenarioName;
};

} // namespace sa
