#include "scenariocostmodel.h"

#include "planning/scenariocost.h"

namespace sa {

ScenarioCostModel::ScenarioCostModel(QObject *parent)
    : ChartRowsModel({tr("Scenario"), tr("Before"), tr("After"), tr("Savings"), tr("Months")},
                     parent)
{
}

void ScenarioCostModel::setScenarios(const AnalysisInput &input,
                                     const std::vector<sa::Scenario> &scenarios,
                                     QDate today,
                                     const QString &currency)
{
    QHash<ToolId, QString> names;
    for (const Tool &tool : input.tools)
        names.insert(tool.id, tool.name);
    std::vector<Row> rows;
    for (const sa::Scenario &s : scenarios) {
        if (s.kind == ScenarioKind::Baseline)
            continue;
        const ScenarioCost cost = scenarioCost(input, s, today);
        Row row;
        row.cells = {{s.name, s.id, s.name},
                     moneyCell(cost.baselineCost, currency),
                     moneyCell(cost.scenarioCost, currency),
                     moneyCell(cost.savings(), currency),
                     countCell(cost.horizon.months())};
        for (const Decision &d : s.decisions) {
            if (d.action != DecisionAction::Retire && d.action != DecisionAction::Replace)
                continue;
            if (!names.contains(d.toolId))
                continue;
            row.toolIds << d.toolId;
            row.details << tr("%1: %2").arg(names.value(d.toolId), decisionActionName(d.action));
        }
        rows.push_back(std::move(row));
    }
    setRows(std::move(rows));
}

} // namespace sa
