#pragma once

#include "analysis/analysisinput.h"

namespace sa::test {

// The shape of a generated stack. Tools cover capabilities mostly in one home category,
// as real products do, so each capability has about the same number of tools whatever
// the size: scaling tools and capabilities together scales the edges linearly.
struct SyntheticStackOptions
{
    int tools = 300;
    int capabilities = 300;
    int capabilitiesPerCategory = 10;
    int minCapabilities = 4; // per tool
    int maxCapabilities = 16;
    int integrationsPerTool = 2; // started from each integrated tool
    int retiredPercent = 3;
    int unintegratedPercent = 5; // tools that start no integration
    int hubPercent = 2;          // marked system of record
    bool dense = false;          // every tool covers every capability
    unsigned seed = 1;
};

// A deterministic stack for the options: half the tools are on a product snapshot with
// one override each (a removal or a stronger strength), half are custom; costs, seats,
// statuses, integrations and requirements (every tenth capability) vary with the seed.
AnalysisInput syntheticStack(const SyntheticStackOptions &options);

} // namespace sa::test
