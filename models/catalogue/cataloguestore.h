#pragma once

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
    virtual std::optional<Product> productBySlug(const QString &slug) const = 0;
    virtual std::vector<CapabilityUse> capabilityUses(CapabilityId id) const = 0;
    // Every product with all its details, ordered by slug (for export).
    virtual std::vector<Product> allProducts() const = 0;

    // Adds a product; product.id, when non-zero, is kept (redo/undo of a delete). The
    // vendor is found by vendorSlug or vendorName, and created when new.
    virtual Expected<ProductId> addProduct(const Product &product) = 0;
    virtual Status updateProduct(const Product &product) = 0;
    virtual Status removeProduct(ProductId id) = 0;

    virtual Expected<CapabilityId> addCapability(const Capability &capability,
                                                 const std::vector<CapabilityUse> &uses) = 0;
    virtual Status updateCapability(const Capability &capability) = 0;
    virtual Status removeCapability(CapabilityId id) = 0;

    // Adds or updates (same slug) many products in one transaction.
    virtual Expected<ImportSummary> importProducts(const std::vector<Product> &products,
                                                   const ProgressFn &progress) = 0;
};

} // namespace sa
