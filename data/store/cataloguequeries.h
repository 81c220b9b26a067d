#pragma once

#include "catalogue/cataloguestore.h"

#include <QSqlDatabase>

namespace sa {

// The catalogue's small read-only queries: counts, the taxonomy, capabilities and
// vendors. Failures are logged and give empty results, as the store interface returns
// plain values for these.
class CatalogueQueries
{
public:
    explicit CatalogueQueries(QSqlDatabase db);

    CatalogueStats stats() const;
    std::vector<Category> categories() const;
    std::vector<Capability> capabilities() const;
    std::vector<Vendor> vendors() const;
    std::map<CategoryId, int> productCounts() const;
    std::vector<CapabilityUse> capabilityUses(CapabilityId id) const;

private:
    QSqlDatabase m_db;
};

} // namespace sa
