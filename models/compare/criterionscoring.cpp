// The four criteria's formulas (README "Comparing vendors"), kept short so that each can
// be checked against the README line by line.
#include "scoringsteps.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace sa::scoring {

int importanceWeight(Importance importance)
{
    switch (importance) {
    case Importance::Must:
        return 3;
    case Importance::Should:
        return 2;
    case Importance::Nice:
        return 1;
    }
    return 0;
}

int strengthOf(const Product &product, const QString &capabilitySlug)
{
    for (const ProductCapability &c : product.capabilities) {
        if (c.capabilitySlug == capabilitySlug)
            return c.strength;
    }
    return 0;
}

qint64 roundHalfUp(double value)
{
    // The nudge keeps a decimal half (26.665 stored as 26.66499...) rounding up.
    return qint64(std::floor(value + 0.5 + 1e-9));
}

// Sum over requirements of weight x min(strength, min strength) / min strength, divided
// by the sum of the weights: full credit at the minimum strength, partial below it.
double coverage(const std::vector<MatrixRow> &matrix, ProductScore *score)
{
    double credit = 0;
    int weights = 0;
    for (const MatrixRow &row : matrix) {
        const Requirement &r = row.requirement;
        const int s = strengthOf(score->product, r.capabilitySlug);
        score->strengths.push_back(s);
        const int w = importanceWeight(r.importance);
        weights += w;
        credit += w * double(std::min(s, r.minStrength)) / double(r.minStrength);
        if (s >= r.minStrength) {
            ++score->requirementsMet;
            if (r.importance == Importance::Must)
                ++score->mustMet;
            if (row.gap)
                score->gapsClosed << r.capabilitySlug;
        }
    }
    return weights > 0 ? credit / weights : 0.0;
}

namespace {

// The catalogue lists an integration on either product: look at both.
std::optional<IntegrationKind> linkKind(const Product &product, const Product *other)
{
    for (const ProductIntegration &i : product.integrations) {
        if (i.otherSlug == other->slug)
            return i.kind;
    }
    for (const ProductIntegration &i : other->integrations) {
        if (i.otherSlug == product.slug)
            return i.kind;
    }
    return std::nullopt;
}

} // namespace

// (linked tools + linked hubs) / (tools + hubs): every active tool of the stack counts
// once and a hub twice; a tool is linked when the catalogue lists an integration between
// its product and this one (custom tools have none to list).
double
integration(const StackView &stack, const std::vector<Product> &snapshots, ProductScore *score)
{
    QHash<QString, const Product *> bySlug;
    for (const Product &p : snapshots)
        bySlug.insert(p.slug, &p);
    int linked = 0;
    for (size_t t = 0; t < stack.tools.size(); ++t) {
        const bool hub = stack.analysis.tools[t].hub;
        ++score->stackTools;
        score->stackHubs += hub ? 1 : 0;
        const Product *other = bySlug.value(stack.tools[t]->productSlug);
        if (!other)
            continue;
        if (const auto kind = linkKind(score->product, other)) {
            score->links.push_back(StackLink{stack.tools[t]->name, *kind, hub});
            linked += hub ? 2 : 1;
        }
    }
    std::sort(score->links.begin(), score->links.end(), [](const StackLink &a, const StackLink &b) {
        return a.toolName.compare(b.toolName, Qt::CaseInsensitive) < 0;
    });
    const int possible = score->stackTools + score->stackHubs;
    return possible > 0 ? double(linked) / possible : 0.0;
}

// 1 - owned / offered: offered are the product's capabilities at the overlap threshold
// or above, owned those of them an active tool covers at the threshold or above (adding
// the product would make them overlaps). A product offering none scores 1.
double overlap(const StackView &stack, int threshold, ProductScore *score)
{
    std::vector<ProductCapability> caps = score->product.capabilities;
    std::sort(caps.begin(), caps.end(), [](const auto &a, const auto &b) {
        return a.capabilitySlug < b.capabilitySlug;
    });
    for (const ProductCapability &c : caps) {
        if (c.strength < threshold)
            continue;
        score->capabilitiesAtThreshold << c.capabilitySlug;
        const CapabilityIndex i = stack.analysis.capabilityGraph.capabilityIndex(c.capabilitySlug);
        if (i >= 0 && stack.analysis.capabilities[size_t(i)].bestStrength >= threshold)
            score->overlapping << c.capabilitySlug;
    }
    const qsizetype offered = score->capabilitiesAtThreshold.size();
    return offered > 0 ? 1.0 - double(score->overlapping.size()) / double(offered) : 1.0;
}

// lowest midpoint / this midpoint over the published bands in the comparison's currency
// (the one most bands use; a tie goes to the workspace currency, then to the first
// alphabetically): the cheapest scores 1. A free product scores 1; unpublished bands
// and bands in another currency score 0.
QString cost(std::vector<ProductScore> *scores, const QString &workspaceCurrency)
{
    std::map<QString, int> votes;
    for (const ProductScore &s : *scores) {
        if (s.product.price.isKnown())
            ++votes[s.product.price.currency];
    }
    QString currency;
    int best = 0;
    for (const auto &[code, count] : votes) {
        if (count > best || (count == best && code == workspaceCurrency)) {
            currency = code;
            best = count;
        }
    }
    std::optional<double> lowest;
    for (ProductScore &s : *scores) {
        const PriceBand &band = s.product.price;
        if (band.isKnown() && band.currency == currency) {
            s.priceMidpoint = double(band.low + band.high) / 2.0;
            lowest = std::min(lowest.value_or(*s.priceMidpoint), *s.priceMidpoint);
        }
    }
    for (ProductScore &s : *scores) {
        double value = 0;
        if (s.priceMidpoint)
            value = *s.priceMidpoint == 0 ? 1.0 : *lowest / *s.priceMidpoint;
        s.criteria[size_t(Criterion::Cost)].score = value;
    }
    return currency;
}

} // namespace sa::scoring
