#include "syntheticstack.h"

#include <algorithm>
#include <random>

namespace sa::test {

namespace {

QString capabilitySlug(int c)
{
    return u"cap-" + QString::number(c);
}

std::vector<int> pickCapabilities(const SyntheticStackOptions &o, std::mt19937 &rng)
{
    std::vector<int> picked;
    if (o.dense) {
        for (int c = 0; c < o.capabilities; ++c)
            picked.push_back(c);
        return picked;
    }
    const int categories = std::max(1, o.capabilities / o.capabilitiesPerCategory);
    const int home = int(rng() % unsigned(categories));
    const int wanted
        = o.minCapabilities + int(rng() % unsigned(o.maxCapabilities - o.minCapabilities + 1));
    for (int attempt = 0; int(picked.size()) < std::min(wanted, o.capabilities); ++attempt) {
        // Seven in ten from the home category while it has any left, else anywhere.
        const bool local = rng() % 10 < 7 && attempt < 4 * wanted;
        const int c = local ? home * o.capabilitiesPerCategory
                                  + int(rng() % unsigned(o.capabilitiesPerCategory))
                            : int(rng() % unsigned(o.capabilities));
        if (c < o.capabilities && std::find(picked.begin(), picked.end(), c) == picked.end())
            picked.push_back(c);
    }
    std::sort(picked.begin(), picked.end());
    return picked;
}

Tool makeTool(const SyntheticStackOptions &o, int t, std::mt19937 &rng, AnalysisInput *in)
{
    Tool tool;
    tool.id = t + 1;
    tool.name = u"Tool " + QString::number(t);
    tool.annualCost = Cents(100'000 + rng() % 12'000'000);
    if (rng() % 10 != 0) {
        tool.seats = 5 + int(rng() % 196);
        tool.activeUsers = int(rng() % unsigned(tool.seats + 1));
    }
    tool.status = int(rng() % 100) < o.retiredPercent ? ToolStatus::Retired : ToolStatus::Active;
    tool.systemOfRecord = int(rng() % 100) < o.hubPercent;
    std::vector<ToolCapability> caps;
    for (const int c : pickCapabilities(o, rng))
        caps.push_back(ToolCapability{capabilitySlug(c), 1 + int(rng() % 3)});
    if (t % 2 == 1 || caps.size() < 2) {
        tool.capabilities = std::move(caps);
        return tool;
    }
    Product product;
    product.slug = u"product-" + QString::number(t);
    product.name = tool.name;
    for (const ToolCapability &c : caps)
        product.capabilities.push_back(ProductCapability{0, c.capabilitySlug, {}, c.strength});
    in->products.push_back(std::move(product));
    tool.productSlug = u"product-" + QString::number(t);
    tool.capabilities = {t % 4 == 0 ? ToolCapability{caps[0].capabilitySlug, 0}
                                    : ToolCapability{caps[1].capabilitySlug, 3}};
    return tool;
}

} // namespace

AnalysisInput syntheticStack(const SyntheticStackOptions &o)
{
    std::mt19937 rng(o.seed);
    AnalysisInput in;
    for (int c = 0; c < o.capabilities; ++c) {
        Capability cap;
        cap.slug = capabilitySlug(c);
        cap.name = u"Capability " + QString::number(c);
        cap.categorySlug = u"category-" + QString::number(c / o.capabilitiesPerCategory);
        if (c % 10 == 0)
            in.requirements.push_back(
                Requirement{cap.slug, Importance(c / 10 % 3), 2 + int(rng() % 2)});
        in.capabilities.push_back(std::move(cap));
    }
    for (int t = 0; t < o.tools; ++t)
        in.tools.push_back(makeTool(o, t, rng, &in));
    for (int t = 0; t < o.tools && o.tools > 1; ++t) {
        if (int(rng() % 100) < o.unintegratedPercent)
            continue;
        for (int k = 0; k < o.integrationsPerTool; ++k) {
            // Mostly to a neighbour (teams buy tools that work together), sometimes anywhere.
            const int other = rng() % 10 < 7 ? (t + 1 + int(rng() % 40)) % o.tools
                                             : int(rng() % unsigned(o.tools));
            if (other != t)
                in.integrations.push_back(
                    ToolIntegration{std::min(t, other) + 1, std::max(t, other) + 1});
        }
    }
    return in;
}

} // namespace sa::test
