#pragma once

#include "catalogue/cataloguestore.h"
#include "domain/capability.h"
#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace sa {

class ReferenceResolver;
class SearchIndex;

// Writes capabilities with their aliases and the products that use them. Capability
// names and aliases are part of each product's search text, so every product using a
// changed capability is marked in the search index. The caller owns the transaction.
class CapabilityWriter
{
public:
    CapabilityWriter(QSqlDatabase db, ReferenceResolver &refs, SearchIndex &index);

    // Inserts (keeping capability.id when non-zero) with its aliases.
    Expected<CapabilityId> insert(const Capability &capability, Origin origin, bool edited);
    Status update(CapabilityId id, const Capability &capability, bool edited);
    Status addUses(CapabilityId id, const std::vector<CapabilityUse> &uses);
    Status remove(CapabilityId id);

    static QString slugFor(const Capability &capability);

private:
    Status bindRow(QSqlQuery &q, const Capability &capability, bool edited);
    Status writeAliases(CapabilityId id, const QStringList &aliases);

    QSqlDatabase m_db;
    ReferenceResolver &m_refs;
    SearchIndex &m_index;
};

} // namespace sa
