#pragma once

#include <QList>
#include <QString>

namespace sa {

// The dashboard's six charts, in the order the dashboard shows them.
enum class ChartKind {
    SpendByCategory,   // donut
    CostVsUtilization, // scatter, each point sized by cost
    RedundantSpend,    // horizontal bars, by capability
    ScenarioCost,      // grouped bars, before and after per scenario
    MonthlyCost,       // lines over the horizon
    Renewals,          // bars, cost renewing per month over twelve months
};

QList<ChartKind> allChartKinds();
QString chartTitle(ChartKind kind);    // "Spend by category"
QString chartFileName(ChartKind kind); // "spend-by-category": exports and objectNames
// What an empty chart says instead ("No overlaps: no capability is paid for twice.").
QString chartEmptyText(ChartKind kind);

} // namespace sa
