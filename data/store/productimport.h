#pragma once

#include "catalogue/cataloguestore.h"

#include <QSqlDatabase>

namespace sa {

// Adds or updates many products (matched by slug) in one transaction: all land or none
// does, also when the progress callback cancels. Every reference is read into maps
// first (ReferenceResolver::preload), statements are prepared once and reused, and the
// search rows of new products are built in memory and written together at the end
// (SearchIndex::prepareBulkWrite), so that 15,000 products import in under a second.
// An update never erases: fields and lists left empty in the imported product keep the
// stored value.
class ProductImport
{
public:
    explicit ProductImport(QSqlDatabase db);

    Expected<ImportSummary> run(const std::vector<Product> &products, const ProgressFn &progress);

    // The stored product with the imported one's non-empty fields laid over it.
    static Product overlay(const Product &stored, const Product &imported);

private:
    QSqlDatabase m_db;
};

} // namespace sa
