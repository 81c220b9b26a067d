#pragma once

#include "domain/product.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace sa {

// Reads whole products (with vendor, category, aliases, capabilities and integrations)
// back into the domain type: one at a time for the detail panel, or all of them with
// four table scans for export. Lists come back in a stable order: aliases and
// capabilities as they were written, integrations by the other product's name.
class ProductReader
{
public:
    explicit ProductReader(QSqlDatabase db);

    std::optional<Product> byId(ProductId id) const;
    ProductId idBySlug(const QString &slug) const; // 0 when absent
    std::vector<Product> all() const;              // ordered by slug

private:
    QSqlDatabase m_db;
};

} // namespace sa
