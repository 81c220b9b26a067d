#include "rowsync.h"

#include <algorithm>
#include <unordered_set>

namespace sa {

std::vector<RowSync::Step> RowSync::steps(const std::vector<qint64> &oldKeys,
                                          const std::vector<qint64> &newKeys)
{
    std::vector<Step> result;
    const std::unordered_set<qint64> wanted(newKeys.begin(), newKeys.end());

    // Removals first, bottom up, in runs, so that the row numbers stay valid.
    std::vector<qint64> keys = oldKeys;
    for (int last = int(keys.size()) - 1; last >= 0; --last) {
        if (wanted.contains(keys[size_t(last)]))
            continue;
        int first = last;
        while (first > 0 && !wanted.contains(keys[size_t(first - 1)]))
            --first;
        result.push_back({Step::Remove, first, last, 0});
        keys.erase(keys.begin() + first, keys.begin() + last + 1);
        last = first;
    }

    // Then walk the new order: each position either already holds its key, gets it moved
    // up from further down, or gets a new row.
    for (size_t i = 0; i < newKeys.size(); ++i) {
        if (i < keys.size() && keys[i] == newKeys[i])
            continue;
        const auto found = std::find(keys.begin() + qsizetype(std::min(i, keys.size())),
                                     keys.end(),
                                     newKeys[i]);
        if (found != keys.end()) {
            const int from = int(found - keys.begin());
            result.push_back({Step::Move, from, from, int(i)});
            std::rotate(keys.begin() + qsizetype(i), found, found + 1);
        } else {
            result.push_back({Step::Insert, int(i), int(i), 0});
            keys.insert(keys.begin() + qsizetype(i), newKeys[i]);
        }
    }
    return result;
}

} // namespace sa
