#pragma once

#include "catalogue/cataloguecontent.h"
#include "catalogue/searchquery.h"
#include "domain/capability.h"
#include "domain/category.h"
#include "domain/product.h"
#include "domain/result.h"
#include "domain/vendor.h"

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace sa {

// A product that uses a capability, kept so that deleting the capability can be undone.
struct CapabilityUse
{
    ProductId productId = 0;
    int strength = 1;
    friend bool operator==(const CapabilityUse &, const CapabilityUse &) = default;
};

struct ImportSummary
{
    int added = 0;
    int updated = 0;
    QStringList warnings; // "FILE:LINE:COLUMN: warning: ..." lines, import still landed
};

// What a push or pull brought into the receiving catalogue, by slug.
struct ExchangeSummary
{
    int categoriesAdded = 0;
    int capabilitiesAdded = 0;
    int capabilitiesUpdated = 0;
    int productsAdded = 0;
    int productsUpdated = 0;
    // Deletions the sender's tombstones carried: rows deleted here, and rows kept
    // because they were written here after the sender deleted them.
    int productsRemoved = 0;
    int capabilitiesRemoved = 0;
    int keptEdited = 0;
    friend bool operator==(const ExchangeSummary &, const ExchangeSummary &) = default;
};

// A product with its row version (catalogue schema 5), read together.
struct VersionedProduct
{
    Product product;
    qint64 version = 0;
};

// A capability with its row version (catalogue schema 6), read together.
struct VersionedCapability
{
    Capability capability;
    qint64 version = 0;
};

// What an update that named the version it was based on did: written (version is the
// row's new version), or refused because the row has another version now (version is
// that one; 0 when the product was deleted).
struct VersionedUpdate
{
    bool written = false;
    qint64 version = 0;
    friend bool operator==(const VersionedUpdate &, const VersionedUpdate &) = default;
};

// An edit refused because another editor changed the row (a Product or a Capability)
// first: what this editor wrote with the version it was based on, and what the catalogue
// holds now (theirs is nullopt when they deleted it).
template<typename Row>
struct RowConflict
{
    Row mine;
    qint64 mineVersion = 0;
    std::optional<Row> theirs;
    qint64 theirsVersion = 0;
};
using EditConflict = RowConflict<Product>;
using CapabilityConflict = RowConflict<Capability>;

// Called with (done, total); return false to cancel. Cancelling rolls everything back.
using ProgressFn = std::function<bool(int done, int total)>;

// The catalogue as the engine and the UI see it. Implemented in data/ over SQLite (and
// later PostgreSQL); declared here so that models and ui never see SQL. Every write is
// one transaction: it fully lands or changes nothing.
class CatalogueStore
{
public:
    virtual ~CatalogueStore();

    virtual CatalogueStats stats() const = 0;
    virtual std::vector<Category> categories() const = 0;     // categories, then subcategories
    virtual std::vector<Capability> capabilities() const = 0; // ordered by name
    virtual std::vector<Vendor> vendors() const = 0;          // ordered by name
    // Products whose primary category is each subcategory (top-level categories: the sum).
    virtual std::map<CategoryId, int> productCounts() const = 0;

    virtual SearchResult search(const SearchQuery &query) const = 0;
    virtual std::optional<Product> product(ProductId id) const = 0;
    // Why the calling thread's last read came back empty when the catalogue could not be
    // read at all (a team server out of reach), rather than the row being absent.
    virtual Status lastReadStatus() const { return success(); }
    virtual std::optional<Product> productBySlug(const QString &slug) const = 0;
    virtual std::vector<CapabilityUse> capabilityUses(CapabilityId id) const = 0;
    // Every product with all its details, ordered by slug (for export).
    virtual std::vector<Product> allProducts() const = 0;

    // Adds a product; product.id, when non-zero, is kept (redo/undo of a delete). The
    // vendor is found by vendorSlug or vendorName, and created when new.
    virtual Expected<ProductId> addProduct(const Product &product) = 0;
    // Every update gives the row version + 1.
    virtual Status updateProduct(const Product &product) = 0;
    // Optimistic locking for shared catalogues: the product is written only if its row
    // still has version basedOn (UPDATE ... WHERE id = ? AND version = ?); otherwise
    // nothing changes and the result says which version the row has now.
    virtual Expected<VersionedUpdate> updateProductIfVersion(const Product &product, qint64 basedOn)
        = 0;
    // The product and its version, read in one transaction.
    virtual std::optional<VersionedProduct> versionedProduct(ProductId id) const = 0;
    virtual Status removeProduct(ProductId id) = 0;

    virtual Expected<CapabilityId> addCapability(const Capability &capability,
                                                 const std::vector<CapabilityUse> &uses)
        = 0;
    // Every update gives the row version + 1.
    virtual Status updateCapability(const Capability &capability) = 0;
    // Optimistic locking as for products: written only if the capability's row still has
    // version basedOn (0: unchecked).
    virtual Expected<VersionedUpdate> updateCapabilityIfVersion(const Capability &capability,
                                                                qint64 basedOn)
        = 0;
    // The capability and its version, read in one transaction.
    virtual std::optional<VersionedCapability> versionedCapability(CapabilityId id) const = 0;
    virtual Status removeCapability(CapabilityId id) = 0;

    // Adds or updates (same slug) many products in one transaction.
    virtual Expected<ImportSummary> importProducts(const std::vector<Product> &products,
                                                   const ProgressFn &progress)
        = 0;

    // Products and capabilities deleted here, with when (for a push or pull).
    virtual std::vector<Tombstone> tombstones() const = 0;

    // Brings another catalogue's content in, in one transaction, matched by slug:
    // missing categories and capabilities are added, capabilities and products with the
    // slug are overwritten, the others added (push and pull; ids are the receiver's).
    // The content's tombstones delete the rows with their slug (and are recorded here),
    // except a row written here after that deletion, which is kept (keptEdited); rows
    // the sender never had are never touched.
    virtual Expected<ExchangeSummary> receive(const CatalogueContent &content) = 0;
};

// The whole catalogue as plain values, for a push or pull.
CatalogueContent contentOf(const CatalogueStore &store);

// The content with every id cleared: ids are the sending catalogue's, so a receiver matches
// categories, capabilities, vendors and products by slug.
CatalogueContent withoutIds(CatalogueContent content);

// Both sides of a refused update: mine as given, theirs as the store now has it.
EditConflict conflictFor(const CatalogueStore &store, const Product &mine, qint64 mineVersion);
CapabilityConflict
conflictFor(const CatalogueStore &store, const Capability &mine, qint64 mineVersion);

} // namespace sa
