#include "hubreach.h"

#include <algorithm>

namespace sa {

namespace {

using Graph = IntegrationGraph::Graph;
using AdjacencyIt = boost::graph_traits<Graph>::adjacency_iterator;

struct Frame
{
    ToolIndex tool;
    AdjacencyIt next;
    AdjacencyIt end;
};

} // namespace

HubReach::HubReach(const IntegrationGraph &graph, const std::vector<bool> &isHub)
{
    const size_t n = size_t(graph.toolCount());
    const Graph &g = graph.graph();
    m_reaches.assign(n, false);
    m_cutOffCount.assign(n, 0);
    m_runs.resize(n);
    // Discovery numbers start at 1: 0 is the virtual source every hub is joined to.
    std::vector<int> discovered(n, 0), low(n, 0), size(n, 0);
    std::vector<ToolIndex> parent(n, -1); // -1: a child of the source
    std::vector<Frame> stack;
    const auto discover = [&](ToolIndex t, ToolIndex from) {
        m_preorder.push_back(t);
        discovered[size_t(t)] = int(m_preorder.size());
        low[size_t(t)] = isHub[size_t(t)] ? 0 : discovered[size_t(t)];
        size[size_t(t)] = 1;
        parent[size_t(t)] = from;
        m_reaches[size_t(t)] = true;
        const auto [first, last] = boost::adjacent_vertices(IntegrationGraph::Vertex(t), g);
        stack.push_back(Frame{t, first, last});
    };
    for (size_t h = 0; h < n; ++h) {
        if (!isHub[h] || discovered[h] != 0)
            continue;
        discover(ToolIndex(h), -1);
        while (!stack.empty()) {
            Frame &top = stack.back();
            if (top.next != top.end) {
                const ToolIndex w = ToolIndex(*top.next++);
                const ToolIndex v = top.tool; // discover() may move the stack
                if (discovered[size_t(w)] == 0)
                    discover(w, v);
                else if (w != parent[size_t(v)])
                    low[size_t(v)] = std::min(low[size_t(v)], discovered[size_t(w)]);
                continue;
            }
            const ToolIndex v = top.tool;
            stack.pop_back();
            const ToolIndex p = parent[size_t(v)];
            if (p < 0)
                continue;
            low[size_t(p)] = std::min(low[size_t(p)], low[size_t(v)]);
            size[size_t(p)] += size[size_t(v)];
            if (low[size_t(v)] >= discovered[size_t(p)]) {
                m_runs[size_t(p)].emplace_back(discovered[size_t(v)] - 1, size[size_t(v)]);
                m_cutOffCount[size_t(p)] += size[size_t(v)];
            }
        }
    }
}

std::vector<ToolIndex> HubReach::cutOff(ToolIndex t) const
{
    std::vector<ToolIndex> out;
    for (const auto &[start, length] : m_runs[size_t(t)])
        out.insert(out.end(), m_preorder.begin() + start, m_preorder.begin() + start + length);
    return out;
}

} // namespace sa
