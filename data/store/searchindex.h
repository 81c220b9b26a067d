#pragma once

#include "domain/ids.h"
#include "domain/result.h"
#include "searchtext.h"
#include "sqlitestatement.h"

#include <QSet>
#include <QSqlDatabase>

namespace sa {

// Keeps the full-text table product_search in step with the products. Writers mark the
// products they touched; flush() rewrites those rows from the product_search_source view
// (002_search.sql) inside the writer's transaction, once per product however many of its
// aliases or capabilities changed, with one DELETE and one INSERT for all of them: FTS5
// flushes its pending index data whenever a row id goes backwards, so interleaving
// per-product deletes and inserts would write a segment per product. Deleting a product
// removes its row by trigger. In a bulk write (prepareBulkWrite()), new products' rows
// are built in memory by SearchText and written by flush() in row id order. Never
// between other writes: SQLite 3.40's FTS5 writes its pending terms out at every
// statement savepoint, which multi-row inserts open, so that interleaving made a
// segment per product and cost an import ten times as much.
class SearchIndex
{
public:
    explicit SearchIndex(QSqlDatabase db);

    // A product that changed, or (touchNew) one that was just inserted and so has no row.
    void touch(ProductId id) { m_dirty.insert(id); }
    void touchNew(ProductId id) { m_new.insert(id); }
    // Marks every product that has the capability (before it is renamed or removed).
    Status touchUsersOf(CapabilityId capability);
    // Before a write of thousands of products, inside its transaction: lets the
    // full-text index hold more in memory, so that it writes few segments to merge, and
    // has added() write new rows straight away.
    Status prepareBulkWrite();
    bool isBulk() const { return m_bulk; }
    // In a bulk write: a product just inserted, with what was written for it (see
    // SearchText::row()).
    Status added(ProductId id,
                 const QString &name,
                 const QString &description,
                 const QString &vendor,
                 const QStringList &aliases,
                 const std::vector<CapabilityId> &capabilities);
    Status flush();
    // Rewrites the whole index (after a shipped-catalogue merge).
    Status rebuild();

private:
    struct Added
    {
        ProductId id;
        QString name, description, vendor;
        QStringList aliases;
        std::vector<CapabilityId> capabilities;
    };
    Status writeAdded();

    QSqlDatabase m_db;
    QSet<ProductId> m_dirty;
    QSet<ProductId> m_new;
    bool m_bulk = false;
    SearchText m_text;
    std::vector<Added> m_added;
};

} // namespace sa
