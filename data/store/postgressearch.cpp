#include "postgressearch.h"

#include "productsearch.h"
#include "sqlsupport.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace sa {

namespace {

Q_LOGGING_CATEGORY(lcPgSearch, "stackatlas.store.postgresql.search")

// The price bands of searchquery.cpp's rangeOf(), as ProductSearch has them.
struct Band
{
    qint64 low = 0;
    qint64 high = -1; // < 0: open
};

std::optional<Band> bandOf(PriceFilter filter)
{
    switch (filter) {
    case PriceFilter::Under5k:
        return Band{0, 5'000};
    case PriceFilter::From5kTo25k:
        return Band{5'000, 25'000};
    case PriceFilter::From25kTo100k:
        return Band{25'000, 100'000};
    case PriceFilter::Over100k:
        return Band{100'000, -1};
    case PriceFilter::Any:
    case PriceFilter::NotPublished:
        break;
    }
    return std::nullopt;
}

const char priceKnown[] = "coalesce(p.price_low >= 0 AND p.price_high >= p.price_low, false)";

// " AND ..." for each filter of query on product p, its values appended to *values.
QString filters(const SearchQuery &query, QVariantList *values)
{
    QString sql;
    if (query.categoryId) {
        sql += u" AND (p.primary_category_id = ? OR p.primary_category_id IN"
               u" (SELECT id FROM category WHERE parent_id = ?))";
        *values << query.categoryId << query.categoryId;
    }
    if (query.capabilityId) {
        sql += u" AND EXISTS (SELECT 1 FROM product_capability f WHERE f.product_id = p.id"
               u" AND f.capability_id = ?)";
        *values << query.capabilityId;
    }
    if (!query.segment.isEmpty()) {
        sql += u" AND position(',' || CAST(? AS TEXT) || ',' IN ',' || p.segments || ',') > 0";
        *values << query.segment;
    }
    if (query.price == PriceFilter::NotPublished)
        sql += u" AND NOT " + QLatin1StringView(priceKnown);
    if (const std::optional<Band> band = bandOf(query.price)) {
        sql += u" AND " + QLatin1StringView(priceKnown) + u" AND p.price_high >= ?";
        *values << band->low;
        if (band->high >= 0) {
            sql += u" AND p.price_low < ?";
            *values << band->high;
        }
    }
    return sql;
}

QString limitClause(int limit, QVariantList *values)
{
    if (limit <= 0)
        return QString();
    *values << limit;
    return QStringLiteral(" LIMIT ?");
}

QString idArray(const std::vector<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return u'{' + parts.join(u',') + u'}';
}

bool runQuery(QSqlQuery &q)
{
    if (q.exec())
        return true;
    qCWarning(lcPgSearch) << databaseError(q, QStringLiteral("search failed")).message;
    return false;
}

} // namespace

PostgresSearch::PostgresSearch(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString PostgresSearch::tsQuery(const QString &text, QStringView join)
{
    QStringList words = ProductSearch::words(text);
    // Words hold only letters, digits and marks: quoting is enough for to_tsquery.
    for (QString &word : words)
        word = u'\'' + word + u'\'';
    if (words.isEmpty())
        return QString();
    return words.join(join) + u":*";
}

SearchResult PostgresSearch::run(const SearchQuery &query) const
{
    SearchResult result;
    const QString match = tsQuery(query.text);
    std::vector<Hit> found;
    if (match.isEmpty()) {
        QVariantList values;
        // Each clause is built in its own statement: the values must follow the SQL's order.
        QString sql = u"SELECT p.id, 0.0 FROM product p WHERE true" + filters(query, &values);
        sql += u" ORDER BY lower(p.name), p.id" + limitClause(query.limit, &values);
        found = hits(sql, values);
        QVariantList countValues;
        result.totalMatches
            = count(u"product p WHERE true" + filters(query, &countValues), countValues);
        result.rows = summaries(found);
        return result;
    }
    const QString text = query.text.simplified();
    {
        // Tiers 0 and 1: a name or alias equal to the text or starting with it.
        QVariantList values{text, text, text, text};
        QString sql = QStringLiteral(
            "WITH named (id, tier) AS (SELECT id, min(tier) FROM ("
            " SELECT id, CASE WHEN lower(name) = lower(?) THEN 0 ELSE 1 END AS tier"
            "  FROM product WHERE starts_with(lower(name), lower(?))"
            " UNION ALL SELECT product_id, CASE WHEN lower(alias) = lower(?) THEN 0 ELSE 1 END"
            "  FROM product_alias WHERE starts_with(lower(alias), lower(?))) t GROUP BY id)"
            " SELECT named.id, CASE WHEN named.tier = 0 THEN 2000.0 ELSE 1000.0 END"
            " FROM named JOIN product p ON p.id = named.id WHERE true");
        sql += filters(query, &values);
        sql += u" ORDER BY named.tier, lower(p.name), p.id" + limitClause(query.limit, &values);
        found = hits(sql, values);
    }
    QVariantList countValues{match};
    result.totalMatches = count(u"product p JOIN product_search s ON s.id = p.id"
                                u" WHERE s.document @@ to_tsquery('simple', unaccent(?))"
                                    + filters(query, &countValues),
                                countValues);
    const int limit = query.limit > 0 ? query.limit : std::numeric_limits<int>::max();
    if (int(found.size()) < limit && int(found.size()) < result.totalMatches) {
        std::vector<qint64> exclude;
        for (const Hit &h : found)
            exclude.push_back(h.id);
        // Ranked by the words one by one (|), as bm25 sums them, not by how near the words
        // stand to each other, which is what ts_rank weighs for an & query.
        QVariantList values{tsQuery(query.text, u" | "), match, idArray(exclude)};
        QString sql = QStringLiteral(
            "SELECT p.id, ts_rank(s.document, to_tsquery('simple', unaccent(?)), 2) AS score"
            " FROM product p JOIN product_search s ON s.id = p.id"
            " WHERE s.document @@ to_tsquery('simple', unaccent(?))"
            " AND NOT p.id = ANY (CAST(? AS BIGINT[]))");
        sql += filters(query, &values);
        sql += u" ORDER BY score DESC, lower(p.name), p.id"
               + limitClause(query.limit > 0 ? limit - int(found.size()) : 0, &values);
        const std::vector<Hit> rest = hits(sql, values);
        found.insert(found.end(), rest.begin(), rest.end());
    }
    result.rows = summaries(found);
    return result;
}

int PostgresSearch::count(const QString &from, const QVariantList &values) const
{
    QSqlQuery q = preparedQuery(m_db, u"SELECT count(*) FROM " + from);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return runQuery(q) && q.next() ? q.value(0).toInt() : 0;
}

std::vector<PostgresSearch::Hit> PostgresSearch::hits(const QString &sql,
                                                      const QVariantList &values) const
{
    std::vector<Hit> result;
    QSqlQuery q = preparedQuery(m_db, sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!runQuery(q))
        return result;
    while (q.next())
        result.push_back(Hit{q.value(0).toLongLong(), q.value(1).toDouble()});
    return result;
}

std::vector<ProductSummary> PostgresSearch::summaries(const std::vector<Hit> &hits) const
{
    std::vector<ProductSummary> rows;
    if (hits.empty())
        return rows;
    std::vector<qint64> ids;
    for (const Hit &h : hits)
        ids.push_back(h.id);
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral("SELECT p.id, p.slug, p.name, coalesce(v.name, ''), coalesce(c.name, ''),"
                       " coalesce(top.name, c.name, ''), p.segments, p.price_low, p.price_high,"
                       " p.price_currency, p.price_basis, p.price_as_of,"
                       " (SELECT count(*) FROM product_capability pc WHERE pc.product_id = p.id)"
                       " FROM product p LEFT JOIN vendor v ON v.id = p.vendor_id"
                       " LEFT JOIN category c ON c.id = p.primary_category_id"
                       " LEFT JOIN category top ON top.id = c.parent_id"
                       " WHERE p.id = ANY (CAST(? AS BIGINT[]))"));
    q.addBindValue(idArray(ids));
    if (!runQuery(q))
        return rows;
    QHash<qint64, ProductSummary> byId;
    while (q.next()) {
        ProductSummary s;
        s.id = q.value(0).toLongLong();
        s.slug = q.value(1).toString();
        s.name = q.value(2).toString();
        s.vendorName = q.value(3).toString();
        s.categoryName = q.value(4).toString();
        s.topCategoryName = q.value(5).toString();
        s.segments = q.value(6).toString().split(u',', Qt::SkipEmptyParts);
        s.price.low = q.value(7).isNull() ? -1 : q.value(7).toLongLong();
        s.price.high = q.value(8).isNull() ? -1 : q.value(8).toLongLong();
        s.price.currency = q.value(9).toString();
        s.price.basis = q.value(10).toString();
        s.price.asOf = QDate::fromString(q.value(11).toString(), Qt::ISODate);
        s.capabilityCount = q.value(12).toInt();
        byId.insert(s.id, s);
    }
    for (const Hit &h : hits) {
        ProductSummary s = byId.value(h.id);
        s.relevance = h.relevance;
        rows.push_back(std::move(s));
    }
    return rows;
}

} // namespace sa
