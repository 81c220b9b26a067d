#include "productsearch.h"

#include "sqlsupport.h"

#include <QLoggingCategory>

namespace sa {

namespace {

Q_LOGGING_CATEGORY(lcSearch, "stackatlas.store.search")

// PriceBand::isKnown() in SQL: a low price and a high price not below it.
#define SA_PRICE_KNOWN " coalesce(p.price_low >= 0 AND p.price_high >= p.price_low, 0)"

// Filters shared by both searches, on product p. Price modes: 0 any, 1 a band
// overlapping [:priceLow, :priceHigh) (:priceHigh < 0: open), 2 price not published;
// the same rules as priceBandMatches().
#define SA_PRODUCT_FILTERS                                                                         \
    " (:category = 0 OR p.primary_category_id = :category"                                         \
    "  OR p.primary_category_id IN (SELECT id FROM category WHERE parent_id = :category))"         \
    " AND (:capability = 0 OR EXISTS (SELECT 1 FROM product_capability f"                          \
    "  WHERE f.product_id = p.id AND f.capability_id = :capability))"                              \
    " AND (:segment = '' OR instr(',' || p.segments || ',', ',' || :segment || ',') > 0)"          \
    " AND (:priceMode = 0"                                                                         \
    "  OR (:priceMode = 2 AND NOT" SA_PRICE_KNOWN ")"                                              \
    "  OR (:priceMode = 1 AND" SA_PRICE_KNOWN " AND p.price_high >= :priceLow"                     \
    "   AND (:priceHigh < 0 OR p.price_low < :priceHigh)))"

// The result columns of both searches, in the order of SummaryColumn.
#define SA_SUMMARY_COLUMNS                                                                         \
    " p.id, p.slug, p.name, coalesce(v.name, ''), coalesce(c.name, ''),"                           \
    " coalesce(top.name, c.name, ''), p.segments, p.price_low, p.price_high, p.price_currency,"    \
    " p.price_basis, p.price_as_of,"                                                               \
    " (SELECT count(*) FROM product_capability pc WHERE pc.product_id = p.id)"

#define SA_SUMMARY_JOINS                                                                           \
    " LEFT JOIN vendor v ON v.id = p.vendor_id"                                                    \
    " LEFT JOIN category c ON c.id = p.primary_category_id"                                        \
    " LEFT JOIN category top ON top.id = c.parent_id"

enum SummaryColumn {
    ColId, ColSlug, ColName, ColVendor, ColCategory, ColTopCategory, ColSegments, ColPriceLow,
    ColPriceHigh, ColCurrency, ColBasis, ColAsOf, ColCapabilityCount, ColRelevance, ColTotal
};

// Text search. Tier 0: exact name or alias, 1: name or alias prefix, 2: other matches;
// relevance = tier bonus - bm25 (bm25 is negative, better when lower).
const char16_t textSearchSql[] =
    u"WITH hit AS ("
    "  SELECT rowid AS id, bm25(product_search, 10.0, 6.0, 4.0, 2.0, 1.0) AS score"
    "  FROM product_search WHERE product_search MATCH :match),"
    " ranked AS ("
    "  SELECT p.id AS id, p.name AS name, hit.score AS score,"
    "   CASE WHEN p.name = :text COLLATE NOCASE OR EXISTS (SELECT 1 FROM product_alias a"
    "     WHERE a.product_id = p.id AND a.alias = :text COLLATE NOCASE) THEN 0"
    "    WHEN substr(p.name, 1, :length) = :text COLLATE NOCASE OR EXISTS (SELECT 1"
    "     FROM product_alias a WHERE a.product_id = p.id"
    "     AND substr(a.alias, 1, :length) = :text COLLATE NOCASE) THEN 1"
    "    ELSE 2 END AS tier"
    "  FROM hit JOIN product p ON p.id = hit.id WHERE" SA_PRODUCT_FILTERS "),"
    " page AS ("
    "  SELECT id, tier, score, name, count(*) OVER () AS total FROM ranked"
    "  ORDER BY tier, score, name COLLATE NOCASE, id LIMIT :limit)"
    " SELECT" SA_SUMMARY_COLUMNS ", (2 - page.tier) * 1000.0 - page.score, page.total"
    " FROM page JOIN product p ON p.id = page.id" SA_SUMMARY_JOINS
    " ORDER BY page.tier, page.score, page.name COLLATE NOCASE, page.id";

// No text: every product that passes the filters, by name.
const char16_t listSql[] =
    u"SELECT" SA_SUMMARY_COLUMNS ", 0.0, count(*) OVER ()"
    " FROM product p" SA_SUMMARY_JOINS " WHERE" SA_PRODUCT_FILTERS
    " ORDER BY p.name COLLATE NOCASE, p.id LIMIT :limit";

struct PriceRange
{
    int mode = 0;
    qint64 low = 0;
    qint64 high = -1;
};

// The bands of searchquery.cpp's rangeOf(); tst_storesearch checks every filter against
// priceBandMatches() so that the two cannot drift apart.
PriceRange priceRange(PriceFilter filter)
{
    switch (filter) {
    case PriceFilter::Any:
        return {0, 0, -1};
    case PriceFilter::Under5k:
        return {1, 0, 5'000};
    case PriceFilter::From5kTo25k:
        return {1, 5'000, 25'000};
    case PriceFilter::From25kTo100k:
        return {1, 25'000, 100'000};
    case PriceFilter::Over100k:
        return {1, 100'000, -1};
    case PriceFilter::NotPublished:
        return {2, 0, -1};
    }
    return {};
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

ProductSearch::ProductSearch(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString ProductSearch::matchExpression(const QString &text)
{
    QStringList words;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && !isWordChar(text[i]))
            ++i;
        const qsizetype start = i;
        while (i < text.size() && isWordChar(text[i]))
            ++i;
        if (i > start)
            words << text.mid(start, i - start);
    }
    // Words hold only letters, digits and marks, so quoting them is enough: FTS5 then
    // reads AND, OR, NOT, NEAR as plain words.
    QString expression;
    for (qsizetype w = 0; w < words.size(); ++w) {
        if (w > 0)
            expression.append(u' ');
        expression.append(u'"').append(words[w]).append(u'"');
    }
    if (!expression.isEmpty())
        expression.append(u'*');
    return expression;
}

SearchResult ProductSearch::run(const SearchQuery &query) const
{
    SearchResult result;
    const QString match = matchExpression(query.text);
    QSqlQuery q = preparedQuery(m_db, QString::fromUtf16(match.isEmpty() ? listSql : textSearchSql));
    if (!match.isEmpty()) {
        const QString text = query.text.simplified();
        q.bindValue(QStringLiteral(":match"), match);
        q.bindValue(QStringLiteral(":text"), text);
        q.bindValue(QStringLiteral(":length"), text.size());
    }
    const PriceRange price = priceRange(query.price);
    q.bindValue(QStringLiteral(":category"), query.categoryId);
    q.bindValue(QStringLiteral(":capability"), query.capabilityId);
    q.bindValue(QStringLiteral(":segment"), textValue(query.segment));
    q.bindValue(QStringLiteral(":priceMode"), price.mode);
    q.bindValue(QStringLiteral(":priceLow"), price.low);
    q.bindValue(QStringLiteral(":priceHigh"), price.high);
    q.bindValue(QStringLiteral(":limit"), query.limit > 0 ? query.limit : -1);
    if (!q.exec()) {
        qCWarning(lcSearch) << "search failed:" << q.lastError().text();
        return result;
    }
    while (q.next()) {
        ProductSummary s;
        s.id = q.value(ColId).toLongLong();
        s.slug = q.value(ColSlug).toString();
        s.name = q.value(ColName).toString();
        s.vendorName = q.value(ColVendor).toString();
        s.categoryName = q.value(ColCategory).toString();
        s.topCategoryName = q.value(ColTopCategory).toString();
        s.segments = q.value(ColSegments).toString().split(u',', Qt::SkipEmptyParts);
        s.price.low = q.value(ColPriceLow).isNull() ? -1 : q.value(ColPriceLow).toLongLong();
        s.price.high = q.value(ColPriceHigh).isNull() ? -1 : q.value(ColPriceHigh).toLongLong();
        s.price.currency = q.value(ColCurrency).toString();
        s.price.basis = q.value(ColBasis).toString();
        s.price.asOf = QDate::fromString(q.value(ColAsOf).toString(), Qt::ISODate);
        s.capabilityCount = q.value(ColCapabilityCount).toInt();
        s.relevance = q.value(ColRelevance).toDouble();
        result.totalMatches = q.value(ColTotal).toInt();
        result.rows.push_back(std::move(s));
    }
    return result;
}

} // namespace sa
