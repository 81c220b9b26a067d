#pragma once

#include "domain/product.h"
#include "domain/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace sa {

// Finds the row ids that products and capabilities refer to by id, slug or name, and
// remembers the answers, so that an import of thousands of products looks each vendor
// and capability up once. A found id of 0 means "no such row". Vendors that do not exist
// yet are created (origin user) on request.
class ReferenceResolver
{
public:
    explicit ReferenceResolver(QSqlDatabase db);

    Expected<CategoryId> category(CategoryId id, const QString &slug);
    Expected<CapabilityId> capability(CapabilityId id, const QString &slug, const QString &name);
    Expected<ProductId> product(ProductId id, const QString &slug);
    // By vendorSlug, then vendorName (case-insensitive); created when new and create is
    // set. 0 when the product names no vendor.
    Expected<VendorId> vendor(const Product &product, bool create);

    // Keeps the product cache right after inserts, slug changes and deletes.
    void setProduct(const QString &slug, ProductId id) { m_products.insert(slug, id); }

private:
    Expected<qint64> lookup(QSqlQuery &query, const QString &sql, const QVariant &key);
    Expected<VendorId> createVendor(const QString &slug, const QString &name);

    QSqlDatabase m_db;
    QHash<QString, CategoryId> m_categories;
    QHash<QString, CapabilityId> m_capabilities;
    QHash<QString, CapabilityId> m_capabilityNames;
    QHash<QString, ProductId> m_products;
    QHash<QString, VendorId> m_vendorSlugs;
    QHash<QString, VendorId> m_vendorNames;
    QSqlQuery m_categoryById, m_categoryBySlug, m_capabilityById, m_capabilityBySlug,
        m_capabilityByName, m_productById, m_productBySlug, m_vendorBySlug, m_vendorByName,
        m_insertVendor;
};

} // namespace sa
