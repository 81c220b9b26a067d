#pragma once

#include "analysis/analysisinput.h"
#include "chartrowsmodel.h"
#include "domain/scenario.h"

namespace sa {

// Cost per scenario before and after (the grouped bars): one row per scenario but the
// baseline, in the store's order, priced by scenarioCost() over its own horizon. Its
// tools are the ones it retires or replaces.
class ScenarioCostModel final : public ChartRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioCostModel)

public:
    enum Column {
        Scenario, // the name; UnderlyingDataRole: the ScenarioId
        Before,   // the stack as it is, over the scenario's horizon
        After,    // with the scenario's decisions
        Savings,  // before - after
        Months,   // the horizon
        ColumnCount
    };

    explicit ScenarioCostModel(QObject *parent = nullptr);

    void setScenarios(const AnalysisInput &input,
                      const std::vector<sa::Scenario> &scenarios,
                      QDate today,
                      const QString &currency);
};

} // namespace sa
