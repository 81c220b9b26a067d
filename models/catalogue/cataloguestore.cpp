#include "cataloguestore.h"

namespace sa {

CatalogueStore::~CatalogueStore() = default;

CatalogueContent contentOf(const CatalogueStore &store)
{
    CatalogueContent content;
    content.categories = store.categories();
    content.capabilities = store.capabilities();
    content.vendors = store.vendors();
    content.products = store.allProducts();
    content.tombstones = store.tombstones();
    return content;
}

CatalogueContent withoutIds(CatalogueContent content)
{
    for (Category &c : content.categories)
        c.id = c.parentId = 0;
    for (Capability &c : content.capabilities)
        c.id = c.categoryId = 0;
    for (Vendor &v : content.vendors)
        v.id = 0;
    for (Product &p : content.products) {
        p.id = p.vendorId = p.categoryId = 0;
        for (ProductCapability &pc : p.capabilities)
            pc.capabilityId = 0;
        for (ProductIntegration &i : p.integrations)
            i.otherId = 0;
    }
    return content;
}

EditConflict conflictFor(const CatalogueStore &store, const Product &mine, qint64 mineVersion)
{
    EditConflict conflict{mine, mineVersion, std::nullopt, 0};
    if (std::optional<VersionedProduct> theirs = store.versionedProduct(mine.id)) {
        conflict.theirs = std::move(theirs->product);
        conflict.theirsVersion = theirs->version;
    }
    return conflict;
}

CapabilityConflict
conflictFor(const CatalogueStore &store, const Capability &mine, qint64 mineVersion)
{
    CapabilityConflict conflict{mine, mineVersion, std::nullopt, 0};
    if (std::optional<VersionedCapability> theirs = store.versionedCapability(mine.id)) {
        conflict.theirs = std::move(theirs->capability);
        conflict.theirsVersion = theirs->version;
    }
    return conflict;
}

} // namespace sa
