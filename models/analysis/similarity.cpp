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

// Each capability's tools as one flat run of (name rank, strength), filled in name order
// so every run is sorted by rank; and for each tool, in name order, where each of its
// capabilities' runs continues past the tool itself. The pair loop then walks flat arrays
// only: walking the graph's in-edges instead reads edge properties scattered over the whole
// edge array, and that cache traffic grew the time per edge with the size of the stack.
struct CapabilityRuns
{
    struct Entry
    {
        int rank;
        int strength;
    };
    struct Tail // the part of one capability's run after a given tool
    {
        int begin;
        int end;
        int strength; // the given tool's strength
    };
    std::vector<Entry> entries;
    std::vector<Tail> tails;       // by tool in name order, then by its capabilities
    std::vector<size_t> toolTails; // tool rank -> first tail; one more at the end
};

CapabilityRuns capabilityRuns(const AnalysisResult &result)
{
    const CapabilityGraph &cg = result.capabilityGraph;
    const auto &g = cg.graph();
    std::vector<int> next(size_t(cg.capabilityCount()) + 1, 0);
    for (CapabilityIndex c = 0; c < cg.capabilityCount(); ++c)
        next[size_t(c) + 1] = next[size_t(c)] + int(boost::in_degree(cg.capabilityVertex(c), g));
    const std::vector<int> runEnd(next.begin() + 1, next.end());
    CapabilityRuns runs;
    runs.entries.resize(size_t(next.back()));
    runs.tails.reserve(runs.entries.size());
    runs.toolTails.reserve(result.toolsByName().size() + 1);
    int rank = 0;
    for (const ToolIndex a : result.toolsByName()) {
        runs.toolTails.push_back(runs.tails.size());
        for (const auto e : boost::make_iterator_range(boost::out_edges(cg.toolVertex(a), g))) {
            const size_t c = size_t(cg.capabilityOf(boost::target(e, g)));
            const int at = next[c]++;
            runs.entries[size_t(at)] = {rank, g[e].strength};
            runs.tails.push_back({at + 1, runEnd[c], g[e].strength});
        }
        ++rank;
    }
    runs.toolTails.push_back(runs.tails.size());
    return runs;
}

} // namespace

void similarPairs(AnalysisResult *result)
{
    const std::vector<ToolIndex> &byName = result->toolsByName();
    const CapabilityRuns runs = capabilityRuns(*result);
    const size_t n = byName.size();
    std::vector<int> total(n, 0); // by name rank
    for (size_t r = 0; r < n; ++r) {
        for (size_t k = runs.toolTails[r]; k < runs.toolTails[r + 1]; ++k)
            total[r] += runs.tails[k].strength;
    }
    std::vector<SimilarPair> pairs;
    std::vector<int> shared(n, 0); // sum of min with the current tool, by name rank
    std::vector<int> touched;
    // Each pair once from its first tool by name, so pairs come out in (a, b) name order.
    for (size_t r = 0; r < n; ++r) {
        for (size_t k = runs.toolTails[r]; k < runs.toolTails[r + 1]; ++k) {
            const CapabilityRuns::Tail &tail = runs.tails[k];
            for (int i = tail.begin; i < tail.end; ++i) {
                const CapabilityRuns::Entry &other = runs.entries[size_t(i)];
                if (shared[size_t(other.rank)] == 0)
                    touched.push_back(other.rank);
                shared[size_t(other.rank)] += std::min(tail.strength, other.strength);
            }
        }
        std::sort(touched.begin(), touched.end());
        for (const int b : touched) {
            const int m = shared[size_t(b)];
            const int all = total[r] + total[size_t(b)] - m;
            pairs.push_back(SimilarPair{byName[r], byName[size_t(b)], double(m) / double(all)});
            shared[size_t(b)] = 0;
        }
        touched.clear();
    }
    sortBySimilarity(pairs, &result->similarPairs);
}

} // namespace sa::analysissteps
