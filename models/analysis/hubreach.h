#pragma once

#include "integrationgraph.h"

#include <utility>
#include <vector>

namespace sa {

// Which tools reach a hub through integrations, and which would stop reaching any hub
// when one tool is removed, for every tool at once in O(tools + integrations): a
// depth-first search from a virtual source joined to every hub. A tool t cuts off
// exactly the DFS subtrees of those children c whose low-link does not climb above t
// (low(c) >= discovery(t)), as for articulation points; each subtree is a contiguous run
// of the preorder, so the answer is kept as runs and listed only when asked.
class HubReach
{
public:
    HubReach() = default;
    HubReach(const IntegrationGraph &graph, const std::vector<bool> &isHub);

    bool reachesHub(ToolIndex t) const { return m_reaches[size_t(t)]; }
    int cutOffCount(ToolIndex t) const { return m_cutOffCount[size_t(t)]; }
    // The tools that reach a hub now and none without t, in DFS preorder.
    std::vector<ToolIndex> cutOff(ToolIndex t) const;

private:
    std::vector<ToolIndex> m_preorder;
    std::vector<bool> m_reaches;
    std::vector<int> m_cutOffCount;
    std::vector<std::vector<std::pair<int, int>>> m_runs; // per tool: (preorder start, length)
};

} // namespace sa
