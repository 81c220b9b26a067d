#include "vendornames.h"

#include <algorithm>

namespace sa {

void VendorNames::reserve(size_t names)
{
    m_vendors.reserve(names);
    m_firstWords.reserve(names);
}

void VendorNames::add(const NameWords &words, int vendor)
{
    if (words.empty())
        return;
    m_vendors.slot(joinedHash(words), vendor) = vendor;
    int &longest = m_firstWords.slot(words.front().hash, 0);
    longest = std::max(longest, int(words.size()));
    m_maxWords = std::max(m_maxWords, words.size());
}

int VendorNames::find(const NameWords &words, size_t from, size_t count) const
{
    if (count == 0 || count > m_maxWords || from + count > words.size())
        return -1;
    return m_vendors.value(joinedHash(words, from, count));
}

int VendorNames::find(const NameWords &words) const
{
    return find(words, 0, words.size());
}

int VendorNames::prefixLength(const NameWords &words, size_t from, int *vendor) const
{
    const size_t available = from < words.size() ? words.size() - from : 0;
    if (available == 0)
        return 0;
    const size_t longest = size_t(m_firstWords.value(words[from].hash, 0));
    for (size_t len = std::min(available, longest); len > 0; --len) {
        if (const int v = find(words, from, len); v >= 0) {
            if (vendor)
                *vendor = v;
            return int(len);
        }
    }
    return 0;
}

int VendorNames::suffixLength(const NameWords &words, int *vendor) const
{
    for (size_t len = std::min(words.size(), m_maxWords); len > 0; --len) {
        if (const int v = find(words, words.size() - len, len); v >= 0) {
            if (vendor)
                *vendor = v;
            return int(len);
        }
    }
    return 0;
}

} // namespace sa
