#pragma once

#include "comparisonresult.h"

#include <QJsonObject>

namespace sa {

// The `compare --json` object (keys in README "Comparing vendors"): products in rank
// order, each criterion as score (0..100 points), weight (normalised, 4 decimals) and
// points (its weighted part); the parts of a product sum to its total exactly in
// hundredths. Requirements in matrix order; each product's strengths follow that order.
// Stable: scripts read it.
QJsonObject comparisonJson(const ComparisonResult &result, const QString &currency);

} // namespace sa
