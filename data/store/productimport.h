#pragma once

#include "catalogue/cataloguestore.h"

#include <QSqlDatabase>

namespace sa {

// Adds or updates many products (matched by slug) in one transaction: all land or none
// does, also when the progress callback cancels. Statements and lookups are reused
// across products, and the search index is written once per product at the end, so that
// tens of thousands of products import in well under a second. An update never erases:
// fields and lists left empty in the imported product keep the stored value.
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
