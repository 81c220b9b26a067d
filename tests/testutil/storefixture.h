#pragma once

#include "catalogue/cataloguecontent.h"
#include "store/sqlitecataloguestore.h"

#include <memory>

namespace sa::test {

// The small fixture catalogue (tests/fixtures/catalogue-small): 3 categories,
// 6 subcategories, 11 capabilities, 4 vendors, 12 products. Fails the test (QVERIFY)
// when it does not read cleanly.
CatalogueReadResult smallCatalogue();

// A catalogue file at path built from the small fixture; nullptr (and a test failure
// message) when it cannot be opened.
std::unique_ptr<SqliteCatalogueStore> openSmallCatalogue(const QString &path);

// The id of a product by slug in a store, 0 when absent.
ProductId productId(const CatalogueStore &store, const QString &slug);
CapabilityId capabilityId(const CatalogueStore &store, const QString &slug);
CategoryId categoryId(const CatalogueStore &store, const QString &slug);

} // namespace sa::test
