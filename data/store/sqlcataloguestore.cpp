#include "sqlcataloguestore.h"

#include "cataloguequeries.h"
#include "productreader.h"
#include "rowversion.h"
#include "tombstones.h"

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

std::optional<VersionedCapability> SqlCatalogueStore::versionedCapability(CapabilityId id) const
{
    return RowVersion::readCapability(readConnection(), id);
}

std::vector<Tombstone> SqlCatalogueStore::tombstones() const
{
    Expected<std::vector<Tombstone>> all = Tombstones::all(readConnection());
    return all ? std::move(*all) : std::vector<Tombstone>();
}

namespace {

Status unchecked(const Expected<VersionedUpdate> &done, const char16_t *what, qint64 id)
{
    if (!done)
        return done.error();
    if (!done->written)
        return Error::badInput(u"there is no " + QString::fromUtf16(what) + u" with the id "
                               + QString::number(id));
    return success();
}

} // namespace

Status SqlCatalogueStore::updateProduct(const Product &product)
{
    return unchecked(updateProductIfVersion(product, 0), u"product", product.id);
}

Status SqlCatalogueStore::updateCapability(const Capability &capability)
{
    return unchecked(updateCapabilityIfVersion(capability, 0), u"capability", capability.id);
}

} // namespace sa
