#include "productcomparison.h"

#include "analysis/stackanalysis.h"
#include "scoringsteps.h"
#include "workspace/workspacestore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

using scoring::StackView;

StackView stackWithout(const AnalysisInput &input, const QString &productSlug)
{
    AnalysisInput without = input;
    std::erase_if(without.tools, [&](const Tool &t) {
        return !productSlug.isEmpty() && t.productSlug == productSlug;
    });
    QHash<ToolId, const Tool *> byId;
    for (const Tool &t : input.tools)
        byId.insert(t.id, &t);
    StackView view{analyzeStack(without), {}};
    for (const AnalyzedTool &a : view.analysis.tools)
        view.tools.push_back(byId.value(a.id));
    return view;
}

// Must, should, nice; then the capability's name, then its slug.
std::vector<MatrixRow> matrixRows(const AnalysisInput &input, const AnalysisResult &stack)
{
    QSet<QString> gaps;
    for (const Gap &g : stack.gaps)
        gaps.insert(stack.capabilities[size_t(g.capability)].slug);
    std::vector<MatrixRow> rows;
    for (const Requirement &r : input.requirements) {
        const CapabilityIndex c = stack.capabilityGraph.capabilityIndex(r.capabilitySlug);
        MatrixRow row{r, r.capabilitySlug, 0, gaps.contains(r.capabilitySlug)};
        if (c >= 0) {
            const AnalyzedCapability &cap = stack.capabilities[size_t(c)];
            row.stackStrength = cap.bestStrength;
            if (!cap.name.isEmpty())
                row.capabilityName = cap.name;
        }
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(), [](const MatrixRow &a, const MatrixRow &b) {
        if (a.requirement.importance != b.requirement.importance)
            return a.requirement.importance < b.requirement.importance;
        const int byName = a.capabilityName.compare(b.capabilityName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0
                           : a.requirement.capabilitySlug < b.requirement.capabilitySlug;
    });
    return rows;
}

// Rounds each criterion once and sums the parts, so that the parts add up to the total.
void weigh(ProductScore *s, const CriterionWeights &weights)
{
    s->totalHundredths = 0;
    for (int i = 0; i < kCriterionCount; ++i) {
        CriterionScore &c = s->criteria[size_t(i)];
        c.weight = weights.values[size_t(i)];
        c.scoreHundredths = scoring::roundHalfUp(c.score * 10000.0);
        c.partHundredths = scoring::roundHalfUp(c.weight * c.score * 10000.0);
        s->totalHundredths += c.partHundredths;
    }
}

bool rankedBefore(const ProductScore &a, const ProductScore &b)
{
    if (a.totalHundredths != b.totalHundredths)
        return a.totalHundredths > b.totalHundredths;
    const qint64 ca = a[Criterion::Coverage].scoreHundredths;
    const qint64 cb = b[Criterion::Coverage].scoreHundredths;
    if (ca != cb)
        return ca > cb;
    if (a.priceMidpoint.has_value() != b.priceMidpoint.has_value())
        return a.priceMidpoint.has_value();
    if (a.priceMidpoint && *a.priceMidpoint != *b.priceMidpoint)
        return *a.priceMidpoint < *b.priceMidpoint;
    const int byName = a.product.name.compare(b.product.name, Qt::CaseInsensitive);
    return byName != 0 ? byName < 0 : a.product.slug < b.product.slug;
}

std::optional<bool> segmentFit(const Product &product, const QString &segment)
{
    if (segment.isEmpty())
        return std::nullopt;
    return product.segments.contains(segment, Qt::CaseInsensitive);
}

} // namespace

QString comparisonSegmentKey()
{
    return u"compare/segment"_s;
}

ComparisonInput comparisonInput(const WorkspaceStore &store)
{
    ComparisonInput input;
    input.stack = analysisInput(store);
    input.currency = store.info().currency;
    input.segment = store.setting(comparisonSegmentKey()).trimmed().toLower();
    return input;
}

Expected<ComparisonResult> compareProducts(const ComparisonInput &input)
{
    const Expected<CriterionWeights> weights = input.weights.normalised();
    if (!weights)
        return weights.error();
    QSet<QString> seen;
    for (const Product &p : input.products) {
        if (seen.contains(p.slug))
            return Error::badInput(u"the product '" + p.name + u"' is named twice");
        seen.insert(p.slug);
    }
    ComparisonResult result;
    result.weights = *weights;
    result.segment = input.segment;
    const StackView whole = stackWithout(input.stack, QString());
    result.overlapThreshold = whole.analysis.settings.overlapThreshold;
    result.activeTools = int(whole.tools.size());
    result.matrix = matrixRows(input.stack, whole.analysis);
    for (const Product &p : input.products) {
        for (const ProductCapability &c : p.capabilities) {
            if (!c.capabilityName.isEmpty())
                result.capabilityNames.insert(c.capabilitySlug, c.capabilityName);
        }
    }
    for (const AnalyzedCapability &c : whole.analysis.capabilities) {
        if (!c.name.isEmpty())
            result.capabilityNames.insert(c.slug, c.name);
    }
    for (const Product &p : input.products) {
        ProductScore s;
        s.product = p;
        for (const Tool *t : whole.tools) {
            if (t->productSlug == p.slug)
                s.ownedAs << t->name;
        }
        const StackView own = s.ownedAs.isEmpty() ? StackView{} : stackWithout(input.stack, p.slug);
        const StackView &stack = s.ownedAs.isEmpty() ? whole : own;
        s.criteria[size_t(Criterion::Coverage)].score = scoring::coverage(result.matrix, &s);
        s.criteria[size_t(Criterion::Integration)].score
            = scoring::integration(stack, input.stack.products, &s);
        s.criteria[size_t(Criterion::Overlap)].score
            = scoring::overlap(stack, result.overlapThreshold, &s);
        s.segmentFit = segmentFit(p, input.segment);
        result.products.push_back(std::move(s));
    }
    result.priceCurrency = scoring::cost(&result.products, input.currency);
    for (ProductScore &s : result.products)
        weigh(&s, result.weights);
    std::sort(result.products.begin(), result.products.end(), rankedBefore);
    for (size_t i = 0; i < result.products.size(); ++i)
        result.products[i].rank = int(i) + 1;
    return result;
}

Expected<ComparisonResult> rankGapFillers(const ComparisonInput &input,
                                          const QString &capabilitySlug)
{
    int minStrength = 1;
    for (const Requirement &r : input.stack.requirements) {
        if (r.capabilitySlug == capabilitySlug)
            minStrength = r.minStrength;
    }
    ComparisonInput fillers = input;
    fillers.products.clear();
    for (const Product &p : input.products) {
        if (scoring::strengthOf(p, capabilitySlug) >= minStrength)
            fillers.products.push_back(p);
    }
    return compareProducts(fillers);
}

} // namespace sa
