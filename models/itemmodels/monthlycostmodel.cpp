#include "monthlycostmodel.h"

#include "planning/scenariocost.h"

#include <QLocale>

namespace sa {

MonthlyCostModel::MonthlyCostModel(QObject *parent)
    : ChartRowsModel({tr("Month"), tr("Before"), tr("After"), tr("Savings so far")}, parent)
{
}

void MonthlyCostModel::setScenario(const AnalysisInput &input,
                                   const sa::Scenario *scenario,
                                   QDate today,
                                   const QString &currency)
{
    const sa::Scenario today36;
    const ScenarioCost cost = scenarioCost(input, scenario ? *scenario : today36, today);
    m_scenarioName = scenario ? scenario->name : QString();
    QHash<ToolId, QString> names;
    for (const Tool &tool : input.tools)
        names.insert(tool.id, tool.name);
    std::vector<Row> rows;
    Cents saved = 0;
    for (int m = 0; m < cost.horizon.months(); ++m) {
        const QDate first = cost.horizon.monthStart(m);
        saved += cost.before[size_t(m)] - cost.after[size_t(m)];
        Row row;
        row.cells = {{first, first, QLocale().toString(first, u"MMM yyyy")},
                     moneyCell(cost.before[size_t(m)], currency),
                     moneyCell(cost.after[size_t(m)], currency),
                     moneyCell(saved, currency)};
        for (const ToolId id : cost.changes[size_t(m)]) {
            row.toolIds << id;
            row.details << tr("%1 leaves").arg(names.value(id));
        }
        rows.push_back(std::move(row));
    }
    setRows(std::move(rows));
}

} // namespace sa
