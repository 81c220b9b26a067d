// Pair similarity: the weighted Jaccard index of two tools' strength vectors,
// sum of min(a_c, b_c) over sum of max(a_c, b_c). Only pairs that share a capability have
// one above 0, so the pairs are found through the capabilities' tool lists, and the
// denominator follows from the numerator: sum max = sum a + sum b - sum min. Pairs come
// out in name order and are then bucketed by similarity (few distinct values), so the
// whole step stays linear in the pairs it visits.
#include "analysissteps.h"

#include <bit>
#include <unordered_map>
#include <utility>

namespace sa::analysissteps {

namespace {

// Stable counting sort by similarity, highest first. Equal fractions give equal doubles
// (division is correctly rounded), so the double is an exact key, and there are few
// distinct values. Keys are the doubles' bits: for positive doubles they order as the
// values do, and they hash as plain integers.
void sortBySimilarity(const std::vector<SimilarPair> &pairs, std::vector<SimilarPair> *out)
{
    std::unordered_map<quint64, size_t> bucket; // value -> count, then -> next slot
    for (const SimilarPair &p : pairs)
        ++bucket[std::bit_cast<quint64>(p.similarity)];
    std::vector<quint64> values;
    values.reserve(bucket.size());
    for (const auto &[value, count] : bucket)
        values.push_back(value);
    std::sort(values.begin(), values.end(), std::greater<quint64>());
    size_t next = 0;
    for (const quint64 v : values)
        next += std::exchange(bucket[v], next);
    out->resize(pairs.size());
    for (const SimilarPair &p : pairs)
        (*out)[bucket[std::bit_cast<quint64>(p.similarity)]++] = p;
}

} // namespace

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
    std::vector<SimilarPair> pairs;
    std::vector<int> shared(size_t(n), 0); // sum of min with the current tool
    std::vector<ToolIndex> touched;
    // By name, each pair once from its first tool, so pairs come out in (a, b) name order.
    for (const ToolIndex a : result->toolsByName()) {
        const int rank = result->nameRank(a);
        for (const auto e : boost::make_iterator_range(boost::out_edges(cg.toolVertex(a), g))) {
            const int sa = g[e].strength;
            for (const auto f :
                 boost::make_iterator_range(boost::in_edges(boost::target(e, g), g))) {
                const ToolIndex b = cg.toolOf(boost::source(f, g));
                if (result->nameRank(b) <= rank)
                    continue;
                if (shared[size_t(b)] == 0)
                    touched.push_back(b);
                shared[size_t(b)] += std::min(sa, g[f].strength);
            }
        }
        std::sort(touched.begin(), touched.end(), [result](ToolIndex x, ToolIndex y) {
            return result->nameBefore(x, y);
        });
        for (const ToolIndex b : touched) {
            const int m = shared[size_t(b)];
            const int all = total[size_t(a)] + total[size_t(b)] - m;
            pairs.push_back(SimilarPair{a, b, double(m) / double(all)});
            shared[size_t(b)] = 0;
        }
        touched.clear();
    }
    sortBySimilarity(pairs, &result->similarPairs);
}

} // namespace sa::analysissteps
