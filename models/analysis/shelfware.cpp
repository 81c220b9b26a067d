// Shelfware: seats paid for and not used, on tools used below the shelfware line.
#include "analysissteps.h"

#include <cmath>

namespace sa::analysissteps {

namespace {

// cost x (seats - users) / seats, rounded half up to the cent, without overflow.
Cents unusedShare(Cents cost, qint64 seats, qint64 users)
{
    const qint64 unused = seats - users;
    const qint64 q = cost / seats, r = cost % seats;
    return q * unused + (2 * r * unused + seats) / (2 * seats);
}

} // namespace

void shelfware(AnalysisResult *result, const std::vector<const Tool *> &activeTools)
{
    for (size_t t = 0; t < activeTools.size(); ++t) {
        const Tool &tool = *activeTools[t];
        AnalyzedTool &analyzed = result->tools[t];
        analyzed.utilization = tool.utilization();
        if (std::isnan(analyzed.utilization) || tool.annualCost <= 0
            || analyzed.utilization >= result->settings.shelfwareUtilization)
            continue;
        analyzed.shelfwareCost = unusedShare(tool.annualCost, tool.seats, tool.activeUsers);
        result->shelfwareCost += analyzed.shelfwareCost;
        result->shelfware.push_back(ToolIndex(t));
    }
    std::sort(
        result->shelfware.begin(), result->shelfware.end(), [result](ToolIndex a, ToolIndex b) {
            const Cents ca = result->tools[size_t(a)].shelfwareCost;
            const Cents cb = result->tools[size_t(b)].shelfwareCost;
            return ca != cb ? ca > cb : result->nameBefore(a, b);
        });
}

} // namespace sa::analysissteps
