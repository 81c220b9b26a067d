#include "productsearch.h"

#include "sqliteconnection.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QLoggingCategory>

#include <limits>
#include <sqlite3.h>

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

// The columns of a result row, in the order of SummaryColumn.
#define SA_SUMMARY_SELECT                                                                          \
    "SELECT p.id, p.slug, p.name, coalesce(v.name, ''), coalesce(c.name, ''),"                     \
    " coalesce(top.name, c.name, ''), p.segments, p.price_low, p.price_high, p.price_currency,"    \
    " p.price_basis, p.price_as_of,"                                                               \
    " (SELECT count(*) FROM product_capability pc WHERE pc.product_id = p.id)"                     \
    " FROM product p LEFT JOIN vendor v ON v.id = p.vendor_id"                                     \
    " LEFT JOIN category c ON c.id = p.primary_category_id"                                        \
    " LEFT JOIN category top ON top.id = c.parent_id"

enum SummaryColumn {
    ColId,
    ColSlug,
    ColName,
    ColVendor,
    ColCategory,
    ColTopCategory,
    ColSegments,
    ColPriceLow,
    ColPriceHigh,
    ColCurrency,
    ColBasis,
    ColAsOf,
    ColCapabilityCount
};

// No text: every product that passes the filters, by name (the product_name index).
const char listSql[] = "" SA_SUMMARY_SELECT " WHERE" SA_PRODUCT_FILTERS
                       " ORDER BY p.name COLLATE NOCASE, p.id LIMIT :limit";
const char listCountSql[] = "SELECT count(*) FROM product p WHERE" SA_PRODUCT_FILTERS;

// Tiers 0 and 1 from the name and alias indexes: a name or alias >= the text and below
// the text followed by the last code point starts with the text.
const char namedSql[]
    = "WITH named (id, tier) AS (SELECT id, min(tier) FROM ("
      "  SELECT id, name <> :text COLLATE NOCASE AS tier FROM product"
      "   WHERE name >= :text COLLATE NOCASE AND name < :end COLLATE NOCASE"
      "  UNION ALL SELECT product_id, alias <> :text COLLATE NOCASE FROM product_alias"
      "   WHERE alias >= :text COLLATE NOCASE AND alias < :end COLLATE NOCASE)"
      " GROUP BY id)"
      " SELECT named.id, named.tier FROM named JOIN product p ON p.id = named.id"
      " WHERE" SA_PRODUCT_FILTERS " ORDER BY named.tier, p.name COLLATE NOCASE, p.id LIMIT :limit";

const char matchCountSql[]
    = "SELECT count(*) FROM product_search WHERE product_search MATCH :match";
const char filteredMatchCountSql[] = "SELECT count(*) FROM product p"
                                     " WHERE p.id IN (SELECT rowid FROM product_search WHERE "
                                     "product_search MATCH :match) AND" SA_PRODUCT_FILTERS;

// Tier 2 by bm25 (negative: lower is better), then name.
const char rankedSql[]
    = "SELECT h.id, h.score FROM (SELECT rowid AS id,"
      "  bm25(product_search, 10.0, 6.0, 4.0, 2.0, 1.0) AS score"
      "  FROM product_search WHERE product_search MATCH :match) h"
      " JOIN product p ON p.id = h.id"
      " WHERE h.id NOT IN (SELECT value FROM json_each(:exclude)) AND" SA_PRODUCT_FILTERS
      " ORDER BY h.score, p.name COLLATE NOCASE, h.id LIMIT :limit";

// Tier 2 of a very broad query, by name: walks the name index and stops at the limit.
const char broadSql[]
    = "SELECT p.id, 0.0 FROM product p INDEXED BY product_name"
      " WHERE p.id IN (SELECT rowid FROM product_search WHERE product_search MATCH :match)"
      " AND p.id NOT IN (SELECT value FROM json_each(:exclude)) AND" SA_PRODUCT_FILTERS
      " ORDER BY p.name COLLATE NOCASE, p.id LIMIT :limit";

const char summariesSql[]
    = "" SA_SUMMARY_SELECT " WHERE p.id IN (SELECT value FROM json_each(:ids))";

const char dataVersionSql[] = "PRAGMA data_version";

// Which state of the catalogue rows were read in: the same opening of the same
// connection, no write through it since (total changes) and none committed by another
// connection (data_version).
struct ReadState
{
    QString connection;
    quint64 opening = 0;
    qint64 ownChanges = -1;
    qint64 dataVersion = -1;

    friend bool operator==(const ReadState &, const ReadState &) = default;
};

ReadState readState(const QSqlDatabase &db)
{
    ReadState state{db.connectionName(), SqliteConnection::openingOf(db), -1, -1};
    if (sqlite3 *handle = sqliteHandle(db))
        state.ownChanges = sqlite3_total_changes64(handle);
    SqliteStatement &q = SqliteConnection::statement(db, dataVersionSql);
    if (q.next())
        state.dataVersion = q.int64(0);
    q.reset();
    return state;
}

// The rows of this thread's previous search: as you type, most of a keystroke's rows
// were the previous keystroke's, and reading a row costs more than finding it. Only the
// last result is kept, and only while the catalogue is in the state it was read in.
struct PreviousRows
{
    ReadState state;
    QHash<qint64, ProductSummary> byId;
};

PreviousRows &previousRows()
{
    thread_local PreviousRows rows;
    return rows;
}

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

bool hasFilters(const SearchQuery &q)
{
    return q.categoryId || q.capabilityId || !q.segment.isEmpty() || q.price != PriceFilter::Any;
}

void bindFilters(SqliteStatement &q, const SearchQuery &query)
{
    const PriceRange price = priceRange(query.price);
    q.bind(":category", query.categoryId);
    q.bind(":capability", query.capabilityId);
    q.bind(":segment", query.segment);
    q.bind(":priceMode", price.mode);
    q.bind(":priceLow", price.low);
    q.bind(":priceHigh", price.high);
}

// Reads every row of q into read(row) and resets q, so that it holds no read lock;
// false (logged) when the statement failed.
template<typename Read>
bool readRows(SqliteStatement &q, Read read)
{
    while (q.next())
        read(q);
    const Status status = q.status(QStringLiteral("search failed"));
    if (!status)
        qCWarning(lcSearch) << status.error().message;
    q.reset();
    return bool(status);
}

// Ids as a JSON array, bound as one value and read with json_each().
template<typename Hits>
QString idList(const Hits &hits)
{
    QString json(QLatin1Char('['));
    for (const auto &hit : hits) {
        if (json.size() > 1)
            json.append(u',');
        json.append(QString::number(hit.id));
    }
    return json.append(u']');
}

ProductSummary summaryFrom(const SqliteStatement &q)
{
    ProductSummary s;
    s.id = q.int64(ColId);
    s.slug = q.text(ColSlug);
    s.name = q.text(ColName);
    s.vendorName = q.text(ColVendor);
    s.categoryName = q.text(ColCategory);
    s.topCategoryName = q.text(ColTopCategory);
    s.segments = q.text(ColSegments).split(u',', Qt::SkipEmptyParts);
    s.price.low = q.isNull(ColPriceLow) ? -1 : q.int64(ColPriceLow);
    s.price.high = q.isNull(ColPriceHigh) ? -1 : q.int64(ColPriceHigh);
    s.price.currency = q.text(ColCurrency);
    s.price.basis = q.text(ColBasis);
    s.price.asOf = QDate::fromString(q.text(ColAsOf), Qt::ISODate);
    s.capabilityCount = int(q.int64(ColCapabilityCount));
    return s;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

ProductSearch::ProductSearch(QSqlDatabase db, int rankedMatchLimit)
    : m_db(std::move(db))
    , m_rankedMatchLimit(rankedMatchLimit)
{
}

QStringList ProductSearch::words(const QString &text)
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
    return words;
}

QString ProductSearch::matchExpression(const QString &text)
{
    const QStringList words = ProductSearch::words(text);
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
    const QString match = matchExpression(query.text);
    if (match.isEmpty())
        return list(query);
    SearchResult result;
    const int limit = query.limit > 0 ? query.limit : std::numeric_limits<int>::max();
    std::vector<Hit> hits = named(query, query.text.simplified(), limit);
    const int matches = count(matchCountSql, query, match);
    result.totalMatches = hasFilters(query) ? count(filteredMatchCountSql, query, match) : matches;
    if (int(hits.size()) < limit && int(hits.size()) < result.totalMatches) {
        const bool ranked = matches - int(hits.size()) <= m_rankedMatchLimit;
        const std::vector<Hit> rest = others(query, match, hits, ranked, limit - int(hits.size()));
        hits.insert(hits.end(), rest.begin(), rest.end());
    }
    result.rows = summaries(hits);
    return result;
}

SearchResult ProductSearch::list(const SearchQuery &query) const
{
    SearchResult result;
    SqliteStatement &q = SqliteConnection::statement(m_db, listSql);
    bindFilters(q, query);
    q.bind(":limit", query.limit > 0 ? query.limit : -1);
    readRows(q, [&](const SqliteStatement &row) { result.rows.push_back(summaryFrom(row)); });
    if (query.limit > 0 && int(result.rows.size()) == query.limit)
        result.totalMatches = count(listCountSql, query, QString());
    else
        result.totalMatches = int(result.rows.size());
    return result;
}

std::vector<ProductSearch::Hit>
ProductSearch::named(const SearchQuery &query, const QString &text, int limit) const
{
    std::vector<Hit> hits;
    SqliteStatement &q = SqliteConnection::statement(m_db, namedSql);
    q.bind(":text", text);
    // Every name starting with text sorts below text followed by U+10FFFF.
    const QString end = text + QChar::highSurrogate(QChar::LastValidCodePoint)
                        + QChar::lowSurrogate(QChar::LastValidCodePoint);
    q.bind(":end", end);
    q.bind(":limit", limit);
    bindFilters(q, query);
    readRows(q, [&](const SqliteStatement &row) {
        hits.push_back(Hit{row.int64(0), row.int64(1) == 0 ? 2000.0 : 1000.0});
    });
    return hits;
}

int ProductSearch::count(const char *sql, const SearchQuery &query, const QString &match) const
{
    SqliteStatement &q = SqliteConnection::statement(m_db, sql);
    if (!match.isEmpty())
        q.bind(":match", match);
    if (sql != matchCountSql)
        bindFilters(q, query);
    int n = 0;
    readRows(q, [&](const SqliteStatement &row) { n = int(row.int64(0)); });
    return n;
}

std::vector<ProductSearch::Hit> ProductSearch::others(const SearchQuery &query,
                                                      const QString &match,
                                                      const std::vector<Hit> &exclude,
                                                      bool ranked,
                                                      int limit) const
{
    std::vector<Hit> hits;
    SqliteStatement &q = SqliteConnection::statement(m_db, ranked ? rankedSql : broadSql);
    q.bind(":match", match);
    q.bind(":exclude", idList(exclude));
    q.bind(":limit", limit);
    bindFilters(q, query);
    readRows(q, [&](const SqliteStatement &row) {
        hits.push_back(Hit{row.int64(0), -row.real(1)});
    });
    return hits;
}

std::vector<ProductSummary> ProductSearch::summaries(const std::vector<Hit> &hits) const
{
    std::vector<ProductSummary> rows(hits.size());
    if (hits.empty())
        return rows;
    PreviousRows &previous = previousRows();
    const ReadState state = readState(m_db);
    if (!(previous.state == state))
        previous.byId.clear();
    QHash<qint64, size_t> position;
    std::vector<Hit> missing;
    for (size_t i = 0; i < hits.size(); ++i) {
        const auto known = previous.byId.constFind(hits[i].id);
        if (known != previous.byId.constEnd())
            rows[i] = *known;
        else {
            position.insert(hits[i].id, i);
            missing.push_back(hits[i]);
        }
    }
    if (!missing.empty()) {
        SqliteStatement &q = SqliteConnection::statement(m_db, summariesSql);
        q.bind(":ids", idList(missing));
        const bool read = readRows(q, [&](const SqliteStatement &row) {
            ProductSummary s = summaryFrom(row);
            const size_t at = position.value(s.id);
            rows[at] = std::move(s);
        });
        if (!read) {
            previous.byId.clear();
            return {};
        }
    }
    previous.state = state;
    previous.byId.clear();
    for (size_t i = 0; i < hits.size(); ++i) {
        rows[i].relevance = hits[i].relevance;
        previous.byId.insert(rows[i].id, rows[i]);
    }
    return rows;
}

} // namespace sa
