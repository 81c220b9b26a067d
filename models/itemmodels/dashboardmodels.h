#pragma once

#include "analysis/analysisinput.h"
#include "analysis/analysisresult.h"
#include "domain/category.h"
#include "domain/scenario.h"

#include <QDate>
#include <QObject>

namespace sa {

class ChartRowsModel;
class CostUtilizationModel;
class MonthlyCostModel;
class RedundantSpendModel;
class RenewalsModel;
class ScenarioCostModel;
class SpendByCategoryModel;
class WorkspaceDocument;

// The six data sets of the dashboard, the report's charts and the slides, built from one
// workspace state so that they always agree. Live (attach()): follows the document's
// analysis (LiveAnalysis) and rereads its scenarios on every update. One-off (update()):
// from values, for the CLI's report and for tests. The monthly chart shows one scenario:
// the one set with setScenario(), else the newest scenario but the baseline.
class DashboardModels final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardModels)

public:
    explicit DashboardModels(QObject *parent = nullptr);
    ~DashboardModels() override;

    // The catalogue's categories, for spend by landscape category; before the first update.
    void setCategories(std::vector<Category> categories);
    // The day renewals and horizons without a start count from; today by default.
    void setToday(QDate today);
    void setScenario(ScenarioId id); // 0: the newest

    void attach(WorkspaceDocument *document);
    void update(const AnalysisInput &input,
                const AnalysisResult &result,
                const std::vector<Scenario> &scenarios,
                const QString &currency);

    SpendByCategoryModel *spendByCategory() const { return m_spend; }
    CostUtilizationModel *costUtilization() const { return m_utilization; }
    RedundantSpendModel *redundantSpend() const { return m_redundant; }
    ScenarioCostModel *scenarioCost() const { return m_scenarioCost; }
    MonthlyCostModel *monthlyCost() const { return m_monthly; }
    RenewalsModel *renewals() const { return m_renewals; }

    QString currency() const { return m_currency; }
    QDate today() const { return m_today; }
    const std::vector<Scenario> &scenarios() const { return m_scenarios; }
    const Scenario *shownScenario() const; // the monthly chart's, or null

signals:
    void updated(); // every model has its new rows

private:
    void refreshFromDocument();
    void refreshPlans();

    SpendByCategoryModel *m_spend;
    CostUtilizationModel *m_utilization;
    RedundantSpendModel *m_redundant;
    ScenarioCostModel *m_scenarioCost;
    MonthlyCostModel *m_monthly;
    RenewalsModel *m_renewals;
    WorkspaceDocument *m_document = nullptr;
    AnalysisInput m_input;
    std::vector<Scenario> m_scenarios;
    QString m_currency = QStringLiteral("USD");
    QDate m_today;
    ScenarioId m_scenario = 0;
};

} // namespace sa
