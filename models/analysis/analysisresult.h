#pragma once

#include "capabilitygraph.h"
#include "domain/money.h"
#include "domain/requirement.h"
#include "domain/tool.h"
#include "hubreach.h"
#include "integrationgraph.h"

#include <QString>

#include <vector>

namespace sa {

// An active tool as the analysis sees it. Its position in AnalysisResult::tools is its
// ToolIndex, the vertex of both graphs.
struct AnalyzedTool
{
    ToolId id = 0;
    QString name;
    QString categorySlug; // the tool's own subcategory, else its product snapshot's
    Cents annualCost = 0;
    int capabilityCount = 0; // effective capabilities
    bool hub = false;
    double utilization = 0;  // active users / seats; NaN when unknown
    Cents shelfwareCost = 0; // cost x (1 - utilization) when under the shelfware line
};

// A capability with the coverage the active tools give it.
struct AnalyzedCapability
{
    QString slug;
    QString name;
    QString categorySlug;
    int bestStrength = 0; // 0: no active tool covers it
    int toolCount = 0;    // active tools covering it at any strength
};

// A capability covered by two or more active tools at or above the threshold.
struct Overlap
{
    CapabilityIndex capability = -1;
    // The tools covering it at or above the threshold, in the primary rule's order
    // (strength down, annual cost up, name): the first is the primary one, kept.
    std::vector<ToolIndex> tools;
    std::vector<int> strengths; // of each tool, same order
    std::vector<Cents> shares;  // each tool's cost share of this capability, same order
    Cents redundantCost = 0;    // the shares of every tool but the primary

    ToolIndex primary() const { return tools.front(); }
};

// A must or should requirement no active tool covers at its minimum strength.
struct Gap
{
    CapabilityIndex capability = -1;
    Importance importance = Importance::Must;
    int minStrength = 2;
    int bestStrength = 0; // what the stack has today, 0 for nothing
};

struct SimilarPair
{
    ToolIndex a = -1; // a before b by name
    ToolIndex b = -1;
    double similarity = 0; // weighted Jaccard, in (0, 1]
};

// What goes when one active tool goes.
struct RemovalImpact
{
    std::vector<CapabilityIndex> onlyCovers; // no other active tool covers them, by name
    std::vector<ToolIndex> integrationsCut;  // the tools it integrates with, by name
    int cutOffCount = 0; // tools that reach a hub now and would reach none (hubReach)
};

enum class HubRule {
    Marked,   // some active tool is marked system of record: those are the hubs
    Category, // none is: active tools in a hub category (AnalysisSettings::hubCategories)
};

// Everything analyzeStack() computes for one workspace state (DESIGN.md "Definitions").
// Lists of tools are by name unless said otherwise; indices are into tools/capabilities.
struct AnalysisResult
{
    AnalysisSettings settings;
    std::vector<AnalyzedTool> tools; // the active tools, in input order
    std::vector<AnalyzedCapability> capabilities;
    int retiredTools = 0;
    int integrations = 0; // between active tools

    Cents annualCost = 0;
    Cents redundantCost = 0;
    Cents shelfwareCost = 0;

    std::vector<Overlap> overlaps; // redundant cost down, then capability name
    std::vector<ToolIndex> fullyRedundant;
    std::vector<ToolIndex> withoutCapabilities; // nothing known of what they do
    std::vector<Gap> gaps;                      // must before should, then by name
    std::vector<SimilarPair> similarPairs;      // similarity down, then names
    std::vector<ToolIndex> shelfware;           // shelfware cost down, then name

    HubRule hubRule = HubRule::Marked;
    std::vector<ToolIndex> hubs;
    std::vector<std::vector<ToolIndex>> silos; // largest first, then by first name
    std::vector<ToolIndex> singlePointsOfFailure;
    std::vector<RemovalImpact> removal; // one per tool, same index

    CapabilityGraph capabilityGraph;
    IntegrationGraph integrationGraph;
    HubReach hubReach;

    // Every tool index, by name.
    const std::vector<ToolIndex> &toolsByName() const { return m_byName; }
    // The tools that would reach no hub without tool t, by name.
    std::vector<ToolIndex> cutOffBy(ToolIndex t) const;
    // Sorts tool indices by name (case-insensitively, then exactly, then by id).
    void sortByName(std::vector<ToolIndex> *list) const;
    bool nameBefore(ToolIndex a, ToolIndex b) const { return nameRank(a) < nameRank(b); }
    int nameRank(ToolIndex t) const { return m_nameRank[size_t(t)]; } // place in toolsByName()
    // Capabilities by name (case-insensitively), then slug.
    bool capabilityBefore(CapabilityIndex a, CapabilityIndex b) const;
    // Ranks the tools by name once, so that every later comparison is of two integers.
    void rankNames();

private:
    std::vector<ToolIndex> m_byName;
    std::vector<int> m_nameRank;
};

} // namespace sa
