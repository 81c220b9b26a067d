#include "searchindex.h"

#include "sqlsupport.h"

#include <algorithm>

namespace sa {

SearchIndex::SearchIndex(QSqlDatabase db)
    : m_db(std::move(db))
{}

Status SearchIndex::touchUsersOf(CapabilityId capability)
{
    QSqlQuery q = preparedQuery(m_db, QStringLiteral(
        "SELECT product_id FROM product_capability WHERE capability_id = :capability"));
    q.bindValue(QStringLiteral(":capability"), capability);
    if (Status s = execute(q, QStringLiteral("cannot read the products of a capability")); !s)
        return s;
    while (q.next())
        m_dirty.insert(q.value(0).toLongLong());
    return success();
}

Status SearchIndex::flush()
{
    if (m_dirty.isEmpty())
        return success();
    if (!m_prepared) {
        m_prepared = true;
        m_delete = preparedQuery(m_db, QStringLiteral("DELETE FROM product_search WHERE rowid = :id"));
        m_insert = preparedQuery(m_db, QStringLiteral(
            "INSERT INTO product_search (rowid, name, aliases, vendor, capabilities, description)"
            " SELECT id, name, aliases, vendor, capabilities, description"
            " FROM product_search_source WHERE id = :id"));
    }
    // Sorted, so that the index is written in rowid order.
    std::vector<ProductId> ids(m_dirty.cbegin(), m_dirty.cend());
    std::sort(ids.begin(), ids.end());
    for (ProductId id : ids) {
        m_delete.bindValue(QStringLiteral(":id"), id);
        if (Status s = execute(m_delete, QStringLiteral("cannot update the search index")); !s)
            return s;
        m_insert.bindValue(QStringLiteral(":id"), id);
        if (Status s = execute(m_insert, QStringLiteral("cannot update the search index")); !s)
            return s;
    }
    m_dirty.clear();
    return success();
}

Status SearchIndex::rebuild()
{
    m_dirty.clear();
    QSqlQuery clear = preparedQuery(m_db, QStringLiteral("DELETE FROM product_search"));
    if (Status s = execute(clear, QStringLiteral("cannot clear the search index")); !s)
        return s;
    QSqlQuery fill = preparedQuery(m_db, QStringLiteral(
        "INSERT INTO product_search (rowid, name, aliases, vendor, capabilities, description)"
        " SELECT id, name, aliases, vendor, capabilities, description"
        " FROM product_search_source ORDER BY id"));
    return execute(fill, QStringLiteral("cannot fill the search index"));
}

} // namespace sa
