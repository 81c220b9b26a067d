#include "scenariocost.h"

#include <QHash>

#include <cmath>

namespace sa {

namespace {

// Cost in cents of annualCost over month m for what is paid from firstDay on.
double costFrom(const Horizon &horizon, Cents annualCost, int m, QDate firstDay)
{
    if (!firstDay.isValid() || firstDay <= horizon.start())
        return horizon.monthCost(annualCost, m);
    return horizon.monthCost(annualCost, m)
           - horizon.monthCost(annualCost, m, firstDay.addDays(-1));
}

} // namespace

Cents indicativeAnnualCost(const Product &product)
{
    if (!product.price.isKnown())
        return 0;
    return (product.price.low + product.price.high) * 100 / 2;
}

ScenarioCost scenarioCost(const AnalysisInput &input, const Scenario &scenario, QDate today)
{
    ScenarioCost result;
    const QDate start = scenario.start.isValid() ? scenario.start : today;
    result.horizon = Horizon(start, std::max(1, scenario.horizonMonths));
    const Horizon &h = result.horizon;
    const int months = h.months();
    std::vector<double> before(size_t(months), 0.0), after(size_t(months), 0.0);
    result.changes.resize(size_t(months));
    QHash<QString, const Product *> products;
    for (const Product &p : input.products)
        products.insert(p.slug, &p);
    auto priceOf = [&products](const QString &slug) {
        const Product *p = products.value(slug);
        return p ? indicativeAnnualCost(*p) : Cents(0);
    };

    for (const Tool &tool : input.tools) {
        if (!tool.isActive())
            continue;
        for (int m = 0; m < months; ++m)
            before[size_t(m)] += h.monthCost(tool.annualCost, m);
        const Decision *d = scenario.decisionFor(tool.id);
        const bool goes
            = d && (d->action == DecisionAction::Retire || d->action == DecisionAction::Replace);
        if (!goes) {
            for (int m = 0; m < months; ++m)
                after[size_t(m)] += h.monthCost(tool.annualCost, m);
            if (d)
                after[size_t(h.monthOf(d->effective.isValid() ? d->effective : start))]
                    += double(d->oneOffCost);
            continue;
        }
        const QDate lastPaid = d->effective.isValid() ? d->effective : retirementDate(tool, start);
        const int month = h.monthOf(lastPaid);
        for (int m = 0; m < months; ++m)
            after[size_t(m)] += h.monthCost(tool.annualCost, m, lastPaid);
        after[size_t(month)] += double(d->oneOffCost);
        if (lastPaid < h.end())
            result.changes[size_t(month)].push_back(tool.id);
        if (d->action == DecisionAction::Replace) {
            const Cents price = priceOf(d->replacementSlug);
            for (int m = 0; m < months; ++m)
                after[size_t(m)] += costFrom(h, price, m, lastPaid.addDays(1));
        }
    }
    for (const Decision &d : scenario.decisions) {
        if (d.action != DecisionAction::Add)
            continue;
        const Cents price = priceOf(d.productSlug);
        for (int m = 0; m < months; ++m)
            after[size_t(m)] += costFrom(h, price, m, d.effective);
        after[size_t(h.monthOf(d.effective.isValid() ? d.effective : start))]
            += double(d.oneOffCost);
    }

    double runBefore = 0, runAfter = 0;
    for (int m = 0; m < months; ++m) {
        runBefore += before[size_t(m)];
        runAfter += after[size_t(m)];
        result.before.push_back(Cents(std::llround(runBefore)) - result.baselineCost);
        result.after.push_back(Cents(std::llround(runAfter)) - result.scenarioCost);
        result.baselineCost = Cents(std::llround(runBefore));
        result.scenarioCost = Cents(std::llround(runAfter));
    }
    return result;
}

} // namespace sa
