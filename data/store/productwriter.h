#pragma once

#include "domain/product.h"
#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace sa {

class ReferenceResolver;
class SearchIndex;

// Writes products with their aliases, capabilities and integrations. Statements are
// prepared once per writer and reused, so that an import of thousands of products runs
// at SQLite's speed; every product touched is marked in the search index. The caller
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
    Status bindRow(QSqlQuery &q, const Product &product, bool edited);
    Status writeDetails(ProductId id, const Product &product, bool replace);
    QSqlQuery &statement(QSqlQuery &query, const QString &sql);

    QSqlDatabase m_db;
    ReferenceResolver &m_refs;
    SearchIndex &m_index;
    Unknown m_unknown;
    QSqlQuery m_insert, m_update, m_deleteAliases, m_insertAlias, m_deleteCapabilities,
        m_insertCapability, m_deleteIntegrations, m_insertIntegration;
};

} // namespace sa
