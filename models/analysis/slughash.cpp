#include "slughash.h"

namespace sa {

size_t SlugHash::operator()(const QString &slug) const noexcept
{
    quint64 h = 14695981039346656037ull;
    for (const QChar c : slug) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return size_t(h);
}

} // namespace sa
