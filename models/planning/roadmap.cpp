#include "roadmap.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace sa {

namespace {

Cents cents(double amount)
{
    return Cents(std::llround(amount));
}

// The strongest each capability gets from the selected items, except `without`.
QHash<QString, int>
bestStrengths(const Selection &selection, const std::vector<StrengthList> &strengths, int without)
{
    QHash<QString, int> best;
    for (size_t i = 0; i < selection.size(); ++i) {
        if (!selection[i] || int(i) == without)
            continue;
        for (const auto &[slug, s] : strengths[i])
            best[slug] = std::max(best.value(slug), s);
    }
    return best;
}

} // namespace

void sortSteps(std::vector<RoadmapStep> *steps)
{
    std::stable_sort(steps->begin(), steps->end(), [](const RoadmapStep &a, const RoadmapStep &b) {
        if (a.effective != b.effective)
            return a.effective < b.effective;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
}

void settleMonths(const std::vector<double> &before, const std::vector<double> &after, Roadmap *map)
{
    // Months are the differences of the rounded running totals, so they add up to the
    // rounded totals exactly.
    double runBefore = 0, runAfter = 0;
    const int months = int(std::min(before.size(), after.size()));
    for (int m = 0; m < months; ++m) {
        runBefore += before[size_t(m)];
        runAfter += after[size_t(m)];
        map->before.push_back(cents(runBefore) - map->baselineCost);
        map->after.push_back(cents(runAfter) - map->planCost);
        map->baselineCost = cents(runBefore);
        map->planCost = cents(runAfter);
        map->cumulativeSavings.push_back(map->baselineCost - map->planCost);
    }
    for (int m = months - 1; m >= 0 && map->cumulativeSavings[size_t(m)] > 0; --m)
        map->paybackMonth = m + 1;
}

CoverageSummary coverageOf(const PlanProblem &problem, const Selection &selection)
{
    std::vector<bool> met(problem.requirements.size(), false);
    for (int i = 0; i < problem.itemCount(); ++i) {
        if (selection[size_t(i)]) {
            for (int r : problem.item(i).covers)
                met[size_t(r)] = true;
        }
    }
    CoverageSummary c;
    c.required = int(met.size());
    for (size_t r = 0; r < met.size(); ++r) {
        if (met[r])
            ++c.covered;
        else
            c.gaps << problem.requirements[r].name;
    }
    return c;
}

Roadmap buildRoadmap(const PlanProblem &problem,
                     const Selection &selection,
                     const Horizon &horizon,
                     const std::vector<StrengthList> &strengths,
                     const std::function<QString(const QString &)> &capabilityName,
                     const std::function<int(int)> &noticeDays)
{
    Roadmap map;
    const int months = horizon.months();
    std::vector<double> before(size_t(months), 0.0), after(size_t(months), 0.0);
    Selection today(selection.size(), false);
    for (int i = 0; i < problem.itemCount(); ++i) {
        const PlanItem &item = problem.item(i);
        const bool tool = item.kind == PlanItem::Kind::Tool;
        today[size_t(i)] = tool;
        for (int m = 0; m < months && tool; ++m)
            before[size_t(m)] += horizon.monthCost(item.annualCost, m);
        if (selection[size_t(i)] && tool) {
            for (int m = 0; m < months; ++m)
                after[size_t(m)] += horizon.monthCost(item.annualCost, m);
            continue;
        }
        if (!selection[size_t(i)] && !tool)
            continue;
        RoadmapStep step;
        step.item = i;
        step.name = item.name;
        step.annualCost = item.annualCost;
        step.oneOffCost = item.oneOffCost;
        if (tool) {
            step.action = DecisionAction::Retire;
            step.effective = item.lastPaidDay;
            const int notice = noticeDays(i);
            if (notice >= 0) {
                step.noticeDeadline = item.lastPaidDay.addDays(-notice);
                step.noticeMissed = step.noticeDeadline < horizon.start();
            }
            for (int m = 0; m < months; ++m)
                after[size_t(m)] += horizon.monthCost(item.annualCost, m, item.lastPaidDay);
            after[size_t(horizon.monthOf(item.lastPaidDay))] += double(item.oneOffCost);
            const QHash<QString, int> rest = bestStrengths(selection, strengths, i);
            for (const auto &[slug, s] : strengths[size_t(i)]) {
                if (rest.value(slug) < s)
                    step.givesUp << capabilityName(slug);
            }
            step.givesUp.sort(Qt::CaseInsensitive);
        } else {
            step.action = DecisionAction::Add;
            step.effective = horizon.start();
            for (int m = 0; m < months; ++m)
                after[size_t(m)] += horizon.monthCost(item.annualCost, m);
            after[0] += double(item.oneOffCost);
        }
        map.steps.push_back(std::move(step));
    }
    sortSteps(&map.steps);
    settleMonths(before, after, &map);
    map.coverageBefore = coverageOf(problem, today);
    map.coverageAfter = coverageOf(problem, selection);
    return map;
}

} // namespace sa
