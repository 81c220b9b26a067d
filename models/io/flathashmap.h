#pragma once

#include <QtGlobal>

#include <vector>

namespace sa {

// An open-addressing hash table from 64-bit hashes (FNV of names, already spread) to ints,
// for the name index: no allocation per entry and one probe sequence per lookup, which
// keeps building an index over 15,000 products within its few milliseconds. Grows at half
// load; never shrinks or erases.
class FlatHashMap
{
public:
    void reserve(size_t entries);
    size_t size() const { return m_size; }

    int value(quint64 key, int missing = -1) const;
    // Starts loading where key would be, so that a later slot() or value() finds it cached.
    void prefetch(quint64 key) const;
    // The value stored for key, inserting missing first when there is none.
    int &slot(quint64 key, int missing);

private:
    size_t probeStart(quint64 key) const;
    void grow(size_t capacity);

    struct Slot
    {
        quint64 key = 0; // 0 marks an empty slot; a key of 0 is stored as 1
        int value = 0;
    };
    std::vector<Slot> m_slots; // key and value side by side: one cache line a probe
    size_t m_size = 0;
};

} // namespace sa
