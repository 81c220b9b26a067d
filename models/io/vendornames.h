#pragma once

#include "flathashmap.h"
#include "nametoken.h"

namespace sa {

// The vendor names a matcher knows, as folded words, each with the matcher's vendor
// number. Name reduction asks it so that "Microsoft Teams" never shrinks to "Microsoft"
// and "Dynamic Yield by Mastercard" loses the "by Mastercard"; the matcher asks it which
// vendor a name starts or ends with. A lookup costs one hash per candidate length.
class VendorNames
{
public:
    void reserve(size_t names);
    void add(const NameWords &words, int vendor);

    int find(const NameWords &words) const; // -1 when no vendor is named exactly so
    int find(const NameWords &words, size_t from, size_t count) const;
    // The longest vendor name starting at words[from], as its word count (0: none).
    int prefixLength(const NameWords &words, size_t from, int *vendor = nullptr) const;
    // The longest vendor name ending the words, as its word count (0: none).
    int suffixLength(const NameWords &words, int *vendor = nullptr) const;

private:
    FlatHashMap m_vendors;    // joinedHash -> vendor number
    FlatHashMap m_firstWords; // first word's hash -> most words of a name starting so
    size_t m_maxWords = 0;
};

} // namespace sa
