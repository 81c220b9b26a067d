#include "cataloguequeries.h"

#include "catalogueschema.h"
#include "sqlsupport.h"

#include <QHash>
#include <QLoggingCategory>

namespace sa {

namespace {

Q_LOGGING_CATEGORY(lcQueries, "stackatlas.store")

bool run(QSqlQuery &q)
{
    if (q.exec())
        return true;
    noteFailure(q.lastError()); // the server store reconnects after a dropped connection
    qCWarning(lcQueries) << "catalogue read failed:" << q.lastError().text();
    return false;
}

} // namespace

CatalogueQueries::CatalogueQueries(QSqlDatabase db)
    : m_db(std::move(db))
{
}

CatalogueStats CatalogueQueries::stats() const
{
    CatalogueStats s;
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral("SELECT (SELECT count(*) FROM product), (SELECT count(*) FROM vendor),"
                       " (SELECT count(*) FROM category WHERE parent_id IS NULL),"
                       " (SELECT count(*) FROM category WHERE parent_id IS NOT NULL),"
                       " (SELECT count(*) FROM capability), (SELECT count(*) FROM product_alias),"
                       " (SELECT count(*) FROM product_integration),"
                       " coalesce((SELECT min((SELECT count(*) FROM product_capability pc"
                       "   WHERE pc.product_id = p.id)) FROM product p), 0)"));
    if (!run(q) || !q.next())
        return s;
    s.products = q.value(0).toInt();
    s.vendors = q.value(1).toInt();
    s.categories = q.value(2).toInt();
    s.subcategories = q.value(3).toInt();
    s.capabilities = q.value(4).toInt();
    s.aliases = q.value(5).toInt();
    s.integrations = q.value(6).toInt();
    s.minCapabilitiesPerProduct = q.value(7).toInt();
    return s;
}

std::vector<Category> CatalogueQueries::categories() const
{
    std::vector<Category> result;
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral(
            "SELECT c.id, coalesce(c.parent_id, 0), c.slug, coalesce(parent.slug, ''), c.name"
            " FROM category c LEFT JOIN category parent ON parent.id = c.parent_id"
            " ORDER BY c.parent_id IS NOT NULL, c.id"));
    if (!run(q))
        return result;
    while (q.next())
        result.push_back(Category{q.value(0).toLongLong(),
                                  q.value(1).toLongLong(),
                                  q.value(2).toString(),
                                  q.value(3).toString(),
                                  q.value(4).toString()});
    return result;
}

std::vector<Capability> CatalogueQueries::capabilities() const
{
    std::vector<Capability> result;
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral(
            "SELECT c.id, c.slug, c.name, c.category_id, cat.slug, c.description, c.origin"
            " FROM capability c JOIN category cat ON cat.id = c.category_id"
            " ORDER BY lower(c.name), c.id"));
    if (!run(q))
        return result;
    QHash<CapabilityId, size_t> index;
    while (q.next()) {
        Capability c;
        c.id = q.value(0).toLongLong();
        c.slug = q.value(1).toString();
        c.name = q.value(2).toString();
        c.categoryId = q.value(3).toLongLong();
        c.categorySlug = q.value(4).toString();
        c.description = q.value(5).toString();
        c.origin = CatalogueSchema::originFromText(q.value(6).toString());
        index.insert(c.id, result.size());
        result.push_back(std::move(c));
    }
    QSqlQuery aliases = preparedQuery(
        m_db,
        QStringLiteral(
            "SELECT capability_id, alias FROM capability_alias ORDER BY capability_id, rowid"));
    if (run(aliases)) {
        while (aliases.next()) {
            const auto it = index.constFind(aliases.value(0).toLongLong());
            if (it != index.constEnd())
                result[*it].aliases << aliases.value(1).toString();
        }
    }
    return result;
}

std::vector<Vendor> CatalogueQueries::vendors() const
{
    std::vector<Vendor> result;
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral(
            "SELECT id, slug, name, website, hq_country, coalesce(founded, 0), origin FROM vendor"
            " ORDER BY lower(name), id"));
    if (!run(q))
        return result;
    while (q.next())
        result.push_back(Vendor{q.value(0).toLongLong(),
                                q.value(1).toString(),
                                q.value(2).toString(),
                                q.value(3).toString(),
                                q.value(4).toString(),
                                q.value(5).toInt(),
                                CatalogueSchema::originFromText(q.value(6).toString())});
    return result;
}

std::map<CategoryId, int> CatalogueQueries::productCounts() const
{
    std::map<CategoryId, int> counts;
    QSqlQuery q = preparedQuery(m_db,
                                QStringLiteral("SELECT c.id, coalesce(c.parent_id, 0),"
                                               " (SELECT count(*) FROM product p WHERE "
                                               "p.primary_category_id = c.id) FROM category c"));
    if (!run(q))
        return counts;
    while (q.next()) {
        const int n = q.value(2).toInt();
        counts[q.value(0).toLongLong()] += n;
        if (const CategoryId parent = q.value(1).toLongLong())
            counts[parent] += n;
    }
    return counts;
}

std::vector<CapabilityUse> CatalogueQueries::capabilityUses(CapabilityId id) const
{
    std::vector<CapabilityUse> uses;
    QSqlQuery q
        = preparedQuery(m_db,
                        QStringLiteral("SELECT product_id, strength FROM product_capability WHERE "
                                       "capability_id = :id ORDER BY product_id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!run(q))
        return uses;
    while (q.next())
        uses.push_back(CapabilityUse{q.value(0).toLongLong(), q.value(1).toInt()});
    return uses;
}

} // namespace sa
