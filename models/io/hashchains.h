#pragma once

#include "flathashmap.h"

#include <vector>

namespace sa {

// A multimap from 64-bit hashes to small integers without an allocation per entry: one
// hash table of chain heads and one array of links. NameMatchIndex keeps its name keys in
// three of these; building one is a hash insert and a push_back per entry.
class HashChains
{
public:
    void reserve(size_t entries);
    void add(quint64 hash, int value); // a value equal to the chain's last is not repeated
    std::vector<int> values(quint64 hash) const; // most recently added first
    void prefetch(quint64 hash) const { m_heads.prefetch(hash); }

private:
    struct Link
    {
        int value;
        int previous;
    };
    FlatHashMap m_heads; // hash -> one past the index in m_links of its last entry
    std::vector<Link> m_links;
};

} // namespace sa
