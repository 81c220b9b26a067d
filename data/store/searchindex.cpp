#include "searchindex.h"

#include "sqlsupport.h"

#include <algorithm>

namespace sa {

SearchIndex::SearchIndex(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Status SearchIndex::touchUsersOf(CapabilityId capability)
{
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral(
            "SELECT product_id FROM product_capability WHERE capability_id = :capability"));
    q.bindValue(QStringLiteral(":capability"), capability);
    if (Status s = execute(q, QStringLiteral("cannot read the products of a capability")); !s)
        return s;
    while (q.next())
        m_dirty.insert(q.value(0).toLongLong());
    return success();
}

namespace {

// Row ids as a JSON array, bound as one value and read back with json_each().
QString idList(const QSet<ProductId> &ids)
{
    std::vector<ProductId> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    QString json(QLatin1Char('['));
    for (size_t i = 0; i < sorted.size(); ++i) {
        if (i > 0)
            json.append(u',');
        json.append(QString::number(sorted[i]));
    }
    json.append(u']');
    return json;
}

} // namespace

Status SearchIndex::flush()
{
    m_new -= m_dirty;
    if (!m_dirty.isEmpty()) {
        QSqlQuery remove = preparedQuery(
            m_db,
            QStringLiteral(
                "DELETE FROM product_search WHERE rowid IN (SELECT value FROM json_each(:ids))"));
        remove.bindValue(QStringLiteral(":ids"), idList(m_dirty));
        if (Status s = execute(remove, QStringLiteral("cannot update the search index")); !s)
            return s;
    }
    QSet<ProductId> all = m_dirty + m_new;
    if (!all.isEmpty()) {
        QSqlQuery insert = preparedQuery(
            m_db,
            QStringLiteral("INSERT INTO product_search (rowid, name, aliases, vendor, "
                           "capabilities, description)"
                           " SELECT id, name, aliases, vendor, capabilities, description FROM "
                           "product_search_source"
                           " WHERE id IN (SELECT value FROM json_each(:ids)) ORDER BY id"));
        insert.bindValue(QStringLiteral(":ids"), idList(all));
        if (Status s = execute(insert, QStringLiteral("cannot update the search index")); !s)
            return s;
    }
    m_dirty.clear();
    m_new.clear();
    return success();
}

Status SearchIndex::rebuild()
{
    m_dirty.clear();
    m_new.clear();
    QSqlQuery clear = preparedQuery(m_db, QStringLiteral("DELETE FROM product_search"));
    if (Status s = execute(clear, QStringLiteral("cannot clear the search index")); !s)
        return s;
    QSqlQuery fill = preparedQuery(
        m_db,
        QStringLiteral(
            "INSERT INTO product_search (rowid, name, aliases, vendor, capabilities, description)"
            " SELECT id, name, aliases, vendor, capabilities, description"
            " FROM product_search_source ORDER BY id"));
    return execute(fill, QStringLiteral("cannot fill the search index"));
}

} // namespace sa
