#pragma once

#include "catalogue/cataloguestore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace sa {

// The catalogue's writes in PostgreSQL's SQL (the SQLite writers go through SQLite's C
// API): products with their aliases, capabilities and integrations, capabilities with
// their aliases and uses, categories, and each written product's search document. The
// caller owns the transaction. References are resolved as ProductWriter does: by id,
// then slug, then case-insensitive name; vendors are created when new. New ids are
// max(id) + 1, as SQLite gives them; the serializable transaction makes a race for the
// same id fail with 40001 and be run again.
class PostgresWriter
{
public:
    struct Row
    {
        QString slug;
        Origin origin = Origin::User;
    };

    explicit PostgresWriter(QSqlDatabase db);

    // For bulk writes: search documents are rewritten once, by flushSearch(), instead of
    // after each product.
    void deferSearch() { m_deferSearch = true; }
    Status flushSearch();

    // The slug and origin of a product or capability ("product", "capability").
    Expected<std::optional<Row>> row(const char *table, qint64 id);

    Expected<ProductId> insertProduct(const Product &product, Origin origin, bool edited);
    // The fields, aliases and capabilities; the version is RowVersion's.
    Status updateProduct(ProductId id, const Product &product, bool edited);
    Status setIntegrations(ProductId id, const std::vector<ProductIntegration> &integrations);
    Status removeProduct(ProductId id);

    Expected<CapabilityId> insertCapability(const Capability &capability, Origin origin);
    Status updateCapability(CapabilityId id, const Capability &capability, bool edited);
    Status addUses(CapabilityId id, const std::vector<CapabilityUse> &uses);
    Status removeCapability(CapabilityId id);

    // A category by slug, added when missing (its parent must be there or come first);
    // true in *added when it was.
    Expected<CategoryId> ensureCategory(const Category &category, bool *added);
    // A vendor by slug, added with its details when missing.
    Status ensureVendor(const Vendor &vendor);

    // Rewrites the search documents of these products (of every product using capability
    // id for refreshCapabilityUsers) from the view product_search_document.
    Status refreshSearch(const std::vector<ProductId> &ids);
    Status refreshCapabilityUsers(CapabilityId id);

    // A product's or capability's slug may change unless it is shipped or taken.
    Status checkSlugChange(const char *table, const Row &old, const QString &slug);

    Expected<ProductId> productBySlug(const QString &slug);
    Expected<CapabilityId> capabilityBySlug(const QString &slug);

private:
    // The table's name quoted as an identifier, for the statements shared by tables.
    QString tableName(const char *table) const;
    Expected<QSqlQuery> run(const QString &sql, const QVariantList &values, const QString &doing);
    Expected<qint64> lookup(const QString &sql, const QVariantList &values);
    Expected<qint64> nextId(const char *table);
    // The row of table with this id, else with this slug; 0 when neither is there.
    Expected<qint64> byIdOrSlug(const char *table, qint64 id, const QString &slug);
    Expected<VendorId> vendorFor(const Product &product);
    Expected<CategoryId> categoryFor(CategoryId id, const QString &slug);
    Expected<CapabilityId> capabilityFor(const ProductCapability &pc);
    Expected<QVariantList> productValues(const Product &product, bool edited);
    Status writeProductDetails(ProductId id, const Product &product);
    Status writeCapabilityAliases(CapabilityId id, const Capability &capability);

    QSqlDatabase m_db;
    bool m_deferSearch = false;
    std::vector<ProductId> m_pending;
};

} // namespace sa
