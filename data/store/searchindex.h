#pragma once

#include "domain/ids.h"
#include "domain/result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace sa {

// Keeps the full-text table product_search in step with the products. Writers mark the
// products they touched; flush() rewrites those rows from the product_search_source view
// (002_search.sql) inside the writer's transaction, once per product however many of its
// aliases or capabilities changed. Deleting a product removes its row by trigger.
class SearchIndex
{
public:
    explicit SearchIndex(QSqlDatabase db);

    void touch(ProductId id) { m_dirty.insert(id); }
    // Marks every product that has the capability (before it is renamed or removed).
    Status touchUsersOf(CapabilityId capability);
    Status flush();
    // Rewrites the whole index (after a shipped-catalogue merge).
    Status rebuild();

private:
    QSqlDatabase m_db;
    QSet<ProductId> m_dirty;
    QSqlQuery m_delete;
    QSqlQuery m_insert;
    bool m_prepared = false;
};

} // namespace sa
