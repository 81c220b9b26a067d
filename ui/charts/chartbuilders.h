#pragma once

#include "chartfactory.h"

class QChart;

namespace sa {

class ChartBinding;
class CostUtilizationModel;
class MonthlyCostModel;
class RedundantSpendModel;
class RenewalsModel;
class ScenarioCostModel;
class SpendByCategoryModel;

// The factory's builders, one per chart: each fills chart with its series, mappers and
// axes and registers with binding what a model reset redoes.
namespace ChartBuilders {

void spendByCategory(QChart *chart,
                     SpendByCategoryModel *model,
                     ChartBinding *binding,
                     const ChartStyle &style);
void costVsUtilization(QChart *chart,
                       CostUtilizationModel *model,
                       ChartBinding *binding,
                       const ChartStyle &style,
                       const QString &currency);
void redundantSpend(QChart *chart,
                    RedundantSpendModel *model,
                    ChartBinding *binding,
                    const ChartStyle &style,
                    const QString &currency);
void scenarioCost(QChart *chart,
                  ScenarioCostModel *model,
                  ChartBinding *binding,
                  const ChartStyle &style,
                  const QString &currency);
void monthlyCost(QChart *chart,
                 MonthlyCostModel *model,
                 ChartBinding *binding,
                 const ChartStyle &style,
                 const QString &currency);
void renewals(QChart *chart,
              RenewalsModel *model,
              ChartBinding *binding,
              const ChartStyle &style,
              const QString &currency);

} // namespace ChartBuilders

} // namespace sa
