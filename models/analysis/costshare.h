#pragma once

#include "domain/money.h"

#include <span>

namespace sa {

// Splits amount over parts in proportion to their weights, in whole cents that add up to
// amount exactly (largest remainders): each part first gets floor(amount x w / W), then
// the cents still missing go one each to the parts with the largest remainders, the
// earlier part first where remainders are equal. A negative amount is split as its
// magnitude and negated. Weights are >= 0; all parts are 0 when they sum to 0.
// parts.size() must equal weights.size().
void splitInProportion(Cents amount, std::span<const int> weights, std::span<Cents> parts);

} // namespace sa
