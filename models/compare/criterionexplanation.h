#pragma once

#include "comparisonresult.h"

namespace sa {

// How one criterion's score of one product came about, in one line a reader can check
// ("3 of 4 requirements met (2 of 2 must); closes Lead scoring"): the CLI's breakdown and
// the PDF review's print the same words.
QString criterionExplanation(const ComparisonResult &result,
                             const ProductScore &product,
                             Criterion criterion);

} // namespace sa
