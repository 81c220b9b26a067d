#pragma once

#include "analysis/analysisinput.h"

#include <vector>

namespace sa::bench {

// The shape of a generated planning instance: a stack of custom tools and a catalogue of
// candidate products over the same capabilities, grouped in categories of ten as real
// products are (a tool or product covers mostly its home category).
struct SyntheticPlanOptions
{
    int tools = 300;
    int candidates = 3000;
    int capabilities = 250;
    int vendors = 600;
    unsigned seed = 1;
};

struct SyntheticPlan
{
    AnalysisInput input;
    std::vector<Product> catalogue;
};

// Deterministic for the options: tools cost 1,000 to 60,000 a year on contracts ending
// within two years (30, 60 or 90 days' notice, half renewing themselves), 2 % are hubs
// (a CRM or a CDP) and each integrates with one of them; 60 % of the capabilities are
// required (two in three must, at strength 2); products cover 3 to 10 capabilities at
// strengths 1 to 3, priced 500 to 80,000 a year, 3 % in a hub category, each integrating
// with a few others.
SyntheticPlan syntheticPlan(const SyntheticPlanOptions &options);

} // namespace sa::bench
