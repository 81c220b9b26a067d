#include "hashchains.h"

namespace sa {

void HashChains::reserve(size_t entries)
{
    m_heads.reserve(entries);
    m_links.reserve(entries);
}

void HashChains::add(quint64 hash, int value)
{
    int &head = m_heads.slot(hash, 0);
    if (!m_links.empty() && head > 0 && m_links[size_t(head - 1)].value == value)
        return;
    m_links.push_back({value, head - 1});
    head = int(m_links.size()); // stored one-based, so that 0 is "no chain yet"
}

std::vector<int> HashChains::values(quint64 hash) const
{
    std::vector<int> out;
    for (int i = m_heads.value(hash, 0) - 1; i >= 0; i = m_links[size_t(i)].previous)
        out.push_back(m_links[size_t(i)].value);
    return out;
}

} // namespace sa
