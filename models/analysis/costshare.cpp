#include "costshare.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace sa {

void splitInProportion(Cents amount, std::span<const int> weights, std::span<Cents> parts)
{
    const qint64 total = std::accumulate(weights.begin(), weights.end(), qint64(0));
    std::fill(parts.begin(), parts.end(), Cents(0));
    if (total <= 0 || amount == 0)
        return;
    const Cents magnitude = amount < 0 ? -amount : amount;
    // floor(m x w / W) without overflow: m = q W + r, so m w / W = q w + r w / W.
    const qint64 q = magnitude / total;
    const qint64 r = magnitude % total;
    std::vector<qint64> remainders(weights.size());
    Cents given = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        parts[i] = q * weights[i] + (r * weights[i]) / total;
        remainders[i] = (r * weights[i]) % total;
        given += parts[i];
    }
    std::vector<size_t> order(weights.size());
    std::iota(order.begin(), order.end(), size_t(0));
    Cents missing = magnitude - given; // fewer than the number of parts
    std::stable_sort(order.begin(), order.end(), [&remainders](size_t a, size_t b) {
        return remainders[a] > remainders[b];
    });
    for (size_t k = 0; k < order.size() && missing > 0; ++k, --missing)
        ++parts[order[k]];
    if (amount < 0) {
        for (Cents &p : parts)
            p = -p;
    }
}

} // namespace sa
