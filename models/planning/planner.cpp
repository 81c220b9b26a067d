#include "planner.h"

#include "analysis/stackanalysis.h"
#include "planproblembuilder.h"

#include <QHash>

namespace sa {

Expected<PlanResult> planStack(const AnalysisInput &input,
                               const std::vector<Product> &catalogue,
                               const PlanOptions &options,
                               const MipControl &control)
{
    PlanResult result;
    result.options = options;
    if (!result.options.start.isValid())
        result.options.start = QDate::currentDate();
    const AnalysisResult analysis = analyzeStack(input);
    const PlanProblemBuilder builder(input, analysis, result.options);
    Expected<PlanProblem> problem = builder.build(catalogue);
    if (!problem)
        return problem.error();
    result.problem = std::move(*problem);
    result.horizon = builder.horizon();
    const PlanProblem &p = result.problem;

    result.greedy = greedyCover(p);
    result.mip = solveMip(
        p, control, result.greedy.evaluation.feasible() ? result.greedy.selection : Selection());
    if (result.mip.status == MipResult::Status::Unavailable)
        return Error::io(result.mip.error);
    if (result.mip.status == MipResult::Status::Infeasible)
        result.infeasible = explainInfeasibility(p, control);

    QHash<QString, const Product *> bySlug;
    for (const Product &product : catalogue)
        bySlug.insert(product.slug, &product);
    std::vector<StrengthList> strengths(size_t(p.itemCount()));
    const CapabilityGraph &cg = analysis.capabilityGraph;
    const auto &g = cg.graph();
    for (int i = 0; i < p.itemCount(); ++i) {
        const PlanItem &item = p.item(i);
        if (item.kind == PlanItem::Kind::Tool) {
            result.toolIds.push_back(builder.tool(item.source).id);
            for (const auto e :
                 boost::make_iterator_range(boost::out_edges(cg.toolVertex(item.source), g)))
                strengths[size_t(i)].emplace_back(
                    cg.capability(cg.capabilityOf(boost::target(e, g))).slug, g[e].strength);
        } else if (const Product *product = bySlug.value(item.productSlug)) {
            for (const ProductCapability &pc : product->capabilities)
                strengths[size_t(i)].emplace_back(pc.capabilitySlug, pc.strength);
            if (result.mip.hasPlan() && result.mip.selection[size_t(i)])
                result.addedProducts.push_back(*product);
        }
    }
    if (result.mip.hasPlan()) {
        QHash<QString, QString> names;
        for (const AnalyzedCapability &c : analysis.capabilities)
            names.insert(c.slug, c.name);
        for (const Product &product : result.addedProducts) {
            for (const ProductCapability &pc : product.capabilities) {
                if (!names.contains(pc.capabilitySlug) && !pc.capabilityName.isEmpty())
                    names.insert(pc.capabilitySlug, pc.capabilityName);
            }
        }
        result.roadmap = buildRoadmap(
            p,
            result.mip.selection,
            result.horizon,
            strengths,
            [&names](const QString &slug) { return names.value(slug, slug); },
            [&](int i) { return builder.tool(p.item(i).source).noticeDays; });
    }
    return result;
}

std::vector<Requirement> uncoverableMusts(const AnalysisInput &input,
                                          const std::vector<Product> &catalogue)
{
    QHash<QString, int> best;
    const auto offer = [&best](const QString &slug, int strength) {
        best[slug] = std::max(best.value(slug), strength);
    };
    QHash<QString, const Product *> snapshots;
    for (const Product &p : input.products)
        snapshots.insert(p.slug, &p);
    for (const Tool &t : input.tools) {
        if (!t.isActive())
            continue;
        for (const ToolCapability &c : effectiveCapabilities(t, snapshots.value(t.productSlug)))
            offer(c.capabilitySlug, c.strength);
    }
    for (const Product &p : catalogue) {
        if (!p.price.isKnown())
            continue;
        for (const ProductCapability &pc : p.capabilities)
            offer(pc.capabilitySlug, pc.strength);
    }
    std::vector<Requirement> out;
    for (const Requirement &r : input.requirements) {
        if (r.importance == Importance::Must && best.value(r.capabilitySlug) < r.minStrength)
            out.push_back(r);
    }
    return out;
}

QStringList leaveOutUncoverableMusts(AnalysisInput *input, const std::vector<Product> &catalogue)
{
    QStringList slugs;
    for (const Requirement &r : uncoverableMusts(*input, catalogue))
        slugs << r.capabilitySlug;
    std::erase_if(input->requirements,
                  [&slugs](const Requirement &r) { return slugs.contains(r.capabilitySlug); });
    return slugs;
}

Scenario planScenario(const PlanResult &result, const QString &name)
{
    Scenario s;
    s.name = name;
    s.kind = ScenarioKind::Optimized;
    s.horizonMonths = result.horizon.months();
    s.start = result.horizon.start();
    for (const RoadmapStep &step : result.roadmap.steps) {
        const PlanItem &item = result.problem.item(step.item);
        Decision d;
        d.action = step.action;
        d.effective = step.effective;
        d.oneOffCost = step.oneOffCost;
        if (item.kind == PlanItem::Kind::Tool)
            d.toolId = result.toolIds[size_t(step.item)];
        else
            d.productSlug = item.productSlug;
        s.decisions.push_back(std::move(d));
    }
    return s;
}

} // namespace sa
