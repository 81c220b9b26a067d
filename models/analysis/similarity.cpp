// Pair similarity: the weighted Jaccard index of two tools' strength vectors,
// sum of min(a_c, b_c) over sum of max(a_c, b_c). Only pairs that share a capability have
// one above 0, so the pairs are found through the capabilities' tool lists, and the
// denominator follows from the numerator: sum max = sum a + sum b - sum min.
#include "analysissteps.h"

namespace sa::analysissteps {

void similarPairs(AnalysisResult *result)
{
    const CapabilityGraph &cg = result->capabilityGraph;
    const auto &g = cg.graph();
    const int n = cg.toolCount();
    std::vector<int> total(size_t(n), 0);
    for (ToolIndex t = 0; t < n; ++t) {
        for (const auto e : boost::make_iterator_range(boost::out_edges(cg.toolVertex(t), g)))
            total[size_t(t)] += g[e].strength;
    }
    struct Pair
    {
        ToolIndex a, b;
        int shared; // sum of min
        int union_; // sum of max
    };
    std::vector<Pair> pairs;
    std::vector<int> shared(size_t(n), 0);
    std::vector<ToolIndex> touched;
    for (ToolIndex a = 0; a < n; ++a) {
        for (const auto e : boost::make_iterator_range(boost::out_edges(cg.toolVertex(a), g))) {
            const int sa = g[e].strength;
            const auto c = boost::target(e, g);
            for (const auto f : boost::make_iterator_range(boost::in_edges(c, g))) {
                const ToolIndex b = cg.toolOf(boost::source(f, g));
                if (b <= a)
                    continue;
                if (shared[size_t(b)] == 0)
                    touched.push_back(b);
                shared[size_t(b)] += std::min(sa, g[f].strength);
            }
        }
        for (const ToolIndex b : touched) {
            const int m = shared[size_t(b)];
            const int u = total[size_t(a)] + total[size_t(b)] - m;
            if (result->nameBefore(a, b))
                pairs.push_back(Pair{a, b, m, u});
            else
                pairs.push_back(Pair{b, a, m, u});
            shared[size_t(b)] = 0;
        }
        touched.clear();
    }
    // Exact order on the fractions (cross-multiplied), so equal similarities tie exactly.
    std::sort(pairs.begin(), pairs.end(), [result](const Pair &x, const Pair &y) {
        const qint64 lx = qint64(x.shared) * y.union_, ly = qint64(y.shared) * x.union_;
        if (lx != ly)
            return lx > ly;
        if (x.a != y.a)
            return result->nameBefore(x.a, y.a);
        return result->nameBefore(x.b, y.b);
    });
    result->similarPairs.reserve(pairs.size());
    for (const Pair &p : pairs)
        result->similarPairs.push_back(SimilarPair{p.a, p.b, double(p.shared) / double(p.union_)});
}

} // namespace sa::analysissteps
