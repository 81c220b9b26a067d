#pragma once

#include "catalogue/cataloguestore.h"

#include <QSqlDatabase>

#include <functional>

namespace sa {

// The reads (and the unchecked update) both catalogue stores run with the same SQL
// (CatalogueQueries, ProductReader, RowVersion), on the connection the store gives for the calling
// thread. The file and the server stores differ in their writes and their search.
class SqlCatalogueStore : public CatalogueStore
{
public:
    CatalogueStats stats() const override;
    std::vector<Category> categories() const override;
    std::vector<Capability> capabilities() const override;
    std::vector<Vendor> vendors() const override;
    std::map<CategoryId, int> productCounts() const override;
    std::optional<Product> product(ProductId id) const override;
    std::optional<Product> productBySlug(const QString &slug) const override;
    std::vector<CapabilityUse> capabilityUses(CapabilityId id) const override;
    std::vector<Product> allProducts() const override;
    std::optional<VersionedProduct> versionedProduct(ProductId id) const override;
    std::optional<VersionedCapability> versionedCapability(CapabilityId id) const override;
    std::vector<Tombstone> tombstones() const override;
    Status lastReadStatus() const override;
    // updateProductIfVersion() and updateCapabilityIfVersion() without the check.
    Status updateProduct(const Product &product) override;
    Status updateCapability(const Capability &capability) override;

protected:
    // The calling thread's connection to read through.
    virtual QSqlDatabase readConnection() const = 0;
    // Called after each read with this thread's last failure still in place: true when
    // the connection had dropped and a new one is open, so the read runs once more. No
    // statement is sent to check a connection before a read.
    virtual bool reconnectAfterFailedRead() const { return false; }
    // Runs read on the calling thread's connection, again once when
    // reconnectAfterFailedRead() says so; read must keep no state between runs.
    void reading(const std::function<void(const QSqlDatabase &)> &read) const;

private:
    template<typename Result, typename Read>
    Result read(Read run) const;
};

} // namespace sa
