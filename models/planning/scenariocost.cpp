#include "scenariocost.h"

#include <algorithm>
#include <cmath>

namespace sa {

namespace {

const Product *findProduct(const std::vector<Product> &snapshots, const QString &slug)
{
    for (const Product &p : snapshots) {
        if (p.slug == slug)
            return &p;
    }
    return nullptr;
}

QString productName(const std::vector<Product> &snapshots, const QString &slug)
{
    const Product *p = findProduct(snapshots, slug);
    return p ? p->name : slug;
}

// A cost paid from firstDay (inclusive) to the end of the horizon.
double costFrom(const Horizon &h, Cents annual, QDate firstDay)
{
    if (!firstDay.isValid() || firstDay <= h.start())
        return h.cost(annual);
    return h.cost(annual) - h.cost(annual, firstDay.addDays(-1));
}

} // namespace

Cents productAnnualCost(const Product &product)
{
    return product.price.isKnown() ? (product.price.low + product.price.high) * 100 / 2 : 0;
}

ScenarioCost costScenario(const AnalysisInput &input,
                          const Scenario &scenario,
                          const std::vector<Product> &snapshots,
                          QDate today)
{
    ScenarioCost out;
    out.horizon
        = Horizon(scenario.start.isValid() ? scenario.start : today, scenario.horizonMonths);
    const Horizon &h = out.horizon;
    double baseline = 0;
    double plan = 0;
    for (const Tool &tool : input.tools) {
        if (!tool.isActive())
            continue;
        baseline += h.cost(tool.annualCost);
        const Decision *d = scenario.decisionFor(tool.id);
        if (!d || d->action == DecisionAction::Keep || d->action == DecisionAction::Add) {
            plan += h.cost(tool.annualCost) + double(d ? d->oneOffCost : 0);
            continue;
        }
        ScenarioStep step;
        step.action = d->action;
        step.name = tool.name;
        step.effective = d->effective.isValid() ? d->effective : retirementDate(tool, h.start());
        step.noticeDeadline = noticeDeadline(tool, step.effective);
        step.annualCost = tool.annualCost;
        step.oneOffCost = d->oneOffCost;
        plan += h.cost(tool.annualCost, step.effective) + double(d->oneOffCost);
        if (d->action == DecisionAction::Replace && !d->replacementSlug.isEmpty()) {
            step.replacement = productName(snapshots, d->replacementSlug);
            if (const Product *p = findProduct(snapshots, d->replacementSlug))
                plan += costFrom(h, productAnnualCost(*p), step.effective.addDays(1));
        }
        out.steps.push_back(step);
    }
    for (const Decision &d : scenario.decisions) {
        if (d.action != DecisionAction::Add || d.productSlug.isEmpty())
            continue;
        ScenarioStep step;
        step.action = DecisionAction::Add;
        step.name = productName(snapshots, d.productSlug);
        step.effective = d.effective.isValid() ? d.effective : h.start();
        step.oneOffCost = d.oneOffCost;
        if (const Product *p = findProduct(snapshots, d.productSlug))
            step.annualCost = productAnnualCost(*p);
        plan += costFrom(h, step.annualCost, step.effective) + double(d.oneOffCost);
        out.steps.push_back(step);
    }
    std::stable_sort(out.steps.begin(), out.steps.end(), [](const auto &a, const auto &b) {
        if (a.effective != b.effective)
            return a.effective < b.effective;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    out.baselineCost = Cents(std::llround(baseline));
    out.planCost = Cents(std::llround(plan));
    return out;
}

} // namespace sa
