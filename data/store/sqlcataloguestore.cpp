#include "sqlcataloguestore.h"

#include "cataloguequeries.h"
#include "productreader.h"
#include "rowversion.h"
#include "sqlsupport.h"
#include "tombstones.h"

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
