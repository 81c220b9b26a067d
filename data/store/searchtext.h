#pragma once

#include "domain/ids.h"
#include "domain/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace sa {

// One product's row of the full-text table product_search.
struct SearchTextRow
{
    QString name, aliases, vendor, capabilities, description;

    friend bool operator==(const SearchTextRow &, const SearchTextRow &) = default;
};

// Builds a new product's product_search row in memory, exactly as the view
// product_search_source (002_search.sql) would read it back from the tables, for bulk
// imports: the view costs some 40,000 instructions a product in correlated subqueries,
// a third of an import's index time. The view stays the definition; tst_storeimport
// compares every row built here with it. Capability names and aliases are read once in
// load(); the caller gives what it wrote: the product's name and description as
// stored, its vendor's stored name, its aliases and capability ids in any order and
// with repeats (the tables keep each once).
class SearchText
{
public:
    Status load(const QSqlDatabase &db);

    SearchTextRow row(const QString &name,
                      const QString &description,
                      const QString &vendor,
                      QStringList aliases,
                      std::vector<CapabilityId> capabilities) const;

private:
    struct CapabilityText
    {
        QString name;
        QStringList aliases; // in the order of the index on (capability_id, alias)
    };
    QHash<CapabilityId, CapabilityText> m_capabilities;
};

} // namespace sa
