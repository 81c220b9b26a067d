#pragma once

#include "domain/capability.h"
#include "domain/category.h"

#include <QHash>

#include <vector>

namespace sa {

// Finds the catalogue's categories and capabilities the way people write them in a
// spreadsheet: by slug, by name or alias ignoring case, or by a spelling that slugifies
// to the same words ("email-campaign sending" for "Email campaign sending"). Takes plain
// vectors, not a store, so the CSV code stays free of storage and is testable with a
// handful of values. Subcategories win over top-level categories of the same name.
class CatalogueCsvLookup
{
public:
    CatalogueCsvLookup(std::vector<Category> categories, std::vector<Capability> capabilities);

    const Category *category(QStringView text) const;     // nullptr when unknown
    const Capability *capability(QStringView text) const; // nullptr when unknown

private:
    template<typename T>
    static const T *find(const std::vector<T> &items,
                         const QHash<QString, int> &exact,
                         const QHash<QString, int> &slugged,
                         QStringView text);

    std::vector<Category> m_categories;
    std::vector<Capability> m_capabilities;
    QHash<QString, int> m_categoryKeys;  // case-folded slug or name -> index
    QHash<QString, int> m_categorySlugs; // slugify(name), slug -> index
    QHash<QString, int> m_capabilityKeys;
    QHash<QString, int> m_capabilitySlugs;
};

} // namespace sa
