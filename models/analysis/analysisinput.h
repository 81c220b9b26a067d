#pragma once

#include "domain/capability.h"
#include "domain/product.h"
#include "domain/requirement.h"
#include "domain/tool.h"

#include <QStringList>

#include <vector>

namespace sa {

class WorkspaceStore;

// The knobs of the analysis. Defaults are DESIGN.md's; a workspace may change them
// through its settings (see analysisSettings()).
struct AnalysisSettings
{
    int overlapThreshold = 2;          // covered at >= this by two or more tools: an overlap
    double shelfwareUtilization = 0.5; // tools used below this share of their seats
    // The hubs when no active tool is marked system of record: active tools whose category
    // (the tool's own, else its product snapshot's) is one of these subcategory slugs.
    QStringList hubCategories{QStringLiteral("crm"), QStringLiteral("cdp")};
};

// Everything the analysis reads, as plain values: what a WorkspaceStore gives.
struct AnalysisInput
{
    std::vector<Tool> tools; // retired ones included; the analysis skips them
    std::vector<ToolIntegration> integrations;
    std::vector<Product> products; // the snapshots the tools refer to
    std::vector<Capability> capabilities;
    std::vector<Requirement> requirements;
    AnalysisSettings settings;
};

// Whether a tool (or a product the planner may add) in this subcategory counts as a hub
// when no active tool is marked system of record.
bool isHubCategory(const AnalysisSettings &settings, const QString &categorySlug);

// The settings keys a workspace may hold.
QString overlapThresholdKey(); // "analysis/overlap_threshold": 1, 2 or 3
QString hubCategoriesKey();    // "analysis/hub_categories": slugs separated by commas

// The workspace's analysis settings: defaults where a key is absent or unreadable.
AnalysisSettings analysisSettings(const WorkspaceStore &store);
// Reads everything the analysis needs from an open workspace.
AnalysisInput analysisInput(const WorkspaceStore &store);

} // namespace sa
