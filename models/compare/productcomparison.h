#pragma once

#include "analysis/analysisinput.h"
#include "comparisonresult.h"

namespace sa {

// How many products a comparison holds (the "fill a gap" ranking takes any number).
inline constexpr int kMinComparedProducts = 2;
inline constexpr int kMaxComparedProducts = 6;

// Everything a comparison reads: the workspace as the analysis sees it, the products
// (catalogue products or the workspace's snapshots) and the user's weights.
struct ComparisonInput
{
    AnalysisInput stack;
    std::vector<Product> products;
    CriterionWeights weights;
    QString currency = QStringLiteral("USD"); // the workspace's: breaks a price currency tie
    QString segment; // the company's segment ("smb", "mid-market", "enterprise"), or empty
};

// The workspace setting holding the company's segment for the comparison's segment fit.
QString comparisonSegmentKey(); // "compare/segment"
// The stack, currency and segment of an open workspace, with the default weights.
ComparisonInput comparisonInput(const WorkspaceStore &store);

// Scores products against a workspace with the four named criteria (README "Comparing
// vendors" gives every formula; productscoring.cpp has them as code). Each product is
// measured against the stack without its own tools, so two owned tools compared for
// "which to keep" each see the other and not themselves; coverage, gaps, hubs and the
// overlap threshold are the analysis engine's (analyzeStack), not a second copy.
// Products come back ranked: total down, then coverage score down, then price midpoint
// up (unpublished last), then name case-insensitively, then slug, so the order is
// always the same. Fails only on unusable weights or a product given twice.
Expected<ComparisonResult> compareProducts(const ComparisonInput &input);

// "Who fills this gap?": the products of input.products that have the capability at
// the workspace's minimum strength for it (1 when it is not a requirement), ranked by the
// same score as compareProducts() among themselves.
Expected<ComparisonResult> rankGapFillers(const ComparisonInput &input,
                                          const QString &capabilitySlug);

} // namespace sa
