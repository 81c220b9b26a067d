#include "scenarioevaluation.h"

#include "analysis/stackanalysis.h"

#include <QHash>

#include <algorithm>
#include <set>

namespace sa {

namespace {

StackFigures figuresOf(const AnalysisResult &a, const std::vector<Requirement> &requirements)
{
    StackFigures f;
    f.tools = int(a.tools.size());
    f.annualCost = a.annualCost;
    std::set<QString> required;
    for (const Requirement &r : requirements) {
        if (r.importance != Importance::Nice)
            required.insert(r.capabilitySlug);
    }
    f.required = int(required.size());
    f.gaps = int(a.gaps.size());
    f.covered = f.required - f.gaps;
    f.overlaps = int(a.overlaps.size());
    f.redundantCost = a.redundantCost;
    f.silos = int(a.silos.size());
    return f;
}

CoverageSummary coverageSummary(const AnalysisResult &a, const StackFigures &f)
{
    CoverageSummary c;
    c.required = f.required;
    c.covered = f.covered;
    for (const Gap &g : a.gaps)
        c.gaps << a.capabilities[size_t(g.capability)].name;
    return c;
}

const Product *findProduct(const std::vector<Product> &products, const QString &slug)
{
    const auto it = std::find_if(
        products.begin(), products.end(), [&](const Product &p) { return p.slug == slug; });
    return it == products.end() ? nullptr : &*it;
}

void addIntegration(std::vector<ToolIntegration> *all, ToolId a, ToolId b, IntegrationKind kind)
{
    if (a == b)
        return;
    const ToolIntegration link{std::min(a, b), std::max(a, b), kind};
    const bool known = std::any_of(all->begin(), all->end(), [&](const ToolIntegration &i) {
        return i.a == link.a && i.b == link.b;
    });
    if (!known)
        all->push_back(link);
}

// The cost of annualCost over month m, paid from firstDay on.
double costFrom(const Horizon &h, Cents annualCost, int m, QDate firstDay)
{
    return h.monthCost(annualCost, m) - h.monthCost(annualCost, m, firstDay.addDays(-1));
}

} // namespace

Cents indicativeAnnualCost(const Product &product)
{
    if (!product.price.isKnown())
        return 0;
    return (product.price.low + product.price.high) * 100 / 2;
}

AnalysisInput applyScenario(const AnalysisInput &input, const Scenario &scenario)
{
    AnalysisInput after = input;
    // Retirements first: adding tools below moves the vector the pointers would name.
    QHash<ToolId, size_t> byId;
    for (size_t i = 0; i < after.tools.size(); ++i)
        byId.insert(after.tools[i].id, i);
    for (const Decision &d : scenario.decisions) {
        const auto it = byId.constFind(d.toolId);
        if (d.action != DecisionAction::Add && d.action != DecisionAction::Keep
            && it != byId.constEnd())
            after.tools[*it].status = ToolStatus::Retired;
    }
    ToolId next = -1;
    for (const Decision &d : scenario.decisions) {
        const QString slug = d.action == DecisionAction::Add       ? d.productSlug
                             : d.action == DecisionAction::Replace ? d.replacementSlug
                                                                   : QString();
        const Product *product = slug.isEmpty() ? nullptr : findProduct(input.products, slug);
        if (!product)
            continue;
        Tool added;
        added.id = next--;
        added.name = product->name;
        added.productSlug = product->slug;
        added.vendorName = product->vendorName;
        added.annualCost = indicativeAnnualCost(*product);
        after.tools.push_back(added);
        for (const ProductIntegration &pi : product->integrations) {
            for (const Tool &t : after.tools) {
                if (t.productSlug == pi.otherSlug)
                    addIntegration(&after.integrations, added.id, t.id, pi.kind);
            }
        }
        if (d.action == DecisionAction::Replace) {
            for (const ToolIntegration &i : input.integrations) {
                if (i.a == d.toolId || i.b == d.toolId)
                    addIntegration(
                        &after.integrations, added.id, i.a == d.toolId ? i.b : i.a, i.kind);
            }
        }
    }
    return after;
}

ScenarioEvaluation
evaluateScenario(const AnalysisInput &input, const Scenario &scenario, QDate today)
{
    ScenarioEvaluation e;
    const Horizon h(scenario.start.isValid() ? scenario.start : today,
                    std::clamp(scenario.horizonMonths, 1, 120));
    const AnalysisInput afterInput = applyScenario(input, scenario);
    const AnalysisResult before = analyzeStack(input);
    const AnalysisResult after = analyzeStack(afterInput);
    e.before = figuresOf(before, input.requirements);
    e.after = figuresOf(after, input.requirements);
    e.roadmap.coverageBefore = coverageSummary(before, e.before);
    e.roadmap.coverageAfter = coverageSummary(after, e.after);

    QHash<QString, int> bestAfter;
    for (const AnalyzedCapability &c : after.capabilities)
        bestAfter.insert(c.slug, c.bestStrength);
    QHash<QString, QString> names;
    for (const AnalyzedCapability &c : before.capabilities)
        names.insert(c.slug, c.name);

    const int months = h.months();
    std::vector<double> costBefore(size_t(months), 0.0), costAfter(size_t(months), 0.0);
    std::set<ToolId> decided;
    for (size_t i = 0; i < scenario.decisions.size(); ++i) {
        const Decision &d = scenario.decisions[i];
        RoadmapStep step;
        step.item = int(i);
        step.action = d.action;
        step.oneOffCost = d.oneOffCost;
        QDate firstDay = d.effective.isValid() ? d.effective : h.start();
        const Tool *tool = nullptr;
        if (d.action != DecisionAction::Add) {
            const auto it = std::find_if(input.tools.begin(),
                                         input.tools.end(),
                                         [&](const Tool &t) { return t.id == d.toolId; });
            if (it == input.tools.end() || !it->isActive()) {
                e.problems << QStringLiteral("decision %1 names no active tool").arg(i + 1);
                continue;
            }
            tool = &*it;
            decided.insert(tool->id);
            if (d.action == DecisionAction::Keep) {
                for (int m = 0; m < months; ++m)
                    costAfter[size_t(m)] += h.monthCost(tool->annualCost, m);
                costAfter[size_t(h.monthOf(firstDay))] += double(d.oneOffCost);
                continue;
            }
            step.name = tool->name;
            step.annualCost = tool->annualCost;
            step.effective = d.effective.isValid() ? d.effective : retirementDate(*tool, h.start());
            step.noticeDeadline = noticeDeadline(*tool, step.effective);
            step.noticeMissed = step.noticeDeadline.isValid() && step.noticeDeadline < h.start();
            for (int m = 0; m < months; ++m)
                costAfter[size_t(m)] += h.monthCost(tool->annualCost, m, step.effective);
            costAfter[size_t(h.monthOf(step.effective))] += double(d.oneOffCost);
            firstDay = step.effective.addDays(1);
            const Product *own = findProduct(input.products, tool->productSlug);
            for (const ToolCapability &c : effectiveCapabilities(*tool, own)) {
                if (c.strength > 0 && bestAfter.value(c.capabilitySlug) < c.strength)
                    step.givesUp << names.value(c.capabilitySlug, c.capabilitySlug);
            }
            step.givesUp.sort(Qt::CaseInsensitive);
        }
        const QString slug = d.action == DecisionAction::Add ? d.productSlug : d.replacementSlug;
        if (!slug.isEmpty()) {
            const Product *product = findProduct(input.products, slug);
            if (!product) {
                e.problems << QStringLiteral("decision %1 names the product '%2', which the "
                                             "workspace has no copy of")
                                  .arg(i + 1)
                                  .arg(slug);
            } else {
                const Cents annual = indicativeAnnualCost(*product);
                for (int m = 0; m < months; ++m)
                    costAfter[size_t(m)] += costFrom(h, annual, m, firstDay);
                if (d.action == DecisionAction::Add) {
                    step.name = product->name;
                    step.annualCost = annual;
                    step.effective = firstDay;
                    costAfter[size_t(h.monthOf(firstDay))] += double(d.oneOffCost);
                }
            }
        }
        if (!step.name.isEmpty())
            e.roadmap.steps.push_back(std::move(step));
    }
    for (const Tool &t : input.tools) {
        if (!t.isActive())
            continue;
        for (int m = 0; m < months; ++m) {
            costBefore[size_t(m)] += h.monthCost(t.annualCost, m);
            if (!decided.count(t.id))
                costAfter[size_t(m)] += h.monthCost(t.annualCost, m);
        }
    }
    sortSteps(&e.roadmap.steps);
    settleMonths(costBefore, costAfter, &e.roadmap);
    return e;
}

} // namespace sa
