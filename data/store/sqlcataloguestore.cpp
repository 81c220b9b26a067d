#include "sqlcataloguestore.h"

#include "cataloguequeries.h"
#include "productreader.h"
#include "rowversion.h"

namespace sa {

CatalogueStats SqlCatalogueStore::stats() const
{
    return CatalogueQueries(readConnection()).stats();
}

std::vector<Category> SqlCatalogueStore::categories() const
{
    return CatalogueQueries(readConnection()).categories();
}

std::vector<Capability> SqlCatalogueStore::capabilities() const
{
    return CatalogueQueries(readConnection()).capabilities();
}

std::vector<Vendor> SqlCatalogueStore::vendors() const
{
    return CatalogueQueries(readConnection()).vendors();
}

std::map<CategoryId, int> SqlCatalogueStore::productCounts() const
{
    return CatalogueQueries(readConnection()).productCounts();
}

std::optional<Product> SqlCatalogueStore::product(ProductId id) const
{
    return ProductReader(readConnection()).byId(id);
}

std::optional<Product> SqlCatalogueStore::productBySlug(const QString &slug) const
{
    const ProductReader reader(readConnection());
    const ProductId id = reader.idBySlug(slug);
    return id ? reader.byId(id) : std::nullopt;
}

std::vector<CapabilityUse> SqlCatalogueStore::capabilityUses(CapabilityId id) const
{
    return CatalogueQueries(readConnection()).capabilityUses(id);
}

std::vector<Product> SqlCatalogueStore::allProducts() const
{
    return ProductReader(readConnection()).all();
}

std::optional<VersionedProduct> SqlCatalogueStore::versionedProduct(ProductId id) const
{
    return RowVersion::read(readConnection(), id);
}

Status SqlCatalogueStore::updateProduct(const Product &product)
{
    const Expected<VersionedUpdate> done = updateProductIfVersion(product, 0);
    if (!done)
        return done.error();
    if (!done->written)
        return Error::badInput(u"there is no product with the id " + QString::number(product.id));
    return success();
}

} // namespace sa
