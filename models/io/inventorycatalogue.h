#pragma once

#include "cataloguecsvlookup.h"
#include "domain/category.h"
#include "domain/product.h"
#include "namematcher.h"

#include <QHash>

#include <vector>

namespace sa {

// The catalogue as an inventory import needs it, from plain values (no store): the
// products with their vendor names filled (the matcher and the snapshots use them), the
// capabilities (the catalogue's and the workspace's own, so that a second import finds
// the local capabilities of the first) and the categories. Lookups are built once and
// shared by every preview; matching a row is a NameMatcher call.
class InventoryCatalogue
{
public:
    InventoryCatalogue(std::vector<Product> products,
                       std::vector<Capability> capabilities,
                       std::vector<Category> categories);

    const std::vector<Product> &products() const { return m_products; }
    const Product *product(const QString &slug) const; // nullptr when unknown
    const NameMatcher &matcher() const { return m_matcher; }
    const CatalogueCsvLookup &lookup() const { return m_lookup; }

private:
    std::vector<Product> m_products;
    QHash<QString, size_t> m_bySlug;
    NameMatcher m_matcher;
    CatalogueCsvLookup m_lookup;
};

} // namespace sa
