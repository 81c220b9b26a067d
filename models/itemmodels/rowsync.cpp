#include "rowsync.h"

#include <unordered_map>
#include <unordered_set>

namespace sa {

namespace {

// Positions (into seq) of one longest strictly increasing subsequence of seq.
std::vector<size_t> longestIncreasingRun(const std::vector<int> &seq)
{
    std::vector<size_t> tails; // tails[k]: position of the smallest tail of a run of length k+1
    std::vector<long> previous(seq.size(), -1);
    for (size_t i = 0; i < seq.size(); ++i) {
        const auto slot
            = std::lower_bound(tails.begin(), tails.end(), seq[i], [&seq](size_t pos, int value) {
                  return seq[pos] < value;
              });
        if (slot != tails.begin())
            previous[i] = long(*(slot - 1));
        if (slot == tails.end())
            tails.push_back(i);
        else
            *slot = i;
    }
    std::vector<size_t> run;
    for (long i = tails.empty() ? -1 : long(tails.back()); i >= 0; i = previous[size_t(i)])
        run.push_back(size_t(i));
    std::reverse(run.begin(), run.end());
    return run;
}

int indexOf(const std::vector<qint64> &keys, qint64 key)
{
    return int(std::find(keys.begin(), keys.end(), key) - keys.begin());
}

} // namespace

std::vector<RowSync::Step> RowSync::steps(const std::vector<qint64> &oldKeys,
                                          const std::vector<qint64> &newKeys)
{
    std::vector<Step> result;
    std::unordered_map<qint64, int> newIndex;
    for (size_t i = 0; i < newKeys.size(); ++i)
        newIndex[newKeys[i]] = int(i);

    // Removals, bottom up, in runs, so that the row numbers stay valid.
    std::vector<qint64> keys = oldKeys;
    for (int last = int(keys.size()) - 1; last >= 0; --last) {
        if (newIndex.contains(keys[size_t(last)]))
            continue;
        int first = last;
        while (first > 0 && !newIndex.contains(keys[size_t(first - 1)]))
            --first;
        result.push_back({Step::Remove, first, last, 0});
        keys.erase(keys.begin() + first, keys.begin() + last + 1);
        last = first;
    }

    // Moves: the rows of the longest run already in the new order stay; each other row
    // goes right after the row that precedes it in the new order (or to the top).
    std::vector<int> order;
    for (qint64 key : keys)
        order.push_back(newIndex.at(key));
    std::unordered_set<qint64> placed;
    for (size_t pos : longestIncreasingRun(order))
        placed.insert(keys[pos]);
    for (size_t i = 0; i < newKeys.size(); ++i) {
        const qint64 key = newKeys[i];
        const int from = indexOf(keys, key);
        if (from == int(keys.size()) || placed.contains(key))
            continue; // new (inserted below) or staying
        int to = 0;
        for (size_t j = i; j-- > 0;) {
            if (placed.contains(newKeys[j])) {
                to = indexOf(keys, newKeys[j]) + 1;
                break;
            }
        }
        if (to != from && to != from + 1) {
            result.push_back({Step::Move, from, from, to});
            const qint64 moved = keys[size_t(from)];
            keys.erase(keys.begin() + from);
            keys.insert(keys.begin() + (to > from ? to - 1 : to), moved);
        }
        placed.insert(key);
    }

    // Inserts, top down: every kept row is now in its final relative order.
    for (size_t i = 0; i < newKeys.size(); ++i) {
        if (i < keys.size() && keys[i] == newKeys[i])
            continue;
        result.push_back({Step::Insert, int(i), int(i), 0});
        keys.insert(keys.begin() + qsizetype(i), newKeys[i]);
    }
    return result;
}

} // namespace sa
