#pragma once

#include "analysis/analysisresult.h"
#include "comparisonresult.h"

#include <vector>

// The criteria of compareProducts(), one function each; internal to models/compare.
// Each returns the criterion's score as a fraction 0..1 and fills the product's details.
namespace sa::scoring {

// The stack one product is measured against: the analysis of the workspace without the
// product's own tools, and those active tools in the analysis' tool order.
struct StackView
{
    AnalysisResult analysis;
    std::vector<const Tool *> tools;
};

// Must 3, should 2, nice 1.
int importanceWeight(Importance importance);
// The product's strength for a capability, 0 when it does not have it.
int strengthOf(const Product &product, const QString &capabilitySlug);
// round(value), half up, as a whole number: the one rounding of every score.
qint64 roundHalfUp(double value);

double coverage(const std::vector<MatrixRow> &matrix, ProductScore *score);
double
integration(const StackView &stack, const std::vector<Product> &snapshots, ProductScore *score);
double overlap(const StackView &stack, int threshold, ProductScore *score);
// Cost needs every product's price: fills the cost score of each and returns the
// currency compared in.
QString cost(std::vector<ProductScore> *scores, const QString &workspaceCurrency);

} // namespace sa::scoring
