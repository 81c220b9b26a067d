#pragma once

#include "domain/product.h"
#include "domain/result.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

namespace sa {

// Finds the row ids that products and capabilities refer to by id, slug or name, and
// remembers the answers, so that an import of thousands of products looks each vendor
// and capability up once. A found id of 0 means "no such row". Vendors that do not exist
// yet are created (origin user) on request. preload() reads every category, capability,
// vendor and product key in one pass each; from then on no lookup runs SQL, which is
// what a bulk import wants (the writers keep the maps right through setProduct() and
// the vendors created here).
class ReferenceResolver
{
public:
    explicit ReferenceResolver(QSqlDatabase db);

    Status preload();

    Expected<CategoryId> category(CategoryId id, const QString &slug);
    Expected<CapabilityId> capability(CapabilityId id, const QString &slug, const QString &name);
    Expected<ProductId> product(ProductId id, const QString &slug);
    // By vendorSlug, then vendorName (case-insensitive); created when new and create is
    // set. 0 when the product names no vendor.
    Expected<VendorId> vendor(const Product &product, bool create);

    // The stored name of vendor id ('' when there is none).
    Expected<QString> vendorName(VendorId id);

    // Keeps the product cache right after inserts, slug changes and deletes (id 0).
    void setProduct(const QString &slug, ProductId id);

private:
    // Ids by key, as read by preload() (complete) or cached one lookup at a time.
    struct Keys
    {
        QHash<QString, qint64> bySlug;
        QHash<QString, qint64> byName; // preloaded: nocaseKey(name) -> lowest id
        QSet<qint64> ids;              // preloaded only
    };

    Expected<qint64> lookup(SqliteStatement &statement, const char *sql, const QString &key);
    Expected<qint64> lookup(SqliteStatement &statement, const char *sql, qint64 key);
    Expected<qint64> byId(Keys &keys, SqliteStatement &statement, const char *sql, qint64 id);
    Expected<qint64>
    bySlug(Keys &keys, SqliteStatement &statement, const char *sql, const QString &slug);
    Expected<qint64>
    byName(Keys &keys, SqliteStatement &statement, const char *sql, const QString &name);
    Expected<VendorId> createVendor(const QString &slug, const QString &name);

    QSqlDatabase m_db;
    bool m_preloaded = false;
    Keys m_categories, m_capabilities, m_products, m_vendors;
    QHash<QString, VendorId> m_vendorNames; // case-folded name -> vendor, as found or made
    QHash<VendorId, QString> m_vendorNameById;
    SqliteStatement m_categoryById, m_categoryBySlug, m_capabilityById, m_capabilityBySlug,
        m_capabilityByName, m_productById, m_productBySlug, m_vendorBySlug, m_vendorByName,
        m_insertVendor, m_vendorNameOf;
};

} // namespace sa
