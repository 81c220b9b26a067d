#include "searchindex.h"

#include "sqlitestatement.h"

#include <algorithm>

namespace sa {

SearchIndex::SearchIndex(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Status SearchIndex::touchUsersOf(CapabilityId capability)
{
    SqliteStatement q(
        m_db, "SELECT product_id FROM product_capability WHERE capability_id = :capability");
    q.bind(":capability", capability);
    while (q.next())
        m_dirty.insert(q.int64(0));
    return q.status(QStringLiteral("cannot read the products of a capability"));
}

Status SearchIndex::prepareBulkWrite()
{
    // FTS5 writes its pending terms out as a new segment whenever they pass 'hashsize'
    // (1 MB by default), and merges segments as they pile up: an import of 15,000
    // products spent a third of its time merging. 8 MB keeps it to a few segments; the
    // setting is stored in the table's config and is undone with the transaction.
    SqliteStatement q(
        m_db, "INSERT INTO product_search (product_search, rank) VALUES ('hashsize', :bytes)");
    q.bind(":bytes", qint64(8) << 20);
    if (Status s = q.run(QStringLiteral("cannot prepare the search index")); !s)
        return s;
    if (Status s = m_text.load(m_db); !s)
        return s;
    m_bulk = true;
    return success();
}

Status SearchIndex::added(ProductId id,
                          const QString &name,
                          const QString &description,
                          const QString &vendor,
                          const QStringList &aliases,
                          const std::vector<CapabilityId> &capabilities)
{
    m_added.push_back(Added{id, name, description, vendor, aliases, capabilities});
    return success();
}

Status SearchIndex::writeAdded()
{
    std::sort(
        m_added.begin(), m_added.end(), [](const Added &a, const Added &b) { return a.id < b.id; });
    SqliteStatement insert(
        m_db,
        "INSERT INTO product_search (rowid, name, aliases, vendor, capabilities, description)"
        " VALUES (:id, :name, :aliases, :vendor, :capabilities, :description)");
    for (Added &a : m_added) {
        if (m_dirty.contains(a.id)) // changed again since: its row comes from the view
            continue;
        const SearchTextRow row = m_text.row(
            a.name, a.description, a.vendor, std::move(a.aliases), std::move(a.capabilities));
        insert.bind(":id", a.id);
        insert.bind(":name", row.name);
        insert.bind(":aliases", row.aliases);
        insert.bind(":vendor", row.vendor);
        insert.bind(":capabilities", row.capabilities);
        insert.bind(":description", row.description);
        if (!insert.exec())
            return insert.error(QStringLiteral("cannot add to the search index"));
    }
    m_added.clear();
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
        SqliteStatement remove(
            m_db, "DELETE FROM product_search WHERE rowid IN (SELECT value FROM json_each(:ids))");
        remove.bind(":ids", idList(m_dirty));
        if (Status s = remove.run(QStringLiteral("cannot update the search index")); !s)
            return s;
    }
    if (Status s = writeAdded(); !s)
        return s;
    const QSet<ProductId> all = m_dirty + m_new;
    if (!all.isEmpty()) {
        SqliteStatement insert(
            m_db,
            "INSERT INTO product_search (rowid, name, aliases, vendor, capabilities, description)"
            " SELECT id, name, aliases, vendor, capabilities, description"
            " FROM product_search_source"
            " WHERE id IN (SELECT value FROM json_each(:ids)) ORDER BY id");
        insert.bind(":ids", idList(all));
        if (Status s = insert.run(QStringLiteral("cannot update the search index")); !s)
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
    SqliteStatement clear(m_db, "DELETE FROM product_search");
    if (Status s = clear.run(QStringLiteral("cannot clear the search index")); !s)
        return s;
    SqliteStatement fill(
        m_db,
        "INSERT INTO product_search (rowid, name, aliases, vendor, capabilities, description)"
        " SELECT id, name, aliases, vendor, capabilities, description"
        " FROM product_search_source ORDER BY id");
    return fill.run(QStringLiteral("cannot fill the search index"));
}

} // namespace sa
