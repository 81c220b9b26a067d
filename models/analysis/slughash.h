#pragma once

#include <QString>

#include <cstddef>

namespace sa {

// A fast hash for the short ASCII slugs the analysis looks up once per edge (FNV-1a over
// the UTF-16 units). qHash(QString) is seeded SipHash, built against attacker-chosen
// keys and several times slower; slugs come from the user's own workspace.
struct SlugHash
{
    size_t operator()(const QString &slug) const noexcept;
};

} // namespace sa
