#pragma once

#include "domain/product.h"
#include "domain/result.h"
#include "sqlitestatement.h"

#include <QSqlDatabase>
#include <QStringList>

namespace sa {

class ReferenceResolver;
class SearchIndex;

// Writes products with their aliases, capabilities and integrations. Statements are
// prepared once per writer and reused (SqliteStatement: straight through SQLite's C
// API), so that an import of thousands of products runs at SQLite's speed; every
// product touched is marked in the search index. The caller
// owns the transaction. References (vendor, category, capabilities, integrated
// products) are resolved by id, slug or name; an unknown one is an error, or, for the
// shipped-catalogue merge, skipped (a capability the user deleted stays deleted).
class ProductWriter
{
public:
    enum class Unknown { Fail, Skip };

    ProductWriter(QSqlDatabase db,
                  ReferenceResolver &refs,
                  SearchIndex &index,
                  Unknown unknown = Unknown::Fail);

    // Inserts a product (keeping product.id when non-zero) with its aliases and
    // capabilities; integrations are written separately, once all products exist.
    Expected<ProductId> insert(const Product &product, Origin origin, bool edited);
    // Rewrites product id's fields, aliases and capabilities. The origin stays.
    Status update(ProductId id, const Product &product, bool edited);
    // Replaces every integration of product id.
    Status setIntegrations(ProductId id, const std::vector<ProductIntegration> &integrations);
    // Adds one integration (or changes its kind) without touching the others.
    Status addIntegration(ProductId a, ProductId b, IntegrationKind kind);

    // The slug a product is stored under: its own, or one made from its name.
    static QString slugFor(const Product &product);

private:
    // Binds the product's columns; returns its vendor's id.
    Expected<VendorId> bindRow(SqliteStatement &q, const Product &product, bool edited);
    // Aliases and capabilities; the ids of the capabilities written go to *capabilities.
    Status writeDetails(ProductId id,
                        const Product &product,
                        bool replace,
                        std::vector<CapabilityId> *capabilities = nullptr);
    SqliteStatement &statement(SqliteStatement &statement, const char *sql);
    Status insertCapabilities(ProductId id,
                              const std::vector<std::pair<qint64, int>> &rows,
                              const Product &product);

    QSqlDatabase m_db;
    ReferenceResolver &m_refs;
    SearchIndex &m_index;
    Unknown m_unknown;
    SqliteStatement m_insert, m_update, m_deleteAliases, m_insertAlias, m_deleteCapabilities,
        m_deleteIntegrations, m_insertIntegration;
    // [n - 1] inserts n capability rows: one statement per product, not one per row.
    static constexpr int kCapabilityBatch = 8;
    SqliteStatement m_insertCapabilities[kCapabilityBatch];
};

} // namespace sa
