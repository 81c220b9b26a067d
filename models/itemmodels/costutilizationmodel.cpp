#include "costutilizationmodel.h"

#include <algorithm>
#include <cmath>

namespace sa {

CostUtilizationModel::CostUtilizationModel(QObject *parent)
    : ChartRowsModel({tr("Tool"), tr("Utilization"), tr("Annual cost"), tr("Shelfware cost")},
                     parent)
{
}

void CostUtilizationModel::setAnalysis(const AnalysisResult &result, const QString &currency)
{
    std::vector<ToolIndex> placed;
    m_unplaced = 0;
    for (const ToolIndex t : result.toolsByName()) {
        if (std::isnan(result.tools[size_t(t)].utilization))
            ++m_unplaced;
        else
            placed.push_back(t);
    }
    // toolsByName() is already by name, so a stable sort by cost keeps names in order.
    std::stable_sort(placed.begin(), placed.end(), [&result](ToolIndex a, ToolIndex b) {
        return result.tools[size_t(a)].annualCost > result.tools[size_t(b)].annualCost;
    });
    m_maxCost = placed.empty() ? 0 : result.tools[size_t(placed.front())].annualCost;
    std::vector<Row> rows;
    for (const ToolIndex t : placed) {
        const AnalyzedTool &tool = result.tools[size_t(t)];
        const double percent = 100.0 * tool.utilization;
        Row row;
        row.cells = {{tool.name, tool.name, tool.name},
                     {percent, tool.utilization, QString::number(percent, 'f', 0) + u" %"},
                     moneyCell(tool.annualCost, currency),
                     moneyCell(tool.shelfwareCost, currency)};
        row.toolIds = {tool.id};
        rows.push_back(std::move(row));
    }
    setRows(std::move(rows));
}

} // namespace sa
