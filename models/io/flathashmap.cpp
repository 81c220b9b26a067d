#include "flathashmap.h"

namespace sa {

namespace {

quint64 stored(quint64 key)
{
    return key ? key : 1;
}

} // namespace

size_t FlatHashMap::probeStart(quint64 key) const
{
    // MurmurHash3's finalizer: the table uses the low bits, FNV spreads the high ones best.
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdull;
    key ^= key >> 33;
    key *= 0xc4ceb9fe1a85ec53ull;
    key ^= key >> 33;
    return size_t(key) & (m_slots.size() - 1);
}

void FlatHashMap::reserve(size_t entries)
{
    size_t capacity = 16;
    while (capacity < entries * 2)
        capacity *= 2;
    if (capacity > m_slots.size())
        grow(capacity);
}

void FlatHashMap::grow(size_t capacity)
{
    std::vector<Slot> old(capacity);
    old.swap(m_slots);
    for (const Slot &s : old) {
        if (!s.key)
            continue;
        size_t at = probeStart(s.key);
        while (m_slots[at].key)
            at = (at + 1) & (m_slots.size() - 1);
        m_slots[at] = s;
    }
}

void FlatHashMap::prefetch(quint64 key) const
{
    if (!m_slots.empty())
        __builtin_prefetch(&m_slots[probeStart(key ? key : 1)]);
}

int FlatHashMap::value(quint64 key, int missing) const
{
    if (m_slots.empty())
        return missing;
    key = stored(key);
    for (size_t at = probeStart(key);; at = (at + 1) & (m_slots.size() - 1)) {
        if (m_slots[at].key == key)
            return m_slots[at].value;
        if (!m_slots[at].key)
            return missing;
    }
}

int &FlatHashMap::slot(quint64 key, int missing)
{
    if ((m_size + 1) * 2 > m_slots.size())
        grow(m_slots.empty() ? 16 : m_slots.size() * 2);
    key = stored(key);
    size_t at = probeStart(key);
    while (m_slots[at].key && m_slots[at].key != key)
        at = (at + 1) & (m_slots.size() - 1);
    if (!m_slots[at].key) {
        m_slots[at] = {key, missing};
        ++m_size;
    }
    return m_slots[at].value;
}

} // namespace sa
