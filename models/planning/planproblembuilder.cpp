#include "planproblembuilder.h"

#include "candidatereduction.h"
#include "domain/slug.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace sa {

namespace {

Cents share(Cents amount, double rate)
{
    return Cents(std::llround(double(amount) * rate));
}

// The state of one build: the instance so far and the indexes into it.
struct Build
{
    PlanProblem problem;
    QHash<QString, int> requirementOf;               // capability slug -> requirement
    QHash<QString, int> vendorOf;                    // vendor key -> vendor
    QHash<QString, std::vector<int>> itemsOfProduct; // product slug -> items (all candidates)

    int vendor(const QString &slug, const QString &name)
    {
        const QString key = slug.isEmpty() ? slugify(name) : slug;
        const auto it = vendorOf.constFind(key);
        if (it != vendorOf.constEnd())
            return *it;
        problem.vendors.push_back(name.isEmpty() ? slug : name);
        vendorOf.insert(key, int(problem.vendors.size()) - 1);
        return int(problem.vendors.size()) - 1;
    }

    template<typename Strengths>
    std::vector<int> covers(const Strengths &strengths)
    {
        std::vector<int> out;
        for (const auto &[slug, strength] : strengths) {
            const auto it = requirementOf.constFind(slug);
            if (it != requirementOf.constEnd()
                && strength >= problem.requirements[size_t(*it)].minStrength)
                out.push_back(*it);
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }
};

QString capabilityName(const AnalysisInput &input,
                       const AnalysisResult &analysis,
                       const std::vector<Product> &catalogue,
                       const QString &slug)
{
    const CapabilityIndex c = analysis.capabilityGraph.capabilityIndex(slug);
    // The graph names a capability nobody describes by its slug: look further then.
    if (c >= 0 && !analysis.capabilities[size_t(c)].name.isEmpty()
        && analysis.capabilities[size_t(c)].name != slug)
        return analysis.capabilities[size_t(c)].name;
    for (const Capability &cap : input.capabilities) {
        if (cap.slug == slug && !cap.name.isEmpty())
            return cap.name;
    }
    for (const Product &p : catalogue) {
        for (const ProductCapability &pc : p.capabilities) {
            if (pc.capabilitySlug == slug && !pc.capabilityName.isEmpty())
                return pc.capabilityName;
        }
    }
    return slug;
}

bool named(const QStringList &names, const QString &a, const QString &b = {})
{
    return std::any_of(names.begin(), names.end(), [&](const QString &n) {
        return n.compare(a, Qt::CaseInsensitive) == 0
               || (!b.isEmpty() && n.compare(b, Qt::CaseInsensitive) == 0);
    });
}

void link(PlanProblem *problem, int a, int b)
{
    if (a == b)
        return;
    if (problem->items[size_t(b)].hub)
        problem->items[size_t(a)].hubLinks.push_back(b);
    if (problem->items[size_t(a)].hub)
        problem->items[size_t(b)].hubLinks.push_back(a);
}

} // namespace

PlanProblemBuilder::PlanProblemBuilder(const AnalysisInput &input,
                                       const AnalysisResult &analysis,
                                       const PlanOptions &options)
    : m_input(input)
    , m_analysis(analysis)
    , m_options(options)
    , m_horizon(options.start, options.horizonMonths)
{
    QHash<ToolId, const Tool *> byId;
    for (const Tool &t : input.tools)
        byId.insert(t.id, &t);
    for (const AnalyzedTool &t : analysis.tools)
        m_tools.push_back(byId.value(t.id));
}

Expected<PlanProblem> PlanProblemBuilder::build(const std::vector<Product> &catalogue) const
{
    Build b;
    PlanProblem &problem = b.problem;
    problem.budget = m_options.budget;
    problem.maxVendors = m_options.maxVendors;
    problem.requireHub = m_options.requireHub;
    problem.shouldPenalty = double(m_options.shouldPenalty);
    problem.currency = m_options.currency;

    for (const Requirement &r : m_input.requirements) {
        if (r.importance == Importance::Nice || b.requirementOf.contains(r.capabilitySlug))
            continue;
        problem.requirements.push_back(
            PlanRequirement{r.capabilitySlug,
                            capabilityName(m_input, m_analysis, catalogue, r.capabilitySlug),
                            r.importance,
                            r.minStrength});
    }
    std::stable_sort(problem.requirements.begin(),
                     problem.requirements.end(),
                     [](const PlanRequirement &x, const PlanRequirement &y) {
                         return x.name.compare(y.name, Qt::CaseInsensitive) < 0;
                     });
    for (size_t r = 0; r < problem.requirements.size(); ++r)
        b.requirementOf.insert(problem.requirements[r].slug, int(r));

    // Active tools, in the analysis's order.
    QHash<QString, const Product *> snapshots;
    for (const Product &p : m_input.products)
        snapshots.insert(p.slug, &p);
    const CapabilityGraph &cg = m_analysis.capabilityGraph;
    for (const QString &name : m_options.keep) {
        if (std::none_of(m_tools.begin(), m_tools.end(), [&](const Tool *t) {
                return t->name.compare(name, Qt::CaseInsensitive) == 0;
            }))
            return Error::badInput(u"--keep: there is no active tool named '" + name + u"'");
    }
    for (ToolIndex t = 0; t < ToolIndex(m_tools.size()); ++t) {
        const Tool &tool = *m_tools[size_t(t)];
        PlanItem item;
        item.kind = PlanItem::Kind::Tool;
        item.source = t;
        item.name = tool.name;
        const Product *product = snapshots.value(tool.productSlug);
        item.vendor = product ? b.vendor(product->vendorSlug, product->vendorName)
                              : b.vendor(QString(),
                                         tool.vendorName.isEmpty() ? tool.name : tool.vendorName);
        item.hub = m_analysis.tools[size_t(t)].hub;
        item.locked = named(m_options.keep, tool.name);
        item.annualCost = tool.annualCost;
        item.oneOffCost = share(tool.annualCost, m_options.migrationRate);
        item.lastPaidDay = retirementDate(tool, m_horizon.start());
        item.selectedCost = m_horizon.cost(tool.annualCost);
        item.droppedCost
            = m_horizon.cost(tool.annualCost, item.lastPaidDay) + double(item.oneOffCost);
        std::vector<std::pair<QString, int>> strengths;
        const auto &g = cg.graph();
        for (const auto e : boost::make_iterator_range(boost::out_edges(cg.toolVertex(t), g)))
            strengths.emplace_back(cg.capability(cg.capabilityOf(boost::target(e, g))).slug,
                                   g[e].strength);
        item.covers = b.covers(strengths);
        problem.items.push_back(std::move(item));
        if (!tool.productSlug.isEmpty())
            b.itemsOfProduct[tool.productSlug].push_back(int(t));
    }
    problem.toolCount = int(problem.items.size());
    for (ToolIndex t = 0; t < problem.toolCount; ++t) {
        for (ToolIndex n : m_analysis.integrationGraph.neighbours(t)) {
            if (n > t)
                link(&problem, t, n);
        }
    }

    // Candidates: every product that meets a requirement, before reduction.
    std::vector<const Product *> candidateProducts;
    std::vector<bool> excludeMatched(size_t(m_options.exclude.size()), false);
    for (const Product &p : catalogue) {
        for (qsizetype x = 0; x < m_options.exclude.size(); ++x) {
            if (named({m_options.exclude[x]}, p.slug, p.name))
                excludeMatched[size_t(x)] = true;
        }
        if (b.itemsOfProduct.contains(p.slug) || !p.price.isKnown())
            continue;
        std::vector<std::pair<QString, int>> strengths;
        for (const ProductCapability &pc : p.capabilities)
            strengths.emplace_back(pc.capabilitySlug, pc.strength);
        PlanItem item;
        item.kind = PlanItem::Kind::Candidate;
        item.name = p.name;
        item.productSlug = p.slug;
        item.covers = b.covers(strengths);
        if (item.covers.empty())
            continue;
        item.vendor = b.vendor(p.vendorSlug, p.vendorName);
        item.hub = isHubCategory(m_input.settings, p.categorySlug);
        item.annualCost = (p.price.low + p.price.high) * 100 / 2;
        item.oneOffCost = share(item.annualCost, m_options.implementationRate);
        item.selectedCost = m_horizon.cost(item.annualCost) + double(item.oneOffCost);
        if (named(m_options.exclude, p.slug, p.name)) {
            problem.excluded.push_back(std::move(item));
            continue;
        }
        item.source = int(candidateProducts.size());
        candidateProducts.push_back(&p);
        problem.items.push_back(std::move(item));
    }
    for (qsizetype x = 0; x < m_options.exclude.size(); ++x) {
        if (!excludeMatched[size_t(x)])
            return Error::badInput(u"--exclude: there is no catalogue product named '"
                                   + m_options.exclude[x] + u"'");
    }
    for (int i = problem.toolCount; i < problem.itemCount(); ++i)
        b.itemsOfProduct[candidateProducts[size_t(problem.item(i).source)]->slug].push_back(i);
    // Integrations the catalogue knows between a candidate and a tool's product or another
    // candidate, seen from either side.
    const auto linkProduct = [&](int item, const Product &p) {
        for (const ProductIntegration &pi : p.integrations) {
            for (int other : b.itemsOfProduct.value(pi.otherSlug))
                link(&problem, item, other);
        }
    };
    for (int i = problem.toolCount; i < problem.itemCount(); ++i)
        linkProduct(i, *candidateProducts[size_t(problem.item(i).source)]);
    for (int t = 0; t < problem.toolCount; ++t) {
        const Product *p = snapshots.value(m_tools[size_t(t)]->productSlug);
        if (p) {
            for (const ProductIntegration &pi : p->integrations) {
                for (int other : b.itemsOfProduct.value(pi.otherSlug)) {
                    if (other >= problem.toolCount)
                        link(&problem, t, other);
                }
            }
        }
    }
    for (PlanItem &item : problem.items) {
        std::sort(item.hubLinks.begin(), item.hubLinks.end());
        item.hubLinks.erase(std::unique(item.hubLinks.begin(), item.hubLinks.end()),
                            item.hubLinks.end());
    }

    // Drop the dominated candidates and renumber the links.
    const std::vector<PlanItem> candidates(problem.items.begin() + problem.toolCount,
                                           problem.items.end());
    problem.candidatesConsidered = int(candidates.size());
    const std::vector<bool> dominated = dominatedCandidates(
        candidates, int(problem.requirements.size()), problem.maxVendors >= 0, problem.requireHub);
    std::vector<int> renumber(problem.items.size(), -1);
    std::vector<PlanItem> items(problem.items.begin(), problem.items.begin() + problem.toolCount);
    for (int i = 0; i < problem.toolCount; ++i)
        renumber[size_t(i)] = i;
    for (size_t c = 0; c < candidates.size(); ++c) {
        if (dominated[c]) {
            ++problem.candidatesDominated;
            continue;
        }
        renumber[size_t(problem.toolCount) + c] = int(items.size());
        items.push_back(candidates[c]);
    }
    for (PlanItem &item : items) {
        std::vector<int> links;
        for (int l : item.hubLinks) {
            if (renumber[size_t(l)] >= 0)
                links.push_back(renumber[size_t(l)]);
        }
        item.hubLinks = std::move(links);
    }
    problem.items = std::move(items);
    return std::move(b.problem);
}

} // namespace sa
