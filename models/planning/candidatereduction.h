#pragma once

#include "planproblem.h"

#include <vector>

namespace sa {

// Drops the candidate products no optimal plan needs: p is dominated when another
// candidate q meets every requirement p meets, costs no more over the horizon and no
// more a year, and cannot do worse under the constraints in force (the same vendor when
// the vendor count is capped; when kept tools must reach a hub, p is not a hub and q
// integrates with every hub p integrates with). Ties keep the cheaper, then the first by
// name. Candidates are compared in cost order against the ones kept so far, so the work
// is candidates x kept candidates x requirement words.
std::vector<bool> dominatedCandidates(const std::vector<PlanItem> &candidates,
                                      int requirementCount,
                                      bool sameVendor,
                                      bool hubLinks);

} // namespace sa
