#include "dashboardmodels.h"

#include "analysis/liveanalysis.h"
#include "costutilizationmodel.h"
#include "monthlycostmodel.h"
#include "redundantspendmodel.h"
#include "renewalsmodel.h"
#include "scenariocostmodel.h"
#include "spendbycategorymodel.h"
#include "workspace/workspacedocument.h"

namespace sa {

DashboardModels::DashboardModels(QObject *parent)
    : QObject(parent)
    , m_spend(new SpendByCategoryModel(this))
    , m_utilization(new CostUtilizationModel(this))
    , m_redundant(new RedundantSpendModel(this))
    , m_scenarioCost(new ScenarioCostModel(this))
    , m_monthly(new MonthlyCostModel(this))
    , m_renewals(new RenewalsModel(this))
    , m_today(QDate::currentDate())
{
}

DashboardModels::~DashboardModels() = default;

void DashboardModels::setCategories(std::vector<Category> categories)
{
    m_spend->setCategories(std::move(categories));
}

void DashboardModels::setToday(QDate today)
{
    m_today = today;
    refreshPlans();
}

void DashboardModels::setScenario(ScenarioId id)
{
    m_scenario = id;
    const Scenario *shown = shownScenario();
    m_monthly->setScenario(m_input, shown, m_today, m_currency);
    emit updated();
}

const Scenario *DashboardModels::shownScenario() const
{
    const Scenario *newest = nullptr;
    for (const Scenario &s : m_scenarios) {
        if (s.kind == ScenarioKind::Baseline)
            continue;
        if (s.id == m_scenario)
            return &s;
        if (!newest || s.created > newest->created
            || (s.created == newest->created && s.id > newest->id))
            newest = &s;
    }
    return newest;
}

void DashboardModels::attach(WorkspaceDocument *document)
{
    m_document = document;
    LiveAnalysis *live = LiveAnalysis::forDocument(document);
    connect(live, &LiveAnalysis::updated, this, &DashboardModels::refreshFromDocument);
    refreshFromDocument();
}

void DashboardModels::refreshFromDocument()
{
    const LiveAnalysis *live = LiveAnalysis::forDocument(m_document);
    update(live->input(),
           live->result(),
           m_document->store()->scenarios(),
           m_document->store()->info().currency);
}

void DashboardModels::update(const AnalysisInput &input,
                             const AnalysisResult &result,
                             const std::vector<Scenario> &scenarios,
                             const QString &currency)
{
    m_input = input;
    m_scenarios = scenarios;
    m_currency = currency;
    m_spend->setAnalysis(result, currency);
    m_utilization->setAnalysis(result, currency);
    m_redundant->setAnalysis(result, currency);
    refreshPlans();
}

void DashboardModels::refreshPlans()
{
    m_scenarioCost->setScenarios(m_input, m_scenarios, m_today, m_currency);
    m_monthly->setScenario(m_input, shownScenario(), m_today, m_currency);
    m_renewals->setTools(m_input.tools, m_today, m_currency);
    emit updated();
}

} // namespace sa
