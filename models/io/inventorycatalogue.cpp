#include "inventorycatalogue.h"

namespace sa {

InventoryCatalogue::InventoryCatalogue(std::vector<Product> products,
                                       std::vector<Capability> capabilities,
                                       std::vector<Category> categories)
    : m_products(std::move(products))
    , m_matcher(m_products)
    , m_lookup(std::move(categories), std::move(capabilities))
{
    m_bySlug.reserve(qsizetype(m_products.size()));
    for (size_t i = 0; i < m_products.size(); ++i)
        m_bySlug.insert(m_products[i].slug, i);
}

const Product *InventoryCatalogue::product(const QString &slug) const
{
    const auto it = m_bySlug.constFind(slug);
    return it == m_bySlug.constEnd() ? nullptr : &m_products[*it];
}

} // namespace sa
