#include "sqlcataloguestore.h"

#include "cataloguequeries.h"
#include "productreader.h"
#include "rowversion.h"
#include "sqlsupport.h"

namespace sa {

void SqlCatalogueStore::reading(const std::function<void(const QSqlDatabase &)> &read) const
{
    lastDatabaseFailure() = DatabaseFailure();
    read(readConnection());
    if (reconnectAfterFailedRead())
        read(readConnection());
}

Status SqlCatalogueStore::lastReadStatus() const
{
    const DatabaseFailure &failure = lastDatabaseFailure();
    if (failure.type == QSqlError::NoError)
        return success();
    return Error::io(u"cannot read the catalogue: " + failure.text.trimmed());
}

template<typename Result, typename Read>
Result SqlCatalogueStore::read(Read run) const
{
    Result result;
    reading([&](const QSqlDatabase &db) { result = run(db); });
    return result;
}

CatalogueStats SqlCatalogueStore::stats() const
{
    return read<CatalogueStats>(
        [](const QSqlDatabase &db) { return CatalogueQueries(db).stats(); });
}

std::vector<Category> SqlCatalogueStore::categories() const
{
    return read<std::vector<Category>>(
        [](const QSqlDatabase &db) { return CatalogueQueries(db).categories(); });
}

std::vector<Capability> SqlCatalogueStore::capabilities() const
{
    return read<std::vector<Capability>>(
        [](const QSqlDatabase &db) { return CatalogueQueries(db).capabilities(); });
}

std::vector<Vendor> SqlCatalogueStore::vendors() const
{
    return read<std::vector<Vendor>>(
        [](const QSqlDatabase &db) { return CatalogueQueries(db).vendors(); });
}

std::map<CategoryId, int> SqlCatalogueStore::productCounts() const
{
    return read<std::map<CategoryId, int>>(
        [](const QSqlDatabase &db) { return CatalogueQueries(db).productCounts(); });
}

std::optional<Product> SqlCatalogueStore::product(ProductId id) const
{
    return read<std::optional<Product>>(
        [id](const QSqlDatabase &db) { return ProductReader(db).byId(id); });
}

std::optional<Product> SqlCatalogueStore::productBySlug(const QString &slug) const
{
    return read<std::optional<Product>>([&slug](const QSqlDatabase &db) {
        const ProductReader reader(db);
        const ProductId id = reader.idBySlug(slug);
        return id ? reader.byId(id) : std::nullopt;
    });
}

std::vector<CapabilityUse> SqlCatalogueStore::capabilityUses(CapabilityId id) const
{
    return read<std::vector<CapabilityUse>>(
        [id](const QSqlDatabase &db) { return CatalogueQueries(db).capabilityUses(id); });
}

std::vector<Product> SqlCatalogueStore::allProducts() const
{
    return read<std::vector<Product>>(
        [](const QSqlDatabase &db) { return ProductReader(db).all(); });
}

std::optional<VersionedProduct> SqlCatalogueStore::versionedProduct(ProductId id) const
{
    return read<std::optional<VersionedProduct>>(
        [id](const QSqlDatabase &db) { return RowVersion::read(db, id); });
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
