#include "chartkind.h"

#include <QCoreApplication>

namespace sa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sa::Charts", text);
}

} // namespace

QList<ChartKind> allChartKinds()
{
    return {ChartKind::SpendByCategory,
            ChartKind::CostVsUtilization,
            ChartKind::RedundantSpend,
            ChartKind::ScenarioCost,
            ChartKind::MonthlyCost,
            ChartKind::Renewals};
}

QString chartTitle(ChartKind kind)
{
    switch (kind) {
    case ChartKind::SpendByCategory:
        return tr("Spend by category");
    case ChartKind::CostVsUtilization:
        return tr("Cost vs utilization");
    case ChartKind::RedundantSpend:
        return tr("Redundant spend by capability");
    case ChartKind::ScenarioCost:
        return tr("Cost per scenario");
    case ChartKind::MonthlyCost:
        return tr("Monthly cost");
    case ChartKind::Renewals:
        return tr("Renewals, next 12 months");
    }
    return {};
}

QString chartFileName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::SpendByCategory:
        return QStringLiteral("spend-by-category");
    case ChartKind::CostVsUtilization:
        return QStringLiteral("cost-vs-utilization");
    case ChartKind::RedundantSpend:
        return QStringLiteral("redundant-spend");
    case ChartKind::ScenarioCost:
        return QStringLiteral("cost-per-scenario");
    case ChartKind::MonthlyCost:
        return QStringLiteral("monthly-cost");
    case ChartKind::Renewals:
        return QStringLiteral("renewals");
    }
    return {};
}

QString chartEmptyText(ChartKind kind)
{
    switch (kind) {
    case ChartKind::SpendByCategory:
        return tr("No active tools yet: import an inventory to see where the money goes.");
    case ChartKind::CostVsUtilization:
        return tr("No tool has both seats and active users: add them to see utilization.");
    case ChartKind::RedundantSpend:
        return tr("No overlaps: no capability is paid for twice.");
    case ChartKind::ScenarioCost:
        return tr("No scenario yet: plan one to compare its cost with today's.");
    case ChartKind::MonthlyCost:
        return tr("No tools to cost yet.");
    case ChartKind::Renewals:
        return tr("No contract ends in the next 12 months.");
    }
    return {};
}

} // namespace sa
