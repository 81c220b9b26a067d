#pragma once

#include "domain/ids.h"
#include "domain/result.h"

#include <QSet>
#include <QSqlDatabase>

namespace sa {

// Keeps the full-text table product_search in step with the products. Writers mark the
// products they touched; flush() rewrites those rows from the product_search_source view
// (002_search.sql) inside the writer's transaction, once per product however many of its
// aliases or capabilities changed, with one DELETE and one INSERT for all of them: FTS5
// flushes its pending index data whenever a row id goes backwards, so interleaving
// per-product deletes and inserts would write a segment per product. Deleting a product
// removes its row by trigger.
class SearchIndex
{
public:
    explicit SearchIndex(QSqlDatabase db);

    // A product that changed, or (touchNew) one that was just inserted and so has no row.
    void touch(ProductId id) { m_dirty.insert(id); }
    void touchNew(ProductId id) { m_new.insert(id); }
    // Marks every product that has the capability (before it is renamed or removed).
    Status touchUsersOf(CapabilityId capability);
    Status flush();
    // Rewrites the whole index (after a shipped-catalogue merge).
    Status rebuild();

private:
    QSqlDatabase m_db;
    QSet<ProductId> m_dirty;
    QSet<ProductId> m_new;
};

} // namespace sa
