#pragma once

#include "ids.h"

#include <QString>

namespace sa {

// A landscape category (parentSlug empty) or one of its subcategories.
struct Category
{
    CategoryId id = 0;
    CategoryId parentId = 0;
    QString slug;
    QString parentSlug;
    QString name;

    bool isTopLevel() const { return parentSlug.isEmpty(); }
    friend bool operator==(const Category &, const Category &) = default;
};

} // namespace sa
